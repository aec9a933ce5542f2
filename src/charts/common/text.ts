/**
 * Wording shared by the chart modules: bilingual labels, list joining, and the error a chart throws
 * when a step asks for a state the data cannot show (the build turns it into a refusal with the reason).
 */
import type { PoliceCbsaContactRow } from '../../data/schemas.ts';
import type { Lang } from '../../i18n/locale.ts';

export type Bilingual = Readonly<Record<Lang, string>>;

/** What a chart writes before a hedged number, for each qualifier the data files allow. */
export const QUALIFIER_PHRASES: Readonly<Record<Lang, Readonly<Record<PoliceCbsaContactRow['qualifier'], string>>>> = {
  en: { exact: '', more_than: 'more than ', fewer_than: 'fewer than ', about: 'about ', almost: 'almost ' },
  fr: { exact: '', more_than: 'plus de ', fewer_than: 'moins de ', about: 'environ ', almost: 'près de ' },
};

export class ChartStateError extends Error {
  constructor(chart: string, message: string) {
    super(`Chart "${chart}": ${message}`);
    this.name = 'ChartStateError';
  }
}

const LIST_LOCALES: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA' };

/** "a, b and c" / "a, b et c". */
export function joinList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(LIST_LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * A list of labels that may hold commas themselves ("Referred, not adopted"): each in quotation marks, so
 * a reader can tell where one ends and the next begins.
 */
export function joinLabels(lang: Lang, labels: readonly string[]): string {
  const quoted = labels.map((label) => (lang === 'fr' ? `«\u00a0${label}\u00a0»` : `“${label}”`));
  return joinList(lang, quoted);
}

/** French puts a no-break space before ":" and ";"; English does not. */
export function colon(lang: Lang): string {
  return lang === 'fr' ? '\u00a0:' : ':';
}

/** First letter upper-case (for labels that start a sentence). */
export function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}
