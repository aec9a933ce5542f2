/** The word a footnote number is tied to (src/markdown/cite-anchors.ts). */
import { describe, expect, it } from 'vitest';
import { splitLastWord } from '../../src/i18n/typography.ts';

describe('the word before a footnote', () => {
  it('is the text after the last space, punctuation included', () => {
    expect(splitLastWord('whatever their immigration status.')).toEqual({ head: 'whatever their immigration ', word: 'status.' });
    expect(splitLastWord('(June 26, 2017).')).toEqual({ head: '(June 26, ', word: '2017).' });
  });

  it('keeps a French no-break space inside the word, where the line may not break anyway', () => {
    expect(splitLastWord('dit-il\u202f»')).toEqual({ head: '', word: 'dit-il\u202f»' });
  });

  it('is the whole text when it has no space, and nothing when the text ends in one', () => {
    expect(splitLastWord('refused.')).toEqual({ head: '', word: 'refused.' });
    expect(splitLastWord('a list: ')).toBeUndefined();
    expect(splitLastWord('line\n')).toBeUndefined();
    expect(splitLastWord('')).toBeUndefined();
  });
});
