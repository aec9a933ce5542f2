/**
 * The chart sequences a chapter shows (<Scrolly chart="…" id="…" title="…"> and its <Step>s), read from
 * the chapter's MDX. Embed pages and share images draw the same states the chapter draws, without
 * rendering the chapter: the sequence id is pinned like a step id, so /<lang>/embed/<id>/ stays stable.
 */
import type { Chapter } from '../data/chapters.ts';
import { typeset } from '../i18n/typography.ts';

export interface SequenceStep {
  readonly id: string;
  readonly state: Readonly<Record<string, unknown>>;
}

export interface ChartSequence {
  /** The <Scrolly>'s id: unique on the site, it names the embed page. */
  readonly id: string;
  readonly chart: string;
  readonly title: string;
  readonly steps: readonly SequenceStep[];
  readonly chapter: Chapter;
}

const SCROLLY = /<Scrolly\b([^>]*)>([\s\S]*?)<\/Scrolly>/g;
const STEP = /<Step\b[^>]*?\bid="([^"]+)"[^>]*?\bstate=\{(\{[^}]*\})\}/g;
const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * A step's state as written in MDX ({ year: 2017, highlight: ['referred'] }) to a value. Only the
 * literals chapters use are accepted (bare keys, numbers, quoted strings, arrays); anything else is
 * refused with the step named, never evaluated.
 */
export function parseStateLiteral(literal: string, where: string): Record<string, unknown> {
  const json = literal
    .replace(/'([^'\\]*)'/g, (_, s: string) => JSON.stringify(s))
    .replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":')
    .replace(/,\s*([}\]])/g, '$1');
  try {
    const value = JSON.parse(json) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below with the place
  }
  throw new Error(
    `${where}: the state ${literal} is not a plain object of numbers, quoted text and lists; embeds and share images cannot read it.`,
  );
}

export function sequencesOf(chapter: Chapter): ChartSequence[] {
  const body = chapter.entry.body ?? '';
  const file = `content/chapters/${chapter.entry.id}.mdx`;
  return [...body.matchAll(SCROLLY)].map((m) => {
    const attrs = m[1]!;
    const id = attribute(attrs, 'id');
    const chart = attribute(attrs, 'chart');
    const title = attribute(attrs, 'title');
    if (!id || !chart || !title)
      throw new Error(`${file}: a <Scrolly> needs chart="…", id="…" and title="…" (found ${m[0].slice(0, 80)}).`);
    const steps = [...m[2]!.matchAll(STEP)].map((s) => ({ id: s[1]!, state: parseStateLiteral(s[2]!, `${file}, <Step id="${s[1]}">`) }));
    if (steps.length === 0) throw new Error(`${file}: <Scrolly id="${id}"> has no <Step id="…" state={{…}}> that can be read.`);
    // Set like the chapter's own <Scrolly> title, so the embed, its snippet and the share card print the same characters.
    return { id, chart, title: typeset(chapter.lang, title), steps, chapter };
  });
}

/** Every sequence of one edition, refusing two with one id (they would share an embed address). */
export function sequencesIn(chapters: readonly Chapter[]): ChartSequence[] {
  const all = chapters.flatMap(sequencesOf);
  const seen = new Map<string, ChartSequence>();
  for (const sequence of all) {
    const other = seen.get(sequence.id);
    if (other) {
      throw new Error(
        `<Scrolly id="${sequence.id}"> appears in content/chapters/${sequence.chapter.entry.id}.mdx and content/chapters/${other.chapter.entry.id}.mdx; each chart sequence needs its own id (it names its embed page).`,
      );
    }
    seen.set(sequence.id, sequence);
  }
  return all;
}
