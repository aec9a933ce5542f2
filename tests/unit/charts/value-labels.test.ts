/**
 * Numbers written over bars (crossings, removals), in every state the chapters publish: a number lifted
 * away from its bar is joined to it by a leader, and no leader runs through another text.
 */
import { describe, expect, it } from 'vitest';
import { crossingsChart, crossingsData } from '../../../src/charts/crossings/chart.ts';
import { removalsChart, removalsData } from '../../../src/charts/removals/chart.ts';
import type { ChartModule, SvgNode } from '../../../src/charts/types.ts';
import { realDataset } from './fixtures.ts';
import { publishedStates, textBoxes } from './published-states.ts';
import { walkPlaced, type Placed } from './tree.ts';

const real = realDataset();
const charts: readonly [string, ChartModule<unknown, unknown>, unknown, (valueKey: string) => string][] = [
  [
    'crossings',
    crossingsChart as ChartModule<unknown, unknown>,
    crossingsData(real),
    (k) => (/^value-\d{4}-\d{2}$/.test(k) ? k.replace('value-', 'm-') : k.replace('value-', 'y-')),
  ],
  ['removals', removalsChart as ChartModule<unknown, unknown>, removalsData(real), (k) => k.replace('value-', 'bar-')],
];
const WIDTHS = [288, 320, 360, 390, 430, 480, 560, 640, 720];

/** The top of a bar's marks (its rects and, for removals, the dashed tick of an earlier figure). */
function markTop(tree: SvgNode, barKey: string, valueKey: string): number {
  const tops = [...walkPlaced(tree)]
    .filter(({ node }) => node.key === barKey || node.key === valueKey.replace('value-', 'earlier-'))
    .flatMap(({ node, dy }) =>
      node.tag === 'line'
        ? [Number(node.attrs!.y1) + dy]
        : [...walkPlaced(node, 0, dy)].filter((p) => p.node.tag === 'rect').map((p) => Number(p.node.attrs!.y) + p.dy),
    );
  if (tops.length === 0) throw new Error(`no bar ${barKey}`);
  return Math.min(...tops);
}

/** A vertical leader's x and its top and foot, where they land in the drawing. */
function onScreen({ node, dx, dy }: Placed): { x: number; y0: number; y1: number } {
  const a = node.attrs as Record<string, number>;
  return { x: a.x1! + dx, y0: Math.min(a.y1!, a.y2!) + dy, y1: Math.max(a.y1!, a.y2!) + dy };
}

describe('numbers over bars, in every published state', () => {
  for (const [id, chart, data, barKeyOf] of charts) {
    it(`${id}: a number lifted off its bar has a leader down to it, clear of every other text`, () => {
      const states = publishedStates(id);
      expect(states.length).toBeGreaterThanOrEqual(4);
      let leaders = 0;
      for (const { where, state } of states) {
        for (const width of WIDTHS) {
          for (const lang of ['en', 'fr'] as const) {
            const at = `${where} at ${width}px (${lang})`;
            const tree = chart.render(data, state, { width, height: Math.round(width * chart.aspect(width)) }, lang);
            const boxes = textBoxes(tree);
            const placedLeaders = [...walkPlaced(tree)].filter(({ node }) => node.key?.endsWith('-leader'));
            for (const label of boxes.filter((b) => /^value-\d/.test(b.key))) {
              const top = markTop(tree, barKeyOf(label.key), label.key);
              const leader = placedLeaders.find(({ node }) => node.key === `${label.key}-leader`);
              if (top - label.y1 <= label.fontSize * 1.3) continue;
              expect(leader, `${at}: ${label.key} "${label.text}" sits ${Math.round(top - label.y1)} px above its bar`).toBeDefined();
              const { x, y0, y1 } = onScreen(leader!);
              expect(Math.abs(y1 - top), `${at}: ${label.key}'s leader reaches its bar`).toBeLessThan(3);
              expect(y0 <= label.y1 + 6 && label.x0 - 6 <= x && x <= label.x1 + 6, `${at}: ${label.key}'s leader reaches its label`).toBe(
                true,
              );
              leaders += 1;
            }
            for (const placed of placedLeaders) {
              const { node } = placed;
              const { x, y0, y1 } = onScreen(placed);
              const own = node.key!.replace(/-leader$/, '');
              const crossed = boxes.filter((b) => b.key !== own && b.x0 < x && x < b.x1 && b.y0 < y1 && y0 < b.y1).map((b) => b.key);
              expect(crossed, `${at}: ${node.key} runs through`).toEqual([]);
            }
          }
        }
      }
      // Some states do lift a number on a phone (crossings: January and February 2017 side by side).
      if (id === 'crossings') expect(leaders).toBeGreaterThan(0);
    });

    it(`${id}: a leader never touches its own number's letters: it stops under them, or runs beside them`, () => {
      // "Jan. 315" on a phone: the leader ran up into the tail of the J and read as part of the letter.
      for (const { where, state } of publishedStates(id)) {
        for (const width of WIDTHS) {
          for (const lang of ['en', 'fr'] as const) {
            const at = `${where} at ${width}px (${lang})`;
            const tree = chart.render(data, state, { width, height: Math.round(width * chart.aspect(width)) }, lang);
            const boxes = textBoxes(tree);
            for (const placed of [...walkPlaced(tree)].filter(({ node }) => node.key?.endsWith('-leader'))) {
              const { x, y0 } = onScreen(placed);
              const own = boxes.find((b) => b.key === placed.node.key!.replace(/-leader$/, ''))!;
              // The text as drawn: descenders reach a quarter of the font size below the baseline, and a
              // browser's fallback font may set it wider than the estimate.
              const baseline = own.y1 - own.fontSize * 0.22;
              const spread = (own.x1 - own.x0) * 0.1;
              const under = x > own.x0 - spread - 2 && x < own.x1 + spread + 2;
              const beside = x <= own.x0 - 3 || x >= own.x1 + 3;
              if (under && !beside)
                expect(y0 - (baseline + own.fontSize * 0.25), `${at}: ${placed.node.key} under its text`).toBeGreaterThanOrEqual(2);
              else expect(beside, `${at}: ${placed.node.key} beside its text`).toBe(true);
            }
          }
        }
      }
    });
  }
});
