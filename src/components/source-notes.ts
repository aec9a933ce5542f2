/**
 * The bracketed notes after a source's publisher, author and date ("hosted copy", "report author",
 * "from URL"), in the page's language. The names themselves stay as the source writes them; the notes
 * are ours, so French pages show the French that data/sources.csv requires beside each English note.
 */
import type { SourceRow } from '../data/schemas.ts';
import type { Lang } from '../i18n/locale.ts';
import { typeset } from '../i18n/typography.ts';

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
  return source.author && (source.author !== source.publisher || notes.author) ? source.author : undefined;
}
