/**
 * A keyboard-only walk through every chapter: Tab alone reaches every control and every scroll step, in
 * document order, and the focused element always shows a focus indicator, is on screen and is not
 * hidden under sticky content (WCAG 2.2: 2.1.1, 2.4.3, 2.4.7, 2.4.11).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, pageUrl } from '../support/built-pages.ts';
import { connectBrowser } from '../support/browser.ts';
import { settle } from '../support/scroll.ts';

const baseUrl = inject('baseUrl');
const pages = builtPages(inject('siteDir'));
const chapters = pages.filter((p) => p.isChapter);

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await connectBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

interface FocusStop {
  index: number;
  label: string;
  problem?: string;
}

/** Numbers every element in document order, and lists what Tab should reach. */
function prepare() {
  const all = [...document.querySelectorAll('*')];
  (window as unknown as { __order: Map<Element, number> }).__order = new Map(all.map((el, i) => [el, i]));
  const label = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const tabbable = all.filter((el) => {
    if (!(el instanceof HTMLElement || el instanceof SVGElement)) return false;
    if (el.closest('[inert]')) return false;
    if ((el as HTMLElement).tabIndex < 0) return false;
    const natural = el.matches(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], iframe, audio[controls], video[controls], [contenteditable="true"]',
    );
    if (!natural) return false;
    if (el.matches(':disabled')) return false;
    // Content of a closed <details> keeps its boxes in Chromium (content-visibility) but is not focusable.
    const closed = el.closest('details:not([open])');
    if (closed && !(el.matches('summary') && el.parentElement === closed)) return false;
    return el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false });
  });
  return {
    expected: tabbable.map((el) => ({ index: all.indexOf(el), label: label(el) })),
    positiveTabindex: all.filter((el) => (el as HTMLElement).tabIndex > 0).map(label),
    steps: [...document.querySelectorAll('[data-step][id^="step-"]')].map((el) => ({
      id: el.id,
      index: all.indexOf(el),
      end: all.indexOf(el) + el.querySelectorAll('*').length,
    })),
  };
}

/** Where focus is now, and whether a sighted keyboard user can see it. */
function inspectFocus(): FocusStop | null {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const order = (window as unknown as { __order: Map<Element, number> }).__order;
  const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const style = getComputedStyle(el);
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
  const problems: string[] = [];
  if (!outlined && !shadowed) problems.push('no visible focus indicator (outline and box-shadow are none)');
  const rect = el.getClientRects()[0] ?? el.getBoundingClientRect();
  const inView = rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth && rect.width > 0 && rect.height > 0;
  if (!inView) {
    problems.push(
      `not in the viewport (rect ${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)})`,
    );
  } else {
    // Focus Not Obscured: some point of the element's visible box must be the element itself, not a sticky layer.
    const top = Math.max(rect.top, 0);
    const bottom = Math.min(rect.bottom, innerHeight);
    const left = Math.max(rect.left, 0);
    const right = Math.min(rect.right, innerWidth);
    const points = [
      [(left + right) / 2, (top + bottom) / 2],
      [left + 2, top + 2],
      [right - 2, bottom - 2],
      [left + 2, bottom - 2],
      [right - 2, top + 2],
    ];
    const hits = points.map(([x, y]) => document.elementFromPoint(x!, y!));
    const visible = hits.some((hit) => hit !== null && (hit === el || el.contains(hit) || hit.contains(el)));
    if (!visible) {
      const cover = hits[0];
      const coverLabel = cover
        ? `${cover.tagName.toLowerCase()}${cover.id ? `#${cover.id}` : ''}.${cover.getAttribute('class') ?? ''}`
        : 'nothing';
      problems.push(`hidden under other content (Focus Not Obscured): ${coverLabel} is on top`);
    }
  }
  return { index: order.get(el) ?? -1, label, ...(problems.length ? { problem: problems.join('; ') } : {}) };
}

/** Resolves once the page has stopped scrolling (smooth scrolling brings a focused element in over time). */
function scrollStill(): Promise<void> {
  return new Promise((resolve) => {
    let last = -1;
    let still = 0;
    const tick = () => {
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
      if (still >= 2) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function tabWalk(p: Page, limit: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await p.keyboard.press('Tab');
    // One round trip per key: wait for scrolling to stop, then look at the focused element.
    const stop = (await p.evaluate(`(${scrollStill.toString()})().then(() => (${inspectFocus.toString()})())`)) as FocusStop | null;
    if (!stop) break;
    if (stops.length > 0 && stop.index === stops[0]!.index) break;
    stops.push(stop);
  }
  return stops;
}

describe('keyboard-only reading', () => {
  it('finds at least one chapter', () => {
    expect(chapters.length).toBeGreaterThan(0);
  });

  it.each(chapters.map((p) => [p.path, p] as const))('%s: Tab reaches every control and step, in order, visibly', async (path, chapter) => {
    await page.goto(pageUrl(baseUrl, chapter), { waitUntil: 'load' });
    await settle(page, 100);
    const { expected, positiveTabindex, steps } = await page.evaluate(prepare);
    expect(positiveTabindex, 'positive tabindex breaks the reading order').toEqual([]);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops = await tabWalk(page, expected.length + 20);

    const invisible = stops.filter((s) => s.problem).map((s) => `${s.label}: ${s.problem}`);
    expect(invisible, `${path}: focus problems\n${invisible.join('\n')}`).toEqual([]);

    const reached = new Set(stops.map((s) => s.index));
    const missed = expected.filter((e) => !reached.has(e.index)).map((e) => e.label);
    expect(
      missed,
      `${path}: after ${stops.length} Tab presses (last: ${stops.at(-1)?.label}), Tab never reaches\n${missed.join('\n')}`,
    ).toEqual([]);

    const outOfOrder = stops.filter((s, i) => i > 0 && s.index < stops[i - 1]!.index).map((s) => s.label);
    expect(outOfOrder, `${path}: focus moves backwards in the document at`).toEqual([]);

    // A step counts as reached when it, or something inside it, takes focus; steps must be met in order.
    const stepOrder = steps.map((step) => stops.findIndex((s) => s.index >= step.index && s.index <= step.end));
    const unreachable = steps.filter((_, i) => stepOrder[i] === -1).map((s) => `#${s.id}`);
    expect(unreachable, `${path}: steps that Tab never reaches`).toEqual([]);
    expect(stepOrder, `${path}: steps reached out of order`).toEqual([...stepOrder].sort((a, b) => a - b));
  });

  it('the skip link is the first stop and moves focus to the main content', async () => {
    const target = chapters[0] ?? pages[0]!;
    await page.goto(pageUrl(baseUrl, target), { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      href: document.activeElement?.getAttribute('href'),
      text: document.activeElement?.textContent?.trim(),
    }));
    expect(first.href).toBe('#main');
    await page.keyboard.press('Enter');
    await settle(page, 50);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
