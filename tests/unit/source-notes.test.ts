import { describe, expect, it } from 'vitest';
import type { SourceRow } from '../../src/data/schemas.ts';
import { namedAuthor, sourceNames, sourceNotes } from '../../src/components/source-notes.ts';

// Only the fields these helpers read; the rest of a row does not change how a source is named.
function source(fields: Partial<SourceRow>): SourceRow {
  return {
    id: 'S001',
    publisher: 'CBC News',
    title: 'A title',
    author: '',
    url: 'https://example.org/',
    language: 'en',
    ...fields,
  } as SourceRow;
}

describe('sourceNames', () => {
  it("sets the spreadsheet's straight quotes as curly ones in every name, and nothing else", () => {
    const names = sourceNames(
      source({ publisher: "Ward 13 councillor's website", title: 'Toronto declared "sanctuary city"', author: "Pat O'Writer" }),
    );
    expect(names).toEqual({
      publisher: 'Ward 13 councillor\u2019s website',
      title: 'Toronto declared \u201csanctuary city\u201d',
      author: 'Pat O\u2019Writer',
    });
  });

  it('has no author when the row names none', () => {
    expect(sourceNames(source({ author: '' })).author).toBeUndefined();
  });
});

describe('namedAuthor', () => {
  it('names a person beside the publisher, as printed', () => {
    const row = source({ author: "Sam O'Writer" });
    expect(namedAuthor(row, sourceNotes(row, 'en'))).toBe('Sam O\u2019Writer');
  });

  it('leaves out an author who is the publisher, unless a note says what part it had', () => {
    const plain = source({ publisher: 'City of Toronto', author: 'City of Toronto' });
    expect(namedAuthor(plain, sourceNotes(plain, 'en'))).toBeUndefined();
    const noted = source({
      publisher: 'City of Toronto',
      author: 'City of Toronto',
      author_note: 'report author',
      author_note_fr: 'auteur du rapport',
    });
    expect(namedAuthor(noted, sourceNotes(noted, 'fr'))).toBe('City of Toronto');
    expect(sourceNotes(noted, 'fr').author).toBe('auteur du rapport');
  });
});
