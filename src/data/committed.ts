/**
 * The data as of the last commit (git HEAD), for what a check cannot know from today's files alone:
 * a figure that jumped tenfold or more (a digit typed twice, a lost decimal point), a month or a year a
 * spreadsheet turned into the 1st of the month, text that still gives a figure's old value, and the list
 * of changes an editor reviews before publishing (`npm run data:diff`).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { decodeUtf8, parseCsv } from './csv-read.ts';
import type { Problem } from './problems.ts';
import type { PartialDate, TableSchema } from './schema-kit.ts';
import { ALL_SCHEMAS } from './schemas.ts';
import { validateTable, type TableResult, type TypedRow } from './validate.ts';

/** Whether git knows this folder at all; outside a repository there is nothing to compare with. */
export function inGitRepository(dir: string): boolean {
  return spawnSync('git', ['-C', dir, 'rev-parse', '--verify', '--quiet', 'HEAD'], { encoding: 'utf8' }).status === 0;
}

const PROJECT_DATA = resolve(import.meta.dirname, '../../data');

/** The folder whose last commit a data folder is compared with, and what the editor is told about it. */
export interface Comparison {
  /** A folder inside git, or undefined when there is nothing to compare with. */
  readonly committedFolder?: string;
  /** Said before the results when the comparison is not simply the folder's own last commit. */
  readonly note?: string;
}

/**
 * A copy of data/ made outside git (`cp -r data ~/copy`) has no last commit of its own, but it is a copy
 * of the project's data/: it is compared with that folder's last commit, and the editor is told so.
 */
export function comparisonFor(dir: string): Comparison {
  if (inGitRepository(dir)) return { committedFolder: dir };
  if (resolve(dir) !== PROJECT_DATA && inGitRepository(PROJECT_DATA))
    return {
      committedFolder: PROJECT_DATA,
      note: `${dir} is not in a git repository: it is compared with the last commit of the project's data folder (${PROJECT_DATA}).`,
    };
  return {
    note: `${dir} is not in a git repository and there is no committed data/ to compare it with, so nothing is compared with a last commit (figures ten times larger or smaller, months turned into the 1st, text giving a changed figure's old value).`,
  };
}

/**
 * The committed text of each file in `files` (relative to `dir`), read with one git process; a file
 * that is new since the last commit, or a folder outside git, gives no entry.
 */
export function committedTexts(dir: string, files: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  const prefix = spawnSync('git', ['-C', dir, 'rev-parse', '--verify', '--quiet', 'HEAD', '--show-prefix'], { encoding: 'utf8' });
  if (prefix.status !== 0) return texts;
  // The output holds HEAD's hash and the folder's path inside the repository, in no promised order.
  const inRepo = prefix.stdout.split('\n').find((l) => l !== '' && !/^[0-9a-f]{40,64}$/.test(l)) ?? '';
  const batch = spawnSync('git', ['-C', dir, 'cat-file', '--batch'], {
    input: files.map((f) => `HEAD:${inRepo}${f}\n`).join(''),
    maxBuffer: 1 << 30,
  });
  if (batch.status !== 0) return texts;
  const out = batch.stdout;
  let at = 0;
  for (const file of files) {
    const headerEnd = out.indexOf(0x0a, at);
    if (headerEnd === -1) break;
    const header = out.subarray(at, headerEnd).toString('utf8').split(' ');
    at = headerEnd + 1;
    if (header[1] !== 'blob') continue; // "missing": the file is new
    const size = Number(header[2]);
    const decoded = decodeUtf8(file, out.subarray(at, at + size));
    if ('text' in decoded) texts.set(file, decoded.text);
    at += size + 1;
  }
  return texts;
}

/** Each file as committed, read with the same validator (files that did not exist are left out). */
export function committedTables(dir: string): Map<string, TableResult> {
  const tables = new Map<string, TableResult>();
  const texts = committedTexts(dir, ALL_SCHEMAS.map((s) => s.file));
  for (const schema of ALL_SCHEMAS) {
    const text = texts.get(schema.file);
    if (text === undefined) continue;
    const parsed = parseCsv(schema.file, text);
    if ('table' in parsed) tables.set(schema.file, validateTable(schema, parsed.table));
  }
  return tables;
}

/**
 * A figure this many times larger, or this fraction or less of its committed value, is worth a second
 * look: tenfold is one digit typed twice or dropped (20593 → 205930), the most common slip.
 */
const JUMP_FACTOR = 10;
// 83.4 → 8.34 divides to 0.09999999999999999 in floating point; that is still exactly tenfold.
const RATIO_TOLERANCE = 1e-9;
const NUMERIC = new Set(['integer', 'decimal']);
const DATE = new Set(['date']);
const TEXT = new Set(['text']);

/** One number cell of a row (matched by id) whose value differs from the last commit. */
export interface NumberChange {
  readonly file: string;
  readonly id: string;
  readonly column: string;
  /** Line of the row in today's file. */
  readonly line: number;
  readonly was: number;
  readonly now: number;
}

/** Each row of today's file with its committed twin, matched by id; rows new since the commit are left out. */
function matchedRows(committed: ReadonlyMap<string, TableResult>, current: ReadonlyMap<string, TableResult>, file: string): [TypedRow, TypedRow][] {
  const before = committed.get(file);
  const after = current.get(file);
  if (!before || !after) return [];
  // A row whose id cell is bad has no id to match by; rows without one must not be paired together.
  const oldById = new Map(before.readRows.filter((r) => typeof r.id === 'string').map((r) => [r.id, r]));
  const pairs: [TypedRow, TypedRow][] = [];
  for (const row of after.readRows) {
    const old = typeof row.id === 'string' ? oldById.get(row.id) : undefined;
    if (old) pairs.push([old, row]);
  }
  return pairs;
}

function columnsOfKind(schema: TableSchema, kinds: ReadonlySet<string>): string[] {
  return Object.entries(schema.columns)
    .filter(([, spec]) => kinds.has(spec.kind))
    .map(([name]) => name);
}

/** Each cell of the given column kinds in today's rows, with its value in the committed twin of its row. */
function* matchedCells(
  committed: ReadonlyMap<string, TableResult>,
  current: ReadonlyMap<string, TableResult>,
  kinds: ReadonlySet<string>,
): Generator<{ file: string; row: TypedRow; column: string; was: unknown; now: unknown }> {
  for (const schema of ALL_SCHEMAS) {
    const columns = columnsOfKind(schema, kinds);
    if (columns.length === 0) continue;
    for (const [old, row] of matchedRows(committed, current, schema.file)) {
      for (const column of columns) yield { file: schema.file, row, column, was: old[column], now: row[column] };
    }
  }
}

/** Every integer and decimal cell whose value changed since the last commit, matched by row id. */
export function changedNumbers(committed: ReadonlyMap<string, TableResult>, current: ReadonlyMap<string, TableResult>): NumberChange[] {
  const changes: NumberChange[] = [];
  for (const { file, row, column, was, now } of matchedCells(committed, current, NUMERIC)) {
    if (typeof was !== 'number' || typeof now !== 'number' || was === now) continue;
    changes.push({ file, id: String(row.id), column, line: row.line, was, now });
  }
  return changes;
}

function describeFactor(before: number, after: number): string {
  const ratio = Math.abs(after / before);
  return ratio >= 1 ? `${Math.round(ratio)} times the committed value` : `1/${Math.round(1 / ratio)} of the committed value`;
}

/**
 * Warnings (never errors: a figure can truly change that much) for every number that became
 * JUMP_FACTOR times larger or more, or 1/JUMP_FACTOR of its committed value or less, matched by row id.
 */
export function figureJumps(committed: ReadonlyMap<string, TableResult>, current: ReadonlyMap<string, TableResult>): Problem[] {
  const warnings: Problem[] = [];
  for (const { file, line, column, was, now } of changedNumbers(committed, current)) {
    if (was === 0 || now === 0) continue;
    const ratio = Math.abs(now / was);
    if (Math.max(ratio, 1 / ratio) < JUMP_FACTOR * (1 - RATIO_TOLERANCE)) continue;
    warnings.push({
      file,
      line,
      column,
      value: String(now),
      expected: `a figure close to the committed ${was} (this is ${describeFactor(was, now)})`,
      fix: `Check for an extra or missing digit, a misplaced decimal point, or a number typed in thousands or millions. If ${now} is what the source says, ignore this warning.`,
      severity: 'warning',
    });
  }
  return warnings;
}

/**
 * Warnings for every date that gave only a year or a month in the last commit and now falls on the
 * 1st of that month (or on January 1st of that year): what a spreadsheet writes when it reads the
 * column as dates, inventing a day the source never gave. Excel does it to a whole column at once, so
 * the warnings of one file share a repeat key and read as one message.
 */
export function filledInDays(committed: ReadonlyMap<string, TableResult>, current: ReadonlyMap<string, TableResult>): Problem[] {
  const warnings: Problem[] = [];
  for (const cell of matchedCells(committed, current, DATE)) {
    const was = cell.was as PartialDate | undefined;
    const now = cell.now as PartialDate | undefined;
    if (!was || !now || was.day !== undefined || now.day !== 1 || now.year !== was.year || now.month !== (was.month ?? 1)) continue;
    const only = was.month === undefined ? 'year' : 'month';
    warnings.push({
      file: cell.file,
      line: cell.row.line,
      column: cell.column,
      value: now.iso,
      expected: `a date as precise as its source (it was ${was.iso} in the last commit)`,
      fix: `This date was ${was.iso} in the last commit; a spreadsheet may have filled in the 1st. If the source gives only the ${only}, write ${was.iso} (if the source does give the 1st, ignore this warning).`,
      severity: 'warning',
      repeat: {
        key: 'filled-in-day',
        fix: `These dates gave only a month or a year in the last commit and now fall on the 1st: a spreadsheet that reads a column as dates fills in the day (and the month) the source never gave. Where the source gives only the month or the year, write each date back as it was (\`npm run data:diff\` lists them), or take the file back with \`git checkout -- data/${cell.file}\` and redo the edit with the date columns formatted as Text. If the source does give the 1st, ignore this warning.`,
      },
    });
  }
  return warnings;
}

// Thousands are grouped with a comma in English, and with a space, a no-break space or a narrow
// no-break space in French.
const GROUP = '[, \\u00a0\\u202f]';
const SPACE = '[ \\u00a0\\u202f]';
// A figure written inside something else is not that figure: a longer number (173570, 1.17357,
// 17,357,000, or the 357 of the French 17 357), a date or range (2017-02-20, 2019-20) or an id (S157,
// CF16, Bill C-31).
const NOT_AFTER = `(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,])(?<!\\p{N}${SPACE})(?<![\\p{L}\\p{N}][-/])`;
const NOT_BEFORE = `(?!\\p{N})(?![.,]\\p{N})(?!${SPACE}\\p{N}{3}(?!\\p{N}))(?![-/]\\p{N})`;

/**
 * A pattern finding a number as prose writes it, in either language: 17357, 17,357 or 17 357, and 83.4
 * or 83,4. Undefined for a number JavaScript would write with an exponent, which no prose does.
 */
export function numberInText(value: number): RegExp | undefined {
  const written = String(Math.abs(value));
  const m = /^(\d+)(?:\.(\d+))?$/.exec(written);
  if (!m) return undefined;
  const whole = m[1]!;
  const groups: string[] = [];
  for (let end = whole.length; end > 0; end -= 3) groups.unshift(whole.slice(Math.max(0, end - 3), end));
  const fraction = m[2] === undefined ? '' : `[.,]${m[2]}`;
  const sign = value < 0 ? '[-\\u2212]' : '';
  return new RegExp(`${NOT_AFTER}${sign}${groups.join(`${GROUP}?`)}${fraction}${NOT_BEFORE}`, 'u');
}

function groupDigits(value: number, group: string, decimal: string): string {
  const [whole, fraction] = String(Math.abs(value)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, group);
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `${decimal}${fraction}`}`;
}

/** A number as a text writes it, rewritten with another value in the same style (17,357 → 17,457). */
function writtenLike(found: string, value: number): string {
  const group = /\d([, \u00a0\u202f])\d{3}(?!\d)/.exec(found)?.[1] ?? '';
  const decimal = /,\d+$/.test(found) && group !== ',' ? ',' : '.';
  return groupDigits(value, group, decimal);
}

/** Characters shown on each side of a figure found in a text, so the excerpt fits the 80 a message shows of a value. */
const EXCERPT_CONTEXT = 30;

// A cut falls on a space that follows no digit: never inside a number, even a French one (15 207).
const isCut = (text: string, at: number): boolean => /\s/.test(text[at] ?? '') && !/\d/.test(text[at - 1] ?? '');

function excerpt(text: string, from: number, to: number): string {
  let start = Math.max(0, from - EXCERPT_CONTEXT);
  let end = Math.min(text.length, to + EXCERPT_CONTEXT);
  while (start > 0 && start < from && !isCut(text, start - 1)) start++;
  while (end < text.length && end > to && !isCut(text, end)) end--;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** A text cell that still writes a number's committed value. */
export interface StaleText {
  readonly file: string;
  readonly line: number;
  readonly column: string;
  /** The number as the text writes it, e.g. "17 357". */
  readonly written: string;
  /** The new value written the same way, e.g. "17 457". */
  readonly rewritten: string;
  /** The text around it, cut with "…". */
  readonly excerpt: string;
}

/** A number that changed since the last commit, and the text cells that still give its old value. */
export interface StaleNumber {
  readonly change: NumberChange;
  readonly places: readonly StaleText[];
}

const STALE_TEXT_MINIMUM = 100;

/**
 * For every number that changed since the last commit, each text cell of today's data (any file, any
 * text column) that still writes its committed value: a sentence quoting the figure, which no chart
 * redraws. Whether the text speaks of that figure only an editor can tell.
 */
export function staleTexts(committed: ReadonlyMap<string, TableResult>, current: ReadonlyMap<string, TableResult>): StaleNumber[] {
  const changes = changedNumbers(committed, current);
  if (changes.length === 0) return [];
  const cells: { file: string; line: number; column: string; text: string }[] = [];
  for (const schema of ALL_SCHEMAS) {
    const texts = columnsOfKind(schema, TEXT);
    for (const row of current.get(schema.file)?.readRows ?? []) {
      for (const column of texts) {
        const text = row[column];
        if (typeof text === 'string' && /\d/.test(text)) cells.push({ file: schema.file, line: row.line, column, text });
      }
    }
  }
  return changes.map((change) => {
    const places: StaleText[] = [];
    // Below 100, and in a year column, the old value is everywhere in the texts for other reasons
    // ("Ward 3", "March 3", "in 2019"): a list of them would bury the cells that matter.
    if (Math.abs(change.was) < STALE_TEXT_MINIMUM || change.column === 'year') return { change, places };
    const pattern = numberInText(change.was);
    if (!pattern) return { change, places };
    for (const cell of cells) {
      // The first place in a cell is enough: the editor rereads the whole cell anyway.
      const m = pattern.exec(cell.text);
      if (!m) continue;
      places.push({
        file: cell.file,
        line: cell.line,
        column: cell.column,
        written: m[0],
        rewritten: writtenLike(m[0], change.now),
        excerpt: excerpt(cell.text, m.index, m.index + m[0].length),
      });
    }
    return { change, places };
  });
}

/**
 * The stale texts as warnings for `npm run check:data`: one per text cell and figure, and the cells of
 * one file that quote the same figure (a note repeated on every monthly row) as one message.
 */
export function staleTextWarnings(committed: ReadonlyMap<string, TableResult>, current: ReadonlyMap<string, TableResult>): Problem[] {
  return staleTexts(committed, current).flatMap(({ change, places }) => {
    const figure = `${change.id}, column "${change.column}" of ${change.file}`;
    return places.map(
      (place): Problem => ({
        file: place.file,
        line: place.line,
        column: place.column,
        value: place.excerpt,
        expected: `text in step with the data: ${figure}, is now ${change.now} (it was ${change.was})`,
        fix: `This text still gives ${place.written}, the committed value of that figure. If the text speaks of it, write ${place.rewritten}; if it speaks of something else (an earlier version, another year or place), ignore this warning.`,
        severity: 'warning',
        repeat: {
          key: `stale-number\u0000${change.file}\u0000${change.id}\u0000${change.column}`,
          fix: `These texts still give ${change.was}, the committed value of ${figure}, which is now ${change.now}. Where a text speaks of that figure, write the new value (${groupDigits(change.now, ',', '.')} in English, ${groupDigits(change.now, ' ', ',')} in French); where it speaks of something else (an earlier version, another year or place), ignore this warning.`,
        },
      }),
    );
  });
}

/** A cell as an editor typed it: a date as written, a list as its values. */
function cellValues(value: unknown): string[] {
  if (value === undefined || value === '') return [];
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'object' && value !== null && 'iso' in value) return [(value as PartialDate).iso];
  return [String(value)];
}

/** The numbers and quoted words a chart state names: `{ highlight: 2019, cities: ['toronto'] }` → 2019, toronto. */
function valuesNamedIn(state: string): Set<string> {
  return new Set([...state.matchAll(/"([^"]*)"|'([^']*)'|(-?\d+(?:\.\d+)?)/g)].map((m) => m[1] ?? m[2] ?? m[3]!));
}

/** What became of each value the state names that a cell of `file` held in the last commit and holds no more. */
function editsTakingAway(named: ReadonlySet<string>, file: string, committed: ReadonlyMap<string, TableResult>, current: ReadonlyMap<string, TableResult>): string[] {
  const schema = ALL_SCHEMAS.find((s) => s.file === file);
  const before = committed.get(file);
  const after = current.get(file);
  if (!schema || !before || !after) return [];
  const edits: string[] = [];
  for (const [old, row] of matchedRows(committed, current, file)) {
    for (const column of Object.keys(schema.columns)) {
      const now = cellValues(row[column]);
      const lost = cellValues(old[column]).filter((v) => named.has(v) && !now.includes(v));
      for (const value of lost) edits.push(`${file} line ${row.line} (${row.id}) had ${column} ${value} and now has ${now.join(';') || 'nothing'}`);
    }
  }
  const kept = new Set(after.readRows.map((r) => r.id));
  for (const old of before.readRows) {
    if (typeof old.id !== 'string' || kept.has(old.id)) continue;
    const held = Object.keys(schema.columns).filter((column) => cellValues(old[column]).some((v) => named.has(v)));
    if (held.length > 0) edits.push(`the row ${old.id} (${held.map((c) => `${c} ${cellValues(old[c]).join(';')}`).join(', ')}) is gone from ${file}`);
  }
  return edits;
}

/**
 * A chart state that stopped resolving after a data edit (a year retyped, a city's id renamed, a row
 * deleted) is reported where the chapter names it, but the edit is the likelier slip. When a CSV the
 * message names held a value the state names in the last commit and no longer does, the fix says which
 * line changed and how, so the editor can undo it or update the chapter.
 */
export function withEditsBehindStates(
  problems: readonly Problem[],
  committed: ReadonlyMap<string, TableResult>,
  current: ReadonlyMap<string, TableResult>,
): Problem[] {
  return problems.map((problem) => {
    if (!problem.value) return problem;
    const named = valuesNamedIn(problem.value);
    const files = [...new Set(problem.fix.match(/\b[a-z_]+\.csv\b/g) ?? [])];
    const edits = files.flatMap((file) => editsTakingAway(named, file, committed, current));
    if (edits.length === 0) return problem;
    return { ...problem, fix: `${problem.fix} Since the last commit, ${edits.join('; ')}: if that edit was a slip, undo it; if not, update the chapter.` };
  });
}
