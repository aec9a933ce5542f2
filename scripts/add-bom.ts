/**
 * `npm run data:bom`: starts every CSV in data/ with a UTF-8 byte order mark, the three bytes that tell
 * Excel the file is UTF-8. Without it, Excel opens "Montréal" as "MontrÃ©al" (and saving then keeps the
 * damage). Google Sheets and some editors drop the mark when they save; run this again afterwards.
 * The checks, the site and its downloads read files with or without it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFolderFromCommandLine } from '../src/data/command-line.ts';
import { decodeUtf8 } from '../src/data/csv-read.ts';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const dir = dataFolderFromCommandLine({
  name: 'npm run data:bom',
  summary:
    'Starts every CSV in the data folder with the UTF-8 mark that tells Excel the file is UTF-8 (files that have it are left alone).',
});
const added: string[] = [];
const notUtf8: string[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.csv'))
  .sort()) {
  const path = join(dir, file);
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 3).equals(BOM)) continue;
  // A UTF-8 mark in front of a UTF-16 or Latin-1 file would only hide what is wrong with it.
  const decoded = decodeUtf8(file, bytes);
  if ('problem' in decoded) {
    notUtf8.push(`  - ${file}: expected ${decoded.problem.expected}. ${decoded.problem.fix}`);
    continue;
  }
  writeFileSync(path, Buffer.concat([BOM, bytes]));
  added.push(file);
}
console.log(
  added.length
    ? `Added the UTF-8 mark to ${added.join(', ')}.`
    : notUtf8.length
      ? 'No file was changed.'
      : 'Every CSV already starts with the UTF-8 mark.',
);
if (notUtf8.length > 0) {
  console.error(`Left alone, since ${notUtf8.length === 1 ? 'it is' : 'they are'} not saved as UTF-8:\n${notUtf8.join('\n')}`);
  process.exit(1);
}
