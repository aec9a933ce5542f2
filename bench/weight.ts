/**
 * What each built page costs a reader: gzip bytes of its HTML and of every file it loads. Two views:
 * - reachable: following the page's own references through dist (stylesheets, scripts and everything
 *   they import, lazy chunks and the sequences' step drawings included, icons, images, CSS url()s) — an
 *   upper bound;
 * - loaded: the files Chromium actually requests while the page is read top to bottom and through every
 *   step, each gzipped from dist — what a reader downloads, and what the budgets apply to.
 * Navigational links (<a href>, canonical, alternate) are not loads.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles, urlPathOf } from '../src/integrations/security-headers.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { settle, visitEveryStep, wheelThrough } from '../tests/support/scroll.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
import { PHONE } from './phone.ts';

export type Kind = 'html' | 'css' | 'js' | 'other';

export interface PageWeight {
  path: string;
  bytes: Record<Kind, number>;
  total: number;
  files: { url: string; kind: Kind; gzip: number }[];
}

export interface LoadedWeight extends PageWeight {
  /** JavaScript the page could load (every lazy chunk reachable from its scripts), gzip. */
  reachableJs: number;
}

const LOADING_RELS = /\b(stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon)\b/i;

function kindOf(file: string): Kind {
  const ext = extname(file).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  return 'other';
}

/** References in a page; with `eagerOnly`, leaves out lazy images and <picture> sources, which load only when shown. */
function referencesInHtml(html: string, eagerOnly = false): string[] {
  const refs: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script|img|source|image|use|video|object|input)\b[^>]*>/gi)) {
    if (/^<link\b/i.test(tag) && !LOADING_RELS.test(tag.match(/\brel=["']?([^"'>]+)/i)?.[1] ?? '')) continue;
    if (eagerOnly && (/^<source\b/i.test(tag) || /\sloading=["']?lazy/i.test(tag))) continue;
    for (const m of tag.matchAll(/\s(?:src|href|poster|data|xlink:href)=["']?([^"'\s>]+)/gi)) refs.push(m[1]!);
    for (const m of tag.matchAll(/\ssrcset=["']([^"']+)["']/gi)) refs.push(...m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!));
  }
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) refs.push(...referencesInCss(css!));
  // The enhancer fetches a sequence's step drawings (one JSON file per layout) once it starts.
  if (!eagerOnly) {
    for (const [, files] of html.matchAll(/\sdata-step-trees="([^"]*)"/g))
      refs.push(...Object.values(JSON.parse(files!.replace(/&quot;/g, '"')) as Record<string, string>));
  }
  return refs;
}

function referencesInCss(css: string): string[] {
  return [
    ...[...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!),
    ...[...css.matchAll(/@import\s+["']([^"']+)["']/g)].map((m) => m[1]!),
  ];
}

function referencesInJs(js: string): string[] {
  return [
    // Static and dynamic imports of other bundles: from"./x.js", import"./x.js", import("./x.js").
    ...[...js.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']((?:\.{1,2}|)\/[^"']+)["']/g)].map((m) => m[1]!),
    // Vite's preload list names chunks relative to the site root.
    ...[...js.matchAll(/["'](\/?_astro\/[^"']+)["']/g)].map((m) => m[1]!),
  ];
}

/** Resolves a reference found in `fromUrl` to a file in dist, or undefined for other sites and anchors. */
function resolveRef(dist: string, fromUrl: string, ref: string): { url: string; file: string } | undefined {
  if (ref.startsWith('#') || ref.startsWith('data:')) return undefined;
  let url: URL;
  try {
    url = new URL(ref.startsWith('_astro/') ? `/${ref}` : ref, new URL(fromUrl, 'http://site.invalid'));
  } catch {
    return undefined;
  }
  if (url.origin !== 'http://site.invalid') return undefined;
  let file = join(dist, decodeURIComponent(url.pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? { url: url.pathname, file } : undefined;
}

const gzipCache = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length;
    gzipCache.set(file, size);
  }
  return size;
}

export function pageWeight(dist: string, htmlFile: string, eagerOnly = false): PageWeight {
  const path = urlPathOf(relative(dist, htmlFile));
  const seen = new Set<string>([htmlFile]);
  const files: PageWeight['files'] = [{ url: path, kind: 'html', gzip: gzipBytes(htmlFile) }];
  const queue: { url: string; file: string }[] = [];
  const enqueue = (fromUrl: string, refs: string[]) => {
    for (const ref of refs) {
      const target = resolveRef(dist, fromUrl, ref);
      if (target && !seen.has(target.file)) {
        seen.add(target.file);
        queue.push(target);
      }
    }
  };
  enqueue(path, referencesInHtml(readFileSync(htmlFile, 'utf8'), eagerOnly));
  while (queue.length > 0) {
    const { url, file } = queue.shift()!;
    const kind = kindOf(file);
    files.push({ url, kind, gzip: gzipBytes(file) });
    if (kind === 'css') enqueue(url, referencesInCss(readFileSync(file, 'utf8')));
    if (kind === 'js') enqueue(url, referencesInJs(readFileSync(file, 'utf8')));
  }
  return summarise(path, files);
}

export function siteWeights(dist: string): PageWeight[] {
  return htmlFiles(dist).map((file) => pageWeight(dist, file));
}

function summarise(path: string, files: PageWeight['files']): PageWeight {
  const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, other: 0 };
  for (const f of files) bytes[f.kind] += f.gzip;
  return { path, bytes, total: bytes.html + bytes.css + bytes.js + bytes.other, files };
}

/** Reads every page of a build in Chromium and weighs what it requested. */
export async function loadedWeights(dist: string): Promise<LoadedWeight[]> {
  const { server, url } = await startStaticServer(dist, { compress: true });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const requested = new Set<string>();
    page.on('request', (request) => {
      const u = new URL(request.url());
      if (u.origin === new URL(url).origin) requested.add(u.pathname);
    });
    const results: LoadedWeight[] = [];
    for (const htmlFile of htmlFiles(dist)) {
      const path = urlPathOf(relative(dist, htmlFile));
      requested.clear();
      await page.goto(new URL(path, url).href, { waitUntil: 'load' });
      await wheelThrough(page, 600, 10);
      await visitEveryStep(page);
      await settle(page, 100);
      const fromBrowser = [...requested].flatMap((pathname) => {
        const target = resolveRef(dist, '/', pathname);
        return target ? [{ url: target.url, kind: kindOf(target.file), gzip: gzipBytes(target.file) }] : [];
      });
      // Headless Chromium skips some loads a reader's browser makes (the favicon): add the page's eager
      // non-script references; scripts and lazy pictures count only when actually requested.
      const reachable = pageWeight(dist, htmlFile);
      const eager = pageWeight(dist, htmlFile, true);
      const seen = new Set(fromBrowser.map((f) => f.url));
      const files = [...fromBrowser, ...eager.files.filter((f) => f.kind !== 'js' && !seen.has(f.url))];
      results.push({ ...summarise(path, files), reachableJs: reachable.bytes.js });
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}
