/**
 * What a chapter's markup costs a reader with JavaScript on a phone (390 × 844): the number of DOM
 * elements once loaded, and Chromium's own style-recalculation and layout time (DevTools Performance
 * metrics) for loading the page and for wheeling through it to the end. Compares builds, e.g. before
 * and after a change to how charts are written into the page:
 *   node bench/dom-cost.ts dist [other-dist …]
 */
import { launchChromium } from '../tests/support/chromium.ts';
import { builtPages } from '../tests/support/built-pages.ts';
import { wheelThrough } from '../tests/support/scroll.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
import { textTable } from './table.ts';
import { PHONE } from './phone.ts';

export interface DomCost {
  readonly path: string;
  readonly elements: number;
  readonly svgElements: number;
  readonly loadStyleMs: number;
  readonly loadLayoutMs: number;
  readonly scrollStyleMs: number;
  readonly scrollLayoutMs: number;
}

export async function domCosts(dist: string): Promise<DomCost[]> {
  const { server, url } = await startStaticServer(dist, { compress: true });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ ...PHONE, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => {
      const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
      return { style: get('RecalcStyleDuration') * 1000, layout: get('LayoutDuration') * 1000 };
    };
    const out: DomCost[] = [];
    for (const chapter of builtPages(dist).filter((p) => p.isChapter)) {
      await page.goto('about:blank');
      const start = await metrics();
      await page.goto(new URL(chapter.path, url).href, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const loaded = await metrics();
      const counts = await page.evaluate(() => ({
        elements: document.getElementsByTagName('*').length,
        svg: document.querySelectorAll('svg, svg *').length,
      }));
      await wheelThrough(page, 400, 20);
      const scrolled = await metrics();
      out.push({
        path: chapter.path,
        elements: counts.elements,
        svgElements: counts.svg,
        loadStyleMs: loaded.style - start.style,
        loadLayoutMs: loaded.layout - start.layout,
        scrollStyleMs: scrolled.style - loaded.style,
        scrollLayoutMs: scrolled.layout - loaded.layout,
      });
    }
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    console.error('usage: node bench/dom-cost.ts <dist> [<other dist> …]');
    process.exit(2);
  }
  for (const dir of dirs) {
    const costs = await domCosts(dir);
    console.log(
      textTable({
        title: `DOM size and style/layout time, 390 × 844 with JavaScript: ${dir}`,
        head: ['chapter', 'elements', 'in SVG', 'load style', 'load layout', 'scroll style', 'scroll layout'],
        rows: costs.map((c) => [
          c.path,
          String(c.elements),
          String(c.svgElements),
          `${c.loadStyleMs.toFixed(0)} ms`,
          `${c.loadLayoutMs.toFixed(0)} ms`,
          `${c.scrollStyleMs.toFixed(0)} ms`,
          `${c.scrollLayoutMs.toFixed(0)} ms`,
        ]),
      }),
    );
  }
  process.exit(0);
}
