/**
 * What readers see on every built page is set in print typography: curly quotes and apostrophes, never
 * the straight ones a spreadsheet or a keyboard types. CSV cells, source titles and quotes all pass through
 * typeset()/smartQuotes(); this catches a new path that forgets to. Code samples (embed snippets) keep
 * theirs: they must be pasted as they are.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'node-html-parser';
import { htmlFiles, urlPathOf } from '../../src/integrations/security-headers.ts';

const siteDir = inject('siteDir');

describe('typography of the built pages', () => {
  it('prints no straight quote or apostrophe in the text a reader sees, in either language', () => {
    const found: string[] = [];
    for (const file of htmlFiles(siteDir)) {
      const root = parse(readFileSync(file, 'utf8'), { comment: false });
      for (const hidden of root.querySelectorAll('script, style, pre, code, template')) hidden.remove();
      for (const m of root.structuredText.matchAll(/.{0,30}['"].{0,30}/g)) found.push(`${urlPathOf(relative(siteDir, file))}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
