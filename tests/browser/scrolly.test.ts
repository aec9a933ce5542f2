/**
 * Scrollytelling in real Chromium, on a build with a fixture chapter that uses every scrolly chart:
 * each step at the trigger line shows its state, a fling lands on the right state, a #step- link and a
 * reload mid-chapter open on the right state, keyboard focus activates a step, a resting mouse hits the
 * chart and not its moving marks, reduced motion changes state without animating (and allowed motion
 * does animate, so that check can fail), every chart is there with JavaScript off, the phone layout has
 * no horizontal scroll, and no console error is logged.
 *
 * The expected state is drawn here by the chart module itself, in the layout on screen, so the test
 * follows the data and checks the drawings the build wrote for the enhancer.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser } from '../support/browser.ts';
import { startStaticServer } from '../support/static-server.ts';
import { layOutWholePage } from '../support/scroll.ts';
import { CHART_FIXTURE_PATH, fixtureSite } from '../support/chart-fixture-site.ts';
import { REGISTRY } from '../../src/charts/registry.ts';
import { DRAW_LAYOUTS } from '../../src/components/chart-layouts.ts';
import { realDataset } from '../unit/charts/fixtures.ts';
import { svgToString } from '../../src/charts/svg-string.ts';

let browser: Browser;
let server: Server;
let url: string;
const errors: string[] = [];

beforeAll(async () => {
  const build = await fixtureSite(inject('fixtureRoot'));
  ({ server, url } = await startStaticServer(build.dist));
  url = new URL(CHART_FIXTURE_PATH, url).href;
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function open(options: Parameters<Browser['newContext']>[0] = {}, hash = ''): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} (${page.url()})`);
  });
  page.on('pageerror', (e) => errors.push(`${e.message} (${page.url()})`));
  await page.goto(url + hash, { waitUntil: 'load' });
  if (options.javaScriptEnabled === false) return { context, page };
  // A linked page is read where the link lands: only the sequence it points into is set up at once.
  if (hash)
    await page.waitForFunction(
      (id) => document.getElementById(id)?.closest('[data-scrolly]')?.classList.contains('is-live'),
      hash.slice(1),
    );
  else await layOutWholePage(page);
  return { context, page };
}

const frames = (page: Page, n = 2) =>
  page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
        next(count);
      }),
    n,
  );

/** Puts the step's top just past the enhancer's trigger line (the line the page says it uses). */
async function toTrigger(page: Page, stepId: string): Promise<void> {
  await page.evaluate((id) => {
    const step = document.getElementById(id)!;
    const trigger = Number(step.closest<HTMLElement>('[data-scrolly]')!.dataset.trigger);
    window.scrollTo({ top: window.scrollY + step.getBoundingClientRect().top - trigger + 4, behavior: 'instant' });
  }, stepId);
  await frames(page, 3);
}

interface Snapshot {
  readonly active: string | undefined;
  readonly keys: string[];
  readonly year: string | null;
  readonly lit: number;
}

function snapshot(page: Page, scrollyId: string): Promise<Snapshot> {
  return page.evaluate((id) => {
    const section = document.getElementById(id)!;
    const svg = [...section.querySelectorAll('.chart-box svg.chart-drawing')].find((el) => el.getClientRects().length > 0)!;
    const live = [...svg.querySelectorAll('[data-key]')].filter((el) => !el.hasAttribute('data-leaving'));
    return {
      active: section.dataset.activeStep,
      keys: live
        .map((el) => el.getAttribute('data-key')!)
        .filter((k) => k.startsWith('city:') || k.startsWith('item:'))
        .sort(),
      year: svg.querySelector('[data-key="year"]')?.textContent ?? null,
      lit: svg.querySelectorAll('[data-on="1"]').length,
    };
  }, scrollyId);
}

/** What the chart module draws for a step's state in the layout the graphic shows. */
async function expected(page: Page, scrollyId: string, stepId: string): Promise<Omit<Snapshot, 'active'>> {
  const { chart, state, layout } = await page.evaluate(
    ({ id, step }) => {
      const section = document.getElementById(id)!;
      const shown = [...section.querySelectorAll<SVGSVGElement>('.chart-box svg.chart-drawing')].find(
        (svg) => svg.getClientRects().length > 0,
      );
      return {
        chart: section.dataset.chart!,
        state: JSON.parse(document.getElementById(step)!.dataset.state!) as unknown,
        layout: shown?.dataset.layout ?? '',
      };
    },
    { id: scrollyId, step: stepId },
  );
  const entry = REGISTRY[chart]!;
  const width = DRAW_LAYOUTS.find((l) => l.name === layout)!.width;
  const data = entry.select(realDataset(), { instanceId: `shared-${chart}` });
  const markup = svgToString(entry.module.render(data, state, { width, height: Math.round(width * entry.module.aspect(width)) }, 'en'));
  return {
    keys: [...markup.matchAll(/data-key="((?:city|item):[^"]+)"/g)].map((m) => m[1]!).sort(),
    year: /data-key="year"[^>]*>(\d{4})</.exec(markup)?.[1] ?? null,
    lit: (markup.match(/data-on="1"/g) ?? []).length,
  };
}

const SEQUENCES = [
  {
    id: 'fixture-map',
    steps: [
      'step-fixture-map-2013',
      'step-fixture-map-2014',
      'step-fixture-map-2017',
      'step-fixture-map-2017-again',
      'step-fixture-map-2022',
    ],
  },
  { id: 'fixture-timeline', steps: ['step-fixture-timeline-all', 'step-fixture-timeline-council', 'step-fixture-timeline-police'] },
];

describe('scrolling a chapter', () => {
  it('shows each step’s state when that step reaches the trigger line, going down and back up', async () => {
    const { context, page } = await open();
    const seen: string[] = [];
    for (const { id, steps } of SEQUENCES) {
      for (const stepId of [...steps, ...[...steps].reverse()]) {
        await toTrigger(page, stepId);
        const now = await snapshot(page, id);
        expect(now.active, `active step at ${stepId}`).toBe(stepId);
        expect({ keys: now.keys, year: now.year, lit: now.lit }, `chart at ${stepId}`).toEqual(await expected(page, id, stepId));
        seen.push(`${now.keys.length}/${now.year}/${now.lit}`);
      }
    }
    // The states really differ: the test would fail if the chart never moved.
    expect(new Set(seen).size).toBeGreaterThan(4);
    await context.close();
  });

  it('lands on the right state after a fling that crosses several steps between two frames', async () => {
    const { context, page } = await open();
    await toTrigger(page, 'step-fixture-map-2013');
    await toTrigger(page, 'step-fixture-map-2022');
    expect((await snapshot(page, 'fixture-map')).year).toBe((await expected(page, 'fixture-map', 'step-fixture-map-2022')).year);
    await page.mouse.move(300, 300);
    await page.mouse.wheel(0, -30000);
    await page.waitForTimeout(300);
    await toTrigger(page, 'step-fixture-map-2013');
    expect((await snapshot(page, 'fixture-map')).active).toBe('step-fixture-map-2013');
    await context.close();
  });

  it('opens a #step- link on that step’s state, and follows an in-page step link', async () => {
    const { context, page } = await open({}, '#step-fixture-map-2017');
    const now = await snapshot(page, 'fixture-map');
    expect(now.active).toBe('step-fixture-map-2017');
    expect(now.year).toBe('2017');
    await page.click('a.step-link[href="#step-fixture-timeline-police"]', { force: true }).catch(async () => {
      await page.evaluate(() => (location.hash = '#step-fixture-timeline-police'));
    });
    await frames(page, 3);
    expect((await snapshot(page, 'fixture-timeline')).active).toBe('step-fixture-timeline-police');
    await context.close();
  });

  it('opens a #step- link on a phone with the step’s card below the pinned chart, where it is read', async () => {
    const { context, page } = await open(
      { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
      '#step-fixture-map-2017',
    );
    // The browser scrolls to a link's target again as the page finishes loading: wait past that.
    await page.waitForTimeout(800);
    await frames(page, 3);
    const at = await page.evaluate(() => {
      const step = document.getElementById('step-fixture-map-2017')!;
      const section = step.closest<HTMLElement>('[data-scrolly]')!;
      const graphic = section.querySelector('.scrolly__graphic')!;
      return {
        sticky: getComputedStyle(graphic).position === 'sticky',
        chartBottom: graphic.getBoundingClientRect().bottom,
        cardTop: step.getBoundingClientRect().top,
        trigger: Number(section.dataset.trigger),
        active: section.dataset.activeStep,
      };
    });
    expect(at.sticky).toBe(true);
    expect(at.active).toBe('step-fixture-map-2017');
    expect(at.cardTop).toBeGreaterThanOrEqual(at.chartBottom);
    expect(at.cardTop).toBeLessThanOrEqual(at.trigger);
    await context.close();
  });

  it('keeps the state after a reload mid-chapter', async () => {
    const { context, page } = await open();
    await toTrigger(page, 'step-fixture-map-2014');
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(300);
    const now = await snapshot(page, 'fixture-map');
    expect(now.active).toBe('step-fixture-map-2014');
    expect(now.year).toBe('2014');
    await context.close();
  });

  it('activates a step when its link gets keyboard focus', async () => {
    const { context, page } = await open();
    await page.focus('a.step-link[href="#step-fixture-map-2014"]');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await frames(page, 3);
    expect((await snapshot(page, 'fixture-map')).active).toBe('step-fixture-map-2014');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#step-fixture-map-2014');
    await context.close();
  });

  it('hides the moving picture from screen readers and keeps each step’s description in the page', async () => {
    const { context, page } = await open();
    const state = await page.evaluate(() => {
      const section = document.getElementById('fixture-map')!;
      return {
        hidden: section.querySelector('.scrolly__graphic .chart-box')!.getAttribute('aria-hidden'),
        desc: document.getElementById('step-fixture-map-2014-desc')!.textContent!.trim(),
        stepPictureShown: section.querySelector('.step-figure img')!.getClientRects().length > 0,
        // Lazy pictures that are not shown are never fetched by readers of the live chart.
        stepPicturesFetched: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.svg') && r.name.includes('/_astro/'))
          .length,
      };
    });
    expect(state.hidden).toBe('true');
    expect(state.desc).toMatch(/end of 2014/);
    expect(state.stepPictureShown).toBe(false);
    expect(state.stepPicturesFetched).toBe(0);
    await context.close();
  });
});

describe('pointer', () => {
  it('lets a mouse resting on the live chart hit the picture, not the marks that move under it', async () => {
    const { context, page } = await open();
    await toTrigger(page, 'step-fixture-map-2017');
    const hits = await page.evaluate(() => {
      const svg = [...document.querySelectorAll('#fixture-map .chart-box svg.chart-drawing')].find((el) => el.getClientRects().length > 0)!;
      const marks = [...svg.querySelectorAll('[data-key]')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 2 && r.height > 2 && r.top > 0 && r.bottom < innerHeight;
      });
      return marks.slice(0, 8).map((mark) => {
        const r = mark.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { key: mark.getAttribute('data-key'), hitSvgItself: hit === svg };
      });
    });
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits) expect(hit).toEqual({ key: hit.key, hitSvgItself: true });
    await context.close();
  });
});

describe('motion', () => {
  async function animationsAfterStep(reducedMotion: 'reduce' | 'no-preference') {
    const { context, page } = await open({ reducedMotion });
    await toTrigger(page, 'step-fixture-map-2013');
    await page.waitForTimeout(700);
    await toTrigger(page, 'step-fixture-map-2017');
    const result = await page.evaluate(() => {
      const svg = document.querySelector('#fixture-map .chart-box svg.chart-drawing--wide')!;
      return { running: svg.getAnimations({ subtree: true }).length, year: svg.querySelector('[data-key="year"]')?.textContent };
    });
    await context.close();
    return result;
  }

  it('changes state at once under reduced motion', async () => {
    const result = await animationsAfterStep('reduce');
    expect(result).toEqual({ running: 0, year: '2017' });
  });

  it('glides between states when motion is allowed', async () => {
    const result = await animationsAfterStep('no-preference');
    expect(result.running).toBeGreaterThan(0);
    expect(result.year).toBe('2017');
  });

  // Switching transitions off restyles every mark, once as it goes off and once as it comes back on;
  // setting viewBox, even to the value it has, lays the whole drawing out again.
  it('switches transitions off for a change made at once, not when the drawing already shows the step, and never sets an unchanged viewBox', async () => {
    async function setUpAt(stepId: string): Promise<{ switchedOff: number; sameViewBox: number; year: string | null | undefined }> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'no-preference' });
      await context.addInitScript(() => {
        const seen = { switchedOff: 0, sameViewBox: 0 };
        (window as unknown as { seen: typeof seen }).seen = seen;
        new MutationObserver((records) => {
          for (const { target, attributeName, oldValue } of records) {
            if (!(target instanceof SVGSVGElement) || !target.closest('#fixture-map .chart-box')) continue;
            if (attributeName === 'class' && target.classList.contains('is-instant')) seen.switchedOff++;
            if (attributeName === 'viewBox' && oldValue === target.getAttribute('viewBox')) seen.sameViewBox++;
          }
        }).observe(document, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['class', 'viewBox'] });
      });
      const page = await context.newPage();
      await page.goto(`${url}#${stepId}`, { waitUntil: 'load' });
      await page.waitForFunction((id) => document.getElementById('fixture-map')?.dataset.activeStep === id, stepId);
      // The drawings' file arrives, the state is applied, and two frames later transitions are back on.
      await page.waitForTimeout(400);
      await frames(page, 3);
      // Then the reader moves on a step, and the drawing glides.
      await toTrigger(page, 'step-fixture-map-2017');
      await page.waitForTimeout(400);
      const result = await page.evaluate(() => ({
        ...(window as unknown as { seen: { switchedOff: number; sameViewBox: number } }).seen,
        year: document.querySelector('#fixture-map .chart-box svg.chart-drawing--wide [data-key="year"]')?.textContent,
      }));
      await context.close();
      return result;
    }
    // The page is built with each drawing in its last step's state (2022).
    expect(await setUpAt('step-fixture-map-2022')).toEqual({ switchedOff: 0, sameViewBox: 0, year: '2017' });
    const jumpedBack = await setUpAt('step-fixture-map-2013');
    expect(jumpedBack.switchedOff).toBeGreaterThan(0);
    expect(jumpedBack).toMatchObject({ sameViewBox: 0, year: '2017' });
  });
});

describe('without JavaScript', () => {
  it('shows each sequence flat: every step’s picture (a cached SVG file) and description, the figure and the tables', async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    // Lazy pictures load as they come near the screen: walk the page down first.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 600) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(30);
    }
    await page.waitForLoadState('networkidle');
    const report = await page.evaluate(() => {
      const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).display !== 'none';
      return {
        mainShown: [...document.querySelectorAll('.scrolly .chart-box')].map(shown),
        figure: [...document.querySelectorAll('[data-chart-figure] svg.chart-drawing')].filter(shown).length,
        paperOnlyShown: [...document.querySelectorAll('.step-picture-print')].filter(shown).length,
        steps: [...document.querySelectorAll<HTMLImageElement>('.step-figure img.step-picture')].map((img) => ({
          src: img.currentSrc,
          loaded: img.complete && img.naturalWidth > 0,
          width: img.getBoundingClientRect().width,
          alt: img.alt,
        })),
        descs: [...document.querySelectorAll('.step-desc')].map((d) => (d as HTMLElement).offsetHeight > 0 && d.textContent!.length > 20),
        tables: document.querySelectorAll('details.chart-table table').length,
        live: document.querySelectorAll('.is-live').length,
      };
    });
    expect(report.mainShown).toEqual([false, false]);
    expect(report.figure).toBe(1);
    expect(report.steps.length).toBe(4 + 3);
    // Each step's phone drawing for paper stays off the screen.
    expect(report.paperOnlyShown).toBe(0);
    for (const step of report.steps) {
      expect(step.src).toMatch(/\/_astro\/(map|timeline)-wide\.[A-Za-z0-9]+\.svg$/);
      expect(step.loaded, step.src).toBe(true);
      expect(step.width).toBeGreaterThan(300);
      expect(step.alt.length).toBeGreaterThan(5);
    }
    expect(report.descs.every(Boolean)).toBe(true);
    expect(report.tables).toBe(3);
    expect(report.live).toBe(0);
    await context.close();
  });

  it('picks the narrow picture file on a phone', async () => {
    const { context, page } = await open({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await page.evaluate(() => document.querySelector('.step-figure img')!.scrollIntoView());
    await page.waitForLoadState('networkidle');
    const src = await page.evaluate(() => document.querySelector<HTMLImageElement>('.step-figure img')!.currentSrc);
    expect(src).toMatch(/\/_astro\/map-narrow\.[A-Za-z0-9]+\.svg$/);
    await context.close();
  });
});

describe('layout', () => {
  it.each([320, 375, 768, 1024, 1920])(
    'has no horizontal scroll at %i px and keeps a picture of the step in view while it is read',
    async (width) => {
      const { context, page } = await open({ viewport: { width, height: 760 } });
      await toTrigger(page, 'step-fixture-map-2017');
      // Pinned: the sticky graphic is on screen at the trigger line. Flat (a chart too tall for the sticky
      // area at this size): the step's own picture, under its text, comes on screen with it.
      const flat = await page.evaluate(
        () => getComputedStyle(document.querySelector('#fixture-map .scrolly__graphic')!).position !== 'sticky',
      );
      if (flat)
        await page.evaluate(() => document.querySelector('#step-fixture-map-2017 .step-figure img')!.scrollIntoView({ block: 'nearest' }));
      const m = await page.evaluate((isFlat) => {
        const shown = isFlat
          ? document.querySelector('#step-fixture-map-2017 .step-figure img')!
          : [...document.querySelectorAll('#fixture-map .chart-box svg.chart-drawing')].find((el) => el.getClientRects().length > 0)!;
        const r = shown.getBoundingClientRect();
        return { scrollWidth: document.documentElement.scrollWidth, innerWidth, top: r.top, bottom: r.bottom, height: r.height };
      }, flat);
      expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
      expect(m.top).toBeGreaterThanOrEqual(-1);
      expect(m.bottom).toBeLessThanOrEqual(761);
      expect(m.height).toBeGreaterThan(120);
      if (!flat) expect((await snapshot(page, 'fixture-map')).active).toBe('step-fixture-map-2017');
      await context.close();
    },
  );

  it('gives the other drawing the current step once the window crosses the phone layout, both ways', async () => {
    const { context, page } = await open({ viewport: { width: 1280, height: 800 } });
    const layouts: string[] = [];
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(viewport);
      await frames(page, 3);
      await toTrigger(page, 'step-fixture-map-2014');
      const active = (await snapshot(page, 'fixture-map')).active;
      expect(active).toBe('step-fixture-map-2014');
      await expect
        .poll(async () => {
          const now = await snapshot(page, 'fixture-map');
          return { keys: now.keys, year: now.year, lit: now.lit };
        })
        .toEqual(await expected(page, 'fixture-map', active!));
      layouts.push(
        await page.evaluate(
          () =>
            [...document.querySelectorAll<SVGSVGElement>('#fixture-map .chart-box svg.chart-drawing')].find(
              (svg) => svg.getClientRects().length > 0,
            )!.dataset.layout!,
        ),
      );
    }
    // The page built in the last step's state: 2014 on screen means the enhancer drew it in each layout.
    expect((await expected(page, 'fixture-map', 'step-fixture-map-2014')).year).not.toBe(
      (await expected(page, 'fixture-map', 'step-fixture-map-2022')).year,
    );
    expect(layouts).toEqual(['wide', 'narrow', 'wide']);
    await context.close();
  });

  it('does not shift the layout when the enhancer starts', async () => {
    const { context, page } = await open();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBeLessThan(0.05);
    await context.close();
  });
});

describe('console', () => {
  it('logged no error in any of the above', () => {
    expect(errors).toEqual([]);
  });
});
