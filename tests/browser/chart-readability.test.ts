/**
 * Charts that read on a phone, measured in real Chromium on the real build, for every chart state the
 * chapters show (each scroll step, each figure, each chapter's opener), in five ways of reading:
 * 320 and 390 px phones, a 1280 px desktop, 200 % zoom (640 × 450) and a phone with JavaScript off.
 *
 * - Text: the smallest chart text on screen (font size × the drawing's on-screen scale) is ≥ 11 px.
 *   Live drawings are read from the DOM; a static step picture (an SVG file in an <img>) is fetched and
 *   its font sizes scaled by the picture's shown width over its drawn width.
 * - Cards never hide what they talk about: with the chart pinned (sticky layout), at each step's entry
 *   (its top just past the trigger line), middle and exit (just before the next step takes over), at
 *   most 10 % of the chart's on-screen marks (circles, rects, paths and uses in a [data-key] mark) have a
 *   step card on top of their centre (document.elementFromPoint). In the flat layout (zoom, no script,
 *   a chart too tall for the sticky area) each step's own picture is checked, scrolled into view.
 *
 * Every failure of a mode is collected and reported at once, naming page, step and position.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, pageUrl } from '../support/built-pages.ts';
import { connectBrowser } from '../support/browser.ts';
import { layOutWholePage } from '../support/scroll.ts';
import { liveTextSizes } from '../support/chart-text.ts';

const MIN_TEXT_PX = 11;
const MAX_COVERED = 0.1;

const baseUrl = inject('baseUrl');
const chapters = builtPages(inject('siteDir')).filter(
  (p) => p.isChapter && /<(section|figure)\b[^>]*\bclass="[^"]*\b(scrolly|chart-figure)\b/.test(p.html),
);

interface Mode {
  readonly name: string;
  readonly viewport: { width: number; height: number };
  readonly js: boolean;
}

const MODES: readonly Mode[] = [
  { name: 'phone 320', viewport: { width: 320, height: 640 }, js: true },
  { name: 'phone 390', viewport: { width: 390, height: 844 }, js: true },
  { name: 'desktop 1280', viewport: { width: 1280, height: 800 }, js: true },
  { name: 'zoom 200 %', viewport: { width: 640, height: 450 }, js: true },
  { name: 'no JavaScript 390', viewport: { width: 390, height: 844 }, js: false },
];

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const frames = (page: Page, n = 3) =>
  page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
        next(count);
      }),
    n,
  );

/**
 * Keys (the part before ":" or "-") of what is not a data mark: the basemap, axes, ticks, grids, lanes,
 * leader lines, labels, titles and backgrounds. Whatever else carries a data-key is a mark.
 */
const STRUCTURE_KEYS = [
  'base',
  'axis',
  'tick',
  'grid',
  'lane',
  'laneline',
  'lanes',
  'leader',
  'label',
  'labels',
  'title',
  'note',
  'count',
  'year',
  'period',
  'y',
  'band',
  'highlight',
  'section',
  'group',
  'marks',
  'legend',
];

/** Share of the pinned chart's on-screen marks that have a step card on top of their centre. */
function coveredShare(page: Page, scrollyId: string): Promise<{ marks: number; covered: number }> {
  return page.evaluate(
    ({ id, structure }) => {
      const section = document.getElementById(id)!;
      const svg = [...section.querySelectorAll<SVGSVGElement>('.scrolly__graphic svg.chart-drawing')].find(
        (el) => el.getClientRects().length > 0,
      );
      if (!svg) return { marks: 0, covered: 0 };
      const frame = svg.getBoundingClientRect();
      let marks = 0;
      let covered = 0;
      for (const el of svg.querySelectorAll('circle, rect, path, use, polygon')) {
        const keyed = el.closest('[data-key]');
        if (!keyed || el.closest('[data-leaving]')) continue;
        if (structure.includes(keyed.getAttribute('data-key')!.split(/[:-]/)[0]!)) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        // A shape over a quarter of the chart is a background or a band, not a mark.
        if (r.width * r.height > (frame.width * frame.height) / 4) continue;
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        marks++;
        const hit = document.elementFromPoint(x, y);
        if (hit?.closest('.step')) covered++;
      }
      return { marks, covered };
    },
    { id: scrollyId, structure: STRUCTURE_KEYS },
  );
}

interface StepInfo {
  readonly id: string;
  readonly scrolly: string;
  readonly sticky: boolean;
  readonly hasPicture: boolean;
}

function stepsOf(page: Page): Promise<StepInfo[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].flatMap((section) => {
      const sticky = getComputedStyle(section.querySelector('.scrolly__graphic')!).position === 'sticky';
      return [...section.querySelectorAll<HTMLElement>('[data-step]')].map((step) => ({
        id: step.id,
        scrolly: section.id,
        sticky,
        hasPicture: step.querySelector('.step-figure img') !== null,
      }));
    }),
  );
}

/** Scroll positions (document y) of a step's entry, middle and exit in the sticky layout. */
function readingPositions(page: Page, stepId: string): Promise<[string, number][]> {
  return page.evaluate((id) => {
    const step = document.getElementById(id)!;
    const section = step.closest<HTMLElement>('[data-scrolly]')!;
    const trigger = Number(section.dataset.trigger);
    const top = step.getBoundingClientRect().top + scrollY;
    const next = step.nextElementSibling?.matches('[data-step]') ? step.nextElementSibling : null;
    const end = next ? next.getBoundingClientRect().top + scrollY : top + step.getBoundingClientRect().height;
    const entry = top - trigger + 2;
    const exit = end - trigger - 2;
    return [
      ['entry', entry],
      ['middle', (entry + exit) / 2],
      ['exit', exit],
    ];
  }, stepId);
}

/** The smallest text in a static picture file, scaled to the size the <img> is shown at. */
function pictureTextSize(page: Page, stepId: string): Promise<{ px: number; covered: number; samples: number }> {
  return page.evaluate(async (id) => {
    const img = document.getElementById(id)!.querySelector<HTMLImageElement>('.step-figure img')!;
    img.scrollIntoView({ block: 'center', behavior: 'instant' });
    if (!img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
    const source = await (await fetch(img.currentSrc)).text();
    const svg = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
    const drawnWidth = Number(svg.getAttribute('viewBox')!.split(/\s+/)[2]);
    const shownWidth = img.getBoundingClientRect().width;
    let min = Infinity;
    for (const text of svg.querySelectorAll('text')) {
      if ((text.textContent ?? '').trim() === '') continue;
      const sized = text.closest('[font-size]');
      const size = sized ? parseFloat(sized.getAttribute('font-size')!) : 16;
      min = Math.min(min, size);
    }
    // Nothing may sit on top of the picture while it is read: sample a grid over its visible part.
    const r = img.getBoundingClientRect();
    let samples = 0;
    let covered = 0;
    for (let i = 1; i < 8; i++) {
      for (let j = 1; j < 8; j++) {
        const x = r.left + (r.width * i) / 8;
        const y = r.top + (r.height * j) / 8;
        if (y < 0 || y >= innerHeight) continue;
        samples++;
        if (document.elementFromPoint(x, y) !== img) covered++;
      }
    }
    return { px: Math.round(((min * shownWidth) / drawnWidth) * 10) / 10, covered, samples };
  }, stepId);
}

async function checkPage(page: Page, path: string, failures: string[], seen: { states: number; marks: number }): Promise<void> {
  for (const { where, px } of await liveTextSizes(page, '[data-chart-figure], .opener')) {
    seen.states++;
    if (px < MIN_TEXT_PX) failures.push(`${path} ${where}: smallest chart text ${px} px`);
  }
  for (const step of await stepsOf(page)) {
    if (step.sticky) {
      for (const [position, y] of await readingPositions(page, step.id)) {
        await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
        await frames(page);
        const active = await page.evaluate((id) => document.getElementById(id)!.dataset.activeStep, step.scrolly);
        if (active !== step.id) failures.push(`${path} #${step.id} (${position}): the chart shows ${active}, not this step`);
        const { marks, covered } = await coveredShare(page, step.scrolly);
        seen.marks += marks;
        if (marks > 0 && covered / marks > MAX_COVERED)
          failures.push(`${path} #${step.id} (${position}): ${covered} of ${marks} marks under a card`);
        if (position === 'middle') {
          seen.states++;
          for (const { px } of await liveTextSizes(page, `#${step.scrolly}`)) {
            if (px < MIN_TEXT_PX) failures.push(`${path} #${step.id}: smallest chart text ${px} px`);
          }
        }
      }
    } else if (step.hasPicture) {
      seen.states++;
      const { px, covered, samples } = await pictureTextSize(page, step.id);
      if (px < MIN_TEXT_PX) failures.push(`${path} #${step.id} (flat picture): smallest chart text ${px} px`);
      if (samples > 0 && covered / samples > MAX_COVERED)
        failures.push(`${path} #${step.id} (flat picture): ${covered} of ${samples} points covered`);
    }
  }
}

describe('charts that read on a phone: text ≥ 11 px, cards over ≤ 10 % of the marks', () => {
  it('finds chapters with charts', () => {
    expect(chapters.length).toBeGreaterThan(2);
  });

  it.each(MODES.map((m) => [m.name, m] as const))(
    '%s',
    async (_name, mode) => {
      const context: BrowserContext = await browser.newContext({
        viewport: mode.viewport,
        javaScriptEnabled: mode.js,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      const failures: string[] = [];
      const seen = { states: 0, marks: 0 };
      try {
        for (const chapter of chapters) {
          await page.goto(pageUrl(baseUrl, chapter), { waitUntil: 'load' });
          if (mode.js) await layOutWholePage(page);
          await checkPage(page, chapter.path, failures, seen);
        }
      } finally {
        await context.close();
      }
      // The walk really measured something: a test that saw no chart could not fail.
      expect(seen.states).toBeGreaterThan(10);
      if (mode.js && mode.name !== 'zoom 200 %') expect(seen.marks).toBeGreaterThan(100);
      expect(failures, `${mode.name}:\n${failures.join('\n')}`).toEqual([]);
    },
    600_000,
  );
});
