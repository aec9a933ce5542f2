/** Building blocks for the tables under charts (and their "Get the data" CSVs), shared by every entry. */
import type { ChartColumn } from '../types.ts';
import type { Bilingual } from './text.ts';

export const uniqueSources = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())].sort();

export const sourcesColumn: ChartColumn = { key: 'source_ids', label: { en: 'Sources', fr: 'Sources' }, kind: 'sources' };

export const col = (key: string, en: string, fr: string, extra: Partial<ChartColumn> = {}): ChartColumn => ({
  key,
  label: { en, fr },
  ...extra,
});

/** A text shown in both editions: one CSV column per language, each shown in its own edition's table. */
export const enFr = (key: string, label: Bilingual): ChartColumn[] => [
  { key: `${key}_en`, label, lang: 'en' },
  { key: `${key}_fr`, label, lang: 'fr' },
];
