/**
 * WCAG 2.2 AA with axe-core, on every page of the walk, in both colour schemes: the whole page as it
 * arrives and at the top after the walk, and what scrolling changes (the sticky chart, the active step)
 * again at the middle and the end, after the scroll-driven state has settled. No rule is ignored: the pass mark is zero violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { PageCheck } from '../page-walk.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

/**
 * What scrolling can change: the scroll-driven sections (the sticky chart, the active step) and the
 * charts drawn in the browser. The sticky chart cannot leave its section, so nothing outside these
 * looks different further down the page; checking the whole page again there only costs time.
 */
const SCROLL_DRIVEN = '[data-scrolly], [data-chart-figure]';

/**
 * Runs axe in the page, on the whole document or only on what `scope` selects (nothing to check: no
 * violation). evaluate() goes through DevTools, so the page's own CSP stays enforced.
 */
async function violations(page: Page, scope?: string): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([tags, selector]) => {
      const axe = (
        window as unknown as { axe: { run: (ctx: Document | NodeList, opts: object) => Promise<{ violations: AxeViolation[] }> } }
      ).axe;
      const context = selector ? document.querySelectorAll(selector) : document;
      if (context instanceof NodeList && context.length === 0) return [];
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
      }));
    },
    [TAGS, scope] as const,
  );
}

function describeViolations(where: string, list: AxeViolation[]): string {
  return list
    .map((v) =>
      [
        `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.helpUrl}`,
        ...v.nodes.map(
          (n) =>
            `    at ${n.target.join(' ')}\n      ${n.html.slice(0, 300)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

export function axeCheck(): PageCheck {
  const report: string[] = [];
  return {
    name: 'accessibility (axe-core, WCAG 2.0/2.1/2.2 A and AA)',
    reset() {
      report.length = 0;
    },
    async atRest(page, built, { where, scheme }) {
      const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      if (dark !== (scheme === 'dark')) report.push(`${built.path}: the ${scheme} colour scheme was not in effect`);
      // The whole page as it arrives (what Lighthouse checks: blocks far down not laid out yet, the charts
      // not set up) and again at the top in the dark scheme after the walk; scroll-driven parts elsewhere.
      if (where === 'top' && scheme === 'light') return;
      const found = await violations(page, where === 'arrival' || where === 'top' ? undefined : SCROLL_DRIVEN);
      if (found.length > 0) report.push(describeViolations(`${built.path} (${where}, ${scheme} scheme)`, found));
    },
    async problems() {
      return [...report];
    },
  };
}
