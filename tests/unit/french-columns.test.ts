import { describe, expect, it } from 'vitest';
import { renderDataDictionary } from '../../src/data/dictionary.ts';
import { englishTwin } from '../../src/data/schema-kit.ts';
import { ALL_SCHEMAS } from '../../src/data/schemas.ts';

const frenchColumns = ALL_SCHEMAS.flatMap((schema) =>
  Object.entries(schema.columns).flatMap(([name, spec]) => {
    const twin = englishTwin(name, spec, schema.columns);
    return twin ? [{ schema, name, spec, twin }] : [];
  }),
);

describe('French columns', () => {
  it('pair every *_fr text column with its English twin, and quotes.csv translation_fr with the words said in English', () => {
    expect(frenchColumns.length).toBeGreaterThan(20);
    const translation = frenchColumns.find((c) => c.schema.file === 'quotes.csv' && c.name === 'translation_fr');
    expect(translation?.twin).toEqual({ column: 'text', when: { column: 'language', equals: 'en' } });
    for (const { schema, name, twin } of frenchColumns) {
      expect(schema.columns[twin.column], `${schema.file} ${name} translates a column that exists`).toBeDefined();
    }
  });

  it('name the exceptions explicitly: only English-only policy names may stay empty', () => {
    const exceptions = frenchColumns.filter((c) => c.spec.frenchMayBeEmpty !== undefined).map((c) => `${c.schema.file} ${c.name}`);
    expect(exceptions).toEqual(['municipalities.csv policy_name_fr']);
  });

  it('are filled in every example row, so the dictionary teaches what the check asks', () => {
    for (const { schema, name, spec, twin } of frenchColumns) {
      const example = schema.example as Record<string, string>;
      const due = example[twin.column] !== '' && (!twin.when || example[twin.when.column] === twin.when.equals);
      if (due && spec.frenchMayBeEmpty === undefined) expect(example[name], `${schema.file} example ${name}`).not.toBe('');
    }
  });

  it('tell editors in the dictionary when French is due and which column may stay empty', () => {
    const dictionary = renderDataDictionary();
    expect(dictionary).toContain('| `note_fr` | text | yes, when `note_en` has text |');
    expect(dictionary).toContain('| `translation_fr` | text | yes, when `text` has text and `language` is `en` |');
    expect(dictionary).toMatch(
      /\| `policy_name_fr` \| text \| French if it has one; may stay empty for a proper name with no official French form/,
    );
    expect(dictionary).not.toContain('An empty `*_fr` cell shows the English');
  });
});
