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
      .replace(/\s+/g, ' ')
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

function opening(text: string): string {
  const sentences = text.split(SENTENCE_END);
  let out = '';
  for (const sentence of sentences) {
    out = out ? `${out} ${sentence}` : sentence;
    if (out.length >= OPENING_LENGTH) break;
  }
  return out;
}

export function stepLinks(mdx: string, lang: Lang, data: Dataset, where: string): StepLink[] {
  const links: StepLink[] = [];
  for (const block of mdx.matchAll(/<Scrolly\b([^>]*)>([\s\S]*?)<\/Scrolly>/g)) {
    const chart = attributes(block[1]!).title ?? '';
    for (const step of block[2]!.matchAll(/<Step\s+id="(step-[a-z0-9-]+)"[^>]*>([\s\S]*?)<\/Step>/g)) {
      const text = proseText(step[2]!, lang, data, where);
      // The MDX is typed with straight quotes and plain spaces; the chapter shows them curly (English) or as
      // « » with no-break spaces (French), and so does this page.
      links.push({ id: step[1]!, chart: typeset(lang, chart), text: typeset(lang, smartQuotes(opening(text))) });
    }
  }
  return links;
}
