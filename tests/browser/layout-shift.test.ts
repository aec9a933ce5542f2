/**
 * No layout shift while a chapter loads on a slow phone. With the CPU slowed 4× and a slow 4G link (the
 * conditions of Lighthouse's mobile preset, at its 412 × 823 viewport), Chromium paints a long page before
 * it has parsed all of it, so whatever the enhancer changes once it starts is a change readers see, and
 * Chromium counts a sticky chart whose layout changes as a shift even far below the screen. (Before the
 * enhancer set sequences up as the reader nears them, French chapter 1 measured 0.66 here, and 0 on a
 * fast machine.) Every chapter in both languages, and both front pages (which show chapter 1’s opening
 * picture), loaded at the top as a reader arriving from a link.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, pageUrl, type BuiltPage } from '../support/built-pages.ts';
import { connectBrowser } from '../support/browser.ts';
import { breaksAfterLegendSwatches, startStallingServer } from '../support/stalling-server.ts';
import { layoutShifts, watchLayoutShifts } from '../support/layout-shifts.ts';

const baseUrl = inject('baseUrl');
const pages = builtPages(inject('siteDir'));
const chapters = pages.filter((p) => p.isChapter);
/** The chapters and the front pages, which show chapter 1's opening picture. */
const withOpener = pages.filter((p) => p.html.includes('id="opener"'));

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await connectBrowser();
  context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 });
  await watchLayoutShifts(context);
});

afterAll(async () => {
  await browser?.close();
});

describe('a chapter loading on a slow phone', () => {
  it('finds chapters', () => {
    expect(chapters.length).toBeGreaterThan(4);
  });

  it.each([...chapters, ...withOpener.filter((p) => !p.isChapter)].map((p) => [p.path, p] as const))(
    '%s does not shift',
    async (_path, chapter) => {
      const page = await context.newPage();
      try {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 150,
          downloadThroughput: (1.6e6 / 8) * 0.9,
          uploadThroughput: (750e3 / 8) * 0.9,
        });
        await page.goto(pageUrl(baseUrl, chapter), { waitUntil: 'load' });
        // Past the enhancer's start and the step drawings it fetches.
        await page.waitForTimeout(1500);
        const shifts = await layoutShifts(page);
        expect(shifts).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});

/**
 * The same, with the page held up on the network right after each swatch of the opening picture's
 * legend: the break a slow link can put there at random (it did, once in a few loads, on the federal
 * chapter), placed on purpose so the partial legend is painted every time.
 */
describe('a chapter whose opening legend arrives in pieces', () => {
  const withLegend = withOpener
    .map((chapter) => ({ chapter, breaks: breaksAfterLegendSwatches(chapter.html, openerLegendStart(chapter.html)) }))
    .filter(({ breaks }) => breaks.length > 0);

  it('finds opening legends, on chapters and front pages', () => {
    expect(withLegend.length).toBeGreaterThan(2);
    expect(withLegend.filter(({ chapter }) => /^\/(en|fr)\/$/.test(chapter.path)).length).toBe(2);
  });

  it.each(withLegend.flatMap(({ chapter, breaks }) => [320, 412].map((width) => [chapter.path, width, chapter, breaks] as const)))(
    '%s at %i px does not shift, and shows its legend once whole',
    async (_path, width, chapter, breaks) => {
      await expectNoShiftLoadingInPieces(chapter, width, breaks, 200, async (page) => {
        expect(await page.locator('#opener .chart-legend').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
      });
    },
  );
});

/**
 * The site header and the first linked section heading held after each of their tags and each character
 * of their text: a pause inside a word leaves the language switch (which grows leftward from the right
 * edge) or a link (which wraps once whole) at a partial width (it did once in CI, on the French about
 * page), and a pause inside a heading's "#" link left it on a lower baseline. One page a language: the
 * header and the section links are the same on every page of a language.
 */
describe('a page whose site header and first section heading arrive in pieces', () => {
  const onePerLanguage = ['en', 'fr'].map((lang) => chapters.find((chapter) => chapter.path.startsWith(`/${lang}/`))!);

  it.each(onePerLanguage.flatMap((chapter) => [320, 412, 1280].map((width) => [chapter.path, width, chapter] as const)))(
    '%s at %i px does not shift',
    async (_path, width, chapter) => {
      const breaks = [
        ...breaksInside(chapter.html, '<header class="site-header"', '</header>'),
        ...breaksInside(chapter.html, '<div class="section-heading', '</div>'),
        // The "On this page" heading sits on other margins than the first one (it once moved 3 px when its
        // "#" link arrived, in CI on the French about page).
        ...breaksInside(chapter.html, '<nav class="on-this-page"', '</div>'),
      ];
      expect(breaks.length).toBeGreaterThan(80);
      expect(chapter.html, 'the page measured has an "On this page" list').toContain('<nav class="on-this-page"');
      await expectNoShiftLoadingInPieces(chapter, width, breaks, 25, async (page) => {
        expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
        expect(
          await page
            .locator('.section-link')
            .first()
            .evaluate((el) => getComputedStyle(el).visibility),
        ).toBe('visible');
      });
    },
  );
});

/**
 * Every linked heading on every page, in the three states a slow link can leave it in: its "#" link not
 * yet begun, begun but empty, and whole. Laid out the same in all three, it cannot move as the link
 * arrives, wherever on the page the network pauses (a written "#" once left 48 headings, those of the
 * sources-disagree boxes, 3 px lower until it came).
 */
describe('a linked heading whose "#" link has not arrived yet', () => {
  const linked = pages.filter((p) => p.html.includes('class="section-link"'));

  it('finds linked headings on every chapter and more pages', () => {
    expect(chapters.filter((chapter) => !linked.includes(chapter))).toEqual([]);
    expect(linked.length).toBeGreaterThan(chapters.length);
  });

  it.each(linked.flatMap((built) => [320, 1280].map((width) => [built.path, width, built] as const)))(
    '%s at %i px keeps each one in place',
    async (_path, width, built) => {
      const plain = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
      try {
        const page = await plain.newPage();
        await page.goto(pageUrl(baseUrl, built), { waitUntil: 'load' });
        const moved = await page.evaluate(() => {
          const found: string[] = [];
          const rows = document.querySelectorAll<HTMLElement>('.section-heading');
          for (const row of rows) {
            const heading = row.querySelector<HTMLElement>(':scope > :is(h2, h3)')!;
            const link = row.querySelector<HTMLElement>(':scope > .section-link')!;
            const top = () => heading.getBoundingClientRect().top + window.scrollY;
            const whole = top();
            const content = [...link.childNodes];
            link.replaceChildren();
            const empty = top();
            link.remove();
            const absent = top();
            row.append(link);
            link.append(...content);
            if (empty !== whole || absent !== whole)
              found.push(`#${heading.id}: ${absent - whole} px before its link, ${empty - whole} px with it empty`);
          }
          return { found, count: rows.length };
        });
        expect(moved.count).toBeGreaterThan(0);
        expect(moved.found).toEqual([]);
      } finally {
        await plain.close();
      }
    },
  );
});

/** Serves the page in pieces (a pause after each break), loads it at this width, and expects no layout shift. */
async function expectNoShiftLoadingInPieces(
  built: BuiltPage,
  width: number,
  breaks: number[],
  pauseMs: number,
  thenCheck: (page: Page) => Promise<void>,
) {
  const stalled = await startStallingServer(baseUrl, { path: built.path, html: built.html, breaks, pauseMs });
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width, height: 823 });
    await page.goto(new URL(built.path, stalled.url).href, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const shifts = await layoutShifts(page);
    expect(shifts).toEqual([]);
    await thenCheck(page);
  } finally {
    await page.close();
    stalled.server.close();
  }
}

function breaksInside(html: string, from: string, to: string): number[] {
  const start = html.indexOf(from);
  const end = html.indexOf(to, start);
  if (start < 0) return [];
  const breaks: number[] = [];
  let inText = false;
  for (let at = start; at < end; at++) {
    if (html[at] === '<') inText = false;
    if (inText || html[at] === '>') breaks.push(at + 1);
    if (html[at] === '>') inText = true;
  }
  return breaks;
}

function openerLegendStart(html: string): number {
  const opener = html.indexOf('id="opener"');
  const legend = opener < 0 ? -1 : html.indexOf('<ul class="chart-legend"', opener);
  return legend > 0 && legend < html.indexOf('</figure>', opener) ? legend : -1;
}
