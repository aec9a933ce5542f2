import { describe, expect, it } from 'vitest';
import {
  contactSections,
  policeContactsChart,
  policeContactsData,
  COUNTED_BY_STYLES,
  type PoliceContactsData,
  type PoliceContactsState,
} from '../../../src/charts/police-contacts/chart.ts';
import { messages } from '../../../src/charts/police-contacts/messages.ts';
import entry from '../../../src/charts/police-contacts/entry.ts';
import { contrast } from '../../../src/charts/common/palette.ts';
import { minText } from '../../../src/charts/common/layout.ts';
import type { PoliceCbsaContactRow } from '../../../src/data/schemas.ts';
import type { SvgNode } from '../../../src/charts/types.ts';
import { pd, provenance, realDataset } from './fixtures.ts';
import { attr, byKey, expectCleanTree, keys, maybeByKey, num, textOf } from './tree.ts';
import { overlappingText, smallText, textOutside } from './text-layout.ts';
import { chartStates, LAYOUT_WIDTHS } from './chart-states.ts';

function row(
  id: string,
  force: PoliceCbsaContactRow['force'],
  measure: PoliceCbsaContactRow['measure'],
  value: number,
  period: string,
  extra: Partial<PoliceCbsaContactRow> = {},
): PoliceCbsaContactRow {
  const [start, end = start] = period.split('/') as [string, string?];
  return {
    ...provenance,
    id,
    force,
    city_id: undefined,
    period_start: pd(start),
    period_end: pd(end),
    measure,
    value,
    qualifier: 'exact',
    counted_by: 'cbsa_records',
    reported_by_en: 'HuffPost Québec',
    reported_by_fr: 'HuffPost Québec',
    ...extra,
  };
}

// Small on purpose: Ottawa's 87 requests and Montreal's 945 status checks are the pair the old panels misdrew.
const rows: PoliceCbsaContactRow[] = [
  row('spvm-2018', 'spvm', 'status_checks', 3010, '2018'),
  row('spvm-2021', 'spvm', 'status_checks', 945, '2021', { reported_by_en: 'Métro (Montréal)', reported_by_fr: 'Métro (Montréal)' }),
  row('tps-2018', 'tps', 'status_checks', 2731, '2018'),
  row('ops-2017-requests', 'ops', 'requests', 87, '2017'),
  row('tps-calls', 'tps', 'calls', 3278, '2014-11/2015-06', {
    counted_by: 'advocacy_analysis',
    reported_by_en: 'No One Is Illegal (relayed by Vice)',
    reported_by_fr: 'No One Is Illegal (relayé par Vice)',
  }),
  row('spvm-calls', 'spvm', 'calls', 426, '2020-11-28/2021-11-28', { counted_by: 'police' }),
  row('tps-contacts', 'tps', 'contacts', 700, '2014/2016', {
    qualifier: 'fewer_than',
    counted_by: 'police',
    reported_by_en: 'CanIndia',
    reported_by_fr: 'CanIndia',
  }),
];
const data: PoliceContactsData = policeContactsData({ policeCbsaContacts: rows });
const size = (width: number) => ({ width, height: Math.round(width * policeContactsChart.aspect(width)) });
const bars = (svg: SvgNode) =>
  keys(svg)
    .filter((k) => k.startsWith('bar-'))
    .map((k) => k.slice(4))
    .sort();
const barWidth = (svg: SvgNode, id: string) => num(byKey(svg, `bar-${id}`).children![0] as SvgNode, 'width');

describe('police-contacts sections', () => {
  it('puts each measure in its own section and each force in its own panel', () => {
    const real = realDataset();
    const sections = contactSections(policeContactsData(real));
    expect(new Set(sections.map((s) => s.measure)).size).toBe(sections.length);
    for (const s of sections) for (const p of s.panels) for (const r of p.rows) expect([r.measure, r.force]).toEqual([s.measure, p.force]);
    expect(sections.flatMap((s) => s.panels.flatMap((p) => p.rows)).length).toBe(real.policeCbsaContacts.length);
  });
});

describe('police-contacts: no comparison the data does not allow', () => {
  it('draws bars for one measure only, every force of that measure on one scale', () => {
    const svg = policeContactsChart.render(data, { measure: 'status_checks' }, size(640), 'en');
    expect(bars(svg)).toEqual(['spvm-2018', 'spvm-2021', 'tps-2018']);
    const perUnit = ['spvm-2018', 'spvm-2021', 'tps-2018'].map(
      (id) => barWidth(svg, id) / data.policeCbsaContacts.find((r) => r.id === id)!.value,
    );
    for (const k of perUnit) expect(k).toBeCloseTo(perUnit[0]!, 2);
  });

  it('never draws Ottawa’s 87 requests as a bar beside Montreal’s 945 status checks', () => {
    for (const width of LAYOUT_WIDTHS) {
      for (const state of [
        {},
        { force: 'ops' },
        { force: 'spvm' },
        { measure: 'status_checks' },
        { force: 'spvm', measure: 'status_checks' },
      ] as PoliceContactsState[]) {
        const svg = policeContactsChart.render(data, state, size(width), 'en');
        const drawn = bars(svg);
        expect(drawn.includes('ops-2017-requests') && drawn.includes('spvm-2021'), `${width} ${JSON.stringify(state)}`).toBe(false);
        expect(new Set(drawn.map((id) => data.policeCbsaContacts.find((r) => r.id === id)!.measure)).size).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives a named figure of another measure as a number, without a bar', () => {
    const svg = policeContactsChart.render(data, { force: 'tps', measure: 'calls', label: ['tps-contacts'] }, size(390), 'en');
    expect(maybeByKey(svg, 'bar-tps-contacts')).toBeUndefined();
    expect(textOf(byKey(svg, 'other-measure-title'))).toBe('A different measure, not comparable:');
    expect(textOf(byKey(svg, 'number-tps-contacts'))).toBe(
      'Contacts with immigration authorities, 2014–2016: fewer than 700 (counted by the police itself)',
    );
  });

  it('shows one force’s figures across measures as numbers only', () => {
    const svg = policeContactsChart.render(data, { force: 'tps' }, size(390), 'en');
    expect(bars(svg)).toEqual([]);
    expect(textOf(byKey(svg, 'numbers-status_checks'))).toBe('2018:\u00a02,731');
    expect(textOf(byKey(svg, 'numbers-contacts'))).toBe('2014–2016:\u00a0fewer than 700 (counted by the police itself)');
    expect(textOf(byKey(svg, 'subtitle'))).toContain('numbers only');
  });

  it('extends a measure’s scale when a bigger value is added, leaving the other figures alone', () => {
    const base = policeContactsChart.render(data, { measure: 'status_checks' }, size(640), 'en');
    const bigger = policeContactsData({
      policeCbsaContacts: [...rows, row('tps-2030', 'tps', 'status_checks', 20000, '2030')],
    });
    const more = policeContactsChart.render(bigger, { measure: 'status_checks' }, size(640), 'en');
    expect(barWidth(more, 'spvm-2018')).toBeLessThan(barWidth(base, 'spvm-2018') * 0.5);
    const calls = (d: PoliceContactsData) => barWidth(policeContactsChart.render(d, { measure: 'calls' }, size(640), 'en'), 'tps-calls');
    expect(calls(bigger)).toBe(calls(data));
  });
});

describe('police-contacts labels and who counted', () => {
  it('labels every bar of the step’s force with its number, keeping the source’s hedge', () => {
    const svg = policeContactsChart.render(data, { force: 'spvm', measure: 'status_checks' }, size(320), 'en');
    expect(textOf(byKey(svg, 'value-spvm-2018'))).toBe('3,010');
    expect(textOf(byKey(svg, 'value-spvm-2021'))).toBe('945');
    expect(attr(byKey(svg, 'band-spvm-2021'), 'fill')).toBeDefined();
    const fr = policeContactsChart.render(data, { force: 'tps' }, size(640), 'fr');
    expect(textOf(byKey(fr, 'numbers-contacts'))).toBe('2014–2016\u00a0:\u00a0moins de 700 (selon la police elle-même)');
  });

  it('on a phone, folds the forces the step is not about into unlabelled context bars', () => {
    const phone = policeContactsChart.render(data, { force: 'spvm', measure: 'status_checks' }, size(320), 'en');
    expect(maybeByKey(phone, 'value-tps-2018')).toBeUndefined();
    expect(String(attr(byKey(phone, 'bar-tps-2018'), 'class'))).toContain('context');
    const wide = policeContactsChart.render(data, { force: 'spvm', measure: 'status_checks' }, size(640), 'en');
    expect(textOf(byKey(wide, 'value-tps-2018'))).toBe('2,731');
  });

  it('says who counted with the bar’s fill and a legend, and names who reported the step’s figures', () => {
    const svg = policeContactsChart.render(data, { force: 'tps', measure: 'calls' }, size(640), 'en');
    const fill = (id: string) => byKey(svg, `bar-${id}`).children as SvgNode[];
    expect(fill('tps-calls')).toHaveLength(2);
    expect(String(attr(fill('tps-calls')[1]!, 'd'))).toMatch(/^M/);
    expect(attr(fill('spvm-calls')[0]!, 'stroke')).toBe(COUNTED_BY_STYLES.police.color);
    expect(textOf(byKey(svg, 'legend-advocacy_analysis'))).toBe('advocates, from CBSA data');
    expect(textOf(byKey(svg, 'legend-police'))).toBe('the police itself');
    expect(maybeByKey(svg, 'legend-cbsa_records')).toBeUndefined();
    expect(textOf(byKey(svg, 'reported'))).toBe('Reported by: No One Is Illegal (relayed by Vice).');
    // Each edition names the publisher in its own words.
    const french = policeContactsChart.render(data, { force: 'tps', measure: 'calls' }, size(640), 'fr');
    expect(textOf(byKey(french, 'reported'))).toBe(`${messages.fr.reportedBy}${messages.fr.colon} No One Is Illegal (relayé par Vice).`);
    expect(() =>
      policeContactsData({
        policeCbsaContacts: [
          row('tps-calls', 'tps', 'calls', 3278, '2014-11/2015-06', {
            reported_by_en: 'Radio-Canada (reposted)',
            reported_by_fr: undefined,
          }),
        ],
      }),
    ).toThrow(/"tps-calls".*no reported_by_fr/);
    for (const s of Object.values(COUNTED_BY_STYLES)) expect(contrast(s.color)).toBeGreaterThanOrEqual(3);
  });

  it('says the scale is shared by every force of the measure', () => {
    const svg = policeContactsChart.render(data, { measure: 'calls' }, size(640), 'en');
    expect(textOf(byKey(svg, 'title'))).toBe('Calls to CBSA');
    expect(textOf(byKey(svg, 'subtitle'))).toBe('Same scale for every force');
  });

  it('keeps the layout’s height when a page reserves less: its view’s own height, never less', () => {
    for (const width of [360, 640]) {
      const svg = policeContactsChart.render(data, { measure: 'calls' }, { width, height: 100 }, 'en');
      const own = policeContactsChart.pictureHeight!(data, { measure: 'calls' }, width, 'en');
      expect(own).toBeGreaterThan(100);
      expect(own).toBeLessThanOrEqual(size(width).height);
      expect(attr(svg, 'viewBox')).toBe(`0 0 ${width} ${own}`);
    }
  });

  it('refuses states the data cannot show', () => {
    expect(() => policeContactsChart.render(data, { measure: 'referrals' }, size(640), 'en')).toThrow(/referrals/);
    expect(() => policeContactsChart.describe(data, { force: 'ops', measure: 'calls' }, 'en')).toThrow(/no "calls" figure for force "ops"/);
    expect(() => policeContactsChart.render(data, { force: 'tps', measure: 'calls', label: ['nope'] }, size(640), 'en')).toThrow(/"nope"/);
  });
});

describe('police-contacts layout for every published state', () => {
  const real = realDataset();
  const realData = policeContactsData(real);
  const states = chartStates('police-contacts');

  it('finds the chapter’s and fixtures’ states', () => {
    expect(states.length).toBeGreaterThanOrEqual(7);
  });

  it('keeps text at full size, inside the drawing and apart, at phone and wide widths, in both languages', () => {
    for (const { where, state } of states) {
      for (const width of LAYOUT_WIDTHS) {
        for (const lang of ['en', 'fr'] as const) {
          const s = size(width);
          const svg = policeContactsChart.render(realData, state as PoliceContactsState, s, lang);
          const at = `${where} ${lang} ${width}px`;
          expectCleanTree(svg);
          expect(smallText(svg, minText(width)), at).toEqual([]);
          expect(overlappingText(svg), at).toEqual([]);
          expect(textOutside(svg, s.width, s.height), at).toEqual([]);
        }
      }
    }
  });

  it('labels the figures each step names', () => {
    for (const { where, state } of states) {
      const st = state as PoliceContactsState;
      if (st.force === undefined || st.measure === undefined) continue;
      for (const width of [320, 640]) {
        const svg = policeContactsChart.render(realData, st, size(width), 'en');
        const named = real.policeCbsaContacts.filter((r) => (r.force === st.force && r.measure === st.measure) || st.label?.includes(r.id));
        for (const r of named)
          expect(maybeByKey(svg, `value-${r.id}`) ?? maybeByKey(svg, `number-${r.id}`), `${where} ${r.id}`).toBeDefined();
      }
    }
  });
});

describe('police-contacts describe', () => {
  it('gives an overview that warns measures are not comparable', () => {
    const text = policeContactsChart.describe(data, {}, 'en');
    expect(text).toContain('7 figures for 3 police forces');
    expect(text).toContain('never added up or compared');
    expect(text).toContain('Who counted: CBSA records (4), the police itself (2) and advocates, from CBSA data (1).');
  });

  it('lists one force’s figures with periods, hedges and who counted', () => {
    const text = policeContactsChart.describe(data, { force: 'tps' }, 'en');
    expect(text).toContain(`Highlighted: ${messages.en.forces.tps}.`);
    expect(text).toContain('fewer than 700 (2014–2016, counted by the police itself)');
    expect(text).toContain('3,278 (Nov. 2014 – June 2015, counted by advocates from CBSA data)');
    expect(text).not.toContain('Montreal');
  });

  it('lists one measure across forces, names another measure’s figure, and speaks French', () => {
    const en = policeContactsChart.describe(data, { force: 'tps', measure: 'calls', label: ['tps-contacts'] }, 'en');
    expect(en).toContain('Every force’s figures for this measure share one scale.');
    expect(en).toContain(
      'A different measure, not comparable: Contacts with immigration authorities: fewer than 700 (2014–2016, counted by the police itself).',
    );
    const fr = policeContactsChart.describe(data, { measure: 'calls' }, 'fr');
    expect(fr).toContain('Mis en évidence\u00a0: Appels à l’ASFC.');
    expect(fr).toContain('426 (28 nov. 2020 – 28 nov. 2021, selon la police elle-même)');
  });
});

describe('police-contacts table', () => {
  it('shows people’s words, keeping codes for the CSV only', () => {
    const table = entry.table(realDataset());
    const shown = table.columns.filter((c) => !c.csvOnly).map((c) => c.key);
    const codes = new Set(['transit_police', 'status_checks', 'advocacy_analysis', 'cbsa_records', 'fewer_than', 'more_than', 'rcmp_bc']);
    for (const r of table.rows) for (const k of shown) expect(codes.has(String(r[k])), `${k}=${r[k]}`).toBe(false);
    expect(shown).not.toContain('id');
    const transit = table.rows.find((r) => r.id === 'transit-police-2013-communications')!;
    expect([transit.force_label_en, transit.measure_label_en, transit.counted_by_label_en, transit.count_en]).toEqual([
      'Metro Vancouver Transit Police',
      'Communications with CBSA',
      'the police itself',
      '328',
    ]);
    expect(table.rows.find((r) => r.id === 'tps-2014-2016-contacts')!.count_fr).toBe('moins de 700');
  });
});
