import { describe, expect, it, beforeEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strayFileWarnings, validateDataDir } from '../../src/data/load.ts';
import { looseKey } from '../../src/data/cells.ts';
import { scanChapters } from '../../src/data/chapter-refs.ts';
import { formatProblems, mergeRepeats, type Problem } from '../../src/data/problems.ts';
import { SCHEMAS } from '../../src/data/schemas.ts';
import { copyOfData, PROJECT_ROOT } from '../support/build.ts';
import { appendRow, readRows, rewriteText, writeBytes, writeRows } from '../support/csv-edit.ts';

let dir: string;
beforeEach(() => {
  dir = copyOfData();
});

function problemsOf(): Problem[] {
  return validateDataDir(dir).problems;
}

function only(file: string): Problem[] {
  return problemsOf().filter((p) => p.file === file);
}

describe('the real data', () => {
  it('is valid', () => {
    const { dataset, problems } = validateDataDir(join(PROJECT_ROOT, 'data'));
    expect(problems.map((p) => formatProblems([p]))).toEqual([]);
    expect(dataset?.municipalities.length).toBeGreaterThan(10);
    expect(dataset?.sources.length).toBeGreaterThan(200);
  });
});

describe('headers', () => {
  it('reports a missing column by name', () => {
    const { header, rows } = readRows(dir, 'municipalities.csv');
    const at = header.indexOf('province');
    writeRows(
      dir,
      'municipalities.csv',
      header.filter((_, i) => i !== at),
      rows.map((r) => r.filter((_, i) => i !== at)),
    );
    const [p] = only('municipalities.csv');
    expect(p).toMatchObject({ line: 1, column: 'province' });
    expect(p!.fix).toContain('Add the column "province"');
  });

  it('recognises a renamed column and asks for the old name back', () => {
    rewriteText(dir, 'municipalities.csv', (t) => t.replace(/^(.*?)\bprovince\b/, '$1Province (2 letters)'));
    const [p] = only('municipalities.csv');
    expect(p).toMatchObject({ line: 1, column: 'province' });
    expect(p!.fix).toContain('rename it back to "province"');
  });

  it('reports an extra column', () => {
    const { header, rows } = readRows(dir, 'sources.csv');
    writeRows(
      dir,
      'sources.csv',
      [...header, 'comments'],
      rows.map((r) => [...r, '']),
    );
    const [p] = only('sources.csv');
    expect(p).toMatchObject({ line: 1, column: 'comments' });
  });
});

describe('rows and cells', () => {
  it('reports a row with too many fields, with the quoting fix', () => {
    const line = appendRow(dir, 'municipalities.csv', { id: 'testville' });
    rewriteText(dir, 'municipalities.csv', (t) => t.trimEnd() + ',extra\n');
    const [p] = only('municipalities.csv');
    expect(p!.line).toBe(line);
    expect(p!.fix).toMatch(/double quotes/);
  });

  it('names the code to write for a province written out, abbreviated or in lower case', () => {
    const written = { Ontario: 'ON', Québec: 'QC', 'Colombie-Britannique': 'BC', 'B.C.': 'BC', 'P.E.I.': 'PE', qc: 'QC', 'Ont.': 'ON' };
    const lines = Object.keys(written).map(
      (province, i) => [province, appendRow(dir, 'municipalities.csv', { id: `testville-${i}`, province })] as const,
    );
    const problems = only('municipalities.csv').filter((p) => p.column === 'province');
    for (const [province, line] of lines) {
      const p = problems.find((q) => q.line === line);
      expect(p, province).toBeDefined();
      expect(p!.fix, province).toContain(`"${written[province as keyof typeof written]}"`);
    }
    expect(problems).toHaveLength(lines.length);
    expect(problems.find((p) => p.value === 'Ont.')!.fix).toBe('This column takes a code: write "ON" for Ont.');
  });

  it('every province alias is written the way the check compares it, and names a real code', () => {
    const province = SCHEMAS.municipalities.columns.province!;
    for (const [alias, code] of Object.entries(province.aliases ?? {})) {
      expect(looseKey(alias), alias).toBe(alias);
      expect(province.values, alias).toContain(code);
    }
  });

  it('reports a row with too few fields', () => {
    const { header, rows } = readRows(dir, 'municipalities.csv');
    writeRows(dir, 'municipalities.csv', header, [...rows, ['testville', ...rows[0]!.slice(1, -1)]]);
    const line = rows.length + 2;
    const [p] = only('municipalities.csv');
    expect(p!.line).toBe(line);
    expect(p!.expected).toMatch(/cells, one per column/);
  });

  it('names the cell a short row most likely lost, when putting it back empty makes the row read', () => {
    rewriteText(dir, 'council_actions.csv', (t) =>
      t.replace('toronto-2013-counter-motion,toronto,2013-02-21,,no,', 'toronto-2013-counter-motion,toronto,2013-02-21,no,'),
    );
    const [p] = only('council_actions.csv');
    expect(p!.line).toBe(3);
    expect(p!.fix).toContain('The missing cell is most likely date_end, an optional column: add a comma after the date cell for it');
  });

  it('asks for the French text, not an empty cell, when a short row lost the French of an English text', () => {
    rewriteText(dir, 'services.csv', (t) =>
      t.replace(
        'city-services,City services in general,Services municipaux en général,municipal,',
        'city-services,City services in general,municipal,',
      ),
    );
    const [p] = only('services.csv');
    expect(p!.line).toBe(2);
    expect(p!.fix).toContain('The missing cell is most likely label_fr, the French of label_en: add a comma');
    expect(p!.fix).toContain('write the French text there');
  });

  it('points a row split by an unquoted comma at the text that holds it', () => {
    const line = appendRow(dir, 'quotes.csv', { id: 'test-quote', text: 'We live here, and we stay' });
    rewriteText(dir, 'quotes.csv', (t) => t.replace('"We live here, and we stay"', 'We live here, and we stay'));
    const [p] = only('quotes.csv');
    expect(p!.line).toBe(line);
    expect(p!.fix).toContain('The comma is most likely in text: write that cell as "We live here, and we stay", in double quotes.');
  });

  it('does not read a text comma as a decimal comma in a column of whole numbers (vote counts)', () => {
    rewriteText(dir, 'council_actions.csv', (t) => t.replace(',Council reaffirmed that', ',Council, reaffirmed that'));
    const [p] = only('council_actions.csv');
    expect(p!.line).toBe(2);
    expect(p!.fix).not.toMatch(/decimal|37\.3/);
    expect(p!.fix).toMatch(/A text containing a comma must be wrapped in double quotes/);
  });

  it('shows the cells an unquoted comma split when neighbouring texts could each hold it', () => {
    const line = appendRow(dir, 'municipalities.csv', {
      id: 'testville',
      status_note_en: 'Adopted, then reaffirmed',
      status_note_fr: 'Adoptée',
    });
    rewriteText(dir, 'municipalities.csv', (t) => t.replace('"Adopted, then reaffirmed"', 'Adopted, then reaffirmed'));
    const [p] = only('municipalities.csv');
    expect(p!.line).toBe(line);
    expect(p!.fix).toMatch(
      /most likely in one of the texts status_note_en, status_note_fr\b.*; the commas split them into: "Adopted" \| " then reaffirmed" \| "Adoptée"/,
    );
  });

  it('shows the form of the id when a name is typed where the id belongs', () => {
    const line = appendRow(dir, 'quotes.csv', { id: 'test-quote', person_id: 'John Tory' });
    expect(only('quotes.csv')).toEqual([
      expect.objectContaining({ line, column: 'person_id', fix: expect.stringContaining('for "John Tory", look for "john-tory"') }),
    ]);
  });

  it('reports a pasted header row once, as a row to delete', () => {
    const { header, rows } = readRows(dir, 'events.csv');
    writeRows(dir, 'events.csv', header, [...rows.slice(0, 2), header, ...rows.slice(2)]);
    expect(only('events.csv')).toEqual([
      expect.objectContaining({ line: 4, fix: expect.stringMatching(/repeats the column names.*Delete it/) }),
    ]);
  });

  it('reports an unterminated quote with the line where it opens', () => {
    const line = appendRow(dir, 'municipalities.csv', { id: 'testville', name_en: 'Testville' });
    rewriteText(dir, 'municipalities.csv', (t) => t.replace(',Testville,', ',"Testville,'));
    const [p] = only('municipalities.csv');
    expect(p!.line).toBe(line);
    expect(p!.fix).toMatch(/Close the quote/);
  });

  it('names the column of a broken quote and shows the cell as typed', () => {
    const line = appendRow(dir, 'municipalities.csv', { id: 'testville', name_en: 'Testville' });
    rewriteText(dir, 'municipalities.csv', (t) => t.replace(',Testville,', ',"Testville" (Ont.),'));
    expect(only('municipalities.csv')).toEqual([expect.objectContaining({ line, column: 'name_en', value: '"Testville" (Ont.)' })]);
  });

  it('says which checks wait on a file that cannot be read, instead of passing over them in silence', () => {
    rewriteText(dir, 'sources.csv', (t) => t.replace(/\nS005,/, '\nS005,"'));
    const [p] = only('sources.csv');
    expect(p!.fix).toContain(
      'Until sources.csv can be read, nothing that uses its rows (other files, the chapters, the charts) is checked',
    );
  });

  it('gives the spreadsheet row beside the line when a cell above holds a line break', () => {
    const hamilton = setCell('municipalities.csv', 'hamilton', 'note_en', 'First line\nsecond line\nthird line');
    const london = setCell('municipalities.csv', 'london', 'province', 'Ontaro');
    expect(london).toBeGreaterThan(hamilton);
    const [p] = only('municipalities.csv');
    expect(p).toMatchObject({ line: london + 2, row: london, column: 'province' });
    expect(formatProblems([p!])).toContain(`line ${london + 2} (row ${london} in a spreadsheet), column "province"`);
  });

  it('reports a quote left open to the end of the file, on the line where it opens', () => {
    const { rows } = readRows(dir, 'events.csv');
    rewriteText(dir, 'events.csv', (t) => `${t}broken-row,"2017-01-01,police\n`);
    const [p] = only('events.csv');
    expect(p!.line).toBe(rows.length + 2);
    expect(p!.fix).toMatch(/Close the quote/);
  });

  it('reports an empty required cell', () => {
    const line = appendRow(dir, 'municipalities.csv', { id: 'testville', name_en: '' });
    expect(only('municipalities.csv')).toEqual([
      expect.objectContaining({ line, column: 'name_en', value: '', fix: expect.stringContaining('required') }),
    ]);
  });

  it.each([
    ['2017-02-30', /February 2017 has 28 days/],
    ['2016-02-30', /February 2016 has 29 days/],
    ['20/02/2017', /hyphens: 2017-02-20\./],
    ['2017/02/20', /hyphens: 2017-02-20\./],
    ['02/03/2017', /2017-03-02 or 2017-02-03: day and month could be either way round/],
    ['2013-2-20', /two digits: 2013-02-20\./],
    ['2013-2', /two digits: 2013-02\./],
    ['20-02-2013', /hyphens: 2013-02-20\./],
    ['Mar. 5, 2016', /hyphens: 2016-03-05\./],
    ['5 février 2016', /hyphens: 2016-02-05\./],
    ['1er mai 2018', /hyphens: 2018-05-01\./],
    ['September 2017', /hyphens: 2017-09\./],
    ['2017-13', /month from 01 to 12/],
  ])('refuses the date %s', (value, message) => {
    const line = appendRow(dir, 'municipalities.csv', { id: 'testville', status_date: value });
    const [p] = only('municipalities.csv');
    expect(p).toMatchObject({ line, column: 'status_date', value });
    expect(`${p!.expected} ${p!.fix}`).toMatch(message);
  });

  it.each([
    ['1,200', /write 1200/],
    ['12abc', /digits only/],
    ['3 608', /write 3608/],
    ['3\u202f608', /write 3608/],
  ])('refuses the number %s', (value, message) => {
    const line = appendRow(dir, 'cbsa_removals.csv', { id: 'removals-1999-total', year: '1999', value });
    const [p] = only('cbsa_removals.csv');
    expect(p).toMatchObject({ line, column: 'value', value });
    expect(`${p!.expected} ${p!.fix}`).toMatch(message);
  });

  it('names the id to write when a reference differs only in capitals', () => {
    const line = appendRow(dir, 'municipalities.csv', { id: 'testville', source_ids: 's001' });
    const [p] = only('municipalities.csv');
    expect(p).toMatchObject({ line, column: 'source_ids', value: 's001' });
    expect(p!.fix).toContain('write "S001"');
  });

  it('names the id meant for a typing slip in a reference, letters swapped included, and not for a numbered id', () => {
    const line = appendRow(dir, 'council_actions.csv', { id: 'hamilton-2099', city_id: 'hamiltn' });
    appendRow(dir, 'council_actions.csv', { id: 'toronto-2099', city_id: 'toronot' });
    appendRow(dir, 'municipalities.csv', { id: 'testville', source_ids: 'S1999' });
    const problems = problemsOf();
    const slip = problems.find((p) => p.value === 'hamiltn');
    expect(slip).toMatchObject({ file: 'council_actions.csv', line, column: 'city_id' });
    // Other rows use "hamilton", so the reference is the slip and the row is not questioned.
    expect(slip!.fix).toMatch(/Did you mean "hamilton"\? If so, write "hamilton" in this place\.$/);
    expect(problems.find((p) => p.value === 'toronot')!.fix).toContain('Did you mean "toronto"?');
    expect(problems.find((p) => p.value === 'S1999')!.fix).not.toContain('Did you mean');
  });

  it('offers both readings when a new row and its one use differ by a slip', () => {
    appendRow(dir, 'municipalities.csv', { id: 'testville' });
    appendRow(dir, 'council_actions.csv', { id: 'testville-2099', city_id: 'testvile' });
    const problem = problemsOf().find((p) => p.value === 'testvile');
    expect(problem!.fix).toContain('Did you mean "testville"? If so, write "testville" in this place.');
    expect(problem!.fix).toContain('If instead the row "testville" in municipalities.csv is the slip, change its id to "testvile".');
  });

  it('points at the row whose id was mistyped when every use agrees on the old id', () => {
    const line = setCell('municipalities.csv', 'hamilton', 'id', 'hamiltn');
    const problem = problemsOf().find((p) => p.value === 'hamiltn');
    expect(problem).toMatchObject({ file: 'municipalities.csv', line, column: 'id' });
    expect(problem!.alsoAt!.length).toBeGreaterThan(1);
    expect(problem!.fix).toContain(`the ${problem!.alsoAt!.length} places listed use`);
    expect(problem!.fix).toContain('If it was changed by mistake, change it back to "hamilton".');
  });

  it('refuses a value outside the allowed set and suggests the near one', () => {
    const line = appendRow(dir, 'municipalities.csv', { id: 'testville', status: 'Adopted' });
    const [p] = only('municipalities.csv');
    expect(p).toMatchObject({ line, column: 'status', value: 'Adopted' });
    expect(p!.fix).toContain('Write "adopted" exactly');
  });

  it('refuses a duplicate id and names the first line', () => {
    const { rows } = readRows(dir, 'municipalities.csv');
    const line = appendRow(dir, 'municipalities.csv', { id: rows[0]![0]! });
    const [p] = only('municipalities.csv');
    expect(p).toMatchObject({ line, column: 'id' });
    expect(p!.fix).toContain('Line 2 already uses this id');
  });

  it('refuses references to a source or a city that does not exist', () => {
    appendRow(dir, 'municipalities.csv', { id: 'testville', source_ids: 'S017;S999' });
    appendRow(dir, 'council_actions.csv', { id: 'nowhere-2017', city_id: 'atlantis' });
    const problems = problemsOf();
    expect(problems).toContainEqual(expect.objectContaining({ file: 'municipalities.csv', column: 'source_ids', value: 'S999' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'council_actions.csv', column: 'city_id', value: 'atlantis' }));
  });

  it.each([
    ['lat', '-79.38', /swapped/],
    ['lon', '79.38', /write -79.38/],
    ['lat', '25.76', /latitude in Canada/],
  ])('refuses coordinates outside Canada (%s = %s)', (column, value, message) => {
    const line = appendRow(dir, 'municipalities.csv', { id: 'testville', [column]: value });
    const [p] = only('municipalities.csv');
    expect(p).toMatchObject({ line, column, value });
    expect(`${p!.expected} ${p!.fix}`).toMatch(message);
  });
});

/** Sets one cell of the row with this id; returns the row's line. */
function setCell(file: string, id: string, column: string, value: string): number {
  const { header, rows } = readRows(dir, file);
  const index = rows.findIndex((r) => r[0] === id);
  if (index === -1) throw new Error(`${file} has no row ${id}`);
  rows[index]![header.indexOf(column)] = value;
  writeRows(dir, file, header, rows);
  return index + 2;
}

describe('slips an editor makes, each named with its fix', () => {
  it('refuses a negative count, which would be published as "−37 votes"', () => {
    const line = setCell('council_actions.csv', 'toronto-2013-council', 'votes_for', '-37');
    expect(only('council_actions.csv')).toEqual([
      expect.objectContaining({
        line,
        column: 'votes_for',
        value: '-37',
        expected: 'a whole number, 0 or more',
        fix: expect.stringContaining('Write 37'),
      }),
    ]);
  });

  it('reads a number split by an unquoted thousands comma as that number, not a decimal', () => {
    const line = setCell('cbsa_removals.csv', 'removals-2019-total', 'value', '11,269');
    rewriteText(dir, 'cbsa_removals.csv', (t) => t.replace('"11,269"', '11,269'));
    expect(only('cbsa_removals.csv')).toEqual([
      expect.objectContaining({
        line,
        column: 'value',
        value: '11,269',
        fix: expect.stringMatching(/comma between thousands.*Write 11269\./),
      }),
    ]);
  });

  it('names both numbers of a row that unquoted commas split: decimal coordinates, thousands in a range', () => {
    const city = setCell('municipalities.csv', 'hamilton', 'lat', '43,2557');
    setCell('municipalities.csv', 'hamilton', 'lon', '-79,8711');
    rewriteText(dir, 'municipalities.csv', (t) => t.replace('"43,2557","-79,8711"', '43,2557,-79,8711'));
    const range = setCell('nonstatus_estimates.csv', 'ircc-2022-canada', 'low', '20,000');
    setCell('nonstatus_estimates.csv', 'ircc-2022-canada', 'high', '500,000');
    rewriteText(dir, 'nonstatus_estimates.csv', (t) => t.replace('"20,000","500,000"', '20,000,500,000'));
    expect(only('municipalities.csv')).toEqual([
      expect.objectContaining({
        line: city,
        column: 'lat and lon',
        fix: expect.stringContaining('Write 43.2557 and -79.8711 (a point for decimals).'),
      }),
    ]);
    expect(only('nonstatus_estimates.csv')).toEqual([
      expect.objectContaining({ line: range, column: 'low and high', fix: expect.stringContaining('Write 20000 and 500000.') }),
    ]);
  });

  it.each([
    ['votes_for', 'thirty-seven', /Write the number in digits \(37, not thirty-seven\), or leave the cell empty/],
    ['votes_against', 'n/a', /or leave the cell empty if the source gives none/],
  ])('asks for digits, or an empty cell, when words stand in an optional number column (%s = %s)', (column, value, fix) => {
    const line = setCell('council_actions.csv', 'toronto-2013-counter-motion', column, value);
    expect(only('council_actions.csv')).toEqual([expect.objectContaining({ line, column, value, fix: expect.stringMatching(fix) })]);
  });

  it('asks for the number from the source when words stand in a required number column', () => {
    const line = setCell('municipalities.csv', 'toronto', 'lat', 'N/A');
    const [p] = only('municipalities.csv');
    expect(p).toMatchObject({ line, column: 'lat', value: 'N/A' });
    expect(p!.fix).toMatch(/^This column needs a number, written in digits/);
  });

  it('refuses a date still to come, a year typed with its digits swapped (2071 for 2017)', () => {
    const line = setCell('events.csv', 'ryerson-study-2017', 'date', '2071-02-20');
    const [p] = only('events.csv');
    expect(p).toMatchObject({ line, column: 'date', value: '2071-02-20' });
    expect(p!.expected).toMatch(/^a date no later than today \(\d{4}-\d{2}-\d{2}\)$/);
    expect(p!.fix).toContain('Check the year against the source');
    // Today's month, written alone, has begun: it is not in the future.
    setCell('events.csv', 'ryerson-study-2017', 'date', new Date().toISOString().slice(0, 7));
    expect(only('events.csv')).toEqual([]);
  });

  it("reads Excel's short dates: Feb-17 as a month and year, 17-Feb as a day whose year is hidden", () => {
    const month = setCell('events.csv', 'ryerson-study-2017', 'date', 'Feb-17');
    const day = setCell('council_actions.csv', 'toronto-2013-council', 'date', '20-Feb');
    expect(only('events.csv')).toEqual([
      expect.objectContaining({ line: month, fix: expect.stringContaining('write 2017-02 if the source gives that month') }),
    ]);
    expect(only('council_actions.csv')).toEqual([
      expect.objectContaining({
        line: day,
        fix: expect.stringContaining('hides the year: write the whole date from the source, YYYY-02-20'),
      }),
    ]);
  });

  it('names the date an unquoted comma split, with the date to write', () => {
    const line = setCell('municipalities.csv', 'hamilton', 'status_date', 'February 12, 2014');
    rewriteText(dir, 'municipalities.csv', (t) => t.replace('"February 12, 2014"', 'February 12, 2014'));
    expect(only('municipalities.csv')).toEqual([
      expect.objectContaining({ line, column: 'status_date', fix: expect.stringContaining('Write it as 2014-02-12.') }),
    ]);
  });

  it('says a row ends with an extra comma, and once for a file where every row does', () => {
    rewriteText(dir, 'municipalities.csv', (t) => t.replace(/\nhamilton,([^\n]*)/, '\nhamilton,$1,'));
    expect(only('municipalities.csv')).toEqual([
      expect.objectContaining({
        line: 3,
        fix: expect.stringMatching(/^The row ends with an extra comma after its last column \(note_fr\)\. Delete it/),
      }),
    ]);
    dir = copyOfData();
    rewriteText(dir, 'municipalities.csv', (t) =>
      t
        .split('\n')
        .map((line, i) => (i === 0 || line === '' ? line : `${line},`))
        .join('\n'),
    );
    const report = formatProblems(only('municipalities.csv'));
    expect(report).toMatch(/^The data has 1 problem;/);
    expect(report).toMatch(/21 empty cells on lines 2, 3, 4,.* and 9 more\. These rows end with extra commas after their last column/);
  });

  it('shows an invisible character pasted into a code, and the value to type', () => {
    const line = setCell('municipalities.csv', 'hamilton', 'province', 'ON\u200b');
    expect(only('municipalities.csv')).toEqual([
      expect.objectContaining({
        line,
        column: 'province',
        fix: expect.stringMatching(/invisible character \(a zero-width space, U\+200B\).*"ON⟨U\+200B⟩".*type it again as ON\./),
      }),
    ]);
  });

  it.each([
    ['province', 'Ontaro', 'Did you mean "ON"?'],
    ['status', 'adoptd', 'Did you mean "adopted"?'],
    ['lon', '43.25', 'This looks like a latitude: were lat and lon swapped?'],
    ['source_ids', 'S21', 'write "S021"'],
    ['source_ids', 'S02O', 'has a letter where a digit belongs (O for 0, l or I for 1): write "S020"'],
    ['source_ids', 'SO2l', 'write "S021"'],
    ['source_ids', 'S021;S021', '"S021" is listed twice: keep one.'],
  ])('names the value meant for a slip in %s (%s)', (column, value, hint) => {
    const line = setCell('municipalities.csv', 'hamilton', column, value);
    expect(only('municipalities.csv')).toEqual([expect.objectContaining({ line, column, fix: expect.stringContaining(hint) })]);
  });

  it.each([
    [
      'a longitude with two digits swapped (Winnipeg at 79° W)',
      'winnipeg',
      'lon',
      '-79.1384',
      /put the city in Quebec, 1,0\d\d km from Manitoba/,
    ],
    [
      'a longitude with two digits swapped (Toronto at 97° W)',
      'toronto',
      'lon',
      '-97.3832',
      /off Canada's land \(in the sea or the United States\), \d{3} km from Ontario/,
    ],
    ['the code of another province', 'hamilton', 'province', 'QC', /put the city in Ontario, \d{3} km from Quebec/],
  ])('refuses %s, which would draw the city in the wrong place on the map', (_, id, column, value, where) => {
    const line = setCell('municipalities.csv', id, column, value);
    expect(only('municipalities.csv')).toEqual([
      expect.objectContaining({
        line,
        column: 'lat + lon',
        fix: expect.stringMatching(where),
      }),
    ]);
    expect(only('municipalities.csv')[0]!.fix).toContain('Check lat and lon');
  });

  it("takes a city whose centre lies on the water that is its province's border", () => {
    setCell('municipalities.csv', 'windsor', 'lat', '42.3200');
    setCell('municipalities.csv', 'windsor', 'lon', '-83.0400');
    expect(only('municipalities.csv')).toEqual([]);
  });

  it('refuses a web address with a space in it', () => {
    const line = setCell('sources.csv', 'S001', 'url', 'https://www.example.org/a page');
    expect(only('sources.csv')).toEqual([expect.objectContaining({ line, column: 'url', expected: 'a full web address, without spaces' })]);
  });

  it('refuses an address wrapped inside another, and a site name ending with a dot, naming the address to write', () => {
    const wrapped = setCell('sources.csv', 'S001', 'url', 'https://example.org/https%3A%2F%2Fexample.org%2F2018%2F12%2Fstory%2F');
    const dotted = setCell('sources.csv', 'S002', 'url', 'http://web.archive.org./web/2017/http://example.org/');
    expect(only('sources.csv')).toEqual([
      expect.objectContaining({
        line: wrapped,
        column: 'url',
        fix: expect.stringContaining('browser bar: https://example.org/2018/12/story/'),
      }),
      expect.objectContaining({ line: dotted, column: 'url', fix: 'Remove the dot after "web.archive.org".' }),
    ]);
  });

  it.each([
    ['unit', '%', 'write "percent" for %'],
    ['qualifier', 'approximately', 'write "about" for approximately'],
    ['qualifier', 'More than', 'Write "more_than" exactly'],
    ['qualifier', 'près de', 'write "almost" for près de'],
    ['qualifier', 'nearly', 'write "almost" for nearly'],
  ])('names the code for a sign or word a source uses (%s = %s)', (column, value, hint) => {
    const line = setCell('figures.csv', 'toronto-calls-status-check-share', column, value);
    expect(only('figures.csv')).toEqual([expect.objectContaining({ line, column, fix: expect.stringContaining(hint) })]);
  });

  it('names the year-month a month and year written with a slash stand for', () => {
    const line = setCell('council_actions.csv', 'toronto-2013-council', 'date', '2/2013');
    expect(only('council_actions.csv')).toEqual([
      expect.objectContaining({ line, column: 'date', fix: 'Write it as year-month with a hyphen: 2013-02.' }),
    ]);
  });

  it('refuses a fraction in a count, which would be published as 83.4 people', () => {
    const line = setCell('figures.csv', 'toronto-calls-status-check-share', 'unit', 'count');
    expect(only('figures.csv')).toEqual([
      expect.objectContaining({ line, column: 'value', value: '83.4', expected: 'a whole number, since the unit is count' }),
    ]);
  });

  it('refuses HTML tags in a text cell, which readers would see as typed', () => {
    const line = setCell('council_actions.csv', 'toronto-2013-council', 'note_en', 'Passed <b>unanimously</b> after debate.');
    setCell('council_actions.csv', 'hamilton-2014-council', 'note_en', 'Fewer than 5 < 10 councillors objected.');
    expect(only('council_actions.csv')).toEqual([
      expect.objectContaining({
        line,
        column: 'note_en',
        expected: 'plain text, without HTML tags',
        fix: expect.stringContaining('readers would see <b>'),
      }),
    ]);
  });

  it('names what a spreadsheet did to a whole number: decimals added, scientific notation, or a figure with decimals', () => {
    const added = setCell('council_actions.csv', 'toronto-2013-council', 'votes_for', '37.0');
    const scientific = setCell('cbsa_removals.csv', 'removals-2024-total', 'value', '1.74E+04');
    const fraction = setCell('cbsa_removals.csv', 'removals-2023-total', 'value', '83,4');
    expect(only('council_actions.csv')).toEqual([
      expect.objectContaining({ line: added, fix: 'Remove the decimals a spreadsheet added: write 37.' }),
    ]);
    expect(only('cbsa_removals.csv')).toEqual([
      expect.objectContaining({
        line: fraction,
        fix: expect.stringContaining('This column takes whole numbers only, and 83,4 has decimals (83.4)'),
      }),
      expect.objectContaining({
        line: scientific,
        fix: expect.stringContaining('scientific notation (1.74E+04 = 17400) and may have rounded it'),
      }),
    ]);
  });

  it('refuses a share over 100 per cent', () => {
    const line = setCell('figures.csv', 'toronto-calls-status-check-share', 'value', '834');
    expect(only('figures.csv')).toEqual([expect.objectContaining({ line, column: 'value', expected: 'a percentage from 0 to 100' })]);
  });

  it('asks for the council action behind a dated status, without which the timelines leave the city out', () => {
    const line = appendRow(dir, 'municipalities.csv', {
      id: 'sherbrooke',
      name_en: 'Sherbrooke',
      name_fr: 'Sherbrooke',
      status: 'adopted',
      status_date: '2024-05-06',
    });
    expect(only('municipalities.csv')).toEqual([
      expect.objectContaining({
        line,
        column: 'status',
        fix: expect.stringContaining(
          'Add the council action that set this status to council_actions.csv (city_id sherbrooke, date 2024-05-06, status_after adopted',
        ),
      }),
    ]);
  });
});

describe('a whole file damaged at once', () => {
  it('names a UTF-8 mark read as Latin-1 once for the file, with the garbled accents in the same run', () => {
    const path = join(dir, 'municipalities.csv');
    writeFileSync(path, Buffer.from(readFileSync(path).toString('latin1'), 'utf8'));
    const problems = mergeRepeats(only('municipalities.csv'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ line: 1, column: 'id', value: '\u00ef\u00bb\u00bfid' });
    expect(problems[0]!.fix).toContain('git checkout -- data/municipalities.csv');
    expect(problems[1]!.expected).toMatch(/^text with its accents intact/);
  });

  it('reports a file emptied of its rows once, not once for every chapter that uses them', () => {
    const { header } = readRows(dir, 'figures.csv');
    writeRows(dir, 'figures.csv', header, []);
    const uses = scanChapters();
    const problems = validateDataDir(dir, uses).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'figures.csv',
        expected: 'at least one row of data under the header',
        fix: expect.stringContaining('nothing that uses its rows'),
      }),
    ]);
  });
});

describe('files the site does not read', () => {
  it('warns of a stray copy in the data folder, naming the file its edits belong in', () => {
    copyFileSync(join(dir, 'figures.csv'), join(dir, 'figures (1).csv'));
    expect(problemsOf()).toEqual([]);
    expect(strayFileWarnings(dir)).toEqual([
      expect.objectContaining({ file: 'figures (1).csv', severity: 'warning', fix: expect.stringContaining('copy them into figures.csv') }),
    ]);
  });

  it('points a missing file at a copy of it written differently', () => {
    renameSync(join(dir, 'figures.csv'), join(dir, 'Figures.CSV'));
    expect(only('figures.csv')).toEqual([expect.objectContaining({ fix: expect.stringContaining('"Figures.CSV" is in the folder') })]);
    expect(strayFileWarnings(dir)).toEqual([]);
  });
});

describe('dates and figures the site shows in two places', () => {
  it('gives one message, with both ways out, for a status no council action set', () => {
    const line = setCell('municipalities.csv', 'hamilton', 'status', 'renamed');
    expect(only('municipalities.csv')).toEqual([
      expect.objectContaining({
        line,
        column: 'status',
        fix: expect.stringMatching(
          /^Add the council action that set this status .*the date of that decision.*If the status was changed by mistake, put back "adopted"/,
        ),
      }),
    ]);
  });

  it("refuses a city's status date that no council action setting that status has", () => {
    const line = setCell('municipalities.csv', 'hamilton', 'status_date', '2014-03-12');
    expect(only('municipalities.csv')).toEqual([
      expect.objectContaining({
        line,
        column: 'status_date',
        value: '2014-03-12',
        expected: expect.stringMatching(
          /^the date of the council action that set the status "adopted": 2014-02-12 \(council_actions\.csv line \d+\)$/,
        ),
      }),
    ]);
  });

  it('accepts the last day of a council action that sat over two days', () => {
    const { rows, header } = readRows(dir, 'council_actions.csv');
    const toronto = rows.find((r) => r[header.indexOf('status_after')] === 'adopted' && r[header.indexOf('city_id')] === 'toronto')!;
    setCell('municipalities.csv', 'toronto', 'status_date', toronto[header.indexOf('date_end')]!);
    setCell('municipalities.csv', 'hamilton', 'status_date', '2014-02-12');
    expect(only('municipalities.csv')).toEqual([]);
  });

  it('refuses an estimate of 0 people, which the logarithmic chart cannot place', () => {
    const line = setCell('nonstatus_estimates.csv', 'ircc-2022-canada', 'low', '0');
    expect(only('nonstatus_estimates.csv')).toEqual([
      expect.objectContaining({
        line,
        column: 'low',
        value: '0',
        expected: 'a number of people above 0',
        fix: expect.stringContaining('leave low empty'),
      }),
    ]);
  });
});

describe('encodings and file shapes', () => {
  it('names a Latin-1 export as such and shows its text readably', () => {
    // A spreadsheet's Latin-1 export of a file whose only accented word is Montréal, on line 3.
    const { header, rows } = readRows(dir, 'municipalities.csv');
    const ascii = rows[0]!.map((cell) => cell.normalize('NFD').replace(/[^\x20-\x7e]/g, ''));
    const montreal = ascii.map((cell, i) => (header[i] === 'id' ? 'montreal-test' : header[i] === 'name_fr' ? 'Montréal' : cell));
    writeRows(dir, 'municipalities.csv', header, [ascii, montreal]);
    const utf8 = readFileSync(join(dir, 'municipalities.csv'), 'utf8');
    writeBytes(dir, 'municipalities.csv', Buffer.from(utf8, 'latin1'));
    const [p] = only('municipalities.csv');
    expect(p!.line).toBe(3);
    expect(p!.expected).toMatch(/Latin-1/);
    expect(p!.value).toContain(',Montréal,');
    expect(p!.fix).toMatch(/CSV UTF-8/);
  });

  it('accepts a BOM, CRLF line endings, quoted commas, accents and trailing blank lines', () => {
    // A city with no council action on record, so it needs no row in council_actions.csv.
    appendRow(dir, 'municipalities.csv', {
      id: 'trois-rivieres',
      name_en: 'Trois-Rivières, "the city"',
      name_fr: 'Trois-Rivières',
      status: 'no_action',
      status_date: '',
    });
    rewriteText(dir, 'municipalities.csv', (t) => '\uFEFF' + t.replace(/\n/g, '\r\n') + '\r\n\r\n');
    const { dataset, problems } = validateDataDir(dir);
    expect(problems).toEqual([]);
    const added = dataset!.municipalities.find((m) => m.id === 'trois-rivieres');
    expect(added?.name_en).toBe('Trois-Rivières, "the city"');
  });

  it('reports every problem in every file at once', () => {
    appendRow(dir, 'municipalities.csv', { id: 'testville', status_date: '2017-02-30', lat: '-79' });
    appendRow(dir, 'cbsa_removals.csv', { id: 'removals-1999-total', year: '1999', value: '1,200' });
    const problems = problemsOf();
    expect(problems.map((p) => `${p.file}:${p.column}`)).toEqual(
      expect.arrayContaining(['municipalities.csv:status_date', 'municipalities.csv:lat', 'cbsa_removals.csv:value']),
    );
  });
});

// Each of these starts Node on the real command; on a busy machine that alone can take seconds.
describe('npm run check:data', { timeout: 30_000 }, () => {
  it('exits non-zero with file, line, column, value, expectation and fix', () => {
    const line = appendRow(dir, 'municipalities.csv', { id: 'testville', status_date: '2017-02-30' });
    const run = spawnSync(process.execPath, ['src/data/cli.ts', dir], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    // A copy is named by its own folder, so an editor checking one is not sent to data/.
    expect(run.stderr).toContain(`${dir}/municipalities.csv, line ${line}, column "status_date": "2017-02-30"`);
    expect(run.stderr).not.toContain('data/municipalities.csv');
    expect(run.stderr).toMatch(/expected: a day that exists/);
    expect(run.stderr).toMatch(/fix: /);
  });

  it('exits zero on the real data and says what it read', () => {
    const run = spawnSync(process.execPath, ['src/data/cli.ts'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Data OK: sources.csv \d+/);
  });
});

describe('figures whose parts are published with them', () => {
  it('refuses a regional removal figure that no longer adds up to the year total', () => {
    const { header, rows } = readRows(dir, 'cbsa_removals.csv');
    const value = header.indexOf('value');
    const quebec2019 = rows.findIndex((r) => r[0] === 'removals-2019-quebec');
    rows[quebec2019]![value] = String(Number(rows[quebec2019]![value]) + 10);
    writeRows(dir, 'cbsa_removals.csv', header, rows);
    const [p] = only('cbsa_removals.csv');
    expect(p).toMatchObject({ column: 'value', line: rows.findIndex((r) => r[0] === 'removals-2019-total') + 2 });
    expect(p!.expected).toMatch(/sum of its regions/);
  });

  it('refuses final monthly interceptions that do not add up to the annual figure, but not preliminary ones', () => {
    const { header, rows } = readRows(dir, 'rcmp_interceptions.csv');
    const value = header.indexOf('value');
    const bump = (id: string) => {
      const row = rows.find((r) => r[0] === id)!;
      row[value] = String(Number(row[value]) + 1);
    };
    bump('rcmp-2017-05-canada'); // preliminary: already 30 short of the annual total, by design
    writeRows(dir, 'rcmp_interceptions.csv', header, rows);
    expect(only('rcmp_interceptions.csv')).toEqual([]);
    bump('rcmp-2018-05-canada');
    writeRows(dir, 'rcmp_interceptions.csv', header, rows);
    const [p] = only('rcmp_interceptions.csv');
    expect(p!.expected).toMatch(/final monthly figures/);
  });
});

describe('quotes said in the other language', () => {
  it('refuses a French quote without its English translation, and a translation into the language spoken', () => {
    const french = appendRow(dir, 'quotes.csv', {
      id: 'test-2017-fr',
      language: 'fr',
      text: 'Ce n’est pas juste un symbole',
      translation_en: '',
      translation_fr: '',
    });
    const english = appendRow(dir, 'quotes.csv', {
      id: 'test-2017-en',
      language: 'en',
      translation_en: 'No one should be made afraid',
      translation_fr: 'Personne ne devrait avoir peur',
    });
    const problems = only('quotes.csv');
    expect(problems).toHaveLength(2);
    expect(problems.find((p) => p.line === french)).toMatchObject({ column: 'translation_en', value: '' });
    expect(problems.find((p) => p.line === french)!.fix).toMatch(/English translation/);
    expect(problems.find((p) => p.line === english)).toMatchObject({ column: 'translation_en', value: 'No one should be made afraid' });
  });

  it('accepts a French quote that carries its English translation', () => {
    appendRow(dir, 'quotes.csv', {
      id: 'test-2017-fr',
      language: 'fr',
      text: 'C’est un moment historique',
      translation_en: 'This is a historic moment',
      translation_fr: '',
    });
    expect(only('quotes.csv')).toEqual([]);
  });
});

describe('French text', () => {
  it('names an empty French cell beside its English, with file, line, column and the fix', () => {
    const line = appendRow(dir, 'events.csv', { id: 'test-event', note_en: 'The date is worked out from a blog post.', note_fr: '' });
    const problems = only('events.csv');
    expect(problems).toEqual([expect.objectContaining({ line, column: 'note_fr', value: '' })]);
    const message = formatProblems(problems);
    expect(message).toContain(`data/events.csv, line ${line}, column "note_fr": the cell is empty`);
    expect(message).toContain('expected: the French of "note_en"');
    expect(message).toContain('fix: Write in "note_fr" the French for this row\'s note_en ("The date is worked out from a blog post.")');
  });

  it('asks for nothing when the English cell is empty too', () => {
    appendRow(dir, 'events.csv', { id: 'test-event', note_en: '', note_fr: '' });
    expect(only('events.csv')).toEqual([]);
  });

  it('requires the French translation of a quote said in English, and none for a quote said in French', () => {
    const english = appendRow(dir, 'quotes.csv', {
      id: 'test-2017-en',
      language: 'en',
      text: 'We are a sanctuary city',
      translation_en: '',
      translation_fr: '',
    });
    appendRow(dir, 'quotes.csv', {
      id: 'test-2017-fr',
      language: 'fr',
      text: 'C’est un moment historique',
      translation_en: 'This is a historic moment',
      translation_fr: '',
    });
    expect(only('quotes.csv')).toEqual([
      expect.objectContaining({
        line: english,
        column: 'translation_fr',
        value: '',
        expected: expect.stringContaining('the French of "text" when language is en'),
      }),
    ]);
  });

  it('lets an exception column stay empty: a policy name with no official French form', () => {
    appendRow(dir, 'municipalities.csv', {
      id: 'testville',
      policy_name_en: 'Access Without Fear Policy',
      policy_name_fr: '',
      status: 'no_action',
      status_date: '',
    });
    expect(only('municipalities.csv')).toEqual([]);
  });

  it('still requires the other French columns of a row that has an exception', () => {
    const line = appendRow(dir, 'municipalities.csv', { id: 'testville', policy_name_fr: '', status_note_fr: '' });
    expect(only('municipalities.csv')).toEqual([expect.objectContaining({ line, column: 'status_note_fr', value: '' })]);
  });

  it('gives one message naming every line when a whole French column is empty', () => {
    const { header, rows } = readRows(dir, 'glossary.csv');
    const at = header.indexOf('definition_fr');
    writeRows(
      dir,
      'glossary.csv',
      header,
      rows.map((r) => r.map((cell, i) => (i === at ? '' : cell))),
    );
    const problems = only('glossary.csv');
    expect(problems).toHaveLength(rows.length);
    const message = formatProblems(problems);
    expect(message).toContain('The data has 1 problem');
    expect(message).toContain(`${rows.length} empty cells on lines 2, 3, 4`);
    expect(message).toContain('column "definition_fr"');
  });
});
