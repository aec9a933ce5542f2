/**
 * What the educators' page quotes from a chapter's MDX source: its reading time and its scroll steps
 * (id and first sentence), with every <Stat> written out as the chapter prints it.
 */
import type { Dataset } from '../data/schemas.ts';
import type { Lang } from '../i18n/locale.ts';
import { smartQuotes, typeset } from '../i18n/typography.ts';
import { boundStat, statText, type StatProps } from '../components/stat-text.ts';

/** Adult silent reading of non-fiction on a screen, a common planning figure. */
const WORDS_PER_MINUTE = 200;

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/(\w+)=(?:"([^"]*)"|\{(true|false)\})/g)) out[m[1]!] = m[2] ?? m[3]!;
  return out;
}

/** MDX source to the words a reader sees: components dropped, numbers bound, Markdown marks removed. */
export function proseText(mdx: string, lang: Lang, data: Dataset, where: string): string {
  return (
    mdx
      .replace(/<Stat\b([^>]*)\/>/g, (_, attrs: string) => {
        const a = attributes(attrs);
        const props: StatProps = { ...a, capitalize: a.capitalize === 'true' } as StatProps;
        return statText(lang, data, props, boundStat(data, props, where));
      })
      // Inline tags sit inside a phrase ((<span lang="en">Sanctuary City Policy</span>), l’<span…>): dropped
      // without a trace. Other components stand between words and leave a space.
      .replace(/<\/?(?:span|abbr|em|strong|i|b|a)\b[^>]*>/g, '')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/[*_`#]/g, '')
      // Only the spaces and line breaks a writer typed fold into one: the no-break spaces inside a number
      // (3 278) and before a colon stay, or a handout could break a figure across two lines.
      .replace(/[ \t\r\n]+/g, ' ')
      // A dropped inline tag (<span lang="en">No One Is Illegal</span>,) leaves a space before the punctuation.
      .replace(/ ([,.;!?)\]])/g, '$1')
      .trim()
  );
}

export function readingMinutes(mdx: string, lang: Lang, data: Dataset, where: string): number {
  const words = proseText(mdx, lang, data, where)
    .split(' ')
    .filter((w) => /\p{L}|\p{N}/u.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export interface StepLink {
  readonly id: string;
  /** The title of the chart the step belongs to. */
  readonly chart: string;
  /** The step's opening sentences, as the chapter prints them. */
  readonly text: string;
}

// A full stop ends a sentence unless it closes an initialism (U.S., B.C., C.-B., É.-U.) or a short title
// (Coun., Ont., M., Mme). A French sentence may open with a guillemet.
const SENTENCE_END = /(?<![A-ZÀ-Ý]\.-?[A-ZÀ-Ý]\.|\b(?:Coun|Ont|Dr|Mr|Mrs|Ms|St|M|Mme|Me)\.)(?<=[.!?])\s+(?=[A-Z“"«À-Ý])/;
/** A step's opening, long enough to say what the chart shows: whole sentences up to about this length. */
const OPENING_LENGTH = 80;

/** How many of a step's sentences make its opening: whole sentences up to about OPENING_LENGTH. */
function openingSentences(text: string): number {
  let length = 0;
  let count = 0;
  for (const sentence of text.split(SENTENCE_END)) {
    length += sentence.length + (count > 0 ? 1 : 0);
    count += 1;
    if (length >= OPENING_LENGTH) break;
  }
  return count;
}

function steps(mdx: string, lang: Lang, data: Dataset, where: string): { id: string; chart: string; text: string }[] {
  const out: { id: string; chart: string; text: string }[] = [];
  for (const block of mdx.matchAll(/<Scrolly\b([^>]*)>([\s\S]*?)<\/Scrolly>/g)) {
    const chart = attributes(block[1]!).title ?? '';
    for (const step of block[2]!.matchAll(/<Step\s+id="(step-[a-z0-9-]+)"[^>]*>([\s\S]*?)<\/Step>/g)) {
      out.push({ id: step[1]!, chart, text: proseText(step[2]!, lang, data, where) });
    }
  }
  return out;
}

/** The number of opening sentences each step of a chapter takes, by step id. */
export function openingSentenceCounts(mdx: string, lang: Lang, data: Dataset, where: string): ReadonlyMap<string, number> {
  return new Map(steps(mdx, lang, data, where).map((step) => [step.id, openingSentences(step.text)]));
}

/**
 * Each step's id, chart and opening. `twinCounts` are the opening sentence counts of the same chapter in
 * the other language: a step then opens with as many sentences in both editions, since French sentences
 * run longer and an opening cut by length alone said less in French (the 2022 map step lost Kitchener).
 */
export function stepLinks(mdx: string, lang: Lang, data: Dataset, where: string, twinCounts?: ReadonlyMap<string, number>): StepLink[] {
  return steps(mdx, lang, data, where).map(({ id, chart, text }) => {
    const sentences = text.split(SENTENCE_END);
    const count = Math.max(openingSentences(text), twinCounts?.get(id) ?? 0);
    // The MDX is typed with straight quotes and plain spaces; the chapter shows them curly (English) or as
    // « » with no-break spaces (French), and so does this page.
    return { id, chart: typeset(lang, chart), text: typeset(lang, smartQuotes(sentences.slice(0, count).join(' '))) };
  });
}
