import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFERRED_LOADER, DEFERRED_LOADER_HASH, deferModuleScripts } from '../../src/integrations/deferred-scripts.ts';

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
const listIn = (html: string) => JSON.parse(/<script type="application\/json" id="deferred-scripts">([^<]*)<\/script>/.exec(html)![1]!);

describe('page scripts load after the first paint', () => {
  it('moves every external module script into one list, in document order, once each', () => {
    const html = page(
      '<main><script type="module" src="/_astro/a.js"></script><p>text</p>' +
        '<script type="module" src="/_astro/b.js"></script></main>' +
        '<footer></footer><script type="module" src="/_astro/a.js"></script>',
    );
    const deferred = deferModuleScripts(html);
    expect(deferred).not.toMatch(/<script[^>]*\bsrc=/);
    expect(listIn(deferred)).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(deferred).toContain('<main><p>text</p></main><footer></footer>');
    // The loader comes after the list it reads, as the page's last element.
    expect(deferred).toMatch(/id="deferred-scripts">[^<]*<\/script><script type="module">[^<]*<\/script><\/body><\/html>$/);
  });

  it('keeps inline scripts and data where they are', () => {
    const inline = '<script type="module">document.body.dataset.x="1"</script><script type="application/ld+json">{}</script>';
    const deferred = deferModuleScripts(page(inline + '<script type="module" src="/_astro/a.js"></script>'));
    expect(deferred).toContain(`<body>${inline}`);
  });

  it('leaves a page without module scripts untouched', () => {
    const html = page('<p>no scripts</p><script type="application/ld+json">{}</script>');
    expect(deferModuleScripts(html)).toBe(html);
  });

  it('stops the build when there is no </body> to put the loader before', () => {
    expect(() => deferModuleScripts('<script type="module" src="/_astro/a.js"></script>')).toThrow(/no <\/body>/);
  });

  it('gives the policy the hash of the loader exactly as written into the page', () => {
    const deferred = deferModuleScripts(page('<script type="module" src="/_astro/a.js"></script>'));
    const loader = /<script type="module">([^<]*)<\/script><\/body>/.exec(deferred)![1]!;
    expect(loader).toBe(DEFERRED_LOADER);
    expect(DEFERRED_LOADER_HASH).toBe(`sha256-${createHash('sha256').update(loader).digest('base64')}`);
  });
});
