/**
 * The built pages fetch no script while they load: each page's module scripts are in one list that an
 * inline loader imports after the first paint (src/integrations/deferred-scripts.ts). Every listed file
 * must exist and be the site's own, or a page would silently lose its enhancements.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../support/built-pages.ts';
import { DEFERRED_LOADER, deferredScriptsOf } from '../../src/integrations/deferred-scripts.ts';
import { ASSETS_PREFIX } from '../../src/integrations/security-headers.ts';

const siteDir = inject('siteDir');
const pages = builtPages(siteDir);

describe('scripts are fetched after the first paint', () => {
  it('leaves no page with a script the browser fetches while the page loads', () => {
    const eager = pages.filter((p) => /<script\b[^>]*\bsrc=/.test(p.html)).map((p) => p.file);
    expect(eager).toEqual([]);
  });

  it.each(pages.filter((p) => deferredScriptsOf(p.html)).map((p) => [p.file, p] as const))(
    '%s lists files of its own that exist, and loads them',
    (_file, page) => {
      const list = deferredScriptsOf(page.html)!;
      expect(Array.isArray(list) && list.length > 0).toBe(true);
      for (const src of list) {
        expect(src.startsWith(ASSETS_PREFIX), src).toBe(true);
        expect(existsSync(join(siteDir, src)), `${src} is not in the build`).toBe(true);
      }
      expect(page.html).toContain(`<script type="module">${DEFERRED_LOADER}</script>`);
    },
  );

  it('gives every page with a scrolling chart its chart enhancer', () => {
    const scrolling = pages.filter((p) => /\bdata-scrolly\b/.test(p.html));
    expect(scrolling.length).toBeGreaterThan(0);
    for (const page of scrolling) expect(deferredScriptsOf(page.html)?.join(' '), page.file).toMatch(/Scrolly\.astro[^"]*\.js/);
  });
});
