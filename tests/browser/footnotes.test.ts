/**
 * Footnotes that do not pull the reader away: with JavaScript off, a footnote number opens its source in
 * place (tap or Enter), the note's links come next in the Tab order, and Escape or the close button puts
 * the reader back where they were, without leaving the page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const CHAPTER = '/en/what-is-a-sanctuary-city/';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await connectBrowser();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false, hasTouch: true });
  page = await context.newPage();
  await page.goto(new URL(CHAPTER, baseUrl).href, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
});

const noteOpen = (index: number) =>
  page.evaluate((i) => document.querySelectorAll('.chapter-body .cite__note')[i]!.matches(':popover-open'), index);

describe('a footnote without JavaScript', () => {
  it('opens its source in place on a tap, and closes with its close button', async () => {
    const url = page.url();
    const ref = page.locator('.chapter-body .cite__ref').nth(1);
    await ref.scrollIntoViewIfNeeded();
    await ref.tap();
    expect(await noteOpen(1)).toBe(true);
    const note = page.locator('.chapter-body .cite__note').nth(1);
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/Read it at \S+/);
    await note.locator('.cite__close').tap();
    expect(await noteOpen(1)).toBe(false);
    expect(page.url(), 'the reader stays on the page').toBe(url);
  });

  it('opens with Enter, takes Tab into the note, and closes with Escape', async () => {
    const ref = page.locator('.chapter-body .cite__ref').first();
    await ref.focus();
    await page.keyboard.press('Enter');
    expect(await noteOpen(0)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.cite__note') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await noteOpen(0)).toBe(false);
  });

  it('gives each footnote number a box a finger can hit', async () => {
    const box = await page.locator('.chapter-body .cite__ref').first().boundingBox();
    expect(box!.height).toBeGreaterThan(10);
    expect(box!.width).toBeGreaterThan(8);
  });
});

/**
 * A page with JavaScript off at a width, every block laid out. "Where things stand" by default: over a
 * hundred sources under its timeline make several lines of numbers, and its prose cites a source in
 * almost every paragraph.
 */
async function laidOutPage(width: number, path = '/en/where-things-stand/'): Promise<{ chapter: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 844 }, javaScriptEnabled: false });
  const chapter = await context.newPage();
  await chapter.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  await chapter.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('*{content-visibility:visible!important}');
    document.adoptedStyleSheets = [sheet];
  });
  return { chapter, close: () => context.close() };
}

describe('a run of source numbers', () => {
  it('wraps between numbers, never before a comma, on a phone (chart notes and prose)', async () => {
    const { chapter, close } = await laidOutPage(390);
    const found = await chapter.evaluate(() => {
      // Each comma against the number before it, in reading order, whatever the markup around them.
      let number: Element | undefined;
      let commas = 0;
      let lineStarts = 0;
      for (const el of document.querySelectorAll('main .cite :is(a, .cite__ref, [aria-hidden="true"])')) {
        if (el.closest('.cite__note')) continue;
        if (el.textContent !== ',') number = el;
        else if (number && el.getClientRects().length > 0) {
          commas++;
          if (el.getBoundingClientRect().top > number.getBoundingClientRect().bottom - 2) lineStarts++;
        }
      }
      return { commas, lineStarts };
    });
    await close();
    expect(found.commas).toBeGreaterThan(100);
    expect(found.lineStarts).toBe(0);
  });

  // The chapter's prose, and footnotes after text from the CSV files: glossary definitions and the
  // versions in each conflict between sources (in a cell shown in English on a French page, too).
  const CITING_PAGES = [
    { path: '/en/where-things-stand/', atLeast: 40 },
    { path: '/en/glossary/', atLeast: 15 },
    { path: '/fr/glossaire/', atLeast: 15 },
    { path: '/en/methods/', atLeast: 5 },
    { path: '/fr/methodes/', atLeast: 5 },
  ];
  it.each(CITING_PAGES.map((p) => [p.path, p.atLeast] as const))(
    'never starts a line with a footnote number on %s: the word before it comes along (phone and desktop)',
    async (path, atLeast) => {
      for (const width of [320, 390, 1280]) {
        const { chapter, close } = await laidOutPage(width, path);
        const found = await chapter.evaluate(() => {
          const lastText = (node: Node | null): Node | null => {
            if (!node || node.nodeType === Node.TEXT_NODE) return node;
            for (let child = node.lastChild; child; child = child.previousSibling) {
              const text = lastText(child);
              if (text) return text;
            }
            return null;
          };
          let cites = 0;
          const alone: string[] = [];
          for (const cite of document.querySelectorAll('main .cite')) {
            // The text just before the numbers, however deep in the element before them (a cell
            // shown in the other language is a span); numbers first in their box (a table cell) or
            // after a space are meant to start where they are.
            const sibling = cite.previousSibling;
            const before = sibling?.nodeType === Node.TEXT_NODE ? sibling : lastText(sibling);
            const number = cite.querySelector('a, .cite__ref');
            if (!before || !/\S$/.test(before.textContent!) || !number?.getClientRects().length) continue;
            const lastCharacter = document.createRange();
            lastCharacter.setStart(before, before.textContent!.length - 1);
            lastCharacter.setEnd(before, before.textContent!.length);
            cites++;
            if (number.getBoundingClientRect().top > lastCharacter.getBoundingClientRect().bottom - 2)
              alone.push(before.textContent!.slice(-30));
          }
          return { cites, alone };
        });
        await close();
        expect(found.cites, `${width} px`).toBeGreaterThanOrEqual(atLeast);
        expect(found.alone, `${width} px`).toEqual([]);
      }
    },
  );
});
