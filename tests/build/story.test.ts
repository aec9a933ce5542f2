/**
 * The English story as readers get it: every chapter and appendix page at its pinned address, with the
 * apparatus educators rely on, footnotes that land on a real source, numbers that are the CSV's numbers,
 * and quotes that are the CSV's words. The last two suites rebuild from an edited copy of the data to
 * prove the binding works in both directions: a broken citation stops the build, an edited value
 * changes the sentence.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, copyOfData, PROJECT_ROOT, tempDir, type BuildResult } from '../support/build.ts';
import { readRows, writeRows } from '../support/csv-edit.ts';
import { DATASET_KEYS } from '../../src/data/schemas.ts';
import { loadDataset } from '../../src/data/load.ts';
import { derivedNumber, type TableName } from '../../src/data/stats.ts';

const siteDir = inject('siteDir');

const PAGES = [
  { slug: 'what-is-a-sanctuary-city', kind: 'chapter' },
  { slug: 'services-without-fear', kind: 'chapter' },
  { slug: 'police-cooperation', kind: 'chapter' },
  { slug: 'federal-tension', kind: 'chapter' },
  { slug: 'where-things-stand', kind: 'chapter' },
  { slug: 'methods', kind: 'appendix' },
  { slug: 'about', kind: 'appendix' },
] as const;
const CHAPTERS = PAGES.filter((p) => p.kind === 'chapter');

function page(dir: string, slug: string): string {
  return readFileSync(join(dir, 'en', slug, 'index.html'), 'utf8');
}

/** The part of a page between an opening marker and the next closing tag of the given name. */
function section(html: string, marker: string, closing: string): string {
  const start = html.indexOf(marker);
  if (start === -1) return '';
  const end = html.indexOf(closing, start);
  return html.slice(start, end === -1 ? undefined : end);
}

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

interface BoundStat {
  readonly attrs: Record<string, string>;
  readonly text: string;
}

function stats(html: string): BoundStat[] {
  return [...html.matchAll(/<span class="stat"([^>]*)>([^<]*)<\/span>/g)].map((m) => ({
    attrs: Object.fromEntries([...m[1]!.matchAll(/data-stat-([a-z]+)="([^"]*)"/g)].map((a) => [a[1]!, decode(a[2]!)])),
    text: decode(m[2]!),
  }));
}

/** A CSV cell read straight from the file, not through the site's loader, so a loader bug cannot hide. */
function csvCell(dataDir: string, table: string, id: string, field: string): string | undefined {
  const schema = DATASET_KEYS[table as TableName];
  if (!schema) return undefined;
  const { header, rows } = readRows(dataDir, schema.file);
  const row = rows.find((r) => r[header.indexOf('id')] === id);
  return row?.[header.indexOf(field)];
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** The number a reader sees, back to a value: "17,357" → 17357, "two" → 2, "2024" → 2024. */
function shownValue(text: string): number {
  const word = WORDS.indexOf(text.toLowerCase());
  if (word !== -1) return word;
  if (!/^\d{1,3}(,\d{3})*$|^\d+$/.test(text)) return NaN;
  return Number(text.replace(/,/g, ''));
}

describe('the English story in the standard build', () => {
  it.each(PAGES)('publishes $slug at its pinned address', ({ slug }) => {
    expect(existsSync(join(siteDir, 'en', slug, 'index.html')), slug).toBe(true);
  });

  it.each(PAGES)('gives $slug a summary, key points and discussion questions', ({ slug }) => {
    const html = page(siteDir, slug);
    expect(html).toMatch(/<p class="summary">[^<]{40,}<\/p>/);
    const points = section(html, 'class="key-points"', '</section>').match(/<li>/g) ?? [];
    expect(points.length, `${slug} key points`).toBeGreaterThanOrEqual(3);
    expect(points.length, `${slug} key points`).toBeLessThanOrEqual(5);
    const questions = section(html, 'aria-labelledby="discussion"', '</section>').match(/<li>/g) ?? [];
    expect(questions.length, `${slug} discussion questions`).toBeGreaterThanOrEqual(2);
  });

  it.each(PAGES)('shows the corrections list on $slug', ({ slug }) => {
    expect(page(siteDir, slug)).toContain('id="corrections"');
  });

  it('links every footnote to a source that exists on the sources page', () => {
    const anchors = new Set([...page(siteDir, 'sources').matchAll(/<li id="(S\d{3})"/g)].map((m) => m[1]));
    expect(anchors.size).toBeGreaterThan(100);
    for (const { slug } of PAGES) {
      const links = [...page(siteDir, slug).matchAll(/href="\/en\/sources\/#([^"]+)"/g)].map((m) => m[1]!);
      expect(links.length, `${slug} has footnotes`).toBeGreaterThan(0);
      for (const id of links) expect(anchors.has(id), `${slug} cites ${id}`).toBe(true);
    }
  });

  it('cites a source in every chapter paragraph that states a number', () => {
    for (const { slug } of CHAPTERS) {
      const body = section(page(siteDir, slug), 'class="chapter-body"', '<footer class="chapter-foot">');
      for (const para of body.match(/<p>[\s\S]*?<\/p>/g) ?? []) {
        if (para.includes('class="stat"')) expect(para, slug).toContain('class="cite"');
      }
    }
  });

  it('binds every number in the prose to the value in the CSV', () => {
    const data = loadDataset(join(PROJECT_ROOT, 'data'));
    let checked = 0;
    for (const { slug } of PAGES) {
      const bound = stats(page(siteDir, slug));
      if (CHAPTERS.some((c) => c.slug === slug)) expect(bound.length, `${slug} has bound numbers`).toBeGreaterThan(0);
      for (const { attrs, text } of bound) {
        const where = `${slug}: ${JSON.stringify(attrs)}`;
        const expected = attrs.derived
          ? derivedNumber(data, attrs.derived).value
          : Number(csvCell(join(PROJECT_ROOT, 'data'), attrs.table!, attrs.id!, attrs.field ?? 'value'));
        expect(Number.isFinite(expected), where).toBe(true);
        expect(Number(attrs.value), where).toBe(expected);
        expect(shownValue(text), `${where} shows "${text}"`).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('prints every quote with the exact words of quotes.csv and names who said it', () => {
    const { header, rows } = readRows(join(PROJECT_ROOT, 'data'), 'quotes.csv');
    const people = readRows(join(PROJECT_ROOT, 'data'), 'people.csv');
    let checked = 0;
    for (const { slug } of PAGES) {
      const html = page(siteDir, slug);
      for (const m of html.matchAll(/<figure class="quote"[^>]*data-quote="([^"]+)"[^>]*>[\s\S]*?<blockquote[^>]*><p[^>]*>([\s\S]*?)<\/p>[\s\S]*?<figcaption[^>]*>([\s\S]*?)<\/figcaption>/g)) {
        const row = rows.find((r) => r[header.indexOf('id')] === m[1]);
        expect(row, `${slug}: quote ${m[1]} is in quotes.csv`).toBeDefined();
        expect(decode(m[2]!), `${slug}: ${m[1]}`).toBe(row![header.indexOf('text')]);
        const person = people.rows.find((p) => p[people.header.indexOf('id')] === row![header.indexOf('person_id')]);
        expect(decode(m[3]!), `${slug}: ${m[1]} names the speaker`).toContain(person![people.header.indexOf('name')]!);
        expect(m[3], `${slug}: ${m[1]} cites its source`).toContain('href="/en/sources/#');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('lists every conflict between sources on the methods page', () => {
    const { header, rows } = readRows(join(PROJECT_ROOT, 'data'), 'conflicts.csv');
    const methods = page(siteDir, 'methods');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const id = row[header.indexOf('id')]!;
      expect(methods, id).toContain(`id="${id}"`);
    }
  });

  it('links the methods page to the sources page and to every data download', () => {
    const methods = page(siteDir, 'methods');
    expect(methods).toContain('href="/en/sources/"');
    for (const schema of Object.values(DATASET_KEYS)) {
      expect(methods, schema.file).toContain(`href="/data/${schema.file}"`);
      expect(existsSync(join(siteDir, 'data', schema.file)), schema.file).toBe(true);
    }
  });

  it('ends every chapter with a link to the next page', () => {
    for (const [i, { slug }] of PAGES.entries()) {
      const next = PAGES[i + 1];
      if (next) expect(page(siteDir, slug), slug).toContain(`href="/en/${next.slug}/" rel="next"`);
    }
  });
});

/** Removes a source from a data copy, and from every row that names it, so only a citation can still need it. */
function withoutSource(dir: string, id: string, fallback: string): void {
  const sources = readRows(dir, 'sources.csv');
  writeRows(dir, 'sources.csv', sources.header, sources.rows.filter((r) => r[0] !== id));
  for (const schema of Object.values(DATASET_KEYS)) {
    if (schema.file === 'sources.csv') continue;
    const { header, rows } = readRows(dir, schema.file);
    const col = header.indexOf('source_ids');
    if (col === -1) continue;
    for (const row of rows) {
      const ids = row[col]!.split(';').filter((s) => s !== '' && s !== id);
      row[col] = (ids.length > 0 ? ids : [fallback]).join(';');
    }
    writeRows(dir, schema.file, header, rows);
  }
}

describe('a chapter cites a source that the data no longer has', () => {
  let build: BuildResult;

  beforeAll(() => {
    // S017 is the CBC article the project started from; chapter 1 cites it in its first sentence.
    const chapter = readFileSync(join(PROJECT_ROOT, 'content/chapters/en/01-what-is.mdx'), 'utf8');
    expect(chapter).toMatch(/<Cite ids="[^"]*S017/);
    const data = copyOfData();
    withoutSource(data, 'S017', 'S001');
    build = astroBuild(tempDir('sanctuary-nosource-'), { SANCTUARY_DATA_DIR: data });
  });

  it('fails the build and names the missing source', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('A citation names the source "S017"');
  });
});

describe('an editor changes a figure in the CSV', () => {
  let build: BuildResult;

  beforeAll(() => {
    const data = copyOfData();
    const { header, rows } = readRows(data, 'cbsa_removals.csv');
    const idCol = header.indexOf('id');
    const valueCol = header.indexOf('value');
    const total = rows.find((r) => r[idCol] === 'removals-2024-total')!;
    const quebec = rows.find((r) => r[idCol] === 'removals-2024-quebec')!;
    // The validator checks that regions add up to the national total, so the region moves with it.
    const delta = 99999 - Number(total[valueCol]);
    total[valueCol] = '99999';
    quebec[valueCol] = String(Number(quebec[valueCol]) + delta);
    writeRows(data, 'cbsa_removals.csv', header, rows);
    build = astroBuild(tempDir('sanctuary-edited-'), { SANCTUARY_DATA_DIR: data });
  });

  it('rebuilds the sentence with the new number', () => {
    expect(build.status, build.output).toBe(0);
    const html = page(build.outDir, 'federal-tension');
    expect(html).toMatch(/data-stat-id="removals-2024-total" data-stat-field="value" data-stat-value="99999">99,999<\/span>/);
    expect(page(siteDir, 'federal-tension')).not.toContain('99,999');
    expect(page(build.outDir, 'where-things-stand')).toContain('>99,999</span>');
  });
});
