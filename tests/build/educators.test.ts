/**
 * The teaching apparatus as built: a citation in three styles and a link for every h2/h3 on each
 * chapter page, the glossary's terms and the chapters that link to them, the educators' page with
 * step links that land on real steps, the data page's downloads, and citation addresses that are
 * absolute only when the public address is configured.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, tempDir, type BuildResult } from '../support/build.ts';
import { builtPages, type BuiltPage } from '../support/built-pages.ts';
import { ALL_SCHEMAS, SCHEMAS } from '../../src/data/schemas.ts';
import { siteData } from '../../src/data/site-data.ts';

const siteDir = inject('siteDir');
const pages = builtPages(siteDir);
const chapters = pages.filter((p) => p.isChapter && p.path.startsWith('/en/'));

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function read(dir: string, path: string): string {
  return readFileSync(join(dir, path, 'index.html'), 'utf8');
}

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
}

/** The citation text of each style, as the copy button copies it. */
function citations(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/data-citation-style="([^"]+)"[\s\S]*?data-citation-text="([^"]*)"/g)) out[m[1]!] = decode(m[2]!);
  return out;
}

function titleOf(page: BuiltPage): string {
  return decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page.html)![1]!.replace(/<[^>]+>/g, '').trim());
}

describe('chapter pages', () => {
  it('covers all seven pages', () => {
    expect(chapters.map((c) => c.path).sort()).toHaveLength(7);
  });

  for (const page of chapters) {
    describe(page.path, () => {
      it('has a citation in APA, MLA and Chicago with title, site, dates and a root-relative address', () => {
        const cited = citations(page.html);
        expect(Object.keys(cited).sort()).toEqual(['APA', 'Chicago', 'MLA']);
        const title = titleOf(page);
        const published = /<meta property="article:published_time" content="(\d{4})-(\d\d)-(\d\d)"/.exec(page.html)!;
        for (const [style, text] of Object.entries(cited)) {
          expect(text, style).toContain(title.replace(/[.?!]$/, ''));
          expect(text, style).toContain('Sanctuary');
          expect(text, style).toContain(published[1]);
          expect(text, style).toContain(`[site address]${page.path}`);
          expect(text, style).not.toMatch(/https?:\/\//);
          expect(text, style).toMatch(/\[(Month Day, Year|Day Month Year)\]/);
        }
        // The text is in the page itself (selectable without JavaScript); only the buttons wait for it.
        expect(page.html).toMatch(/<p class="cite-block__text"[^>]*>[^<]*Sanctuary newsroom-tech team/);
        expect([...page.html.matchAll(/<button type="button" class="copy-button" data-copy-target[^>]*\bhidden\b/g)]).toHaveLength(3);
        expect(page.html).toMatch(/<p class="copy-status" role="status" aria-live="polite"/);
      });

      it('gives every h2 and h3 an id and a visible link to it, named after the heading', () => {
        const headings = [...page.html.matchAll(/<(h[23])\b([^>]*)>([\s\S]*?)<\/\1>/g)];
        expect(headings.length).toBeGreaterThan(3);
        for (const [, , attrs, inner] of headings) {
          const id = /\bid="([^"]+)"/.exec(attrs!)?.[1];
          expect(id, `heading without id: ${inner}`).toBeDefined();
          // The printed source list is on paper only, where a link to itself would lead nowhere.
          if (new RegExp(`class="print-only[^"]*"[^>]*aria-labelledby="${id}"`).test(page.html)) continue;
          const text = decode(inner!.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
          const link = new RegExp(`<a class="section-link" href="#${id}"[^>]*><span aria-hidden="true">#</span><span class="visually-hidden">([^<]*)</span></a>`).exec(page.html);
          expect(link, `no section link for #${id}`).not.toBeNull();
          expect(decode(link![1]!)).toBe(`Link to section: ${text}`);
        }
      });
    });
  }
});

describe('glossary', () => {
  const html = read(siteDir, 'en/glossary');
  const terms = [...html.matchAll(/<dt id="term-([a-z0-9-]+)"><dfn>/g)].map((m) => m[1]!);

  it('defines at least 15 terms, one <dfn> with an anchor each, every one from data/glossary.csv', () => {
    expect(terms.length).toBeGreaterThanOrEqual(15);
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms.sort()).toEqual(siteData().glossary.map((g) => g.id).sort());
    expect([...html.matchAll(/<dfn>/g)]).toHaveLength(terms.length);
  });

  it('cites sources as footnotes that point to the sources page', () => {
    // One footnote group per sourced definition, each reaching the sources page like the chapters' footnotes.
    const sourced = siteData().glossary.filter((g) => (g.source_ids ?? []).length > 0).length;
    const groups = html.split('<span class="cite">').slice(1);
    expect(groups).toHaveLength(sourced);
    for (const group of groups) expect(group).toMatch(/^(?:(?!<\/dd>)[\s\S])*href="\/en\/sources\/#S\d{3}"/);
  });

  it('links each term from at least one chapter, once per chapter at most, outside headings and quotes', () => {
    const linked = new Map<string, number>();
    for (const page of chapters) {
      const uses = [...page.html.matchAll(/<a class="term-link" href="\/en\/glossary\/#term-([a-z0-9-]+)"/g)].map((m) => m[1]!);
      expect(new Set(uses).size, `${page.path} links a term twice`).toBe(uses.length);
      for (const id of uses) linked.set(id, (linked.get(id) ?? 0) + 1);
      expect(page.html).not.toMatch(/<h[1-6][^>]*>(?:(?!<\/h[1-6]>)[\s\S])*class="term-link"/);
      expect(page.html).not.toMatch(/<blockquote[^>]*>(?:(?!<\/blockquote>)[\s\S])*class="term-link"/);
    }
    for (const id of terms) expect(linked.get(id), `no chapter links to ${id}`).toBeGreaterThan(0);
  });
});

describe("educators' page", () => {
  const html = read(siteDir, 'en/educators');
  const story = chapters.filter((c) => /<p class="kicker">Chapter \d/.test(c.html));

  it('lists every story chapter with its summary, questions, reading time, activity and handout', () => {
    expect(story.length).toBe(5);
    for (const chapter of story) {
      const slug = chapter.path.split('/')[2]!;
      const block = html.split('<li data-teaching-chapter=').find((b) => b.startsWith(`"${slug}"`));
      expect(block, slug).toBeDefined();
      expect(decode(block!)).toContain(titleOf(chapter));
      expect([...block!.matchAll(/<ol data-discussion>([\s\S]*?)<\/ol>/g)][0]![1]!.match(/<li>/g)!.length).toBeGreaterThanOrEqual(2);
      expect(block).toMatch(/about \d+ minutes/);
      expect(block).toMatch(/data-activity[\s\S]*?<a href="\/data\/[a-z_]+\.csv" download>/);
      expect(block).toContain(`href="/en/educators/${slug}/" data-handout`);
      expect(citations(block!)).toHaveProperty('APA');
      expect(existsSync(join(siteDir, 'en/educators', slug, 'index.html'))).toBe(true);
    }
  });

  it('offers step links that land on real steps of the chapter', () => {
    const links = [...html.matchAll(/<a href="(\/en\/[a-z0-9-]+\/)#(step-[a-z0-9-]+)">([^<]+)<\/a>/g)];
    expect(links.length).toBeGreaterThan(20);
    for (const [, path, id, text] of links) {
      const chapter = chapters.find((c) => c.path === path);
      expect(chapter, path).toBeDefined();
      expect(ids(chapter!.html).has(id!), `${path}#${id}`).toBe(true);
      expect(decode(text!).length).toBeGreaterThan(20);
      expect(decode(text!)).not.toMatch(/[<>{}]/);
    }
    // Every step of every chapter is offered.
    const published = story.flatMap((c) => [...c.html.matchAll(/<section class="step" id="(step-[^"]+)"/g)].map((m) => `${c.path}#${m[1]}`));
    expect(links.map((l) => `${l[1]}#${l[2]}`).sort()).toEqual([...new Set(published)].sort());
  });

  it("activities download files the site serves", () => {
    for (const [, file] of html.matchAll(/<a href="\/data\/([a-z_]+\.csv)" download>/g)) {
      expect(existsSync(join(siteDir, 'data', file!)), file).toBe(true);
    }
  });
});

describe('data page', () => {
  const html = read(siteDir, 'en/data');
  const data = siteData() as unknown as Record<string, readonly unknown[]>;

  it('lists every CSV with its description, row count, last update and a working download', () => {
    for (const schema of ALL_SCHEMAS) {
      const block = new RegExp(`<li data-data-file="${schema.file.replace('.', '\\.')}">([\\s\\S]*?)</li>`).exec(html)?.[1];
      expect(block, schema.file).toBeDefined();
      expect(decode(block!)).toContain(schema.description);
      expect(block).toContain(`href="/data/${schema.file}" download`);
      expect(existsSync(join(siteDir, 'data', schema.file))).toBe(true);
      const key = Object.entries(SCHEMAS).find(([, table]) => table === schema)![0];
      expect(Number(/<dd data-rows>([\d,]+)<\/dd>/.exec(block!)![1]!.replace(/,/g, ''))).toBe(data[key]!.length);
      expect(block).toMatch(/<time datetime="\d{4}-\d\d-\d\d">/);
      expect(block).toContain('href="#licence"');
    }
  });
});

describe('a build with the public address configured', () => {
  const SITE = 'https://sanctuary.example.org';
  let build: BuildResult;
  beforeAll(() => {
    build = astroBuild(tempDir('sanctuary-site-url-'), { SANCTUARY_SITE_URL: SITE });
    return () => rmSync(build.outDir, { recursive: true, force: true });
  });

  it('cites absolute addresses and asks for no site address', () => {
    expect(build.status, build.output).toBe(0);
    const html = read(build.outDir, 'en/police-cooperation');
    const cited = citations(html);
    expect(Object.keys(cited)).toHaveLength(3);
    for (const text of Object.values(cited)) {
      expect(text).toContain(`${SITE}/en/police-cooperation/`);
      expect(text).not.toContain('[site address]');
    }
    expect(html).not.toContain('does not know its public web address');
    const handout = read(build.outDir, 'en/educators/police-cooperation');
    expect(handout).toContain(`${SITE}/en/police-cooperation/ · `);
    expect(handout).toContain(`data-print-href="#step-path-stop"`);
  });
});
