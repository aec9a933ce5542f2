/** Chart text as a reader sees it: its size on screen, after every CSS and SVG scaling. */
import type { Page } from 'playwright-core';

/** Smallest on-screen size (px) of the chart text in the shown drawing of each element `selector` matches, by its id. */
export function liveTextSizes(page: Page, selector: string): Promise<{ where: string; px: number }[]> {
  return page.evaluate((sel) => {
    const out: { where: string; px: number }[] = [];
    for (const host of document.querySelectorAll<HTMLElement>(sel)) {
      const svg = [...host.querySelectorAll<SVGSVGElement>('svg.chart-drawing')].find((el) => el.getClientRects().length > 0);
      if (!svg) continue;
      let min = Infinity;
      for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
        if ((text.textContent ?? '').trim() === '' || text.getClientRects().length === 0) continue;
        const m = text.getScreenCTM();
        if (!m) continue;
        const scale = Math.hypot(m.a, m.b);
        min = Math.min(min, parseFloat(getComputedStyle(text).fontSize) * scale);
      }
      if (Number.isFinite(min)) out.push({ where: host.id || host.className, px: Math.round(min * 10) / 10 });
    }
    return out;
  }, selector);
}
