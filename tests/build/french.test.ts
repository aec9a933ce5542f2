/**
 * The French edition on the built site: every English page has a French twin and the reverse, linked by
 * hreflang both ways with the bilingual root as x-default and by the language switch; <html lang> is right;
 * and a French page shows no English a reader did not ask for: none of the English interface strings that
 * differ from their French form, no English CSV text outside an element marked lang="en", and numbers and
 * dates in fr-CA form. Every failure names the page and the offending text.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { HTMLElement, Node as HtmlNode, TextNode, parse } from 'node-html-parser';
import { htmlFiles, urlPathOf } from '../../src/integrations/security-headers.ts';
import { PROVINCE_NAMES, STATUS_LABELS, UI } from '../../src/i18n/ui.ts';
import { EDUCATOR_UI } from '../../src/i18n/educators.ts';
import { CHART_TEXT } from '../../src/components/chart-text.ts';
import { siteData } from '../../src/data/site-data.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { join } from 'node:path';

const siteDir = inject('siteDir');

interface Page {
  readonly path: string;
  readonly root: HTMLElement;
}

let pages: Page[] = [];
const byPath = new Map<string, Page>();
const inLang = (lang: 'en' | 'fr') => pages.filter((p) => p.path.startsWith(`/${lang}/`));

beforeAll(() => {
  pages = htmlFiles(siteDir).map((file) => ({
    path: urlPathOf(relative(siteDir, file)),
    root: parse(readFileSync(file, 'utf8'), { comment: false }),
  }));
  for (const page of pages) byPath.set(page.path, page);
});

/** An href as a site path, whether the build wrote it absolute (site URL known) or relative. */
function sitePath(href: string | undefined): string | undefined {
  return href === undefined ? undefined : new URL(href, 'http://site.invalid').pathname;
}

function alternates(page: Page): Map<string, string> {
  const found = new Map<string, string>();
  for (const link of page.root.querySelectorAll('link[rel="alternate"][hreflang]')) {
    found.set(link.getAttribute('hreflang')!, sitePath(link.getAttribute('href'))!);
  }
  return found;
}

const TAG = { en: 'en-CA', fr: 'fr-CA' } as const;

describe('every page has its twin in the other language', () => {
  it('builds French pages', () => {
    expect(inLang('fr').length, 'French pages built').toBeGreaterThan(10);
  });

  it.each(['en', 'fr'] as const)('each %s page names itself, its twin and x-default, and the twin names it back', (lang) => {
    const other = lang === 'en' ? 'fr' : 'en';
    const problems: string[] = [];
    for (const page of inLang(lang)) {
      const links = alternates(page);
      const twin = links.get(TAG[other]);
      if (!twin) {
        problems.push(`${page.path}: no <link rel="alternate" hreflang="${TAG[other]}"> (its ${other} twin)`);
        continue;
      }
      if (links.get(TAG[lang]) !== page.path)
        problems.push(`${page.path}: hreflang="${TAG[lang]}" should point to the page itself, points to ${links.get(TAG[lang])}`);
      if (links.get('x-default') !== '/')
        problems.push(`${page.path}: hreflang="x-default" should point to the bilingual root /, points to ${links.get('x-default')}`);
      const twinPage = byPath.get(twin);
      if (!twinPage) {
        problems.push(`${page.path}: its ${other} twin ${twin} was not built`);
        continue;
      }
      const back = alternates(twinPage).get(TAG[lang]);
      if (back !== page.path) problems.push(`${page.path}: its twin ${twin} links back to ${back ?? 'nothing'} instead`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it.each(['en', 'fr'] as const)('the language switch on each %s page leads to the twin, marked with its language', (lang) => {
    const other = lang === 'en' ? 'fr' : 'en';
    const problems: string[] = [];
    for (const page of inLang(lang)) {
      if (page.root.querySelector('body.is-bare')) continue; // embeds: framed elsewhere, no site header
      const link = page.root.querySelector('a[data-lang-switch]');
      const twin = alternates(page).get(TAG[other]);
      if (!link) {
        problems.push(`${page.path}: no language switch`);
        continue;
      }
      if (sitePath(link.getAttribute('href')) !== twin)
        problems.push(`${page.path}: the switch leads to ${link.getAttribute('href')}, the twin is ${twin}`);
      if (link.getAttribute('lang') !== TAG[other] || link.getAttribute('hreflang') !== TAG[other]) {
        problems.push(`${page.path}: the switch should carry lang and hreflang "${TAG[other]}"`);
      }
      if (link.text.trim() !== UI[lang].otherLanguage) problems.push(`${page.path}: the switch reads "${link.text.trim()}"`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it("declares each page's language on <html>", () => {
    const wrong = pages.flatMap((page) => {
      const expected = page.path.startsWith('/fr/') ? 'fr-CA' : 'en-CA';
      const lang = page.root.querySelector('html')?.getAttribute('lang');
      return lang === expected ? [] : [`${page.path}: <html lang="${lang}">, expected "${expected}"`];
    });
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('greets in both languages at the root, each marked, and remembers nothing', () => {
    const root = byPath.get('/')!;
    for (const lang of ['en', 'fr'] as const) {
      const link = root.root.querySelector(`a[href="/${lang}/"]`);
      expect(link, `/ links to /${lang}/`).not.toBeNull();
      expect(link!.closest(`[lang="${TAG[lang]}"]`), `/: the ${lang} choice sits in an element with lang="${TAG[lang]}"`).not.toBeNull();
      expect(link!.text.trim()).toBe(UI[lang].languageName);
    }
    expect(root.root.querySelectorAll('script:not([type="application/ld+json"])'), '/: no script (no redirect, no storage)').toHaveLength(
      0,
    );
    expect(root.root.querySelector('meta[http-equiv="refresh"]'), '/: no redirect').toBeNull();
  });
});

/** The text a reader meets (text, and the labels assistive technology reads), outside English-marked parts. */
interface Piece {
  readonly text: string;
  /** The element holding it: its whole text, for single-word matches. */
  readonly whole: boolean;
}

const NOT_READ = new Set(['script', 'style', 'template', 'code', 'pre', 'noscript']);
const READ_ATTRIBUTES = ['aria-label', 'alt', 'title'];

function isEnglish(element: HTMLElement): boolean {
  return (element.getAttribute('lang') ?? '').toLowerCase().startsWith('en');
}

function normalise(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d«»]/g, '"')
    .trim();
}

function frenchPieces(page: Page): Piece[] {
  const pieces: Piece[] = [];
  const visit = (node: HtmlNode) => {
    if (node instanceof TextNode) {
      const text = normalise(node.text);
      if (text) pieces.push({ text, whole: node.parentNode?.childNodes.length === 1 });
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const tag = node.rawTagName?.toLowerCase();
    if (tag && NOT_READ.has(tag)) return;
    if (tag && tag !== 'html' && isEnglish(node)) return;
    for (const name of READ_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value) pieces.push({ text: normalise(value), whole: true });
    }
    if (tag === 'title' || (tag === 'meta' && node.getAttribute('name') === 'description')) {
      pieces.push({ text: normalise(tag === 'title' ? node.text : (node.getAttribute('content') ?? '')), whole: true });
      return;
    }
    node.childNodes.forEach(visit);
  };
  visit(page.root);
  return pieces;
}

/**
 * The French text of each French page, without the names it may show in their own language: sources'
 * publishers, authors and titles and people's names ("CBC News British Columbia", "Toronto Police
 * Services Board"), which sources.csv keeps in one language and an aria-label cannot mark.
 */
let frenchText: { path: string; pieces: Piece[]; text: string }[] = [];
beforeAll(() => {
  const data = siteData(join(PROJECT_ROOT, 'data'));
  const names = [...data.sources.flatMap((s) => [s.publisher, s.author ?? '', s.title]), ...data.people.map((p) => p.name ?? '')]
    .map(normalise)
    .filter((n) => n.length > 3)
    .sort((a, b) => b.length - a.length);
  const withoutNames = (text: string) => names.reduce((t, name) => (t.includes(name) ? t.split(name).join(' ') : t), text);
  frenchText = inLang('fr').map((page) => {
    const pieces = frenchPieces(page).map((p) => ({ ...p, text: withoutNames(p.text) }));
    return { path: page.path, pieces, text: pieces.map((p) => p.text).join(' \u2029 ') };
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words only: "Status" must not match inside "Statuses". */
function wordPattern(text: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'u');
}

function context(text: string, at: number, length: number): string {
  return text.slice(Math.max(0, at - 40), at + length + 40).replace(/\u2029/g, '|');
}

function stringsOf(table: Record<string, unknown>): string[] {
  return Object.values(table).flatMap((v) =>
    typeof v === 'string' ? [v] : typeof v === 'object' && v ? stringsOf(v as Record<string, unknown>) : [],
  );
}

/** An interface string's literal runs; a placeholder ({heading}) is filled with page text and cannot be matched. */
function literalRuns(text: string): string[] {
  return text
    .split(/\{\w+\}/)
    .map(normalise)
    .filter(Boolean);
}

describe('French pages show no English the reader did not ask for', () => {
  it('shows none of the English interface strings that differ from their French form', () => {
    const englishTables = [UI.en, STATUS_LABELS.en, PROVINCE_NAMES.en, EDUCATOR_UI.en, CHART_TEXT.en] as Record<string, unknown>[];
    const frenchTables = [UI.fr, STATUS_LABELS.fr, PROVINCE_NAMES.fr, EDUCATOR_UI.fr, CHART_TEXT.fr] as Record<string, unknown>[];
    const french = new Set(frenchTables.flatMap(stringsOf).flatMap(literalRuns));
    const candidates = [...new Set(englishTables.flatMap(stringsOf).flatMap(literalRuns))].filter(
      // Also a French string (e.g. "English" is the French pages' switch, "Sources", "Province"): allowed.
      // Runs of one or two letters or punctuation ("No", "—", "[", ", ") are not words a reader notices as
      // English and occur in French text and names: skipped.
      (s) => !french.has(s) && /\p{L}{3,}/u.test(s),
    );
    expect(candidates.length, 'English interface strings to look for').toBeGreaterThan(60);
    const problems: string[] = [];
    for (const page of frenchText) {
      for (const english of candidates) {
        // One short word ("City", "Next", "Since") is checked only where it is an element's whole text (a
        // table header, a link label): inside French prose it is part of an English name marked elsewhere.
        const oneWord = !/\s/.test(english);
        if (oneWord) {
          const hit = page.pieces.find((p) => p.whole && p.text === english);
          if (hit) problems.push(`${page.path}: English interface text "${english}"`);
          continue;
        }
        const m = wordPattern(english).exec(page.text);
        if (m) problems.push(`${page.path}: English interface text "${english}" in: …${context(page.text, m.index, m[0].length)}…`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('shows no English CSV text outside an element marked lang="en"', () => {
    const data = siteData(join(PROJECT_ROOT, 'data')) as unknown as Record<string, Record<string, unknown>[]>;
    const english = new Map<string, string>();
    // A French cell may name something by its English name ("… la politique : Access to Services for
    // Undocumented Individuals (accès aux services …)"); a CSV cell cannot mark it, and the writer chose it.
    const frenchCells = Object.values(data).flatMap((rows) =>
      Array.isArray(rows)
        ? rows.flatMap((row) =>
            Object.entries(row).flatMap(([k, v]) => (k.endsWith('_fr') && typeof v === 'string' && v ? [normalise(v)] : [])),
          )
        : [],
    );
    for (const [table, rows] of Object.entries(data)) {
      if (!Array.isArray(rows)) continue;
      for (const row of rows) {
        for (const [key, value] of Object.entries(row)) {
          if (typeof value !== 'string' || value.trim() === '') continue;
          // An English column and its French twin: note_en / note_fr, or date_note / date_note_fr.
          const frenchKey = key.endsWith('_en') ? `${key.slice(0, -3)}_fr` : `${key}_fr`;
          if (!(frenchKey in row)) continue;
          const frenchValue = row[frenchKey];
          if (typeof frenchValue === 'string' && normalise(frenchValue) === normalise(value)) continue;
          const text = normalise(value);
          if (frenchCells.some((cell) => cell.includes(text))) continue;
          english.set(text, `${table} ${String(row.id ?? '')} ${key}`);
        }
      }
    }
    expect(english.size, 'English CSV cells to look for').toBeGreaterThan(50);
    const problems: string[] = [];
    for (const page of frenchText) {
      for (const [text, where] of english) {
        if (!/\s/.test(text)) {
          if (page.pieces.some((p) => p.whole && p.text === text))
            problems.push(`${page.path}: English CSV text "${text}" (${where}) not marked lang="en"`);
          continue;
        }
        const at = page.text.indexOf(text);
        if (at !== -1 && wordPattern(text).test(page.text)) {
          problems.push(`${page.path}: English CSV text (${where}) not marked lang="en": …${context(page.text, at, text.length)}…`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('sets each footnote number before the punctuation that closes its sentence, where English sets it after', () => {
    const callAfterPunctuation = /[.…!?;:]<span class="cite">/;
    const problems = inLang('fr').flatMap((page) =>
      [...page.root.toString().matchAll(new RegExp(callAfterPunctuation, 'g'))].map(
        (m) => `${page.path}: …${m.input.slice(Math.max(0, m.index - 60), m.index + 1).replace(/<[^>]+>/g, '')}¹`,
      ),
    );
    expect(problems, problems.join('\n')).toEqual([]);
    // The same pattern finds the English order, so the markup it looks for is the one pages have.
    expect(inLang('en').filter((page) => callAfterPunctuation.test(page.root.toString())).length).toBeGreaterThan(5);
  });

  it('writes numbers and dates in fr-CA form', () => {
    const rules: [RegExp, string][] = [
      [
        /(?<!\p{L})(?:January|February|March|April|June|July|August|September|October|November|December)(?!\p{L})|(?<!\p{L})May \d/u,
        'an English month name',
      ],
      [/(?<!\p{L})(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d/u, 'an English abbreviated month'],
      [/(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])/, 'thousands with a comma ("3,608"; fr-CA: "3 608")'],
      [/\d%/, 'a percent sign without a space ("83%"; fr-CA: "83 %")'],
      [/\$ ?\d/, 'a dollar sign before the number ("$200"; fr-CA: "200 $")'],
      [/\d\.\d+ ?%|(?<![\d.])\d+\.\d+ (?:millions?|milliards?)/, 'a decimal point ("83.4 %"; fr-CA: "83,4 %")'],
    ];
    const problems: string[] = [];
    for (const page of frenchText) {
      // Addresses shown as text (a source's host name, a citation's URL) are not numbers.
      const text = page.text.replace(/\bhttps?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/g, ' ');
      for (const [pattern, what] of rules) {
        const m = pattern.exec(text);
        if (m) problems.push(`${page.path}: ${what}: "${m[0]}" in …${context(text, m.index, m[0].length)}…`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
