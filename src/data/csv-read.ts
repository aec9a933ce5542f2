/**
 * Turns the bytes of one CSV file into header + records with their line numbers, or into problems.
 * Encoding is checked here, before any parsing, so a spreadsheet's Latin-1 export is named as such
 * instead of flowing through as mojibake.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import type { Problem } from './problems.ts';
import { decimalCommaExample, looksSemicolonSeparated, looksTabSeparated, regionalSaveFix, SPREADSHEET_FIXES, utf16Encoding } from './spreadsheet.ts';

export interface RawRecord {
  readonly line: number;
  /**
   * The row a spreadsheet shows it on, when that differs from its line: a cell holding a line break
   * (Alt+Enter) takes several lines of the file but one row of the sheet.
   */
  readonly row?: number;
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
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    // The header as the editor would see it, so the message shows their file and not byte garbage.
    const firstLine = new TextDecoder(utf16).decode(bytes.subarray(0, 4096)).split(/\r?\n/)[0]!;
    return {
      problem: {
        file,
        line: 1,
        value: firstLine === '' ? undefined : firstLine.replace(/\t/g, '⇥'),
        expected: 'a file saved as UTF-8 (this one was saved as "Unicode Text", which is UTF-16)',
        fix: SPREADSHEET_FIXES.utf16,
      },
    };
  }
  // isUtf8 + toString is several times faster than a fatal TextDecoder on large files.
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return { text: text.startsWith(UTF8_BOM) ? text.slice(1) : text };
  }
  {
    const offset = firstInvalidUtf8(bytes);
    const line = lineOfByte(bytes, offset);
    const lineEnd = bytes.indexOf(0x0a, offset);
    // Windows-1252 is what spreadsheets on Windows call "CSV"; showing the line decoded that way lets
    // the editor recognise their own text ("Montréal") instead of replacement characters.
    // Windows-1252 has one character per byte, so byte offsets are character offsets in the decoded text.
    const wholeAsLatin = new TextDecoder('windows-1252').decode(bytes);
    const asLatin = wholeAsLatin.slice(offset, lineEnd === -1 ? undefined : lineEnd);
    // A French-Canadian Excel save is Windows-1252 with semicolons and decimal commas: all named at once.
    const regional = looksSemicolonSeparated(wholeAsLatin.slice(0, wholeAsLatin.search(/\r?\n|$/)));
    return {
      problem: {
        file,
        line,
        value: asLatin.replace(/\r$/, ''),
        expected: regional
          ? 'a file saved as UTF-8, with commas between cells (this one looks like a Windows-1252 spreadsheet export with semicolons)'
          : 'a file saved as UTF-8 (this one looks like a Latin-1 / Windows-1252 spreadsheet export)',
        fix: regional
          ? regionalSaveFix(file, { windows1252: true, decimalComma: decimalCommaExample(wholeAsLatin) })
          : 'Open the file in your spreadsheet and save it again choosing "CSV UTF-8 (comma delimited)" (Excel) or "Unicode (UTF-8)" as the character set (LibreOffice, Google Sheets downloads are already UTF-8).',
      },
    };
  }
}

/** Where a quote went wrong: its line, the cell's position in its row, and the cell as typed. */
interface BadQuote {
  readonly badQuoteLine: number;
  readonly unclosed: boolean;
  readonly cellIndex: number;
  readonly cellAsTyped: string;
  /** The header's cells, when the bad quote is below the header. */
  readonly header?: readonly string[];
}

type Scan = { records: RawRecord[] } | BadQuote;

/**
 * RFC 4180 CSV, read in one pass: comma-separated cells, "quoted" cells that may hold commas, line
 * breaks and doubled "" quotes, and LF, CRLF or CR line ends. Empty lines are skipped. A quotation
 * mark inside an unquoted cell is kept as text. Each record carries the line it starts on, and a quote
 * problem the line where the quote opens, which is where the editor has to look.
 */
function scanCsv(text: string): Scan {
  const records: RawRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let row = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    row++;
    if (c0 === 10 || c0 === 13) {
      // an empty line (a spreadsheet shows it as an empty row)
      i += c0 === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      continue;
    }
    const start = line;
    const cells: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === 34) {
        const opened = line;
        const quoteAt = i;
        // The cell as typed: to the next comma after its closing quote, or (never closed) its first words.
        const bad = (unclosed: boolean): BadQuote => {
          const end = unclosed ? quoteAt + 40 : Math.min(...[',', '\n', '\r'].map((c) => text.indexOf(c, i)).map((at) => (at === -1 ? n : at)));
          return {
            badQuoteLine: opened,
            unclosed,
            cellIndex: cells.length,
            cellAsTyped: text.slice(quoteAt, end).split(/\r?\n|\r/)[0]!,
            header: records[0]?.cells,
          };
        };
        let value = '';
        let from = ++i;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q === -1) return bad(true);
          for (let k = i; k < q; k++) if (text.charCodeAt(k) === 10) line++;
          if (text.charCodeAt(q + 1) === 34) {
            value += text.slice(from, q + 1);
            i = from = q + 2;
            continue;
          }
          value += text.slice(from, q);
          i = q + 1;
          break;
        }
        const next = text.charCodeAt(i);
        if (i < n && next !== 44 && next !== 10 && next !== 13) return bad(false);
        cells.push(value);
      } else {
        let end = i;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (c === 44 || c === 10 || c === 13) break;
          end++;
        }
        cells.push(text.slice(i, end));
        i = end;
      }
      const sep = text.charCodeAt(i);
      if (sep === 44) {
        i++;
        continue;
      }
      if (sep === 13) i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
      else if (sep === 10) i++;
      if (i <= n) line++;
      break;
    }
    records.push(row === start ? { line: start, cells } : { line: start, row, cells });
  }
  return { records };
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
        fix: regionalSaveFix(file, { windows1252: false, decimalComma: decimalCommaExample(text) }),
      },
    };
  }
  if (looksTabSeparated(firstLine)) {
    return {
      problem: {
        file,
        line: 1,
        value: firstLine.replace(/\t/g, '⇥'),
        expected: 'cells separated by commas (,)',
        fix: SPREADSHEET_FIXES.tabs,
      },
    };
  }
  const scan = scanCsv(text.startsWith(UTF8_BOM) ? text.slice(1) : text);
  if ('badQuoteLine' in scan) {
    return {
      problem: {
        file,
        line: scan.badQuoteLine,
        ...(scan.header?.[scan.cellIndex] ? { column: scan.header[scan.cellIndex]!.trim() } : {}),
        value: scan.cellAsTyped,
        expected: 'every quotation mark that opens a cell to be closed in the same cell',
        fix: scan.unclosed
          ? 'A cell starts with " but never ends with one. Close the quote at the end of the cell, or write a literal quotation mark inside a quoted cell as two of them ("").'
          : 'A quoted cell is followed by more text before the next comma. Close the quote at the end of the cell, or write a literal quotation mark inside a quoted cell as two of them ("").',
      },
    };
  }
  const [header, ...records] = scan.records;
  if (!header) {
    return {
      problem: {
        file,
        line: 1,
        expected: 'a header row naming the columns',
        fix: `The file is empty. Restore its header row (see data/README.md) or take the file back from git: git checkout -- data/${file}.`,
      },
    };
  }
  return { table: { header: header.cells.map((h) => h.trim()), headerLine: header.line, records } };
}
