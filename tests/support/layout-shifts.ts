/**
 * Layout shifts a reader would see, recorded from the first paint with the elements that moved, so a
 * failing test names what jumped (`li.legend-item in #opener`) rather than only how far.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface LayoutShift {
  value: number;
  moved: string;
}

function observeLayoutShifts() {
  const shifts: { value: number; moved: string }[] = [];
  (window as unknown as { __layoutShifts: typeof shifts }).__layoutShifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node: Node | null }[] })[]) {
      const moved = entry.sources.map((source) => {
        const el = source.node instanceof Element ? source.node : source.node?.parentElement;
        return el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} in #${el.closest('[id]')?.id ?? '?'}` : '?';
      });
      shifts.push({ value: Number(entry.value.toFixed(4)), moved: moved.join(', ') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Prepares a context so that every page it opens records its layout shifts from the first paint. */
export async function watchLayoutShifts(context: BrowserContext): Promise<void> {
  await context.addInitScript(observeLayoutShifts);
}

/** The shifts recorded so far on a page of a context prepared by `watchLayoutShifts`. */
export async function layoutShifts(page: Page): Promise<LayoutShift[]> {
  return page.evaluate(() => (window as unknown as { __layoutShifts: LayoutShift[] }).__layoutShifts);
}

export const totalShift = (shifts: LayoutShift[]) => shifts.reduce((sum, shift) => sum + shift.value, 0);
