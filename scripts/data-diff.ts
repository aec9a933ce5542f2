/**
 * `npm run data:diff`: what an editor reviews before publishing. Against the last commit (git HEAD):
 * the rows added, removed and changed in each file of data/, and the numbers in the chapters whose
 * value changes.
 *   npm run data:diff [-- <data folder>]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanChapters } from '../src/data/chapter-refs.ts';
import { committedTexts, inGitRepository } from '../src/data/committed.ts';
import { decodeUtf8 } from '../src/data/csv-read.ts';
import { changedFigures, DIFF_FILES, diffTexts, formatDiff } from '../src/data/data-diff.ts';
import { dataFolderFromCommandLine } from '../src/data/command-line.ts';
import { validateDataDir } from '../src/data/load.ts';

const dir = dataFolderFromCommandLine({
  name: 'npm run data:diff',
  summary:
    'Lists the rows added, removed and changed in each data file since the last commit, and the numbers in the chapters whose value changes.',
});
if (!inGitRepository(dir)) {
  console.error(`${dir} is not inside a git repository, so there is no last commit to compare with.`);
  process.exit(2);
}
const committed = committedTexts(dir, DIFF_FILES);
const current = new Map<string, string>();
for (const file of DIFF_FILES) {
  const path = join(dir, file);
  if (!existsSync(path)) continue;
  const decoded = decodeUtf8(file, readFileSync(path));
  if ('text' in decoded) current.set(file, decoded.text);
}
const diffs = DIFF_FILES.map((file) => diffTexts(file, committed.get(file), current.get(file)));

// The committed data is validated from a temporary copy, exactly as the site would read it.
const before = mkdtempSync(join(tmpdir(), 'sanctuary-committed-'));
let figures;
try {
  for (const [file, text] of committed) writeFileSync(join(before, file), text);
  const was = validateDataDir(before).dataset;
  const now = validateDataDir(dir).dataset;
  figures = !now
    ? 'The numbers in the chapters cannot be compared until `npm run check:data` passes.'
    : !was
      ? 'The last commit does not pass the data checks, so its numbers cannot be compared.'
      : changedFigures(scanChapters(), was, now);
} finally {
  rmSync(before, { recursive: true, force: true });
}
console.log(formatDiff(diffs, figures));
