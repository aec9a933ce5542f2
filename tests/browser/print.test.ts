/**
 * Printing a chapter as a handout, in real Chromium with print media: every data table shows, each
 * chart's legend shows, the page's address and the full addresses of the sources and data downloads are
 * printed, nothing is sticky or fixed, no navigation or button prints, and the PDF (Letter) stays within
 * MAX_PAGES. The educators' page prints likewise without navigation, with the address of every link
 * beside it.
 * Set SANCTUARY_PRINT_DIR to keep the PDFs for a look.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, pageUrl, type BuiltPage } from '../support/built-pages.ts';
import { connectBrowser } from '../support/browser.ts';
import { builtinPath } from '../../src/i18n/routes.ts';
import { isLang, type Lang } from '../../src/i18n/locale.ts';

const baseUrl = inject('baseUrl');
const chapters = builtPages(inject('siteDir')).filter((p) => p.isChapter);
// The aim is about 12 pages. Measured with npm run bench:print (2026-12-02): every chapter fits
// 12 Letter pages except the French chapter 1 (13; its English edition 12, its A4 printing 12), whose
// three data tables and 135 cited sources fill a thirteenth page by a third.
const MAX_PAGES = 13;

/** A chapter's language, from its address (/en/…, /fr/…). */
function langOf(chapter: BuiltPage): Lang {
  const lang = chapter.path.split('/')[1];
  if (!isLang(lang)) throw new Error(`${chapter.path} is not under a language folder`);
  return lang;
}

/** Pages of a PDF: its page objects (/Type /Page, not the /Pages tree nodes). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await connectBrowser();
  page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

describe('pdfPageCount', () => {
  it('counts page objects and not the page tree', () => {
    expect(pdfPageCount(Buffer.from('<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page/Parent 1 0 R >>'))).toBe(2);
  });
});

describe.each(chapters.map((c) => [c.path, c] as const))('printing %s', (path, chapter) => {
  let pdf: Buffer;

  beforeAll(async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(pageUrl(baseUrl, chapter), { waitUntil: 'networkidle' });
    // Readers print from wherever they are in the chapter: scroll to the middle so scrolly state is live.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await page.emulateMedia({ media: 'print' });
    pdf = await page.pdf({ format: 'Letter', printBackground: false });
    const keep = process.env.SANCTUARY_PRINT_DIR;
    if (keep) {
      mkdirSync(keep, { recursive: true });
      writeFileSync(join(keep, `${path.replaceAll('/', '_').replace(/^_|_$/g, '')}.pdf`), pdf);
    }
  });

  it(`fits in at most ${MAX_PAGES} Letter pages`, () => {
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(MAX_PAGES);
  });

  it('shows every data table and every chart legend', async () => {
    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll('main table, main .chart-legend')]
        .filter((el) => !el.checkVisibility() || el.getBoundingClientRect().height === 0)
        .map((el) => el.querySelector('caption')?.textContent ?? el.className),
    );
    expect(hidden).toEqual([]);
    expect(await page.locator('main table').count()).toBeGreaterThanOrEqual(chapter.html.includes('<table') ? 1 : 0);
  });

  it('prints the page address in its header', async () => {
    const header = page.locator('[data-print-header]');
    await expect.poll(() => header.isVisible()).toBe(true);
    const text = await header.innerText();
    expect(text).toContain(new URL(chapter.path, 'http://x').pathname);
  });

  it('lists the sources it cites with their full addresses', async () => {
    const sources = builtinPath('sources', langOf(chapter));
    const cited = [...new Set([...chapter.html.matchAll(/href="([^"#]*)#(S\d+)"/g)].filter((m) => m[1] === sources).map((m) => m[2]!))];
    if (cited.length === 0) return;
    const list = page.locator('.print-sources');
    expect(await list.isVisible()).toBe(true);
    const urls = await list.locator('.print-source-url').allInnerTexts();
    expect(urls.length).toBeGreaterThanOrEqual(cited.length);
    for (const url of urls) expect(url).toMatch(/^https?:\/\/\S+$/);
  });

  it('prints the full address beside each chart’s “Get the data” link', async () => {
    const printed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('main a[data-get-data]')].map((link) => ({
        href: link.href,
        after: getComputedStyle(link, '::after').content,
      })),
    );
    expect(printed.length).toBe((chapter.html.match(/data-get-data/g) ?? []).length);
    for (const { href, after } of printed) {
      expect(href).toMatch(/^https?:\/\/[^/]+\/data\/charts\/[a-z-]+\.csv$/);
      expect(after).toBe(`": ${href}"`);
    }
  });

  it('prints nothing sticky or fixed, and no navigation or button', async () => {
    const offending = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.checkVisibility())
        .filter((el) => {
          const style = getComputedStyle(el);
          return (
            style.position === 'sticky' || style.position === 'fixed' || el.matches('nav, button, summary, .scrolly__graphic .chart-box')
          );
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    expect(offending).toEqual([]);
  });

  it('draws chart text in the site’s sans-serif, not the body serif', async () => {
    const families = await page.evaluate(() => [
      ...new Set(
        [...document.querySelectorAll('main svg.chart text')].filter((t) => t.checkVisibility()).map((t) => getComputedStyle(t).fontFamily),
      ),
    ]);
    for (const family of families) expect(family).not.toMatch(/Georgia|Palatino|(^|,\s*)serif$/);
  });
});

// Measured when the page was given its print rules: the English page prints on 7 Letter pages, the French on
// 8; before, 13 and 14, with the site’s navigation and screen type.
const MAX_EDUCATORS_PAGES = 9;

describe.each(['en', 'fr'] as const)('printing the educators’ page in %s', (lang) => {
  const path = builtinPath('educators', lang);
  let pdf: Buffer;

  beforeAll(async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    pdf = await page.pdf({ format: 'Letter', printBackground: false });
  });

  it(`fits in at most ${MAX_EDUCATORS_PAGES} Letter pages`, () => {
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(MAX_EDUCATORS_PAGES);
  });

  it('prints no navigation, language button or other button', async () => {
    const offending = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.checkVisibility())
        .filter((el) => el.matches('header, nav, button, [data-lang-switch], .section-link'))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    expect(offending).toEqual([]);
  });

  it('prints the full address beside every link a teacher would follow', async () => {
    const origin = new URL(baseUrl).origin;
    const links = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')]
        .filter((a) => a.checkVisibility() && !a.closest('.step-links'))
        .map((a) => {
          const next = a.nextElementSibling;
          return {
            href: a.getAttribute('href')!,
            printed: next?.matches('.print-address') && next.checkVisibility() ? next.textContent!.trim() : '',
          };
        }),
    );
    // The glossary, data and sources pages, then each chapter, its handout and its data file.
    expect(links.length).toBe(3 + 5 * 3);
    for (const { href, printed } of links) expect(printed, href).toBe(`${origin}${href}`);
  });

  it('prints each step link’s anchor, and the chapter address it is added to', async () => {
    const steps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-step-links]')].map((list) => ({
        note: [...list.parentElement!.querySelectorAll<HTMLElement>(':scope > p')]
          .filter((p) => p.checkVisibility() && list.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_PRECEDING)
          .map((p) => p.textContent!)
          .at(-1),
        chapter: list.querySelector('a')!.pathname,
        anchors: [...list.querySelectorAll('a')].map((a) => [a.hash, getComputedStyle(a, '::before').content] as const),
      })),
    );
    expect(steps).toHaveLength(5);
    for (const { note, chapter, anchors } of steps) {
      expect(note, chapter).toContain(`${new URL(baseUrl).origin}${chapter}`);
      for (const [hash, printed] of anchors) expect(printed).toBe(`"${hash} "`);
    }
  });
});
