/** Citations and glossary matching, the pure parts of the teaching apparatus. */
import { describe, expect, it } from 'vitest';
import { citationText, CITATION_STYLES, type CitedPage } from '../../src/educators/citation.ts';
import { termPattern } from '../../src/markdown/glossary-terms.ts';
import { linkTerms } from '../../src/markdown/glossary-links.ts';

const page: CitedPage = {
  lang: 'en',
  title: 'Police cooperation',
  siteName: 'Sanctuary',
  published: '2026-11-25',
  updated: '2026-12-01',
  path: '/en/police-cooperation/',
};

describe('citations', () => {
  it('write APA, MLA and Chicago with both dates and a fill-in access date', () => {
    expect(citationText(page, 'APA')).toBe(
      'Sanctuary newsroom-tech team. (2026, November 25). Police cooperation (last updated December 1, 2026). Sanctuary. Retrieved [Month Day, Year], from [site address]/en/police-cooperation/',
    );
    expect(citationText(page, 'MLA')).toBe(
      'Sanctuary newsroom-tech team. “Police cooperation.” Sanctuary, 25 Nov. 2026, updated 1 Dec. 2026, [site address]/en/police-cooperation/. Accessed [Day Month Year].',
    );
    expect(citationText(page, 'Chicago')).toBe(
      'Sanctuary newsroom-tech team. “Police cooperation.” Sanctuary. Published November 25, 2026; last modified December 1, 2026. Accessed [Month Day, Year]. [site address]/en/police-cooperation/.',
    );
  });

  it('give the absolute address when the site knows it, and never a bare path otherwise', () => {
    for (const style of CITATION_STYLES) {
      expect(citationText({ ...page, site: 'https://example.org' }, style)).toContain('https://example.org/en/police-cooperation/');
      expect(citationText(page, style)).not.toMatch(/(?<!\])\/en\/police-cooperation\//);
    }
  });

  it('do not add a full stop after a title that ends with a question mark', () => {
    expect(citationText({ ...page, title: 'What is a sanctuary city?' }, 'MLA')).toContain('“What is a sanctuary city?”');
  });

  it('use French dates and quotation marks in French', () => {
    const fr = citationText({ ...page, lang: 'fr', title: 'Coopération policière', siteName: 'Sanctuaire' }, 'MLA');
    expect(fr).toContain('« Coopération policière. »');
    expect(fr).toContain('25 novembre 2026');
  });
});

describe('glossary matching', () => {
  it('matches whole words, either apostrophe, and a capitalised first letter', () => {
    const p = termPattern(["don't ask", 'status checks', 'status check']);
    expect(p.exec('a “don’t ask” rule')?.[0]).toBe('don’t ask');
    expect(p.exec('Status checks rose')?.[0]).toBe('Status checks');
    expect(p.exec('substatus checking')).toBeNull();
  });

  it('keeps acronyms case-sensitive', () => {
    expect(termPattern(['CBSA']).exec('the cbsa')).toBeNull();
    expect(termPattern(['CBSA']).exec('(CBSA)')?.[0]).toBe('CBSA');
  });

  it('links each term once, at its first use, and splits the text around it', () => {
    const pending = [
      { id: 'cbsa', pattern: termPattern(['CBSA']) },
      { id: 'removal', pattern: termPattern(['removals', 'removal']) },
    ];
    const { pieces, pending: left } = linkTerms('Removals by CBSA, and more CBSA removals.', pending, (id) => `/en/glossary/#term-${id}`);
    expect(left).toHaveLength(0);
    expect(pieces.map((p) => (p.type === 'text' ? p.value : `[${p.children![0]!.value}]`)).join('')).toBe('[Removals] by [CBSA], and more CBSA removals.');
  });
});
