/**
 * Scrolling never makes the browser lay out a block it is skipping. Blocks far from the screen are not laid
 * out (content-visibility: auto, src/styles/global.css); reading the geometry of anything inside one lays
 * that block out there and then, a long task on a slow phone each time a scroll comes to rest. The
 * language switch (which finds the reader's place when a scroll rests) and each chart sequence (which
 * settles its step when a scroll ends) once measured every step of the page that way.
 * After every sequence is set up, a reader scrolls a little and stops; no script may read the geometry of
 * an element inside a skipped block meanwhile. Nor may a sequence's setup, which measures it, while a
 * reader wheels down to it from the top. Skipped blocks are known from the browser's own
 * contentvisibilityautostatechange events, so the check itself lays nothing out.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, pageUrl } from '../support/built-pages.ts';
import { connectBrowser } from '../support/browser.ts';
import { everySequenceLaidOutAhead, everySequenceSetUp, layOutWholePage, wheelThrough } from '../support/scroll.ts';

const baseUrl = inject('baseUrl');
const chapters = builtPages(inject('siteDir')).filter((p) => p.isChapter);
const withCardTables = chapters.filter((p) => p.html.includes('class="city-table"'));
const withSequences = chapters.filter((p) => p.html.includes('data-scrolly'));

interface ReadWatch {
  skipped: Set<Element>;
  recording: boolean;
  reads: string[];
}

function watchSkippedReads() {
  const watch: ReadWatch = { skipped: new Set(), recording: false, reads: [] };
  (window as unknown as { __watch: ReadWatch }).__watch = watch;
  // The event does not bubble; capturing on the document sees every block's.
  document.addEventListener(
    'contentvisibilityautostatechange',
    (event) => {
      const block = event.target as Element;
      if ((event as Event & { skipped: boolean }).skipped) watch.skipped.add(block);
      else watch.skipped.delete(block);
    },
    { capture: true },
  );
  const insideSkipped = (element: Element) => {
    for (let a = element.parentElement; a; a = a.parentElement) if (watch.skipped.has(a)) return true;
    return false;
  };
  const note = (element: Element, what: string) => {
    if (watch.recording && insideSkipped(element))
      watch.reads.push(
        `${what} of ${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''} (${new Error().stack?.split('\n')[3]?.trim()})`,
      );
  };
  for (const name of ['getBoundingClientRect', 'getClientRects'] as const) {
    const original = Element.prototype[name] as (this: Element) => unknown;
    Object.defineProperty(Element.prototype, name, {
      configurable: true,
      value(this: Element) {
        note(this, name);
        return original.call(this);
      },
    });
  }
  for (const name of ['offsetTop', 'offsetHeight', 'offsetWidth', 'offsetLeft'] as const) {
    const getter = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)!.get!;
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        note(this, name);
        return getter.call(this);
      },
    });
  }
}

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await connectBrowser();
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await context.addInitScript(watchSkippedReads);
});

afterAll(async () => {
  await browser?.close();
});

describe('scrolling a chapter', () => {
  it('finds chapters', () => {
    expect(chapters.length).toBeGreaterThan(4);
  });

  it.each(chapters.map((p) => [p.path, p] as const))('%s: a scroll coming to rest lays out no skipped block', async (_path, chapter) => {
    const page = await context.newPage();
    try {
      await page.goto(pageUrl(baseUrl, chapter), { waitUntil: 'load' });
      await everySequenceLaidOutAhead(page);
      await layOutWholePage(page);
      // Past the header, so the language switch looks for the reader's place when the scroll rests.
      await page.evaluate(() => window.scrollTo({ top: innerHeight * 1.5, behavior: 'instant' }));
      await page.waitForTimeout(600);
      const skippedBefore = await page.evaluate(() => (window as unknown as { __watch: ReadWatch }).__watch.skipped.size);
      expect(skippedBefore, 'blocks far from the screen are skipped').toBeGreaterThan(0);
      await page.evaluate(() => ((window as unknown as { __watch: ReadWatch }).__watch.recording = true));
      await page.mouse.move(20, 400);
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(600);
      const reads = await page.evaluate(() => (window as unknown as { __watch: ReadWatch }).__watch.reads);
      expect(reads).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('a chart sequence the reader scrolls towards', () => {
  it('is in chapters of both languages', () => {
    expect(new Set(withSequences.map((p) => p.path.slice(1, 3)))).toEqual(new Set(['en', 'fr']));
  });

  // Left to the browser, a sequence was laid out in the frame that scrolled it near the screen, with that
  // frame's paint: the last tasks over 50 ms while scrolling on a slow phone (src/client/lay-out-ahead.ts).
  it.each(withSequences.map((p) => [p.path, p] as const))(
    '%s: is laid out ahead of the reader once the page has loaded, and still skipped until near',
    async (_path, chapter) => {
      const page = await context.newPage();
      try {
        await page.goto(pageUrl(baseUrl, chapter), { waitUntil: 'load' });
        await everySequenceLaidOutAhead(page);
        const farBelow = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('[data-scrolly]')]
            .filter((s) => !s.classList.contains('is-live'))
            .map((s) => ({ id: s.id, skipped: !s.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }) })),
        );
        expect(farBelow.length, 'sequences far below the first screen').toBeGreaterThan(0);
        expect(
          farBelow.filter((s) => !s.skipped).map((s) => s.id),
          'still skipped by the browser',
        ).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  // Set up while the browser still skipped it, a sequence's first geometry read laid the whole of it out
  // inside the setup: one task of 80–110 ms on a CPU slowed 4× (src/client/enhance.ts sets them up later).
  it.each(withSequences.map((p) => [p.path, p] as const))('%s: is set up only once the browser lays it out', async (_path, chapter) => {
    const page = await context.newPage();
    try {
      await page.goto(pageUrl(baseUrl, chapter), { waitUntil: 'load' });
      // The reads that lay sequences out ahead of the reader, on purpose and in idle time, are over.
      await everySequenceLaidOutAhead(page);
      const waiting = await page.evaluate(() => document.querySelectorAll('[data-scrolly]:not(.is-live)').length);
      expect(waiting, 'sequences far below the first screen, not yet set up').toBeGreaterThan(0);
      await page.evaluate(() => ((window as unknown as { __watch: ReadWatch }).__watch.recording = true));
      await wheelThrough(page, 400, 30);
      await everySequenceSetUp(page);
      const reads = await page.evaluate(() => (window as unknown as { __watch: ReadWatch }).__watch.reads);
      expect(reads).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the city table on the smallest phone', () => {
  it('is in a chapter in each language', () => {
    expect(withCardTables.map((p) => p.path.slice(1, 3)).sort()).toEqual(['en', 'fr']);
  });

  // Its cards are the tallest at 320 px (and in French), so that is where the reserve is tightest.
  it.each(withCardTables.map((p) => [p.path, p] as const))(
    '%s: lays out each card only as the reader nears it, in a reserve at least its height',
    async (_path, chapter) => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      try {
        await page.goto(pageUrl(baseUrl, chapter), { waitUntil: 'load' });
        const cards = '.chapter-body > .table-scroll tbody > tr';
        const count = await page.locator(cards).count();
        expect(count, 'cards in the table').toBeGreaterThan(10);
        const atLoad = await page.evaluate(
          (selector) =>
            [...document.querySelectorAll(selector)].filter((card) =>
              card.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }),
            ).length,
          cards,
        );
        // A skipped card keeps its own box; what it skips is its content.
        expect(atLoad, 'cards laid out at load, far below the first screen').toBe(0);
        const reserved = await page.evaluate((selector) => {
          const card = document.querySelector<HTMLElement>(selector)!;
          const style = getComputedStyle(card);
          const px = (value: string) => parseFloat(value.split(' ').pop()!);
          return ['containIntrinsicHeight', 'paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth']
            .map((p) => px(style[p as 'paddingTop']))
            .reduce((a, b) => a + b, 0);
        }, cards);
        const heights = await page.evaluate(async (selector) => {
          const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const out: number[] = [];
          for (const card of document.querySelectorAll<HTMLElement>(selector)) {
            card.scrollIntoView({ block: 'center', behavior: 'instant' });
            await frame();
            out.push(card.getBoundingClientRect().height);
          }
          return out;
        }, cards);
        expect(heights.length).toBe(count);
        expect(Math.max(...heights), `tallest card against its reserve of ${reserved} px`).toBeLessThanOrEqual(reserved);
        expect(Math.min(...heights), 'cards laid out once near').toBeGreaterThan(100);
      } finally {
        await page.close();
      }
    },
  );
});
