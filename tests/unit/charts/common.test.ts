import { describe, expect, it } from 'vitest';
import { fitLayout, hatchPath, node, r1, wrapWords } from '../../../src/charts/common/draw.ts';
import { contrast, INK, MUTED_INK, PALETTE } from '../../../src/charts/common/palette.ts';
import { formatPeriod } from '../../../src/charts/common/period.ts';
import { joinList } from '../../../src/charts/common/text.ts';
import { chooseCategoryTicks } from '../../../src/charts/common/axes.ts';
import { bar, barSwatch, valueLabels } from '../../../src/charts/common/bars.ts';
import type { SvgNode } from '../../../src/charts/types.ts';
import { pd } from './fixtures.ts';
import { num } from './tree.ts';

describe('palette', () => {
  it('keeps every mark colour at 3:1 or more on white, and text colours at 4.5:1', () => {
    for (const [name, c] of Object.entries(PALETTE)) expect(contrast(c), name).toBeGreaterThanOrEqual(3);
    expect(contrast(INK)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(MUTED_INK)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('node', () => {
  it('rounds numbers to one decimal and refuses NaN with the element and attribute named', () => {
    expect(node('rect', { x: 1.26, y: -0.04 }).attrs).toEqual({ x: 1.3, y: 0 });
    expect(() => node('rect', { width: Number.NaN }, [], 'bar-2017')).toThrow(/<rect key="bar-2017"> would get width=NaN/);
    expect(r1(2.25)).toBe(2.3);
  });
});

describe('hatchPath', () => {
  it('stays inside its rectangle', () => {
    const d = hatchPath(10, 20, 30, 50, 5);
    const points = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(points.length).toBeGreaterThan(10);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(10);
      expect(x).toBeLessThanOrEqual(40);
      expect(y).toBeGreaterThanOrEqual(20);
      expect(y).toBeLessThanOrEqual(70);
    }
    expect(hatchPath(0, 0, 0, 10)).toBe('');
  });
});

describe('wrapWords', () => {
  it('wraps at ordinary spaces only, and ends a cut text with an ellipsis', () => {
    expect(wrapWords('Police de Toronto\u00a0: 3\u202f278 appels', 12)).toEqual(['Police de', 'Toronto\u00a0:', '3\u202f278 appels']);
    expect(wrapWords('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });
});

describe('fitLayout', () => {
  const aspect = (w: number) => (w < 480 ? 2 : 1);
  it('keeps the size when the layout fits, else widens it to the first width that fits, keeping the ratio', () => {
    expect(fitLayout({ width: 360, height: 720 }, aspect)).toEqual({ width: 360, height: 720 });
    expect(fitLayout({ width: 360, height: 360 }, aspect)).toEqual({ width: 480, height: 480 });
  });
});

describe('formatPeriod', () => {
  it('says a period as readers do, in both languages', () => {
    expect(formatPeriod('en', pd('2017'), pd('2017'))).toBe('2017');
    expect(formatPeriod('en', pd('2014'), pd('2016'))).toBe('2014–2016');
    expect(formatPeriod('en', pd('2014-11'), pd('2015-06'))).toBe('Nov. 2014 – June 2015');
    expect(formatPeriod('fr', pd('2014-11'), pd('2015-06'))).toBe('nov. 2014 – juin 2015');
    expect(formatPeriod('en', pd('2025-01'), pd('2025-09'))).toBe('Jan.–Sept. 2025');
    expect(formatPeriod('en', pd('2020-11-28'), pd('2021-11-28'))).toBe('Nov. 28, 2020 – Nov. 28, 2021');
    expect(formatPeriod('en', pd('2020-11-28'), pd('2021-11-28'), true)).toBe('Nov. 2020 – Nov. 2021');
    expect(formatPeriod('fr', pd('2014-11-04'), pd('2014-12-24'), true)).toBe('nov.–déc. 2014');
  });
});

describe('joinList', () => {
  it('joins in each language', () => {
    expect(joinList('en', ['a', 'b', 'c'])).toBe('a, b and c');
    expect(joinList('fr', ['a', 'b', 'c'])).toBe('a, b et c');
  });
});

describe('shared axes and bars', () => {
  it('thins category labels in the steps given, keeps the strong one by rank and drops what crowds it', () => {
    const ticks = Array.from({ length: 12 }, (_, i) => ({
      key: `m${i + 1}`,
      x: 10 + i * 20,
      label: 'Sept.',
      strong: i === 7 || i === 6,
      rank: i === 7 ? 0 : 1,
    }));
    const kept = chooseCategoryTicks(ticks, { fontSize: 13, x0: 0, x1: 250, steps: [1, 2, 3, 4, 6, 12] }).map((t) => t.key);
    expect(kept).toContain('m8');
    expect(kept).not.toContain('m7');
    // Every third month fits; August (strong) keeps its name, July (strong, ranked after) and October crowd it.
    expect(kept).toEqual(['m1', 'm4', 'm8']);
  });

  it('lifts a value label clear of a taller neighbour and of other labels, with a leader only where it runs clear', () => {
    const tall = { owner: 'b', x0: 40, x1: 50, y0: 20, y1: 100 };
    const [a, b] = valueLabels(
      [
        { key: 'a', x: 25, top: 95, text: '1,000' },
        { key: 'b', x: 45, top: 20, text: '9,000' },
      ],
      13,
      0,
      200,
      [{ owner: 'a', x0: 20, x1: 30, y0: 95, y1: 100 }, tall],
    );
    // Centred, "1,000" would cover the tall bar; shifted left it clears it and stays by its own bar.
    expect(num(a!.node, 'y')).toBe(90);
    expect(a!.leader).toBeUndefined();
    expect(b!.box.y1).toBeLessThanOrEqual(20);
    const [low, lifted] = valueLabels(
      [
        { key: 'low', x: 100, top: 95, text: 'Jan. 315' },
        { key: 'lifted', x: 60, top: 95, text: 'Feb. 658' },
      ],
      13,
      0,
      200,
      [{ owner: 'other', x0: 40, x1: 140, y0: 50, y1: 100 }],
    );
    expect(low!.leader).toBeDefined();
    expect(num(low!.leader!, 'y2')).toBe(94);
    expect(lifted!.box.y1).toBeLessThanOrEqual(low!.box.y0 + 0.01);
  });

  it('draws partial figures hatched, never solid, the same way in the chart and the legend', () => {
    const hatched = bar({ x: 0, y: 0, width: 10, height: 20, color: '#0072B2', fill: 'hatched', key: 'k', value: 5 });
    expect((hatched.children![0] as SvgNode).attrs!.fill).toBe('#ffffff');
    expect((hatched.children![1] as SvgNode).attrs!.class).toBe('hatch');
    expect((barSwatch('hatched', '#0072B2').children![1] as SvgNode).attrs!.class).toBe('hatch');
  });
});
