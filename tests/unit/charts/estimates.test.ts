import { describe, expect, it } from 'vitest';
import {
  estimateGroups,
  estimateShape,
  estimatesChart,
  estimatesData,
  estimatesDomain,
  rangeLabel,
  KIND_STYLES,
  type EstimatesData,
} from '../../../src/charts/estimates/chart.ts';
import estimatesEntry from '../../../src/charts/estimates/entry.ts';
import { contrast } from '../../../src/charts/common/palette.ts';
import type { SvgNode } from '../../../src/charts/types.ts';
import { pd, realDataset } from './fixtures.ts';
import { attr, byKey, expectCleanTree, keys, maybeByKey, num, textOf, walk } from './tree.ts';
import { publishedStates } from './published-states.ts';
import { overlappingText, smallText, textOutside } from './text-layout.ts';
import { minText } from '../../../src/charts/common/layout.ts';

const real = realDataset();
const data = estimatesData(real);
const size = { width: 640, height: Math.round(640 * estimatesChart.aspect(640)) };

const base = data.nonstatusEstimates[0]!;
const small: EstimatesData = {
  nonstatusEstimates: [
    { ...base, id: 'range', area: 'canada', low: 20000, high: 500000, date: pd('2022') },
    { ...base, id: 'bound', area: 'canada', low: undefined, high: 500000, date: pd('2024') },
    { ...base, id: 'single', area: 'toronto', low: 200000, high: 200000, date: pd('2013') },
  ],
};

/** x of the marks of one estimate: its range line or dashed bound line, and its symbols. */
function estimate(svg: SvgNode, id: string): SvgNode {
  return byKey(svg, `estimate-${id}`);
}
function firstLine(n: SvgNode): SvgNode {
  return [...walk(n)].find((c) => c.tag === 'line')!;
}

describe('estimates model', () => {
  it('tells ranges, single figures and upper bounds apart', () => {
    expect(small.nonstatusEstimates.map(estimateShape)).toEqual(['range', 'upper_bound', 'single']);
    expect(small.nonstatusEstimates.map((e) => rangeLabel('en', e))).toEqual(['20,000 to 500,000', 'up to 500,000', '200,000']);
    expect(rangeLabel('fr', small.nonstatusEstimates[1]!)).toBe('jusqu’à 500\u202f000');
  });

  it('groups by area in a fixed order, by date within an area', () => {
    const groups = estimateGroups(data);
    expect(groups.map((g) => g.area)).toEqual(['canada', 'toronto', 'montreal', 'edmonton']);
    for (const g of groups) {
      const dates = g.rows.map((e) => e.date.iso);
      expect(dates).toEqual([...dates].sort());
    }
    expect(groups.flatMap((g) => g.rows).length).toBe(real.nonstatusEstimates.length);
  });

  it('spans the log axis from the power of ten below the smallest figure to the one above the largest', () => {
    expect(estimatesDomain(data)).toEqual([1000, 1000000]);
    expect(estimatesDomain(small)).toEqual([10000, 1000000]);
    const bigger = { nonstatusEstimates: [...data.nonstatusEstimates, { ...base, id: 'huge', low: 1000000, high: 2000000 }] };
    expect(estimatesDomain(bigger)).toEqual([1000, 10000000]);
  });
});

describe('estimates render', () => {
  const svg = estimatesChart.render(data, {}, size, 'en');

  it('draws one keyed mark per estimate, no NaN', () => {
    expect(keys(svg).filter((k) => k.startsWith('estimate-'))).toHaveLength(real.nonstatusEstimates.length);
    expectCleanTree(svg);
  });

  it('places values on a log scale and says so on the axis', () => {
    const s = estimatesChart.render(small, {}, size, 'en');
    const range = firstLine(estimate(s, 'range'));
    const x0 = num(range, 'x1');
    const x1 = num(range, 'x2');
    // On a log axis, 20,000 → 500,000 is log10(25) ≈ 1.4 times as long as 10,000 → 100,000.
    const decade = num(byKey(s, 'grid-100000'), 'x1') - num(byKey(s, 'grid-10000'), 'x1');
    expect((x1 - x0) / decade).toBeCloseTo(Math.log10(25), 1);
    expect(textOf(byKey(svg, 'axis-title'))).toContain('logarithmic scale');
    expect(textOf(byKey(estimatesChart.render(data, {}, size, 'fr'), 'axis-title'))).toContain('échelle logarithmique');
  });

  it('draws an upper bound as a dashed line to the axis start with an open arrowhead, never a closed range', () => {
    const s = estimatesChart.render(small, {}, size, 'en');
    const bound = estimate(s, 'bound');
    expect(String(attr(bound, 'class'))).toContain('estimate-upper_bound');
    const line = firstLine(bound);
    expect(attr(line, 'stroke-dasharray')).toBe('4 3');
    const range = firstLine(estimate(s, 'range'));
    expect(num(line, 'x1')).toBeLessThan(num(range, 'x1'));
    expect(num(line, 'x2')).toBe(num(range, 'x2'));
    const arrow = [...walk(bound)].find((n) => n.tag === 'path' && attr(n, 'fill') === 'none');
    expect(arrow).toBeDefined();
    expect(textOf(bound)).toBe('up to 500,000');
    expect(estimatesEntry.legend!(real).map((i) => i.label.en)).toContain('Upper bound only ("up to")');
  });

  it('keys in its legend only the kinds of estimator and the marks the data draws', () => {
    const row = real.nonstatusEstimates[0]!;
    const legendKeys = (rows: (typeof real)['nonstatusEstimates']) =>
      estimatesEntry.legend!({ ...real, nonstatusEstimates: rows }).map((i) => i.key);
    const range = { ...row, id: 'range', low: 20000, high: 500000, estimator_kind: 'media' as const };
    const bound = { ...range, id: 'bound', low: undefined };
    expect(legendKeys([range, bound])).toEqual(['media', 'upper_bound']);
    expect(legendKeys([range, bound, { ...range, id: 'p', estimator_kind: 'partisan' as const }])).toEqual([
      'media',
      'partisan',
      'upper_bound',
    ]);
    expect(legendKeys([range])).toEqual(['media']);
  });

  it('draws a single figure as one mark', () => {
    const s = estimatesChart.render(small, {}, size, 'en');
    const single = estimate(s, 'single');
    expect([...walk(single)].filter((n) => n.tag === 'line')).toHaveLength(0);
    expect(textOf(single)).toBe('200,000');
  });

  it('labels each row with year and estimator, and gives each kind of estimator its own shape and colour', () => {
    expect(textOf(byKey(svg, 'label-tmu-cerc-2023-canada'))).toContain('2023 · Toronto Metropolitan University');
    const shapes = new Set(Object.values(KIND_STYLES).map((k) => k.shape));
    expect(shapes.size).toBe(Object.keys(KIND_STYLES).length);
    for (const k of Object.values(KIND_STYLES)) expect(contrast(k.color)).toBeGreaterThanOrEqual(3);
  });

  it('highlights an area', () => {
    expect(maybeByKey(svg, 'highlight')).toBeUndefined();
    const hi = estimatesChart.render(data, { area: 'montreal' }, size, 'en');
    const band = byKey(hi, 'highlight');
    const label = byKey(hi, 'area-montreal');
    expect(num(band, 'y')).toBeLessThan(num(label, 'y'));
    expect(num(band, 'y') + num(band, 'height')).toBeLessThan(num(byKey(hi, 'area-edmonton'), 'y'));
    expect(String(attr(byKey(hi, 'estimate-sab-2017-montreal'), 'class'))).toContain('is-highlighted');
    expect(String(attr(byKey(hi, 'estimate-ircc-2022-canada'), 'class'))).not.toContain('is-highlighted');
    expect(() => estimatesChart.render(small, { area: 'edmonton' }, size, 'en')).toThrow(/edmonton/);
  });

  it('lays out at phone and wide sizes in both languages', () => {
    for (const width of [320, 360, 559, 560, 1000]) {
      for (const lang of ['en', 'fr'] as const) {
        expectCleanTree(
          estimatesChart.render(data, { area: 'toronto' }, { width, height: Math.round(width * estimatesChart.aspect(width)) }, lang),
        );
      }
    }
  });
});

describe('estimates describe', () => {
  it('summarises every area and warns these are not counts', () => {
    const text = estimatesChart.describe(data, {}, 'en');
    expect(text).toContain(`${real.nonstatusEstimates.length} published estimates`);
    expect(text).toContain('logarithmic scale');
    expect(text).toContain('These are estimates, not counts.');
    expect(text).toMatch(/Edmonton: 3 estimates, 1 giving only an upper bound, from 5,000 to 30,000\./);
  });

  it('lists an area’s estimates with their estimators, in both languages', () => {
    const en = estimatesChart.describe(data, { area: 'edmonton' }, 'en');
    expect(en).toMatch(/^Edmonton highlighted, 3 estimates: /);
    expect(en).toContain('Migrante Alberta (2017): up to 25,000');
    const fr = estimatesChart.describe(data, { area: 'montreal' }, 'fr');
    expect(fr).toMatch(/^Montréal mis en évidence, \d estimations?\u00a0: /);
    expect(fr).toContain('Ce sont des estimations, pas des décomptes.');
  });
});

describe('estimates on a phone (inline rows)', () => {
  const row = (
    id: string,
    area: 'canada' | 'toronto',
    low: number | undefined,
    high: number,
    kind: 'government' | 'media',
    year: string,
  ) => ({
    ...base,
    id,
    area,
    low,
    high,
    estimator_en: `Estimator ${id}`,
    estimator_fr: `Estimateur ${id}`,
    estimator_kind: kind,
    date: pd(year),
  });
  const rows: EstimatesData = {
    nonstatusEstimates: [
      row('a', 'canada', 20000, 500000, 'government', '2022'),
      row('b', 'canada', undefined, 500000, 'government', '2024'),
      row('c', 'toronto', 80000, 200000, 'media', '2015'),
    ],
  };
  const phone = { width: 320, height: Math.round(320 * estimatesChart.aspect(320)) };

  it('gives each estimate of the step’s area a row: its name above, its range in figures beside the mark', () => {
    const s = estimatesChart.render(rows, { area: 'canada', label: ['a'] }, phone, 'en');
    expect(textOf(byKey(s, 'label-a'))).toBe('2022 · Estimator a');
    expect(num(byKey(s, 'label-a'), 'y')).toBeLessThan(num(firstLine(estimate(s, 'a')), 'y1'));
    expect(textOf(estimate(s, 'a'))).toBe('20,000–500,000');
    expect(textOf(estimate(s, 'b'))).toBe('up to 500,000');
    const figure = (id: string) => [...walk(estimate(s, id))].find((n) => n.tag === 'text')!;
    expect(attr(figure('a'), 'font-weight')).toBe(700);
    expect(attr(figure('b'), 'font-weight')).toBe(400);
    // The other areas are one line each, unlabelled estimators, with the span they cover.
    expect(maybeByKey(s, 'label-c')).toBeUndefined();
    expect(textOf(byKey(s, 'span-toronto'))).toBe('80,000–200,000');
    expect(textOf(byKey(s, 'count'))).toBe('2 estimates');
  });

  it('labels the log axis at powers of ten only', () => {
    const s = estimatesChart.render(rows, { area: 'toronto' }, phone, 'fr');
    expect(keys(s).filter((k) => k.startsWith('tick-'))).toEqual(['tick-10000', 'tick-100000', 'tick-1000000']);
    expect(textOf(byKey(s, 'span-canada'))).toBe('20\u202f000–500\u202f000');
  });

  it('refuses a label that is not an estimate', () => {
    expect(() => estimatesChart.render(rows, { area: 'canada', label: ['zz'] }, phone, 'en')).toThrow(/state\.label "zz"/);
  });
});

describe('estimates step pictures on a phone', () => {
  const states = publishedStates('estimates');

  it('finds the published states', () => {
    expect(states.length).toBeGreaterThanOrEqual(4);
  });

  // A phone reader of the flat sequence sees each step's picture on its own: it ends under that step's rows.
  it.each(states.map((s) => [s.where, s.state] as const))(
    '%s: its phone picture is cropped to its area, text whole and full size',
    (_where, state) => {
      for (const lang of ['en', 'fr'] as const) {
        for (const width of [320, 360]) {
          const shared = Math.round(width * estimatesChart.aspect(width));
          const height = estimatesChart.pictureHeight!(data, state as never, width, lang);
          expect(height).toBeLessThanOrEqual(shared);
          const svg = estimatesChart.render(data, state as never, { width, height }, lang);
          // Drawn at the picture's own size, never laid out wider and scaled down.
          expect(String(attr(svg, 'viewBox'))).toBe(`0 0 ${width} ${height}`);
          expectCleanTree(svg);
          expect(smallText(svg, minText(width)), `${lang} ${width}`).toEqual([]);
          expect(overlappingText(svg), `${lang} ${width}`).toEqual([]);
          expect(textOutside(svg, width, height), `${lang} ${width}`).toEqual([]);
          // Cropping drops nothing: the other areas the live chart sets the step's ranges against stay.
          const live = estimatesChart.render(data, state as never, { width, height: shared }, lang);
          const areas = (tree: SvgNode) => keys(tree).filter((k) => k.startsWith('area-'));
          expect(areas(svg), `${lang} ${width}`).toEqual(areas(live));
        }
      }
    },
  );

  it('leaves no blank under an area with few estimates', () => {
    const shared = Math.round(320 * estimatesChart.aspect(320));
    expect(estimatesChart.pictureHeight!(data, { area: 'montreal' }, 320, 'en')).toBeLessThan(shared * 0.75);
    // The overview and the wide picture keep the shared height.
    expect(estimatesChart.pictureHeight!(data, {}, 320, 'en')).toBe(shared);
    expect(estimatesChart.pictureHeight!(data, { area: 'montreal' }, 640, 'en')).toBe(Math.round(640 * estimatesChart.aspect(640)));
  });
});
