/**
 * What the educators' page quotes from a chapter's MDX source: its reading time and its scroll steps
 * (id and first sentence), with every <Stat> written out as the chapter prints it.
 */
import type { Dataset } from '../data/schemas.ts';
import type { Lang } from '../i18n/locale.ts';
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
  return mdx
    .replace(/<Stat\b([^>]*)\/>/g, (_, attrs: string) => {
      const a = attributes(attrs);
      const props: StatProps = { ...a, capitalize: a.capitalize === 'true' } as StatProps;
      return statText(lang, data, props, boundStat(data, props, where));
    })
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readingMinutes(mdx: string, lang: Lang, data: Dataset, where: string): number {
  const words = proseText(mdx, lang, data, where).split(' ').filter((w) => /\p{L}|\p{N}/u.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export interface StepLink {
  readonly id: string;
  /** The title of the chart the step belongs to. */
  readonly chart: string;
  /** The step's first sentence, as the chapter prints it. */
  readonly text: string;
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z“"À-Ý])/;

export function stepLinks(mdx: string, lang: Lang, data: Dataset, where: string): StepLink[] {
  const links: StepLink[] = [];
  for (const block of mdx.matchAll(/<Scrolly\b([^>]*)>([\s\S]*?)<\/Scrolly>/g)) {
    const chart = attributes(block[1]!).title ?? '';
    for (const step of block[2]!.matchAll(/<Step\s+id="(step-[a-z0-9-]+)"[^>]*>([\s\S]*?)<\/Step>/g)) {
      const text = proseText(step[2]!, lang, data, where);
      links.push({ id: step[1]!, chart, text: text.split(SENTENCE_END)[0]! });
    }
  }
  return links;
}
