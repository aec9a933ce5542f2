/**
 * Every built page, loaded with its Content-Security-Policy enforced (the test server sends dist/_headers
 * and the page carries its meta policy) and scrolled through every step, logs no CSP violation, no
 * console error or warning and no uncaught exception. A hash that drifted from a script, or a chart that
 * writes a style attribute, shows up here as a violation.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, pageUrl } from '../support/built-pages.ts';
import { launchChromium } from '../support/chromium.ts';
import { settle, visitEveryStep, wheelThrough } from '../support/scroll.ts';

const baseUrl = inject('baseUrl');
const pages = builtPages(inject('siteDir'));

let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

function recordViolations() {
  const log: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = log;
  document.addEventListener('securitypolicyviolation', (e) => {
    log.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
  });
}

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(recordViolations);
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
});

afterAll(async () => {
  await browser?.close();
});

describe('Content-Security-Policy enforced in Chromium', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s loads and scrolls with no violation or console error', async (path, builtPage) => {
    problems.length = 0;
    const response = await page.goto(pageUrl(baseUrl, builtPage), { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy'], `${path} was served without the CSP header`).toMatch(/script-src/);
    await wheelThrough(page, 400, 20);
    await visitEveryStep(page);
    await settle(page, 100);
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect([...violations, ...problems], `${path}:\n${[...violations, ...problems].join('\n')}`).toEqual([]);
  });
});
