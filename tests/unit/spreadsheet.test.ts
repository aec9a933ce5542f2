/**
 * What spreadsheets do to a CSV (Excel on Windows and Mac, French-Canadian settings, LibreOffice,
 * Google Sheets), and the one message each habit gets: what the spreadsheet did and how to undo it.
 * Every case edits a temporary copy of the real data.
 */
import { spawnSync } from 'node:child_process';
import { beforeEach, describe, expect, it } from 'vitest';
import { validateDataDir, readTables } from '../../src/data/load.ts';
import { figureJumps, filledInDays } from '../../src/data/committed.ts';
import { formatProblems, mergeRepeats, type Problem } from '../../src/data/problems.ts';
import { excelSerialDate, repairMojibake, withByteOrderMark } from '../../src/data/spreadsheet.ts';
import { copyOfData, PROJECT_ROOT } from '../support/build.ts';
import { readRows, rewriteText, writeBytes, writeRows } from '../support/csv-edit.ts';

let dir: string;
beforeEach(() => {
  dir = copyOfData();
});

/** The messages an editor reads: repeats merged, as `check:data` prints them. */
function messages(): Problem[] {
  return mergeRepeats(validateDataDir(dir).problems);
}

function setCell(file: string, id: string, column: string, value: string): number {
  const { header, rows } = readRows(dir, file);
  const index = rows.findIndex((r) => r[0] === id);
  rows[index]![header.indexOf(column)] = value;
  writeRows(dir, file, header, rows);
  return index + 2;
}

function firstId(file: string): string {
  return readRows(dir, file).rows[0]![0]!;
}

describe('garbled accents (a UTF-8 file opened as Windows-1252 and saved again)', () => {
  it('repairs the usual fragments back to the letters they were', () => {
    expect(repairMojibake('MontrÃ©al')).toBe('Montréal');
    expect(repairMojibake('TroisâRiviÃ¨res')).toBeUndefined(); // not a complete garbling: left alone
    expect(repairMojibake('Ã‰cole')).toBe('École');
    expect(repairMojibake('the cityâ€™s policy')).toBe('the city’s policy');
    expect(repairMojibake('Montréal')).toBeUndefined();
  });

  it('is an error naming the cell and what it should read', () => {
    const line = setCell('municipalities.csv', 'montreal', 'name_fr', 'MontrÃ©al');
    const [p, ...rest] = messages();
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'municipalities.csv', line, column: 'name_fr', value: 'MontrÃ©al' });
    expect(p!.fix).toContain('It should read "Montréal"');
    expect(p!.fix).toContain('65001: Unicode (UTF-8)');
  });

  it('gives one message for a whole file garbled by one save', () => {
    const { header, rows } = readRows(dir, 'municipalities.csv');
    const garble = (s: string) =>
      Buffer.from(s, 'utf8')
        .toString('latin1')
        .replace(/\u0089/g, '‰')
        .replace(/\u0080/g, '€')
        .replace(/\u0099/g, '™');
    writeRows(
      dir,
      'municipalities.csv',
      header,
      rows.map((r) => r.map(garble)),
    );
    const list = messages();
    expect(list).toHaveLength(1);
    expect(list[0]!.fix).toMatch(/^\d+ cells \(columns .*\) on lines/);
    expect(list[0]!.fix).toContain('git checkout -- data/municipalities.csv');
  });
});

describe('a semicolon-separated file (Excel with a French-Canadian list separator)', () => {
  it('says the file was saved with semicolons and how to save it with commas', () => {
    const { header, rows } = readRows(dir, 'services.csv');
    rewriteText(dir, 'services.csv', () =>
      [header, ...rows].map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')).join('\r\n'),
    );
    const list = messages();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ file: 'services.csv', line: 1, expected: 'cells separated by commas (,)' });
    expect(list[0]!.fix).toContain('saved with semicolons');
    expect(list[0]!.fix).toContain('CSV UTF-8 (comma delimited)');
  });
});

describe('a French-Canadian Excel "CSV" save: semicolons, decimal commas and Windows-1252 together', () => {
  /** figures.csv as Excel saves it with French (Canada) regional settings. */
  function regionalSave(): string {
    const { header, rows } = readRows(dir, 'figures.csv');
    const cells = rows.map((r) => r.map((c, i) => (header[i] === 'value' ? c.replace('.', ',') : c)));
    return [header, ...cells].map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')).join('\r\n');
  }

  it('names every change of that save in one message, so one new save fixes the file', () => {
    const text = regionalSave();
    expect(text).toMatch(/;83,4;/);
    const windows1252 = new Map(
      [...new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i))].map((ch, byte) => [ch, byte]),
    );
    writeBytes(dir, 'figures.csv', Uint8Array.from([...text].map((ch) => windows1252.get(ch) ?? 0x3f)));
    const list = messages();
    expect(list).toHaveLength(1);
    expect(list[0]!.file).toBe('figures.csv');
    expect(list[0]!.expected).toContain('with commas between cells');
    expect(list[0]!.fix).toContain(
      'saved with semicolons between cells, in the Windows-1252 character set instead of UTF-8, and with decimal commas (83,4 for 83.4)',
    );
    expect(list[0]!.fix).toContain('CSV UTF-8 (comma delimited)');
  });

  it('names the decimal commas of a UTF-8 file saved with semicolons', () => {
    rewriteText(dir, 'figures.csv', regionalSave);
    const list = messages();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ file: 'figures.csv', line: 1, expected: 'cells separated by commas (,)' });
    expect(list[0]!.fix).toContain('saved with semicolons between cells, with decimal commas (83,4 for 83.4)');
  });
});

describe('a tab-separated file (Excel "Text (Tab delimited)", or cells pasted from a sheet)', () => {
  it('says the file was saved with tabs and how to save it with commas, in one message', () => {
    const { header, rows } = readRows(dir, 'municipalities.csv');
    rewriteText(dir, 'municipalities.csv', () => [header, ...rows].map((r) => r.join('\t')).join('\r\n') + '\r\n');
    const list = messages();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ file: 'municipalities.csv', line: 1, expected: 'cells separated by commas (,)' });
    expect(list[0]!.value).toBe(header.join('⇥'));
    expect(list[0]!.fix).toContain('saved with tabs between cells');
    expect(list[0]!.fix).toContain('CSV UTF-8 (comma delimited)');
  });
});

describe('a UTF-16 file (Excel "Unicode Text")', () => {
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
  it.each([
    [
      'little-endian with its byte order mark (FF FE)',
      (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    ],
    ['big-endian with its byte order mark (FE FF)', (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
    ['without a byte order mark', (text: string) => Buffer.from(text, 'utf16le')],
  ])('is named as "Unicode Text", not as Latin-1: %s', (_, encode) => {
    const { header, rows } = readRows(dir, 'municipalities.csv');
    // What Excel writes: tabs between cells, and Montréal's accent as two bytes like every letter.
    writeBytes(dir, 'municipalities.csv', encode([header, ...rows].map((r) => r.join('\t')).join('\r\n') + '\r\n'));
    const list = messages();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ file: 'municipalities.csv', line: 1, value: header.join('⇥') });
    expect(list[0]!.expected).toBe('a file saved as UTF-8 (this one was saved as "Unicode Text", which is UTF-16)');
    expect(list[0]!.fix).toContain('save it again choosing "CSV UTF-8 (comma delimited)"');
  });
});

describe('curly quotes around a value (autocorrect "smart quotes")', () => {
  it('names the curly quotes, not the list of allowed values', () => {
    const line = setCell('municipalities.csv', 'toronto', 'status', '“adopted”');
    const [p, ...rest] = messages();
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ line, column: 'status' });
    expect(p!.fix).toContain('curly quotation marks');
    expect(p!.fix).toContain('Write adopted without them.');
  });

  it('explains a row split by commas inside curly-quoted text', () => {
    rewriteText(dir, 'services.csv', (t) => `${t.trimEnd()}\nnew-service,“Shelters, food banks”,,municipal,,S017,A1,high,,,\n`);
    const list = messages().filter((p) => p.file === 'services.csv');
    expect(list).toHaveLength(1);
    expect(list[0]!.fix).toContain('curly quotation mark');
  });
});

describe('spaces around a value', () => {
  it('ignores a trailing space where it cannot change the meaning', () => {
    setCell('municipalities.csv', 'toronto', 'province', 'ON ');
    setCell('municipalities.csv', 'toronto', 'lat', `${readRows(dir, 'municipalities.csv').rows[0]![13]} `);
    setCell('council_actions.csv', 'toronto-2013-council', 'votes_for', '37 ');
    expect(messages()).toEqual([]);
    const row = validateDataDir(dir).dataset!.municipalities.find((m) => m.id === 'toronto')!;
    expect(row.province).toBe('ON');
  });

  it('says so when the value is wrong for another reason', () => {
    setCell('municipalities.csv', 'toronto', 'province', 'Ontario ');
    const [p] = messages();
    expect(p!.fix).toContain('Spaces around the value were ignored');
  });
});

describe('empty columns and rows that spreadsheets add', () => {
  it('accepts ",,," trailing columns and an all-commas row', () => {
    rewriteText(dir, 'services.csv', (t) =>
      t
        .trimEnd()
        .split('\n')
        .map((l) => `${l},,,`)
        .join('\n')
        .concat('\n,,,,,,,,,,,,,\n'),
    );
    expect(messages()).toEqual([]);
  });
});

describe('line endings', () => {
  it('reads the CR-only line ends of old Mac spreadsheets, with the right line numbers', () => {
    const line = setCell('municipalities.csv', 'toronto', 'status_date', '2013-02-30');
    rewriteText(dir, 'municipalities.csv', (t) => t.replace(/\r?\n/g, '\r'));
    expect(messages()).toEqual([expect.objectContaining({ file: 'municipalities.csv', line, column: 'status_date' })]);
  });
});

describe('dates the spreadsheet reformatted', () => {
  it('recognises an Excel date serial and names the date it stands for', () => {
    expect(excelSerialDate('42786')).toBe('2017-02-20');
    const line = setCell('municipalities.csv', 'toronto', 'status_date', '42786');
    const [p, ...rest] = messages();
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ line, column: 'status_date', value: '42786' });
    expect(p!.fix).toContain('42786 is how Excel stores the date 2017-02-20');
  });

  it('groups every date reformatted as M/D/YYYY into one message with one fix', () => {
    const { header, rows } = readRows(dir, 'council_actions.csv');
    const date = header.indexOf('date');
    const reformatted = rows.map((r) => {
      const [y, m, d] = r[date]!.split('-');
      if (d) r[date] = `${Number(m)}/${Number(d)}/${y}`;
      return r;
    });
    const count = reformatted.filter((r) => r[date]!.includes('/')).length;
    writeRows(dir, 'council_actions.csv', header, reformatted);
    const list = messages();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ file: 'council_actions.csv', column: 'date' });
    expect(list[0]!.fix).toContain(`${count} cells on lines`);
    expect(list[0]!.fix).toContain('turned the dates into its regional format');
  });
});

describe('numbers in a French or European format', () => {
  it('refuses 200.000 in a count column, naming the thousands separator', () => {
    const id = firstId('cbsa_removals.csv');
    setCell('cbsa_removals.csv', id, 'value', '200.000');
    const [p, ...rest] = messages();
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ column: 'value', value: '200.000' });
    expect(p!.fix).toContain('thousands separator');
    expect(p!.fix).toContain('Write 200000');
  });

  it('refuses 200.000 for a sum of dollars in figures.csv, but keeps decimals of a percentage', () => {
    const { header, rows } = readRows(dir, 'figures.csv');
    const dollars = rows.find((r) => r[header.indexOf('unit')] === 'dollars')!;
    const percent = rows.find((r) => r[header.indexOf('unit')] === 'percent')!;
    dollars[header.indexOf('value')] = '200.000';
    percent[header.indexOf('value')] = '83.400';
    writeRows(dir, 'figures.csv', header, rows);
    const list = messages();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ file: 'figures.csv', column: 'value', value: '200.000' });
    expect(list[0]!.expected).toContain('sum of money');
  });

  it('explains an unquoted decimal comma instead of counting cells', () => {
    const { header, rows } = readRows(dir, 'figures.csv');
    const index = rows.findIndex((r) => r[header.indexOf('value')] === '83.4');
    rewriteText(dir, 'figures.csv', (t) => t.replace(`,83.4,percent,`, ',83,4,percent,'));
    const list = messages();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ line: index + 2, column: 'value', value: '83,4' });
    expect(list[0]!.fix).toContain('decimal comma');
    expect(list[0]!.fix).toContain('Write 83.4');
  });
});

describe('one mistake, one message', () => {
  it('a header typed "ID" gives one message, not one per row that points into the file', () => {
    rewriteText(dir, 'sources.csv', (t) => t.replace(/^(\uFEFF?)id,/, '$1ID,'));
    const list = messages();
    expect(list).toHaveLength(1);
    expect(list[0]!.fix).toContain('rename it back to "id"');
  });

  it('an impossible date in a city row does not report the rows that point at that city', () => {
    const line = setCell('municipalities.csv', 'toronto', 'status_date', '2013-02-30');
    expect(messages()).toEqual([expect.objectContaining({ file: 'municipalities.csv', line, column: 'status_date' })]);
  });

  it('a deleted row used in many places is one message naming every place', () => {
    const { header, rows } = readRows(dir, 'conflicts.csv');
    const used = 'CF04';
    writeRows(
      dir,
      'conflicts.csv',
      header,
      rows.filter((r) => r[0] !== used),
    );
    const list = messages();
    expect(list).toHaveLength(1);
    expect(list[0]!.value).toBe(used);
    const text = formatProblems(validateDataDir(dir).problems);
    expect(text).toContain('also used at:');
  });

  it('check:data on a copy of the real data with one bad cell prints exactly one message', { timeout: 30_000 }, () => {
    const line = setCell('council_actions.csv', 'toronto-2013-council', 'date', '2013-02-30');
    const run = spawnSync(process.execPath, ['src/data/cli.ts', dir], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const listed = run.stderr.split('\n').filter((l) => l.startsWith('  - '));
    expect(listed).toEqual([`  - ${dir}/council_actions.csv, line ${line}, column "date": "2013-02-30"`]);
    expect(run.stderr).toContain('The data has 1 problem;');
  });
});

describe('the listing', () => {
  it('shows the first 50 messages, then a count per file and column', () => {
    const problems: Problem[] = Array.from({ length: 120 }, (_, i) => ({
      file: i < 100 ? 'events.csv' : 'people.csv',
      line: i + 2,
      column: i % 2 ? 'date' : 'id',
      value: `v${i}`,
      expected: 'x',
      fix: 'y',
    }));
    const text = formatProblems(problems);
    expect(text.split('\n').filter((l) => /^  - data\/.*, line \d+/.test(l))).toHaveLength(50);
    expect(text).toContain('…and 70 more messages');
    expect(text).toContain('  - data/events.csv, column "date": 25');
    expect(text).toContain('  - data/events.csv, column "id": 25');
    expect(text).toContain('  - data/people.csv, column "date": 10');
  });
});

describe('a figure that changed tenfold or more since the last commit', () => {
  it('is a warning naming the committed value, from 10× larger or 1/10 or less alike', () => {
    const committed = readTables(dir).tables;
    const removal = firstId('cbsa_removals.csv');
    const before = Number(readRows(dir, 'cbsa_removals.csv').rows[0]![readRows(dir, 'cbsa_removals.csv').header.indexOf('value')]);
    setCell('cbsa_removals.csv', removal, 'value', String(before * 10)); // a digit typed twice: exactly 10×
    setCell('figures.csv', 'toronto-calls-status-check-share', 'value', '8.34'); // exactly 1/10
    setCell('council_actions.csv', 'toronto-2013-council', 'votes_for', '333'); // 9×: not flagged
    setCell('figures.csv', 'transit-police-referrals-action-share', 'value', '2.2'); // 1/8.6: not flagged
    const warnings = figureJumps(committed, readTables(dir).tables);
    expect(warnings).toEqual([
      expect.objectContaining({ file: 'cbsa_removals.csv', column: 'value', value: String(before * 10), severity: 'warning' }),
      expect.objectContaining({ file: 'figures.csv', column: 'value', value: '8.34', severity: 'warning' }),
    ]);
    expect(warnings[0]!.expected).toBe(`a figure close to the committed ${before} (this is 10 times the committed value)`);
    expect(warnings[1]!.expected).toBe('a figure close to the committed 83.4 (this is 1/10 of the committed value)');
    expect(formatProblems(warnings)).toContain('warnings do not stop the build');
  });

  it.each([
    ['100 times larger', '8340'],
    ['1/100', '0.834'],
  ])('warns the same way either side: 83.4 → %s', (_, value) => {
    const committed = readTables(dir).tables;
    setCell('figures.csv', 'toronto-calls-status-check-share', 'value', value);
    expect(figureJumps(committed, readTables(dir).tables)).toEqual([
      expect.objectContaining({ file: 'figures.csv', value, severity: 'warning' }),
    ]);
  });
});

describe('a month or a year that a spreadsheet turned into the 1st', () => {
  it('is a warning naming the date as committed and how to write it back', () => {
    const committed = readTables(dir).tables;
    const month = setCell('events.csv', 'ryerson-study-2017', 'date', '2017-02-01');
    const year = setCell('events.csv', 'windsor-law-report-2020', 'date', '2020-01-01');
    setCell('events.csv', 'noii-report-2015', 'date', '2015-11-20'); // a day from the source: not flagged
    setCell('events.csv', 'alexander-transit-police-2015', 'date', '2015-01'); // not a spreadsheet's doing
    const warnings = filledInDays(committed, readTables(dir).tables);
    expect(warnings).toEqual([
      expect.objectContaining({ file: 'events.csv', line: month, column: 'date', value: '2017-02-01', severity: 'warning' }),
      expect.objectContaining({ file: 'events.csv', line: year, column: 'date', value: '2020-01-01', severity: 'warning' }),
    ]);
    expect(warnings[0]!.fix).toBe(
      'This date was 2017-02 in the last commit; a spreadsheet may have filled in the 1st. If the source gives only the month, write 2017-02 (if the source does give the 1st, ignore this warning).',
    );
    expect(warnings[1]!.fix).toContain('If the source gives only the year, write 2020 ');
  });

  it('gives one message for a whole column filled in by one save', () => {
    const committed = readTables(dir).tables;
    const { header, rows } = readRows(dir, 'events.csv');
    const date = header.indexOf('date');
    let filled = 0;
    for (const row of rows) {
      if (/^\d{4}-\d{2}$/.test(row[date]!)) row[date] += '-01';
      else if (/^\d{4}$/.test(row[date]!)) row[date] += '-01-01';
      else continue;
      filled++;
    }
    writeRows(dir, 'events.csv', header, rows);
    const list = mergeRepeats(filledInDays(committed, readTables(dir).tables));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ file: 'events.csv', column: 'date', severity: 'warning' });
    expect(list[0]!.fix).toMatch(new RegExp(`^${filled} cells on lines \\d`));
    expect(list[0]!.fix).toContain('git checkout -- data/events.csv');
  });
});

describe('a CSV published for download', () => {
  it('starts with exactly one byte-order mark, whether the file had none or several', () => {
    expect(withByteOrderMark('id,name\n')).toBe('\ufeffid,name\n');
    expect(withByteOrderMark('\ufeffid,name\n')).toBe('\ufeffid,name\n');
    expect(withByteOrderMark('\ufeff\ufeff\ufeffid,name\n')).toBe('\ufeffid,name\n');
  });
});
