/**
 * Numbers the prose quotes, bound to the data: either one cell of one row (by table and id) or a value
 * derived from many rows (a count of cities, a sum). <Stat> renders them; an editor's CSV edit changes
 * the sentence, the chart and the table together.
 */
import type { Dataset, CityStatus, TableName } from './schemas.ts';

export interface BoundNumber {
  readonly value: number;
  /** Sources behind the number, for the footnote that follows it. */
  readonly sourceIds: readonly string[];
}

export type { TableName };

export class StatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StatError';
  }
}

/** One numeric cell: rowNumber(data, 'cbsaRemovals', 'removals-2024-total', 'value'). */
export function rowNumber(data: Dataset, table: TableName, id: string, field = 'value'): BoundNumber {
  const rows = data[table] as readonly Record<string, unknown>[] | undefined;
  if (!rows) throw new StatError(`<Stat table="${table}">: there is no table of that name. Tables: ${Object.keys(data).join(', ')}.`);
  const row = rows.find((r) => r.id === id);
  if (!row) throw new StatError(`<Stat table="${table}" id="${id}">: no row has that id. Was it renamed or deleted in the CSV?`);
  const value = row[field];
  if (typeof value !== 'number') {
    throw new StatError(`<Stat table="${table}" id="${id}" field="${field}">: that cell is ${value === undefined ? 'empty' : 'not a number'}.`);
  }
  return { value, sourceIds: (row.source_ids as string[] | undefined) ?? [] };
}

const ADOPTING: readonly CityStatus[] = ['adopted', 'renamed'];

function countCities(data: Dataset, statuses: readonly CityStatus[]): BoundNumber {
  const rows = data.municipalities.filter((m) => statuses.includes(m.status));
  return { value: rows.length, sourceIds: [...new Set(rows.flatMap((r) => r.source_ids))] };
}

function interceptions2017(data: Dataset) {
  const monthly = data.rcmpInterceptions.filter((r) => r.period === 'month' && r.region === 'canada' && r.date.year === 2017);
  const annual = data.rcmpInterceptions.find((r) => r.period === 'year' && r.region === 'canada' && r.date.year === 2017);
  return { monthly, annual };
}

function rowOf<R extends { readonly id: string }>(rows: readonly R[], id: string): R {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new StatError(`A derived value needs the row "${id}", which is missing from the data.`);
  return row;
}

/** The complete calendar year with the most (or fewest) national removals; partial years are left out. */
function extremeRemovalYear(d: Dataset, which: 'max' | 'min'): BoundNumber {
  const full = d.cbsaRemovals.filter((r) => r.region === 'total' && !r.partial_year);
  if (full.length === 0) throw new StatError('cbsa_removals.csv has no complete-year national totals.');
  const pick = full.reduce((best, r) => ((which === 'max' ? r.value > best.value : r.value < best.value) ? r : best));
  return { value: pick.year, sourceIds: pick.source_ids };
}

/** Values computed from many rows. The key is what MDX names: <Stat derived="cities-adopted" />. */
export const DERIVED: Readonly<Record<string, (data: Dataset) => BoundNumber>> = {
  'cities-total': (d) => ({ value: d.municipalities.length, sourceIds: [] }),
  'cities-adopted': (d) => countCities(d, ADOPTING),
  'cities-label-kept': (d) => countCities(d, ['adopted']),
  'cities-label-dropped': (d) => countCities(d, ['renamed']),
  'cities-not-adopted': (d) => countCities(d, ['referred', 'debated', 'declined', 'withdrawn', 'no_action']),
  'provinces-with-adopting-city': (d) => {
    const rows = d.municipalities.filter((m) => ADOPTING.includes(m.status));
    return { value: new Set(rows.map((r) => r.province)).size, sourceIds: [...new Set(rows.flatMap((r) => r.source_ids))] };
  },
  'rcmp-2017-monthly-sum': (d) => {
    const { monthly } = interceptions2017(d);
    return { value: monthly.reduce((s, r) => s + r.value, 0), sourceIds: [...new Set(monthly.flatMap((r) => r.source_ids))] };
  },
  'rcmp-2017-monthly-gap': (d) => {
    const { monthly, annual } = interceptions2017(d);
    if (!annual) throw new StatError('rcmp-2017-monthly-gap needs the annual 2017 row for canada in rcmp_interceptions.csv.');
    const sum = monthly.reduce((s, r) => s + r.value, 0);
    return { value: annual.value - sum, sourceIds: [...new Set([...annual.source_ids, ...monthly.flatMap((r) => r.source_ids)])] };
  },
  // Story chapters (issue #3). Each value is rounded the way the sentence states it, so the number a
  // reader sees is exactly the bound value the build tests check.
  'cities-adopted-before-2017': (d) => {
    const rows = d.councilActions.filter((a) => ADOPTING.includes(a.status_after as CityStatus) && a.date.year < 2017);
    const cities = new Set(rows.map((r) => r.city_id));
    return { value: cities.size, sourceIds: [...new Set(rows.flatMap((r) => r.source_ids))] };
  },
  'rcmp-2017-quebec-share-pct': (d) => {
    const total = rowOf(d.rcmpInterceptions, 'rcmp-2017-canada');
    const quebec = rowOf(d.rcmpInterceptions, 'rcmp-2017-quebec');
    return { value: Math.round((quebec.value / total.value) * 100), sourceIds: [...new Set([...quebec.source_ids, ...total.source_ids])] };
  },
  // For "more than N times as many": the largest whole N that the 2017 total strictly exceeds.
  'rcmp-2017-times-2016': (d) => {
    const y2017 = rowOf(d.rcmpInterceptions, 'rcmp-2017-canada');
    const y2016 = rowOf(d.rcmpInterceptions, 'rcmp-2016-canada');
    return { value: Math.ceil(y2017.value / y2016.value) - 1, sourceIds: [...new Set([...y2017.source_ids, ...y2016.source_ids])] };
  },
  // Same measure (status checks) from the same kind of record (CBSA), so the fall can be stated.
  'spvm-status-checks-2018-2021-drop-pct': (d) => {
    const before = rowOf(d.policeCbsaContacts, 'spvm-2018-status-checks');
    const after = rowOf(d.policeCbsaContacts, 'spvm-2021-status-checks');
    if (before.measure !== after.measure) throw new StatError('spvm-status-checks-2018-2021-drop-pct compares two rows that no longer count the same measure.');
    return { value: Math.round(((before.value - after.value) / before.value) * 100), sourceIds: [...new Set([...before.source_ids, ...after.source_ids])] };
  },
  'coverage-cities-with-covered-services': (d) => {
    const rows = d.serviceCoverage.filter((r) => r.coverage === 'covered');
    return { value: new Set(rows.map((r) => r.city_id)).size, sourceIds: [...new Set(rows.flatMap((r) => r.source_ids))] };
  },
  // Services Toronto delivers for another government, where proof of status is still required.
  'coverage-toronto-status-required': (d) => {
    const rows = d.serviceCoverage.filter((r) => r.city_id === 'toronto' && r.coverage === 'status_required');
    return { value: rows.length, sourceIds: [...new Set(rows.flatMap((r) => r.source_ids))] };
  },
  'removals-2019-2024-max-year': (d) => extremeRemovalYear(d, 'max'),
  'removals-2019-2024-min-year': (d) => extremeRemovalYear(d, 'min'),
};

export function derivedNumber(data: Dataset, name: string): BoundNumber {
  const compute = DERIVED[name];
  if (!compute) throw new StatError(`<Stat derived="${name}">: unknown derived value. Known: ${Object.keys(DERIVED).join(', ')}.`);
  return compute(data);
}
