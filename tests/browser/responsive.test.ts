/**
 * Reflow (WCAG 1.4.10): at 320 CSS pixels wide, the width of a 1280 px window zoomed to 400 %, no page
 * scrolls sideways. Chapters are checked at every scroll step too, since the sticky chart changes size
 * with the active step. Wide data tables may scroll inside their own box, never the page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, pageUrl } from '../support/built-pages.ts';
import { connectBrowser } from '../support/browser.ts';
import { scrollToFraction, settle, visitEveryStep } from '../support/scroll.ts';

const baseUrl = inject('baseUrl');
const pages = builtPages(inject('siteDir'));
const WIDTH = 320;

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await connectBrowser();
  // Reduced motion: each step's final layout is there at once, so the check need not wait out transitions.
  context = await browser.newContext({ viewport: { width: WIDTH, height: 640 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

/** The page's horizontal overflow, and the elements that stick out past the right edge, if any. */
function overflow() {
  const root = document.documentElement;
  const scrollable = Math.max(root.scrollWidth, document.body.scrollWidth) - root.clientWidth;
  const culprits: string[] = [];
  if (scrollable > 0) {
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.right <= root.clientWidth + 0.5) continue;
      // Inside a box that scrolls on its own (a wide table), sticking out is the intended behaviour.
      let parent = el.parentElement;
      let contained = false;
      while (parent && parent !== document.body) {
        const ox = getComputedStyle(parent).overflowX;
        if (ox === 'auto' || ox === 'scroll' || ox === 'hidden' || ox === 'clip') contained = true;
        parent = parent.parentElement;
      }
      if (!contained)
        culprits.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} right=${Math.round(rect.right)}`,
        );
      if (culprits.length >= 10) break;
    }
  }
  return { scrollable, culprits };
}

describe(`reflow at ${WIDTH} px (400 % zoom of 1280 px)`, () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s never scrolls sideways', async (path, builtPage) => {
    await page.goto(pageUrl(baseUrl, builtPage), { waitUntil: 'load' });
    await settle(page, 100);
    const failures: string[] = [];
    const check = async (where: string) => {
      const { scrollable, culprits } = await page.evaluate(overflow);
      if (scrollable > 0) failures.push(`${path} (${where}): ${scrollable}px of horizontal scroll; ${culprits.join(', ')}`);
    };
    await check('top');
    if (builtPage.isChapter) {
      await visitEveryStep(page, async (id) => {
        await settle(page, 100);
        await check(`#${id}`);
      });
      await scrollToFraction(page, 1);
      await settle(page, 100);
      await check('end');
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
});

/**
 * Every table on the page, its <details> opened: cells whose text breaks inside a word (a word's glyphs on
 * two lines), cells drawn over their neighbours, captions or tables reaching past the screen, and table
 * text under 12 px. A break after a hyphen, slash, dash or comma is a break between words.
 */
function tableProblems() {
  for (const details of document.querySelectorAll('details')) details.open = true;
  const width = document.documentElement.clientWidth;
  const problems: string[] = [];
  for (const table of document.querySelectorAll('table')) {
    const name = (table.caption?.textContent ?? '').trim().slice(0, 50);
    const box = table.closest('.table-scroll') ?? table;
    const right = Math.min(width, box.getBoundingClientRect().right);
    if (table.getBoundingClientRect().right > width + 0.5)
      problems.push(`"${name}" is ${Math.round(table.getBoundingClientRect().width)}px wide`);
    if (table.caption && table.caption.getBoundingClientRect().right > right + 0.5)
      problems.push(`"${name}": the caption is cut at the right edge`);
    const broken = new Set<string>();
    const spilled = new Set<string>();
    let smallest = Infinity;
    for (const cell of table.querySelectorAll('caption, th, td')) {
      // Whatever a cell draws (its text, a column label in front of it) stays inside it, off its neighbours.
      if (cell.scrollHeight > cell.clientHeight + 1) spilled.add((cell.textContent ?? '').trim().slice(0, 30));
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!text.trim() || node.parentElement!.getClientRects().length === 0) continue;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(node.parentElement!).fontSize));
        for (const word of text.matchAll(/[^\s\-–—/,;]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
          if (lines.size > 1) broken.add(word[0]);
        }
      }
    }
    if (broken.size > 0) problems.push(`"${name}" breaks words: ${[...broken].slice(0, 8).join(', ')}`);
    if (spilled.size > 0) problems.push(`"${name}" has cells drawn over their neighbours: ${[...spilled].slice(0, 5).join(' | ')}`);
    if (smallest < 12) problems.push(`"${name}" has ${smallest}px text`);
  }
  return problems;
}

describe(`tables at ${WIDTH} px`, () => {
  it('keep every word whole, their captions and cells on screen, and text at 12 px or more', async () => {
    const withTables = pages.filter((p) => /<table\b/.test(p.html));
    expect(withTables.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const builtPage of withTables) {
      await page.goto(pageUrl(baseUrl, builtPage), { waitUntil: 'load' });
      for (const problem of await page.evaluate(tableProblems)) failures.push(`${builtPage.path}: ${problem}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
