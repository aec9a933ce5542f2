/** `npm run data:diff`: rows added, removed and changed, and the chapter numbers that change. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { usesInChapter } from '../../src/data/chapter-refs.ts';
import { changedFigures, diffTexts, formatDiff } from '../../src/data/data-diff.ts';
import { validateDataDir } from '../../src/data/load.ts';
import { copyOfData, PROJECT_ROOT } from '../support/build.ts';
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
