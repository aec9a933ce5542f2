/**
 * The ids chapters use: <Cite ids>, <Stat table id field>, <Stat derived>, <Quote id>, <Conflict id>
 * and the city a <Step> state names. `npm run check:data` and the build check them against the CSVs
 * before rendering, so a renamed or deleted row is reported with the .mdx file and line that uses it,
 * not as a stack trace halfway through a build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Problem } from './problems.ts';
import type { TableSchema } from './schema-kit.ts';
import { SCHEMAS, TABLE_NAMES, type Dataset } from './schemas.ts';
import { DERIVED, derivedNumber, StatError } from './stats.ts';
import type { Reference, TableResult } from './validate.ts';

const PROJECT_DIR = resolve(import.meta.dirname, '../..');

/** The chapters folder: SANCTUARY_CONTENT_DIR lets tests check a temporary copy. */
export function chaptersDir(): string {
  return resolve(process.env.SANCTUARY_CONTENT_DIR ?? join(PROJECT_DIR, 'content/chapters'));
}

export interface ChapterUse {
  /** The chapter's path as the editor sees it, e.g. content/chapters/en/01-what-is.mdx. */
  readonly file: string;
  readonly line: number;
  /** The component as written, e.g. <Cite ids="S017" />, to show where the id sits. */
  readonly tag: string;
  readonly component: 'Cite' | 'Stat' | 'Quote' | 'Conflict' | 'Step';
  readonly attributes: Readonly<Record<string, string>>;
}

const COMPONENT = /<(Cite|Stat|Quote|Conflict)\b((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>|<Step\b([^>]*?)state=\{\{([^}]*)\}\}/g;
const ATTRIBUTE = /([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g;
const STATE_CITY = /\bcity\s*:\s*["']([^"']+)["']/;

function mdxFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((e) => (e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []))
    .sort();
}

/** Every use of a data id in one chapter's text. */
export function usesInChapter(file: string, text: string): ChapterUse[] {
  const uses: ChapterUse[] = [];
  let line = 1;
  let counted = 0;
  for (const m of text.matchAll(COMPONENT)) {
    for (; counted < m.index; counted++) if (text.charCodeAt(counted) === 10) line++;
    if (m[1]) {
      const attributes: Record<string, string> = {};
      for (const a of m[2]!.matchAll(ATTRIBUTE)) attributes[a[1]!] = a[2] ?? a[3] ?? a[4] ?? '';
      uses.push({ file, line, tag: m[0].replace(/\s+/g, ' '), component: m[1] as ChapterUse['component'], attributes });
    } else {
      const city = STATE_CITY.exec(m[4]!);
      if (!city) continue;
      // Named as Step.astro names a step in its own errors: <Step id="…">.
      const id = /\bid="([^"]*)"/.exec(m[3]!)?.[1];
      const tag = `${id ? `<Step id="${id}">` : '<Step>'}, state city '${city[1]}'`;
      uses.push({ file, line, tag, component: 'Step', attributes: { city: city[1]! } });
    }
  }
  return uses;
}

export function scanChapters(dir = chaptersDir()): ChapterUse[] {
  return readChapters(dir).flatMap(({ file, text }) => usesInChapter(file, text));
}

/** Every chapter's text, with its path as the editor sees it (content/chapters/en/01-what-is.mdx). */
export function readChapters(dir = chaptersDir()): { file: string; text: string }[] {
  const root = resolve(dir, '../..');
  return mdxFiles(dir).map((path) => ({ file: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));
}

const schemaOf = (table: string): TableSchema | undefined => (TABLE_NAMES.includes(table as keyof typeof SCHEMAS) ? SCHEMAS[table as keyof typeof SCHEMAS] : undefined);

/** The ids chapters point at, checked together with the CSVs' own references. */
export function chapterReferences(uses: readonly ChapterUse[]): Reference[] {
  const references: Reference[] = [];
  for (const use of uses) {
    const place = { file: use.file, line: use.line, column: use.tag };
    const a = use.attributes;
    if (use.component === 'Cite') {
      for (const id of (a.ids ?? '').split(';').map((s) => s.trim()).filter(Boolean)) references.push({ ...place, target: 'sources.csv', id });
    } else if (use.component === 'Quote' && a.id) references.push({ ...place, target: 'quotes.csv', id: a.id });
    else if (use.component === 'Conflict' && a.id) references.push({ ...place, target: 'conflicts.csv', id: a.id });
    else if (use.component === 'Step' && a.city) references.push({ ...place, target: 'municipalities.csv', id: a.city });
    else if (use.component === 'Stat' && a.table && a.id) {
      const schema = schemaOf(a.table);
      if (schema) references.push({ ...place, target: schema.file, id: a.id });
    }
  }
  return references;
}

const NUMERIC = new Set(['integer', 'decimal', 'latitude', 'longitude']);

/**
 * What a reference check cannot see in a <Stat>: an unknown table or field, an empty cell, a derived
 * value that no longer computes. Rows with bad cells are left to their own messages.
 */
export function checkChapterValues(uses: readonly ChapterUse[], tables: ReadonlyMap<string, TableResult>, dataset: Dataset | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const use of uses) {
    if (use.component !== 'Stat') continue;
    const { table, id, derived } = use.attributes;
    const field = use.attributes.field ?? 'value';
    const at = { file: use.file, line: use.line, column: use.tag };
    if (derived !== undefined) {
      if (!DERIVED[derived]) {
        problems.push({ ...at, value: derived, expected: `a derived value the site computes: ${Object.keys(DERIVED).join(', ')}`, fix: 'Check the spelling of derived="…", or ask a developer to add this value to src/data/stats.ts.' });
      } else if (dataset) {
        try {
          derivedNumber(dataset, derived);
        } catch (error) {
          if (!(error instanceof StatError)) throw error;
          problems.push({ ...at, value: derived, expected: 'a value the data can compute', fix: `${error.message} Restore the rows it needs, or change the sentence.` });
        }
      }
      continue;
    }
    if (!table || !id) {
      problems.push({ ...at, expected: 'either derived="…" or table="…" and id="…"', fix: 'Complete the <Stat> component: see the comment at the top of src/components/Stat.astro.' });
      continue;
    }
    const schema = schemaOf(table);
    if (!schema) {
      problems.push({ ...at, value: table, expected: `a table name: ${TABLE_NAMES.join(', ')}`, fix: 'Write the table as the site names it (e.g. councilActions for council_actions.csv).' });
      continue;
    }
    const spec = schema.columns[field];
    if (!spec || !NUMERIC.has(spec.kind)) {
      const numeric = Object.entries(schema.columns).filter(([, s]) => NUMERIC.has(s.kind)).map(([n]) => n);
      problems.push({ ...at, value: field, expected: `a column of ${schema.file} that holds a number: ${numeric.join(', ')}`, fix: 'Check field="…" against the header of the CSV; it was perhaps renamed.' });
      continue;
    }
    const row = tables.get(schema.file)?.rows.find((r) => r.id === id);
    if (row && row[field] === undefined) {
      problems.push({ ...at, value: `${id}, ${field}`, expected: `a number in column "${field}" of that row of ${schema.file} (line ${row.line})`, fix: `The cell is empty, so the sentence would have no number. Fill it in (data/${schema.file}, line ${row.line}) or change the sentence.` });
    }
  }
  return problems;
}
