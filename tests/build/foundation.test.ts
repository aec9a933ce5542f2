import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, copyOfData, PROJECT_ROOT, tempDir, type BuildResult } from '../support/build.ts';
import { appendRow } from '../support/csv-edit.ts';

const siteDir = inject('siteDir');

function html(dir: string, path: string): string {
  return readFileSync(join(dir, path, 'index.html'), 'utf8');
}

function pagesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

function documents(dir: string): HTMLElement[] {
  return pagesUnder(dir).map((p) => parse(readFileSync(join(dir, p), 'utf8')));
}

/** The value of every count of adopting cities in the prose of a built site. */
function adoptedCounts(dir: string): number[] {
  return documents(dir).flatMap((root) => root.querySelectorAll('[data-stat-derived="cities-adopted"]').map((e) => Number(e.getAttribute('data-stat-value'))));
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

describe('an editor adds a city', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  let build: BuildResult;
  let before: number;

  beforeAll(() => {
    const data = copyOfData();
    // A name that would run script if any page printed CSV text without escaping it.
    appendRow(data, 'municipalities.csv', {
      id: 'trois-rivieres',
      name_en: `Trois-Rivières ${hostile}`,
      name_fr: 'Trois-Rivières',
      province: 'QC',
      status: 'adopted',
      status_date: '',
      lat: '46.3432',
      lon: '-72.5477',
    });
    before = adoptedCounts(siteDir)[0] ?? NaN;
    build = astroBuild(tempDir('sanctuary-newcity-'), { SANCTUARY_DATA_DIR: data });
  });

  function allHtml(dir: string): string {
    return pagesUnder(dir).map((p) => readFileSync(join(dir, p), 'utf8')).join('\n');
  }

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('shows the city in the city table, escaped as text', () => {
    const pages = pagesUnder(build.outDir).map((p) => readFileSync(join(build.outDir, p), 'utf8'));
    const withTable = pages.filter((p) => p.includes('class="city-table"'));
    expect(withTable.length).toBeGreaterThan(0);
    for (const page of withTable) {
      expect(page).toContain('data-city="trois-rivieres"');
      expect(page).toContain('Trois-Rivières &lt;img src=x onerror=alert(1)&gt;');
    }
    expect(allHtml(build.outDir)).not.toContain(hostile);
  });

  it('raises every count of adopting cities in the prose', () => {
    const counts = adoptedCounts(build.outDir);
    expect(before).toBeGreaterThan(0);
    expect(counts.length).toBeGreaterThan(0);
    for (const n of counts) expect(n).toBe(before + 1);
  });

  it('draws the city on the map', () => {
    const mark = (dir: string) => parse(html(dir, 'en/what-is-a-sanctuary-city')).querySelector('svg [data-key="city:trois-rivieres"]');
    expect(mark(build.outDir)).not.toBeNull();
    expect(mark(siteDir)).toBeNull();
  });
});

describe('an editor makes a mistake', () => {
  it('fails the build with file, line and fix, and leaves the previous build in place', () => {
    const out = tempDir('sanctuary-keep-');
    const good = astroBuild(out);
    expect(good.status, good.output).toBe(0);
    const index = join(out, 'en/index.html');
    const stamp = statSync(index).mtimeMs;
    const content = readFileSync(index, 'utf8');

    const data = copyOfData();
    const line = appendRow(data, 'municipalities.csv', { id: 'testville', status_date: '2017-02-30', lat: '-79.38' });
    const bad = astroBuild(out, { SANCTUARY_DATA_DIR: data });

    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain(`data/municipalities.csv, line ${line}, column "status_date": "2017-02-30"`);
    expect(bad.output).toContain(`data/municipalities.csv, line ${line}, column "lat": "-79.38"`);
    expect(bad.output).toMatch(/fix: /);
    expect(statSync(index).mtimeMs).toBe(stamp);
    expect(readFileSync(index, 'utf8')).toBe(content);
  });
});
