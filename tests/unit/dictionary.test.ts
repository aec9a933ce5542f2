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

  it('documents every column of every file with its meaning and an example row', () => {
    const text = renderDataDictionary();
    for (const schema of ALL_SCHEMAS) {
      expect(text).toContain(`## ${schema.file}`);
      for (const column of Object.keys(schema.columns)) expect(text).toContain(`| \`${column}\` |`);
      expect(text).toContain(Object.keys(schema.columns).join(','));
    }
  });
});
