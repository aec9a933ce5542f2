/**
 * Reads every CSV in data/, validates it all (and, for the checks, the ids the chapters use), and
 * returns typed tables or every problem found. The build, the pages (through siteData()), the dev
 * server and `npm run check:data` all go through here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { chapterReferences, checkChapterValues, type ChapterUse } from './chapter-refs.ts';
import { decodeUtf8, parseCsv } from './csv-read.ts';
import type { Place, Problem } from './problems.ts';
import { ALL_SCHEMAS, SCHEMAS, TABLE_NAMES, type Dataset } from './schemas.ts';
import { checkCrossTable, checkReferences, referencesInTables, validateTable, type TableResult, type TypedRow } from './validate.ts';

/** The data folder: SANCTUARY_DATA_DIR lets tests and benchmarks build from a temporary copy. */
export function dataDir(): string {
  return resolve(process.env.SANCTUARY_DATA_DIR ?? join(process.cwd(), 'data'));
}

/**
 * How messages name a data folder: by its path from where the command was run when it lies inside
 * (so `data`, as editors know it), else in full.
 */
export function dataFolderShownAs(dir: string): string {
  const fromHere = relative(process.cwd(), resolve(dir)).split('\\').join('/');
  return fromHere === '' ? '.' : fromHere.startsWith('..') || isAbsolute(fromHere) ? resolve(dir) : fromHere;
}

/** Reads and validates each file on its own: what every later check starts from. */
export function readTables(dir: string): { tables: Map<string, TableResult>; problems: Problem[]; spreadsheetRows: SpreadsheetRows } {
  const problems: Problem[] = [];
  const tables = new Map<string, TableResult>();
  const spreadsheetRows = new Map<string, Map<number, number>>();
  for (const schema of ALL_SCHEMAS) {
    const path = join(dir, schema.file);
    if (!existsSync(path)) {
      const renamed = otherCsvFiles(dir).find((name) => likelyCopyOf(name) === schema.file);
      problems.push({
        file: schema.file,
        line: 0,
        expected: `a file data/${schema.file}`,
        fix: renamed
          ? `The file is missing, but "${renamed}" is in the folder: if it holds this file's rows, rename it ${schema.file} (exactly so, in lower case).`
          : 'The file is missing. Restore it from git (git checkout -- data/' + schema.file + ') or check its name.',
      });
      continue;
    }
    const decoded = decodeUtf8(schema.file, readFileSync(path));
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      continue;
    }
    const parsed = parseCsv(schema.file, decoded.text);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const shifted = parsed.table.records.filter((r) => r.row !== undefined);
    if (shifted.length > 0) spreadsheetRows.set(schema.file, new Map(shifted.map((r) => [r.line, r.row!])));
    const result = validateTable(schema, parsed.table);
    problems.push(...result.problems);
    tables.set(schema.file, result);
  }
  return { tables, problems: problems.map(sayWhatWaitsOnIt(tables)), spreadsheetRows };
}

/** Per file, the spreadsheet row of each line where the two differ (cells with line breaks above it). */
export type SpreadsheetRows = ReadonlyMap<string, ReadonlyMap<number, number>>;

/** Adds the spreadsheet row to each place whose line a spreadsheet numbers differently. */
export function withSpreadsheetRows(problems: readonly Problem[], rows: SpreadsheetRows): Problem[] {
  if (rows.size === 0) return [...problems];
  const place = <P extends Place>(p: P): P => {
    const row = rows.get(p.file)?.get(p.line);
    return row === undefined ? p : { ...p, row };
  };
  return problems.map((p) => {
    const placed = place(p);
    return p.alsoAt ? { ...placed, alsoAt: p.alsoAt.map(place) } : placed;
  });
}

const DATA_FILES = new Set(ALL_SCHEMAS.map((s) => s.file));

/** CSV files in the folder that the site does not read (a download's "figures (1).csv", a renamed copy). */
function otherCsvFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => /\.csv$/i.test(name) && !DATA_FILES.has(name));
}

/** The data file a stray file's name points at: figures (1).csv, Copy of figures.csv, FIGURES.CSV → figures.csv. */
function likelyCopyOf(name: string): string | undefined {
  const plain = name.toLowerCase();
  return [...DATA_FILES].filter((file) => plain.includes(file.replace(/\.csv$/, ''))).sort((a, b) => b.length - a.length)[0];
}

/**
 * A warning for each CSV the site does not read: an editor who saved their edits into "figures (1).csv"
 * would otherwise see the check pass and the site unchanged.
 */
export function strayFileWarnings(dir: string): Problem[] {
  return otherCsvFiles(dir).flatMap((name): Problem[] => {
    const meant = likelyCopyOf(name);
    // A differently written name of a missing file is that file's own message (readTables).
    if (meant && !existsSync(join(dir, meant))) return [];
    return [
      {
        file: name,
        line: 0,
        expected: `only the files the site reads: ${[...DATA_FILES].join(', ')}`,
        fix: meant
          ? `The site does not read this file. If it holds edits meant for ${meant}, copy them into ${meant}; then delete or move this file out of the data folder.`
          : 'The site does not read this file. Move it out of the data folder, or ask a developer to add it to the schemas if it is new data.',
        severity: 'warning',
      },
    ];
  });
}

/**
 * A file that cannot be read at all (or whose header is wrong, or that has lost its rows) hides the
 * mistakes other files make in naming its rows; its first message says so, so that "every problem at once" is never silently less.
 */
function sayWhatWaitsOnIt(tables: ReadonlyMap<string, TableResult>): (problem: Problem, index: number, all: readonly Problem[]) => Problem {
  return (problem, index, all) => {
    const file = problem.file;
    const table = tables.get(file);
    const unread = !table?.headerOk || table.readRows.length === 0;
    if (!unread || all.findIndex((p) => p.file === file) !== index) return problem;
    return {
      ...problem,
      fix: `${problem.fix} Until ${file} can be read, nothing that uses its rows (other files, the chapters, the charts) is checked: fix it first, then run the check again.`,
    };
  };
}

/** The typed tables under the names the code uses (only meaningful once they are valid). */
function datasetOf(tables: ReadonlyMap<string, TableResult>): Dataset {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, tables.get(SCHEMAS[name].file)?.rows ?? []])) as unknown as Dataset;
}

export interface DataCheck {
  /** Present only when there is no error. */
  readonly dataset?: Dataset;
  /** Errors; warnings are added by the command line, which compares with the last commit. */
  readonly problems: Problem[];
  readonly tables: ReadonlyMap<string, TableResult>;
  /** For placing the command line's own warnings on spreadsheet rows too (withSpreadsheetRows). */
  readonly spreadsheetRows: SpreadsheetRows;
}

/**
 * Every file, every reference between files (and from the given chapter uses), every rule across
 * files. A row with a bad cell still counts as present for references, and rules spanning rows run only
 * on files without errors, so one mistake gives one message.
 */
export function validateDataDir(dir: string, chapterUses: readonly ChapterUse[] = []): DataCheck {
  const { tables, problems, spreadsheetRows } = readTables(dir);
  problems.push(...checkReferences([...referencesInTables(ALL_SCHEMAS, tables), ...chapterReferences(chapterUses)], tables));
  const clean = new Map<string, readonly TypedRow[]>();
  const dirty = new Set(problems.map((p) => p.file));
  for (const [file, table] of tables) if (!dirty.has(file)) clean.set(file, table.rows);
  problems.push(...checkCrossTable(clean));
  const dataset = problems.length === 0 ? datasetOf(tables) : undefined;
  problems.push(...checkChapterValues(chapterUses, tables, dataset));
  return problems.length === 0
    ? { dataset, problems, tables, spreadsheetRows }
    : { problems: withSpreadsheetRows(problems, spreadsheetRows), tables, spreadsheetRows };
}

// The dev server bumps this version when a CSV changes (src/integrations/data-guard.ts). It lives on
// globalThis because Astro's config and its page renderer load this module as separate instances.
const VERSION = Symbol.for('sanctuary.data-version');
type VersionHolder = { [VERSION]?: number };

export function dataVersion(): number {
  return (globalThis as VersionHolder)[VERSION] ?? 0;
}

/** Drops the cached dataset, so the next page reads data/ again. */
export function forgetDataset(): void {
  (globalThis as VersionHolder)[VERSION] = dataVersion() + 1;
}
