import { describe, expect, it } from 'vitest';
import { parseCell } from '../../src/data/cells.ts';
import { ALL_SCHEMAS } from '../../src/data/schemas.ts';

// The example rows teach editors what a good row looks like, so each must itself be valid.
describe.each(ALL_SCHEMAS.map((s) => [s.file, s] as const))('the example row of %s', (_file, schema) => {
  it('has every column and nothing else', () => {
    expect(Object.keys(schema.example).sort()).toEqual(Object.keys(schema.columns).sort());
  });

  it('passes its own column checks', () => {
    for (const [column, spec] of Object.entries(schema.columns)) {
      const value = schema.example[column as keyof typeof schema.example] as string;
      if (value === '') {
        expect(spec.required, `${schema.file} example leaves required ${column} empty`).toBe(false);
        continue;
      }
      expect(parseCell(spec, value), `${schema.file} example, column ${column}: "${value}"`).toMatchObject({ ok: true });
    }
  });
});
