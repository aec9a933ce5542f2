/**
 * Long tasks (main-thread work over 50 ms, which a reader feels as a stutter) while scrolling a chapter
 * on a CPU slowed 4× through the DevTools protocol, roughly a mid-range phone, and at full speed. Used by
 * `npm run bench` only: a wall-clock measurement depends on what else the machine is doing, so it is a
 * budget the benchmark reports, never a test that fails on a busy machine.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { settle, stepIds, visitEveryStep, wheelThrough } from './scroll.ts';

export const CPU_SLOWDOWN = 4;
export const LONG_TASK_MS = 50;

export interface LongTask {
  start: number;
  duration: number;
}

function observeLongTasks() {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Prepares a context so that every page it opens records its long tasks from the first script on. */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(observeLongTasks);
}

/**
 * Loads the page, lets it settle, then scrolls it top to bottom with the wheel and through every step at
 * the trigger line with the CPU throttled; returns the long tasks that happened during the scrolling.
 */
export async function longTasksWhileScrolling(
  context: BrowserContext,
  page: Page,
  url: string,
  slowdown: number = CPU_SLOWDOWN,
): Promise<LongTask[]> {
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, 300);
    // Playwright compiles its own helper script in the page the first time a selector is queried; at 4×
    // that is a long task of the harness, not of the page, so it happens before the clock starts.
    await stepIds(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    const start = await page.evaluate(() => performance.now());
    await wheelThrough(page, 200, 40);
    await visitEveryStep(page, () => page.waitForTimeout(150));
    await settle(page, 300);
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks);
    return tasks.filter((t) => t.start >= start && t.duration > LONG_TASK_MS);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}
