/**
 * The screen's type comes from one short scale and two weights (src/styles/global.css). Each further
 * size or weight is one more font instance the browser looks up and sets up the first time it lays out
 * text in it, and much of a chapter's text is first laid out while the reader scrolls to it: a sequence
 * that brought three new sizes cost its first layout that much more, in the frame that scrolls it in.
 * Print has its own point sizes (src/styles/print.css) and is left out.
 */
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../support/built-pages.ts';

const SCREEN_SIZES = new Set(['.8rem', '.9rem', '1rem', '1.125rem', '1.25rem', '1.5rem', 'inherit']);
/** Headings scale with the viewport, each between two sizes of its own. */
const FLUID_SIZE = /^clamp\(/;
const SCREEN_WEIGHTS = new Set(['400', '700']);

/** The stylesheet without its `@media print { … }` blocks, whose braces nest. */
function withoutPrintRules(css: string): string {
  let out = '';
  let at = 0;
  for (let start = css.indexOf('@media print', at); start !== -1; start = css.indexOf('@media print', at)) {
    out += css.slice(at, start);
    let depth = 0;
    let i = css.indexOf('{', start);
    for (; i < css.length; i++) {
      if (css[i] === '{') depth++;
      else if (css[i] === '}' && --depth === 0) break;
    }
    at = i + 1;
  }
  return out + css.slice(at);
}

function screenDeclarations(html: string, property: 'font-size' | 'font-weight'): string[] {
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => withoutPrintRules(m[1]!));
  const pattern = new RegExp(`${property}:\\s*([^;}]+)`, 'g');
  return styles.flatMap((css) => [...css.matchAll(pattern)].map((m) => m[1]!.trim().replace(/^0\./, '.')));
}

describe('the type scale', () => {
  const pages = builtPages(inject('siteDir'));

  it('leaves out the print rules, and only them', () => {
    const css = 'a{font-size:1rem}@media print{b{font-size:8pt}@page{margin:0}}c{font-weight:700}';
    expect(withoutPrintRules(css)).toBe('a{font-size:1rem}c{font-weight:700}');
  });

  it('sets every size on screen from the scale and every weight as regular or bold, on every page', () => {
    const strays = pages.flatMap((page) => [
      ...screenDeclarations(page.html, 'font-size')
        .filter((size) => !SCREEN_SIZES.has(size) && !FLUID_SIZE.test(size))
        .map((size) => `${page.path}: font-size ${size}`),
      ...screenDeclarations(page.html, 'font-weight')
        .filter((weight) => !SCREEN_WEIGHTS.has(weight))
        .map((weight) => `${page.path}: font-weight ${weight}`),
    ]);
    expect([...new Set(strays)]).toEqual([]);
    expect(pages.filter((page) => screenDeclarations(page.html, 'font-size').length > 0).length).toBeGreaterThan(10);
  });
});
