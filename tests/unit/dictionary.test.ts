import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDataDictionary } from '../../src/data/dictionary.ts';
import { ALL_SCHEMAS } from '../../src/data/schemas.ts';
import { PROJECT_ROOT } from '../support/build.ts';

describe('data/README.md, the editors’ data dictionary', () => {
  it('matches the schemas (run `npm run data:dictionary` after changing src/data/schemas.ts)', () => {
    expect(readFileSync(join(PROJECT_ROOT, 'data/README.md'), 'utf8')).toBe(renderDataDictionary());
  });

  it('describes each file to readers in both languages, keeping markup and rules for editors to the dictionary', () => {
    // The methods and data pages print these descriptions: a reader has no use for a component's syntax
    // or a rule addressed to whoever edits the file.
    for (const schema of ALL_SCHEMAS) {
      for (const text of [schema.description, schema.description_fr]) {
        expect(text, schema.file).not.toMatch(/<|\bdossier\b|\bbibliograph/i);
        expect(text, schema.file).not.toMatch(/(^|\. )(Never|Ne jamais)\b/);
      }
    }
    const figures = ALL_SCHEMAS.find((schema) => schema.file === 'figures.csv')!;
    expect(renderDataDictionary()).toContain(figures.editorNote!);
  });

  it('documents every column of every file with its meaning and an example row', () => {
    const text = renderDataDictionary();
    for (const schema of ALL_SCHEMAS) {
      expect(text).toContain(`## ${schema.file}`);
      for (const column of Object.keys(schema.columns)) expect(text).toContain(`| \`${column}\` |`);
      expect(text).toContain(Object.keys(schema.columns).join(','));
    }
  });
});
