/**
 * A temporary copy of data/ grown by a factor, to see how build time and page weight scale with the
 * data. Cities are copied with new ids (toronto → toronto-x2 …) together with their council actions,
 * service coverage and events, so every reference stays valid and the map, timeline and matrix all grow.
 * Sources are copied too, up to the S999 ceiling of the source-number format.
 */
import { copyOfData } from '../tests/support/build.ts';
import { readRows, writeRows } from '../tests/support/csv-edit.ts';

const MAX_SOURCES = 999;

function copySuffix(copy: number): string {
  return `-x${copy}`;
}

/** Copies every row of a city-linked table once per extra copy, renaming its id and its city. */
function growCityTable(dir: string, file: string, factor: number, extraIds: string[] = []): number {
  const { header, rows } = readRows(dir, file);
  const id = header.indexOf('id');
  const cityColumns = ['city_id', ...extraIds].map((c) => header.indexOf(c)).filter((i) => i >= 0);
  const grown = [...rows];
  for (let copy = 2; copy <= factor; copy++) {
    for (const row of rows) {
      // Rows not tied to one of our cities would only repeat the same fact: copy city rows only.
      if (file !== 'municipalities.csv' && cityColumns.every((c) => row[c] === '')) continue;
      const next = [...row];
      next[id] = `${row[id]}${copySuffix(copy)}`;
      for (const c of cityColumns) if (next[c]) next[c] = `${next[c]}${copySuffix(copy)}`;
      if (file === 'municipalities.csv') {
        for (const name of ['name_en', 'name_fr']) {
          const n = header.indexOf(name);
          if (n >= 0 && next[n]) next[n] = `${next[n]} ${copy}`;
        }
      }
      grown.push(next);
    }
  }
  writeRows(dir, file, header, grown);
  return grown.length;
}

function growSources(dir: string, factor: number): number {
  const { header, rows } = readRows(dir, 'sources.csv');
  const id = header.indexOf('id');
  const title = header.indexOf('title');
  const target = Math.min(rows.length * factor, MAX_SOURCES);
  const used = new Set(rows.map((r) => r[id]));
  const grown = [...rows];
  let n = 1;
  for (let i = 0; grown.length < target; i++) {
    while (used.has(`S${String(n).padStart(3, '0')}`)) n++;
    const next = [...rows[i % rows.length]!];
    next[id] = `S${String(n).padStart(3, '0')}`;
    next[title] = `${next[title]} (copy)`;
    used.add(next[id]);
    grown.push(next);
  }
  writeRows(dir, 'sources.csv', header, grown);
  return grown.length;
}

export interface ScaledData {
  dir: string;
  rows: Record<string, number>;
}

export function scaledDataCopy(factor: number): ScaledData {
  const dir = copyOfData();
  if (factor <= 1) return { dir, rows: {} };
  return {
    dir,
    rows: {
      'municipalities.csv': growCityTable(dir, 'municipalities.csv', factor),
      'council_actions.csv': growCityTable(dir, 'council_actions.csv', factor),
      'service_coverage.csv': growCityTable(dir, 'service_coverage.csv', factor),
      'events.csv': growCityTable(dir, 'events.csv', factor),
      'sources.csv': growSources(dir, factor),
    },
  };
}
