import { describe, expect, it } from 'vitest';
import { smartQuotes } from '../../src/i18n/typography.ts';

describe('smartQuotes', () => {
  it('curls double quotes, single quotes and apostrophes', () => {
    expect(smartQuotes('a "sanctuary city" is Toronto\'s promise')).toBe('a \u201csanctuary city\u201d is Toronto\u2019s promise');
    expect(smartQuotes("'don't ask' (2006)")).toBe('\u2018don\u2019t ask\u2019 (2006)');
    expect(smartQuotes('("quoted")')).toBe('(\u201cquoted\u201d)');
  });
});
