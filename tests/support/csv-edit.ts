/** Small, explicit edits to CSV files in a temporary copy of data/, for tests that break them on purpose. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function readRows(dir: string, file: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parse(readFileSync(join(dir, file), 'utf8'), { bom: true, skip_empty_lines: true }) as string[][];
  return { header: header!, rows };
}

export function writeRows(dir: string, file: string, header: string[], rows: string[][]): void {
  const text = [header, ...rows].map((r) => r.map(quoteCell).join(',')).join('\n') + '\n';
  writeFileSync(join(dir, file), text);
}

/** Appends a copy of the first row with some cells replaced; returns the 1-based line it lands on. */
export function appendRow(dir: string, file: string, overrides: Record<string, string>): number {
  const { header, rows } = readRows(dir, file);
  const row = [...rows[0]!];
  for (const [column, value] of Object.entries(overrides)) {
    const index = header.indexOf(column);
    if (index === -1) throw new Error(`${file} has no column ${column}`);
    row[index] = value;
  }
  writeRows(dir, file, header, [...rows, row]);
  // Every row of our data fits on one line, so the new row's line is header + rows + 1.
  return rows.length + 2;
}

/** Replaces the raw text of a file, for edits that a CSV writer would refuse to make (broken quotes). */
export function rewriteText(dir: string, file: string, edit: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

export function writeBytes(dir: string, file: string, bytes: Uint8Array): void {
  writeFileSync(join(dir, file), bytes);
}
