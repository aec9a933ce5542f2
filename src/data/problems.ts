/** A single thing wrong with the data, phrased for an editor who will fix it in a spreadsheet. */
export interface Problem {
  readonly file: string;
  /** 1-based line in the file as a text editor counts it; 0 when the problem concerns the whole file. */
  readonly line: number;
  readonly column?: string;
  readonly value?: string;
  readonly expected: string;
  readonly fix: string;
}

export class DataError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'DataError';
    this.problems = problems;
  }
}

const MAX_SHOWN_VALUE = 80;

function showValue(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '⏎');
  return oneLine.length > MAX_SHOWN_VALUE ? `${oneLine.slice(0, MAX_SHOWN_VALUE)}…` : oneLine;
}

export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `data/${p.file}, line ${p.line}` : `data/${p.file}`;
  const column = p.column ? `, column "${p.column}"` : '';
  const value = p.value === undefined ? '' : p.value === '' ? ': the cell is empty' : `: "${showValue(p.value)}"`;
  return `${where}${column}${value}\n    expected: ${p.expected}\n    fix: ${p.fix}`;
}

/** Every problem at once, grouped by file, so one edit session can fix them all. */
export function formatProblems(problems: readonly Problem[]): string {
  const count = problems.length;
  const header = `The data in data/ has ${count} problem${count === 1 ? '' : 's'}; nothing was built from it.`;
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const sections = [...byFile].map(
    ([file, list]) =>
      `\ndata/${file} (${list.length} problem${list.length === 1 ? '' : 's'}):\n` +
      list
        .sort((a, b) => a.line - b.line)
        .map((p) => `  - ${formatProblem(p)}`)
        .join('\n'),
  );
  return header + sections.join('\n') + '\n\nSee data/README.md for what each column accepts.';
}
