import { describe, expect, it } from 'vitest';
import { monthSpan, removalsChart, removalsData, removalYears, type RemovalsData } from '../../../src/charts/removals/chart.ts';
import removalsEntry from '../../../src/charts/removals/entry.ts';
import type { SvgNode } from '../../../src/charts/types.ts';
import type { Dataset } from '../../../src/data/schemas.ts';
import { provenance, realDataset } from './fixtures.ts';
import { publishedStates } from './published-states.ts';
import { attr, byKey, expectCleanTree, keys, maybeByKey, num, textOf } from './tree.ts';

const real = realDataset();
const data = removalsData(real);
const size = { width: 640, height: Math.round(640 * removalsChart.aspect(640)) };

function barRect(svg: SvgNode, year: number): SvgNode {
  return byKey(svg, `bar-${year}`).children![0] as SvgNode;
}

describe('removals data', () => {
  it('keeps only the national rows, in year order', () => {
    const years = removalYears(data).map((r) => r.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(data.cbsaRemovals.length).toBe(real.cbsaRemovals.filter((r) => r.region === 'total').length);
    // Handing the module every region still draws only the national totals.
    expect(keys(removalsChart.render(real, {}, size, 'en')).filter((k) => k.startsWith('bar-'))).toEqual(years.map((y) => `bar-${y}`));
  });

  it('abbreviates the months a period note names', () => {
    const partial = removalYears(data).find((r) => r.partial_year)!;
    expect(monthSpan(partial, 'en')).toBe('Jan.–Sept.');
    expect(monthSpan(partial, 'fr')).toBe('janv.–sept.');
    expect(monthSpan({ ...partial, period_note_en: 'First half', period_note_fr: undefined }, 'en')).toBe('First half');
  });
});

describe('removals render', () => {
  const svg = removalsChart.render(data, {}, size, 'en');

  it('draws taller bars for bigger values on a scale from zero', () => {
    const h = (y: number) => num(barRect(svg, y), 'height');
    expect(h(2024)).toBeGreaterThan(h(2023));
    expect(h(2021)).toBeLessThan(h(2022));
    expect(num(barRect(svg, 2024), 'y') + h(2024)).toBe(num(barRect(svg, 2021), 'y') + h(2021));
    expectCleanTree(svg);
  });

  it('extends the scale when a bigger year is added', () => {
    const bigger: RemovalsData = {
      cbsaRemovals: [
        ...data.cbsaRemovals,
        { ...data.cbsaRemovals[0]!, id: 'removals-2026-total', year: 2026, value: 40000, partial_year: false },
      ],
    };
    const more = removalsChart.render(bigger, {}, size, 'en');
    expect(num(barRect(more, 2024), 'height')).toBeLessThan(num(barRect(svg, 2024), 'height') * 0.6);
    expect(textOf(more)).toContain('40,000');
  });

  it('draws the partial year hollow and hatched, with the months counted', () => {
    const partial = byKey(svg, 'bar-2025');
    expect(String(attr(partial, 'class'))).toContain('is-partial');
    const [outline, hatch] = partial.children as SvgNode[];
    expect(attr(outline!, 'fill')).toBe('#ffffff');
    expect(String(attr(hatch!, 'd'))).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(textOf(byKey(svg, 'note-2025'))).toBe('Jan.–Sept.');
    expect(removalsEntry.legend!(real).map((i) => i.label.en)).toContain('Partial year');
    expect(String(attr(byKey(svg, 'bar-2024'), 'class'))).not.toContain('is-partial');
    expect(maybeByKey(svg, 'note-2024')).toBeUndefined();
  });

  it('marks the earlier figure where CBSA’s earlier table differed, and only there', () => {
    const earlier = byKey(svg, 'earlier-2024');
    expect(attr(earlier, 'data-value')).toBe(16860);
    expect(num(earlier, 'y1')).toBeGreaterThan(num(barRect(svg, 2024), 'y'));
    expect(maybeByKey(svg, 'earlier-2022')).toBeUndefined();
    expect(maybeByKey(svg, 'earlier-2025')).toBeUndefined();
  });

  it('highlights one year', () => {
    expect(maybeByKey(svg, 'highlight')).toBeUndefined();
    const hi = removalsChart.render(data, { highlight: 2021 }, size, 'fr');
    const band = byKey(hi, 'highlight');
    const bar = barRect(hi, 2021);
    expect(num(band, 'x')).toBeLessThan(num(bar, 'x'));
    expect(num(band, 'x') + num(band, 'width')).toBeGreaterThan(num(bar, 'x') + num(bar, 'width'));
    expect(attr(byKey(hi, 'value-2021'), 'font-weight')).toBe(700);
    expect(textOf(byKey(hi, 'value-2021'))).toBe('7\u202f513');
    expectCleanTree(hi);
  });

  it('refuses a year that is not in the data', () => {
    expect(() => removalsChart.render(data, { highlight: 2012 }, size, 'en')).toThrow(/2012.*2019, 2020/);
  });

  it('lays out on a phone', () => {
    for (const lang of ['en', 'fr'] as const)
      expectCleanTree(removalsChart.render(data, { highlight: 2025 }, { width: 320, height: 304 }, lang));
  });
});

describe('removals describe', () => {
  it('summarises the series, flags the partial year and the revision', () => {
    const text = removalsChart.describe(data, {}, 'en');
    expect(text).toContain('from 7,513 in 2021 (the lowest) to 17,357 in 2024 (the highest)');
    expect(text).toContain('2025 is a partial year: 12,697 (January to September 2025 only), not comparable with full years.');
    expect(text).toContain('the largest difference is for 2024 (16,860 instead of 17,357)');
  });

  it('describes a highlighted year, in both languages', () => {
    expect(removalsChart.describe(data, { highlight: 2024 }, 'en')).toBe(
      '2024 highlighted: CBSA enforced 17,357 removals. In 2023: 15,207. An earlier version of CBSA’s table gave 16,860.',
    );
    const fr = removalsChart.describe(data, { highlight: 2025 }, 'fr');
    expect(fr).toContain('2025 mis en évidence\u00a0: 12\u202f697 renvois exécutés par l’ASFC (de janvier à septembre 2025 seulement');
    expect(removalsChart.describe(data, { highlight: 2022 }, 'en')).not.toContain('earlier version');
  });
});

describe('removals, phone-first (inline rows)', () => {
  const row = (year: number, value: number, extra: Partial<RemovalsData['cbsaRemovals'][number]> = {}) => ({
    id: `removals-${year}-total`,
    year,
    value,
    partial_year: false,
    period_note_en: undefined,
    period_note_fr: undefined,
    earlier_value: undefined,
    ...extra,
  });
  const rows: RemovalsData = {
    cbsaRemovals: [
      row(2019, 1000, { earlier_value: 1001 }),
      row(2020, 1200),
      row(2021, 800),
      row(2022, 900),
      row(2023, 1500),
      row(2024, 1700, { earlier_value: 1600 }),
      row(2025, 1250, {
        partial_year: true,
        period_note_en: 'January to September 2025; the third quarter is partial.',
        period_note_fr: 'De janvier à septembre 2025.',
      }),
    ],
  };
  const phone = { width: 320, height: Math.round(320 * removalsChart.aspect(320)) };
  const wide = { width: 640, height: Math.round(640 * removalsChart.aspect(640)) };

  it('writes only the step’s years’ numbers on a phone, every year’s on a wide screen', () => {
    const state = { highlight: 2021, label: [2022] };
    const p = removalsChart.render(rows, state, phone, 'en');
    expect(keys(p).filter((k) => k.startsWith('value-'))).toEqual(['value-2021', 'value-2022']);
    expect(textOf(byKey(p, 'value-2022'))).toBe('900');
    expect(attr(byKey(p, 'value-2022'), 'font-weight')).toBe(700);
    expect(attr(byKey(p, 'year-2022'), 'font-weight')).toBe(700);
    expect(attr(byKey(p, 'year-2019'), 'font-weight')).toBe(400);
    // Every year stays named under its bar on a 320 px phone.
    expect(keys(p).filter((k) => k.startsWith('year-'))).toHaveLength(7);
    const w = removalsChart.render(rows, state, wide, 'en');
    expect(keys(w).filter((k) => k.startsWith('value-'))).toHaveLength(7);
    expect(attr(byKey(w, 'value-2019'), 'font-weight')).toBe(400);
  });

  it('calls out the earlier figure of the step’s year when it differs visibly, above the year’s own number', () => {
    const s = removalsChart.render(rows, { highlight: 2024 }, phone, 'en');
    expect(textOf(byKey(s, 'earlier-label'))).toBe('Earlier: 1,600');
    expect(num(byKey(s, 'earlier-label'), 'y')).toBeLessThan(num(byKey(s, 'value-2024'), 'y'));
    // 1,001 against 1,000 is a tick the eye cannot separate from the bar: no call-out.
    expect(maybeByKey(removalsChart.render(rows, { highlight: 2019 }, phone, 'en'), 'earlier-label')).toBeUndefined();
    expect(textOf(byKey(removalsChart.render(rows, { highlight: 2024 }, phone, 'fr'), 'earlier-label'))).toBe(
      'Ancien chiffre\u00a0: 1\u202f600',
    );
  });

  it('names the partial year’s months under its year', () => {
    const s = removalsChart.render(rows, { highlight: 2025 }, phone, 'en');
    expect(textOf(byKey(s, 'note-2025'))).toBe('Jan.–Sept.');
    expect(num(byKey(s, 'note-2025'), 'y')).toBeGreaterThan(num(byKey(s, 'year-2025'), 'y'));
  });

  it('says in words which other years the chart labels, unless a sentence already gives them', () => {
    expect(removalsChart.describe(rows, { highlight: 2021, label: [2022] }, 'en')).toBe(
      '2021 highlighted: CBSA enforced 800 removals. In 2020: 1,200. Also labelled on the chart: 900 in 2022.',
    );
    expect(removalsChart.describe(rows, { highlight: 2024, label: [2023] }, 'en')).not.toContain('Also labelled');
    expect(removalsChart.describe(rows, { highlight: 2021, label: [2022, 2019] }, 'fr')).toContain(
      'Également indiqué sur le graphique\u00a0: 1\u202f000 en 2019 et 900 en 2022.',
    );
  });

  it('refuses a label year that is not in the data', () => {
    expect(() => removalsChart.render(rows, { highlight: 2021, label: [2031] }, phone, 'en')).toThrow(/state\.label 2031/);
  });
});

describe('removals table', () => {
  it('shows whether a year is complete in words and keeps the code for the CSV', () => {
    const base = {
      ...provenance,
      region: 'total' as const,
      earlier_value: undefined,
      period_note_en: undefined,
      period_note_fr: undefined,
    };
    const dataset = {
      cbsaRemovals: [
        { ...base, id: 'r-2024', year: 2024, value: 10, partial_year: false },
        {
          ...base,
          id: 'r-2025',
          year: 2025,
          value: 5,
          partial_year: true,
          period_note_en: 'January to June 2025 (two quarters).',
          period_note_fr: 'De janvier à juin 2025.',
        },
      ],
    } as unknown as Dataset;
    const table = removalsEntry.table(dataset);
    expect(table.columns.find((c) => c.key === 'partial_year')?.csvOnly).toBe(true);
    expect(table.rows.map((r) => [r.partial_year, r.year_kind_en, r.year_kind_fr])).toEqual([
      ['no', 'Full year', 'Année complète'],
      ['yes', 'Partial year (January to June 2025)', 'Année partielle (de janvier à juin 2025)'],
    ]);
  });
});

describe('removals in the states the chapters publish', () => {
  const states = publishedStates('removals');
  const phone = { width: 320, height: Math.round(320 * removalsChart.aspect(320)) };

  it('finds the published states', () => {
    expect(states.length).toBeGreaterThanOrEqual(4);
  });

  // A reader told about "15,207 in 2023" must find 2023 under its bar, even beside the step's own year.
  it.each(states.map((s) => [s.where, s.state] as const))('%s keeps every year it names under its bar', (_where, state) => {
    const s = state as { highlight?: number; label?: number[] };
    const named = [...(s.highlight === undefined ? [] : [s.highlight]), ...(s.label ?? [])];
    for (const drawn of [phone, size]) {
      const years = keys(removalsChart.render(data, s, drawn, 'en')).filter((k) => k.startsWith('year-'));
      for (const year of named) expect(years, `${year} at ${drawn.width} px`).toContain(`year-${year}`);
    }
  });
});
