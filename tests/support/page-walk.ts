/**
 * One walk through every built page, in every language, for the checks that concern every page: each
 * page is loaded once, looked at as it arrives on a 390 × 844 phone, then in a 1280 × 800 window scrolled
 * with the wheel to the end and through every step, and looked at resting at the top, the middle and the
 * end in the light and the dark colour scheme.
 * A check hooks into that walk (see PageCheck) instead of loading every page again; a new per-page
 * check is one more entry in the list handed to `startWalk`.
 */
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { pageUrl, type BuiltPage } from './built-pages.ts';
import { scrollToFraction, settle, visitEveryStep, wheelThrough } from './scroll.ts';

export type Scheme = 'light' | 'dark';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/**
 * A page at rest: as it arrives (loaded, at the top, not scrolled yet: blocks far down are not laid out
 * yet and no chart sequence is set up), or after the walk, where it is scrolled to; in a colour scheme.
 */
export interface Rest {
  readonly where: 'arrival' | 'top' | 'middle' | 'end';
  readonly scheme: Scheme;
}

export interface PageCheck {
  readonly name: string;
  /** Once, before any page: init scripts, routes and listeners on the walk's context and page. */
  prepare?(context: BrowserContext, page: Page, origin: string): Promise<void>;
  /** Before each page is loaded. */
  reset?(): void;
  /** Right after the page's response arrived. */
  loaded?(response: Response | null, built: BuiltPage): Promise<void> | void;
  /** At each resting place (top, middle and end of a chapter; top of another page), in each scheme. */
  atRest?(page: Page, built: BuiltPage, rest: Rest): Promise<void>;
  /** After the whole walk of the page: what this check found wrong, one line each (empty: all is well). */
  problems(page: Page, built: BuiltPage, context: BrowserContext): Promise<string[]>;
}

export interface Walk {
  /** Walks one page; the problems each check found, by check name. */
  visit(built: BuiltPage): Promise<Record<string, string[]>>;
  close(): Promise<void>;
}

export async function startWalk(browser: Browser, baseUrl: string, checks: readonly PageCheck[]): Promise<Walk> {
  const context = await browser.newContext({ viewport: DESKTOP, colorScheme: 'light' });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  for (const check of checks) await check.prepare?.(context, page, origin);

  async function restIn(built: BuiltPage, scheme: Scheme) {
    await page.emulateMedia({ colorScheme: scheme });
    const places: [Rest['where'], number][] = built.isChapter
      ? [
          ['top', 0],
          ['middle', 0.5],
          ['end', 1],
        ]
      : [['top', 0]];
    for (const [where, fraction] of places) {
      await scrollToFraction(page, fraction);
      await settle(page);
      for (const check of checks) await check.atRest?.(page, built, { where, scheme });
    }
  }

  return {
    async visit(built) {
      for (const check of checks) check.reset?.();
      // It arrives on a phone, as most readers do; the rest of the walk is on a desktop.
      await page.setViewportSize(PHONE);
      const response = await page.goto(pageUrl(baseUrl, built), { waitUntil: 'load' });
      for (const check of checks) await check.loaded?.(response, built);
      await settle(page, 100);
      for (const check of checks) await check.atRest?.(page, built, { where: 'arrival', scheme: 'light' });
      await page.setViewportSize(DESKTOP);
      await wheelThrough(page, 400, 20);
      await visitEveryStep(page);
      await settle(page, 100);
      // The dark scheme is CSS only (prefers-color-scheme), so switching it live shows what a fresh load would.
      await restIn(built, 'light');
      await restIn(built, 'dark');
      await page.emulateMedia({ colorScheme: 'light' });
      const found: Record<string, string[]> = {};
      for (const check of checks) found[check.name] = await check.problems(page, built, context);
      return found;
    },
    async close() {
      await context.close();
    },
  };
}
