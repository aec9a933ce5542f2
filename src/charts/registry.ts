/**
 * Every chart the chapters can name (<Scrolly chart="…">, <Figure chart="…">): one folder per chart under
 * src/charts/, found here from its entry.ts. Build-time only: the browser runs no chart code, it moves the
 * drawings made here (src/components/step-trees.ts). Adding a chart means adding a folder:
 *   src/charts/<id>/chart.ts     default export: its ChartModule (pure, browser-safe), with `id` = the folder name
 *   src/charts/<id>/entry.ts     default export: its ChartEntry (rows drawn, table and CSV, sources, method)
 */
import type { ChartEntry } from './types.ts';

export type { ChartColumn, ChartContext, ChartEntry, ChartTable, LegendItem } from './types.ts';

const entries = import.meta.glob<{ default: ChartEntry }>('./*/entry.ts', { eager: true });

/** The folder a glob key names: './map/entry.ts' → 'map'. */
export const chartFolder = (key: string): string => key.split('/').at(-2)!;

export const REGISTRY: Readonly<Record<string, ChartEntry>> = Object.fromEntries(
  Object.entries(entries).map(([key, found]) => {
    const folder = chartFolder(key);
    if (found.default.module.id !== folder) {
      throw new Error(`src/charts/${folder}/entry.ts draws chart "${found.default.module.id}": a chart's id must be its folder's name.`);
    }
    return [folder, found.default];
  }),
);

export function chartEntry(id: string): ChartEntry {
  const entry = REGISTRY[id];
  if (!entry) throw new Error(`There is no chart "${id}". Charts: ${Object.keys(REGISTRY).join(', ')} (one folder each in src/charts/).`);
  return entry;
}
