import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateInSentence,
  formatDateSpan,
  formatNumber,
  formatPercent,
  formatValue,
  localized,
  localizedText,
} from '../../src/i18n/locale.ts';
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

  it('writes a meeting of several days as one span', () => {
    expect(formatDateSpan('en', date('2013-02-20'), date('2013-02-21'))).toBe('February 20–21, 2013');
    expect(formatDateSpan('fr', date('2013-02-20'), date('2013-02-21'))).toBe('20–21 février 2013');
    expect(formatDateSpan('en', date('2014-06-30'), date('2014-07-02'))).toBe('June 30, 2014 – July 2, 2014');
    expect(formatDateSpan('en', date('2013-02-20'))).toBe('February 20, 2013');
  });

  it('puts the French article before a day in a sentence, and before nothing else', () => {
    expect(formatDateInSentence('fr', date('2006-02-16'))).toBe('le 16 février 2006');
    expect(formatDateInSentence('fr', date('2006-02'))).toBe('février 2006');
    expect(formatDateInSentence('fr', date('2006'))).toBe('2006');
    expect(formatDateInSentence('en', date('2006-02-16'))).toBe('February 16, 2006');
  });
});

describe('bilingual columns', () => {
  it('uses the text of the page language', () => {
    expect(localized({ name_en: 'Montreal', name_fr: 'Montréal' }, 'name', 'fr')).toBe('Montréal');
    expect(localized({ name_en: 'Ajax', name_fr: 'Ajax (fr)' }, 'name', 'en')).toBe('Ajax');
    expect(localized({ note_en: '', note_fr: '' }, 'note', 'fr')).toBe('');
  });

  it('never falls back to English on a French page: a missing French text is an error naming the row', () => {
    expect(() => localized({ id: 'ajax', note_en: 'Single news source.', note_fr: '' }, 'note', 'fr')).toThrow(
      /"ajax" has note_en but no note_fr/,
    );
    expect(() => localized({ id: 'ajax', note_en: 'Single news source.' }, 'note', 'fr')).toThrow(/check:data/);
  });

  it('marks the English of a column allowed to stay empty in French, so the caller can tag it lang="en"', () => {
    const kingston = { policy_name_en: 'Access Without Fear Policy', policy_name_fr: '' };
    expect(localizedText(kingston, 'policy_name', 'fr')).toEqual({ text: 'Access Without Fear Policy', lang: 'en' });
    expect(localizedText(kingston, 'policy_name', 'en')).toEqual({ text: 'Access Without Fear Policy' });
    expect(localizedText({ policy_name_en: 'Politique', policy_name_fr: 'Politique d’accès' }, 'policy_name', 'fr')).toEqual({
      text: 'Politique d’accès',
    });
    expect(localizedText({ policy_name_en: '', policy_name_fr: '' }, 'policy_name', 'fr')).toEqual({ text: '' });
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
