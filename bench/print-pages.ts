/**
 * Pages each chapter prints to, in English and French, on Letter and A4: the figure the educators'
 * handout is held to (about 12 pages). Printed the way tests/browser/print.test.ts prints: Debian's
 * Chromium, the chapter scrolled halfway with scripts running, then print media and page.pdf().
 * Prints a table; it is not a test.
 *
 *   npm run bench:print                       measures dist/ (run `npm run build` first)
 *   npm run bench:print -- <folder>           measures another build
 *   npm run bench:print -- --keep <folder>    also writes each PDF there, to look at (pdftoppm renders them)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../tests/support/build.ts';
import { builtPages, pageUrl, type BuiltPage } from '../tests/support/built-pages.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
import { textTable } from './table.ts';

const AIM = 12;
const FORMATS = ['Letter', 'A4'] as const;
const LANGS = ['en', 'fr'] as const;

const args = process.argv.slice(2);
const keepAt = args.indexOf('--keep');
const keep = keepAt >= 0 ? resolve(args[keepAt + 1] ?? 'print-pdfs') : undefined;
const given = args.find((a, i) => !a.startsWith('--') && i !== keepAt + 1);
const siteDir = resolve(given ?? join(PROJECT_ROOT, 'dist'));
if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(`No built site in ${siteDir}. Run "npm run build" first, or name a build folder.`);
  process.exit(1);
}

/** Pages of a PDF: its page objects (/Type /Page, not the /Pages tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

function chapterKey(page: BuiltPage): string {
  return /<article\b[^>]*\bdata-chapter="([^"]+)"/.exec(page.html)?.[1] ?? page.path;
}

async function printedPages(page: Page, url: string, name: string): Promise<Record<(typeof FORMATS)[number], number>> {
  await page.emulateMedia({ media: 'screen' });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await page.emulateMedia({ media: 'print' });
  const counts = {} as Record<(typeof FORMATS)[number], number>;
  for (const format of FORMATS) {
    const pdf = await page.pdf({ format, printBackground: false });
    counts[format] = pdfPageCount(pdf);
    if (keep) writeFileSync(join(keep, `${name}-${format.toLowerCase()}.pdf`), pdf);
  }
  return counts;
}

const chapters = builtPages(siteDir).filter((p) => p.isChapter);
const byKey = new Map<string, Partial<Record<(typeof LANGS)[number], BuiltPage>>>();
for (const chapter of chapters) {
  const lang = chapter.path.split('/')[1] as (typeof LANGS)[number];
  byKey.set(chapterKey(chapter), { ...byKey.get(chapterKey(chapter)), [lang]: chapter });
}

if (keep) mkdirSync(keep, { recursive: true });
const { server, url: baseUrl } = await startStaticServer(siteDir);
const browser = await launchChromium();
const rows: string[][] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  for (const key of [...byKey.keys()].sort()) {
    const row = [key];
    for (const lang of LANGS) {
      const chapter = byKey.get(key)![lang];
      if (!chapter) {
        row.push('–', '–');
        continue;
      }
      const counts = await printedPages(page, pageUrl(baseUrl, chapter), `${lang}-${key}`);
      for (const format of FORMATS) row.push(`${counts[format]}${counts[format] > AIM ? ' *' : ''}`);
    }
    rows.push(row);
  }
} finally {
  await browser.close();
  server.close();
}

console.log(
  textTable({
    title: `Printed pages per chapter (${siteDir})`,
    head: ['chapter', 'EN Letter', 'EN A4', 'FR Letter', 'FR A4'],
    rows,
    notes: [`* over the aim of ${AIM} pages`, ...(keep ? [`PDFs in ${keep}`] : [])],
  }),
);
