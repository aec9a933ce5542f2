import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validateDataDir } from '../../src/data/load.ts';
import { derivedNumber, rowNumber, StatError, DERIVED } from '../../src/data/stats.ts';
import { copyOfData, PROJECT_ROOT } from '../support/build.ts';
import { appendRow } from '../support/csv-edit.ts';

const real = () => validateDataDir(join(PROJECT_ROOT, 'data')).dataset!;

describe('numbers bound to the data', () => {
  it('reads one cell by table, id and field', () => {
    const data = real();
    const row = data.cbsaRemovals[0]!;
    expect(rowNumber(data, 'cbsaRemovals', row.id)).toEqual({ value: row.value, sourceIds: row.source_ids });
  });

  it('refuses an unknown row, an unknown table and a non-numeric cell with a message naming them', () => {
    const data = real();
    expect(() => rowNumber(data, 'cbsaRemovals', 'removals-1800-total')).toThrow(/removals-1800-total/);
    expect(() => rowNumber(data, 'nope' as never, 'x')).toThrow(StatError);
    expect(() => rowNumber(data, 'municipalities', 'toronto', 'name_en')).toThrow(/not a number/);
    expect(() => derivedNumber(data, 'cities-on-mars')).toThrow(/Known:/);
  });

  it('counts adopting cities from the rows, so a new city changes the count', () => {
    const before = derivedNumber(real(), 'cities-adopted').value;
    const dir = copyOfData();
    appendRow(dir, 'municipalities.csv', { id: 'trois-rivieres', name_en: 'Trois-Rivières', status: 'adopted', status_date: '' });
    const after = derivedNumber(validateDataDir(dir).dataset!, 'cities-adopted').value;
    expect(after).toBe(before + 1);
  });

  it('sums the 2017 monthly interceptions and states the gap to the annual total', () => {
    const data = real();
    const sum = derivedNumber(data, 'rcmp-2017-monthly-sum').value;
    const gap = derivedNumber(data, 'rcmp-2017-monthly-gap').value;
    const annual = data.rcmpInterceptions.find((r) => r.id === 'rcmp-2017-canada')!.value;
    expect(sum + gap).toBe(annual);
  });

  it('computes every registered derived value on the real data without error', () => {
    const data = real();
    for (const name of Object.keys(DERIVED)) expect(Number.isFinite(derivedNumber(data, name).value)).toBe(true);
  });
});
