import { describe, expect, it } from 'vitest';
import { frenchTypography, sentenceEnd, smartQuotes, splitClosingPunctuation, typeset } from '../../src/i18n/typography.ts';

const NBSP = '\u00a0';

describe('smartQuotes', () => {
  it('curls double quotes, single quotes and apostrophes', () => {
    expect(smartQuotes('a "sanctuary city" is Toronto\'s promise')).toBe('a \u201csanctuary city\u201d is Toronto\u2019s promise');
    expect(smartQuotes("'don't ask' (2006)")).toBe('\u2018don\u2019t ask\u2019 (2006)');
    expect(smartQuotes('("quoted")')).toBe('(\u201cquoted\u201d)');
  });
});

describe('frenchTypography', () => {
  it('puts a no-break space before a colon that ends a phrase, typed or not', () => {
    expect(frenchTypography('relève du fédéral : aucune ville')).toBe(`relève du fédéral${NBSP}: aucune ville`);
    expect(frenchTypography('Note: voir plus bas')).toBe(`Note${NBSP}: voir plus bas`);
    expect(frenchTypography('Source fragile :')).toBe(`Source fragile${NBSP}:`);
  });

  it('keeps a dollar sign on the line of its amount, and leaves a dollar sign before a number alone', () => {
    expect(frenchTypography('dotée d’un budget de 200 000 $, en vigueur')).toBe(`dotée d’un budget de 200\u202f000${NBSP}$, en vigueur`);
    expect(frenchTypography('Elle prévoyait 130 000 $ pour une unité')).toBe(`Elle prévoyait 130\u202f000${NBSP}$ pour une unité`);
    expect(frenchTypography('US $ 5')).toBe('US $ 5');
  });

  it('keeps a percent sign on the line of its number', () => {
    expect(frenchTypography(' %, y ont été interceptées')).toBe(`${NBSP}%, y ont été interceptées`);
    expect(frenchTypography('environ 91 % des personnes')).toBe(`environ 91${NBSP}% des personnes`);
  });

  it('keeps every group of a number on one line, and leaves years and lists of numbers apart', () => {
    expect(frenchTypography('11 269, 12 851 et 1 234 567 renvois; un budget de 200\u00a0000 $')).toBe(
      `11\u202f269, 12\u202f851 et 1\u202f234\u202f567 renvois; un budget de 200\u202f000${NBSP}$`,
    );
    expect(frenchTypography('en 2016 : 2 464, puis 315, 658 et 2017')).toBe(`en 2016${NBSP}: 2\u202f464, puis 315, 658 et 2017`);
  });

  it('leaves times, addresses and ratios alone', () => {
    expect(frenchTypography('à 10:30 sur https://example.org/a:b, ratio 3:1')).toBe('à 10:30 sur https://example.org/a:b, ratio 3:1');
  });

  it('removes a space typed before ; ! ? (Canadian usage)', () => {
    expect(frenchTypography('Pourquoi ? Parce que ; enfin !')).toBe('Pourquoi? Parce que; enfin!');
    expect(frenchTypography(`Quoi${NBSP}?`)).toBe('Quoi?');
  });

  it('sets no-break spaces inside guillemets, typed or missing', () => {
    expect(frenchTypography('« ville sanctuaire »')).toBe(`«${NBSP}ville sanctuaire${NBSP}»`);
    expect(frenchTypography('«ville sanctuaire»')).toBe(`«${NBSP}ville sanctuaire${NBSP}»`);
  });

  it('turns straight and English curly double quotes into guillemets, keeping the apostrophe', () => {
    expect(frenchTypography('une "ville sanctuaire" d\u2019abord')).toBe(`une «${NBSP}ville sanctuaire${NBSP}» d\u2019abord`);
    expect(frenchTypography('(\u201cl\u2019accès sans crainte\u201d)')).toBe(`(«${NBSP}l\u2019accès sans crainte${NBSP}»)`);
    // Frontmatter goes through smartQuotes first: the result is the same.
    expect(frenchTypography(smartQuotes('dit "non" : fin'))).toBe(`dit «${NBSP}non${NBSP}»${NBSP}: fin`);
  });

  it('types the apostrophe a spreadsheet leaves straight', () => {
    expect(frenchTypography("Refuges d'urgence et l'ASFC")).toBe('Refuges d\u2019urgence et l\u2019ASFC');
  });

  it('is idempotent', () => {
    const once = frenchTypography('« Oui » : c\u2019est « non » ? "Bien" !');
    expect(frenchTypography(once)).toBe(once);
  });

  it('sets French spacing only in French, and curly quotes in both', () => {
    expect(typeset('en', 'Note : "quoted" ?')).toBe('Note : \u201cquoted\u201d ?');
    expect(typeset('en', "Toronto's stand")).toBe('Toronto\u2019s stand');
    expect(typeset('fr', 'Note : oui')).toBe(`Note${NBSP}: oui`);
  });
});

describe('sentenceEnd', () => {
  it('adds a period after an author or title unless it already closes its sentence', () => {
    expect(sentenceEnd('Harald Bauder')).toBe('. ');
    expect(sentenceEnd('MWSN et al.')).toBe(' ');
    expect(sentenceEnd('What is a sanctuary city?')).toBe(' ');
  });
});

describe('splitClosingPunctuation', () => {
  it('takes off the punctuation that closes a text, with the no-break space French sets before it', () => {
    expect(splitClosingPunctuation('le prouvent.')).toEqual({ body: 'le prouvent', closing: '.' });
    expect(splitClosingPunctuation('ville sanctuaire?')).toEqual({ body: 'ville sanctuaire', closing: '?' });
    expect(splitClosingPunctuation(`Source fragile${NBSP}:`)).toEqual({ body: 'Source fragile', closing: `${NBSP}:` });
    expect(splitClosingPunctuation('et ainsi de suite…')).toEqual({ body: 'et ainsi de suite', closing: '…' });
  });

  it('leaves a text that ends in a word, a bracket or a quotation mark as it is', () => {
    for (const text of ['Toronto', '(2013)', 'la « carte sans peur »', ''])
      expect(splitClosingPunctuation(text)).toEqual({ body: text, closing: '' });
  });
});
