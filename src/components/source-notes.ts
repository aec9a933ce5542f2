/**
 * How a source is shown wherever a page names it (footnote, sources page, printed list, embed footer).
 * Its names (publisher, author, title) stay as the source writes them, in its language, with only the
 * spreadsheet's straight quotes and apostrophes set as the page's curly ones. The bracketed notes after
 * them ("hosted copy", "report author", "from URL") are ours, so French pages show the French that
 * data/sources.csv requires beside each English note.
 */
import type { SourceRow } from '../data/schemas.ts';
import type { Lang } from '../i18n/locale.ts';
import { smartQuotes, typeset } from '../i18n/typography.ts';

export interface SourceNames {
  readonly publisher: string;
  readonly title: string;
  readonly author?: string;
}

/** The source's names as printed (see above); each page marks them with the source's language. */
export function sourceNames(source: SourceRow): SourceNames {
  return {
    publisher: smartQuotes(source.publisher),
    title: smartQuotes(source.title),
    author: source.author ? smartQuotes(source.author) : undefined,
  };
}

export interface SourceNotes {
  readonly publisher?: string;
  readonly author?: string;
  readonly date?: string;
}

export function sourceNotes(source: SourceRow, lang: Lang): SourceNotes {
  const inLang = (english: string | undefined, french: string | undefined) => {
    const note = lang === 'fr' ? french : english;
    return note ? typeset(lang, note) : undefined;
  };
  return {
    publisher: inLang(source.publisher_note, source.publisher_note_fr),
    author: inLang(source.author_note, source.author_note_fr),
    date: inLang(source.date_note, source.date_note_fr),
  };
}

/**
 * The author to name beside the publisher, if any: a person, or the publishing body itself when a note
 * says something about its part (a report it led); otherwise the publisher already names it.
 */
export function namedAuthor(source: SourceRow, notes: SourceNotes): string | undefined {
  return source.author && (source.author !== source.publisher || notes.author) ? sourceNames(source).author : undefined;
}
