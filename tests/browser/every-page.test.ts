/**
 * The checks every page must pass, run together in one walk through every built page (both languages,
 * discovered from the build): accessibility with axe in both colour schemes, privacy (no third-party
 * request, nothing stored) and the Content-Security-Policy with a clean console. See
 * tests/support/page-walk.ts for the walk, and tests/support/page-checks/ for each check; add a new
 * per-page check there rather than loading every page again.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages } from '../support/built-pages.ts';
import { connectBrowser } from '../support/browser.ts';
import { startWalk, type Walk } from '../support/page-walk.ts';
import { axeCheck } from '../support/page-checks/axe.ts';
import { cspCheck } from '../support/page-checks/csp.ts';
import { privacyCheck } from '../support/page-checks/privacy.ts';

const baseUrl = inject('baseUrl');
const pages = builtPages(inject('siteDir'));

let browser: Browser;
let walk: Walk;

beforeAll(async () => {
  browser = await connectBrowser();
  walk = await startWalk(browser, baseUrl, [axeCheck(), privacyCheck(baseUrl), cspCheck()]);
});

afterAll(async () => {
  await walk?.close();
  await browser?.close();
});

describe('every page: accessibility, privacy and the Content-Security-Policy', () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s', async (_path, built) => {
    const found = await walk.visit(built);
    expect(Object.keys(found).length).toBe(3);
    for (const [check, problems] of Object.entries(found)) expect.soft(problems, `${check}:\n${problems.join('\n')}`).toEqual([]);
  });
});
