import { describe, expect, it } from 'vitest';
import { frenchTextEdits } from '../../src/markdown/french-typography.ts';
import { linkTerms } from '../../src/markdown/glossary-links.ts';
import { glossaryHref, termPatterns } from '../../src/markdown/glossary-terms.ts';
import type { Node } from '../../src/markdown/mdx-nodes.ts';
import type { GlossaryRow } from '../../src/data/schemas.ts';

const NBSP = '\u00a0';
const text = (value: string): Node => ({ type: 'text', value });

describe('French typography in chapter prose', () => {
  it('sets the prose and leaves code and passages marked English alone', () => {
    const prose = text('Le principe : « accès sans crainte »');
    const code = text('a : b');
    const english = text('Note : "Access T.O."');
    const root: Node = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', children: [prose, { type: 'element', tagName: 'code', children: [code] }] },
        {
          type: 'mdxJsxTextElement',
          name: 'span',
          attributes: [{ type: 'mdxJsxAttribute', name: 'lang', value: 'en' }],
          children: [english],
        },
      ],
    };
    const edits = frenchTextEdits(root);
    expect(edits.map((e) => e.node)).toEqual([prose]);
    expect(edits[0]!.value).toBe(`Le principe${NBSP}: «${NBSP}accès sans crainte${NBSP}»`);
  });
});

describe('glossary links in French chapters', () => {
  const row = (forms_fr: string): GlossaryRow =>
    ({
      id: 'sanctuary-city',
      term_en: 'Sanctuary city',
      term_fr: forms_fr ? 'Ville sanctuaire' : '',
      forms_en: 'sanctuary city;sanctuary cities',
      forms_fr,
      definition_en: 'x',
      definition_fr: '',
      source_ids: ['S017'],
    }) as unknown as GlossaryRow;

  it('links the first French use to the French glossary', () => {
    const patterns = termPatterns([row('ville sanctuaire;villes sanctuaires')], 'fr');
    const { pieces } = linkTerms(`Une ville${NBSP}sanctuaire, puis d\u2019autres villes sanctuaires.`, patterns, (id) =>
      glossaryHref('fr', id),
    );
    const links = pieces.filter((p) => p.type === 'element');
    expect(links).toHaveLength(1);
    expect(links[0]!.properties?.href).toBe('/fr/glossaire/#term-sanctuary-city');
    expect(links[0]!.children?.[0]?.value).toBe(`ville${NBSP}sanctuaire`);
  });

  it('links nothing for a term with no French forms yet', () => {
    expect(termPatterns([row('')], 'fr')).toEqual([]);
  });
});
