/**
 * The data as of the last commit (git HEAD), for what a check cannot know from today's files alone:
 * a figure that jumped a hundredfold (a lost decimal point, a doubled zero) and the list of changes an
 * editor reviews before publishing (`npm run data:diff`).
 */
import { spawnSync } from 'node:child_process';
import { decodeUtf8, parseCsv } from './csv-read.ts';
import type { Problem } from './problems.ts';
import { ALL_SCHEMAS } from './schemas.ts';
import { validateTable, type TableResult } from './validate.ts';

/** Whether git knows this folder at all; outside a repository there is nothing to compare with. */
export function inGitRepository(dir: string): boolean {
  return spawnSync('git', ['-C', dir, 'rev-parse', '--verify', '--quiet', 'HEAD'], { encoding: 'utf8' }).status === 0;
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

/** A figure more than this many times larger or smaller than its committed value is worth a second look. */
const JUMP_FACTOR = 100;
const NUMERIC = new Set(['integer', 'decimal']);

function describeFactor(before: number, after: number): string {
  const ratio = Math.abs(after / before);
  return ratio >= 1 ? `${Math.round(ratio)} times the committed value` : `1/${Math.round(1 / ratio)} of the committed value`;
}

/**
 * Warnings (never errors: a figure can truly change that much) for every number that became more than
 * JUMP_FACTOR times larger or smaller than in the last commit, matched by row id.
 */
export function figureJumps(committed: ReadonlyMap<string, TableResult>, current: ReadonlyMap<string, TableResult>): Problem[] {
  const warnings: Problem[] = [];
  for (const schema of ALL_SCHEMAS) {
    const before = committed.get(schema.file);
    const after = current.get(schema.file);
    if (!before || !after) continue;
    const numeric = Object.entries(schema.columns).filter(([, spec]) => NUMERIC.has(spec.kind)).map(([name]) => name);
    if (numeric.length === 0) continue;
    const oldById = new Map(before.readRows.map((r) => [r.id, r]));
    for (const row of after.readRows) {
      const old = oldById.get(row.id);
      if (!old) continue;
      for (const column of numeric) {
        const was = old[column];
        const now = row[column];
        if (typeof was !== 'number' || typeof now !== 'number' || was === 0 || now === 0) continue;
        const ratio = Math.abs(now / was);
        if (ratio <= JUMP_FACTOR && ratio >= 1 / JUMP_FACTOR) continue;
        warnings.push({
          file: schema.file,
          line: row.line,
          column,
          value: String(now),
          expected: `a figure close to the committed ${was} (this is ${describeFactor(was, now)})`,
          fix: `Check for an extra or missing digit, a misplaced decimal point, or a number typed in thousands or millions. If ${now} is what the source says, ignore this warning.`,
          severity: 'warning',
        });
      }
    }
  }
  return warnings;
}
