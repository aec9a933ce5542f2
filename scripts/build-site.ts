/**
 * `npm run build`: builds the site into a staging folder next to dist/ and puts it in place only when
 * the whole build succeeded. Whatever fails (invalid data, a chapter that does not render, a crash
 * halfway through the pages), dist/ keeps the last good build byte for byte.
 * Built from the project's own data, it also keeps published links working: a build that no longer has
 * an address listed in content/published-addresses.txt is refused the same way, and new addresses are
 * added to that list.
 *   npm run build [-- <data folder>] [-- <astro build options>]
 * A data folder (a copy of data/ an editor is trying out) is built from instead of data/, as
 * SANCTUARY_DATA_DIR does; SANCTUARY_OUT_DIR=<folder> publishes elsewhere than dist/.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  compareAddresses,
  droppedAddressesMessage,
  parseRecord,
  RECORD_FILE,
  recordText,
  siteAddresses,
} from '../src/integrations/published-addresses.ts';
import { replaceFolder } from './replace-folder.ts';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, process.env.SANCTUARY_OUT_DIR || 'dist');
const [first, ...rest] = process.argv.slice(2);
// `npm run build -- <folder>`, like the other data commands; anything starting with "-" is Astro's.
const dataFolder = first !== undefined && !first.startsWith('-') ? resolve(first) : undefined;
const astroOptions = dataFolder ? rest : process.argv.slice(2);
if (dataFolder && !(existsSync(dataFolder) && statSync(dataFolder).isDirectory())) {
  console.error(
    `npm run build: there is no data folder "${first}". Give a folder holding the CSV files (a copy of data/), or nothing to build from data/.`,
  );
  process.exit(2);
}
if (dataFolder) process.env.SANCTUARY_DATA_DIR = dataFolder;
const keptAsItWas = existsSync(target) ? `${target} was not touched: it still holds the last good build.` : `${target} was not created.`;
// Next to the target, so the final move is a rename on the same disk.
const staging = mkdtempSync(join(dirname(target), `.${basename(target)}-building-`));
// mkdtemp makes the folder private (0700); the published folder must stay readable by a web server.
chmodSync(staging, 0o755);

const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...astroOptions], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SANCTUARY_OUT_DIR: staging },
});

if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed (see above). ${keptAsItWas}`);
  process.exit(result.status ?? 1);
}
// A build from another data folder (a test copy, the benchmark's 100× data) publishes nothing.
const record = join(root, RECORD_FILE);
const guarded = !process.env.SANCTUARY_DATA_DIR;
const recorded = guarded && existsSync(record) ? parseRecord(readFileSync(record, 'utf8')) : [];
const { missing, added } = guarded ? compareAddresses(recorded, siteAddresses(staging)) : { missing: [], added: [] };
if (missing.length > 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${droppedAddressesMessage(missing)}\n\nThe build was refused. ${keptAsItWas}`);
  process.exit(1);
}
replaceFolder(staging, target);
console.log(`Built into ${target}${dataFolder ? ` from the data in ${dataFolder}` : ''}.`);
if (added.length > 0) {
  writeFileSync(record, recordText([...recorded, ...added]));
  console.log(
    `Recorded ${added.length} new published address${added.length === 1 ? '' : 'es'} in ${RECORD_FILE}; commit it with your change.`,
  );
}
