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
/** An opening or closing tag (<b>, </a>, <br/>); a lone "<" or "a < b" in a sentence is not one. */
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;
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
export function namedMonthDate(raw: string): string | undefined {
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
 * Excel's short date formats: "Feb-17" (mmm-yy) is February 2017; "17-Feb" (d-mmm) is a day whose year
 * Excel keeps in the cell but no longer shows, so it cannot be read back from the file.
 */
function excelShortDate(raw: string): string | undefined {
  const monthYear = /^([A-Za-zÀ-ÿ]{3,9})\.?[- ](\d{2})$/.exec(raw);
  const month = monthYear ? MONTH_NAMES[folded(monthYear[1]!)] : undefined;
  if (monthYear && month !== undefined) {
    const year = Number(monthYear[2]) + (Number(monthYear[2]) < 50 ? 2000 : 1900);
    return `Excel shows a month and year this way: write ${year}-${String(month).padStart(2, '0')} if the source gives that month, or the full date from the source.`;
  }
  const dayMonth = /^(\d{1,2})[- ]([A-Za-zÀ-ÿ]{3,9})\.?$/.exec(raw);
  const dayOf = dayMonth ? MONTH_NAMES[folded(dayMonth[2]!)] : undefined;
  if (dayMonth && dayOf !== undefined) {
    return `Excel shows a day and a month this way and hides the year: write the whole date from the source, YYYY-${String(dayOf).padStart(2, '0')}-${dayMonth[1]!.padStart(2, '0')}.`;
  }
  return undefined;
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
    // Month and year only (11/2014, 11-2014): unambiguous once the year has four digits.
    const monthYear = /^(\d{1,2})[/.-](\d{4})$/.exec(raw);
    if (monthYear && Number(monthYear[1]) >= 1 && Number(monthYear[1]) <= 12) {
      return bad(expected, `Write it as year-month with a hyphen: ${monthYear[2]}-${monthYear[1]!.padStart(2, '0')}.`);
    }
    const shortened = excelShortDate(raw);
    if (shortened) return bad(expected, shortened, { key: 'excel-short-date', fix: SPREADSHEET_FIXES.shortDates });
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
  if (startsAfterToday(year, month, day)) {
    const today = new Date().toISOString().slice(0, 10);
    return bad(
      `a date no later than today (${today})`,
      'The data records what has already happened, so a date in the future is most likely a typing error (2071 for 2017). Check the year against the source.',
    );
  }
  const date: PartialDate = { year, month, day, iso: raw };
  return ok(date);
}

/** Whether the first day a date may mean (a year's 1 January, a month's 1st) is still to come. */
function startsAfterToday(year: number, month: number | undefined, day: number | undefined): boolean {
  const now = new Date();
  const [y, m, d] = [now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()];
  if (year !== y) return year > y;
  if (month === undefined || month !== m) return (month ?? 1) > m;
  return (day ?? 1) > d;
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
  // A spreadsheet shows a large number as 1.13E+04 once its column is too narrow, and keeps only the
  // digits shown: the figure may have lost its last ones.
  if (/^-?\d+(?:[.,]\d+)?E[+-]?\d+$/i.test(raw)) {
    const shown = Number(raw.replace(',', '.'));
    return bad(
      `${what} written with digits only`,
      `A spreadsheet wrote this number in scientific notation (${raw} = ${shown}) and may have rounded it. Format the column as Text (or Number with no decimals), then type the figure from the source again.`,
    );
  }
  if (pattern === INTEGER) {
    // 11269.0 is a whole number a spreadsheet gave a decimal; 83.4 or 83,4 is not a whole number at all.
    const decimal = /^-?(\d+)[.,](\d+)$/.exec(raw);
    if (decimal && /^0+$/.test(decimal[2]!)) return bad(`${what} written with digits only`, `Remove the decimals a spreadsheet added: write ${decimal[1]}.`);
    if (decimal)
      return bad(
        what,
        `This column takes whole numbers only, and ${raw} has decimals (${raw.replace(',', '.')}). Check the figure against the source.`,
      );
  }
  if (/^-?\d+,\d+$/.test(raw)) {
    return bad(`${what} with a decimal point`, `Use a point, not a comma, for decimals: write ${raw.replace(',', '.')}.`);
  }
  return bad(`${what} written with digits only`, 'Keep only the number in this cell; move words, signs such as % or $, and ranges to a note column.');
}

/**
 * Every whole-number and decimal column counts or measures something (votes, removals, people, a share,
 * a budget), so a minus sign is a slip of the keyboard, and a published "−37 votes" would be wrong.
 */
function notNegative(result: CellResult, raw: string, expected: string): CellResult {
  if (!result.ok || (result.value as number) >= 0) return result;
  return bad(expected, `This column counts or measures something and is never negative. Write ${raw.replace('-', '')} if the minus sign was typed by mistake.`);
}

/** Characters a spreadsheet shows as nothing, pasted in with text copied from a web page or a PDF. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/;
const EVERY_INVISIBLE = new RegExp(INVISIBLE.source, 'g');
const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  '\u00ad': 'a soft hyphen, U+00AD',
  '\u200b': 'a zero-width space, U+200B',
  '\u200c': 'a zero-width non-joiner, U+200C',
  '\u200d': 'a zero-width joiner, U+200D',
  '\u200e': 'a left-to-right mark, U+200E',
  '\u200f': 'a right-to-left mark, U+200F',
  '\u2060': 'a word joiner, U+2060',
  '\ufeff': 'a zero-width no-break space, U+FEFF',
};

/** Where an invisible character sits in a cell, shown so an editor can see it: "2014-02-12⟨U+200B⟩". */
function showInvisible(raw: string): string {
  return raw.replace(EVERY_INVISIBLE, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/**
 * Reads one cell. Spaces around a value are ignored (a trailing space is invisible in a spreadsheet and
 * never meaningful in a number, date, id or list value); text keeps its inner spacing.
 */
export function parseCell(spec: ColumnSpec, raw: string): CellResult {
  const value = raw.trim();
  const invisible = spec.kind === 'text' ? null : INVISIBLE.exec(value);
  if (invisible) {
    const without = value.replace(EVERY_INVISIBLE, '');
    const then = readCell(spec, without);
    return bad(
      then.ok ? describeKind(spec) : then.expected,
      `The cell holds an invisible character (${INVISIBLE_NAMES[invisible[0]]}), which comes with text copied from a web page or a PDF: it reads "${showInvisible(value)}". Delete the cell's content and type it again${then.ok ? ` as ${without}` : `; then: ${then.fix}`}.`,
    );
  }
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

export const NUMBER_KINDS: ReadonlySet<ColumnSpec['kind']> = new Set(['integer', 'decimal', 'latitude', 'longitude']);

function readCell(spec: ColumnSpec, raw: string): CellResult {
  // Words where a number belongs ("thirty-seven", "n/a"): there is no number in the cell to keep.
  if (NUMBER_KINDS.has(spec.kind) && !/\d/.test(raw)) {
    return bad(
      spec.kind === 'integer' ? 'a whole number written in digits' : 'a number written in digits',
      spec.required
        ? 'This column needs a number, written in digits (37, not thirty-seven): take it from the source.'
        : 'Write the number in digits (37, not thirty-seven), or leave the cell empty if the source gives none.',
    );
  }
  switch (spec.kind) {
    case 'text': {
      // Cells are printed as typed, never as markup (a cell is text, and escaping keeps it so): tags
      // pasted from a web page or a CMS would reach readers as "<b>unanimously</b>".
      const tag = HTML_TAG.exec(raw);
      return tag
        ? bad('plain text, without HTML tags', `The site shows a cell exactly as typed, so readers would see ${tag[0]}. Delete the tags and keep the words between them.`)
        : ok(raw);
    }
    case 'id':
      if (spec.pattern) {
        return spec.pattern.test(raw) ? ok(raw) : bad(spec.patternHint ?? `a value matching ${spec.pattern}`, `Write the id as ${spec.patternHint ?? 'shown'}.`);
      }
      return SLUG.test(raw)
        ? ok(raw)
        : bad('lower-case letters, digits and single hyphens (e.g. new-westminster)', `Try "${slugify(raw)}".`);
    case 'integer':
      return notNegative(parseNumber(raw, INTEGER, 'a whole number'), raw, 'a whole number, 0 or more');
    case 'decimal':
      return notNegative(parseNumber(raw, DECIMAL, 'a number'), raw, 'a number, 0 or more');
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
          lon > 0
            ? lon >= CANADA_BOUNDS.minLat && lon <= CANADA_BOUNDS.maxLat
              ? `This looks like a latitude: were lat and lon swapped? If not, longitudes west of Greenwich are negative: write -${raw}.`
              : `Longitudes west of Greenwich are negative: write -${raw}.`
            : 'Check the coordinates of the city centre; were lat and lon swapped?',
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
      // A sign ("%", "~") folds to nothing, so it is looked up as typed.
      const alias = spec.aliases?.[written || raw.trim()];
      const misspelt = (near ?? alias) ? undefined : misspeltValue(written, values, spec.aliases);
      return bad(
        `one of: ${values.join(', ')}`,
        near
          ? `Write "${near}" exactly (${near === near.toLowerCase() ? 'lower case, no spaces' : 'capitals, no dots or spaces'}).`
          : alias
            ? `This column takes a code: write "${alias}" for ${raw.trim().replace(/\.$/, '')}.`
            : misspelt
              ? `Did you mean "${misspelt}"? Write it exactly so.`
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
      // A source listed twice would be cited twice under one claim.
      const repeated = parts.find((p, i) => parts.indexOf(p) !== i);
      if (repeated) return bad(`ids from ${spec.references}, each once`, `"${repeated}" is listed twice: keep one.`);
      return ok(parts);
    }
    case 'url':
      // new URL() accepts "https://example.org/a page" by encoding the space, but the address copied
      // from a browser bar never has one: a space is a paste that cut or joined two things.
      if (/\s/.test(raw)) {
        return bad('a full web address, without spaces', 'Paste the complete address again from the browser bar; a web address has no spaces.');
      }
      try {
        const url = new URL(raw);
        // A share button or a redirect page can wrap the real address inside another one, encoded
        // (https://site/https%3A%2F%2Fsite%2F…): readers who follow it reach no page.
        const inner = /^\/(https?)(?::|%3A)(?:\/|%2F){2}/i.exec(url.pathname);
        if (inner) {
          const wrapped = url.pathname.slice(1);
          let meant = wrapped;
          try {
            meant = decodeURIComponent(wrapped);
          } catch {
            /* shown as written */
          }
          return bad('one web address, not an address inside another', `Copy the address the page itself shows in the browser bar: ${meant}`);
        }
        if (url.hostname.endsWith('.')) {
          return bad('a web address whose site name does not end with a dot', `Remove the dot after "${url.hostname.slice(0, -1)}".`);
        }
        if (url.protocol === 'http:' || url.protocol === 'https:') return ok(raw);
      } catch {
        /* reported below */
      }
      return bad('a full web address starting with http:// or https://', 'Paste the complete address from the browser bar.');
  }
}

/**
 * The one allowed value (or the value of the one alias, such as a province's name) a typing slip away
 * from what was written: "Ontaro" means ON, "adoptd" adopted. None when two are equally close.
 */
function misspeltValue(written: string, values: readonly string[], aliases: Readonly<Record<string, string>> = {}): string | undefined {
  if (written.length < 4) return undefined;
  return uniqueClosest(written, [...values.map((v) => [looseKey(v), v] as const), ...Object.entries(aliases)], 2);
}

/**
 * The one existing id a typing slip away from an id that exists nowhere ("hamiltn" for hamilton): one
 * letter off in a short id, two in a long one. Numbered ids (S021) are left out: a number one digit off
 * is another real row, not a slip to correct, and the caller suggests the padded form instead.
 */
export function misspeltId(written: string, ids: Iterable<string>): string | undefined {
  if (written.length < 4 || /^[A-Za-z]*\d+$/.test(written)) return undefined;
  // An id that is itself malformed ("city programs") is reported in its own file; never suggest it.
  const wellFormed = [...ids].filter((id) => /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/.test(id)).map((id) => [id, id] as const);
  return uniqueClosest(written, wellFormed, written.length >= 8 ? 2 : 1);
}

/**
 * The value of the candidate keys nearest to what was written, at most `allowed` slips away; none when
 * keys of two different values are equally near.
 */
function uniqueClosest(written: string, candidates: Iterable<readonly [key: string, value: string]>, allowed: number): string | undefined {
  let bestDistance = Infinity;
  const closest = new Set<string>();
  for (const [key, value] of candidates) {
    if (Math.abs(key.length - written.length) > allowed) continue; // too far apart to be near
    const distance = editDistance(written, key);
    if (distance > allowed || distance > bestDistance) continue;
    if (distance < bestDistance) {
      bestDistance = distance;
      closest.clear();
    }
    closest.add(value);
  }
  return closest.size === 1 ? [...closest][0] : undefined;
}

/**
 * Letters inserted, deleted or replaced, and two neighbours swapped ("toronot"), each one slip: the
 * optimal string alignment distance.
 */
function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, beforePrevious[j - 2]! + 1);
    }
    [beforePrevious, previous] = [previous, current];
  }
  return previous[b.length]!;
}

function slugify(raw: string): string {
  return folded(raw)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
