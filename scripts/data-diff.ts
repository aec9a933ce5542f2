/**
 * `npm run data:diff`: what an editor reviews before publishing. Against the last commit (git HEAD):
 * the rows added, removed and changed in each file of data/, the numbers in the chapters whose
 * value changes, and the text in data/ that still gives a changed number's old value.
 *   npm run data:diff [-- <data folder>]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanChapters } from '../src/data/chapter-refs.ts';
import { committedTexts, comparisonFor, staleTexts } from '../src/data/committed.ts';
import { decodeUtf8 } from '../src/data/csv-read.ts';
import { changedFigures, DIFF_FILES, diffTexts, formatDiff } from '../src/data/data-diff.ts';
import { dataFolderFromCommandLine } from '../src/data/command-line.ts';
import { validateDataDir } from '../src/data/load.ts';
import type { Problem } from '../src/data/problems.ts';

const dir = dataFolderFromCommandLine({
  name: 'npm run data:diff',
  summary:
    "Lists the rows added, removed and changed in each data file since the last commit, the numbers in the chapters whose value changes, and the text in the data that still gives a changed number's old value.",
});
const { committedFolder, note } = comparisonFor(dir);
if (!committedFolder) {
  console.error(note);
  process.exit(2);
}
if (note) console.log(`${note}\n`);
const committed = committedTexts(committedFolder, DIFF_FILES);
const current = new Map<string, string | Problem>();
for (const file of DIFF_FILES) {
  const path = join(dir, file);
  if (!existsSync(path)) continue;
  const decoded = decodeUtf8(file, readFileSync(path));
  current.set(file, 'text' in decoded ? decoded.text : decoded.problem);
}
const diffs = DIFF_FILES.map((file) => diffTexts(file, committed.get(file), current.get(file)));

// The committed data is validated from a temporary copy, exactly as the site would read it.
const before = mkdtempSync(join(tmpdir(), 'sanctuary-committed-'));
let figures;
let stale;
try {
  for (const [file, text] of committed) writeFileSync(join(before, file), text);
  const was = validateDataDir(before);
  const now = validateDataDir(dir);
  figures = !now.dataset
    ? 'The numbers in the chapters cannot be compared until `npm run check:data` passes.'
    : !was.dataset
      ? 'The last commit does not pass the data checks, so its numbers cannot be compared.'
      : changedFigures(scanChapters(), was.dataset, now.dataset);
  // Rows with a bad cell are still read, so text is compared even while the data has problems.
  stale = staleTexts(was.tables, now.tables);
} finally {
  rmSync(before, { recursive: true, force: true });
}
console.log(formatDiff(diffs, figures, stale));
