/** The ids chapters use, read from MDX text, and checked against the data like any reference. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chapterReferences, usesInChapter } from '../../src/data/chapter-refs.ts';
import { validateDataDir } from '../../src/data/load.ts';
import { mergeRepeats } from '../../src/data/problems.ts';
import { replaceFolder } from '../../scripts/replace-folder.ts';
import { PROJECT_ROOT } from '../support/build.ts';

const MDX = `---
title: T
---
A sentence.<Cite ids="S017;S041" />

<Stat table="figures" id="toronto-calls-status-check-share" /> and <Stat derived="cities-adopted" format="word" />
<Quote id="tory-2017-afraid" />
<Conflict
  id="CF02"
/>
  <Step id="step-services-toronto" state={{ city: 'toronto' }}>
`;

describe('uses of data ids in a chapter', () => {
  it('finds every component with its line, including one spread over several lines', () => {
    const uses = usesInChapter('content/chapters/en/x.mdx', MDX);
    expect(uses.map((u) => [u.component, u.line])).toEqual([
      ['Cite', 4],
      ['Stat', 6],
      ['Stat', 6],
      ['Quote', 7],
      ['Conflict', 8],
      ['Step', 11],
    ]);
    expect(chapterReferences(uses).map((r) => `${r.target}:${r.id}`)).toEqual([
      'sources.csv:S017',
      'sources.csv:S041',
      'figures.csv:toronto-calls-status-check-share',
      'quotes.csv:tory-2017-afraid',
      'conflicts.csv:CF02',
      'municipalities.csv:toronto',
    ]);
    expect(uses.at(-1)!.tag).toBe(`<Step id="step-services-toronto">, state city 'toronto'`);
  });

  it('reports an unknown table, a non-numeric field and an unknown derived value with the chapter line', () => {
    const uses = usesInChapter(
      'content/chapters/en/x.mdx',
      '<Stat table="cities" id="toronto" />\n<Stat table="figures" id="toronto-calls-status-check-share" field="label_en" />\n<Stat derived="cities-adopted-typo" />\n',
    );
    const problems = mergeRepeats(validateDataDir(join(PROJECT_ROOT, 'data'), uses).problems);
    expect(problems.map((p) => [p.file, p.line, p.value])).toEqual([
      ['content/chapters/en/x.mdx', 1, 'cities'],
      ['content/chapters/en/x.mdx', 2, 'label_en'],
      ['content/chapters/en/x.mdx', 3, 'cities-adopted-typo'],
    ]);
  });

  it('resolves every use in the real chapters', () => {
    const dir = join(PROJECT_ROOT, 'content/chapters');
    const uses = readdirSync(dir)
      .flatMap((lang) =>
        readdirSync(join(dir, lang)).map((f) => usesInChapter(`content/chapters/${lang}/${f}`, readFileSync(join(dir, lang, f), 'utf8'))),
      )
      .flat();
    expect(uses.length).toBeGreaterThan(300);
    expect(validateDataDir(join(PROJECT_ROOT, 'data'), uses).problems).toEqual([]);
  });
});

describe('replacing dist/ after a successful build', () => {
  it('puts the new folder in place of the old one and leaves nothing else behind', () => {
    const root = mkdtempSync(join(tmpdir(), 'sanctuary-replace-'));
    const target = join(root, 'dist');
    const fresh = join(root, '.dist-building-1');
    mkdirSync(target);
    writeFileSync(join(target, 'old.html'), 'old');
    mkdirSync(fresh);
    writeFileSync(join(fresh, 'new.html'), 'new');
    replaceFolder(fresh, target);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readdirSync(target)).toEqual(['new.html']);
  });

  it('creates dist/ on a first build', () => {
    const root = mkdtempSync(join(tmpdir(), 'sanctuary-replace-'));
    const fresh = join(root, '.dist-building-1');
    mkdirSync(fresh);
    writeFileSync(join(fresh, 'index.html'), 'new');
    replaceFolder(fresh, join(root, 'dist'));
    expect(readdirSync(root)).toEqual(['dist']);
  });
});
