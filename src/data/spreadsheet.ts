/**
 * The traces spreadsheets leave in a CSV, recognised so a message can name what the spreadsheet did
 * and how to undo it, instead of describing only the symptom.
 */

// The characters Windows-1252 shows for the bytes 0x80–0xBF, the second and third bytes of every
// accented letter in UTF-8. A UTF-8 file opened as Windows-1252 and saved again shows "é" as "Ã©".
const CONTINUATION_BYTES = Uint8Array.from({ length: 0x40 }, (_, i) => 0x80 + i);
const CONTINUATION_CHARS = new TextDecoder('windows-1252').decode(CONTINUATION_BYTES);
const CONT = `[${CONTINUATION_CHARS.replace(/[\]\\^-]/g, '\\$&')}]`;
// A two-byte letter read as Â..ß followed by a continuation, or a three-byte one (’ “ ” – …) as â€™.
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}${CONT}`);

const WINDOWS_1252_BYTE = new Map<string, number>();
{
  const all = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  [...all].forEach((ch, byte) => WINDOWS_1252_BYTE.set(ch, byte));
}

/**
 * A CSV as published for download: one UTF-8 byte-order mark in front (any the editor's file had are
 * dropped first), which Excel needs to read the file as UTF-8 rather than in the computer's code page.
 */
export function withByteOrderMark(csv: string): string {
  return `\ufeff${csv.replace(/^\ufeff+/, '')}`;
}

/**
 * The text as it was before a UTF-8 → Windows-1252 → UTF-8 round trip garbled it ("MontrÃ©al" →
 * "Montréal"), or undefined when the text shows no such damage.
 */
export function repairMojibake(text: string): string | undefined {
  if (!MOJIBAKE.test(text)) return undefined;
  const bytes: number[] = [];
  for (const ch of text) {
    const byte = WINDOWS_1252_BYTE.get(ch);
    if (byte === undefined) return undefined; // a character Windows-1252 cannot hold: not this damage
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

/** The garbled pieces of a text, e.g. ["Ã©"], to name them in a message. */
export function mojibakeFragments(text: string): string[] {
  const global = new RegExp(MOJIBAKE.source, 'g');
  return [...new Set(text.match(global) ?? [])];
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * The ISO date behind an Excel date serial (42786 → 2017-02-20), for serials between 1927 and 2119,
 * or undefined. Excel stores dates as days since 1899-12-30 and writes that number when a date cell
 * is formatted as a number.
 */
export function excelSerialDate(raw: string): string | undefined {
  if (!/^\d{5}$/.test(raw)) return undefined;
  const serial = Number(raw);
  if (serial < 10_000 || serial > 80_000) return undefined;
  return new Date(EXCEL_EPOCH_UTC + serial * DAY_MS).toISOString().slice(0, 10);
}

const CURLY_WRAP = /^\s*[“”„«‘’‚]\s*(.*?)\s*[”“»’‘]\s*$/s;

/** The value inside curly quotation marks (“adopted” → adopted), or undefined when not so wrapped. */
export function unwrapCurlyQuotes(raw: string): string | undefined {
  const m = CURLY_WRAP.exec(raw);
  return m ? m[1] : undefined;
}

/**
 * True when the header line separates its cells with semicolons: what Excel writes for "CSV" on a
 * computer whose list separator is ";" (French-Canadian and most European regional settings).
 */
export function looksSemicolonSeparated(headerLine: string): boolean {
  const outsideQuotes = headerLine.replace(/"[^"]*"/g, '');
  const semicolons = outsideQuotes.split(';').length - 1;
  const commas = outsideQuotes.split(',').length - 1;
  return semicolons >= 2 && semicolons > commas;
}

/**
 * The first number written with a decimal comma in a semicolon-separated text ("83,4"), or undefined:
 * a French-Canadian spreadsheet writes its decimals so, and they must change in the same save as the
 * separators, or the next check finds them.
 */
export function decimalCommaExample(semicolonText: string): string | undefined {
  return /(?:^|;)"?(-?\d+,\d+)"?(?=;|\r?$)/m.exec(semicolonText)?.[1];
}

/**
 * One message for everything a French-Canadian (or European) Excel "CSV" save changes at once, so that
 * one new save fixes the file: semicolons between cells, and, as found, Windows-1252 instead of UTF-8
 * and decimal commas.
 */
export function regionalSaveFix(file: string, found: { readonly windows1252: boolean; readonly decimalComma?: string }): string {
  const also = [
    found.windows1252 && 'in the Windows-1252 character set instead of UTF-8',
    found.decimalComma && `with decimal commas (${found.decimalComma} for ${found.decimalComma.replace(',', '.')})`,
  ].filter(Boolean);
  const what = `The file was saved with semicolons between cells${also.length > 0 ? `, ${also.join(', and ')}` : ''}: Excel does this when the computer's regional settings are French (Canada), whose list separator is ";" and decimal symbol ",".`;
  return `${what} Set the list separator to "," and the decimal symbol to "." in the computer's regional settings (data/README.md says where, on Windows and on a Mac), then save it again as "CSV UTF-8 (comma delimited)"; or save from LibreOffice or Google Sheets with a comma as field separator and Unicode (UTF-8) as character set. If the file was right before your edit, it is quicker to take it back (git checkout -- data/${file}) and redo your edit after changing the settings.`;
}

/**
 * True when the header line separates its cells with tabs: what Excel writes for "Text (Tab
 * delimited)", and what a block of cells copied out of a spreadsheet and pasted into a text editor is.
 */
export function looksTabSeparated(headerLine: string): boolean {
  const outsideQuotes = headerLine.replace(/"[^"]*"/g, '');
  const tabs = outsideQuotes.split('\t').length - 1;
  const commas = outsideQuotes.split(',').length - 1;
  return tabs >= 2 && tabs > commas;
}

/**
 * The byte order of UTF-16 text, or undefined for anything else: UTF-16 is what Excel writes for
 * "Unicode Text". It starts with the bytes FF FE or FE FF, or, without them, has a NUL byte every other
 * byte (the empty half of each Latin letter). A CSV never holds a NUL byte, but UTF-8 allows them, so
 * this is asked before the file is read as UTF-8.
 */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // The first line or so is enough: every header is plain ASCII.
  const pairs = Math.min(bytes.length, 256) >> 1;
  if (pairs < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  if (oddNuls >= pairs / 2) return 'utf-16le';
  if (evenNuls >= pairs / 2) return 'utf-16be';
  return undefined;
}

/** Said after each fix for a date column a spreadsheet reformatted: undoing the save is often quicker. */
const TAKE_BACK_DATES =
  ' If the file was right before your edit, it is quicker to take it back (git checkout -- data/ and the file’s name) and redo only your rows with that column formatted as Text.';

export const SPREADSHEET_FIXES = {
  mojibake:
    'The accents were garbled: a spreadsheet opened this UTF-8 file as Windows-1252 (Excel does this when you double-click a CSV without a BOM) and saved it again. Take the file back with `git checkout -- data/FILE` and redo your edit, opening it in Excel through Data > From Text/CSV with "File origin: 65001: Unicode (UTF-8)", or replace each garbled letter by hand.',
  tabs:
    'The file was saved with tabs between cells (shown as ⇥), which is what Excel writes for "Text (Tab delimited)" and what cells copied out of a spreadsheet and pasted into a text editor look like. Open it in your spreadsheet and save it again as "CSV UTF-8 (comma delimited)" (Excel), or as "Text CSV" with "Field delimiter: ," and "Character set: Unicode (UTF-8)" (LibreOffice); Google Sheets downloads "Comma-separated values (.csv)" correctly.',
  utf16:
    'The file was saved as "Unicode Text" (UTF-16, two bytes for every letter), which is what Excel writes for "Unicode Text" and LibreOffice for the character set "Unicode" without "(UTF-8)". Open it in your spreadsheet and save it again choosing "CSV UTF-8 (comma delimited)" (Excel), or "Text CSV" with "Character set: Unicode (UTF-8)" and "Field delimiter: ," (LibreOffice).',
  curlyQuotes:
    'The value is wrapped in curly quotation marks (“ ”), which autocorrect ("smart quotes") adds when the cell is typed in a word processor or a spreadsheet. Remove them; a CSV only ever uses straight quotes (") and the spreadsheet adds those itself when needed.',
  slashedDates:
    'The spreadsheet turned the dates into its regional format (2017-02-20 became 2/20/2017 or 20/02/2017). Fix them once: format the column as Text, type the dates as 2017-02-20, and in future import the file with that column set to Text (see data/README.md).' + TAKE_BACK_DATES,
  shortDates:
    'The spreadsheet turned the dates into its short date format (2017-02 became Feb-17). Format the column as Text and type the dates as YYYY-MM-DD, YYYY-MM or YYYY, as precise as the source.' + TAKE_BACK_DATES,
  serialDates:
    'The spreadsheet shows these dates as numbers: Excel stores a date as a count of days since 1899-12-30 and writes that count when the cell is formatted as a number. Format the column as Text and type the dates as YYYY-MM-DD.' + TAKE_BACK_DATES,
} as const;
