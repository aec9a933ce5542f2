/**
 * Share cards, icons and embeds in the built site, in every published edition: every page has Open Graph
 * and Twitter tags whose image exists at 1200 × 630, in its edition's language; each chapter has its own,
 * non-blank image; chapters' JSON-LD carries image, publisher and free access in the chapter's language;
 * URLs are absolute only when SANCTUARY_SITE_URL is set (a second build checks that); every embed page,
 * at its edition's address, draws its chart without JavaScript, links its data and chapter, and speaks
 * its edition's language.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { astroBuild, tempDir } from '../support/build.ts';
import { builtPages, type BuiltPage } from '../support/built-pages.ts';
import { isEmbedPath } from '../../src/integrations/security-headers.ts';
import { CHART_TEXT } from '../../src/components/chart-text.ts';
import { LANGS, type Lang } from '../../src/i18n/locale.ts';
import { builtinPath } from '../../src/i18n/routes.ts';
import { UI } from '../../src/i18n/ui.ts';
import { siteData } from '../../src/data/site-data.ts';
import { embedPath } from '../../src/sharing/embeds.ts';
import { SHARING_TEXT } from '../../src/sharing/text.ts';
import { decodeEntities } from '../support/html-text.ts';

const siteDir = inject('siteDir');
const pages = builtPages(siteDir);
const chapters = pages.filter((p) => p.isChapter);
const embeds = pages.filter((p) => isEmbedPath(p.path));
const withoutError = pages.filter((p) => p.path !== '/404.html');
const langOf = (path: string): Lang => (path.startsWith('/fr/') ? 'fr' : 'en');
/** The editions the build published: French joins once its chapters exist. */
const langs = LANGS.filter((lang) => chapters.some((c) => langOf(c.path) === lang));

const decode = decodeEntities;

function meta(html: string, key: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/g) ?? []) {
    const name = /\b(?:property|name)="([^"]*)"/.exec(tag)?.[1];
    if (name === key) return decode(/\bcontent="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  return undefined;
}

function jsonLd(html: string): Record<string, unknown> | undefined {
  const body = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  return body === undefined ? undefined : (JSON.parse(body) as Record<string, unknown>);
}

interface PngImage {
  width: number;
  height: number;
  /** Distinct RGBA values over the decoded pixels: a blank image has one or two. */
  colours: number;
}

/** Reads a non-interlaced 8-bit RGB/RGBA PNG (what resvg writes): IHDR for the size, IDAT unfiltered. */
export function readPng(bytes: Buffer): PngImage {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const chunk = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      expect(chunk[8], 'bit depth').toBe(8);
      channels = chunk[9] === 6 ? 4 : chunk[9] === 2 ? 3 : 0;
      expect(channels, `colour type ${chunk[9]}`).toBeGreaterThan(0);
      expect(chunk[12], 'interlace').toBe(0);
    }
    if (type === 'IDAT') data.push(chunk);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const previous = Buffer.alloc(stride);
  const current = Buffer.alloc(stride);
  const colours = new Set<string>();
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? current[i - channels]! : 0;
      const b = previous[i]!;
      const c = i >= channels ? previous[i - channels]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const add = [0, a, b, (a + b) >> 1, paeth][filter]!;
      current[i] = (line[i]! + add) & 0xff;
    }
    for (let x = 0; x < width; x += 3) colours.add(current.subarray(x * channels, x * channels + channels).toString('hex'));
    current.copy(previous);
  }
  return { width, height, colours: colours.size };
}

const fileOf = (dir: string, url: string) => join(dir, new URL(url, 'http://site.invalid').pathname);

describe('share tags on every page', () => {
  it('finds chapters and embeds to check', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(5);
    expect(embeds.length).toBeGreaterThanOrEqual(5);
  });

  it.each(withoutError.map((p) => [p.path, p] as const))(
    '%s has Open Graph and Twitter tags with an existing 1200 × 630 image',
    (_path, page: BuiltPage) => {
      for (const key of [
        'og:title',
        'og:description',
        'og:site_name',
        'og:locale',
        'og:type',
        'og:image',
        'og:image:alt',
        'twitter:card',
        'twitter:image',
      ]) {
        expect(meta(page.html, key), `${key} on ${page.path}`).toBeTruthy();
      }
      expect(meta(page.html, 'twitter:card')).toBe('summary_large_image');
      expect(meta(page.html, 'og:image:width')).toBe('1200');
      expect(meta(page.html, 'og:image:height')).toBe('630');
      const image = meta(page.html, 'og:image')!;
      expect(image, 'root-relative without SANCTUARY_SITE_URL').toMatch(/^\/share\/[a-z]{2}(\/[a-z0-9-]+)?\.png$/);
      const file = fileOf(siteDir, image);
      expect(existsSync(file), `${image} is not in the build`).toBe(true);
      const png = readPng(readFileSync(file));
      expect([png.width, png.height]).toEqual([1200, 630]);
      expect(page.html).not.toMatch(/<link rel="canonical"|property="og:url"/);
      // A page shares its own edition's card, described in its language.
      if (page.path.startsWith('/fr/') || page.path.startsWith('/en/')) {
        const lang = langOf(page.path);
        expect(image.startsWith(`/share/${lang}`), `${page.path} shares ${image}`).toBe(true);
        expect(meta(page.html, 'og:locale')).toBe(lang === 'fr' ? 'fr_CA' : 'en_CA');
        expect(meta(page.html, 'og:site_name')).toBe(UI[lang].siteTitle);
        if (lang === 'fr') expect(meta(page.html, 'og:image:alt')).toMatch(/«\u00a0|carte de titre/);
      }
    },
  );

  it('gives each chapter its own share image, and none is blank', () => {
    const images = chapters.map((c) => meta(c.html, 'og:image')!);
    expect(new Set(images).size).toBe(chapters.length);
    const hashes = images.map((image) =>
      createHash('sha256')
        .update(readFileSync(fileOf(siteDir, image)))
        .digest('hex'),
    );
    expect(new Set(hashes).size).toBe(chapters.length);
    for (const image of images) {
      const png = readPng(readFileSync(fileOf(siteDir, image)));
      expect(png.colours, `${image} looks blank`).toBeGreaterThan(50);
    }
  });

  it('serves the raster icons beside the SVG one, and links them', () => {
    expect(readPng(readFileSync(join(siteDir, 'apple-touch-icon.png')))).toMatchObject({ width: 180, height: 180 });
    expect(readPng(readFileSync(join(siteDir, 'favicon-32x32.png')))).toMatchObject({ width: 32, height: 32 });
    const ico = readFileSync(join(siteDir, 'favicon.ico'));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 2]);
    for (const page of withoutError) {
      for (const href of ['/favicon.ico', '/favicon.svg', '/apple-touch-icon.png'])
        expect(page.html, page.path).toContain(`href="${href}"`);
    }
  });
});

describe('chapters’ NewsArticle JSON-LD', () => {
  it.each(chapters.map((c) => [c.path, c] as const))('%s names its image, publisher and free access', (_path, chapter: BuiltPage) => {
    const ld = jsonLd(chapter.html)!;
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.image).toBe(meta(chapter.html, 'og:image'));
    expect(ld.publisher).toEqual({ '@type': 'Organization', name: meta(chapter.html, 'og:site_name') });
    expect(ld.isAccessibleForFree).toBe(true);
    expect(ld).not.toHaveProperty('url');
    // In the chapter's language: the headline and description a reader of that edition sees.
    expect(ld.inLanguage).toBe(langOf(chapter.path) === 'fr' ? 'fr-CA' : 'en-CA');
    expect(ld.headline).toBe(meta(chapter.html, 'og:title'));
    expect(ld.description).toBe(meta(chapter.html, 'og:description'));
  });
});

describe('embed pages', () => {
  it.each(embeds.map((e) => [e.path, e] as const))(
    '%s draws every step without JavaScript, with its data and chapter',
    (path, embed: BuiltPage) => {
      const article = /<article class="embed"[\s\S]*<\/article>/.exec(embed.html)?.[0] ?? '';
      const steps = article.match(/<li class="embed__step"/g)?.length ?? 0;
      expect(steps).toBeGreaterThan(0);
      // Each step drawn twice, narrow and wide (the frame's width shows one), both named by the step's text.
      for (const step of article.split('<li class="embed__step"').slice(1)) {
        const drawings = [...step.matchAll(/<svg\b[^>]*role="img"[^>]*>/g)].map((m) => m[0]);
        expect(drawings.map((svg) => /chart-drawing--(narrow|wide)/.exec(svg)?.[1])).toEqual(['narrow', 'wide']);
        const descId = /<p[^>]*id="([^"]+-desc)"/.exec(step)?.[1];
        for (const svg of drawings) expect(svg).toContain(`aria-labelledby="${descId}"`);
      }
      expect(article).toMatch(/<h1 class="embed__title">[^<]+<\/h1>/);
      const data = /href="(\/data\/charts\/[a-z-]+\.csv)"/.exec(article)?.[1];
      expect(data && existsSync(join(siteDir, data)), `data link of ${path}`).toBe(true);
      const chapterHref = /href="(\/[a-z]{2}\/[a-z0-9-]+\/)#([a-z0-9-]+)"[^>]*data-chapter-link/.exec(article);
      expect(chapterHref, `chapter link of ${path}`).toBeTruthy();
      const chapter = chapters.find((c) => c.path === chapterHref![1]);
      expect(chapter?.html).toContain(`id="${chapterHref![2]}"`);
      expect(embed.html).not.toMatch(/class="site-header"|class="site-footer"/);
      // In its edition's words, linking back to a chapter of the same edition.
      const lang = langOf(path);
      const t = SHARING_TEXT[lang];
      expect(path.startsWith(builtinPath('embed', lang))).toBe(true);
      expect(chapterHref![1]!.startsWith(`/${lang}/`)).toBe(true);
      const text = decode(article);
      expect(text).toContain(`>${t.sourcesLabel}</span>`);
      expect(text).toContain(`>${t.getData}</a>`);
      expect(text).toContain(
        t.fromChapter(
          decode(
            /<h1[^>]*>([\s\S]*?)<\/h1>/
              .exec(chapter!.html)![1]!
              .replace(/<[^>]+>/g, '')
              .trim(),
          ),
        ),
      );
      expect(text).toContain(`${CHART_TEXT[lang].updated}</span>`);
      expect(text).toMatch(
        new RegExp(`<figcaption class="embed__step-head">${t.step(1, steps).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</figcaption>`),
      );
      expect(article).toMatch(new RegExp(`href="${builtinPath('sources', lang)}#S\\d{3}"`));
      // Publishers keep their own names, marked with their language where it is not the page's.
      for (const [, id, mark] of article.matchAll(/href="\/[a-z]{2}\/[a-z]+\/#(S\d{3})" target="_blank"(?: lang="([a-z]{2})")?>/g)) {
        const language = siteData().sources.find((source) => source.id === id)!.language;
        expect(mark, `${path}: ${id}`).toBe(language === lang ? undefined : language);
      }
      expect(embed.html).toContain(`<html lang="${lang === 'fr' ? 'fr-CA' : 'en-CA'}"`);
    },
  );

  it('gives every embed of a translated chapter a twin in the other edition, linked both ways', () => {
    if (langs.length < 2) return;
    for (const embed of embeds) {
      const lang = langOf(embed.path);
      const other: Lang = lang === 'en' ? 'fr' : 'en';
      const id = embed.path.split('/')[3]!;
      const twin = embeds.find((e) => e.path === embedPath(other, id));
      expect(twin, `no twin of ${embed.path}`).toBeDefined();
      expect(new RegExp(`<link rel="alternate" hreflang="${other}-CA" href="([^"]+)"`).exec(embed.html)?.[1]).toBe(twin!.path);
    }
  });

  it('each chart sequence in a chapter offers an iframe snippet for its embed page', () => {
    for (const chapter of chapters) {
      for (const [, id] of chapter.html.matchAll(/<section class="scrolly" id="([^"]+)"/g)) {
        const code = new RegExp(`id="${id}-embed-code"[^>]*><code>([^<]*)</code>`).exec(chapter.html)?.[1];
        expect(code, `no embed code for ${id} on ${chapter.path}`).toBeTruthy();
        const snippet = decode(code!);
        const lang = langOf(chapter.path);
        expect(snippet).toMatch(new RegExp(`^<iframe src="${embedPath(lang, id!)}" title="[^"]+" width="100%" height="\\d+"`));
        expect(embeds.map((e) => e.path)).toContain(embedPath(lang, id!));
        // The snippet's title is the embed page's heading: the chart's title in the chapter's language.
        const embed = embeds.find((e) => e.path === embedPath(lang, id!))!;
        expect(snippet).toContain(
          `title="${decode(/<h1 class="embed__title">([^<]+)<\/h1>/.exec(embed.html)![1]!).replace(/"/g, '&quot;')}"`,
        );
        const height = Number(/height="(\d+)"/.exec(snippet)![1]);
        expect(height).toBeGreaterThanOrEqual(400);
        expect(height).toBeLessThanOrEqual(1200);
      }
    }
  });
});

describe('with SANCTUARY_SITE_URL set', () => {
  const site = 'https://sanctuary.example.org';
  let dir: string;
  let built: BuiltPage[];

  beforeAll(() => {
    dir = tempDir('sanctuary-site-url-');
    const result = astroBuild(dir, { SANCTUARY_SITE_URL: site });
    if (result.status !== 0) throw new Error(result.output);
    built = builtPages(dir).filter((p) => p.path !== '/404.html');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes canonical, og:url, image, JSON-LD and embed-snippet URLs absolute', () => {
    for (const page of built) {
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page.html)?.[1];
      expect(canonical, page.path).toBe(`${site}${page.path}`);
      expect(meta(page.html, 'og:url')).toBe(canonical);
      expect(meta(page.html, 'og:image')).toMatch(new RegExp(`^${site}/share/`));
      expect(meta(page.html, 'twitter:image')).toBe(meta(page.html, 'og:image'));
      expect(existsSync(fileOf(dir, meta(page.html, 'og:image')!))).toBe(true);
      if (page.isChapter) {
        const ld = jsonLd(page.html)!;
        expect(ld.image).toBe(meta(page.html, 'og:image'));
        expect(ld.url).toBe(canonical);
        for (const [, code] of page.html.matchAll(/-embed-code"[^>]*><code>([^<]*)<\/code>/g))
          expect(decode(code!)).toMatch(new RegExp(`^<iframe src="${site}${builtinPath('embed', langOf(page.path))}`));
      }
    }
  });
});
