/**
 * Curly quotes and apostrophes for text that skips the Markdown pipeline (frontmatter, CSV cells), so a
 * summary reads like the body text beside it. French guillemets are left to the writer.
 */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013-])"/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s([{\u2014\u2013-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}
