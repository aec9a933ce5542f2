import { describe, expect, it } from 'vitest';
import {
  policePathChart,
  policePathData,
  policePathStages,
  POLICE_PATH_STAGES,
  type PolicePathData,
  type PolicePathState,
} from '../../../src/charts/police-path/chart.ts';
import { messages } from '../../../src/charts/police-path/messages.ts';
import { minText } from '../../../src/charts/common/layout.ts';
import { svgToString } from '../../../src/charts/svg-string.ts';
import { pd, realDataset } from './fixtures.ts';
import { attr, byKey, expectCleanTree, maybeByKey, num, textOf, walk } from './tree.ts';
import { overlappingText, smallText, textOutside } from './text-layout.ts';
import { chartStates, LAYOUT_WIDTHS } from './chart-states.ts';

// The rows the boxes quote, small and typed here: a valid edit to the live CSVs must not break these tests.
const data: PolicePathData = {
  policeCbsaContacts: [
    {
      id: 'tps-2014-11-2015-06-calls',
      value: 3278,
      qualifier: 'exact',
      period_start: pd('2014-11'),
      period_end: pd('2015-06'),
      source_ids: ['S114'],
    },
    {
      id: 'transit-police-2013-communications',
      value: 328,
      qualifier: 'exact',
      period_start: pd('2013'),
      period_end: pd('2013'),
      source_ids: ['S124', 'S125'],
    },
  ],
  events: [
    { id: 'vega-jimenez-stopped-2013', date: pd('2013-12-01'), source_ids: ['S132'] },
    { id: 'vega-jimenez-2013', date: pd('2013-12-20'), source_ids: ['S133'] },
  ],
  figures: [
    { id: 'toronto-calls-status-check-share', value: 83.4, unit: 'percent', qualifier: 'exact', source_ids: ['S116'] },
    { id: 'toronto-reported-with-warrants-share', value: 7, unit: 'percent', qualifier: 'about', source_ids: ['S117'] },
    { id: 'transit-police-investigations-2013', value: 62, unit: 'count', qualifier: 'exact', source_ids: ['S124'] },
  ],
  sources: [
    { id: 'S114', publisher: 'VICE', publisher_note: '', publisher_note_fr: '' },
    { id: 'S116', publisher: 'getintheknow.ca', publisher_note: 'reposting Toronto Star', publisher_note_fr: 'reprend le Toronto Star' },
    { id: 'S117', publisher: 'The Canadian Press', publisher_note: '', publisher_note_fr: '' },
    { id: 'S124', publisher: '24 Hours Vancouver', publisher_note: '', publisher_note_fr: '' },
    { id: 'S125', publisher: 'The Georgia Straight', publisher_note: '', publisher_note_fr: '' },
  ],
};
const size = (width: number) => ({ width, height: Math.round(width * policePathChart.aspect(width)) });

function withContact(id: string, change: Partial<PolicePathData['policeCbsaContacts'][number]>): PolicePathData {
  return { ...data, policeCbsaContacts: data.policeCbsaContacts.map((r) => (r.id === id ? { ...r, ...change } : r)) };
}

describe('police-path boxes', () => {
  it('has five boxes, each with sources that exist in sources.csv and dossier fact ids', () => {
    const real = realDataset();
    expect(POLICE_PATH_STAGES.map((s) => s.stage)).toEqual([1, 2, 3, 4, 5]);
    const known = new Set(real.sources.map((s) => s.id));
    for (const s of POLICE_PATH_STAGES) {
      expect(s.sourceIds.length).toBeGreaterThan(0);
      for (const id of s.sourceIds) expect(known.has(id), id).toBe(true);
      expect(s.factIds.length).toBeGreaterThan(0);
    }
    // Every row a box quotes is in the live data.
    expect(() => policePathStages(policePathData(real), 'fr')).not.toThrow();
  });

  it('types no digits by hand: every number in a box text is a placeholder', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const { title, body } of Object.values(messages[lang].stages))
        expect(`${title} ${body}`.replace(/\{[^}]+\}/g, '')).not.toMatch(/\d/);
    }
  });

  it('fills numbers, qualifiers and periods from police_cbsa_contacts.csv', () => {
    const [, , three] = policePathStages(data, 'en');
    expect(three!.body).toBe('Toronto police: 3,278 calls, Nov. 2014 – June 2015. Transit Police: 328 cases in 2013.');
    const edited = policePathStages(withContact('tps-2014-11-2015-06-calls', { value: 3200, qualifier: 'more_than' }), 'fr');
    expect(edited[2]!.body).toContain('plus de 3\u202f200 appels, nov. 2014 – juin 2015');
  });

  it('states what became of the calls with figures.csv’s numbers, in their unit and hedge, naming their outlets', () => {
    const four = policePathStages(data, 'en')[3]!;
    expect(four.body).toBe(
      'In Toronto, about 7% of the people police reported had an immigration warrant. Transit Police: 62 of 328 cases in 2013 became status investigations.',
    );
    expect(four.numberSources).toEqual(['The Canadian Press', '24 Hours Vancouver', 'The Georgia Straight']);
    expect(four.sourceIds).toEqual(expect.arrayContaining(['S117', 'S124', 'S125']));
    expect(policePathStages(data, 'fr')[3]!.body).toContain('environ 7\u00a0% des personnes');
    const edited = { ...data, figures: data.figures.map((f) => (f.id === 'transit-police-investigations-2013' ? { ...f, value: 61 } : f)) };
    expect(policePathStages(edited, 'en')[3]!.body).toContain('61 of 328');
    expect(policePathStages(data, 'en')[0]!.numberSources).toEqual([]);
  });

  it('gives the step’s share of status checks in box 2, dated by the calls it counts, naming only its own outlet', () => {
    const two = policePathStages(data, 'en')[1]!;
    expect(two.body).toContain('In Toronto, 83.4% of police calls to CBSA (Nov. 2014 – June 2015) were status checks.');
    // A repost is named with what it reposts, as in the footnotes, in the page's language.
    expect(two.numberSources).toEqual(['getintheknow.ca (reposting Toronto Star)']);
    expect(policePathStages(data, 'fr')[1]!.body).toContain('83,4\u00a0% des appels');
    expect(policePathStages(data, 'fr')[1]!.numberSources).toEqual(['getintheknow.ca (reprend le Toronto Star)']);
    // One outlet is "Source", in the singular.
    expect(textOf(byKey(policePathChart.render(data, { stage: 2 }, size(320), 'en'), 'sources-2'))).toBe(
      'Source: getintheknow.ca (reposting Toronto Star).',
    );
    expect(textOf(byKey(policePathChart.render(data, { stage: 2 }, size(320), 'fr'), 'sources-2'))).toBe(
      'Source\u00a0: getintheknow.ca (reprend le Toronto Star).',
    );
  });

  it('fills dates from events.csv and adds the sources of every quoted row', () => {
    const stages = policePathStages(data, 'en');
    expect(stages[0]!.body).toContain('December 1, 2013');
    expect(stages[4]!.body).toContain('December 20, 2013');
    expect(stages[2]!.sourceIds).toContain('S114');
  });

  it('stops with the row id when a quoted row is gone', () => {
    const noContact = { ...data, policeCbsaContacts: data.policeCbsaContacts.filter((r) => r.id !== 'transit-police-2013-communications') };
    expect(() => policePathChart.render(noContact, { stage: 3 }, size(640), 'en')).toThrow(/transit-police-2013-communications/);
    const noFigure = { ...data, figures: data.figures.filter((f) => f.id !== 'toronto-reported-with-warrants-share') };
    expect(() => policePathChart.render(noFigure, { stage: 4 }, size(640), 'en')).toThrow(
      /toronto-reported-with-warrants-share.*figures\.csv/,
    );
  });
});

describe('police-path on a phone and in a column: the step’s box large under a rail', () => {
  it('draws only the step’s box, with its title and text, and marks its badge on the rail', () => {
    const svg = policePathChart.render(data, { stage: 3 }, size(320), 'en');
    expect(textOf(byKey(svg, 'title-3'))).toBe('A call to CBSA');
    expect(textOf(byKey(svg, 'body-3'))).toContain('3,278');
    expect(maybeByKey(svg, 'body-2')).toBeUndefined();
    expect(attr(byKey(svg, 'badge-3'), 'class')).toBe('stage stage-current');
    expect(attr(byKey(svg, 'badge-1'), 'class')).toBe('stage stage-done');
    expect(attr(byKey(svg, 'badge-5'), 'class')).toBe('stage stage-plain');
    expect(textOf(byKey(svg, 'step-of'))).toBe('Step 3 of 5');
    expect(textOf(byKey(svg, 'next'))).toBe('Next: CBSA checks its records');
    expect(textOf(byKey(svg, 'sources-3'))).toBe('Sources: VICE, 24 Hours Vancouver and The Georgia Straight.');
    expect(num(byKey(svg, 'pointer') as never, 'stroke-width')).toBe(2);
  });

  it('titles the rail’s stages where the column is wide enough, not on a phone', () => {
    expect(maybeByKey(policePathChart.render(data, { stage: 2 }, size(390), 'en'), 'rail-1')).toBeUndefined();
    const column = policePathChart.render(data, { stage: 2 }, size(660), 'en');
    expect(textOf(byKey(column, 'rail-4'))).toBe('CBSA checks its records');
    expect(attr(byKey(column, 'rail-2'), 'font-weight')).toBe(700);
  });

  it('lists the five stages without a step', () => {
    const svg = policePathChart.render(data, {}, size(320), 'fr');
    expect(textOf(byKey(svg, 'title-3'))).toBe('3. Un appel à l’ASFC');
    expect(maybeByKey(svg, 'pointer')).toBeUndefined();
  });

  it('fits the box to the stage’s own text when drawn on its own (an opener), and keeps its sources', () => {
    const real = policePathData(realDataset());
    for (const lang of ['en', 'fr'] as const) {
      for (const stage of [1, 2, 3, 4, 5] as const) {
        const inSequence = policePathChart.render(real, { stage }, size(320), lang);
        const alone = policePathChart.render(real, { stage, fitted: true }, size(320), lang);
        const height = (svg: typeof alone) => Number(String(attr(svg, 'viewBox')).split(' ')[3]);
        expect(height(alone), `${lang} stage ${stage}`).toBeLessThan(height(inSequence));
        const sources = maybeByKey(inSequence, `sources-${stage}`);
        if (sources) expect(textOf(byKey(alone, `sources-${stage}`))).toBe(textOf(sources));
        const box = byKey(alone, 'box');
        expect(num(box, 'y') + num(box, 'height')).toBeLessThanOrEqual(height(alone));
      }
    }
    expect(() => policePathChart.render(real, { stage: 5, fitted: 'yes' } as never, size(320), 'en')).toThrow(
      /state\.fitted must be true or false/,
    );
  });

  it('keeps the layout’s height when a page reserves less: on a phone its stage’s own box, wide the shared one', () => {
    const svg = policePathChart.render(data, { stage: 1 }, { width: 320, height: 120 }, 'en');
    const own = policePathChart.pictureHeight!(data, { stage: 1 }, 320, 'en');
    expect(own).toBeGreaterThan(120);
    expect(own).toBeLessThan(Math.ceil(320 * policePathChart.aspect(320)));
    expect(attr(svg, 'viewBox')).toBe(`0 0 320 ${own}`);
    const wide = policePathChart.render(data, { stage: 1 }, { width: 1000, height: 120 }, 'en');
    expect(attr(wide, 'viewBox')).toBe(`0 0 1000 ${Math.ceil(1000 * policePathChart.aspect(1000))}`);
  });
});

describe('police-path wide: five boxes side by side', () => {
  it('highlights the box of the stage, marks earlier boxes as done', () => {
    const svg = policePathChart.render(data, { stage: 3 }, size(1000), 'en');
    expect(attr(byKey(svg, 'box-3'), 'class')).toBe('stage stage-current');
    expect(attr(byKey(svg, 'box-3'), 'stroke-width')).toBe(2.5);
    expect(attr(byKey(svg, 'box-1'), 'class')).toBe('stage stage-done');
    expect(attr(byKey(svg, 'box-5'), 'class')).toBe('stage stage-plain');
    expect(textOf(byKey(svg, 'sources-4'))).toContain('The Canadian Press');
    expectCleanTree(svg);
  });

  it('draws every box plain without a stage, with arrows between boxes', () => {
    const svg = policePathChart.render(data, {}, size(1000), 'fr');
    for (const n of [1, 2, 3, 4, 5]) expect(attr(byKey(svg, `box-${n}`), 'class')).toBe('stage stage-plain');
    for (const n of [1, 2, 3, 4]) byKey(svg, `arrow-${n}`);
    expect(svgToString(svg)).toContain('3\u202f278');
  });

  it('refuses a stage that does not exist', () => {
    expect(() => policePathChart.render(data, { stage: 6 as 5 }, size(640), 'en')).toThrow(/1, 2, 3, 4 or 5/);
  });
});

describe('police-path layout for every published state', () => {
  const real = policePathData(realDataset());
  const states = chartStates('police-path');

  it('keeps text at full size, inside the drawing and its box, and apart, in both languages', () => {
    expect(states.length).toBeGreaterThanOrEqual(5);
    for (const { where, state } of [...states, { where: 'plain', state: {} }]) {
      for (const width of [...LAYOUT_WIDTHS, 559, 759, 760]) {
        for (const lang of ['en', 'fr'] as const) {
          const svg = policePathChart.render(real, state as PolicePathState, size(width), lang);
          // An opener's drawing is as tall as its own box; the viewBox says how tall.
          const drawn = { width, height: Number(String(attr(svg, 'viewBox')).split(' ')[3]) };
          const at = `${where} ${lang} ${width}px`;
          expectCleanTree(svg);
          expect(smallText(svg, minText(width)), at).toEqual([]);
          expect(overlappingText(svg), at).toEqual([]);
          expect(textOutside(svg, drawn.width, drawn.height), at).toEqual([]);
          // A box that states numbers always names their outlets: the sources line is never what gives way.
          const numbered = policePathStages(real, lang).filter((s) => s.numberSources.length > 0);
          const shown = width >= 760 ? numbered : numbered.filter((s) => s.stage === (state as PolicePathState).stage);
          for (const s of shown) expect(maybeByKey(svg, `sources-${s.stage}`), `${at} sources-${s.stage}`).toBeDefined();
          for (const body of [...walk(svg)].filter((n) => n.key?.startsWith('body-') || n.key?.startsWith('sources-'))) {
            const spans = [...walk(body)].filter((t) => t.tag === 'tspan');
            const last = num(body, 'y') + spans.slice(1).reduce((sum, t) => sum + num(t, 'dy'), 0);
            const box = maybeByKey(svg, `box-${body.key!.split('-')[1]}`) ?? byKey(svg, 'box');
            expect(last, `${at} ${body.key}`).toBeLessThan(num(box, 'y') + num(box, 'height'));
          }
        }
      }
    }
  });

  it('shows the step’s numbers with the outlets behind them on a phone', () => {
    const svg = policePathChart.render(real, { stage: 4 }, size(320), 'en');
    expect(textOf(byKey(svg, 'body-4'))).toMatch(/about 7% .* 62 of 328/);
    expect(textOf(byKey(svg, 'sources-4'))).toMatch(/^Sources: .*24 Hours Vancouver/);
  });
});

describe('police-path describe', () => {
  it('names the highlighted step and what comes next', () => {
    const text = policePathChart.describe(data, { stage: 3 }, 'en');
    expect(text).toContain('Step 3 of 5 highlighted. A call to CBSA: Toronto police: 3,278 calls');
    expect(text).toContain('Next: CBSA checks its records.');
    expect(text).not.toEqual(policePathChart.describe(data, { stage: 4 }, 'en'));
    expect(policePathChart.describe(data, { stage: 5 }, 'en')).not.toContain('Next');
  });

  it('lists all five steps without a stage, and speaks French', () => {
    expect(policePathChart.describe(data, {}, 'en')).toMatch(/in five steps: 1\. A routine stop: .* 5\. Detention, then removal: /);
    const fr = policePathChart.describe(data, { stage: 1 }, 'fr');
    expect(fr).toContain('Étape 1 sur 5 mise en évidence. Une interpellation de routine\u00a0:');
    expect(fr).toContain('1er décembre 2013');
  });
});
