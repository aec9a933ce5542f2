/**
 * What changed in data/ since the last commit, as an editor reviews it before publishing: rows added,
 * removed and changed in each file, the numbers in the chapters whose value changes with them, and the
 * text in data/ that still gives a changed number's old value.
 */
import type { ChapterUse } from './chapter-refs.ts';
import type { StaleNumber } from './committed.ts';
import { parseCsv, type RawTable } from './csv-read.ts';
import type { Problem } from './problems.ts';
import type { Dataset } from './schemas.ts';
import { ALL_SCHEMAS } from './schemas.ts';
import { derivedNumber, rowNumber, type TableName } from './stats.ts';

export interface RowChange {
  readonly id: string;
  readonly line: number;
  /** column → [committed, now] */
  readonly cells: readonly (readonly [string, string, string])[];
}

export interface FileDiff {
  readonly file: string;
  readonly added: readonly { id: string; line: number }[];
  readonly removed: readonly { id: string; line: number }[];
  readonly changed: readonly RowChange[];
  /** Why today's file could not be compared (missing, or not readable as CSV); its rows are then not listed. */
  readonly unreadable?: string;
}

function rowsById(table: RawTable): Map<string, { line: number; cells: Map<string, string> }> {
  const rows = new Map<string, { line: number; cells: Map<string, string> }>();
  const header = table.header;
  const idAt = header.indexOf('id');
  for (const record of table.records) {
    if (record.cells.every((c) => c.trim() === '')) continue;
    const id = (record.cells[idAt] ?? '').trim() || `(no id, line ${record.line})`;
    rows.set(id, { line: record.line, cells: new Map(header.map((h, i) => [h, (record.cells[i] ?? '').trim()])) });
  }
  return rows;
}

/**
 * Rows compared by id, cells by column name, so reordering rows or columns is not a change. A file that
 * is gone or cannot be read is said to be so, not listed as every row removed.
 */
export function diffTexts(file: string, committed: string | undefined, current: string | Problem | undefined): FileDiff {
  // A file that is gone or cannot be read has no rows to compare.
  const rowsOf = (parsed: ReturnType<typeof parseCsv> | undefined) =>
    parsed && 'table' in parsed ? rowsById(parsed.table) : new Map<string, { line: number; cells: Map<string, string> }>();
  const before = rowsOf(committed === undefined ? undefined : parseCsv(file, committed));
  const parsed = typeof current === 'string' ? parseCsv(file, current) : undefined;
  const problem = typeof current === 'string' ? (parsed && 'problem' in parsed ? parsed.problem : undefined) : current;
  if (committed !== undefined && (current === undefined || problem)) {
    const unreadable = problem
      ? `cannot be read${problem.line > 0 ? ` (line ${problem.line}: expected ${problem.expected})` : ''}; \`npm run check:data\` says how to fix it, and its rows are compared once it can be read`
      : `is missing (it had ${before.size} rows in the last commit); restore it with git checkout -- data/${file}`;
    return { file, added: [], removed: [], changed: [], unreadable };
  }
  const after = rowsOf(parsed);
  const added = [...after].filter(([id]) => !before.has(id)).map(([id, r]) => ({ id, line: r.line }));
  const removed = [...before].filter(([id]) => !after.has(id)).map(([id, r]) => ({ id, line: r.line }));
  const changed: RowChange[] = [];
  for (const [id, now] of after) {
    const was = before.get(id);
    if (!was) continue;
    const columns = new Set([...was.cells.keys(), ...now.cells.keys()]);
    const cells = [...columns]
      .filter((c) => (was.cells.get(c) ?? '') !== (now.cells.get(c) ?? ''))
      .map((c) => [c, was.cells.get(c) ?? '', now.cells.get(c) ?? ''] as const);
    if (cells.length > 0) changed.push({ id, line: now.line, cells });
  }
  return { file, added, removed, changed };
}

export interface FigureChange {
  readonly tag: string;
  readonly places: readonly string[];
  readonly before: string;
  readonly after: string;
}

function statValue(data: Dataset, use: ChapterUse): string {
  const { table, id, derived, field = 'value' } = use.attributes;
  try {
    if (derived) return String(derivedNumber(data, derived).value);
    if (table && id) return String(rowNumber(data, table as TableName, id, field).value);
    return '(incomplete <Stat>)';
  } catch {
    return '(missing)';
  }
}

/** Every <Stat> in the chapters whose number differs between the two datasets, with where it appears. */
export function changedFigures(uses: readonly ChapterUse[], before: Dataset, after: Dataset): FigureChange[] {
  const byTag = new Map<string, { places: string[]; before: string; after: string }>();
  for (const use of uses) {
    if (use.component !== 'Stat') continue;
    const key = JSON.stringify([use.attributes.table, use.attributes.id, use.attributes.field ?? 'value', use.attributes.derived]);
    const known = byTag.get(key);
    if (known) {
      known.places.push(`${use.file}, line ${use.line}`);
      continue;
    }
    const was = statValue(before, use);
    const now = statValue(after, use);
    if (was !== now) byTag.set(key, { places: [`${use.file}, line ${use.line}`], before: was, after: now });
  }
  return [...byTag].map(([key, change]) => {
    const [table, id, field, derived] = JSON.parse(key) as (string | undefined)[];
    const tag = derived ? `<Stat derived="${derived}">` : `<Stat table="${table}" id="${id}"${field === 'value' ? '' : ` field="${field}"`}>`;
    return { tag, ...change };
  });
}

function oneLine(text: string): string {
  return text.replace(/\r?\n/g, '⏎');
}

/** The text cells that still give a changed number's old value, for the editor to reread. */
function formatStaleTexts(stale: readonly StaleNumber[]): string[] {
  const found = stale.filter((s) => s.places.length > 0);
  if (found.length === 0) return ['No text in data/ still gives the old value of a changed number.'];
  const cells = found.reduce((n, s) => n + s.places.length, 0);
  const out = [
    `Text in data/ that still gives the old value of a changed number (${cells} ${cells === 1 ? 'cell' : 'cells'}). The charts show the new value; check whether each text speaks of that number and should change too:`,
  ];
  for (const { change, places } of found) {
    out.push(`  ${change.was} → ${change.now} (data/${change.file}, ${change.id}, ${change.column}) is still written in:`);
    for (const p of places) out.push(`      data/${p.file}, line ${p.line}, column "${p.column}": "${oneLine(p.excerpt)}"`);
  }
  return out;
}

export function formatDiff(diffs: readonly FileDiff[], figures: readonly FigureChange[] | string, stale: readonly StaleNumber[] = []): string {
  const out: string[] = [];
  const touched = diffs.filter((d) => d.unreadable !== undefined || d.added.length + d.removed.length + d.changed.length > 0);
  if (touched.length === 0) out.push('No row of data/ changed since the last commit.');
  for (const d of touched) {
    if (d.unreadable !== undefined) {
      out.push(`data/${d.file} ${d.unreadable}.`);
      continue;
    }
    out.push(`data/${d.file}: ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed`);
    for (const a of d.added) out.push(`  + ${a.id} (line ${a.line})`);
    for (const r of d.removed) out.push(`  - ${r.id} (was line ${r.line})`);
    for (const c of d.changed) {
      out.push(`  ~ ${c.id} (line ${c.line})`);
      for (const [column, was, now] of c.cells) out.push(`      ${column}: "${was}" → "${now}"`);
    }
  }
  out.push('');
  if (typeof figures === 'string') out.push(figures);
  else if (figures.length === 0) out.push('No number in the chapters changes.');
  else {
    out.push(`Numbers in the chapters that change (${figures.length}):`);
    for (const f of figures) out.push(`  ${f.tag}: ${f.before} → ${f.after}\n      at ${f.places.join('; ')}`);
  }
  if (touched.some((d) => d.unreadable === undefined)) out.push('Charts and tables drawn from the changed rows change with them.');
  if (stale.length > 0) out.push('', ...formatStaleTexts(stale));
  return out.join('\n');
}

export const DIFF_FILES = ALL_SCHEMAS.map((s) => s.file);
