/**
 * JavaScript each built page loads, in gzip bytes: its module scripts, their static imports and any
 * chunk they may import lazily. Charts run no code in the browser (their step drawings are JSON files,
 * src/components/step-trees.ts), so this is all the code a page can run. Prints figures; it is not a
 * timed test. Budget: 20 KB per page.
 *
 *   npm run bench:js                          builds the site into a temporary folder, then measures it
 *   npm run bench:js -- dist                  measures an existing build
 *   npm run bench:js -- --fixture             builds with the chart test chapter (every scrolly chart)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles, urlPathOf } from '../src/integrations/security-headers.ts';
import { astroBuild, tempDir } from '../tests/support/build.ts';
import { buildWithChapter } from '../tests/support/chart-fixture-site.ts';

const BUDGET = 20 * 1024;

async function siteDir(): Promise<string> {
  const args = process.argv.slice(2);
  if (args.includes('--fixture')) {
    const build = await buildWithChapter();
    if (build.status !== 0) throw new Error(build.output);
    return build.dist;
  }
  const given = args.find((a) => !a.startsWith('--'));
  if (given) return resolve(given);
  const out = tempDir('sanctuary-js-weight-');
  const build = astroBuild(out);
  if (build.status !== 0) throw new Error(build.output);
  return out;
}

const gzip = new Map<string, number>();
const gz = (file: string) => gzip.get(file) ?? (gzip.set(file, gzipSync(readFileSync(file), { level: 9 }).length), gzip.get(file)!);

function resolveImport(root: string, from: string, spec: string): string | undefined {
  const file = spec.startsWith('/') ? join(root, spec) : join(dirname(from), spec);
  return existsSync(file) ? file : undefined;
}

function staticImports(root: string, file: string): string[] {
  const js = readFileSync(file, 'utf8');
  return [...js.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)].flatMap((m) => resolveImport(root, file, m[1]!) ?? []);
}

function dynamicImports(root: string, file: string): string[] {
  const js = readFileSync(file, 'utf8');
  // Vite lists lazily imported chunks in __vite__mapDeps and calls import("./x.js") (or with backticks).
  const specs = [...js.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g), ...js.matchAll(/["'](_astro\/[^"']+\.js)["']/g)].map(
    (m) => m[1]!,
  );
  return [...new Set(specs.flatMap((s) => resolveImport(root, file, s.startsWith('_astro/') ? `/${s}` : s) ?? []))];
}

/** A file and everything it imports statically. */
function closure(root: string, entries: readonly string[], into = new Set<string>()): Set<string> {
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (into.has(file)) continue;
    into.add(file);
    queue.push(...staticImports(root, file));
  }
  return into;
}

const root = await siteDir();
const rows: { path: string; charts: string; loaded: number; files: number }[] = [];
for (const page of htmlFiles(root)) {
  const html = readFileSync(page, 'utf8');
  const entries = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].flatMap(
    (m) => resolveImport(root, page, m[1]!) ?? [],
  );
  const charts = [...new Set([...html.matchAll(/\bdata-chart="([a-z-]+)"/g)].map((m) => m[1]!))];
  const base = closure(root, entries);
  const lazy = [...base].flatMap((f) => dynamicImports(root, f));
  // Charts run no code in the browser, so every lazily imported chunk counts: what the page can load, it loads.
  const loaded = closure(root, lazy, new Set(base));
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (s, m) => s + gzipSync(m[1]!).length,
    0,
  );
  const sum = (files: Set<string>) => [...files].reduce((s, f) => s + gz(f), 0) + inline;
  rows.push({ path: urlPathOf(relative(root, page)), charts: charts.join(' ') || '—', loaded: sum(loaded), files: loaded.size });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const width = Math.max(...rows.map((r) => r.path.length), 4);
console.log(`JavaScript per page, gzip (budget ${kb(BUDGET)}) — ${root}`);
console.log(`${'page'.padEnd(width)}  ${'loaded'.padStart(9)}  files  charts`);
for (const r of rows.sort((a, b) => b.loaded - a.loaded)) {
  const flag = r.loaded > BUDGET ? '  OVER BUDGET' : '';
  console.log(`${r.path.padEnd(width)}  ${kb(r.loaded).padStart(9)}  ${String(r.files).padStart(5)}  ${r.charts}${flag}`);
}
const worst = Math.max(...rows.map((r) => r.loaded));
console.log(`heaviest page: ${kb(worst)} of JavaScript${worst > BUDGET ? ` — over the ${kb(BUDGET)} budget` : ''}`);
