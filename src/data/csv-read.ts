/**
 * Turns the bytes of one CSV file into header + records with their line numbers, or into problems.
 * Encoding is checked here, before any parsing, so a spreadsheet's Latin-1 export is named as such
 * instead of flowing through as mojibake.
 */
import { parse } from 'csv-parse/sync';
import type { Problem } from './problems.ts';
import { looksSemicolonSeparated, SPREADSHEET_FIXES } from './spreadsheet.ts';

export interface RawRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface RawTable {
  readonly header: readonly string[];
  readonly headerLine: number;
  readonly records: readonly RawRecord[];
}

const UTF8_BOM = '\uFEFF';

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // A strict decoder throws without a position, so find it by decoding growing prefixes line by line.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lineStart = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, i));
      } catch {
        return lineStart;
      }
      lineStart = i + 1;
    }
  }
  return -1;
}

export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.startsWith(UTF8_BOM) ? text.slice(1) : text };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = lineOfByte(bytes, offset);
    const lineEnd = bytes.indexOf(0x0a, offset);
    // Windows-1252 is what spreadsheets on Windows call "CSV"; showing the line decoded that way lets
    // the editor recognise their own text ("Montréal") instead of replacement characters.
    const asLatin = new TextDecoder('windows-1252').decode(bytes.subarray(offset, lineEnd === -1 ? bytes.length : lineEnd));
    return {
      problem: {
        file,
        line,
        value: asLatin.replace(/\r$/, ''),
        expected: 'a file saved as UTF-8 (this one looks like a Latin-1 / Windows-1252 spreadsheet export)',
        fix: 'Open the file in your spreadsheet and save it again choosing "CSV UTF-8 (comma delimited)" (Excel) or "Unicode (UTF-8)" as the character set (LibreOffice, Google Sheets downloads are already UTF-8).',
      },
    };
  }
}

/**
 * The line on which a badly quoted cell opens. csv-parse reports where it noticed the problem, which
 * can be many lines later; the editor needs the line where the stray quotation mark is.
 */
export function lineOfBadQuote(text: string): number | undefined {
  let line = 1;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (atFieldStart && c === '"') {
      const opened = line;
      for (i++; i < text.length; i++) {
        if (text[i] === '\n') line++;
        if (text[i] !== '"') continue;
        if (text[i + 1] === '"') {
          i++;
          continue;
        }
        const next = text[i + 1];
        if (next === undefined || next === ',' || next === '\n' || next === '\r') break;
        return opened;
      }
      if (i >= text.length) return opened;
      atFieldStart = false;
      continue;
    }
    if (c === '\n') line++;
    atFieldStart = c === ',' || c === '\n';
  }
  return undefined;
}

interface CsvParseError extends Error {
  code?: string;
  lines?: number;
}

export function parseCsv(file: string, text: string): { table: RawTable } | { problem: Problem } {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).replace(/^\uFEFF/, '').replace(/\r$/, '');
  if (looksSemicolonSeparated(firstLine)) {
    return {
      problem: {
        file,
        line: 1,
        value: firstLine,
        expected: 'cells separated by commas (,)',
        fix: SPREADSHEET_FIXES.semicolons,
      },
    };
  }
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      info: true,
      relax_column_count: true, // field-count mismatches are reported by the validator, with the header
      skip_empty_lines: true, // trailing blank lines are common from spreadsheets and harmless
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const e = error as CsvParseError;
    if (e.code === 'CSV_QUOTE_NOT_CLOSED' || e.code === 'CSV_INVALID_CLOSING_QUOTE') {
      return {
        problem: {
          file,
          line: lineOfBadQuote(text) ?? e.lines ?? 0,
          expected: 'every quotation mark that opens a cell to be closed in the same cell',
          fix: 'A cell starts with " but never ends with one. Close the quote at the end of the cell, or write a literal quotation mark inside a quoted cell as two of them ("").',
        },
      };
    }
    return {
      problem: {
        file,
        line: e.lines ?? 0,
        expected: 'a well-formed CSV file',
        fix: `The CSV reader stopped here: ${e.message}. Check the quotation marks on this line.`,
      },
    };
  }
  if (rows.length === 0) {
    return {
      problem: {
        file,
        line: 1,
        expected: 'a header row naming the columns',
        fix: 'The file is empty. Restore its header row (see data/README.md) or take the file back from git.',
      },
    };
  }
  const [headerRow, ...dataRows] = rows;
  // info.lines is the line on which the record ends; a record may span lines inside quotes, so the
  // first line of a record is one past the end of the previous record (blank lines aside).
  const records: RawRecord[] = [];
  let previousEnd = headerRow!.info.lines;
  const lines = text.split('\n');
  for (const row of dataRows) {
    let start = previousEnd + 1;
    while (start < row.info.lines && (lines[start - 1] ?? '').trim() === '') start++;
    records.push({ line: start, cells: row.record });
    previousEnd = row.info.lines;
  }
  return { table: { header: headerRow!.record.map((h) => h.trim()), headerLine: 1, records } };
}
