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

/** A sentence of a step, and how many figures (<Stat>) and footnotes (<Cite>) it holds. */
export interface StepSentence {
  readonly text: string;
  readonly anchors: number;
}

/** A step's id, chart and sentences, before its opening is chosen. */
export interface StepSentences {
  readonly id: string;
  readonly chart: string;
  readonly sentences: readonly StepSentence[];
}

/**
 * Stands for a figure or a footnote while a step is cut into sentences. Both editions of a step hold the
 * same ones in the same order, so counting them says how far into a step an opening reaches, in either
 * language, however differently a translation cuts its sentences.
 */
const ANCHOR = '\uE000';

// A full stop ends a sentence unless it closes an initialism (U.S., B.C., C.-B., É.-U.) or a short title
// (Coun., Ont., M., Mme). A footnote may sit after it. A French sentence may open with a guillemet.
const SENTENCE_END =
  /(?<![A-ZÀ-Ý]\.-?[A-ZÀ-Ý]\.\uE000*|\b(?:Coun|Ont|Dr|Mr|Mrs|Ms|St|M|Mme|Me)\.\uE000*)(?<=[.!?]\uE000*)\s+(?=[A-Z“"«À-Ý])/;
/** A step's opening, long enough to say what the chart shows: whole sentences up to about this length. */
const OPENING_LENGTH = 80;

/** How many of a step's sentences make its opening: whole sentences up to about OPENING_LENGTH. */
function openingSentences(sentences: readonly StepSentence[]): number {
  let length = 0;
  let count = 0;
  for (const sentence of sentences) {
    length += sentence.text.length + (count > 0 ? 1 : 0);
    count += 1;
    if (length >= OPENING_LENGTH) break;
  }
  return count;
}

function anchorsIn(sentences: readonly StepSentence[], count: number): number {
  return sentences.slice(0, count).reduce((sum, s) => sum + s.anchors, 0);
}

function sentencesOf(prose: string): StepSentence[] {
  return prose.split(SENTENCE_END).map((marked) => ({
    text: marked
      .replaceAll(ANCHOR, '')
      .replace(/ {2,}/g, ' ')
      .replace(/ ([,.;!?)\]])/g, '$1')
      .trim(),
    anchors: marked.split(ANCHOR).length - 1,
  }));
}

/** Each step of a chapter, cut into sentences. */
export function stepSentences(mdx: string, lang: Lang, data: Dataset, where: string): StepSentences[] {
  const out: StepSentences[] = [];
  for (const block of mdx.matchAll(/<Scrolly\b([^>]*)>([\s\S]*?)<\/Scrolly>/g)) {
    const chart = attributes(block[1]!).title ?? '';
    for (const step of block[2]!.matchAll(/<Step\s+id="(step-[a-z0-9-]+)"[^>]*>([\s\S]*?)<\/Step>/g)) {
      const marked = step[2]!.replace(/<Cite\b[^>]*\/>/g, `${ANCHOR} `).replace(/<Stat\b[^>]*\/>/g, (stat) => `${stat}${ANCHOR}`);
      out.push({ id: step[1]!, chart, sentences: sentencesOf(proseText(marked, lang, data, where)) });
    }
  }
  return out;
}

/**
 * How many sentences open a step, given the same step in the other edition: as many as either edition's
 * own opening takes, since French sentences run longer and an opening cut by length alone said less in
 * French (the 2022 map step lost Kitchener); then on to the furthest figure or footnote either opening
 * holds, since a translation may cut one sentence in two and the same count stops short (the French
 * step-path-cbsa lost the 62 transit police cases the English gave). Both editions reach the same point.
 */
function openingCount(own: readonly StepSentence[], twin: readonly StepSentence[] | undefined): number {
  if (!twin) return openingSentences(own);
  const count = Math.max(openingSentences(own), openingSentences(twin));
  const reached = Math.max(anchorsIn(own, count), anchorsIn(twin, count));
  let n = count;
  while (n < own.length && anchorsIn(own, n) < reached) n += 1;
  return n;
}

/** Each step's id, chart and opening; `twin` is the same chapter in the other language, cut by stepSentences. */
export function stepLinks(mdx: string, lang: Lang, data: Dataset, where: string, twin?: readonly StepSentences[]): StepLink[] {
  return stepSentences(mdx, lang, data, where).map(({ id, chart, sentences }) => {
    const count = openingCount(sentences, twin?.find((t) => t.id === id)?.sentences);
    const text = sentences
      .slice(0, count)
      .map((s) => s.text)
      .join(' ');
    // The MDX is typed with straight quotes and plain spaces; the chapter shows them curly (English) or as
    // « » with no-break spaces (French), and so does this page.
    return { id, chart: typeset(lang, chart), text: typeset(lang, smartQuotes(text)) };
  });
}
