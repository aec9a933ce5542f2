/**
 * Puts a freshly built folder in the place of the published one in two renames, so dist/ is at every
 * moment either the whole previous build or the whole new one, never a mix or a half.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

export function replaceFolder(fresh: string, target: string): void {
  const previous = `${target}.previous-${process.pid}`;
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, previous);
  try {
    renameSync(fresh, target);
  } catch (error) {
    if (hadTarget) renameSync(previous, target); // put the last good build back
    throw error;
  }
  if (hadTarget) rmSync(previous, { recursive: true, force: true });
}
