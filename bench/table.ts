/** Plain-text and Markdown tables for the benchmark's output. */
export interface Table {
  title: string;
  head: string[];
  rows: string[][];
  notes?: string[];
}

export function textTable({ title, head, rows, notes = [] }: Table): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [`\n${title}`, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), ...notes.map((n) => `  ${n}`)].join(
    '\n',
  );
}

export function markdownTable({ title, head, rows, notes = [] }: Table): string {
  const escape = (c: string) => c.replace(/\|/g, '\\|');
  return [
    `### ${title}`,
    '',
    `| ${head.map(escape).join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
    ...(notes.length ? ['', ...notes.map((n) => `${n}  `)] : []),
    '',
  ].join('\n');
}
