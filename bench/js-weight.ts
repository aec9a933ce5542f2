/**
 * JavaScript each built page loads, in gzip bytes: its module scripts, their static imports, and the
 * chart chunks it asks for (one lazily loaded chunk per chart on the page, with their own imports).
 * "all lazy" adds every chart chunk the enhancer could load, as an upper bound. Prints figures; it is
 * not a timed test. Budget: 30 KB per chapter page (aim 20 KB).
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

const BUDGET = 30 * 1024;
const AIM = 20 * 1024;

function siteDir(): string {
  const args = process.argv.slice(2);
  if (args.includes('--fixture')) {
    const build = buildWithChapter();
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
  const specs = [...js.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g), ...js.matchAll(/["'](_astro\/[^"']+\.js)["']/g)].map((m) => m[1]!);
  return [...new Set(specs.flatMap((s) => resolveImport(root, file, s.startsWith('_astro/') ? `/${s}` : s) ?? []))];
}

/**
 * Each chart's lazily loaded chunk, by chart id. Every drawing module is called chart.ts, so the chunks are
 * all named chart.<hash>.js; the loader's import.meta.glob keeps the source path as the key, which names the chart.
 */
function chartChunks(root: string, file: string): Map<string, string> {
  const js = readFileSync(file, 'utf8');
  const found = new Map<string, string>();
  for (const m of js.matchAll(/["']\.\.\/charts\/([a-z0-9-]+)\/chart\.ts["']\s*:\s*\(\)\s*=>[^;]*?import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) {
    const chunk = resolveImport(root, file, m[2]!);
    if (chunk) found.set(m[1]!, chunk);
  }
  return found;
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

const root = siteDir();
const rows: { path: string; charts: string; loaded: number; upper: number; files: number }[] = [];
for (const page of htmlFiles(root)) {
  const html = readFileSync(page, 'utf8');
  const entries = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].flatMap((m) => resolveImport(root, page, m[1]!) ?? []);
  const charts = [...new Set([...html.matchAll(/\bdata-chart="([a-z-]+)"/g)].map((m) => m[1]!))];
  const base = closure(root, entries);
  const lazy = [...base].flatMap((f) => dynamicImports(root, f));
  const byChart = new Map([...base].flatMap((f) => [...chartChunks(root, f)]));
  const unnamed = charts.filter((c) => !byChart.has(c));
  if (byChart.size > 0 && unnamed.length > 0) throw new Error(`${page}: no chunk found for chart(s) ${unnamed.join(', ')}; the loader's shape changed.`);
  const wanted = charts.flatMap((c) => byChart.get(c) ?? []);
  const loaded = closure(root, wanted, new Set(base));
  const upper = closure(root, lazy, new Set(base));
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].reduce((s, m) => s + gzipSync(m[1]!).length, 0);
  const sum = (files: Set<string>) => [...files].reduce((s, f) => s + gz(f), 0) + inline;
  rows.push({ path: urlPathOf(relative(root, page)), charts: charts.join(' ') || '—', loaded: sum(loaded), upper: sum(upper), files: loaded.size });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const width = Math.max(...rows.map((r) => r.path.length), 4);
console.log(`JavaScript per page, gzip (budget ${kb(BUDGET)}, aim ${kb(AIM)}) — ${root}`);
console.log(`${'page'.padEnd(width)}  ${'loaded'.padStart(9)}  ${'all lazy'.padStart(9)}  files  charts`);
for (const r of rows.sort((a, b) => b.loaded - a.loaded)) {
  const flag = r.loaded > BUDGET ? '  OVER BUDGET' : r.loaded > AIM ? '  over aim' : '';
  console.log(`${r.path.padEnd(width)}  ${kb(r.loaded).padStart(9)}  ${kb(r.upper).padStart(9)}  ${String(r.files).padStart(5)}  ${r.charts}${flag}`);
}
const worst = Math.max(...rows.map((r) => r.loaded));
console.log(`heaviest page: ${kb(worst)} of JavaScript${worst > BUDGET ? ' — over the 30 KB budget' : ''}`);
