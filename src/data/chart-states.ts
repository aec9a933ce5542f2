/**
 * The chart states the chapters ask for: every <Step state={…}> (drawn by the chart of its enclosing
 * <Scrolly chart="…">) and every <Figure chart="…" state={…}>, put through the chart's own render and
 * describe, so `npm run check:data` reports a state the data cannot show (a year outside the data, a city
 * that is not drawn) with the .mdx file and line and the chart's own message, before any build.
 *
 * Runs on bare Node, where import.meta.glob (src/charts/registry.ts) does not exist: the chart folders
 * are found on disk (src/charts/<id>/entry.ts) and imported when a chapter first names them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ChartEntry } from '../charts/types.ts';
import { LANGS, type Lang } from '../i18n/locale.ts';
import { readChapters } from './chapter-refs.ts';
import type { Problem } from './problems.ts';
import type { Dataset } from './schemas.ts';

const CHARTS_DIR = join(import.meta.dirname, '../charts');
/** The build draws the main picture at this width (src/components/chart-build.ts). */
const DRAW_WIDTH = 640;

export interface StateUse {
  readonly file: string;
  readonly line: number;
  /** How the component is named in messages, e.g. <Step id="step-map-2013"> in <Scrolly chart="map">. */
  readonly tag: string;
  /** The chart named by the <Scrolly> or <Figure>; undefined when it names none. */
  readonly chart: string | undefined;
  /** The state as written between the outer braces, e.g. { year: 2013 }. */
  readonly source: string;
}

const TAG = /<(Scrolly|Figure|Step)\b|<\/Scrolly>/g;

/** The end of the JSX tag that opens at `start`: its `>`, outside quotes and braces. */
function tagEnd(text: string, start: number): number {
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '>' && depth === 0) return i;
  }
  return text.length;
}

/** The text between `attr={` and its matching `}`, or undefined when the tag has no such attribute. */
function braceAttribute(tag: string, attr: string): string | undefined {
  const m = new RegExp(`\\b${attr}\\s*=\\s*\\{`).exec(tag);
  if (!m) return undefined;
  let depth = 1;
  let quote = '';
  const from = m.index + m[0].length;
  for (let i = from; i < tag.length; i++) {
    const c = tag[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return tag.slice(from, i).trim();
  }
  return tag.slice(from).trim();
}

const stringAttribute = (tag: string, attr: string): string | undefined =>
  new RegExp(`\\b${attr}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((v) => v !== undefined);

/** Every step and figure state in one chapter's text, with the chart that draws it. */
export function stateUsesInChapter(file: string, text: string): StateUse[] {
  const uses: StateUse[] = [];
  let scrollyChart: string | undefined;
  let scrollyTag = '';
  let line = 1;
  let counted = 0;
  for (const m of text.matchAll(TAG)) {
    for (; counted < m.index; counted++) if (text.charCodeAt(counted) === 10) line++;
    if (m[0] === '</Scrolly>') {
      scrollyChart = undefined;
      continue;
    }
    const tag = text.slice(m.index, tagEnd(text, m.index) + 1);
    const chart = stringAttribute(tag, 'chart');
    const id = stringAttribute(tag, 'id');
    if (m[1] === 'Scrolly') {
      scrollyChart = chart;
      scrollyTag = `<Scrolly chart="${chart ?? ''}"${id ? ` id="${id}"` : ''}>`;
      continue;
    }
    const source = braceAttribute(tag, 'state');
    if (m[1] === 'Step') {
      if (source !== undefined) uses.push({ file, line, tag: `<Step${id ? ` id="${id}"` : ''}> in ${scrollyTag}`, chart: scrollyChart, source });
    } else {
      // A figure without a state draws the chart's default state, {}.
      uses.push({ file, line, tag: `<Figure chart="${chart ?? ''}"${id ? ` id="${id}"` : ''}>`, chart, source: source ?? '{}' });
    }
  }
  return uses;
}

/** Every step and figure state in the chapters (SANCTUARY_CONTENT_DIR or content/chapters). */
export function scanChartStates(dir?: string): StateUse[] {
  return readChapters(dir).flatMap(({ file, text }) => stateUsesInChapter(file, text));
}

/**
 * A chart state as written in MDX, read as data rather than run as code: an object literal of strings,
 * numbers, booleans, null, arrays and objects, with bare or quoted keys.
 */
export function parseStateLiteral(source: string): unknown {
  let i = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at "${source.slice(i, i + 20) || 'the end'}"`);
  };
  const space = () => {
    while (i < source.length && /\s/.test(source[i]!)) i++;
  };
  const value = (): unknown => {
    space();
    const c = source[i];
    if (c === '{') {
      i++;
      const object: Record<string, unknown> = {};
      for (space(); source[i] !== '}'; space()) {
        let key: string;
        if (source[i] === '"' || source[i] === "'") key = value() as string;
        else {
          const bare = /^[A-Za-z_$][\w$]*/.exec(source.slice(i))?.[0];
          if (bare === undefined) return fail('a property name expected');
          key = bare;
          i += bare.length;
        }
        space();
        if (source[i++] !== ':') fail('":" expected');
        object[key] = value();
        space();
        if (source[i] === ',') i++;
        else if (source[i] !== '}') fail('"," or "}" expected');
      }
      i++;
      return object;
    }
    if (c === '[') {
      i++;
      const array: unknown[] = [];
      for (space(); source[i] !== ']'; space()) {
        array.push(value());
        space();
        if (source[i] === ',') i++;
        else if (source[i] !== ']') fail('"," or "]" expected');
      }
      i++;
      return array;
    }
    if (c === '"' || c === "'") {
      const end = source.indexOf(c, i + 1);
      if (end < 0) fail('a closing quote expected');
      const text = source.slice(i + 1, end);
      i = end + 1;
      return text;
    }
    const word = /^(?:-?\d+(?:\.\d+)?|true|false|null)/.exec(source.slice(i))?.[0];
    if (word === undefined) fail('a value expected (text in quotes, a number, true, false, a list or an object)');
    i += word!.length;
    return word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : Number(word);
  };
  const result = value();
  space();
  if (i < source.length) fail('nothing more expected');
  return result;
}

/** The chart folders on disk, by id: src/charts/<id>/entry.ts. */
export function chartFolders(dir = CHARTS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'entry.ts')))
    .map((e) => e.name)
    .sort();
}

const langOfFile = (file: string): Lang => LANGS.find((lang) => file.split('/').includes(lang)) ?? 'en';

/** Every state through its chart's render and describe, in the chapter's language. */
export async function checkChartStates(uses: readonly StateUse[], dataset: Dataset, chartsDir = CHARTS_DIR): Promise<Problem[]> {
  const folders = chartFolders(chartsDir);
  const entries = new Map<string, { entry: ChartEntry; data: unknown }>();
  const problems: Problem[] = [];
  for (const use of uses) {
    const at = { file: use.file, line: use.line, column: use.tag };
    if (!use.chart || !folders.includes(use.chart)) {
      problems.push({
        ...at,
        value: use.chart ?? '',
        expected: `a chart name: ${folders.join(', ')}`,
        fix: 'Write chart="…" as one of these names (one folder each in src/charts/).',
      });
      continue;
    }
    let loaded = entries.get(use.chart);
    if (!loaded) {
      const entry = ((await import(pathToFileURL(join(chartsDir, use.chart, 'entry.ts')).href)) as { default: ChartEntry }).default;
      loaded = { entry, data: entry.select(dataset, { instanceId: `check-${use.chart}` }) };
      entries.set(use.chart, loaded);
    }
    let state: unknown;
    try {
      state = parseStateLiteral(use.source);
    } catch (error) {
      problems.push({ ...at, value: use.source, expected: 'a state written as plain values, e.g. state={{ year: 2013 }}', fix: `${(error as Error).message}.` });
      continue;
    }
    const { module } = loaded.entry;
    try {
      module.render(loaded.data, state, { width: DRAW_WIDTH, height: Math.round(DRAW_WIDTH * module.aspect(DRAW_WIDTH)) }, langOfFile(use.file));
      module.describe(loaded.data, state, langOfFile(use.file));
    } catch (error) {
      problems.push({
        ...at,
        value: use.source,
        expected: `a state chart "${use.chart}" can draw`,
        fix: `${(error as Error).message} Change the state, or the data it needs.`,
      });
    }
  }
  return problems;
}
