/** Chart states in the chapters, put through each chart's own state check by `npm run check:data`. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkChartStates, chartFolders, parseStateLiteral, stateUsesInChapter } from '../../src/data/chart-states.ts';
import { committedTables, withEditsBehindStates } from '../../src/data/committed.ts';
import { validateDataDir } from '../../src/data/load.ts';
import { formatProblems } from '../../src/data/problems.ts';
import { copyOfData, PROJECT_ROOT } from '../support/build.ts';
import { readRows, writeRows } from '../support/csv-edit.ts';

const dataset = validateDataDir(join(PROJECT_ROOT, 'data')).dataset!;

const MDX = `---
title: T
---
<Scrolly chart="map" id="map-through-time" title="Cities">
  <Step id="step-map-2013" state={{ year: 2013 }}>Fine.</Step>
  <Step
    id="step-map-1850"
    state={{ year: 1850 }}
  >Before any council acted.</Step>
</Scrolly>

<Scrolly chart="mapp" id="typo" title="A chart name with a typo">
  <Step id="step-typo" state={{ year: 2013 }}>…</Step>
</Scrolly>

<Figure chart="removals" title="Removals" state={{ highlight: 2024 }} />
<Figure chart="removals" title="Removals" state={{ highlight: 1066 }} />
<Figure chart="removals" title="Every year" />
`;

describe('chart states in a chapter', () => {
  it('finds each step with the chart of its scrolly, and each figure with its own, at its line', () => {
    const uses = stateUsesInChapter('content/chapters/en/x.mdx', MDX);
    expect(uses.map((u) => [u.line, u.chart, u.source])).toEqual([
      [5, 'map', '{ year: 2013 }'],
      [6, 'map', '{ year: 1850 }'],
      [13, 'mapp', '{ year: 2013 }'],
      [16, 'removals', '{ highlight: 2024 }'],
      [17, 'removals', '{ highlight: 1066 }'],
      [18, 'removals', '{}'],
    ]);
    expect(uses[1]!.tag).toBe('<Step id="step-map-1850"> in <Scrolly chart="map" id="map-through-time">');
  });

  it('reports a year outside the data, an unknown chart and a bad figure state with file, line and the chart’s own message', async () => {
    const problems = await checkChartStates(stateUsesInChapter('content/chapters/en/x.mdx', MDX), dataset);
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['content/chapters/en/x.mdx', 6],
      ['content/chapters/en/x.mdx', 13],
      ['content/chapters/en/x.mdx', 17],
    ]);
    const [year, chart, figure] = problems;
    expect(year!.fix).toMatch(/^Chart "map": .*1850/);
    expect(chart!.value).toBe('mapp');
    expect(chart!.expected).toContain('map, ');
    expect(figure!.fix).toMatch(/^Chart "removals": state.highlight 1066 is not a year/);
    const report = formatProblems(problems);
    expect(report).toContain('content/chapters/en/x.mdx');
    expect(report).toContain('step-map-1850');
  });

  it('accepts every state the chapters use today', async () => {
    const { scanChartStates } = await import('../../src/data/chart-states.ts');
    const uses = scanChartStates(join(PROJECT_ROOT, 'content/chapters'));
    expect(uses.length).toBeGreaterThan(10);
    expect(await checkChartStates(uses, dataset)).toEqual([]);
  });

  it('finds the chart folders on disk, as the registry does with import.meta.glob', () => {
    expect(chartFolders()).toEqual(expect.arrayContaining(['map', 'timeline', 'removals']));
    expect(chartFolders()).not.toContain('common');
  });
});

describe('a state literal', () => {
  it('is read as data: strings, numbers, lists, nested objects, quoted keys', () => {
    expect(parseStateLiteral(`{ year: 2017, highlight: ['referred', "debated"], 'a-b': { c: -1.5, d: true, e: null } }`)).toEqual({
      year: 2017,
      highlight: ['referred', 'debated'],
      'a-b': { c: -1.5, d: true, e: null },
    });
    expect(parseStateLiteral('{}')).toEqual({});
  });

  it('refuses code, so a state cannot run anything', () => {
    expect(() => parseStateLiteral('{ year: 2000 + 13 }')).toThrow(/"," or "}" expected/);
    expect(() => parseStateLiteral('{ year: someVariable }')).toThrow(/a value expected/);
  });

  it('turns a state that is not plain data into a message naming the place', async () => {
    const uses = stateUsesInChapter('content/chapters/en/y.mdx', '<Figure chart="map" state={{ year: YEAR }} />');
    const [problem] = await checkChartStates(uses, dataset);
    expect(problem).toMatchObject({ file: 'content/chapters/en/y.mdx', line: 1, value: '{ year: YEAR }' });
  });
});

describe('a state that an edit of the data broke', () => {
  const committed = committedTables(join(PROJECT_ROOT, 'data'));
  const CHAPTER = '<Figure chart="removals" title="Removals" state={{ highlight: 2019, label: [2020] }} />';

  async function problemsAfter(edit: (dir: string) => void) {
    const dir = copyOfData();
    edit(dir);
    const tables = validateDataDir(dir).tables;
    const edited = validateDataDir(dir).dataset!;
    return withEditsBehindStates(
      await checkChartStates(stateUsesInChapter('content/chapters/en/x.mdx', CHAPTER), edited),
      committed,
      tables,
    );
  }

  it('names the line whose value the state needed, with its value before and after', async () => {
    const problems = await problemsAfter((dir) => {
      const { header, rows } = readRows(dir, 'cbsa_removals.csv');
      rows.find((r) => r[0] === 'removals-2019-total')![header.indexOf('year')] = '2018';
      writeRows(dir, 'cbsa_removals.csv', header, rows);
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.fix).toMatch(
      /Since the last commit, cbsa_removals\.csv line \d+ \(removals-2019-total\) had year 2019 and now has 2018: if that edit was a slip, undo it/,
    );
  });

  it('names a deleted row that held the value', () => {
    const dir = copyOfData();
    const { header, rows } = readRows(dir, 'cbsa_removals.csv');
    writeRows(
      dir,
      'cbsa_removals.csv',
      header,
      rows.filter((r) => r[0] !== 'removals-2019-total'),
    );
    const problem = {
      file: 'content/chapters/en/x.mdx',
      line: 1,
      value: '{ highlight: 2019 }',
      expected: 'a state',
      fix: 'Not a year in cbsa_removals.csv.',
    };
    const [named] = withEditsBehindStates([problem], committed, validateDataDir(dir).tables);
    expect(named!.fix).toContain('the row removals-2019-total (year 2019) is gone from cbsa_removals.csv');
  });

  it('leaves the message as it was when no edit took the value away', async () => {
    const CHAPTER_1066 = '<Figure chart="removals" title="Removals" state={{ highlight: 1066 }} />';
    const problems = withEditsBehindStates(
      await checkChartStates(stateUsesInChapter('content/chapters/en/x.mdx', CHAPTER_1066), dataset),
      committed,
      validateDataDir(join(PROJECT_ROOT, 'data')).tables,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.fix).not.toContain('Since the last commit');
  });
});
