import { describe, expect, it } from 'vitest';
import { contactSections, policeContactsChart, COUNTED_BY_STYLES, FORCE_LABELS, MEASURE_LABELS } from '../../../src/charts/police-contacts/chart.ts';
import { contrast } from '../../../src/charts/common/palette.ts';
import type { PoliceCbsaContactRow } from '../../../src/data/schemas.ts';
import type { SvgNode } from '../../../src/charts/types.ts';
import { realDataset } from './fixtures.ts';
import { attr, byKey, expectCleanTree, keys, maybeByKey, num, textOf } from './tree.ts';

const real = realDataset();
const size = { width: 640, height: Math.round(640 * policeContactsChart.aspect(640)) };
const rows = real.policeCbsaContacts;

function barWidth(svg: SvgNode, id: string): number {
  const rect = byKey(svg, `bar-${id}`).children![0] as SvgNode;
  return num(rect, 'width');
}

describe('police-contacts sections', () => {
  it('puts each measure in its own section and each force in its own panel', () => {
    const sections = contactSections(real);
    expect(new Set(sections.map((s) => s.measure)).size).toBe(sections.length);
    for (const s of sections) {
      for (const p of s.panels) for (const r of p.rows) expect([r.measure, r.force]).toEqual([s.measure, p.force]);
    }
    expect(sections.flatMap((s) => s.panels.flatMap((p) => p.rows)).length).toBe(rows.length);
  });
});

describe('police-contacts render', () => {
  const svg = policeContactsChart.render(real, {}, size, 'en');

  it('draws one keyed bar per row and no NaN', () => {
    expect(keys(svg).filter((k) => k.startsWith('bar-'))).toHaveLength(rows.length);
    expectCleanTree(svg);
  });

  it('never shares a scale between measures: each measure’s largest value fills its own axis', () => {
    const sections = contactSections(real);
    const widths = sections.map((s) => {
      const top = s.panels.flatMap((p) => p.rows).find((r) => r.value === s.max)!;
      return barWidth(svg, top.id);
    });
    // 87 requests and 5,146 communications both reach (nearly) the end of their own axis.
    for (const w of widths) expect(w).toBeGreaterThan(Math.max(...widths) * 0.6);
  });

  it('extends a measure’s domain when a bigger value is added, leaving other measures alone', () => {
    const bigger: PoliceCbsaContactRow = { ...rows.find((r) => r.id === 'tps-2018-status-checks')!, id: 'tps-2030-status-checks', value: 20000, period_start: { year: 2030, iso: '2030' }, period_end: { year: 2030, iso: '2030' } };
    const more = policeContactsChart.render({ policeCbsaContacts: [...rows, bigger] }, {}, size, 'en');
    expect(barWidth(more, 'spvm-2018-status-checks')).toBeLessThan(barWidth(svg, 'spvm-2018-status-checks') * 0.5);
    expect(barWidth(more, 'tps-2030-status-checks')).toBeGreaterThan(barWidth(svg, 'tps-2014-11-2015-10-status-checks'));
    // Calls sit on their own scale; the layout moves them down but their length barely changes.
    expect(Math.abs(barWidth(more, 'spvm-2017-calls') - barWidth(svg, 'spvm-2017-calls'))).toBeLessThan(1);
  });

  it('keeps the source’s hedge in the label', () => {
    expect(textOf(byKey(svg, 'value-tps-2014-2016-contacts'))).toBe('fewer than 700');
    expect(textOf(byKey(svg, 'value-spvm-2019-communications'))).toBe('more than 3,500');
    expect(textOf(byKey(svg, 'value-transit-police-2014-11-04-2014-12-24-status-checks'))).toBe('about 50');
    const fr = policeContactsChart.render(real, {}, size, 'fr');
    expect(textOf(byKey(fr, 'value-tps-2014-2016-contacts'))).toBe('moins de 700');
    expect(textOf(byKey(fr, 'value-spvm-2019-communications'))).toBe('plus de 3\u202f500');
  });

  it('draws who counted as a fill style, not only a colour', () => {
    const fill = (id: string) => byKey(svg, `bar-${id}`).children as SvgNode[];
    expect(attr(fill('spvm-2017-calls')[0]!, 'fill')).toBe(COUNTED_BY_STYLES.cbsa_records.color);
    expect(attr(fill('tps-2014-2016-contacts')[0]!, 'fill')).toBe('#ffffff');
    expect(attr(fill('tps-2014-2016-contacts')[0]!, 'stroke')).toBe(COUNTED_BY_STYLES.police.color);
    const advocacy = fill('tps-2014-11-2015-06-calls');
    expect(advocacy).toHaveLength(2);
    expect(String(attr(advocacy[1]!, 'd'))).toMatch(/^M/);
    for (const s of Object.values(COUNTED_BY_STYLES)) expect(contrast(s.color)).toBeGreaterThanOrEqual(3);
    expect(textOf(svg)).toContain('the police itself');
  });

  it('labels every section with its measure and says the scale is its own', () => {
    for (const s of contactSections(real)) expect(textOf(byKey(svg, `section-${s.measure}`))).toBe(`${MEASURE_LABELS[s.measure].en} (own scale)`);
  });

  it('highlights a force across measures, a measure across forces, or both', () => {
    const bands = (state: Parameters<typeof policeContactsChart.render>[1]) =>
      keys(policeContactsChart.render(real, state, size, 'en')).filter((k) => k.startsWith('band-')).map((k) => k.slice(5)).sort();
    expect(bands({})).toEqual([]);
    expect(bands({ force: 'tps' })).toEqual(rows.filter((r) => r.force === 'tps').map((r) => r.id).sort());
    expect(bands({ measure: 'calls' })).toEqual(rows.filter((r) => r.measure === 'calls').map((r) => r.id).sort());
    expect(bands({ force: 'spvm', measure: 'status_checks' })).toEqual(rows.filter((r) => r.force === 'spvm' && r.measure === 'status_checks').map((r) => r.id).sort());
    const hi = policeContactsChart.render(real, { force: 'tps' }, size, 'en');
    expect(attr(byKey(hi, 'force-calls-tps'), 'font-weight')).toBe(700);
    expect(attr(byKey(hi, 'force-calls-spvm'), 'font-weight')).toBe(600);
    expect(String(attr(byKey(hi, 'bar-tps-2018-status-checks'), 'class'))).toContain('is-highlighted');
    expect(maybeByKey(hi, 'band-spvm-2018-status-checks')).toBeUndefined();
    expectCleanTree(hi);
  });

  it('refuses states the data cannot show', () => {
    expect(() => policeContactsChart.render(real, { measure: 'referrals' }, size, 'en')).toThrow(/referrals/);
    expect(() => policeContactsChart.describe(real, { force: 'ops', measure: 'calls' }, 'en')).toThrow(/no "calls" figure for force "ops"/);
  });

  it('lays out at phone and wide sizes in both languages', () => {
    for (const width of [320, 360, 559, 560, 900]) {
      for (const lang of ['en', 'fr'] as const) {
        const s = policeContactsChart.render(real, { force: 'spvm' }, { width, height: Math.round(width * policeContactsChart.aspect(width)) }, lang);
        expectCleanTree(s);
      }
    }
  });
});

describe('police-contacts describe', () => {
  it('gives an overview that warns measures are not comparable', () => {
    const text = policeContactsChart.describe(real, {}, 'en');
    expect(text).toContain(`${rows.length} figures for 6 police forces`);
    expect(text).toContain('never added up or compared');
    expect(text).toMatch(/Who counted: CBSA records \(\d+\), the police itself \(\d+\) and advocates from CBSA data \(\d+\)\./);
  });

  it('lists one force’s figures with periods, hedges and who counted', () => {
    const text = policeContactsChart.describe(real, { force: 'tps' }, 'en');
    expect(text).toContain(`Highlighted: ${FORCE_LABELS.tps.en}.`);
    expect(text).toContain('fewer than 700 (2014–2016, counted by the police itself)');
    expect(text).toContain('3,278 (Nov. 2014 – June 2015, counted by advocates from CBSA data)');
    expect(text).not.toContain('Montreal');
  });

  it('lists one measure across forces, in French too', () => {
    const en = policeContactsChart.describe(real, { measure: 'communications' }, 'en');
    expect(en).toContain('Montreal police (SPVM): more than 3,500 (2019, counted by the police itself)');
    const fr = policeContactsChart.describe(real, { measure: 'communications' }, 'fr');
    expect(fr).toContain('Mis en évidence\u00a0: Communications avec l’ASFC.');
    expect(fr).toContain('plus de 3\u202f500 (2019, selon la police elle-même)');
    expect(policeContactsChart.describe(real, { force: 'spvm', measure: 'calls' }, 'en')).toContain('Nov. 28, 2020 – Nov. 28, 2021, counted by the police itself');
  });
});
