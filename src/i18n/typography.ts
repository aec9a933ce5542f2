/**
 * Typography for text that reaches readers: curly quotes for English (frontmatter and CSV cells skip the
 * Markdown pipeline), and Canadian French spacing for French (the Translation Bureau's and the OQLF's
 * rules): a no-break space before the colon, the percent sign and a dollar sign after its amount, and inside « guillemets », none before
 * ; ! ?, and a narrow no-break space between the thousands of a number. Writers type ordinary spaces; these functions make them the right ones, so a line never breaks
 * before a colon or a percent sign, or leaves a guillemet alone at the start of a line.
 */
import type { Lang } from './locale.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/**
 * Curly quotes and apostrophes for text that skips the Markdown pipeline (frontmatter, CSV cells), so a
 * summary reads like the body text beside it. French text goes on through frenchTypography(), which
 * turns the curly double quotes into guillemets.
 */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013-])"/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s([{\u2014\u2013-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}

/** Any horizontal space a writer may have typed, ordinary or already no-break. */
const SPACES = '[ \\t\\u00a0\\u202f]';

/**
 * French spacing and quotation marks. Only a colon that ends a phrase (followed by a space or the end of
 * the text) is touched, so times (10:30), addresses (https://…) and ratios keep theirs. Straight and
 * English curly double quotes become « » (a straight quote opens after a space or an opening bracket and
 * closes otherwise); a straight apostrophe, as spreadsheets type it, becomes ’ (French quotes with « », so
 * a single straight quote is always an apostrophe). Safe to run twice.
 */
export function frenchTypography(text: string): string {
  return (
    text
      .replace(/'/g, '\u2019')
      .replace(/(^|[\s([{\u2014\u2013])"(?=\S)/g, '$1\u201c')
      .replace(/"/g, '\u201d')
      .replace(/\u201c/g, '«')
      .replace(/\u201d/g, '»')
      .replace(new RegExp(`«${SPACES}*`, 'g'), `«${NBSP}`)
      .replace(new RegExp(`${SPACES}*»`, 'g'), `${NBSP}»`)
      .replace(new RegExp(`${SPACES}*:(?=\\s|$)`, 'g'), `${NBSP}:`)
      .replace(new RegExp(`${SPACES}+%`, 'g'), `${NBSP}%`)
      // A dollar sign after its amount stays on the amount's line (200 000 $), as the bound figures print it.
      .replace(new RegExp(`(?<=\\d)${SPACES}+\\$`, 'g'), `${NBSP}$`)
      // A thousands space is a narrow no-break one (20 593), as the chapters type it, so no line splits a number.
      .replace(/(?<=\d)[ \u00a0](?=\d{3}(?!\d))/g, NNBSP)
      .replace(new RegExp(`${SPACES}+(?=[;!?])`, 'g'), '')
  );
}

/**
 * Text written for a page in one language, made ready to print on it: French spacing and guillemets, or
 * English curly quotes and apostrophes (CSV cells are typed with straight ones, the prose beside them is not).
 */
export function typeset(lang: Lang, text: string): string {
  return lang === 'fr' ? frenchTypography(text) : smartQuotes(text);
}

/** The separator after a cited author or title: "MWSN et al." or a title ending in "?" closes its own sentence. */
export function sentenceEnd(text: string): string {
  return /[.?!]$/.test(text.trim()) ? ' ' : '. ';
}

/**
 * The text before its last word, and that word, so the word can be kept on one line with what follows
 * it (a footnote number); undefined when the text ends in a space. No-break spaces stay inside the word.
 */
export function splitLastWord(text: string): { head: string; word: string } | undefined {
  if (text === '' || /[ \t\n]$/.test(text)) return undefined;
  const at = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t'), text.lastIndexOf('\n'));
  return { head: text.slice(0, at + 1), word: text.slice(at + 1) };
}

/** French sets a footnote number before the punctuation that closes its sentence ("prouvent²."), English after it ("proves.²"). */
export function callsBeforeClosingPunctuation(lang: Lang): boolean {
  return lang === 'fr';
}

/**
 * A text and the punctuation that closes it ("prouvent" and "."), with the no-break space French sets
 * before a colon or semicolon, for a footnote number to go between them (callsBeforeClosingPunctuation).
 */
export function splitClosingPunctuation(text: string): { body: string; closing: string } {
  const closing = /[\u00a0\u202f]?[.…!?;:]+$/.exec(text)?.[0] ?? '';
  return { body: text.slice(0, text.length - closing.length), closing };
}
