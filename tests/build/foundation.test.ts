import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, copyOfData, PROJECT_ROOT, tempDir } from '../support/build.ts';
import { appendRow } from '../support/csv-edit.ts';

const siteDir = inject('siteDir');

function html(dir: string, path: string): string {
  return readFileSync(join(dir, path, 'index.html'), 'utf8');
}

function pagesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

describe('the standard build', () => {
  it('publishes the English edition, its sources page and the data downloads', () => {
    expect(parse(html(siteDir, 'en')).querySelector('html')?.getAttribute('lang')).toBe('en-CA');
    expect(parse(html(siteDir, 'en/sources')).getElementById('S017')).not.toBeNull();
    // Byte for byte as in data/, UTF-8 mark included, so Excel opens the download with its accents.
    const download = readFileSync(join(siteDir, 'data/municipalities.csv'));
    expect(download.equals(readFileSync(join(PROJECT_ROOT, 'data/municipalities.csv')))).toBe(true);
    expect(download.toString('utf8')).toMatch(/^\uFEFFid,name_en,name_fr,province,status/);
  });

  it('answers a missing address in both languages with every page the front page lists', () => {
    const root = parse(readFileSync(join(siteDir, '404.html'), 'utf8'));
    const links = (lang: string) => root.querySelectorAll(`nav[aria-labelledby="contents-${lang}"] a`).map((a) => a.getAttribute('href'));
    for (const lang of ['en', 'fr']) {
      const chapters = parse(html(siteDir, lang))
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href'))
        .filter((h) => h && /^\/(en|fr)\/[^/]+\/$/.test(h));
      expect(chapters.length, lang).toBeGreaterThan(4);
      expect(links(lang), lang).toEqual(expect.arrayContaining([...new Set(chapters)].filter((h) => h!.startsWith(`/${lang}/`))));
      for (const href of links(lang)) expect(existsSync(join(siteDir, href!, 'index.html')), href!).toBe(true);
    }
    expect(root.querySelector('nav[aria-labelledby="contents-fr"]')?.getAttribute('lang')).toBe('fr-CA');
  });

  it('publishes no empty edition: /fr/ exists only with French chapters', () => {
    const frenchChapters = existsSync('content/chapters/fr') && readdirSync('content/chapters/fr').some((f) => f.endsWith('.mdx'));
    expect(existsSync(join(siteDir, 'fr/index.html'))).toBe(frenchChapters);
  });

  it('gives every page a language and a title, and every page search engines list a description', () => {
    for (const page of pagesUnder(siteDir)) {
      const root = parse(readFileSync(join(siteDir, page), 'utf8'));
      expect(root.querySelector('html')?.getAttribute('lang'), page).toMatch(/^(en|fr)-CA$/);
      expect(root.querySelector('head title')?.text.trim(), page).toBeTruthy();
      // A page kept out of search results (404) has nothing to describe in a result.
      if (root.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex')) continue;
      expect(root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(), page).toBeTruthy();
    }
  });
});

describe('an editor makes a mistake', () => {
  it('fails the build with file, line and fix and nothing else, and leaves the previous build in place', () => {
    // The last good build: a copy of the tier's own build of the same project, rather than building it again.
    const out = tempDir('sanctuary-keep-');
    cpSync(siteDir, out, { recursive: true });
    const index = join(out, 'en/index.html');
    const stamp = statSync(index).mtimeMs;
    const content = readFileSync(index, 'utf8');

    const data = copyOfData();
    const line = appendRow(data, 'municipalities.csv', { id: 'testville', status_date: '2017-02-30', lat: '-79.38' });
    const bad = astroBuild(out, { SANCTUARY_DATA_DIR: data });

    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain(`${data}/municipalities.csv, line ${line}, column "status_date": "2017-02-30"`);
    expect(bad.output).toContain(`${data}/municipalities.csv, line ${line}, column "lat": "-79.38"`);
    expect(bad.output).toMatch(/fix: /);
    // The report is the whole message: no stack trace into Astro's code after it, as a crash would have.
    expect(bad.output).not.toMatch(/Stack trace|node_modules|\[ERROR\]/);
    expect(statSync(index).mtimeMs).toBe(stamp);
    expect(readFileSync(index, 'utf8')).toBe(content);
  });
});
