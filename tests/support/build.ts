/**
 * Runs a real `astro build` of the project, optionally against a modified copy of data/, into a folder
 * of the caller's choosing. Used by the build tests and by the benchmarks.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  readonly status: number;
  readonly output: string;
  readonly outDir: string;
}

export function astroBuild(outDir: string, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, SANCTUARY_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** A temporary copy of data/ that a test may edit without touching the editors' files. */
export function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sanctuary-data-'));
  cpSync(join(PROJECT_ROOT, 'data'), dir, { recursive: true });
  return dir;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
