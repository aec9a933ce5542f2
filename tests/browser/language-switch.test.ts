/**
 * The language switch keeps the reader's place (src/client/language-switch.ts): after a scroll comes to
 * rest, the link to the other edition names the step or section heading the reader has reached, also
 * when blocks above and below are skipped by the browser (content-visibility), and following it lands on
 * the same place in the other language; on the educators' pages, whose section ids carry each chapter's
 * translated slug, it names the same section of the same chapter, and keeps a section a link led to.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser } from '../support/browser.ts';
import { scrollStepToTrigger, stepIds } from '../support/scroll.ts';
import { builtinPath } from '../../src/i18n/routes.ts';
import { twinId } from '../../src/client/language-switch.ts';

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

describe('the language switch on the educators’ pages', () => {
  const EN = builtinPath('educators', 'en');
  const FR = builtinPath('educators', 'fr');
  // Chapter 3's sections, named after its slug in each language; a wide screen, where a short section
  // such as the discussion questions lets the next heading past the middle of the screen too.
  const pairs = [
    ['police-cooperation-discussion', 'la-cooperation-policiere-discussion'],
    ['police-cooperation-key-points', 'la-cooperation-policiere-key-points'],
    ['police-cooperation-activity', 'la-cooperation-policiere-activity'],
    ['where-things-stand-cite', 'ou-en-sont-les-villes-cite'],
  ] as const;

  for (const [en, fr] of pairs) {
    it(`leads from #${en} to #${fr} and back, each a heading of its page`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      try {
        for (const [from, to] of [
          [`${EN}#${en}`, `${FR}#${fr}`],
          [`${FR}#${fr}`, `${EN}#${en}`],
        ] as const) {
          await page.goto(new URL(from, baseUrl).href, { waitUntil: 'load' });
          await rest(page);
          expect(await switchHref(page)).toBe(to);
          await page.goto(new URL(to, baseUrl).href, { waitUntil: 'load' });
          const id = to.split('#')[1]!;
          expect(await page.evaluate((i) => document.getElementById(i)?.matches('h2, h3') ?? false, id), to).toBe(true);
        }
      } finally {
        await page.close();
      }
    });
  }

  it('names the section a reader has scrolled to, in the other language’s words', async () => {
    const page = await context.newPage();
    try {
      await page.goto(new URL(EN, baseUrl).href, { waitUntil: 'load' });
      await page.evaluate(() => {
        const heading = document.getElementById('police-cooperation-steps')!;
        window.scrollTo({ top: heading.getBoundingClientRect().top + scrollY - innerHeight * 0.4, behavior: 'instant' });
      });
      await rest(page);
      expect(await switchHref(page)).toBe(`${FR}#la-cooperation-policiere-steps`);
      // Scrolled on by the reader, the linked section gives way to where the reader now is.
      await page.goto(new URL(`${EN}#police-cooperation-key-points`, baseUrl).href, { waitUntil: 'load' });
      await rest(page);
      await page.evaluate(() => {
        const heading = document.getElementById('police-cooperation-activity')!;
        window.scrollTo({ top: heading.getBoundingClientRect().top + scrollY - innerHeight * 0.4, behavior: 'instant' });
      });
      await rest(page);
      expect(await switchHref(page)).toBe(`${FR}#la-cooperation-policiere-activity`);
    } finally {
      await page.close();
    }
  });

  it('maps every section of the English page to one the French page has, and back', async () => {
    const page = await browser.newPage();
    try {
      const sections = async (path: string) => {
        await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
        return page.$$eval('main [data-twin-id-prefix] :is(h2, h3)[id]', (headings) =>
          headings.map((h) => {
            const block = h.closest<HTMLElement>('[data-twin-id-prefix]')!;
            return { id: h.id, prefix: block.dataset.idPrefix!, twin: block.dataset.twinIdPrefix! };
          }),
        );
      };
      const en = await sections(EN);
      const fr = await sections(FR);
      expect(en.length).toBeGreaterThanOrEqual(5 * 6);
      expect(en.map((h) => twinId(h.id, h.prefix, h.twin)).sort()).toEqual(fr.map((h) => h.id).sort());
      expect(fr.map((h) => twinId(h.id, h.prefix, h.twin)).sort()).toEqual(en.map((h) => h.id).sort());
    } finally {
      await page.close();
    }
  });
});
