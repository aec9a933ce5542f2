/** The validated dataset for pages, components and build tests, and the sources' lookups. */
import { dataDir, dataFolderShownAs, dataVersion, validateDataDir } from './load.ts';
import { DataError } from './problems.ts';
import type { Dataset, SourceRow } from './schemas.ts';

let cached: { dir: string; version: number; dataset: Dataset } | undefined;

/** The validated dataset, read once per process (once per data change under `npm run dev`). */
export function siteData(dir = dataDir()): Dataset {
  const version = dataVersion();
  if (cached?.dir === dir && cached.version === version) return cached.dataset;
  const { dataset, problems } = validateDataDir(dir);
  if (!dataset) throw new DataError(problems, dataFolderShownAs(dir));
  cached = { dir, version, dataset };
  return dataset;
}

export function sourceById(id: string): SourceRow {
  const source = siteData().sources.find((s) => s.id === id);
  if (!source) throw new Error(`A citation names the source "${id}", which is not in data/sources.csv. Add it there or fix the id.`);
  return source;
}

/** The number a source carries in print: S017 → 17. Stable across the site, so citations can be quoted. */
export function sourceNumber(id: string): number {
  return Number(id.slice(1));
}
