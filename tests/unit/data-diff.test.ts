/**
 * `npm run data:diff`: rows added, removed and changed, the chapter numbers that change, and the text
 * in data/ that still gives a changed number's old value (also a warning of `npm run check:data`).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cpSync, readFileSync } from 'node:fs';
import { usesInChapter } from '../../src/data/chapter-refs.ts';
import { numberInText, staleTexts, staleTextWarnings } from '../../src/data/committed.ts';
import { changedFigures, diffTexts, formatDiff } from '../../src/data/data-diff.ts';
import { readTables, validateDataDir } from '../../src/data/load.ts';
import { mergeRepeats } from '../../src/data/problems.ts';
import { copyOfData, PROJECT_ROOT, tempDir } from '../support/build.ts';
import { readRows, writeRows } from '../support/csv-edit.ts';

describe('data:diff', () => {
  it('compares rows by id and cells by column, ignoring row order', () => {
    const before = 'id,value,note_en\na,1,x\nb,2,y\nc,3,z\n';
    const after = '\uFEFFid,value,note_en\nc,3,z\na,10,x\nd,4,\n';
    const diff = diffTexts('t.csv', before, after);
    expect(diff.added).toEqual([{ id: 'd', line: 4 }]);
    expect(diff.removed).toEqual([{ id: 'b', line: 3 }]);
    expect(diff.changed).toEqual([{ id: 'a', line: 3, cells: [['value', '1', '10']] }]);
    expect(formatDiff([diff], [])).toContain('data/t.csv: 1 added, 1 removed, 1 changed');
  });

  it('says a file is missing or unreadable instead of listing every row as removed', () => {
    const before = 'id,value\na,1\nb,2\n';
    const broken = diffTexts('t.csv', before, 'id,value\na,"1\n');
    expect(broken).toMatchObject({ added: [], removed: [], changed: [] });
    expect(formatDiff([broken], [])).toContain('data/t.csv cannot be read (line 2: expected every quotation mark');
    const gone = formatDiff([diffTexts('t.csv', before, undefined)], []);
    expect(gone).toContain('data/t.csv is missing (it had 2 rows in the last commit); restore it with git checkout -- data/t.csv.');
    expect(gone).not.toContain('removed');
  });

  it('lists the chapter numbers whose value changes, with where they appear', () => {
    const dir = copyOfData();
    const { header, rows } = readRows(dir, 'council_actions.csv');
    rows.find((r) => r[0] === 'toronto-2013-council')![header.indexOf('votes_for')] = '36';
    writeRows(dir, 'council_actions.csv', header, rows);
    const chapter = 'content/chapters/en/01-what-is.mdx';
    const uses = usesInChapter(chapter, readFileSync(join(PROJECT_ROOT, chapter), 'utf8'));
    const figures = changedFigures(uses, validateDataDir(join(PROJECT_ROOT, 'data')).dataset!, validateDataDir(dir).dataset!);
    expect(figures).toEqual([
      {
        tag: '<Stat table="councilActions" id="toronto-2013-council" field="votes_for">',
        before: '37',
        after: '36',
        places: [expect.stringMatching(/^content\/chapters\/en\/01-what-is\.mdx, line \d+$/)],
      },
    ]);
  });
});

/** Sets one cell of a copy of the data; returns the line of the row. */
function setCell(dir: string, file: string, id: string, column: string, value: string): number {
  const { header, rows } = readRows(dir, file);
  const index = rows.findIndex((r) => r[0] === id);
  rows[index]![header.indexOf(column)] = value;
  writeRows(dir, file, header, rows);
  return index + 2;
}

function lineOf(dir: string, file: string, id: string): number {
  return readRows(dir, file).rows.findIndex((r) => r[0] === id) + 2;
}

describe('text that still gives the old value of a changed number', () => {
  it('is found written with digits, thousands commas or French spaces, and only as a whole number', () => {
    const found = (value: number, text: string) => numberInText(value)!.exec(text)?.[0];
    for (const text of ['17357', 'gave 17,357.', 'et 17 357 renvois', '17\u00a0357', '17\u202f357 renvois', '(17,357)', 'was 17,357, then'])
      expect(found(17357, text), text).toBeDefined();
    for (const text of ['173570', '1.17357', '17357.5', '17,357,000', '217 357', '17 3570', 'S17357'])
      expect(found(17357, text), text).toBeUndefined();
    expect(found(357, 'gave 17 357 and 17,357')).toBeUndefined(); // a group of a larger number
    expect(found(17, 'gave 17 357')).toBeUndefined();
    expect(found(20, 'on 2017-02-20 (item CF20)')).toBeUndefined(); // a date and an id, not the figure
    expect(found(83.4, 'soit 83,4 %')).toBe('83,4');
    expect(found(83.4, 'was 83.4%')).toBe('83.4');
    expect(found(83.4, 'was 83.45%')).toBeUndefined();
    expect(found(3, 'voted 37–3')).toBe('3');
  });

  it('lists each text cell under its own heading in data:diff, with an excerpt', () => {
    const dir = copyOfData();
    setCell(dir, 'cbsa_removals.csv', 'removals-2024-total', 'value', '17457');
    const line = lineOf(dir, 'conflicts.csv', 'CF16');
    const stale = staleTexts(readTables(join(PROJECT_ROOT, 'data')).tables, readTables(dir).tables);
    expect(stale).toEqual([
      {
        change: expect.objectContaining({ file: 'cbsa_removals.csv', id: 'removals-2024-total', column: 'value', was: 17357, now: 17457 }),
        places: [
          expect.objectContaining({ file: 'conflicts.csv', line, column: 'versions_en', written: '17,357', rewritten: '17,457' }),
          expect.objectContaining({ file: 'conflicts.csv', line, column: 'versions_fr', written: '17 357', rewritten: '17 457' }),
        ],
      },
    ]);
    const text = formatDiff([], [], stale);
    expect(text).toContain(
      'Text in data/ that still gives the old value of a changed number (2 cells). The charts show the new value; check whether each text speaks of that number and should change too:',
    );
    expect(text).toContain('  17357 → 17457 (data/cbsa_removals.csv, removals-2024-total, value) is still written in:');
    expect(text).toContain(
      `      data/conflicts.csv, line ${line}, column "versions_en": "…7,513, 8,319, 15,207 and 17,357. An earlier copy of the same…"`,
    );
    expect(text).toContain(
      `      data/conflicts.csv, line ${line}, column "versions_fr": "…7 513, 8 319, 15 207 et 17 357 renvois. Une copie antérieure…"`,
    );
  });

  it('says so when no text gives the old value of a changed number, and says nothing when no number changed', () => {
    const dir = copyOfData();
    setCell(dir, 'police_cbsa_contacts.csv', 'spvm-2017-calls', 'value', '3609');
    const committed = readTables(join(PROJECT_ROOT, 'data')).tables;
    const stale = staleTexts(committed, readTables(dir).tables);
    expect(stale).toEqual([{ change: expect.objectContaining({ id: 'spvm-2017-calls', was: 3608, now: 3609 }), places: [] }]);
    expect(formatDiff([], [], stale)).toContain('No text in data/ still gives the old value of a changed number.');
    expect(staleTexts(committed, committed)).toEqual([]);
    expect(formatDiff([], [], [])).not.toContain('old value');
  });

  it('is a warning of check:data, each cell in its own style, and one message for a note repeated on many rows', () => {
    const dir = copyOfData();
    setCell(dir, 'rcmp_interceptions.csv', 'rcmp-2017-canada', 'value', '20594');
    const warnings = staleTextWarnings(readTables(join(PROJECT_ROOT, 'data')).tables, readTables(dir).tables);
    expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
    const events = warnings.filter((w) => w.file === 'events.csv');
    expect(events.map((w) => w.column)).toEqual(['note_en', 'note_fr']);
    expect(events[0]!.expected).toBe(
      'text in step with the data: rcmp-2017-canada, column "value" of rcmp_interceptions.csv, is now 20594 (it was 20593)',
    );
    expect(events[0]!.fix).toBe(
      'This text still gives 20,593, the committed value of that figure. If the text speaks of it, write 20,594; if it speaks of something else (an earlier version, another year or place), ignore this warning.',
    );
    expect(events[1]!.fix).toContain('write 20\u202f594;'); // the narrow no-break space the French note uses
    const merged = mergeRepeats(warnings).filter((w) => w.file === 'rcmp_interceptions.csv');
    expect(merged).toHaveLength(1);
    expect(merged[0]!.fix).toMatch(/^\d+ cells \(columns note_en, note_fr\) on lines /);
    expect(merged[0]!.fix).toContain('write the new value (20,594 in English, 20 594 in French)');
  });

  it("compares a copy made outside git with the project's committed data, and says so", { timeout: 30_000 }, () => {
    const dir = copyOfData();
    setCell(dir, 'cbsa_removals.csv', 'removals-2024-total', 'value', '173570');
    const said = `${dir} is not in a git repository: it is compared with the last commit of the project's data folder`;
    const check = spawnSync(process.execPath, ['src/data/cli.ts', dir], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(check.stdout).toContain(said);
    expect(check.stderr).toContain('expected: a figure close to the committed 17357 (this is 10 times the committed value)');
    const diff = spawnSync(process.execPath, ['scripts/data-diff.ts', dir], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(diff.status).toBe(0);
    expect(diff.stdout).toContain(said);
    expect(diff.stdout).toContain('value: "17357" → "173570"');
  });

  it('is printed by check:data and data:diff for a data folder under git', { timeout: 30_000 }, () => {
    const repo = tempDir('sanctuary-repo-');
    cpSync(join(PROJECT_ROOT, 'data'), join(repo, 'data'), { recursive: true });
    const git = (...args: string[]) =>
      spawnSync('git', ['-C', repo, '-c', 'user.name=test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', '.');
    expect(git('commit', '-q', '-m', 'data').status).toBe(0);
    const dir = join(repo, 'data');
    setCell(dir, 'cbsa_removals.csv', 'removals-2024-total', 'value', '17457');
    setCell(dir, 'events.csv', 'ryerson-study-2017', 'date', '2017-02-01');
    const check = spawnSync(process.execPath, ['src/data/cli.ts', dir], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(check.stderr).toContain('column "versions_fr": "…7 513, 8 319, 15 207 et 17 357 renvois. Une copie antérieure…"');
    expect(check.stderr).toContain('This date was 2017-02 in the last commit; a spreadsheet may have filled in the 1st.');
    const diff = spawnSync(process.execPath, ['scripts/data-diff.ts', dir], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(diff.status).toBe(0);
    expect(diff.stdout).toContain('  17357 → 17457 (data/cbsa_removals.csv, removals-2024-total, value) is still written in:');
  });
});
