/**
 * Every page of a built site, discovered from the build output rather than listed by hand, so the
 * quality tests cover pages that are added later without being edited.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { htmlFiles, urlPathOf } from '../../src/integrations/security-headers.ts';

export interface BuiltPage {
  /** Path inside the build folder, e.g. en/some-slug/index.html. */
  readonly file: string;
  /** The URL path readers use, e.g. /en/some-slug/. */
  readonly path: string;
  readonly html: string;
  /** A chapter or appendix page (the scroll-driven story), as opposed to an index or utility page. */
  readonly isChapter: boolean;
}

export function builtPages(siteDir: string): BuiltPage[] {
  return htmlFiles(siteDir).map((absolute) => {
    const file = relative(siteDir, absolute);
    const html = readFileSync(absolute, 'utf8');
    return { file, path: urlPathOf(file), html, isChapter: /<article\b[^>]*\bdata-chapter=/.test(html) };
  });
}

/** Pages a reader navigates to; 404.html is reached only through a missing address, and is checked too. */
export function pageUrl(baseUrl: string, page: BuiltPage): string {
  return new URL(page.path, baseUrl).href;
}
