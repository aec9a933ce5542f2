import { describe, expect, it } from 'vitest';
import { crossingsChart, crossingsData, crossingsSeries, monthlyGap, type CrossingsData } from '../../../src/charts/crossings/chart.ts';
import crossingsEntry from '../../../src/charts/crossings/entry.ts';
import type { SvgNode } from '../../../src/charts/types.ts';
import { pd, realDataset } from './fixtures.ts';
import { attr, byKey, expectCleanTree, keys, maybeByKey, num, textOf, walk } from './tree.ts';
import { publishedStates, textBoxes } from './published-states.ts';

const real = realDataset();
const data = crossingsData(real);
const size = { width: 640, height: Math.round(640 * crossingsChart.aspect(640)) };

function barRect(svg: SvgNode, key: string): SvgNode {
  return byKey(svg, key).children![0] as SvgNode;
}

describe('crossings series', () => {
  it('has every month from January 2017 to December 2018 and the annual totals, national only', () => {
    const s = crossingsSeries(data);
    expect(s.months.map((m) => m.key)).toHaveLength(24);
    expect(s.months[0]!.key).toBe('2017-01');
    expect(s.months.at(-1)!.key).toBe('2018-12');
    expect(s.years.map((y) => y.date.year)).toEqual([2016, 2017, 2018]);
    // The full dataset also holds provincial rows; they are left out.
    expect(crossingsSeries(real).months.filter((m) => m.row).length).toBe(24);
  });

  it('computes the gap between the 2017 months and the annual total from the rows', () => {
    expect(monthlyGap(crossingsSeries(data), 2017)).toEqual({ monthlySum: 20563, annual: 20593, gap: 30 });
    expect(monthlyGap(crossingsSeries(data), 2018)?.gap).toBe(0);
    expect(monthlyGap(crossingsSeries(data), 2016)).toBeUndefined();
  });

  it('leaves a gap for a missing month instead of closing it up', () => {
    const holed: CrossingsData = { rcmpInterceptions: data.rcmpInterceptions.filter((r) => r.date.iso !== '2017-05') };
    const s = crossingsSeries(holed);
    expect(s.months).toHaveLength(24);
    expect(s.months.find((m) => m.key === '2017-05')!.row).toBeUndefined();
    expect(maybeByKey(crossingsChart.render(holed, {}, size, 'en'), 'm-2017-05')).toBeUndefined();
  });
});

describe('crossings render, monthly', () => {
  const svg = crossingsChart.render(data, {}, size, 'en');

  it('draws 24 bars, the 2017 ones hollow and hatched as preliminary', () => {
    expect(keys(svg).filter((k) => k.startsWith('m-'))).toHaveLength(24);
    const aug = byKey(svg, 'm-2017-08');
    expect(String(attr(aug, 'class'))).toContain('is-preliminary');
    expect(aug.children).toHaveLength(2);
    expect(attr(aug.children![0] as SvgNode, 'fill')).toBe('#ffffff');
    expect(String(attr(byKey(svg, 'm-2018-08'), 'class'))).not.toContain('is-preliminary');
    expect(crossingsEntry.legend!(real).map((i) => i.label.en)).toEqual(['Published figure', 'Preliminary figure']);
    expectCleanTree(svg);
  });

  it('scales bar heights to the data and labels the peak', () => {
    const h = (k: string) => num(barRect(svg, k), 'height');
    expect(h('m-2017-08')).toBeGreaterThan(h('m-2017-07'));
    expect(h('m-2018-04')).toBeGreaterThan(h('m-2018-11'));
    expect(textOf(byKey(svg, 'value-2017-08'))).toBe('5,712');
    const bigger: CrossingsData = {
      rcmpInterceptions: [...data.rcmpInterceptions, { period: 'month', date: pd('2019-01'), value: 12000, preliminary: false }],
    };
    const more = crossingsChart.render(bigger, {}, size, 'en');
    expect(num(barRect(more, 'm-2017-08'), 'height')).toBeLessThan(h('m-2017-08') * 0.6);
    expect(maybeByKey(more, 'value-2017-08')).toBeUndefined();
    expect(textOf(byKey(more, 'value-2019-01'))).toBe('12,000');
  });

  it('highlights one month, or a whole year', () => {
    const month = crossingsChart.render(data, { highlight: '2018-04' }, size, 'fr');
    expect(String(attr(byKey(month, 'm-2018-04'), 'class'))).toContain('is-highlighted');
    expect(textOf(byKey(month, 'value-2018-04'))).toBe('2\u202f560');
    expect(textOf(byKey(month, 'tick-2018-04'))).toBe('avr.');
    // On a phone only every n-th month is named (n dividing a year); the highlighted month is always
    // named, in bold, and a neighbour that would crowd it is dropped.
    const narrow = crossingsChart.render(data, { highlight: '2017-08' }, { width: 360, height: 324 }, 'en');
    expect(textOf(byKey(narrow, 'tick-2017-08'))).toBe('Aug.');
    expect(attr(byKey(narrow, 'tick-2017-08'), 'font-weight')).toBe(700);
    expect(maybeByKey(narrow, 'tick-2017-07')).toBeUndefined();
    expect(maybeByKey(narrow, 'tick-2017-09')).toBeUndefined();
    expect(textOf(byKey(narrow, 'tick-2017-05'))).toBe('May');
    expect(textOf(byKey(narrow, 'tick-2018-01'))).toBe('Jan.');
    const band = byKey(month, 'highlight');
    const bar = barRect(month, 'm-2018-04');
    expect(num(band, 'x')).toBeLessThan(num(bar, 'x'));
    const year = crossingsChart.render(data, { highlight: '2017' }, size, 'en');
    const yb = byKey(year, 'highlight');
    expect(num(yb, 'x')).toBeLessThan(num(barRect(year, 'm-2017-01'), 'x'));
    expect(num(yb, 'x') + num(yb, 'width')).toBeLessThan(num(barRect(year, 'm-2018-01'), 'x'));
    expectCleanTree(month);
    expectCleanTree(year);
  });
});

describe('crossings render, annual', () => {
  const svg = crossingsChart.render(data, { show: 'annual', highlight: '2018' }, size, 'en');

  it('draws one bar per year with its total, and no monthly bars', () => {
    expect(keys(svg).filter((k) => k.startsWith('y-'))).toEqual(['y-2016', 'y-2017', 'y-2018']);
    expect(keys(svg).filter((k) => k.startsWith('m-'))).toEqual([]);
    expect(textOf(byKey(svg, 'value-2017'))).toBe('20,593');
    expect(String(attr(byKey(svg, 'y-2018'), 'class'))).toContain('is-highlighted');
    expect(num(barRect(svg, 'y-2016'), 'height')).toBeLessThan(num(barRect(svg, 'y-2018'), 'height') / 5);
    expectCleanTree(svg);
  });

  it('accepts a month as highlight and highlights its year', () => {
    const s = crossingsChart.render(data, { show: 'annual', highlight: '2017-08' }, size, 'en');
    expect(String(attr(byKey(s, 'y-2017'), 'class'))).toContain('is-highlighted');
  });
});

describe('crossings states and text', () => {
  it('refuses highlights and views the data cannot show', () => {
    expect(() => crossingsChart.render(data, { highlight: '2019-01' }, size, 'en')).toThrow(/2019-01/);
    expect(() => crossingsChart.render(data, { highlight: 'August' }, size, 'en')).toThrow(/YYYY-MM/);
    expect(() => crossingsChart.describe(data, { show: 'weekly' as 'monthly' }, 'en')).toThrow(/monthly/);
  });

  it('states the 2017 gap and the preliminary months in the monthly description', () => {
    const text = crossingsChart.describe(data, {}, 'en');
    expect(text).toContain('January 2017 to December 2018');
    expect(text).toContain('Peak: 5,712 in August 2017.');
    expect(text).toContain('The monthly figures for 2017 are preliminary (hatched bars).');
    expect(text).toContain('The monthly figures for 2017 add up to 20,563, 30 fewer than the annual total of 20,593');
  });

  it('says of January 2017 what the chapter says: a preliminary press-release figure, revised from an earlier release', () => {
    // The step says "The January figure was revised"; conflict CF09 is January's own (CF10, the months
    // against the annual total, is shared by every month and told in the chart's own words).
    const en = crossingsChart.describe(data, { show: 'monthly', highlight: '2017-01', label: ['2017-02'] }, 'en');
    expect(en).toMatch(/^January 2017 highlighted: 315 people intercepted, a preliminary figure from the RCMP’s press releases\. /);
    expect(en).toContain(real.conflicts.find((c) => c.id === 'CF09')!.verdict_en);
    expect(en).toMatch(/revised/);
    expect(crossingsChart.describe(data, { show: 'monthly', highlight: '2017-01' }, 'fr')).toMatch(/révisé/);
    expect(crossingsChart.describe(data, { show: 'monthly', highlight: '2017-02' }, 'en')).not.toMatch(/revised/);
    expect(crossingsChart.describe(data, { show: 'monthly', highlight: '2017-02' }, 'en')).not.toContain('CF');
  });

  it('describes a highlighted month and the annual view, in both languages', () => {
    expect(crossingsChart.describe(data, { highlight: '2017-08' }, 'en')).toMatch(
      /^August 2017 highlighted: 5,712 people intercepted, a preliminary figure from the RCMP’s press releases\. The month before: 3,134\./,
    );
    expect(crossingsChart.describe(data, { highlight: '2018-04' }, 'fr')).toMatch(
      /^Avril 2018 mis en évidence\u00a0: 2\u202f560 personnes interceptées\. Le mois précédent\u00a0: 1\u202f970\./,
    );
    const annual = crossingsChart.describe(data, { show: 'annual' }, 'fr');
    expect(annual).toContain('2\u202f464 en 2016, 20\u202f593 en 2017 et 19\u202f419 en 2018');
    expect(annual).toContain('soit 30 de moins que le total annuel');
  });
});

describe('crossings, phone-first (inline rows)', () => {
  const month = (m: number, value: number) => ({
    period: 'month' as const,
    date: pd(`2017-${String(m).padStart(2, '0')}`),
    value,
    preliminary: true,
  });
  const values = [100, 200, 300, 300, 300, 300, 1000, 2000, 500, 500, 400, 400];
  const rows: CrossingsData = {
    rcmpInterceptions: [
      ...values.map((v, i) => month(i + 1, v)),
      { period: 'year', date: pd('2017'), value: 6400, preliminary: false },
      { period: 'year', date: pd('2016'), value: 600, preliminary: false },
    ],
  };
  const phone = { width: 320, height: Math.round(320 * crossingsChart.aspect(320)) };

  it('states the gap between the months and the annual total on the chart', () => {
    const s = crossingsChart.render(rows, {}, phone, 'en');
    expect(textOf(byKey(s, 'gap-note'))).toBe('2017: the months add up to 6,300, 100 fewer than the annual total (6,400).');
    expect(textOf(byKey(crossingsChart.render(rows, {}, phone, 'fr'), 'gap-note'))).toBe(
      '2017\u00a0: les mois totalisent 6\u202f300, 100 de moins que le total annuel (6\u202f400).',
    );
    // Nothing to state when they agree, and nothing in the annual view.
    const agreeing: CrossingsData = {
      rcmpInterceptions: rows.rcmpInterceptions.map((r) => (r.period === 'year' && r.date.year === 2017 ? { ...r, value: 6300 } : r)),
    };
    expect(maybeByKey(crossingsChart.render(agreeing, {}, phone, 'en'), 'gap-note')).toBeUndefined();
    expect(maybeByKey(crossingsChart.render(rows, { show: 'annual' }, phone, 'en'), 'gap-note')).toBeUndefined();
  });

  it('numbers the step’s months and the peak, and names the highlighted month under its bar', () => {
    const s = crossingsChart.render(rows, { highlight: '2017-01', label: ['2017-02'] }, phone, 'en');
    expect(
      keys(s)
        .filter((k) => k.startsWith('value-') && !k.endsWith('-leader'))
        .sort(),
    ).toEqual(['value-2017-01', 'value-2017-02', 'value-2017-08']);
    expect(attr(byKey(s, 'value-2017-02'), 'font-weight')).toBe(700);
    expect(attr(byKey(s, 'value-2017-08'), 'font-weight')).toBe(400);
    // On a phone each number names its month (most months go unnamed under the axis); wide, the axis names them.
    expect(textOf(byKey(s, 'value-2017-02'))).toBe('Feb. 200');
    expect(
      textOf(
        byKey(
          crossingsChart.render(rows, { highlight: '2017-01', label: ['2017-02'] }, { width: 640, height: 352 }, 'fr'),
          'value-2017-02',
        ),
      ),
    ).toBe('200');
    expect(textOf(byKey(s, 'tick-2017-01'))).toBe('Jan.');
    // February's name would touch January's at this width: the highlighted month keeps its name.
    expect(maybeByKey(s, 'tick-2017-02')).toBeUndefined();
    // Months are named in steps that divide the year.
    const plain = crossingsChart.render(rows, {}, phone, 'en');
    const named = keys(plain)
      .filter((k) => k.startsWith('tick-'))
      .map((k) => Number(k.slice(-2)));
    expect([1, 2, 3, 4, 6, 12]).toContain(named[1]! - named[0]!);
  });

  it('says in words which other months the chart labels', () => {
    expect(crossingsChart.describe(rows, { highlight: '2017-01', label: ['2017-02'] }, 'en')).toMatch(
      /^January 2017 highlighted: 100 people intercepted, a preliminary figure from the RCMP’s press releases\. Also labelled on the chart: 200 in February 2017\./,
    );
    expect(crossingsChart.describe(rows, { highlight: '2017-08', label: ['2017-07'] }, 'en')).not.toContain('Also labelled');
  });

  it('bolds the annual totals a step names', () => {
    const s = crossingsChart.render(rows, { show: 'annual', label: ['2016', '2017'] }, phone, 'en');
    expect(attr(byKey(s, 'value-2016'), 'font-weight')).toBe(700);
    expect(attr(byKey(s, 'tick-2017'), 'font-weight')).toBe(700);
    expect(() => crossingsChart.render(rows, { show: 'annual', label: ['2015'] }, phone, 'en')).toThrow(/state\.label "2015"/);
  });
});

describe('crossings on the real data, in every published state', () => {
  it('never runs a year’s opening line through a month’s name, on a phone or wide', () => {
    const states = publishedStates('crossings');
    expect(states.length).toBeGreaterThanOrEqual(4);
    let checked = 0;
    for (const { where, state } of states) {
      for (const width of [320, 640]) {
        const tree = crossingsChart.render(data, state as never, { width, height: Math.round(width * crossingsChart.aspect(width)) }, 'en');
        const ticks = textBoxes(tree).filter((b) => b.key.startsWith('tick-'));
        const lines = [...walk(tree)].filter((n) => n.key?.startsWith('yearline-'));
        // The annual view has no months; the monthly one opens 2017 and 2018.
        expect(lines.length, where).toBe((state as { show?: string }).show === 'annual' ? 0 : 2);
        checked += lines.length;
        for (const line of lines) {
          const x = Number(line.attrs!.x1);
          const crossed = ticks.filter((t) => t.x0 < x && x < t.x1).map((t) => t.key);
          expect(crossed, `${where} at ${width}px, ${line.key}`).toEqual([]);
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });
});
