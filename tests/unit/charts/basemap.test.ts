import { describe, expect, it } from 'vitest';
import { lineSouthOf, parseAbsolutePath, relativePath, ringSouthOf, shippedBasemap } from '../../../src/charts/map/basemap.ts';
import { mapChart, northernmostShown } from '../../../src/charts/map/chart.ts';
import { CANADA, mapData } from '../../../src/charts/map/data.ts';
import { attr, byKey, walk } from './tree.ts';
import { realDataset } from './fixtures.ts';

/** Every point of path data made of M, l (with implicit repeats) and z, in absolute frame units. */
function pointsOf(d: string): [number, number][][] {
  const lines: [number, number][][] = [];
  for (const [, move, steps] of d.matchAll(/M([^lMz]+)(?:l([^Mz]*))?z?/g)) {
    const numbers = (s: string) => [...s.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Number(m[0]));
    const [x0, y0] = numbers(move!);
    const line: [number, number][] = [[x0!, y0!]];
    const deltas = numbers(steps ?? '');
    for (let i = 0; i < deltas.length; i += 2) {
      const [x, y] = line.at(-1)!;
      line.push([Math.round((x + deltas[i]!) * 10) / 10, Math.round((y + deltas[i + 1]!) * 10) / 10]);
    }
    lines.push(line);
  }
  return lines;
}

describe('the basemap a page ships', () => {
  it('writes relative steps that land on exactly the committed points', () => {
    const absolute = 'M10,20L12.5,18L9,18.3L10,20ZM1,1L-2.5,0.5';
    const shipped = relativePath(parseAbsolutePath(absolute));
    expect(shipped).toBe('M10 20l2.5-2-3.5 .3z' + 'M1 1l-3.5-.5');
    expect(pointsOf(shipped)).toEqual([
      [
        [10, 20],
        [12.5, 18],
        [9, 18.3],
      ],
      [
        [1, 1],
        [-2.5, 0.5],
      ],
    ]);
  });

  it('keeps what lies south of the cut and closes a ring along it', () => {
    const square = [
      [0, 0],
      [100, 0],
      [100, 100],
      [0, 100],
    ] as const;
    expect(ringSouthOf(square, 40)).toEqual([
      [0, 40],
      [100, 40],
      [100, 100],
      [0, 100],
    ]);
    expect(ringSouthOf(square, 200)).toEqual([]);
    expect(ringSouthOf(square, -5)).toEqual(square);
    // A line that leaves the kept side and comes back is two pieces, each ending on the cut.
    expect(
      lineSouthOf(
        [
          [0, 100],
          [0, 0],
          [50, 0],
          [50, 100],
        ],
        50,
      ),
    ).toEqual([
      [
        [0, 100],
        [0, 50],
      ],
      [
        [50, 50],
        [50, 100],
      ],
    ]);
  });

  it('leaves out only geometry no panel shows, at any width', () => {
    const data = mapData(realDataset(), 'b');
    const top = northernmostShown(data);
    for (const width of [200, 280, 320, 390, 559, 560, 640, 1000]) {
      for (const height of [Math.round(width * 0.5), Math.round(width * 1.04)]) {
        const tree = mapChart.render(data, { year: data.lastYear }, { width, height }, 'en');
        for (const panel of ['base:corridor', 'base:rest']) {
          const nodes = [...walk(byKey(tree, panel))];
          const use = nodes.find((n) => n.tag === 'use')!;
          const clip = nodes.find((n) => n.tag === 'rect')!;
          const [, ty, s] = /translate\(([-\d.]+),([-\d.]+)\) scale\(([\d.]+)\)/
            .exec(String(attr(use, 'transform')))!
            .slice(1)
            .map(Number);
          const shownTop = (Number(attr(clip, 'y')) - ty!) / s!;
          expect(shownTop, `${panel} at ${width} × ${height}`).toBeGreaterThanOrEqual(top);
        }
      }
    }
  });

  it('is much smaller than the committed geometry, and has nothing north of the cut', () => {
    const data = mapData(realDataset(), 'b');
    const shipped = shippedBasemap(data);
    const committed = CANADA.land.length + CANADA.lakes.length + CANADA.borders.length;
    expect(shipped.land.length + shipped.lakes.length + shipped.borders.length).toBeLessThan(committed * 0.4);
    const top = northernmostShown(data);
    for (const d of [shipped.land, shipped.lakes, shipped.borders])
      for (const line of pointsOf(d)) for (const [, y] of line) expect(y).toBeGreaterThanOrEqual(Math.floor(top * 10) / 10);
    // The lakes lie far south of the cut: every shore point survives.
    expect(pointsOf(shipped.lakes).flat().length).toBe(parseAbsolutePath(CANADA.lakes).flatMap((l) => l.points).length);
  });
});
