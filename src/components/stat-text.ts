/**
 * The words a bound number is written in, shared by <Stat> in the prose and by pages that quote a step's
 * text elsewhere (the educators' page), so both say the same thing.
 */
import type { Dataset } from '../data/schemas.ts';
import { derivedNumber, rowNumber, type BoundNumber, type TableName } from '../data/stats.ts';
import { formatNumber, formatValue, type Lang } from '../i18n/locale.ts';

export interface StatProps {
  table?: TableName | undefined;
  id?: string | undefined;
  field?: string | undefined;
  derived?: string | undefined;
  format?: 'number' | 'year' | 'word' | undefined;
  capitalize?: boolean | undefined;
}

const WORDS = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
} as const;

export function boundStat(data: Dataset, props: StatProps, where: string): BoundNumber {
  const { table, id, field = 'value', derived } = props;
  if (derived) return derivedNumber(data, derived);
  if (table && id) return rowNumber(data, table, id, field);
  throw new Error(`<Stat> on ${where} needs either derived="…" or table="…" and id="…".`);
}

export function statText(lang: Lang, data: Dataset, props: StatProps, bound: BoundNumber): string {
  const { table, id, field = 'value', format = 'number', capitalize = false } = props;
  let text: string;
  if (format === 'year') text = String(bound.value);
  else if (format === 'word' && Number.isInteger(bound.value) && bound.value >= 0 && bound.value < 10) text = WORDS[lang][bound.value]!;
  else if (table === 'figures' && field === 'value') text = formatValue(lang, bound.value, data.figures.find((f) => f.id === id)!.unit);
  else text = formatNumber(lang, bound.value);
  return capitalize ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
