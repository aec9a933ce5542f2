/**
 * `npm run build`: builds the site into a staging folder next to dist/ and puts it in place only when
 * the whole build succeeded. Whatever fails (invalid data, a chapter that does not render, a crash
 * halfway through the pages), dist/ keeps the last good build byte for byte.
 *   npm run build [-- <astro build options>]     SANCTUARY_OUT_DIR=<folder> to publish elsewhere than dist/
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { replaceFolder } from './replace-folder.ts';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, process.env.SANCTUARY_OUT_DIR || 'dist');
// Next to the target, so the final move is a rename on the same disk.
const staging = mkdtempSync(join(dirname(target), `.${basename(target)}-building-`));
// mkdtemp makes the folder private (0700); the published folder must stay readable by a web server.
chmodSync(staging, 0o755);

const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SANCTUARY_OUT_DIR: staging },
});

if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed (see above). ${target} was not touched: it still holds the last good build.`);
  process.exit(result.status ?? 1);
}
replaceFolder(staging, target);
console.log(`Built into ${target}.`);
