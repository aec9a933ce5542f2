/**
 * A single thing wrong with the data, phrased for an editor who will fix it in a spreadsheet, and the
 * report that lists them: one message per mistake, repeats of one spreadsheet habit merged into one
 * message with one fix, and a capped listing so a file broken on every row still reads in a terminal.
 */

/** Where something sits: a data file (sources.csv) or a chapter (content/chapters/en/01-what-is.mdx). */
export interface Place {
  readonly file: string;
  /** 1-based line in the file as a text editor counts it; 0 when the problem concerns the whole file. */
  readonly line: number;
  /** The row a spreadsheet shows that line on, when the two differ (src/data/csv-read.ts). */
  readonly row?: number;
  readonly column?: string;
}

export interface Problem extends Place {
  readonly value?: string;
  readonly expected: string;
  readonly fix: string;
  /** Warnings are printed but never fail a check or a build. */
  readonly severity?: 'error' | 'warning';
  /**
   * Problems of one file that share this key are one habit of the spreadsheet (every date reformatted,
   * every accent garbled): reported as one message with `fix`, naming every line.
   */
  readonly repeat?: { readonly key: string; readonly fix: string };
  /** Every other place with this same problem, e.g. each row and chapter that uses a missing id. */
  readonly alsoAt?: readonly Place[];
}

export class DataError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], dataFolder?: string) {
    super(formatProblems(problems, { dataFolder }));
    this.name = 'DataError';
    this.problems = problems;
  }
}

const isWarning = (p: Problem): boolean => p.severity === 'warning';

/** A problem listing shows this many messages; the rest are counted per file and column. */
export const MAX_LISTED = 50;
/** From this many cells with the same habit, one message stands for all of them. */
const MIN_REPEATS_TO_MERGE = 3;
const MAX_SHOWN_VALUE = 80;
const MAX_LINES_NAMED = 12;
const MAX_PLACES_NAMED = 30;

function showValue(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '⏎');
  return oneLine.length > MAX_SHOWN_VALUE ? `${oneLine.slice(0, MAX_SHOWN_VALUE)}…` : oneLine;
}

/**
 * Data files are named by their bare file name, shown in the folder that was checked (an editor may
 * check a copy); anything else (chapters) by its path in the project.
 */
function displayPath(file: string, dataFolder: string): string {
  return file.includes('/') ? file : `${dataFolder}/${file}`;
}

function describePlace(p: Place, dataFolder: string): string {
  const row = p.row === undefined ? '' : ` (row ${p.row} in a spreadsheet)`;
  const where = p.line > 0 ? `${displayPath(p.file, dataFolder)}, line ${p.line}${row}` : displayPath(p.file, dataFolder);
  if (!p.column) return where;
  // In a chapter the "column" is the component that names the id, e.g. <Cite ids="S017" />.
  return p.file.endsWith('.mdx') ? `${where}, in ${p.column}` : `${where}, column "${p.column}"`;
}

function listLines(lines: readonly number[]): string {
  const shown = lines.slice(0, MAX_LINES_NAMED).join(', ');
  return lines.length > MAX_LINES_NAMED ? `${shown} and ${lines.length - MAX_LINES_NAMED} more` : shown;
}

function formatProblem(p: Problem, dataFolder: string): string {
  const value = p.value === undefined ? '' : p.value === '' ? ': the cell is empty' : `: "${showValue(p.value)}"`;
  const label = isWarning(p) ? 'warning: ' : '';
  let text = `${label}${describePlace(p, dataFolder)}${value}\n    expected: ${p.expected}\n    fix: ${p.fix}`;
  if (p.alsoAt && p.alsoAt.length > 0) {
    const shown = p.alsoAt.slice(0, MAX_PLACES_NAMED).map((a) => `\n      ${describePlace(a, dataFolder)}`).join('');
    const more = p.alsoAt.length > MAX_PLACES_NAMED ? `\n      and ${p.alsoAt.length - MAX_PLACES_NAMED} more places` : '';
    text += `\n    also used at:${shown}${more}`;
  }
  return text;
}

/** Merges the problems of one file that share a repeat key into one, naming every line. Linear. */
export function mergeRepeats(problems: readonly Problem[]): Problem[] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    if (!p.repeat) continue;
    const key = `${p.file}\u0000${p.repeat.key}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const merged: Problem[] = [];
  const emitted = new Set<string>();
  for (const p of problems) {
    const key = p.repeat ? `${p.file}\u0000${p.repeat.key}` : undefined;
    const group = key === undefined ? undefined : groups.get(key)!;
    if (!group || group.length < MIN_REPEATS_TO_MERGE) {
      merged.push(p);
      continue;
    }
    if (emitted.has(key!)) continue;
    emitted.add(key!);
    const columns = [...new Set(group.map((g) => g.column).filter((c): c is string => c !== undefined))];
    const lines = [...new Set(group.map((g) => g.line))].sort((a, b) => a - b);
    merged.push({
      file: p.file,
      line: p.line,
      column: columns.length === 1 ? columns[0] : undefined,
      expected: p.expected,
      fix: `${group.length} ${p.value === '' ? 'empty cells' : 'cells'}${columns.length > 1 ? ` (columns ${columns.join(', ')})` : ''} on lines ${listLines(lines)}${p.value ? `, e.g. "${showValue(p.value)}"` : ''}. ${p.repeat!.fix}`,
      severity: p.severity,
    });
  }
  return merged;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Every problem at once, grouped by file, so one edit session can fix them all. Past MAX_LISTED
 * messages the rest are counted per file and column, which is enough to see what went wrong.
 */
export function formatProblems(problems: readonly Problem[], options: { maxListed?: number; dataFolder?: string } = {}): string {
  const maxListed = options.maxListed ?? MAX_LISTED;
  const dataFolder = options.dataFolder ?? 'data';
  const messages = mergeRepeats(problems);
  const errors = messages.filter((p) => !isWarning(p)).length;
  const warnings = messages.length - errors;
  const header =
    errors > 0
      ? `The data has ${plural(errors, 'problem')}${warnings ? ` and ${plural(warnings, 'warning')}` : ''}; the site will not be built from it until it is fixed.`
      : `The data has ${plural(warnings, 'warning')} to look at (warnings do not stop the build).`;
  const byFile = new Map<string, Problem[]>();
  for (const p of messages) {
    const list = byFile.get(p.file);
    if (list) list.push(p);
    else byFile.set(p.file, [p]);
  }
  const sections: string[] = [];
  const unlisted = new Map<string, number>();
  let listed = 0;
  for (const [file, list] of byFile) {
    list.sort((a, b) => a.line - b.line);
    const shown: string[] = [];
    for (const p of list) {
      if (listed < maxListed) {
        shown.push(`  - ${formatProblem(p, dataFolder)}`);
        listed++;
      } else {
        const key = `${displayPath(file, dataFolder)}${p.column ? `, column "${p.column}"` : ''}`;
        unlisted.set(key, (unlisted.get(key) ?? 0) + 1);
      }
    }
    if (shown.length > 0) sections.push(`\n${displayPath(file, dataFolder)} (${plural(list.length, 'message')}):\n${shown.join('\n')}`);
  }
  if (unlisted.size > 0) {
    const total = [...unlisted.values()].reduce((a, b) => a + b, 0);
    sections.push(
      `\n…and ${plural(total, 'more message')}, not listed (the first ${maxListed} are above; fix those and run the check again):\n` +
        [...unlisted].map(([where, n]) => `  - ${where}: ${n}`).join('\n'),
    );
  }
  return header + sections.join('\n') + '\n\nSee data/README.md for what each column accepts and how to fix each message.';
}
