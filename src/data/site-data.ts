/** The validated dataset for pages and components (read and checked once per build). */
import { loadDataset } from './load.ts';
import type { Dataset, SourceRow } from './schemas.ts';

export function siteData(): Dataset {
  return loadDataset();
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
