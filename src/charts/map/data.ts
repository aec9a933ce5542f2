/**
 * Build-time side of the map: projects each city into the basemap's frame (d3-geo stays out of the
 * browser) and works out each city's status year by year from council_actions.status_after, ending on
 * municipalities.status for the latest year.
 */
import { geoConicConformal } from 'd3-geo';
import { localized } from '../../i18n/locale.ts';
import type { CityStatus, Dataset, MunicipalityRow } from '../../data/schemas.ts';
import type { Basemap, MapCity, MapData } from './chart.ts';
import canada from './canada.json' with { type: 'json' };
import greatLakes from './great-lakes.json' with { type: 'json' };

export const CANADA: Basemap & {
  readonly projection: {
    readonly rotate: readonly number[];
    readonly parallels: readonly number[];
    readonly scale: number;
    readonly translate: readonly number[];
  };
} = { ...canada, lakes: greatLakes.lakes };

/**
 * The Windsor–Québec corridor, in degrees: from Windsor and Lake Erie's shore up the St. Lawrence past
 * Québec City. A city inside it (in the data or added later) is drawn in the enlarged panel.
 */
const CORRIDOR_DEGREES = { west: -84, east: -70.5, south: 41.5, north: 47.5 };

/** Status shown for a city whose recorded actions so far changed no status: the question was raised in public. */
const RAISED: CityStatus = 'debated';

export interface CityHistory {
  readonly city: MunicipalityRow;
  /** Status at the end of each year in which it changed, with the rows that say so. */
  readonly changes: readonly { readonly year: number; readonly status: CityStatus; readonly sourceIds: readonly string[] }[];
}

export function cityHistories(data: Pick<Dataset, 'municipalities' | 'councilActions'>): {
  firstYear: number;
  lastYear: number;
  histories: CityHistory[];
} {
  const actionYears = data.councilActions.map((a) => a.date.year);
  if (actionYears.length === 0) throw new Error('The map needs at least one row in council_actions.csv.');
  const statusYears = data.municipalities.flatMap((m) => (m.status_date ? [m.status_date.year] : []));
  const firstYear = Math.min(...actionYears);
  const lastYear = Math.max(...actionYears, ...statusYears);
  const histories = data.municipalities.map((m) => {
    const actions = data.councilActions.filter((a) => a.city_id === m.id).sort((a, b) => a.date.iso.localeCompare(b.date.iso));
    const changes: { year: number; status: CityStatus; sourceIds: readonly string[] }[] = [];
    let current: CityStatus | undefined;
    const set = (year: number, status: CityStatus, sourceIds: readonly string[]) => {
      const last = changes.at(-1);
      if (last?.year === year) changes[changes.length - 1] = { year, status, sourceIds };
      else changes.push({ year, status, sourceIds });
      current = status;
    };
    for (const action of actions) {
      const next = action.status_after ?? current ?? RAISED;
      if (next !== current) set(action.date.year, next, action.source_ids);
    }
    if (current !== m.status) set(lastYear, m.status, m.source_ids);
    return { city: m, changes };
  });
  return { firstYear, lastYear, histories };
}

export function mapData(data: Pick<Dataset, 'municipalities' | 'councilActions'>, basemapId: string): MapData {
  const p = CANADA.projection;
  const projection = geoConicConformal()
    .rotate(p.rotate as [number, number])
    .parallels(p.parallels as [number, number])
    .scale(p.scale)
    .translate(p.translate as [number, number]);
  const { firstYear, lastYear, histories } = cityHistories(data);
  const { west, east, south, north } = CORRIDOR_DEGREES;
  // The box's edges curve under a conic projection: bound the projected corners and edge midpoints.
  const edge = [west, (west + east) / 2, east].flatMap((lon) => [south, north].map((lat) => projection([lon, lat])!));
  const corridor = {
    x0: Math.min(...edge.map(([x]) => x)),
    x1: Math.max(...edge.map(([x]) => x)),
    y0: Math.min(...edge.map(([, y]) => y)),
    y1: Math.max(...edge.map(([, y]) => y)),
  };
  const cities: MapCity[] = histories.map(({ city: m, changes }) => {
    const [x, y] = projection([m.lon, m.lat])!;
    return {
      id: m.id,
      name: { en: m.name_en, fr: localized(m, 'name', 'fr') },
      x: Math.round(x * 10) / 10,
      y: Math.round(y * 10) / 10,
      changes: changes.map(({ year, status }) => ({ year, status })),
    };
  });
  return { frame: CANADA.frame, basemap: basemapId, corridor, firstYear, lastYear, cities };
}
