/**
 * Wording shared by the chart modules: bilingual labels, list joining, and the error a chart throws
 * when a step asks for a state the data cannot show (the build turns it into a refusal with the reason).
 */
import type { Lang } from '../../i18n/locale.ts';

export type Bilingual = Readonly<Record<Lang, string>>;

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

/** French puts a no-break space before ":" and ";"; English does not. */
export function colon(lang: Lang): string {
  return lang === 'fr' ? '\u00a0:' : ':';
}

/** First letter upper-case (for labels that start a sentence). */
export function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}
