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

/** The committed text of data/<file>, or undefined when the folder is not in git or the file is new. */
export function committedText(dir: string, file: string): string | undefined {
  const result = spawnSync('git', ['-C', dir, 'show', `HEAD:./${file}`], { encoding: 'buffer', maxBuffer: 1 << 28 });
  if (result.status !== 0 || !result.stdout) return undefined;
  const decoded = decodeUtf8(file, result.stdout);
  return 'text' in decoded ? decoded.text : undefined;
}

/** Whether git knows this folder at all; outside a repository there is nothing to compare with. */
export function inGitRepository(dir: string): boolean {
  return spawnSync('git', ['-C', dir, 'rev-parse', '--verify', '--quiet', 'HEAD'], { encoding: 'utf8' }).status === 0;
}

/** Each file as committed, read with the same validator (files that did not exist are left out). */
export function committedTables(dir: string): Map<string, TableResult> {
  const tables = new Map<string, TableResult>();
  if (!inGitRepository(dir)) return tables;
  for (const schema of ALL_SCHEMAS) {
    const text = committedText(dir, schema.file);
    if (text === undefined) continue;
    const parsed = parseCsv(schema.file, text);
    if ('table' in parsed) tables.set(schema.file, validateTable(schema, parsed.table));
  }
  return tables;
}

/** A figure more than this many times larger or smaller than its committed value is worth a second look. */
export const JUMP_FACTOR = 100;
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
