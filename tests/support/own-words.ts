/**
 * The eight-word rule's machinery (tests/build/own-words.test.ts): the dossier's source excerpts as runs
 * of words, the writer's own text of a rendered chapter, and the runs the two share.
 */
import { decodeEntities } from './html-text.ts';

/** How many shared words in a row make a copied phrase rather than a coincidence of common words. */
export const RUN = 8;

/** Lower case, straight apostrophes, words of letters and digits only: punctuation never hides a copy. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

export interface Excerpt {
  readonly factId: string;
  readonly text: string;
}

/** Every "supporting excerpt" cell of the dossier's fact tables, with the id of its row. */
export function dossierExcerpts(markdown: string): Excerpt[] {
  const excerpts: Excerpt[] = [];
  let column = -1;
  for (const [index, line] of markdown.split('\n').entries()) {
    if (!line.startsWith('|')) {
      column = -1;
      continue;
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (column === -1) {
      column = cells.indexOf('supporting excerpt');
      continue;
    }
    if (/^-+$/.test(cells[0] ?? '')) continue;
    if (cells[column] === undefined) throw new Error(`dossier.md line ${index + 1}: a row with fewer cells than its header.`);
    excerpts.push({ factId: cells[0]!, text: cells[column]! });
  }
  return excerpts;
}

/** Every run of RUN words in the excerpts → the fact that holds it. An omission ("…") ends a run. */
export function excerptRuns(excerpts: readonly Excerpt[]): Map<string, string> {
  const runs = new Map<string, string>();
  for (const { factId, text } of excerpts) {
    for (const piece of text.split(/\.\.\.|…/)) {
      const w = words(piece);
      for (let i = 0; i + RUN <= w.length; i++) {
        const key = w.slice(i, i + RUN).join(' ');
        if (!runs.has(key)) runs.set(key, factId);
      }
    }
  }
  return runs;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose text is not the writer's: quotations, document titles, source notes, data drawn from CSVs. */
const SKIPPED = /^(?:blockquote|cite|svg|table|script|style|template|q)$/;
const SKIPPED_CLASS =
  /\bclass="(?:[^"]*\s)?(?:quote|cite|conflict|chart-notes|chart-figure|chart-table|step-figure|table-scroll|data-table|print-sources)(?:\s[^"]*)?"/;
/** Block boundaries: a run never continues from one paragraph, heading or step into the next. */
const BLOCK = /^(?:p|li|h[1-6]|section|div|aside|figure|header|footer|ul|ol|dd|dt)$/;

export interface Passage {
  /** The nearest heading or step id before it: where to look on the page. */
  readonly where: string;
  readonly text: string;
}

/** Text as a reader sees it, a no-break space counting as a space between words. */
const decode = (html: string) => decodeEntities(html).replace(/\u00a0/g, ' ');

/** Text between quotation marks is someone else's words: it is cut out, and breaks a run. */
function withoutQuotations(text: string): string[] {
  return text.split(/“[^”]*”|"[^"]*"|«[^»]*»/);
}

/** The writer's text of a chapter page, block by block, each with where it sits. */
export function chapterPassages(html: string): Passage[] {
  const start = html.indexOf('<article');
  const end = html.indexOf('<footer class="chapter-foot"');
  if (start === -1 || end === -1) throw new Error('no <article> with a chapter footer: is this a chapter page?');
  const body = html.slice(start, end);
  const passages: Passage[] = [];
  const stack: { name: string; skipped: boolean; step?: string }[] = [];
  let where = 'top of the page';
  let buffer = '';
  let bufferWhere = where;
  const flush = () => {
    for (const piece of withoutQuotations(decode(buffer))) {
      const text = piece.replace(/\s+/g, ' ').trim();
      if (text) passages.push({ where: bufferWhere, text });
    }
    buffer = '';
    bufferWhere = where;
  };
  const skipping = () => stack.some((e) => e.skipped);
  for (const m of body.matchAll(/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    const [, closing, rawName, attrs = '', text] = m;
    if (text !== undefined) {
      if (!skipping()) buffer += text;
      continue;
    }
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (closing) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at !== -1) {
        const { skipped: wasSkipped, step } = stack[at]!;
        stack.length = at;
        if (step) where = `after #${step}`;
        if (wasSkipped || BLOCK.test(name)) flush();
      }
      continue;
    }
    const skipped = SKIPPED.test(name) || SKIPPED_CLASS.test(attrs);
    if (skipped || BLOCK.test(name)) flush();
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    const landmark = /^h[23]$/.test(name) || (name === 'section' && /\bclass="step"/.test(attrs));
    const step = name === 'section' && /\bclass="step"/.test(attrs) ? id : undefined;
    if (id && landmark) where = `#${id}`;
    else if (/\bclass="chapter-body"/.test(attrs)) where = 'opening of the chapter';
    if (!skipping()) bufferWhere = where;
    if (!VOID.has(name) && !attrs.trimEnd().endsWith('/')) stack.push({ name, skipped, ...(step ? { step } : {}) });
  }
  flush();
  return passages;
}

export interface SharedRun {
  readonly where: string;
  readonly run: string;
  readonly factId: string;
  readonly sentence: string;
}

/** Every maximal run of RUN or more words a passage shares with an excerpt. */
export function sharedRuns(passages: readonly Passage[], runs: ReadonlyMap<string, string>): SharedRun[] {
  const found: SharedRun[] = [];
  for (const { where, text } of passages) {
    const w = words(text);
    let i = 0;
    while (i + RUN <= w.length) {
      const factId = runs.get(w.slice(i, i + RUN).join(' '));
      if (!factId) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j + RUN <= w.length && runs.has(w.slice(j, j + RUN).join(' '))) j++;
      found.push({ where, run: w.slice(i, j + RUN - 1).join(' '), factId, sentence: text });
      i = j + RUN - 1;
    }
  }
  return found;
}
