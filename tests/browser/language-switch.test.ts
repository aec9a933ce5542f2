/**
 * The language switch keeps the reader's place (src/client/language-switch.ts): after a scroll comes to
 * rest, the link to the other edition names the step or section heading the reader has reached, also
 * when blocks above and below are skipped by the browser (content-visibility), and following it lands on
 * the same place in the other language.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser } from '../support/browser.ts';
import { scrollStepToTrigger, stepIds } from '../support/scroll.ts';

const baseUrl = inject('baseUrl');
const CHAPTER = '/en/what-is-a-sanctuary-city/';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await connectBrowser();
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
});

afterAll(async () => {
  await browser?.close();
});

const switchHref = (page: Page) => page.$eval('header a[data-lang-switch]', (a) => a.getAttribute('href') ?? '');

/** Waits past the switch's rest delay, and a scroll's end. */
const rest = (page: Page) => page.waitForTimeout(500);

describe('the language switch', () => {
  it('names the step the reader has reached, and keeps it while the reader goes back up to the header', async () => {
    const page = await context.newPage();
    try {
      await page.goto(new URL(CHAPTER, baseUrl).href, { waitUntil: 'load' });
      const steps = await stepIds(page);
      expect(steps.length).toBeGreaterThan(4);
      const step = steps[Math.floor(steps.length / 2)]!;
      await scrollStepToTrigger(page, step);
      await rest(page);
      expect(await switchHref(page)).toMatch(new RegExp(`^/fr/[^#]+/#${step}$`));
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await rest(page);
      expect(await switchHref(page)).toMatch(new RegExp(`#${step}$`));
    } finally {
      await page.close();
    }
  });

  it('names the section heading reached after a sequence the browser now skips, and lands there in French', async () => {
    const page = await context.newPage();
    try {
      await page.goto(new URL(CHAPTER, baseUrl).href, { waitUntil: 'load' });
      // The last section heading that follows a chart sequence: the sequence is far above, skipped.
      const heading = await page.evaluate(() => {
        const headings = [...document.querySelectorAll<HTMLElement>('main h2[id]')].filter((h) => h.offsetParent !== null);
        const sequences = [...document.querySelectorAll('[data-scrolly]')];
        const after = headings.filter((h) => sequences.some((s) => s.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING));
        const target = after.at(-1)!;
        window.scrollTo({ top: target.getBoundingClientRect().top + scrollY - innerHeight * 0.4, behavior: 'instant' });
        return target.id;
      });
      await rest(page);
      const skippedSequences = await page.evaluate(
        () =>
          [...document.querySelectorAll('[data-scrolly] [data-step]')].filter((s) => !s.checkVisibility({ contentVisibilityAuto: true }))
            .length,
      );
      expect(skippedSequences, 'steps above are skipped by the browser').toBeGreaterThan(0);
      const href = await switchHref(page);
      expect(href).toMatch(new RegExp(`^/fr/[^#]+/#${heading}$`));
      await page.goto(new URL(href, baseUrl).href, { waitUntil: 'load' });
      expect(await page.evaluate((id) => document.getElementById(id)?.matches('h2') ?? false, heading)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('survives a mistyped address', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(new URL(`${CHAPTER}#%E0`, baseUrl).href, { waitUntil: 'load' });
      const step = (await stepIds(page))[2]!;
      await scrollStepToTrigger(page, step);
      await rest(page);
      expect(errors).toEqual([]);
      expect(await switchHref(page)).toMatch(new RegExp(`#${step}$`));
    } finally {
      await page.close();
    }
  });
});
