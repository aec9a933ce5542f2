/**
 * "Data last updated" under each chart: the day the newest of the chart's data files last changed.
 * Committed files use their last commit date (a checkout resets file times, so mtime would lie); a file
 * with uncommitted edits, or a data folder outside git (tests build from a temporary copy), uses the
 * file's modification time.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, dataVersion } from './load.ts';

const cache = new Map<string, string>();

function git(dir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** YYYY-MM-DD (UTC) of a file's last change. */
export function fileUpdated(path: string, dir: string): string {
  const key = join(dir, path);
  // Keyed by the data version too, so `npm run dev` shows the new day after a CSV is saved.
  const cacheKey = `${dataVersion()}\u0000${key}`;
  const known = cache.get(cacheKey);
  if (known) return known;
  const dirty = git(dir, ['status', '--porcelain', '--', path]);
  const committed = dirty === '' ? git(dir, ['log', '-1', '--format=%cs', '--', path]) : undefined;
  const day = committed && /^\d{4}-\d{2}-\d{2}$/.test(committed) ? committed : statSync(key).mtime.toISOString().slice(0, 10);
  cache.set(cacheKey, day);
  return day;
}

export function dataUpdated(files: readonly string[], dir = dataDir()): string {
  if (files.length === 0) throw new Error('A chart must name the data files it reads, to show when its data was last updated.');
  return files.map((f) => fileUpdated(f, dir)).sort().at(-1)!;
}
