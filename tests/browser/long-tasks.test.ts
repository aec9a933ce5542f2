/**
 * Performance budget in the browser tier: scrolling any chapter on a CPU slowed 4× produces no long task
 * (no main-thread task over 50 ms). It checks a budget, not a duration, so it is stable on slow CI.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, pageUrl } from '../support/built-pages.ts';
import { launchChromium } from '../support/chromium.ts';
import { CPU_SLOWDOWN, LONG_TASK_MS, longTasksWhileScrolling, recordLongTasks } from '../support/long-tasks.ts';

const baseUrl = inject('baseUrl');
const chapters = builtPages(inject('siteDir')).filter((p) => p.isChapter);

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  // A phone-sized window: the layout where the sticky chart redraws most.
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await recordLongTasks(context);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe(`no long task over ${LONG_TASK_MS} ms while scrolling, CPU slowed ${CPU_SLOWDOWN}×`, () => {
  it('finds at least one chapter', () => {
    expect(chapters.length).toBeGreaterThan(0);
  });

  it.each(chapters.map((p) => [p.path, p] as const))('%s', async (path, chapter) => {
    // A second pass tells the page's own work from another process taking the CPU on a shared 2-core
    // runner: a task the page causes comes back; a one-off stall from outside does not.
    let tasks = await longTasksWhileScrolling(context, page, pageUrl(baseUrl, chapter));
    if (tasks.length > 0) tasks = await longTasksWhileScrolling(context, page, pageUrl(baseUrl, chapter));
    const described = tasks.map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.start)} ms`);
    expect(described, `${path}: long tasks while scrolling (second pass)`).toEqual([]);
  });
});
