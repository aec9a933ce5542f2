/**
 * WCAG 2.2 AA with axe-core in real Chromium, on every built page, in the light and the dark colour
 * scheme (prefers-color-scheme). Chapters are checked at the top, the middle and the end, after the
 * scroll-driven state has settled, because the sticky chart and the active step change what is on
 * screen. No rule is ignored: the pass mark is zero violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, pageUrl } from '../support/built-pages.ts';
import { launchChromium } from '../support/chromium.ts';
import { scrollToFraction, settle } from '../support/scroll.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const baseUrl = inject('baseUrl');
const pages = builtPages(inject('siteDir'));

interface AxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

let browser: Browser;
let context: BrowserContext | undefined;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** One context per colour scheme, reused for every page of that scheme. */
async function pageIn(scheme: 'light' | 'dark'): Promise<Page> {
  if (context && page && (await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)) === (scheme === 'dark')) return page;
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
  page = await context.newPage();
  return page;
}

/** Runs axe in the page; evaluate() goes through DevTools, so the page's own CSP stays enforced. */
async function violations(): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  }, TAGS);
}

function describeViolations(where: string, list: AxeViolation[]): string {
  return list
    .map((v) =>
      [
        `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.helpUrl}`,
        ...v.nodes.map((n) => `    at ${n.target.join(' ')}\n      ${n.html.slice(0, 300)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
      ].join('\n'),
    )
    .join('\n');
}

describe('accessibility (axe-core, WCAG 2.0/2.1/2.2 A and AA)', () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  it.each((['light', 'dark'] as const).flatMap((scheme) => pages.map((p) => [p.path, scheme, p] as const)))('%s (%s scheme) has no violations', async (_path, scheme, builtPage) => {
    page = await pageIn(scheme);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    await page.goto(pageUrl(baseUrl, builtPage), { waitUntil: 'load' });
    await settle(page);
    const positions: [string, number][] = builtPage.isChapter
      ? [['top', 0], ['middle', 0.5], ['end', 1]]
      : [['top', 0]];
    const report: string[] = [];
    for (const [name, fraction] of positions) {
      await scrollToFraction(page, fraction);
      await settle(page);
      const found = await violations();
      if (found.length > 0) report.push(describeViolations(`${builtPage.path} (${name})`, found));
    }
    expect(report, report.join('\n')).toEqual([]);
  });
});
