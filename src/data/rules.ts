/**
 * Rules that span several cells, rows or files: the mistakes a per-cell check cannot see, such as a
 * period that ends before it starts or a year counted twice.
 */
import { PROVINCE_NAMES } from '../i18n/ui.ts';
import type { PartialDate } from './schema-kit.ts';
import { dateEndKey, dateKey } from './partial-date.ts';
import type { Problem } from './problems.ts';
import { kmOutside, provinceAt } from './province-outlines.ts';
import type { TypedRow } from './validate.ts';

type Tables = ReadonlyMap<string, readonly TypedRow[]>;
type Rule = (tables: Tables) => Problem[];

function uniqueTogether(file: string, columns: readonly string[], what: string): Rule {
  return (tables) => {
    const seen = new Map<string, number>();
    const problems: Problem[] = [];
    for (const row of tables.get(file) ?? []) {
      const key = columns.map((c) => JSON.stringify(row[c] ?? '')).join('|');
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, row.line);
        continue;
      }
      problems.push({
        file,
        line: row.line,
        column: columns.join(' + '),
        value: columns.map((c) => formatValue(row[c])).join(', '),
        expected: `one row per ${what}`,
        fix: `Line ${first} already has a row for the same ${what}; the figure would be counted twice. Merge the two rows or correct one of them.`,
      });
    }
    return problems;
  };
}

function formatValue(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'object' && v !== null && 'iso' in v) return (v as PartialDate).iso;
  return String(v);
}

function ordered(file: string, startColumn: string, endColumn: string): Rule {
  return (tables) =>
    (tables.get(file) ?? []).flatMap((row): Problem[] => {
      const start = row[startColumn] as PartialDate | undefined;
      const end = row[endColumn] as PartialDate | undefined;
      if (!start || !end || dateEndKey(end) >= dateKey(start)) return [];
      return [
        {
          file,
          line: row.line,
          column: endColumn,
          value: end.iso,
          expected: `a date on or after ${startColumn} (${start.iso})`,
          fix: `The period ends before it starts. Check both dates against the source; they may be swapped.`,
        },
      ];
    });
}

const rangeLowNotAboveHigh: Rule = (tables) =>
  (tables.get('nonstatus_estimates.csv') ?? []).flatMap((row): Problem[] => {
    const low = row.low as number | undefined;
    const high = row.high as number;
    if (low === undefined || low <= high) return [];
    return [
      {
        file: 'nonstatus_estimates.csv',
        line: row.line,
        column: 'low',
        value: String(low),
        expected: `a low end no greater than the high end (${high})`,
        fix: 'The low and high ends look swapped.',
      },
    ];
  });

const votesComeInPairs: Rule = (tables) =>
  (tables.get('council_actions.csv') ?? []).flatMap((row): Problem[] => {
    const hasFor = row.votes_for !== undefined;
    const hasAgainst = row.votes_against !== undefined;
    const problems: Problem[] = [];
    if (hasFor !== hasAgainst) {
      problems.push({
        file: 'council_actions.csv',
        line: row.line,
        column: hasFor ? 'votes_against' : 'votes_for',
        value: '',
        expected: 'both vote counts, or neither',
        fix: 'A tally needs both sides (write 0 when nobody voted against). If the source gives only one side, leave both empty and say it in note_en.',
      });
    }
    if (row.unanimous === true && (row.votes_against as number | undefined) !== undefined && row.votes_against !== 0) {
      problems.push({
        file: 'council_actions.csv',
        line: row.line,
        column: 'unanimous',
        value: 'yes',
        expected: 'no, since votes_against is not 0',
        fix: 'A unanimous vote has no votes against. Correct either unanimous or votes_against.',
      });
    }
    return problems;
  });

const interceptionPeriodMatchesDate: Rule = (tables) =>
  (tables.get('rcmp_interceptions.csv') ?? []).flatMap((row): Problem[] => {
    const date = row.date as PartialDate;
    const monthly = row.period === 'month';
    const fits = monthly ? date.month !== undefined && date.day === undefined : date.month === undefined;
    if (fits) return [];
    return [
      {
        file: 'rcmp_interceptions.csv',
        line: row.line,
        column: 'date',
        value: date.iso,
        expected: monthly ? 'a month, e.g. 2017-08, for a monthly row' : 'a year, e.g. 2017, for an annual row',
        fix: monthly ? 'Write the month as YYYY-MM.' : 'Write only the year, or set period to month.',
      },
    ];
  });

/** Each city's newest council action that set a status, by city id. */
function newestStatusActions(tables: Tables): ReadonlyMap<string, TypedRow> {
  const latest = new Map<string, TypedRow>();
  for (const action of tables.get('council_actions.csv') ?? []) {
    if (action.status_after === undefined) continue;
    const city = action.city_id as string;
    const current = latest.get(city);
    if (!current || dateKey(action.date as PartialDate) >= dateKey(current.date as PartialDate)) latest.set(city, action);
  }
  return latest;
}

/**
 * A city's status must agree with the newest council action that set a status. Without this, an editor
 * who records a new vote in council_actions.csv would leave the map and the counts telling the old story.
 */
const cityStatusMatchesLatestAction: Rule = (tables) => {
  const latest = newestStatusActions(tables);
  const setters = statusSetters(tables);
  return (tables.get('municipalities.csv') ?? []).flatMap((city): Problem[] => {
    const action = latest.get(city.id as string);
    if (!action || action.status_after === city.status) return [];
    // A later decision known only by its status (an adoption whose date was never found) wins.
    if (isUndatedAdoption(city)) return [];
    // A new status no council action set is datedStatusHasItsAction's one message, which gives both fixes.
    if (lacksItsAction(city, setters)) return [];
    return [
      {
        file: 'municipalities.csv',
        line: city.line,
        column: 'status',
        value: String(city.status),
        expected: `"${String(action.status_after)}", the status set by the newest council action (council_actions.csv line ${action.line}, ${(action.date as PartialDate).iso})`,
        fix: 'Update the status (and status_date) of this city, or correct status_after of that council action.',
      },
    ];
  });
};

/**
 * A city whose status is dated must have the council action that set it: the timelines are drawn from
 * council_actions.csv, so a city added to municipalities.csv alone would count in the prose and show on
 * the map but be missing from every timeline. Undated statuses (Kingston) have no place on a timeline.
 */
/** Each city and status that some council action set, as "city\u0000status". */
function statusSetters(tables: Tables): ReadonlySet<string> | undefined {
  const actions = tables.get('council_actions.csv');
  if (!actions) return undefined; // that file has errors of its own, reported first
  const set = new Set<string>();
  for (const action of actions) {
    if (action.status_after !== undefined) set.add(`${action.city_id as string}\u0000${action.status_after as string}`);
  }
  return set;
}

function lacksItsAction(city: TypedRow, setters: ReadonlySet<string> | undefined): boolean {
  return (
    setters !== undefined &&
    city.status_date !== undefined &&
    city.status !== 'no_action' &&
    !setters.has(`${city.id as string}\u0000${city.status as string}`)
  );
}

const datedStatusHasItsAction: Rule = (tables) => {
  const setters = statusSetters(tables);
  const latest = newestStatusActions(tables);
  return (tables.get('municipalities.csv') ?? []).flatMap((city): Problem[] => {
    if (!lacksItsAction(city, setters)) return [];
    const previous = latest.get(city.id as string);
    const orBack = previous
      ? ` If the status was changed by mistake, put back "${String(previous.status_after)}", the status set by its newest council action (council_actions.csv line ${previous.line}), and its date.`
      : '';
    return [
      {
        file: 'municipalities.csv',
        line: city.line,
        column: 'status',
        value: String(city.status),
        expected: `a row in council_actions.csv for ${city.id as string} with status_after "${String(city.status)}"`,
        // A new city's status_date is the date to use; a changed status may still carry its old date.
        fix: previous
          ? `Add the council action that set this status to council_actions.csv (city_id ${city.id as string}, the date of that decision, status_after ${String(city.status)}, with its sources), and give status_date that same date; the timelines are drawn from that file and would leave this decision out.${orBack}`
          : `Add the council action that set this status to council_actions.csv (city_id ${city.id as string}, date ${(city.status_date as PartialDate).iso}, status_after ${String(city.status)}, with its sources); the timelines are drawn from that file and would leave this city out. See "How to add a city" in data/README.md.`,
      },
    ];
  });
};

/**
 * A city's status_date is the day of the council action that set its status: the city table prints the
 * one and the timeline draws the other, so a slip in either would show two dates for one decision.
 */
const statusDateMatchesItsAction: Rule = (tables) => {
  const actions = tables.get('council_actions.csv');
  if (!actions) return []; // that file has errors of its own, reported first
  return (tables.get('municipalities.csv') ?? []).flatMap((city): Problem[] => {
    const date = city.status_date as PartialDate | undefined;
    if (date === undefined) return [];
    const setting = actions.filter((a) => a.city_id === city.id && a.status_after === city.status);
    const days = (action: TypedRow) => [action.date as PartialDate, action.date_end as PartialDate | undefined].flatMap((d) => (d ? [d.iso] : []));
    // No such action at all is datedStatusHasItsAction's message; one message per mistake.
    if (setting.length === 0 || setting.some((a) => days(a).includes(date.iso))) return [];
    const listed = setting.map((a) => `${days(a).join(' to ')} (council_actions.csv line ${a.line})`).join(' or ');
    return [
      {
        file: 'municipalities.csv',
        line: city.line,
        column: 'status_date',
        value: date.iso,
        expected: `the date of the council action that set the status "${String(city.status)}": ${listed}`,
        fix: 'Check the date against the source, then correct status_date here or the date of that council action, so that the city table and the timeline give the same day.',
      },
    ];
  });
};

/**
 * An estimate of a population is above zero, and the chart draws the ranges on a logarithmic scale,
 * where zero has no place: a 0 is a cell typed by mistake, or an upper bound only (leave low empty).
 */
const estimatesAboveZero: Rule = (tables) =>
  (tables.get('nonstatus_estimates.csv') ?? []).flatMap((row): Problem[] =>
    (['low', 'high'] as const).flatMap((column): Problem[] => {
      const value = row[column] as number | undefined;
      if (value === undefined || value > 0) return [];
      return [
        {
          file: 'nonstatus_estimates.csv',
          line: row.line,
          column,
          value: String(value),
          expected: 'a number of people above 0',
          fix:
            column === 'low'
              ? 'Check the figure against the source. If the source gives only an upper bound ("as many as"), leave low empty.'
              : 'Check the figure against the source; an estimate with no number does not belong in this file.',
        },
      ];
    }),
  );

/** A share is a part of a whole: more than 100 per cent is a typing slip (834 for 83.4). */
const percentAtMostHundred: Rule = (tables) =>
  (tables.get('figures.csv') ?? []).flatMap((row): Problem[] => {
    if (row.unit !== 'percent' || (row.value as number) <= 100) return [];
    return [
      {
        file: 'figures.csv',
        line: row.line,
        column: 'value',
        value: String(row.value),
        expected: 'a percentage from 0 to 100',
        fix: 'Check the figure against the source; a decimal point may be missing (83.4, not 834).',
      },
    ];
  });

/** Kingston-style rows: adopted, but the date of adoption is not on the record. */
function isUndatedAdoption(city: TypedRow): boolean {
  return city.status_date === undefined && (city.status === 'adopted' || city.status === 'renamed');
}

/**
 * Where the parts of a figure are published with it, they must add up: a typing error in one region
 * or one month would otherwise shift a chart without anyone noticing. Preliminary monthly figures are
 * exempt, since revisions make them differ from the final total by design (see conflict CF10).
 */
function partsAddUp(options: {
  file: string;
  what: string;
  isTotal: (row: TypedRow) => boolean;
  groupOf: (row: TypedRow) => string;
  appliesTo: (parts: readonly TypedRow[]) => boolean;
}): Rule {
  return (tables) => {
    const rows = tables.get(options.file) ?? [];
    const problems: Problem[] = [];
    for (const total of rows.filter(options.isTotal)) {
      const group = options.groupOf(total);
      const parts = rows.filter((r) => !options.isTotal(r) && options.groupOf(r) === group);
      if (parts.length === 0 || !options.appliesTo(parts)) continue;
      const sum = parts.reduce((s, r) => s + (r.value as number), 0);
      if (sum === total.value) continue;
      problems.push({
        file: options.file,
        line: total.line,
        column: 'value',
        value: String(total.value),
        expected: `the sum of its ${options.what} (${sum}, lines ${parts.map((p) => p.line).join(', ')})`,
        fix: 'One of these figures was probably mistyped. Check each against the source table.',
      });
    }
    return problems;
  };
}

const removalRegionsAddUp = partsAddUp({
  file: 'cbsa_removals.csv',
  what: 'regions in the same year',
  isTotal: (r) => r.region === 'total',
  groupOf: (r) => String(r.year),
  appliesTo: () => true,
});

const finalMonthsAddUp = partsAddUp({
  file: 'rcmp_interceptions.csv',
  what: 'final monthly figures for the same region and year',
  isTotal: (r) => r.period === 'year',
  groupOf: (r) => `${r.region as string}-${(r.date as PartialDate).year}`,
  appliesTo: (months) => months.length === 12 && months.every((m) => m.preliminary === false),
});

/**
 * A quote is printed in the words it was said in; readers of the other edition get a translation beside
 * it. The English edition is published, so a quote said in French needs its English translation, and no
 * quote is "translated" into its own language (that cell would be shown as a translation of itself).
 */
const quotesCarryTheirTranslation: Rule = (tables) =>
  (tables.get('quotes.csv') ?? []).flatMap((row): Problem[] => {
    const problems: Problem[] = [];
    const said = row.language as string;
    if (said === 'fr' && !row.translation_en) {
      problems.push({
        file: 'quotes.csv',
        line: row.line,
        column: 'translation_en',
        value: '',
        expected: 'an English translation of a quote said in French',
        fix: 'Write an English translation of the quote in translation_en; the English pages show it below the original, marked as a translation.',
      });
    }
    const own = `translation_${said}`;
    if (row[own]) {
      problems.push({
        file: 'quotes.csv',
        line: row.line,
        column: own,
        value: formatValue(row[own]),
        expected: `empty, since the quote was said in ${said === 'fr' ? 'French' : 'English'}`,
        fix: `Move the text to translation_${said === 'fr' ? 'en' : 'fr'} if it translates the quote, or clear the cell.`,
      });
    }
    return problems;
  });

/**
 * How far off its province's outline a city's point may sit. The outlines are simplified by up to about
 * 11 km, and a city centre can sit on the river or shore that is the border (Ottawa faces Gatineau across
 * the Ottawa River). A slipped digit moves a city much further.
 */
const KM_ALLOWED_OUTSIDE_PROVINCE = 25;

const cityLiesInItsProvince: Rule = (tables) =>
  (tables.get('municipalities.csv') ?? []).flatMap((row): Problem[] => {
    const lat = row.lat as number | undefined;
    const lon = row.lon as number | undefined;
    const province = row.province as string | undefined;
    if (lat === undefined || lon === undefined || province === undefined) return [];
    const km = kmOutside(province, lat, lon);
    if (km === undefined || km <= KM_ALLOWED_OUTSIDE_PROVINCE) return [];
    const names = PROVINCE_NAMES.en;
    const named = names[province] ?? province;
    const landsIn = provinceAt(lat, lon);
    const where = landsIn ? `in ${names[landsIn] ?? landsIn}` : "off Canada's land (in the sea or the United States)";
    return [
      {
        file: 'municipalities.csv',
        line: row.line,
        column: 'lat + lon',
        value: `${lat}, ${lon}`,
        expected: `a point in ${named} (province ${province})`,
        fix: `These coordinates put the city ${where}, ${Math.round(km).toLocaleString('en-CA')} km from ${named}, and the map would draw it there. Check lat and lon against the city's location (a slipped or swapped digit moves a city hundreds of kilometres); if they are right, correct the province.`,
      },
    ];
  });

export const CROSS_TABLE_RULES: readonly Rule[] = [
  uniqueTogether('cbsa_removals.csv', ['year', 'region'], 'year and region'),
  uniqueTogether('rcmp_interceptions.csv', ['period', 'date', 'region'], 'period, date and region'),
  uniqueTogether('service_coverage.csv', ['city_id', 'service_id'], 'city and service'),
  uniqueTogether('police_cbsa_contacts.csv', ['force', 'period_start', 'period_end', 'measure', 'counted_by'], 'force, period, measure and counter'),
  ordered('council_actions.csv', 'date', 'date_end'),
  ordered('police_cbsa_contacts.csv', 'period_start', 'period_end'),
  estimatesAboveZero,
  rangeLowNotAboveHigh,
  votesComeInPairs,
  interceptionPeriodMatchesDate,
  cityStatusMatchesLatestAction,
  datedStatusHasItsAction,
  statusDateMatchesItsAction,
  percentAtMostHundred,
  removalRegionsAddUp,
  finalMonthsAddUp,
  quotesCarryTheirTranslation,
  cityLiesInItsProvince,
];
