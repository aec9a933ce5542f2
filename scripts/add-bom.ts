/**
 * `npm run data:bom`: starts every CSV in data/ with a UTF-8 byte order mark, the three bytes that tell
 * Excel the file is UTF-8. Without it, Excel opens "Montréal" as "MontrÃ©al" (and saving then keeps the
 * damage). Google Sheets and some editors drop the mark when they save; run this again afterwards.
 * The checks, the site and its downloads read files with or without it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFolderFromCommandLine } from '../src/data/command-line.ts';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const dir = dataFolderFromCommandLine({
  name: 'npm run data:bom',
  summary:
    'Starts every CSV in the data folder with the UTF-8 mark that tells Excel the file is UTF-8 (files that have it are left alone).',
});
const added: string[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.csv'))
  .sort()) {
  const path = join(dir, file);
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 3).equals(BOM)) continue;
  writeFileSync(path, Buffer.concat([BOM, bytes]));
  added.push(file);
}
console.log(added.length ? `Added the UTF-8 mark to ${added.join(', ')}.` : 'Every CSV already starts with the UTF-8 mark.');
