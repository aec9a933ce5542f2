import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, formatValue, localized } from '../../src/i18n/locale.ts';
import { parseDate } from '../../src/data/cells.ts';
import type { PartialDate } from '../../src/data/schema-kit.ts';

const date = (iso: string) => (parseDate(iso) as { ok: true; value: PartialDate }).value;

describe('number formats', () => {
  it('groups thousands the English Canadian way', () => {
    expect(formatNumber('en', 17357)).toBe('17,357');
  });
  it('groups thousands the French Canadian way, with a narrow no-break space', () => {
    expect(formatNumber('fr', 17357)).toBe('17\u202f357');
  });
  it('writes percentages per language', () => {
    expect(formatPercent('en', 0.834, 1)).toBe('83.4%');
    expect(formatPercent('fr', 0.834, 1)).toBe('83,4\u00a0%');
  });
});

describe('dates as precise as their source', () => {
  it('formats a day, a month and a year', () => {
    expect(formatDate('en', date('2017-02-20'))).toBe('February 20, 2017');
    expect(formatDate('en', date('2017-02'))).toBe('February 2017');
    expect(formatDate('en', date('2017'))).toBe('2017');
    expect(formatDate('fr', date('2017-02-20'))).toBe('20 février 2017');
    expect(formatDate('fr', date('2017-02-01'))).toBe('1er février 2017');
  });
});

describe('bilingual columns', () => {
  it('uses the French text when there is one and the English otherwise', () => {
    expect(localized({ name_en: 'Montreal', name_fr: 'Montréal' }, 'name', 'fr')).toBe('Montréal');
    expect(localized({ name_en: 'Ajax', name_fr: '' }, 'name', 'fr')).toBe('Ajax');
    expect(localized({ name_en: 'Ajax', name_fr: 'Ajax (fr)' }, 'name', 'en')).toBe('Ajax');
  });
});

describe('sourced figures in their unit', () => {
  it('keeps the decimals the source gave and writes the unit per language', () => {
    expect(formatValue('en', 83.4, 'percent')).toBe('83.4%');
    expect(formatValue('fr', 83.4, 'percent')).toBe('83,4\u00a0%');
    expect(formatValue('en', 200000, 'dollars')).toBe('$200,000');
    expect(formatValue('fr', 200000, 'dollars')).toBe('200\u202f000\u00a0$');
    expect(formatValue('en', 34, 'million_dollars')).toBe('$34 million');
    expect(formatValue('en', 1.4, 'per_day')).toBe('1.4');
    expect(formatValue('en', 217000, 'count')).toBe('217,000');
  });
});
