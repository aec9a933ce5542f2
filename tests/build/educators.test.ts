/**
 * The teaching apparatus as built, in each published language at that language's addresses: a citation
 * in three styles and a link for every h2/h3 on each chapter page, the glossary's terms and the chapters
 * that link to them, the educators' page with step links that land on real steps, the handouts, the data
 * page's downloads, JSON-LD in the page's language, twins linked both ways, and citation addresses that
 * are absolute only when the public address is configured.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, PROJECT_ROOT, tempDir, type BuildResult } from '../support/build.ts';
import { builtPages, type BuiltPage } from '../support/built-pages.ts';
import { ALL_SCHEMAS, SCHEMAS } from '../../src/data/schemas.ts';
import { siteData } from '../../src/data/site-data.ts';
import { activityFor } from '../../src/educators/activities.ts';
import { describedFile } from '../../src/educators/data-files.ts';
import { titleCase } from '../../src/educators/citation.ts';
import { EDUCATOR_UI, fill } from '../../src/i18n/educators.ts';
import { LANGS, type Lang } from '../../src/i18n/locale.ts';
import { builtinPath, type BuiltinPage } from '../../src/i18n/routes.ts';
import { UI } from '../../src/i18n/ui.ts';
import { decodeEntities } from '../support/html-text.ts';

const siteDir = inject('siteDir');
const pages = builtPages(siteDir);
const allChapters = pages.filter((p) => p.isChapter);
/** The editions the build published: French joins once its chapters exist. */
const langs = LANGS.filter((lang) => allChapters.some((c) => c.path.startsWith(`/${lang}/`)));
const chaptersIn = (lang: Lang) => allChapters.filter((c) => c.path.startsWith(`/${lang}/`));
/** The methods and about pages are built like chapters but are not chapters of the story (`kind: appendix`). */
function isAppendix(page: BuiltPage, lang: Lang): boolean {
  const key = /<article\b[^>]*\bdata-chapter="([^"]+)"/.exec(page.html)![1];
  return /^kind: appendix$/m.test(readFileSync(join(PROJECT_ROOT, 'content/chapters', lang, `${key}.mdx`), 'utf8'));
}

/** Per edition, what its citations and labels must say. */
const EXPECTED = {
  en: {
    site: 'Sanctuary',
    address: '[site address]',
    accessDate: /\[(Month Day, Year|Day Month Year)\]/,
    accessed: /Retrieved|Accessed/,
    minutes: /about \d+ minutes/,
    kicker: /<p class="kicker">Chapter \d/,
  },
  fr: {
    site: 'Sanctuaire',
    address: '[adresse du site]',
    accessDate: /\[jour mois année\]/,
    accessed: /Récupéré le|Consulté le/,
    minutes: /environ \d+ minutes/,
    kicker: /<p class="kicker">Chapitre \d/,
  },
} as const satisfies Record<Lang, unknown>;

const FRENCH_DATE =
  /\b(?:1er|[12]?\d|3[01]) (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\b/;

const decode = decodeEntities;

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

function titleOf(page: BuiltPage | string): string {
  const html = typeof page === 'string' ? page : page.html;
  return decode(
    /<h1[^>]*>([\s\S]*?)<\/h1>/
      .exec(html)![1]!
      .replace(/<[^>]+>/g, '')
      .trim(),
  );
}

function jsonLd(html: string): Record<string, unknown> {
  const body = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  expect(body, 'no JSON-LD').toBeDefined();
  return JSON.parse(body!) as Record<string, unknown>;
}

/** The page's twin in the other edition, from its hreflang alternates. */
function alternateOf(html: string, lang: Lang): string | undefined {
  return new RegExp(`<link rel="alternate" hreflang="${lang}-CA" href="([^"]+)"`).exec(html)?.[1];
}

it('publishes the English edition, and French pages only in the French edition’s own addresses', () => {
  expect(langs).toContain('en');
  expect(existsSync(join(siteDir, 'en/educators/index.html'))).toBe(true);
  // A French built-in page never sits at an English address.
  for (const page of ['educators', 'glossary', 'data', 'embed'] as const)
    expect(existsSync(join(siteDir, 'fr', page)), `/fr/${page}/`).toBe(false);
});

for (const lang of langs) {
  const e = EDUCATOR_UI[lang];
  const x = EXPECTED[lang];
  const chapters = chaptersIn(lang);
  const other: Lang = lang === 'en' ? 'fr' : 'en';

  describe(`${lang}: chapter pages`, () => {
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
            // MLA and Chicago set an English title in title case; APA keeps the chapter's sentence case.
            const asCited = lang === 'en' && style !== 'APA' ? titleCase(title) : title;
            expect(text, style).toContain(asCited.replace(/[.?!]$/, ''));
            expect(text, style).toContain(x.site);
            expect(text, style).toContain(published[1]);
            expect(text, style).toContain(`${x.address}${page.path}`);
            expect(text, style).not.toMatch(/https?:\/\//);
            expect(text, style).toMatch(x.accessDate);
            expect(text, style).toMatch(x.accessed);
            if (lang === 'fr') {
              // APA gives the year first, "(2026, 2 décembre)"; the others write the date out.
              if (style === 'APA') expect(text, style).toMatch(/\(\d{4}, (?:1er|[12]?\d|3[01]) [a-zéû]+\)/);
              else expect(text, style).toMatch(FRENCH_DATE);
              expect(text, style).not.toMatch(/\b(?:Retrieved|Accessed|updated|Published|modified|site address|team)\b/);
            }
          }
          if (lang === 'fr')
            for (const style of ['MLA', 'Chicago']) expect(cited[style], style).toContain(`«\u00a0${title.replace(/\.$/, '')}\u00a0»`);
          // The text is in the page itself (selectable without JavaScript); only the buttons wait for it.
          expect(decode(page.html)).toMatch(new RegExp(`<p class="cite-block__text"[^>]*>[^<]*${e.author}`));
          expect([...page.html.matchAll(/<button type="button" class="copy-button" data-copy-target[^>]*\bhidden\b/g)]).toHaveLength(3);
          expect(page.html).toMatch(/<p class="copy-status" role="status" aria-live="polite"/);
          expect(decode(page.html)).toContain(`>${isAppendix(page, lang) ? e.citePage : e.cite}<`);
          expect(decode(page.html)).not.toContain(`>${isAppendix(page, lang) ? e.cite : e.citePage}<`);
          expect(page.html, 'the heading keeps its id, whatever it says').toMatch(/<h2 id="cite-this-chapter"/);
        });

        it('gives every h2 and h3 an id and a visible link to it, named after the heading', () => {
          const headings = [...page.html.matchAll(/<(h[23])\b([^>]*)>([\s\S]*?)<\/\1>/g)];
          expect(headings.length).toBeGreaterThan(3);
          for (const [, , attrs, inner] of headings) {
            const id = /\bid="([^"]+)"/.exec(attrs!)?.[1];
            expect(id, `heading without id: ${inner}`).toBeDefined();
            // The printed source list is on paper only, where a link to itself would lead nowhere.
            if (new RegExp(`class="print-only[^"]*"[^>]*aria-labelledby="${id}"`).test(page.html)) continue;
            // Ordinary white space only: French headings keep their no-break spaces in the label.
            const text = decode(inner!.replace(/<[^>]+>/g, ''))
              .replace(/[ \t\r\n]+/g, ' ')
              .trim();
            const link = new RegExp(`<a class="section-link" href="#${id}"[^>]*><span class="visually-hidden">([^<]*)</span></a>`).exec(
              page.html,
            );
            expect(link, `no section link for #${id}`).not.toBeNull();
            expect(decode(link![1]!)).toBe(fill(e.linkToSection, { heading: text }));
          }
        });
      });
    }
  });

  describe(`${lang}: glossary`, () => {
    const path = builtinPath('glossary', lang);
    const html = read(siteDir, path);
    const terms = [...html.matchAll(/<dt id="term-([a-z0-9-]+)"><dfn(?: lang="en")?>/g)].map((m) => m[1]!);

    it('defines at least 15 terms, one <dfn> with an anchor each, every one from data/glossary.csv', () => {
      expect(titleOf(html)).toBe(e.glossary);
      expect(decode(html)).toContain(`<p>${e.glossaryIntro}</p>`);
      expect(terms.length).toBeGreaterThanOrEqual(15);
      expect(new Set(terms).size).toBe(terms.length);
      expect(terms.sort()).toEqual(
        siteData()
          .glossary.map((g) => g.id)
          .sort(),
      );
      expect([...html.matchAll(/<dfn\b/g)]).toHaveLength(terms.length);
    });

    it('shows each term and definition in the edition’s language, or in English marked as such where the cell is empty', () => {
      const rows = new Map(siteData().glossary.map((g) => [g.id, g]));
      const shown = [
        ...html.matchAll(/<dt id="term-([a-z0-9-]+)"><dfn( lang="en")?>([^<]+)<\/dfn><\/dt>\s*<dd>(<span lang="en">)?([^<]+)/g),
      ];
      expect(shown).toHaveLength(rows.size);
      // Quote marks and spacing are typeset; the words are the cell's own.
      const words = (s: string) =>
        s
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim()
          .split(' ')
          .slice(0, 6)
          .join(' ');
      for (const [, id, termLang, term, definitionLang, definition] of shown) {
        const row = rows.get(id!)! as unknown as Record<string, string>;
        const own = (base: string) => row[`${base}_${lang}`] ?? '';
        expect(words(decode(term!)), id).toBe(words(own('term') || row.term_en!));
        expect(Boolean(termLang), `${id}: English term marked lang="en" exactly when the ${lang} cell is empty`).toBe(
          lang !== 'en' && own('term') === '',
        );
        expect(words(decode(definition!)), id).toBe(words(own('definition') || row.definition_en!));
        expect(Boolean(definitionLang), id).toBe(lang !== 'en' && own('definition') === '');
      }
    });

    it('cites sources as footnotes that point to the sources page', () => {
      // One footnote group per sourced definition, each reaching the sources page like the chapters' footnotes.
      const sourced = siteData().glossary.filter((g) => (g.source_ids ?? []).length > 0).length;
      const groups = html.split('<span class="cite">').slice(1);
      expect(groups).toHaveLength(sourced);
      for (const group of groups)
        expect(group).toMatch(new RegExp(`^(?:(?!</dd>)[\\s\\S])*href="${builtinPath('sources', lang)}#S\\d{3}"`));
    });

    it('links each term from at least one chapter, once per chapter at most, outside headings and quotes', () => {
      const linked = new Map<string, number>();
      for (const page of chapters) {
        const uses = [...page.html.matchAll(new RegExp(`<a class="term-link" href="${path}#term-([a-z0-9-]+)"`, 'g'))].map((m) => m[1]!);
        expect(new Set(uses).size, `${page.path} links a term twice`).toBe(uses.length);
        for (const id of uses) linked.set(id, (linked.get(id) ?? 0) + 1);
        expect(page.html).not.toMatch(/<h[1-6][^>]*>(?:(?!<\/h[1-6]>)[\s\S])*class="term-link"/);
        expect(page.html).not.toMatch(/<blockquote[^>]*>(?:(?!<\/blockquote>)[\s\S])*class="term-link"/);
      }
      for (const id of terms) expect(linked.get(id) ?? 0, `no ${lang} chapter links to ${id} (at ${path}#term-${id})`).toBeGreaterThan(0);
    });
  });

  describe(`${lang}: educators' page`, () => {
    const path = builtinPath('educators', lang);
    const html = read(siteDir, path);
    const story = chapters.filter((c) => x.kicker.test(c.html));

    it('lists every story chapter with its summary, questions, reading time, activity and handout', () => {
      expect(titleOf(html)).toBe(e.educators);
      expect(story.length).toBe(5);
      for (const chapter of story) {
        const slug = chapter.path.split('/')[2]!;
        const block = html.split('<li data-teaching-chapter=').find((b) => b.startsWith(`"${slug}"`));
        expect(block, slug).toBeDefined();
        expect(decode(block!)).toContain(titleOf(chapter));
        expect([...block!.matchAll(/<ol data-discussion>([\s\S]*?)<\/ol>/g)][0]![1]!.match(/<li>/g)!.length).toBeGreaterThanOrEqual(2);
        expect(block).toMatch(x.minutes);
        expect(block).toMatch(/data-activity[\s\S]*?<a href="\/data\/[a-z_]+\.csv" download>/);
        expect(block).toContain(`href="${builtinPath('educators', lang, slug)}" data-handout`);
        expect(citations(block!)).toHaveProperty('APA');
        expect(existsSync(join(siteDir, builtinPath('educators', lang, slug), 'index.html'))).toBe(true);
      }
    });

    it('asks each activity’s question in the edition’s language', () => {
      const questions = [...html.matchAll(/<div class="activity" data-activity>[\s\S]*?<p>([^<]+)<\/p>/g)].map((m) => decode(m[1]!));
      expect(questions).toHaveLength(5);
      for (const chapter of story) {
        const key = /<article\b[^>]*\bdata-chapter="([^"]+)"/.exec(chapter.html)![1]!;
        expect(questions).toContain(activityFor(key, lang)!.question);
      }
    });

    it('offers step links that land on real steps of the chapter', () => {
      const links = [
        ...html.matchAll(new RegExp(`<a href="(/${lang}/[a-z0-9-]+/)#(step-[a-z0-9-]+)"( data-print-href="#[^"]+")?>([^<]+)</a>`, 'g')),
      ];
      expect(links.length).toBeGreaterThan(20);
      for (const [, chapterPath, id, printed, text] of links) {
        // On paper, where it cannot be followed, the link prints its anchor.
        expect(printed, `${chapterPath}#${id}`).toBe(` data-print-href="#${id}"`);
        const chapter = chapters.find((c) => c.path === chapterPath);
        expect(chapter, chapterPath).toBeDefined();
        expect(ids(chapter!.html).has(id!), `${chapterPath}#${id}`).toBe(true);
        expect(decode(text!).length).toBeGreaterThan(20);
        expect(decode(text!)).not.toMatch(/[<>{}]/);
      }
      // Every step of every chapter is offered.
      const published = story.flatMap((c) =>
        [...c.html.matchAll(/<section class="step" id="(step-[^"]+)"/g)].map((m) => `${c.path}#${m[1]}`),
      );
      expect(links.map((l) => `${l[1]}#${l[2]}`).sort()).toEqual([...new Set(published)].sort());
    });

    it('activities download files the site serves', () => {
      for (const [, file] of html.matchAll(/<a href="\/data\/([a-z_]+\.csv)" download>/g)) {
        expect(existsSync(join(siteDir, 'data', file!)), file).toBe(true);
      }
    });

    it('prints a handout per story chapter: its title, address, questions, activity and citation', () => {
      for (const chapter of story) {
        const slug = chapter.path.split('/')[2]!;
        const handout = read(siteDir, builtinPath('educators', lang, slug));
        expect(titleOf(handout)).toBe(titleOf(chapter));
        const text = decode(handout);
        expect(text).toContain(`${x.address}${chapter.path} · `);
        expect(text).toContain(`>${e.activity}<`);
        expect(text).toContain(`href="${path}#${slug}"`);
        expect(text).toMatch(x.accessed);
        if (lang === 'fr') expect(text).toMatch(FRENCH_DATE);
      }
    });
  });

  describe(`${lang}: data page`, () => {
    const html = read(siteDir, builtinPath('data', lang));
    const data = siteData() as unknown as Record<string, readonly unknown[]>;

    it('lists every CSV with its description, row count, last update and a working download', () => {
      expect(titleOf(html)).toBe(e.data);
      for (const schema of ALL_SCHEMAS) {
        const block = new RegExp(`<li data-data-file="${schema.file.replace('.', '\\.')}">([\\s\\S]*?)</li>`).exec(html)?.[1];
        expect(block, schema.file).toBeDefined();
        const { title, description } = describedFile(schema, lang);
        expect(decode(block!)).toContain(`>${title}</h2>`);
        expect(decode(block!)).toContain(description);
        expect(block).toContain(`href="/data/${schema.file}" download`);
        expect(existsSync(join(siteDir, 'data', schema.file))).toBe(true);
        const key = Object.entries(SCHEMAS).find(([, table]) => table === schema)![0];
        expect(Number(decode(/<dd data-rows>([^<]+)<\/dd>/.exec(block!)![1]!).replace(/[^\d]/g, ''))).toBe(data[key]!.length);
        expect(block).toMatch(/<time datetime="\d{4}-\d\d-\d\d">/);
        if (lang === 'fr') expect(decode(block!)).toMatch(FRENCH_DATE);
        expect(block).toContain('href="#licence"');
      }
    });

    it('links the reuse terms on the about page of its own edition', () => {
      const about = /<a href="([^"#]+)#reusing-this-work">/.exec(html)?.[1];
      expect(about && chapters.some((c) => c.path === about), about).toBe(true);
    });
  });

  describe(`${lang}: JSON-LD and twins of the teaching pages`, () => {
    const story = chapters.filter((c) => x.kicker.test(c.html));
    const teaching: { page: BuiltinPage; path: string }[] = [
      { page: 'educators', path: builtinPath('educators', lang) },
      { page: 'glossary', path: builtinPath('glossary', lang) },
      { page: 'data', path: builtinPath('data', lang) },
      ...story.map((c) => ({ page: 'educators' as const, path: builtinPath('educators', lang, c.path.split('/')[2]!) })),
    ];

    it.each(teaching.map((t) => [t.path] as const))(
      '%s has JSON-LD in the page’s language, naming the page as its heading does',
      (path) => {
        const html = read(siteDir, path);
        const ld = jsonLd(html);
        expect(ld['@context']).toBe('https://schema.org');
        expect(ld.inLanguage).toBe(lang === 'fr' ? 'fr-CA' : 'en-CA');
        expect(html).toContain(`<html lang="${ld.inLanguage}"`);
        const h1 = titleOf(html);
        expect(String(ld.name)).toContain(h1);
        expect(ld.description).toBe(decode(/<meta name="description" content="([^"]*)"/.exec(html)![1]!));
        expect(ld.publisher).toEqual({ '@type': 'Organization', name: UI[lang].siteTitle });
        expect(existsSync(join(siteDir, String(ld.image)))).toBe(true);
        expect(ld).not.toHaveProperty('url');
      },
    );

    it('the glossary’s JSON-LD lists its terms, the data page’s every file', () => {
      const glossary = jsonLd(read(siteDir, builtinPath('glossary', lang))) as { hasDefinedTerm: { name: string }[] };
      expect(glossary.hasDefinedTerm).toHaveLength(siteData().glossary.length);
      const catalog = jsonLd(read(siteDir, builtinPath('data', lang))) as {
        dataset: { name: string; distribution: { contentUrl: string } }[];
      };
      expect(catalog.dataset.map((d) => d.distribution.contentUrl).sort()).toEqual(ALL_SCHEMAS.map((s) => `/data/${s.file}`).sort());
      expect(catalog.dataset.map((d) => d.name)).toEqual(expect.arrayContaining(ALL_SCHEMAS.map((s) => describedFile(s, lang).title)));
    });

    it('links each teaching page to its twin in the other edition, and the twin links back', () => {
      if (!langs.includes(other)) return;
      for (const { path } of teaching) {
        const twin = alternateOf(read(siteDir, path), other);
        expect(twin, `${path} has no alternate`).toBeDefined();
        expect(twin!.startsWith(`/${other}/`)).toBe(true);
        expect(existsSync(join(siteDir, twin!, 'index.html')), twin).toBe(true);
        expect(alternateOf(read(siteDir, twin!), lang), `${twin} does not link back`).toBe(path);
      }
    });

    it('sets its French text in fr-CA typography: a no-break space before a colon and inside « », none before ; ! ?', () => {
      if (lang !== 'fr') return;
      for (const { path } of teaching) {
        const main = /<main[\s\S]*<\/main>/.exec(read(siteDir, path))![0];
        // Text nodes only, without passages marked as another language.
        const text = decode(
          main
            .replace(/<(\w+)[^>]*\slang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ')
            .replace(/<script[\s\S]*?<\/script>/g, ' ')
            .replace(/<[^>]+>/g, '\n'),
        );
        for (const line of text.split('\n')) {
          expect(line, `${path}: "${line.trim().slice(0, 80)}"`).not.toMatch(
            /[^\u00a0\s]:\s|[ \t]:|«(?!\u00a0)|(?<!\u00a0)»|[ \u00a0\u202f][;!?]/,
          );
        }
      }
    });

    it('shows none of the other edition’s interface words', () => {
      if (lang !== 'fr') return;
      // Long English strings only: short ones ("Data", "Licence") are also French or proper names.
      const english = Object.entries(EDUCATOR_UI.en).filter(
        ([k, v]) => v !== EDUCATOR_UI.fr[k as keyof typeof EDUCATOR_UI.fr] && v.length >= 12 && !v.includes('{'),
      );
      for (const { path } of teaching) {
        // The page's own text: chapter titles in the shared footer come from the chapters themselves.
        const text = decode(/<main[\s\S]*<\/main>/.exec(read(siteDir, path))![0]);
        for (const [key, value] of english) expect(text, `${path} shows the English "${key}"`).not.toContain(value);
      }
    });
  });
}

describe('step openings in both editions', () => {
  /** The figures a text gives, written alike in either language: 2,632 and 2 632 are both 2632. */
  const figures = (text: string) =>
    [...text.matchAll(/\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?!\d)|\d+/g)].map((m) => m[0].replace(/\D/g, '')).sort();
  /** Each step link's opening, by the step's id. */
  const openings = (html: string) =>
    new Map(
      [...html.matchAll(/<a href="\/[a-z]{2}\/[a-z0-9-]+\/#(step-[a-z0-9-]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1]!, decode(m[2]!)]),
    );

  it('give the same figures in English and French, on the educators’ pages and on each handout', () => {
    if (!langs.includes('fr')) return;
    const english = [builtinPath('educators', 'en'), ...chaptersIn('en').map((c) => builtinPath('educators', 'en', c.path.split('/')[2]!))];
    const pairs = english
      .filter((path) => existsSync(join(siteDir, path, 'index.html')))
      .map((path) => [path, alternateOf(read(siteDir, path), 'fr')!] as const);
    expect(pairs.length).toBe(6);
    let compared = 0;
    for (const [en, fr] of pairs) {
      const enSteps = openings(read(siteDir, en));
      const frSteps = openings(read(siteDir, fr));
      expect([...frSteps.keys()].sort(), fr).toEqual([...enSteps.keys()].sort());
      for (const [id, text] of enSteps) {
        expect(figures(frSteps.get(id)!), `${fr}: #${id} says “${frSteps.get(id)}” where ${en} says “${text}”`).toEqual(figures(text));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(40);
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
    const handoutLd = jsonLd(handout);
    expect(handoutLd.url).toBe(`${SITE}/en/educators/police-cooperation/`);
    expect(handoutLd.image).toMatch(new RegExp(`^${SITE}/share/en/police-cooperation\\.png$`));
  });

  it('cites French pages with absolute addresses too', () => {
    if (!existsSync(join(build.outDir, 'fr/la-cooperation-policiere/index.html'))) return;
    const cited = citations(read(build.outDir, 'fr/la-cooperation-policiere'));
    expect(Object.keys(cited)).toHaveLength(3);
    for (const text of Object.values(cited)) {
      expect(text).toContain(`${SITE}/fr/la-cooperation-policiere/`);
      expect(text).not.toContain('[adresse du site]');
    }
    const handout = read(build.outDir, 'fr/enseignants/la-cooperation-policiere');
    expect(decode(handout)).toContain(`${SITE}/fr/la-cooperation-policiere/ · `);
    expect(jsonLd(read(build.outDir, 'fr/glossaire')).url).toBe(`${SITE}/fr/glossaire/`);
  });
});

describe('data downloads', () => {
  it('serves each data file as the editors keep it, with exactly one byte-order mark so Excel reads its accents', () => {
    for (const schema of ALL_SCHEMAS) {
      const served = readFileSync(join(siteDir, 'data', schema.file), 'utf8');
      const kept = readFileSync(join(PROJECT_ROOT, 'data', schema.file), 'utf8');
      expect(served.startsWith('\ufeff') && !served.startsWith('\ufeff\ufeff'), schema.file).toBe(true);
      expect(served.slice(1), schema.file).toBe(kept.replace(/^\ufeff+/, ''));
    }
  });
});
