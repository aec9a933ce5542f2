/**
 * The addresses readers and teachers link to: every page, and on each page the places a link can land
 * on (headings, a sequence's steps, glossary terms, numbered sources, quotes, the places where sources
 * disagree). Links must never break, so content/published-addresses.txt records every address the site
 * has published; `npm run build` refuses a build that drops one and records the new ones.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles, urlPathOf } from './security-headers.ts';

export const RECORD_FILE = 'content/published-addresses.txt';

/** Elements whose id is a place to link to, rather than an id for scripts, labels or drawings. */
const LINK_TARGET = /<(h[1-6]|section|dt|li|figure|article|aside)\b[^>]*?\sid="([^"]+)"/g;

/** The skip link's target: the page's own plumbing, not a place anyone publishes a link to. */
const NOT_PUBLISHED = new Set(['main']);

export function linkableAddresses(path: string, html: string): string[] {
  const ids = [...html.matchAll(LINK_TARGET)].map((m) => m[2]!).filter((id) => !NOT_PUBLISHED.has(id));
  return [path, ...[...new Set(ids)].map((id) => `${path}#${id}`)];
}

/** Every linkable address of a built site; the 404 page is reached by no address of its own. */
export function siteAddresses(siteDir: string): string[] {
  return htmlFiles(siteDir)
    .map((file) => relative(siteDir, file))
    .filter((file) => file !== '404.html')
    .flatMap((file) => linkableAddresses(urlPathOf(file), readFileSync(join(siteDir, file), 'utf8')))
    .sort();
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
    'Every address this site has published: pages, and the places on them a link can land on.',
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
