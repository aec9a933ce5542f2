/**
 * The addresses readers and teachers link to: every page, and on each page the places a link can land
 * on (headings, a sequence's steps, glossary terms, numbered sources, quotes, the places where sources
 * disagree), and the data files offered for download. Links must never break, so content/published-addresses.txt records every address the site
 * has published; `npm run build` refuses a build that drops one and records the new ones.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { htmlFiles, urlPathOf } from './security-headers.ts';

export const RECORD_FILE = 'content/published-addresses.txt';

/** Elements whose id is a place to link to, rather than an id for scripts, labels or drawings. */
const LINK_TARGET = /<(h[1-6]|section|dt|li|figure|article|aside)\b[^>]*?\sid="([^"]+)"/g;

/**
 * The skip link's target, and the heading of the source list that only prints: the page's own plumbing,
 * or a place hidden on screen, not a place anyone publishes a link to.
 */
const NOT_PUBLISHED = new Set(['main', 'print-sources']);

/** The data a page offers for download, which activities and handouts send a class to. */
const DOWNLOADS = 'data';

export function linkableAddresses(path: string, html: string): string[] {
  const ids = [...html.matchAll(LINK_TARGET)].map((m) => m[2]!).filter((id) => !NOT_PUBLISHED.has(id));
  return [path, ...[...new Set(ids)].map((id) => `${path}#${id}`)];
}

/** The CSV files a built site offers for download, as addresses (/data/municipalities.csv). */
function downloadAddresses(siteDir: string): string[] {
  const folder = join(siteDir, DOWNLOADS);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.csv'))
    .map((entry) => `/${relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
}

/** Every linkable address of a built site; the 404 page is reached by no address of its own. */
export function siteAddresses(siteDir: string): string[] {
  return [
    ...htmlFiles(siteDir)
      .map((file) => relative(siteDir, file))
      .filter((file) => file !== '404.html')
      .flatMap((file) => linkableAddresses(urlPathOf(file), readFileSync(join(siteDir, file), 'utf8'))),
    ...downloadAddresses(siteDir),
  ].sort();
}

/** The recorded addresses: every line that starts with "/" (the others explain the file). */
export function parseRecord(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.startsWith('/'));
}

export function compareAddresses(recorded: readonly string[], built: readonly string[]): { missing: string[]; added: string[] } {
  const inBuild = new Set(built);
  const inRecord = new Set(recorded);
  return { missing: recorded.filter((a) => !inBuild.has(a)), added: built.filter((a) => !inRecord.has(a)) };
}

export function recordText(addresses: Iterable<string>): string {
  return [
    'Every address this site has published: pages, the places on them a link can land on, and the data files.',
    'Teachers and readers link to these, so each must keep working. `npm run build` adds new ones here',
    'and refuses a build that drops one. A heading’s words can change; its id should not. Delete a line',
    'only when that page or section was removed on purpose, knowing that links to it will break.',
    '',
    ...[...new Set(addresses)].sort(),
    '',
  ].join('\n');
}

export function droppedAddressesMessage(missing: readonly string[]): string {
  return [
    `This build no longer has ${missing.length === 1 ? 'an address' : `${missing.length} addresses`} the site has published (a reader or teacher may link to ${missing.length === 1 ? 'it' : 'them'}):`,
    ...missing.map((a) => `  - ${a}`),
    `Put each id back where it was (a heading's text can change; its id should not), or, if the page or section`,
    `was removed on purpose, delete its line from ${RECORD_FILE}.`,
  ].join('\n');
}
