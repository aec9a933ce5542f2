/**
 * Scrolling a built page the way readers do, for the browser quality tests, and waiting until the
 * scroll-driven state (active step, chart transitions) has settled before anything is measured.
 */
import type { Page } from 'playwright-core';

/**
 * Waits two frames, then for CSS animations and transitions to finish, then past the longest motion.
 * Every wait is bounded: a page that paints no frame (a renderer busy or throttled) fails the test that
 * measures it, with its own message, instead of hanging the whole file until its timeout.
 */
export async function settle(page: Page, motionMs = 600): Promise<void> {
  const painted = await page.evaluate(
    (ms) =>
      new Promise<boolean>((resolve) => {
        const noFrame = setTimeout(() => resolve(false), 5000);
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            clearTimeout(noFrame);
            const running = document.getAnimations().map((a) => a.finished.catch(() => undefined));
            const timeout = new Promise((r) => setTimeout(r, 3000));
            // d3 transitions run on timers, not the Web Animations API: also wait past their duration.
            void Promise.race([Promise.all(running), timeout]).then(() => setTimeout(() => resolve(true), ms));
          }),
        );
      }),
    motionMs,
  );
  if (!painted) throw new Error(`settle: ${page.url()} painted no frame in 5 s`);
}

/** Ids of the page's scroll steps (`#step-…`, not their `-desc` descriptions), in document order. */
export function stepIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-step][id^="step-"]', (els) => els.map((el) => el.id));
}

/**
 * Puts a step's top just above scrollama's trigger line (the middle of the viewport), which makes it
 * the active step whichever direction the reader came from.
 */
export async function scrollStepToTrigger(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    const el = document.getElementById(stepId);
    if (!el) throw new Error(`no element #${stepId}`);
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, Math.max(0, top - window.innerHeight * 0.4));
  }, id);
}

export async function scrollToFraction(page: Page, fraction: number): Promise<void> {
  await page.evaluate((f) => {
    const max = document.documentElement.scrollHeight - window.innerHeight;
    window.scrollTo(0, Math.round(max * f));
  }, fraction);
}

/** Wheel turns in a row that may move nothing before the page counts as stuck. */
const MAX_STILL_WHEELS = 50;
/** Wheel turns that may pass before a page too long to wheel through counts as a failure. */
const MAX_WHEELS = 2000;

/** Scrolls from top to bottom with the mouse wheel in reader-sized increments, letting frames render. */
export async function wheelThrough(page: Page, delta = 250, pauseMs = 30): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(10, 10);
  let lastY = -1;
  let stillWheels = 0;
  for (let guard = 0; guard < MAX_WHEELS; guard++) {
    const { y, atBottom } = await page.evaluate(() => ({
      y: window.scrollY,
      atBottom: Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1,
    }));
    if (atBottom) return;
    // A wheel that moves nothing, again and again, is a page readers cannot scroll: say where, now.
    stillWheels = y === lastY ? stillWheels + 1 : 0;
    if (stillWheels >= MAX_STILL_WHEELS)
      throw new Error(`wheelThrough: ${page.url()} stopped scrolling at y = ${y} (${MAX_STILL_WHEELS} wheel turns moved nothing)`);
    lastY = y;
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(pauseMs);
  }
  throw new Error(`wheelThrough: ${page.url()} did not reach its end in ${MAX_WHEELS} wheel turns`);
}

/** Visits each step at the trigger line, in order, so that every chart state is drawn at least once. */
export async function visitEveryStep(page: Page, onStep?: (id: string) => Promise<void>): Promise<string[]> {
  const ids = await stepIds(page);
  for (const id of ids) {
    await scrollStepToTrigger(page, id);
    if (onStep) await onStep(id);
  }
  return ids;
}

/**
 * Scrolls through the whole page a screen at a time, then back to the top. A page lays out a block far
 * from the reader only when it comes near (content-visibility, src/styles/global.css), and the enhancer
 * sets a chart sequence up as the reader nears it: after this walk every block has its real size (so
 * positions read next in document coordinates stay true) and every sequence is set up and measured.
 */
export async function layOutWholePage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      window.scrollTo({ top: y, behavior: 'instant' });
      await frame();
    }
    window.scrollTo({ top: 0, behavior: 'instant' });
    await frame();
  });
  await everySequenceSetUp(page);
}

/** Waits until every chart sequence of the page carries the enhancer's mark `selector` (5 s at most). */
async function everySequenceMarked(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((mark) => [...document.querySelectorAll('[data-scrolly]')].every((s) => s.matches(mark)), selector, {
    timeout: 5000,
  });
}

/** Waits until the enhancer has set up every chart sequence of the page (each is marked `is-live`). */
export function everySequenceSetUp(page: Page): Promise<void> {
  return everySequenceMarked(page, '.is-live');
}

/** Waits until the enhancer has laid every chart sequence out ahead of the reader (src/client/lay-out-ahead.ts). */
export function everySequenceLaidOutAhead(page: Page): Promise<void> {
  return everySequenceMarked(page, '[data-laid-out-ahead]');
}
