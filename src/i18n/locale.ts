/**
 * Languages, number and date formats. Numbers and dates are formatted with d3-format and
 * d3-time-format locales for en-CA and fr-CA so charts, tables and prose agree to the character.
 */
import { formatLocale, type FormatLocaleObject } from 'd3-format';
import type { PartialDate } from '../data/schema-kit.ts';

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

const NUMBER_LOCALES: Record<Lang, FormatLocaleObject> = {
  en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] }),
  // French Canadian style: a narrow no-break space between thousands, a comma for decimals, "$" after.
  fr: formatLocale({ decimal: ',', thousands: '\u202f', grouping: [3], currency: ['', '\u00a0$'] }),
};

export function formatNumber(lang: Lang, value: number, specifier = ',d'): string {
  return NUMBER_LOCALES[lang].format(specifier)(value);
}

export function formatPercent(lang: Lang, value: number, digits = 0): string {
  return NUMBER_LOCALES[lang]
    .format(`.${digits}%`)(value)
    .replace('%', lang === 'fr' ? '\u00a0%' : '%');
}

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

const MONTHS_SHORT: Record<Lang, readonly string[]> = {
  en: ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

/** The first of the month is written as an ordinal in French (1er février). */
const frenchDay = (day: number): string => (day === 1 ? '1er' : String(day));

/** A partial date as a reader says it: "February 20, 2017", "February 2017" or "2017". */
export function formatDate(lang: Lang, date: PartialDate, short = false): string {
  const months = short ? MONTHS_SHORT[lang] : MONTHS[lang];
  if (date.month === undefined) return String(date.year);
  const month = months[date.month - 1]!;
  if (date.day === undefined) return `${month} ${date.year}`;
  return lang === 'fr' ? `${frenchDay(date.day)} ${month} ${date.year}` : `${month} ${date.day}, ${date.year}`;
}

/**
 * A span of days as a reader says it: "February 20–21, 2013" or "20–21 février 2013" within one month,
 * both dates in full otherwise; a single date without an end.
 */
export function formatDateSpan(lang: Lang, from: PartialDate, until?: PartialDate): string {
  if (!until || until.iso === from.iso) return formatDate(lang, from);
  if (from.day !== undefined && until.day !== undefined && from.year === until.year && from.month === until.month) {
    const month = MONTHS[lang][from.month! - 1]!;
    return lang === 'fr' ? `${frenchDay(from.day)}–${until.day} ${month} ${from.year}` : `${month} ${from.day}–${until.day}, ${from.year}`;
  }
  return `${formatDate(lang, from)} – ${formatDate(lang, until)}`;
}

/**
 * A date inside a sentence: French puts the article before a day ("entre le 16 février 2006 et…"),
 * never before a month or a year alone.
 */
export function formatDateInSentence(lang: Lang, date: PartialDate): string {
  return lang === 'fr' && date.day !== undefined ? `le ${formatDate(lang, date)}` : formatDate(lang, date);
}

/** A day written YYYY-MM-DD (frontmatter dates) formatted for readers. */
export function formatIsoDay(lang: Lang, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return formatDate(lang, { year, month, day, iso });
}

/**
 * A CSV text in the page's language. check:data requires the French of every English text, so a
 * missing one here is a bug, and it stops the build rather than putting English on a French page.
 * Columns that may stay empty in French (proper names, see `frenchMayBeEmpty` in the schemas) are read
 * with localizedText instead.
 */
export function localized<T extends Record<string, unknown>>(row: T, base: string, lang: Lang): string {
  const { text, lang: shownIn } = localizedText(row, base, lang);
  if (shownIn !== undefined) {
    throw new Error(
      `Row "${String(row.id ?? '?')}" has ${base}_en but no ${base}_${lang}: French pages never show English text. Run npm run check:data and fill the cell.`,
    );
  }
  return text;
}

/** A text and, when it is not in the page's language, the language it is in, for a lang attribute. */
export interface LocalizedText {
  readonly text: string;
  readonly lang?: 'en';
}

/**
 * For a column the schema lets stay empty in French (an English proper name with no official French
 * form): the French when there is one, otherwise the English marked `lang: 'en'`, which the caller
 * renders inside an element with lang="en" so it is read and announced as English.
 */
export function localizedText<T extends Record<string, unknown>>(row: T, base: string, lang: Lang): LocalizedText {
  const value = row[`${base}_${lang}`];
  if (typeof value === 'string' && value !== '') return { text: value };
  const english = row[`${base}_en`];
  if (lang === 'en' || typeof english !== 'string' || english === '') return { text: '' };
  return { text: english, lang: 'en' };
}

export type Unit = 'count' | 'percent' | 'dollars' | 'million_dollars' | 'per_day';

/** A sourced figure in its unit, keeping exactly the decimals the source gave (83.4%, $200,000). */
export function formatValue(lang: Lang, value: number, unit: Unit): string {
  const decimals = (String(value).split('.')[1] ?? '').length;
  const number = formatNumber(lang, value, `,.${decimals}f`);
  switch (unit) {
    case 'percent':
      return lang === 'fr' ? `${number}\u00a0%` : `${number}%`;
    case 'dollars':
      return lang === 'fr' ? `${number}\u00a0$` : `$${number}`;
    case 'million_dollars':
      return lang === 'fr' ? `${number}\u00a0millions de dollars` : `$${number} million`;
    case 'count':
    case 'per_day':
      return number;
  }
}
