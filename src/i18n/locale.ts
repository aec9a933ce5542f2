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
  return NUMBER_LOCALES[lang].format(`.${digits}%`)(value).replace('%', lang === 'fr' ? '\u00a0%' : '%');
}

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

const MONTHS_SHORT: Record<Lang, readonly string[]> = {
  en: ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

/** A partial date as a reader says it: "February 20, 2017", "February 2017" or "2017". */
export function formatDate(lang: Lang, date: PartialDate, short = false): string {
  const months = short ? MONTHS_SHORT[lang] : MONTHS[lang];
  if (date.month === undefined) return String(date.year);
  const month = months[date.month - 1]!;
  if (date.day === undefined) return `${month} ${date.year}`;
  return lang === 'fr' ? `${date.day === 1 ? '1er' : date.day} ${month} ${date.year}` : `${month} ${date.day}, ${date.year}`;
}

/** A day written YYYY-MM-DD (frontmatter dates) formatted for readers. */
export function formatIsoDay(lang: Lang, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return formatDate(lang, { year, month, day, iso });
}

/** Picks the *_en or *_fr column of a row, falling back to English while a translation is missing. */
export function localized<T extends Record<string, unknown>>(row: T, base: string, lang: Lang): string {
  const value = row[`${base}_${lang}`];
  if (typeof value === 'string' && value !== '') return value;
  const english = row[`${base}_en`];
  return typeof english === 'string' ? english : '';
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
