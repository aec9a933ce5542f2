/**
 * With "reduce motion" set, a step change redraws the chart at once: no CSS transition or animation
 * runs on chart marks and nothing in the SVG moves after the first frames (d3 transitions included).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, pageUrl } from '../support/built-pages.ts';
import { connectBrowser } from '../support/browser.ts';
import { layOutWholePage, scrollStepToTrigger, settle, stepIds } from '../support/scroll.ts';

const baseUrl = inject('baseUrl');
const chapters = builtPages(inject('siteDir')).filter((p) => p.isChapter && /id="step-/.test(p.html));

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await connectBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

/** Chart marks with a non-zero transition or animation, and animations still running. */
function motionNow() {
  const moving: string[] = [];
  for (const el of document.querySelectorAll('svg, svg *')) {
    const style = getComputedStyle(el);
    const durations = [
      ...style.transitionDuration.split(','),
      ...(style.animationName === 'none' ? [] : style.animationDuration.split(',')),
    ];
    if (durations.some((d) => parseFloat(d) > 0))
      moving.push(
        `<${el.tagName}${el.id ? ` id=${el.id}` : ''} class="${el.getAttribute('class') ?? ''}"> transition ${style.transitionDuration}, animation ${style.animationName} ${style.animationDuration}`,
      );
  }
  const running = document
    .getAnimations()
    .filter((a) => a.playState === 'running')
    .map((a) => `${a.constructor.name} on ${(a.effect as KeyframeEffect | null)?.target?.tagName ?? '?'}`);
  return { moving: moving.slice(0, 10), running, svg: [...document.querySelectorAll('svg')].map((s) => s.outerHTML).join('\n') };
}

const twoFrames = (p: Page) => p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('reduced motion: charts change state without animating', () => {
  it('sets the shared motion duration to zero', async () => {
    await page.goto(new URL('/', baseUrl).href, { waitUntil: 'load' });
    const duration = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--motion-duration').trim());
    expect(parseFloat(duration), `--motion-duration is ${duration}`).toBe(0);
  });

  it.each(chapters.map((p) => [p.path, p] as const))('%s', async (path, chapter) => {
    await page.goto(pageUrl(baseUrl, chapter), { waitUntil: 'load' });
    // Every sequence set up (and its drawings fetched) first: what is measured is motion, not the network.
    await layOutWholePage(page);
    await settle(page, 100);
    const problems: string[] = [];
    for (const id of await stepIds(page)) {
      await scrollStepToTrigger(page, id);
      await twoFrames(page);
      await page.waitForTimeout(50);
      const soon = await page.evaluate(motionNow);
      await page.waitForTimeout(600);
      const later = await page.evaluate(motionNow);
      if (soon.moving.length) problems.push(`#${id}: ${soon.moving.join('; ')}`);
      if (soon.running.length) problems.push(`#${id}: animations running: ${soon.running.join(', ')}`);
      if (soon.svg !== later.svg) problems.push(`#${id}: the chart kept changing after the step change (a JS transition?)`);
    }
    expect(problems, `${path}:\n${problems.join('\n')}`).toEqual([]);
  });
});
