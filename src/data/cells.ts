/**
 * Reads one cell according to its column kind. Returns the typed value, or what was expected and how
 * to fix it. Nothing is coerced: "1,200" is refused with a fix, never read as 1200 or as 1.
 */
import type { ColumnSpec, PartialDate } from './schema-kit.ts';
import { excelSerialDate, SPREADSHEET_FIXES, unwrapCurlyQuotes } from './spreadsheet.ts';

/** A failure may name the spreadsheet habit behind it (`repeat`), so repeats merge into one message. */
export type CellResult =
  | { ok: true; value: unknown }
  | { ok: false; expected: string; fix: string; repeat?: { key: string; fix: string } };

/** The area a city centre can lie in: Canada's extreme points, rounded outwards. */
export const CANADA_BOUNDS = { minLat: 41.6, maxLat: 83.2, minLon: -141.1, maxLon: -52.5 } as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ok = (value: unknown): CellResult => ({ ok: true, value });
const bad = (expected: string, fix: string, repeat?: { key: string; fix: string }): CellResult => ({ ok: false, expected, fix, repeat });

/** Lower case without accents: how values, names and dates are compared before being read. */
function folded(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** A value as an editor might have meant it: lower case, without accents, spaces or punctuation. */
export function looseKey(raw: string): string {
  return folded(raw).replace(/[^a-z0-9]/g, '');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Month names and abbreviations, English and French, without accents, and their numbers. */
const MONTH_NAMES: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['january', 'jan', 'janvier', 'janv'],
    ['february', 'feb', 'fevrier', 'fevr', 'fev'],
    ['march', 'mar', 'mars'],
    ['april', 'apr', 'avril', 'avr'],
    ['may', 'mai'],
    ['june', 'jun', 'juin'],
    ['july', 'jul', 'juillet', 'juil'],
    ['august', 'aug', 'aout'],
    ['september', 'sep', 'sept', 'septembre'],
    ['october', 'oct', 'octobre'],
    ['november', 'nov', 'novembre'],
    ['december', 'dec', 'decembre'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1])),
);

/** A date written with the month's name (Feb. 20, 2017; 20 février 2017; March 2017), as YYYY-MM(-DD). */
function namedMonthDate(raw: string): string | undefined {
  const words = folded(raw)
    .replace(/[.,]/g, ' ')
    .replace(/\b1er\b/, '1')
    .split(/\s+/)
    .filter(Boolean);
  const month = words.map((w) => MONTH_NAMES[w]).find((m) => m !== undefined);
  const numbers = words.filter((w) => /^\d+$/.test(w));
  const year = numbers.find((n) => n.length === 4);
  const day = numbers.find((n) => n.length <= 2);
  if (month === undefined || year === undefined || words.length !== numbers.length + 1) return undefined;
  if (day !== undefined && (Number(day) < 1 || Number(day) > daysInMonth(Number(year), month))) return undefined;
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  return day === undefined ? ym : `${ym}-${day.padStart(2, '0')}`;
}

/**
 * What a slashed date should be written as: the date itself where only one reading exists (2013/02/21,
 * 21/02/2013), both readings where day and month could be either (02/03/2017).
 */
function slashedDateFix(a: string, b: string, c: string): string {
  const iso = (year: string, month: string, day: string) => `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (a.length === 4) return `${iso(a, b, c)}.`;
  if (c.length !== 4) return 'e.g. 2017-02-20, with the year in four digits.';
  const [first, second] = [Number(a), Number(b)];
  if (first > 12 && second <= 12) return `${iso(c, b, a)}.`;
  if (second > 12 && first <= 12) return `${iso(c, a, b)}.`;
  return `${iso(c, b, a)} or ${iso(c, a, b)}: day and month could be either way round, so check the source.`;
}

export function parseDate(raw: string): CellResult {
  const m = ISO_DATE.exec(raw);
  if (!m) {
    const expected = 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD';
    const serial = excelSerialDate(raw);
    if (serial) {
      return bad(
        expected,
        `${raw} is how Excel stores the date ${serial} when the cell is formatted as a number. Write ${serial} (check it against the source), with the column formatted as Text.`,
        { key: 'excel-serial-date', fix: SPREADSHEET_FIXES.serialDates },
      );
    }
    // Year first with hyphens but a one-digit month or day (2013-2-20): typed by hand, not by a spreadsheet.
    const unpadded = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(raw);
    if (unpadded) {
      const [, year, month, day] = unpadded;
      const padded = [year, month!.padStart(2, '0'), ...(day === undefined ? [] : [day.padStart(2, '0')])].join('-');
      return bad(expected, `Write months and days with two digits: ${padded}.`);
    }
    const slashed = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/.exec(raw);
    if (slashed) {
      return bad(expected, `Write it as year-month-day with hyphens: ${slashedDateFix(slashed[1]!, slashed[2]!, slashed[3]!)}`, {
        key: 'slashed-date',
        fix: SPREADSHEET_FIXES.slashedDates,
      });
    }
    const named = namedMonthDate(raw);
    return bad(
      expected,
      named
        ? `Write it as year-month-day with hyphens: ${named}.`
        : 'Write the date as 2017-02-20, or 2017-02 when only the month is known, or 2017 when only the year is.',
    );
  }
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (year < 1900 || year > 2100) return bad('a year between 1900 and 2100', 'Check the year for a typing error.');
  if (month !== undefined && (month < 1 || month > 12)) {
    return bad('a month from 01 to 12', 'The middle part of the date is the month; check whether day and month were swapped.');
  }
  if (month !== undefined && day !== undefined) {
    const last = daysInMonth(year, month);
    if (day < 1 || day > last) {
      return bad(
        `a day that exists (${MONTHS[month - 1]} ${year} has ${last} days)`,
        'This date does not exist on the calendar. Check the source for the right day; if only the month is known, write YYYY-MM.',
      );
    }
  }
  const date: PartialDate = { year, month, day, iso: raw };
  return ok(date);
}

function parseNumber(raw: string, pattern: RegExp, what: string): CellResult {
  if (pattern.test(raw)) return ok(Number(raw));
  if (/^-?\d{1,3}(,\d{3})+$/.test(raw)) {
    return bad(`${what} written with digits only`, `Remove the thousands separators: write ${raw.replace(/,/g, '')}.`);
  }
  // Spaces, no-break spaces and French narrow no-break spaces all group thousands in exported sheets.
  if (/^-?\d{1,3}([ \u00a0\u202f]\d{3})+$/.test(raw)) {
    return bad(`${what} written with digits only`, `Remove the spaces between groups of digits: write ${raw.replace(/[\s\u202f]/g, '')}.`);
  }
  if (/^-?\d{1,3}(\.\d{3})+$/.test(raw) && pattern === INTEGER) {
    return bad(
      `${what} written with digits only`,
      `A point between groups of three digits is a thousands separator in French and European number formats: ${raw} means ${raw.replace(/\./g, '')} there. Write ${raw.replace(/\./g, '')} if that is the figure in the source.`,
    );
  }
  if (/^-?\d+,\d+$/.test(raw)) {
    return bad(`${what} with a decimal point`, `Use a point, not a comma, for decimals: write ${raw.replace(',', '.')}.`);
  }
  return bad(`${what} written with digits only`, 'Keep only the number in this cell; move words, signs such as % or $, and ranges to a note column.');
}

/**
 * Reads one cell. Spaces around a value are ignored (a trailing space is invisible in a spreadsheet and
 * never meaningful in a number, date, id or list value); text keeps its inner spacing.
 */
export function parseCell(spec: ColumnSpec, raw: string): CellResult {
  const value = raw.trim();
  if (spec.kind !== 'text') {
    const unwrapped = unwrapCurlyQuotes(value);
    if (unwrapped !== undefined) {
      const inner = readCell(spec, unwrapped);
      const then = inner.ok ? `Write ${unwrapped} without them.` : `Then: ${inner.fix}`;
      return bad(inner.ok ? describeKind(spec) : inner.expected, `${SPREADSHEET_FIXES.curlyQuotes} ${then}`, { key: 'curly-quotes', fix: SPREADSHEET_FIXES.curlyQuotes });
    }
  }
  const result = readCell(spec, value);
  if (result.ok || value === raw) return result;
  return { ...result, fix: `${result.fix} (Spaces around the value were ignored; they are not the problem.)` };
}

function describeKind(spec: ColumnSpec): string {
  return spec.kind === 'enum' ? `one of: ${(spec.values ?? []).join(', ')}` : spec.description;
}

function readCell(spec: ColumnSpec, raw: string): CellResult {
  switch (spec.kind) {
    case 'text':
      return ok(raw);
    case 'id':
      if (spec.pattern) {
        return spec.pattern.test(raw) ? ok(raw) : bad(spec.patternHint ?? `a value matching ${spec.pattern}`, `Write the id as ${spec.patternHint ?? 'shown'}.`);
      }
      return SLUG.test(raw)
        ? ok(raw)
        : bad('lower-case letters, digits and single hyphens (e.g. new-westminster)', `Try "${slugify(raw)}".`);
    case 'integer':
      return parseNumber(raw, INTEGER, 'a whole number');
    case 'decimal':
      return parseNumber(raw, DECIMAL, 'a number');
    case 'latitude': {
      const n = parseNumber(raw, DECIMAL, 'a latitude in decimal degrees');
      if (!n.ok) return n;
      const lat = n.value as number;
      if (lat < CANADA_BOUNDS.minLat || lat > CANADA_BOUNDS.maxLat) {
        return bad(
          `a latitude in Canada (${CANADA_BOUNDS.minLat} to ${CANADA_BOUNDS.maxLat})`,
          lat < 0 ? 'Latitudes in Canada are positive; were lat and lon swapped?' : 'Check the coordinates of the city centre (decimal degrees, WGS84).',
        );
      }
      return n;
    }
    case 'longitude': {
      const n = parseNumber(raw, DECIMAL, 'a longitude in decimal degrees');
      if (!n.ok) return n;
      const lon = n.value as number;
      if (lon < CANADA_BOUNDS.minLon || lon > CANADA_BOUNDS.maxLon) {
        return bad(
          `a longitude in Canada (${CANADA_BOUNDS.minLon} to ${CANADA_BOUNDS.maxLon})`,
          lon > 0 ? `Longitudes west of Greenwich are negative: write -${raw}.` : 'Check the coordinates of the city centre; were lat and lon swapped?',
        );
      }
      return n;
    }
    case 'date':
      return parseDate(raw);
    case 'enum': {
      const values = spec.values ?? [];
      if (values.includes(raw)) return ok(raw);
      const written = looseKey(raw);
      const near = values.find((v) => looseKey(v) === written);
      const meant = near ?? spec.aliases?.[written];
      return bad(
        `one of: ${values.join(', ')}`,
        near
          ? `Write "${near}" exactly (${near === near.toLowerCase() ? 'lower case, no spaces' : 'capitals, no dots or spaces'}).`
          : meant
            ? `This column takes a code: write "${meant}" for ${raw.trim()}.`
            : `Pick one of the allowed values. If a new value is really needed, it must be added to the schema in src/data/schemas.ts by a developer.`,
      );
    }
    case 'yesno':
      if (raw === 'yes') return ok(true);
      if (raw === 'no') return ok(false);
      return bad('yes or no', `Write "yes" or "no" in lower case${/^(true|1|y|oui)$/i.test(raw) ? ' (here: yes)' : /^(false|0|n|non)$/i.test(raw) ? ' (here: no)' : ''}.`);
    case 'ref':
      if (SLUG.test(raw) || /^[A-Z]+\d+$/.test(raw)) return ok(raw);
      // A name typed where its id belongs ("John Tory" for john-tory): show the id's form.
      return bad(
        `the id of a row in ${spec.references}`,
        `Copy the id exactly from the id column of ${spec.references}${SLUG.test(slugify(raw)) ? ` (ids are lower case with hyphens: for "${raw}", look for "${slugify(raw)}")` : ''}.`,
      );
    case 'refs': {
      const parts = raw.split(';').map((p) => p.trim());
      if (parts.some((p) => p === '')) {
        return bad(`ids from ${spec.references} separated by ";"`, 'Remove the empty entry (a doubled or trailing ";").');
      }
      if (/[,\s]/.test(parts.join(''))) {
        return bad(`ids from ${spec.references} separated by ";"`, 'Separate ids with ";" and no other characters, e.g. S017;S041.');
      }
      return ok(parts);
    }
    case 'url':
      try {
        const url = new URL(raw);
        if (url.protocol === 'http:' || url.protocol === 'https:') return ok(raw);
      } catch {
        /* reported below */
      }
      return bad('a full web address starting with http:// or https://', 'Paste the complete address from the browser bar.');
  }
}

function slugify(raw: string): string {
  return folded(raw)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
