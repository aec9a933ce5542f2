/**
 * Charts laid out for phones and wide screens at build time, on the real build:
 * - every chart block (and each chapter's opener) carries its state drawn narrow (320) and wide (640),
 *   inline, so CSS shows the right one from the first paint with no script;
 * - every step picture is a <picture> of two SVG files (narrow by media query, wide otherwise),
 *   lazy-loaded with a text alternative, named by the hash of their content (so dist/_headers can cache
 *   them for good), and self-contained: their geometry, font and dark-mode colours are inside;
 * - each story chapter opens with its opener chart under the title, described for screen readers;
 * - the table under a chart shows exactly its human columns: csvOnly and other-language columns are
 *   in the CSV only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../support/built-pages.ts';
import { typeset } from '../../src/i18n/typography.ts';
import { REGISTRY } from '../../src/charts/registry.ts';
import { siteData } from '../../src/data/site-data.ts';
import { DRAW_LAYOUTS } from '../../src/components/chart-layouts.ts';
import { ASSETS_PREFIX, IMMUTABLE } from '../../src/integrations/security-headers.ts';
import { decodeEntities } from '../support/html-text.ts';

const siteDir = inject('siteDir');
const pages = builtPages(siteDir);
// An attribute in the markup, not a selector in the page's inline styles.
const chapters = pages.filter((p) => p.isChapter && /\sdata-chart="/.test(p.html));

const decode = decodeEntities;

/** The drawings inside each chart box of a page: the layouts named and their viewBox widths. */
function chartBoxes(html: string): { layouts: string[]; widths: number[] }[] {
  return [...html.matchAll(/<div class="chart-box">([\s\S]*?)<\/div>/g)].map((m) => {
    const roots = [...m[1]!.matchAll(/<svg\b[^>]*class="[^"]*chart-drawing[^"]*"[^>]*>/g)].map((r) => r[0]);
    return {
      layouts: roots.map((r) => /data-layout="([a-z]+)"/.exec(r)?.[1] ?? '?'),
      widths: roots.map((r) => Number(/viewBox="0 0 ([\d.]+) /.exec(r)?.[1])),
    };
  });
}

describe('two build-time layouts per chart', () => {
  it('draws every chart box narrow and wide, inline', () => {
    expect(chapters.length).toBeGreaterThan(2);
    for (const page of chapters) {
      const boxes = chartBoxes(page.html);
      expect(boxes.length, page.path).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box.layouts, page.path).toEqual(DRAW_LAYOUTS.map((l) => l.name));
        // A chart may lay out wider than asked (never narrower) when its text needs the room.
        box.widths.forEach((w, i) => expect(w, `${page.path} ${box.layouts[i]}`).toBeGreaterThanOrEqual(DRAW_LAYOUTS[i]!.width));
      }
    }
  });
});

describe('static step pictures', () => {
  const pictures = chapters.flatMap((page) =>
    [...page.html.matchAll(/<picture>([\s\S]*?)<\/picture>/g)].map((m) => ({ page: page.path, html: m[1]! })),
  );
  const files = readdirSync(join(siteDir, ASSETS_PREFIX)).filter((f) => f.endsWith('.svg'));

  it('are <picture>s: the narrow file for phones, the wide one otherwise, lazy, with sizes and a text alternative', () => {
    expect(pictures.length).toBeGreaterThan(10);
    for (const { page, html } of pictures) {
      const source = /<source media="([^"]+)" srcset="([^"]+)" width="(\d+(?:\.\d)?)" height="(\d+(?:\.\d)?)">/.exec(html);
      const img =
        /<img class="step-picture" src="([^"]+)" width="(\d+(?:\.\d)?)" height="(\d+(?:\.\d)?)" alt="([^"]*)" loading="lazy" decoding="async">/.exec(
          html,
        );
      expect(source, `${page}: ${html.slice(0, 200)}`).not.toBeNull();
      expect(img, `${page}: ${html.slice(0, 300)}`).not.toBeNull();
      expect(source![1]).toBe(DRAW_LAYOUTS[0]!.media);
      expect(source![2]).toMatch(/^\/_astro\/[a-z-]+-narrow\.[A-Za-z0-9]{12}\.svg$/);
      expect(img![1]).toMatch(/^\/_astro\/[a-z-]+-wide\.[A-Za-z0-9]{12}\.svg$/);
      // A picture that says all its text alternative says leaves it to the caption (next test).
      const chart = /\/_astro\/([a-z-]+)-wide\./.exec(img![1]!)![1]!;
      if (!REGISTRY[chart]!.picturesSayItAll) expect(decode(img![4]!).length).toBeGreaterThan(10);
    }
  });

  it('are read once: a picture that says all its text alternative says has an empty alt and the text alternative off the screen, others a name and the text shown', () => {
    // Police path, police contacts, estimates: under each step picture a grey caption repeated it word for word.
    let quiet = 0;
    for (const page of chapters) {
      for (const [, figure] of page.html.matchAll(/<figure class="step-figure">([\s\S]*?)<\/figure>/g)) {
        const chart = /\/_astro\/([a-z-]+)-wide\./.exec(figure!)![1]!;
        const alt = /<img class="step-picture"[^>]* alt="([^"]*)"/.exec(figure!)![1]!;
        const caption = /<figcaption class="([^"]+)" id="[^"]+">([\s\S]*?)<\/figcaption>/.exec(figure!)!;
        const text = decode(caption[2]!.replace(/<[^>]+>/g, '')).trim();
        expect(text.length, `${page.path} ${chart}`).toBeGreaterThan(20);
        if (REGISTRY[chart]!.picturesSayItAll) {
          expect([alt, caption[1]], `${page.path} ${chart}`).toEqual(['', 'step-desc visually-hidden']);
          quiet++;
        } else {
          expect(alt.length, `${page.path} ${chart}`).toBeGreaterThan(10);
          expect(caption[1], `${page.path} ${chart}`).toBe('step-desc');
        }
      }
    }
    expect(quiet).toBeGreaterThanOrEqual(2 * (5 + 6 + 4));
  });

  it('declare the size of the file they show, so the page reserves the right box; a short state gets a short phone picture', () => {
    const fileSize = (url: string) => {
      const svg = readFileSync(join(siteDir, url), 'utf8');
      return /^<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.slice(1, 3).map(Number);
    };
    const heights = new Map<string, number[]>();
    for (const { page, html } of pictures) {
      for (const [, url, width, height] of html.matchAll(/(?:src|srcset)="([^"]+\.svg)" width="([\d.]+)" height="([\d.]+)"/g)) {
        expect(fileSize(url!), `${page} ${url}`).toEqual([Number(width), Number(height)]);
        const chart = /\/([a-z-]+-(?:narrow|wide))\./.exec(url!)![1]!;
        heights.set(chart, [...(heights.get(chart) ?? []), Number(height)]);
      }
    }
    // These keep one height while they move; their phone pictures end under each step's own content, and
    // so do the wide ones of the police charts (a box of text, a short list).
    for (const chart of ['estimates', 'services', 'police-path', 'police-contacts']) {
      const narrow = heights.get(`${chart}-narrow`)!;
      expect(Math.min(...narrow), `${chart}: ${narrow.join(', ')}`).toBeLessThan(Math.max(...narrow) * 0.8);
      const wide = heights.get(`${chart}-wide`)!;
      if (chart.startsWith('police-')) expect(Math.min(...wide), `${chart}: ${wide.join(', ')}`).toBeLessThan(Math.max(...wide) * 0.8);
      else expect(new Set(wide).size, chart).toBe(1);
    }
  });

  it('are named by the hash of their content, so they can be cached for good', () => {
    const referenced = new Set(pictures.flatMap(({ html }) => [...html.matchAll(/(?:src|srcset)="\/_astro\/([^"]+)"/g)].map((m) => m[1]!)));
    for (const name of referenced) {
      expect(existsSync(join(siteDir, ASSETS_PREFIX, name)), name).toBe(true);
      const content = readFileSync(join(siteDir, ASSETS_PREFIX, name), 'utf8');
      const hash = createHash('sha256').update(content).digest('base64url').slice(0, 12).replace(/[-_]/g, 'x');
      expect(name, 'a changed picture gets a new name').toContain(`.${hash}.svg`);
    }
    const headers = readFileSync(join(siteDir, '_headers'), 'utf8');
    expect(headers).toContain(`${ASSETS_PREFIX}*\n  Cache-Control: ${IMMUTABLE}`);
  });

  it('are self-contained: every <use> target inside, the page font, dark colours, nothing from elsewhere', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) {
      const svg = readFileSync(join(siteDir, ASSETS_PREFIX, name), 'utf8');
      expect(svg, name).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*width="[\d.]+" height="[\d.]+"/);
      expect(svg, name).toContain('<style>svg{font-family:system-ui');
      expect(svg, name).toContain('@media (prefers-color-scheme: dark)');
      for (const [, target] of svg.matchAll(/href="#([^"]+)"/g)) expect(svg, `${name} uses #${target}`).toContain(`id="${target}"`);
      expect(svg, name).not.toMatch(/(?:href|src)="(?!#)|url\((?!#)/);
    }
  });
});

describe('chapter openers', () => {
  const story = pages.filter((p) => p.isChapter && /<p class="kicker">/.test(p.html));

  it('open each story chapter with a titled chart under the title, drawn narrow and wide, described for screen readers', () => {
    expect(story.length).toBeGreaterThanOrEqual(5);
    for (const page of story) {
      const head = /<header class="chapter-head">([\s\S]*?)<\/header>/.exec(page.html)?.[1] ?? '';
      const opener = /<figure class="chart-figure opener" id="opener"[^>]*>([\s\S]*?)<\/figure>/.exec(head)?.[1];
      expect(opener, `${page.path} has an opener in its header`).toBeDefined();
      expect(head.indexOf('<h1>'), page.path).toBeLessThan(head.indexOf('class="chart-figure opener"'));
      expect(head.indexOf('class="chart-figure opener"'), page.path).toBeLessThan(head.indexOf('<p class="summary">'));
      expect(chartBoxes(opener!)[0]?.layouts).toEqual(DRAW_LAYOUTS.map((l) => l.name));
      expect(opener).toMatch(/aria-labelledby="opener-desc"/);
      // A title above the picture says what it counts; the figure is named by it.
      expect(head, page.path).toMatch(/<figure class="chart-figure opener" id="opener" aria-labelledby="opener-title">/);
      const title = /<p class="chart-title opener__title" id="opener-title">([^<]+)<\/p>/.exec(opener!)?.[1] ?? '';
      expect(decode(title).length, page.path).toBeGreaterThan(20);
      expect(opener!.indexOf('id="opener-title"'), page.path).toBeLessThan(opener!.indexOf('<svg'));
      const desc = /<span class="[^"]*\bvisually-hidden\b[^"]*" id="opener-desc">([^<]+)<\/span>/.exec(opener!)?.[1] ?? '';
      expect(decode(desc).length, page.path).toBeGreaterThan(20);
    }
  });

  it('put the first chapter’s opening picture on each edition’s front page, after the answer, linked to that chapter', () => {
    const fronts = pages.filter((p) => /^\/(en|fr)\/$/.test(p.path));
    expect(fronts.map((p) => p.path).sort()).toEqual(['/en/', '/fr/']);
    for (const front of fronts) {
      const first = story.find((p) => p.path.startsWith(front.path) && /<p class="kicker">[^<]*\b1<\/p>/.test(p.html))!;
      expect(first, `chapter 1 of ${front.path}`).toBeDefined();
      const firstOpener = /<figure class="chart-figure opener" id="opener"[^>]*>[\s\S]*?<\/figure>/.exec(first.html)![0];
      const frontOpener = /<figure class="chart-figure opener" id="opener"[^>]*>[\s\S]*?<\/figure>/.exec(front.html)?.[0];
      expect(frontOpener, `${front.path} shows an opening picture`).toBeDefined();
      // The chapter's drawings and text alternative (the front page adds the shared map outline they use).
      const drawings = (figure: string) =>
        [...figure.matchAll(/<svg [^>]*class="chart [^"]*chart-drawing[\s\S]*?<\/svg>|<span [^>]*id="opener-desc">[^<]*/g)].map(
          (m) => m[0],
        );
      expect(drawings(firstOpener).length).toBeGreaterThanOrEqual(3);
      expect(drawings(frontOpener!)).toEqual(drawings(firstOpener));
      expect(front.html.indexOf('class="answer"'), front.path).toBeLessThan(front.html.indexOf('id="opener"'));
      expect(front.html.indexOf('id="opener"'), front.path).toBeLessThan(front.html.indexOf('id="contents"'));
      expect(front.html).toMatch(new RegExp(`<p class="front-picture__from"><a href="${first.path}">`));
    }
  });

  it('hold the first paint until the opener is parsed whole, and only that long', () => {
    for (const page of pages) {
      const expects = [...page.html.matchAll(/<link rel="expect" href="#([^"]+)" blocking="render">/g)].map((m) => m[1]);
      const hasOpener = page.html.includes('id="opener"');
      // A link naming an id the page lacks would hold the first paint until the whole page is parsed.
      expect(expects, page.path).toEqual(hasOpener ? ['opener'] : []);
      if (hasOpener) expect(page.html.indexOf('<link rel="expect"'), page.path).toBeLessThan(page.html.indexOf('<body'));
    }
    expect(story.every((page) => page.html.includes('<link rel="expect" href="#opener" blocking="render">'))).toBe(true);
  });
});

describe('tables under charts', () => {
  it('show the human columns only: csvOnly and other-language columns stay in the CSV', () => {
    const data = siteData();
    for (const page of chapters) {
      for (const m of page.html.matchAll(
        /data-chart="([a-z-]+)"[\s\S]*?<details class="chart-table">[\s\S]*?<thead>([\s\S]*?)<\/thead>/g,
      )) {
        const entry = REGISTRY[m[1]!]!;
        const heads = [...m[2]!.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((h) => decode(h[1]!));
        const lang = page.path.startsWith('/fr/') ? 'fr' : 'en';
        const expected = entry
          .table(data)
          .columns.filter((c) => !c.csvOnly && (c.lang === undefined || c.lang === lang))
          .map((c) => typeset(lang, c.label[lang]));
        expect(heads, `${page.path} ${m[1]}`).toEqual(expected);
      }
    }
  });

  it('scroll sideways in their own labelled, focusable box on a narrow screen', () => {
    for (const page of chapters) {
      for (const [box] of page.html.matchAll(/<section class="table-scroll"[^>]*>/g)) {
        expect(box).toMatch(/aria-label="[^"]+"/);
        expect(box).toMatch(/tabindex="0"/);
      }
    }
  });
});
