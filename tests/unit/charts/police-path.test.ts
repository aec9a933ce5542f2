import { describe, expect, it } from 'vitest';
import { policePathChart, policePathStages, POLICE_PATH_STAGES, type PolicePathData } from '../../../src/charts/police-path/chart.ts';
import { svgToString } from '../../../src/charts/svg-string.ts';
import { realDataset } from './fixtures.ts';
import { attr, byKey, expectCleanTree, num, textOf, walk } from './tree.ts';

const real = realDataset();
const size = { width: 640, height: Math.round(640 * policePathChart.aspect(640)) };

function withContact(id: string, change: Partial<PolicePathData['policeCbsaContacts'][number]>): PolicePathData {
  return { ...real, policeCbsaContacts: real.policeCbsaContacts.map((r) => (r.id === id ? { ...r, ...change } : r)) };
}

describe('police-path boxes', () => {
  it('has five boxes, each with sources that exist in sources.csv and dossier fact ids', () => {
    expect(POLICE_PATH_STAGES.map((s) => s.stage)).toEqual([1, 2, 3, 4, 5]);
    const known = new Set(real.sources.map((s) => s.id));
    for (const s of POLICE_PATH_STAGES) {
      expect(s.sourceIds.length).toBeGreaterThan(0);
      for (const id of s.sourceIds) expect(known.has(id), id).toBe(true);
      expect(s.factIds.length).toBeGreaterThan(0);
    }
  });

  it('types no digits by hand: every number in a box text is a placeholder', () => {
    for (const s of POLICE_PATH_STAGES) {
      for (const lang of ['en', 'fr'] as const) expect(s.body[lang].replace(/\{[^}]+\}/g, '')).not.toMatch(/\d/);
    }
  });

  it('fills numbers, qualifiers and periods from police_cbsa_contacts.csv', () => {
    const [, , three] = policePathStages(real, 'en');
    expect(three!.body).toBe('Toronto police: 3,278 calls, Nov. 2014 – June 2015. Transit Police: 328 cases in 2013.');
    const edited = policePathStages(withContact('tps-2014-11-2015-06-calls', { value: 3200, qualifier: 'more_than' }), 'fr');
    expect(edited[2]!.body).toContain('plus de 3\u202f200 appels, nov. 2014 – juin 2015');
  });

  it('fills dates from events.csv and adds the sources of every quoted row', () => {
    const stages = policePathStages(real, 'en');
    expect(stages[0]!.body).toContain('December 1, 2013');
    expect(stages[4]!.body).toContain('December 20, 2013');
    const quoted = real.policeCbsaContacts.find((r) => r.id === 'tps-2014-11-2015-06-calls')!;
    for (const id of quoted.source_ids) expect(stages[2]!.sourceIds).toContain(id);
  });

  it('stops with the row id when a quoted row is gone', () => {
    const data = { ...real, policeCbsaContacts: real.policeCbsaContacts.filter((r) => r.id !== 'transit-police-2013-communications') };
    expect(() => policePathChart.render(data, { stage: 3 }, size, 'en')).toThrow(/transit-police-2013-communications/);
  });
});

describe('police-path render', () => {
  it('highlights the box of the stage, marks earlier boxes as done', () => {
    const svg = policePathChart.render(real, { stage: 3 }, size, 'en');
    expect(attr(byKey(svg, 'box-3'), 'class')).toBe('stage stage-current');
    expect(attr(byKey(svg, 'box-3'), 'stroke-width')).toBe(2.5);
    expect(attr(byKey(svg, 'box-1'), 'class')).toBe('stage stage-done');
    expect(attr(byKey(svg, 'box-5'), 'class')).toBe('stage stage-plain');
    expect(textOf(byKey(svg, 'body-3'))).toContain('3,278');
    expectCleanTree(svg);
  });

  it('draws every box plain without a stage, with arrows between boxes', () => {
    const svg = policePathChart.render(real, {}, size, 'fr');
    for (const n of [1, 2, 3, 4, 5]) expect(attr(byKey(svg, `box-${n}`), 'class')).toBe('stage stage-plain');
    for (const n of [1, 2, 3, 4]) byKey(svg, `arrow-${n}`);
    expect(textOf(svg)).toContain('Un appel à l’ASFC');
    expect(svgToString(svg)).toContain('3\u202f278');
  });

  it('keeps every text block inside its box at phone, column and wide sizes, in both languages', () => {
    for (const width of [320, 360, 480, 640, 759, 760, 1000, 1280]) {
      for (const lang of ['en', 'fr'] as const) {
        const svg = policePathChart.render(real, { stage: 1 }, { width, height: Math.round(width * policePathChart.aspect(width)) }, lang);
        expectCleanTree(svg);
        for (const n of [1, 2, 3, 4, 5]) {
          const box = byKey(svg, `box-${n}`);
          const body = byKey(svg, `body-${n}`);
          const tspans = [...walk(body)].filter((t) => t.tag === 'tspan');
          const last = num(body, 'y') + tspans.slice(1).reduce((s, t) => s + num(t, 'dy'), 0);
          expect(last, `${lang} ${width}px box ${n}`).toBeLessThan(num(box, 'y') + num(box, 'height'));
          expect(num(box, 'x') + num(box, 'width')).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('lays out wider and scales down, keeping the ratio, when a page gives a narrow box its wide-screen ratio', () => {
    const ratio = policePathChart.aspect(640);
    for (const width of [320, 420]) {
      const svg = policePathChart.render(real, { stage: 2 }, { width, height: Math.round(width * ratio) }, 'fr');
      const [, , vw, vh] = String(attr(svg, 'viewBox')).split(' ').map(Number) as [number, number, number, number];
      expect(vw).toBeGreaterThan(width);
      expect(vh / vw).toBeCloseTo(Math.round(width * ratio) / width, 2);
      for (const n of [1, 2, 3, 4, 5]) {
        const box = byKey(svg, `box-${n}`);
        const body = byKey(svg, `body-${n}`);
        const tspans = [...walk(body)].filter((t) => t.tag === 'tspan');
        expect(num(body, 'y') + tspans.slice(1).reduce((s, t) => s + num(t, 'dy'), 0)).toBeLessThan(num(box, 'y') + num(box, 'height'));
      }
    }
  });

  it('refuses a stage that does not exist', () => {
    expect(() => policePathChart.render(real, { stage: 6 as 5 }, size, 'en')).toThrow(/1, 2, 3, 4 or 5/);
  });
});

describe('police-path describe', () => {
  it('names the highlighted step and what comes next', () => {
    const text = policePathChart.describe(real, { stage: 3 }, 'en');
    expect(text).toContain('Step 3 of 5 highlighted, A call to CBSA: Toronto police: 3,278 calls');
    expect(text).toContain('Next step: CBSA checks its records.');
    expect(text).not.toEqual(policePathChart.describe(real, { stage: 4 }, 'en'));
    expect(policePathChart.describe(real, { stage: 5 }, 'en')).not.toContain('Next step');
  });

  it('lists all five steps without a stage, and speaks French', () => {
    expect(policePathChart.describe(real, {}, 'en')).toMatch(/in five steps: 1\. A routine stop: .* 5\. Detention, then removal: /);
    const fr = policePathChart.describe(real, { stage: 1 }, 'fr');
    expect(fr).toContain('Étape 1 sur 5 mise en évidence, Une interpellation de routine\u00a0:');
    expect(fr).toContain('1er décembre 2013');
  });
});
