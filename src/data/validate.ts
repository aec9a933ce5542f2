/**
 * Validates raw tables against their schemas and against each other, collecting every problem
 * instead of stopping at the first, then hands back typed rows.
 */
import { NUMBER_KINDS, misspeltId, namedMonthDate, parseCell } from './cells.ts';
import type { RawTable } from './csv-read.ts';
import type { Place, Problem } from './problems.ts';
import { mojibakeFragments, repairMojibake, SPREADSHEET_FIXES } from './spreadsheet.ts';
import { englishTwin, type ColumnSpec, type TableSchema } from './schema-kit.ts';
import { CROSS_TABLE_RULES } from './rules.ts';

export type TypedRow = Record<string, unknown> & { line: number };

function checkHeader(schema: TableSchema, header: readonly string[]): Problem[] {
  const expected = Object.keys(schema.columns);
  const problems: Problem[] = [];
  const missing = expected.filter((c) => !header.includes(c));
  const extra = header.filter((h) => !expected.includes(h));
  const seen = new Set<string>();
  for (const h of header) {
    if (seen.has(h)) {
      problems.push({
        file: schema.file,
        line: 1,
        column: h,
        expected: 'each column once',
        fix: `The header names "${h}" twice. Delete the second column or give it its proper name.`,
      });
    }
    seen.add(h);
  }
  // A missing column and an unknown one at the same position is almost always a rename.
  for (const name of missing) {
    const position = expected.indexOf(name);
    const inItsPlace = header[position];
    const renamed = inItsPlace !== undefined && extra.includes(inItsPlace);
    problems.push({
      file: schema.file,
      line: 1,
      column: name,
      expected: `a column named "${name}" (${schema.columns[name]!.description})`,
      fix: renamed
        ? `Column ${position + 1} is headed "${inItsPlace}"; rename it back to "${name}". Headers are read by the site and must not change.`
        : `Add the column "${name}" to the header row (data/README.md lists every column of ${schema.file}).`,
    });
  }
  for (const name of extra) {
    const position = header.indexOf(name);
    if (missing.includes(expected[position] ?? '')) continue; // already reported as a rename
    problems.push({
      file: schema.file,
      line: 1,
      column: name,
      expected: `only the columns ${expected.join(', ')}`,
      fix: `Remove the column "${name}" or, if it holds something worth keeping, ask a developer to add it to the schema.${schema.columns.note_en ? ' Notes go in note_en / note_fr.' : ''}`,
    });
  }
  return problems;
}

export interface TableResult {
  /** Rows whose every cell is valid: what the site is built from. */
  readonly rows: TypedRow[];
  /** Every row read cell by cell, bad cells left empty: its references are still checked. */
  readonly readRows: TypedRow[];
  /** Every id written in the file, valid row or not, so one bad cell never hides a row from references. */
  readonly ids: ReadonlySet<string>;
  readonly headerOk: boolean;
  readonly problems: Problem[];
}

const MAX_RENAME_HINTS = 50;
/** Units in which a value is never fractional, so "200.000" can only be a thousands separator. */
const WHOLE_UNITS = new Set(['count', 'dollars']);

/**
 * What is wrong with a number in a whole unit (count, dollars), if anything: a point that can only be
 * a thousands separator ("200.000"), or a fraction of a count.
 */
function notWholeNumber(unit: string, cell: string, value: unknown): { expected: string; fix: string } | undefined {
  if (/^-?\d{1,3}(\.\d{3})+$/.test(cell)) {
    return {
      expected: `a ${unit === 'count' ? 'count' : 'sum of money'} written with digits only`,
      fix: `A ${unit === 'count' ? 'count' : 'dollar amount'} has no decimals here, so the point in ${cell} is a thousands separator (French and European number formats). Write ${cell.replace(/\./g, '')} if that is the figure in the source.`,
    };
  }
  // 83.4 with the unit "count" would be published as 83.4 people: most likely the unit changed.
  if (unit === 'count' && typeof value === 'number' && !Number.isInteger(value)) {
    return {
      expected: 'a whole number, since the unit is count',
      fix: 'A count has no fractions. If the source gives a share, set unit to percent; a daily rate, per_day; otherwise write the whole number the source gives.',
    };
  }
  return undefined;
}

/** Spreadsheets pad a sheet with empty columns (",,,") and rows; they carry nothing and are dropped. */
function withoutTrailingEmptyColumns(header: readonly string[]): string[] {
  let end = header.length;
  while (end > 0 && header[end - 1]!.trim() === '') end--;
  return header.slice(0, end);
}

function cellCountProblem(schema: TableSchema, columns: readonly string[], line: number, cells: readonly string[]): Problem {
  const base = { file: schema.file, line, value: cells.join(',') };
  const expected = `${columns.length} cells, one per column (${columns.join(', ')})`;
  // Several numbers split that make the whole row read again explain it better than one long number.
  const splitNumber = numbersSplitByCommas(schema, columns, cells) ?? valueSplitByComma(schema, columns, cells);
  if (splitNumber) return { ...base, ...splitNumber };
  const extraCells = cells.slice(columns.length);
  const endsEmpty = extraCells.length > 0 && extraCells.every((c) => c.trim() === '');
  const commas = extraCells.length === 1 ? 'an extra comma' : `${extraCells.length} extra commas`;
  const trailingFix = `The row ends with ${commas} after its last column (${columns.at(-1)}). Delete ${extraCells.length === 1 ? 'it' : 'them'} at the end of the line, or delete the empty column after ${columns.at(-1)} in the spreadsheet.`;
  if (endsEmpty && readsWhole(schema, columns, cells.slice(0, columns.length))) {
    // A spreadsheet that wrote one more column than the header has: the row itself is complete. Often
    // every row of the file, so the lines merge into one message.
    const every = 'These rows end with extra commas after their last column: delete them at the end of each line, or delete the empty column after the last one in the spreadsheet.';
    return { ...base, value: '', expected, fix: trailingFix, repeat: { key: 'trailing-empty-cells', fix: every } };
  }
  const curlyOpen = cells.findIndex((c) => /^\s*[“„«]/.test(c));
  if (cells.length > columns.length && curlyOpen !== -1) {
    return {
      ...base,
      expected,
      fix: `This row has ${cells.length} cells. Cell ${curlyOpen + 1} starts with a curly quotation mark (“), which a CSV does not treat as a quote, so the commas inside it split the text. Replace the curly quotes around that text with straight ones ("like, this") or remove them and let the spreadsheet quote the cell.`,
    };
  }
  const more = cells.length > columns.length;
  if (!more) {
    const missing = missingCellColumns(schema, columns, cells);
    const french = missing.length === 1 ? frenchOfWrittenEnglish(schema, columns, cells, missing[0]!) : undefined;
    const where =
      french
        ? ` The missing cell is most likely ${missing[0]}, the French of ${french}: add a comma ${placeOf(columns, missing[0]!)} for it and write the French text there.`
        : missing.length === 1
        ? ` The missing cell is most likely ${missing[0]}, an optional column: add a comma ${placeOf(columns, missing[0]!)} for it, leaving it empty, or write its value there.`
        : missing.length > 1 && missing.length <= 4
          ? ` The missing cell is most likely one of: ${missing.join(', ')}.`
          : '';
    return {
      ...base,
      expected,
      fix: `This row has ${cells.length} cells. Add the missing cells (leave optional ones empty, but keep their commas).${where}`,
    };
  }
  const splits = unquotedCommaSplits(schema, columns, cells);
  if (endsEmpty && splits.length === 0) {
    // The cells do not all read in their columns, and no text with a comma explains it better.
    return { ...base, expected, fix: `${trailingFix} If the cells are not under their columns, look instead for a text with a comma in it and wrap it in double quotes ("like, this").` };
  }
  let where = '';
  if (splits.length === 1) {
    where = ` The comma is most likely in ${splits[0]!.column}: write that cell as "${splits[0]!.text.replace(/"/g, '""')}", in double quotes.`;
  } else if (splits.length > 1) {
    // Neighbouring text columns read equally well whichever of them is joined: show the cells they span.
    const from = columns.indexOf(splits[0]!.column);
    const to = columns.indexOf(splits.at(-1)!.column) + cells.length - columns.length;
    const read = cells.slice(from, to + 1).map((c) => `"${showSplit(c)}"`).join(' | ');
    where = ` The comma is most likely in one of the texts ${splits.map((s) => s.column).join(', ')}; the commas split them into: ${read}.`;
  }
  return { ...base, expected, fix: `This row has ${cells.length} cells. A text containing a comma must be wrapped in double quotes ("like, this").${where}` };
}

/**
 * A date or number whose unquoted comma split it over two or more cells: "February 12, 2014", "83,4"
 * (a decimal comma, from a French-format spreadsheet) or "11,269" (a thousands separator). Where the
 * column is whole numbers and the groups have three digits, the comma can only group thousands.
 */
function valueSplitByComma(
  schema: TableSchema,
  columns: readonly string[],
  cells: readonly string[],
): { column: string; value: string; expected: string; fix: string } | undefined {
  const extra = cells.length - columns.length;
  if (extra < 1) return undefined;
  for (let i = 0; i < columns.length; i++) {
    const spec = schema.columns[columns[i]!];
    if (spec?.kind === 'date' && extra === 1) {
      // "February 12, 2014" typed without quotes.
      const written = `${cells[i]!.trim()}, ${cells[i + 1]!.trim()}`;
      const iso = namedMonthDate(written);
      if (iso) {
        return {
          column: columns[i]!,
          value: written,
          expected: 'a date written year-month-day',
          fix: `The date "${written}" has a comma and, since commas separate cells, it split into two cells. Write it as ${iso}.`,
        };
      }
    }
    if (!spec || !NUMBER_KINDS.has(spec.kind)) continue;
    const parts = cells.slice(i, i + extra + 1).map((c) => c.trim());
    if (!/^-?\d+$/.test(parts[0]!) || !parts.slice(1).every((p) => /^\d+$/.test(p))) continue;
    const number = parts.join(',');
    const grouped = /^-?\d{1,3}(,\d{3})+$/.test(number);
    // A guess holds only if the row, with the number joined back, reads whole: "37,3" in a column of vote
    // counts is more likely a comma in a text before it that moved the counts along.
    const joinedReads = (value: string) => readsWhole(schema, columns, [...cells.slice(0, i), value, ...cells.slice(i + extra + 1)]);
    const split = 'since commas separate cells, it split into several cells';
    if (grouped && (spec.kind === 'integer' || extra > 1)) {
      if (!joinedReads(number.replace(/,/g, ''))) continue;
      return {
        column: columns[i]!,
        value: number,
        expected: 'a whole number written with digits only',
        fix: `The number ${number} was written with a comma between thousands and, ${split}. Write ${number.replace(/,/g, '')}.`,
      };
    }
    if (extra > 1) continue;
    if (!joinedReads(number.replace(',', '.')) && !(grouped && joinedReads(number.replace(',', '')))) continue;
    return {
      column: columns[i]!,
      value: number,
      expected: 'a number with a decimal point',
      fix: grouped
        ? `The number ${number} has a comma, and ${split}. Write ${number.replace(',', '')} if the comma groups thousands, or ${number.replace(',', '.')} if it is a decimal comma (a French-format spreadsheet).`
        : `The number ${number} was written with a decimal comma (a French-format spreadsheet) and, ${split}. Write ${number.replace(',', '.')}.`,
    };
  }
  return undefined;
}

/** More numbers split by their commas in one row than this are not looked for: the search doubles with each. */
const MAX_SPLIT_NUMBERS = 4;

/**
 * Two or more numbers of one row each split in two by an unquoted comma: coordinates saved with
 * decimal commas ("43,6532" and "-79,3832"), or a low and a high end with thousands commas. Found only
 * when joining those cells back, and nothing else, makes every cell of the row read as its column asks,
 * so the fix names the right columns and values rather than a text column that happens to absorb them.
 */
function numbersSplitByCommas(
  schema: TableSchema,
  columns: readonly string[],
  cells: readonly string[],
): { column: string; value: string; expected: string; fix: string } | undefined {
  const extra = cells.length - columns.length;
  if (extra < 2 || extra > MAX_SPLIT_NUMBERS) return undefined;
  interface Join {
    readonly column: string;
    readonly written: string;
    readonly value: string;
  }
  const search = (col: number, at: number, left: number, joins: readonly Join[], row: readonly string[]): { joins: readonly Join[]; row: readonly string[] } | undefined => {
    if (col === columns.length) return left === 0 && at === cells.length ? { joins, row } : undefined;
    const name = columns[col]!;
    const spec = schema.columns[name];
    const [first, second] = [cells[at]?.trim() ?? '', cells[at + 1]?.trim() ?? ''];
    if (left > 0 && spec && NUMBER_KINDS.has(spec.kind) && /^-?\d+$/.test(first) && /^\d+$/.test(second)) {
      // A group of three digits in a whole-number column is a thousands comma; anywhere else a decimal one.
      const value = spec.kind === 'integer' && second.length === 3 ? `${first}${second}` : `${first}.${second}`;
      if (cellReads(spec, value)) {
        const found = search(col + 1, at + 2, left - 1, [...joins, { column: name, written: `${first},${second}`, value }], [...row, value]);
        if (found) return found;
      }
    }
    if (!cellReads(spec, cells[at] ?? '')) return undefined;
    return search(col + 1, at + 1, left, joins, [...row, cells[at]!]);
  };
  const found = search(0, 0, extra, [], []);
  if (!found) return undefined;
  const { joins } = found;
  const list = (items: readonly string[]) => (items.length === 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
  return {
    column: list(joins.map((j) => j.column)),
    value: list(joins.map((j) => j.written)),
    expected: `${joins.length} numbers written without commas`,
    fix: `Since commas separate cells, the commas in ${list(joins.map((j) => `${j.written} (${j.column})`))} split each number in two and moved the cells after them. Write ${list(joins.map((j) => j.value))}${joins.some((j) => j.value.includes('.')) ? ' (a point for decimals)' : ''}.`,
  };
}

/** Whether a cell reads as its column asks (an empty cell only where the column is optional). */
function cellReads(spec: ColumnSpec | undefined, cell: string): boolean {
  return spec !== undefined && (cell.trim() === '' ? !spec.required : parseCell(spec, cell).ok);
}

/** Where a column's cell sits in a row, for a fix: "after the date cell" or "at the start of the row". */
function placeOf(columns: readonly string[], column: string): string {
  const k = columns.indexOf(column);
  return k === 0 ? 'at the start of the row' : `after the ${columns[k - 1]} cell`;
}

/**
 * The columns whose cell, put back empty, makes a row one cell short read whole: where its comma went.
 * Only a row short by exactly one cell is searched.
 */
function missingCellColumns(schema: TableSchema, columns: readonly string[], cells: readonly string[]): string[] {
  if (cells.length !== columns.length - 1) return [];
  return columns.filter((_, k) => readsWhole(schema, columns, [...cells.slice(0, k), '', ...cells.slice(k)]));
}

/**
 * The English column whose text this row gives, when the missing cell is its French twin: then the
 * French cell is required, not optional.
 */
function frenchOfWrittenEnglish(schema: TableSchema, columns: readonly string[], cells: readonly string[], missing: string): string | undefined {
  const twin = englishTwin(missing, schema.columns[missing]!, schema.columns);
  if (!twin) return undefined;
  const k = columns.indexOf(missing);
  const row = [...cells.slice(0, k), '', ...cells.slice(k)];
  return row[columns.indexOf(twin.column)]?.trim() ? twin.column : undefined;
}

/** Whether every cell of a row with the header's length reads as its column asks. */
function readsWhole(schema: TableSchema, columns: readonly string[], cells: readonly string[]): boolean {
  return cells.every((cell, j) => cellReads(schema.columns[columns[j]!], cell));
}

const showSplit = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Where a text with an unquoted comma may have split a row: the text columns whose cells, joined back
 * with the extra ones, leave the fewest unreadable cells in the row (a new row may have other mistakes
 * too). Only named to point the editor at a cell; the row is still refused.
 */
function unquotedCommaSplits(schema: TableSchema, columns: readonly string[], cells: readonly string[]): { column: string; text: string }[] {
  const extra = cells.length - columns.length;
  const tried = columns.flatMap((column, i) => {
    if (schema.columns[column]?.kind !== 'text') return [];
    // Joining empty cells to a text explains nothing: they are commas at the end, not inside it.
    if (cells.slice(i + 1, i + extra + 1).every((c) => c.trim() === '')) return [];
    const joined = cells.slice(i, i + extra + 1).join(',');
    const row = [...cells.slice(0, i), joined, ...cells.slice(i + extra + 1)];
    return [{ column, text: joined.trim(), misreads: row.filter((cell, j) => !cellReads(schema.columns[columns[j]!], cell)).length }];
  });
  const fewest = Math.min(...tried.map((t) => t.misreads));
  // A row that reads no better with any join gives no hint worth following.
  if (tried.length === 0 || fewest > MISREADS_TOLERATED_IN_A_HINT) return [];
  return tried.filter((t) => t.misreads === fewest).map(({ column, text }) => ({ column, text }));
}

const MISREADS_TOLERATED_IN_A_HINT = 2;

function mojibakeProblem(file: string, line: number, column: string, raw: string): Problem | undefined {
  const repaired = repairMojibake(raw);
  if (repaired === undefined) return undefined;
  const fix = SPREADSHEET_FIXES.mojibake.replace('FILE', file);
  return {
    file,
    line,
    column,
    value: raw,
    expected: `text with its accents intact (${mojibakeFragments(raw).map((f) => `"${f}"`).join(', ')} is how garbled accents look)`,
    fix: `It should read "${repaired}". ${fix}`,
    repeat: { key: 'mojibake', fix },
  };
}

interface FrenchColumn {
  readonly name: string;
  readonly english: string;
  readonly when?: { readonly column: string; readonly equals: string };
}

/** The French columns that must be filled whenever their English twin is: exceptions left out. */
function requiredFrenchColumns(columns: Readonly<Record<string, ColumnSpec>>): FrenchColumn[] {
  return Object.entries(columns).flatMap(([name, spec]) => {
    const twin = englishTwin(name, spec, columns);
    return twin && spec.frenchMayBeEmpty === undefined ? [{ name, english: twin.column, when: twin.when }] : [];
  });
}

const MAX_ENGLISH_SHOWN = 60;

/**
 * An English text without its French: the French pages would have nothing to show (they never fall
 * back to English). Repeats in one column merge into one message naming every line.
 */
function missingFrench(file: string, row: TypedRow, cellOf: (column: string) => string, french: readonly FrenchColumn[]): Problem[] {
  const problems: Problem[] = [];
  for (const { name, english, when } of french) {
    // Raw cells, not typed values: a French cell refused for another reason (garbled accents) is not empty.
    const source = cellOf(english).trim();
    if (source === '' || cellOf(name).trim() !== '') continue;
    if (when && row[when.column] !== when.equals) continue;
    const shown = source.length > MAX_ENGLISH_SHOWN ? `${source.slice(0, MAX_ENGLISH_SHOWN)}…` : source;
    const condition = when ? ` when ${when.column} is ${when.equals}` : '';
    problems.push({
      file,
      line: row.line,
      column: name,
      value: '',
      expected: `the French of "${english}"${condition}: French pages show only French`,
      fix: `Write in "${name}" the French for this row's ${english} ("${shown}"). Use the glossary's French words and official French names; an English name with no official French form stays in English inside the French sentence.`,
      repeat: {
        key: `missing-french:${name}`,
        fix: `Write in "${name}" the French for each of these rows' ${english}. Use the glossary's French words and official French names.`,
      },
    });
  }
  return problems;
}

/** The UTF-8 mark as a Latin-1 / Windows-1252 reading shows it. */
const GARBLED_BOM = '\u00ef\u00bb\u00bf';

/**
 * The file's UTF-8 mark read as Latin-1 and saved again as text ("ï»¿id"): the same round trip garbled
 * every accent of the file, so the message says what happened to the whole file, once, and the cells'
 * garbled accents follow as one merged message.
 */
function garbledUtf8Mark(file: string, header: readonly string[]): Problem | undefined {
  if (!header[0]?.startsWith(GARBLED_BOM)) return undefined;
  return {
    file,
    line: 1,
    column: header[0].slice(GARBLED_BOM.length),
    value: header[0],
    expected: `the column name "${header[0].slice(GARBLED_BOM.length)}"`,
    fix: `The file's UTF-8 mark (three invisible bytes at its start) shows as "${GARBLED_BOM}": the file was opened as Latin-1 / Windows-1252 and saved as UTF-8, which garbles its accents too. Take the file back from git (git checkout -- data/${file}) and redo your edits, opening it as "Spreadsheets without damage" in data/README.md describes.`,
  };
}

/** Reads one table: header, field counts, cells, required values and unique ids. Linear in its size. */
export function validateTable(schema: TableSchema, raw: RawTable): TableResult {
  const garbledMark = garbledUtf8Mark(schema.file, raw.header);
  const columns = withoutTrailingEmptyColumns(garbledMark ? [raw.header[0]!.slice(GARBLED_BOM.length), ...raw.header.slice(1)] : raw.header);
  const problems = [...(garbledMark ? [garbledMark] : []), ...checkHeader(schema, columns)];
  if (problems.length > (garbledMark ? 1 : 0)) return { rows: [], readRows: [], ids: new Set(), headerOk: false, problems };
  const rows: TypedRow[] = [];
  const readRows: TypedRow[] = [];
  const ids = new Set<string>();
  const idLines = new Map<string, number>();
  const idAt = columns.indexOf('id');
  const specs = columns.map((name) => schema.columns[name]!);
  const french = requiredFrenchColumns(schema.columns);
  const columnAt = new Map(columns.map((name, i) => [name, i]));
  for (const record of raw.records) {
    let cells = record.cells;
    if (cells.every((c) => c.trim() === '')) continue; // an all-commas row
    // Pasting a block with its header row repeats the column names: one message, not one per cell.
    if (cells.length >= columns.length && columns.every((name, i) => cells[i]!.trim().toLowerCase() === name.toLowerCase())) {
      problems.push({
        file: schema.file,
        line: record.line,
        value: cells.join(','),
        expected: 'a row of data',
        fix: 'This row repeats the column names (a header row pasted in with other rows). Delete it.',
      });
      continue;
    }
    // Padding only as wide as the header's own: one empty cell too many is more likely a shifted row.
    if (cells.length > columns.length && cells.length <= raw.header.length && cells.slice(columns.length).every((c) => c.trim() === '')) {
      cells = cells.slice(0, columns.length);
    }
    if (idAt !== -1 && cells[idAt] !== undefined && cells[idAt]!.trim() !== '') ids.add(cells[idAt]!.trim());
    if (cells.length !== columns.length) {
      problems.push(cellCountProblem(schema, columns, record.line, cells));
      continue;
    }
    const row: TypedRow = { line: record.line };
    let rowOk = true;
    for (let i = 0; i < columns.length; i++) {
      const name = columns[i]!;
      const spec = specs[i]!;
      const cell = cells[i]!;
      if (cell.trim() === '') {
        row[name] = undefined;
        if (spec.required) {
          rowOk = false;
          problems.push({ file: schema.file, line: record.line, column: name, value: '', expected: spec.description, fix: `Fill in "${name}"; this column is required.` });
        }
        continue;
      }
      const garbled = mojibakeProblem(schema.file, record.line, name, cell);
      if (garbled) {
        rowOk = false;
        problems.push(garbled);
        continue;
      }
      // What parseCell does for text, without its result object per cell; only a "<" can start a tag.
      if (spec.kind === 'text' && !cell.includes('<')) {
        row[name] = cell.trim();
        continue;
      }
      const result = parseCell(spec, cell);
      if (result.ok) {
        row[name] = result.value;
      } else {
        rowOk = false;
        problems.push({ file: schema.file, line: record.line, column: name, value: cell, expected: result.expected, fix: result.fix, repeat: result.repeat });
      }
    }
    if (typeof row.unit === 'string' && WHOLE_UNITS.has(row.unit)) {
      for (let i = 0; i < columns.length; i++) {
        if (schema.columns[columns[i]!]!.kind !== 'decimal') continue;
        const cell = cells[i]!.trim();
        const notWhole = notWholeNumber(row.unit, cell, row[columns[i]!]);
        if (!notWhole) continue;
        rowOk = false;
        problems.push({ file: schema.file, line: record.line, column: columns[i], value: cell, ...notWhole });
      }
    }
    const id = row.id;
    if (typeof id === 'string') {
      const first = idLines.get(id);
      if (first !== undefined) {
        rowOk = false;
        problems.push({
          file: schema.file,
          line: record.line,
          column: 'id',
          value: id,
          expected: 'an id used by no other row',
          fix: `Line ${first} already uses this id. Give this row its own id, or delete it if it repeats line ${first}.`,
        });
      } else {
        idLines.set(id, record.line);
      }
    }
    problems.push(...missingFrench(schema.file, row, (column) => cells[columnAt.get(column)!] ?? '', french));
    readRows.push(row);
    if (rowOk) rows.push(row);
  }
  if (readRows.length === 0 && problems.length === 0) {
    problems.push({
      file: schema.file,
      line: 0,
      expected: 'at least one row of data under the header',
      fix: 'The file has a header but no rows. Take the rows back from git history if they were deleted by mistake.',
    });
  }
  return { rows, readRows, ids, headerOk: true, problems };
}

/** One use of an id that must exist in another file: a ref cell, or a component in a chapter. */
export interface Reference extends Place {
  readonly target: string;
  readonly id: string;
}

/** Every ref/refs cell of every row that was read, as references to check. */
export function referencesInTables(schemas: readonly TableSchema[], tables: ReadonlyMap<string, TableResult>): Reference[] {
  const references: Reference[] = [];
  for (const schema of schemas) {
    const table = tables.get(schema.file);
    if (!table?.headerOk) continue; // its header problem is the message; its cells were not read
    for (const [name, spec] of Object.entries(schema.columns)) {
      if (spec.kind !== 'ref' && spec.kind !== 'refs') continue;
      for (const row of table.readRows) {
        const value = row[name];
        const ids = spec.kind === 'refs' ? ((value as string[] | undefined) ?? []) : value === undefined ? [] : [value as string];
        for (const id of ids) references.push({ file: schema.file, line: row.line, column: name, target: spec.references!, id });
      }
    }
  }
  return references;
}

/**
 * One message per missing id, naming every place that uses it: a renamed or deleted row is one
 * mistake, however many rows and chapters point at it.
 */
export function checkReferences(references: readonly Reference[], tables: ReadonlyMap<string, TableResult>): Problem[] {
  const missing = new Map<string, Reference[]>();
  const used = new Set(references.map((ref) => `${ref.target}\u0000${ref.id}`));
  for (const ref of references) {
    const target = tables.get(ref.target);
    // The referenced file is itself broken, or emptied, and already reported: one message, not one per use.
    if (!target?.headerOk || target.readRows.length === 0) continue;
    if (target.ids.has(ref.id)) continue;
    const key = `${ref.target}\u0000${ref.id}`;
    const uses = missing.get(key);
    if (uses) uses.push(ref);
    else missing.set(key, [ref]);
  }
  // A renamed row usually still exists under an id close to the old one (vancouver → vancouver-bc).
  let hinted = 0;
  const renamedTo = (target: string, id: string): string | undefined => {
    if (hinted++ >= MAX_RENAME_HINTS) return undefined; // the listing shows 50 messages; hints beyond are unread
    let best: string | undefined;
    for (const candidate of tables.get(target)!.ids) {
      if (candidate === id || !(candidate.includes(id) || id.includes(candidate))) continue;
      if (!best || Math.abs(candidate.length - id.length) < Math.abs(best.length - id.length)) best = candidate;
    }
    return best;
  };
  // Ids are compared exactly; one that differs only in capitals (s001 for S001) is a typing slip.
  const inOtherCase = (target: string, id: string): string | undefined =>
    [...tables.get(target)!.ids].find((candidate) => candidate.toLowerCase() === id.toLowerCase());
  // A numbered id (S021) whose prefix the written id starts with and whose number its tail stands for.
  const numberedId = (target: string, id: string, standsFor: (tail: string, number: string) => boolean): string | undefined =>
    [...tables.get(target)!.ids].find((candidate) => {
      const numbered = /^([A-Za-z]+)(\d+)$/.exec(candidate);
      if (!numbered || candidate === id) return false;
      const [, prefix, number] = numbered;
      return id.slice(0, prefix!.length).toLowerCase() === prefix!.toLowerCase() && standsFor(id.slice(prefix!.length), number!);
    });
  const withoutLeadingZeros = (digits: string) => digits.replace(/^0+(?=\d)/, '');
  // Numbered ids are padded to a fixed width (S021): "S21" or "s21" is that id with its zero left out.
  const unpadded = (target: string, id: string): string | undefined =>
    numberedId(target, id, (tail, number) => /^\d+$/.test(tail) && withoutLeadingZeros(tail) === withoutLeadingZeros(number));
  // A letter typed for the digit it looks like: "S21O" or "SO21" for S210 or S021, "Sl05" for S105.
  const lookAlike = (target: string, id: string): string | undefined =>
    numberedId(target, id, (tail, number) => tail.replace(/[oO]/g, '0').replace(/[lI]/g, '1') === number);
  // A typing slip in a reference, or in the id of the row it names: both are one letter or two apart.
  const mistyped = (target: string, id: string): string | undefined =>
    hinted++ >= MAX_RENAME_HINTS ? undefined : misspeltId(id, tables.get(target)!.ids);
  return [...missing.values()].map(([first, ...others]): Problem => {
    const recased = inOtherCase(first!.target, first!.id) ?? unpadded(first!.target, first!.id);
    const digitFor = recased ? undefined : lookAlike(first!.target, first!.id);
    const slip = recased || digitFor ? undefined : mistyped(first!.target, first!.id);
    const renamed = recased || digitFor || slip ? undefined : renamedTo(first!.target, first!.id);
    const where = others.length > 0 ? `all ${others.length + 1} places listed` : 'this place';
    // The near id is used elsewhere: this reference is the slip. Used nowhere while several places
    // agree on the missing id: the row's own id was changed, so the message points at that row.
    const slipUsed = slip !== undefined && used.has(`${first!.target}\u0000${slip}`);
    const changedRow = slip && !slipUsed && others.length > 0 ? tables.get(first!.target)!.readRows.find((row) => row.id === slip) : undefined;
    if (changedRow) {
      return {
        file: first!.target,
        line: changedRow.line,
        column: 'id',
        value: slip,
        expected: `the id that ${others.length + 1} places use: "${first!.id}"`,
        fix: `No row of ${first!.target} has the id "${first!.id}", which the ${others.length + 1} places listed use; this row's id "${slip}" is one or two letters from it, and nothing uses it. If it was changed by mistake, change it back to "${first!.id}". If the row is meant to have a new id, write "${slip}" in all ${others.length + 1} places listed instead.`,
        alsoAt: [first!, ...others].map(({ file, line, column }) => ({ file, line, column })),
      };
    }
    return {
      file: first!.file,
      line: first!.line,
      column: first!.column,
      value: first!.id,
      expected: `an id that exists in ${first!.target}`,
      fix: recased
        ? `Ids are written exactly as in ${first!.target}: write "${recased}".`
        : digitFor
          ? `"${first!.id}" has a letter where a digit belongs (O for 0, l or I for 1): write "${digitFor}" in ${where}.`
        : slip
          ? `No row of ${first!.target} has the id "${first!.id}". Did you mean "${slip}"? If so, write "${slip}" in ${where}.` +
            (slipUsed ? '' : ` If instead the row "${slip}" in ${first!.target} is the slip, change its id to "${first!.id}".`)
        : renamed
          ? `No row of ${first!.target} has the id "${first!.id}"; was it renamed to "${renamed}"? Rows and chapters find each other by id: put the old id back, or change it in ${where}.`
        : `No row of ${first!.target} has the id "${first!.id}". Check the spelling, or add that row to ${first!.target} first.` +
          (others.length > 0 ? ` If you renamed or deleted it, put it back or change it in ${where}.` : ''),
      alsoAt: others.map(({ file, line, column }) => ({ file, line, column })),
    };
  });
}

export function checkCrossTable(tables: ReadonlyMap<string, readonly TypedRow[]>): Problem[] {
  return CROSS_TABLE_RULES.flatMap((rule) => rule(tables));
}
