/** Small typed rows for chart tests, with harmless provenance filled in. */
import { join } from 'node:path';
import { validateDataDir } from '../../../src/data/load.ts';
import { formatProblems } from '../../../src/data/problems.ts';
import type { PartialDate } from '../../../src/data/schema-kit.ts';
import type { Dataset } from '../../../src/data/schemas.ts';
import { PROJECT_ROOT } from '../../support/build.ts';

export function pd(iso: string): PartialDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }), iso };
}

export const provenance = {
  source_ids: ['S001'] as readonly string[],
  fact_ids: 'X01',
  confidence: 'high' as const,
  conflict_id: undefined,
  note_en: undefined,
  note_fr: undefined,
  line: 2,
};

/** The project's real data, validated (throws with every problem listed if it is not valid). */
export function realDataset(): Dataset {
  const { dataset, problems } = validateDataDir(join(PROJECT_ROOT, 'data'));
  if (!dataset) throw new Error(formatProblems(problems));
  return dataset;
}
