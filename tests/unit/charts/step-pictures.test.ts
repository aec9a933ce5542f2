/**
 * A step's own phone picture (pictureHeight), shown one after another in the flat sequence: the live
 * chart keeps one height from step to step, the picture ends under what its step shows. It says all the
 * live chart says, and leaves no blank under it (the police path's half-empty boxes, 200 px of white
 * under Vancouver's Transit Police).
 */
import { describe, expect, it } from 'vitest';
import type { ChartEntry, SvgNode } from '../../../src/charts/types.ts';
import estimates from '../../../src/charts/estimates/entry.ts';
import policeContacts from '../../../src/charts/police-contacts/entry.ts';
import policePath from '../../../src/charts/police-path/entry.ts';
import { NARROW_DRAW_WIDTH, WIDE_DRAW_WIDTH } from '../../../src/charts/common/layout.ts';
import { realDataset } from './fixtures.ts';
import { chartStates } from './chart-states.ts';
import { attr, walk } from './tree.ts';
import { textLines, textOutside } from './text-layout.ts';

const real = realDataset();
// The sequences shown one picture per step on a phone.
const entries = [policePath, policeContacts, estimates] as unknown as ChartEntry[];
/** The width step pictures are drawn at, and phones either side of it. */
const PHONES = [288, NARROW_DRAW_WIDTH, 390];
/** The most a picture may leave under its last line: its box's padding and a line's descenders. */
const FOOT = 24;

const viewHeight = (tree: SvgNode) => Number(String(attr(tree, 'viewBox')).split(' ')[3]);
const words = (tree: SvgNode) => [...walk(tree)].filter((n) => n.tag === 'text' && n.key).map((n) => `${n.key}: ${textOf(n)}`);
const textOf = (n: SvgNode): string => (n.children ?? []).map((c) => (typeof c === 'string' ? c : textOf(c))).join(' ');

describe('step pictures on a phone', () => {
  for (const entry of entries) {
    const chart = entry.module;
    const data = entry.select(real, { instanceId: 'test' });

    it(`${chart.id}: each ends under its own step's text and says all the live chart says`, () => {
      let cropped = 0;
      for (const { where, state } of chartStates(chart.id)) {
        if ((state as { fitted?: boolean }).fitted) continue;
        // The police charts' views are short at any width below a row of five boxes: their wide pictures
        // end under them too.
        for (const width of chart.id.startsWith('police-') ? [...PHONES, WIDE_DRAW_WIDTH] : PHONES) {
          for (const lang of ['en', 'fr'] as const) {
            const at = `${where} ${lang} ${width}px`;
            const shared = Math.round(width * chart.aspect(width));
            const height = chart.pictureHeight?.(data, state, width, lang) ?? shared;
            const picture = chart.render(data, state, { width, height }, lang);
            const live = chart.render(data, state, { width, height: shared }, lang);
            expect(viewHeight(picture), at).toBe(height);
            expect(textOutside(picture, width, height), at).toEqual([]);
            expect(words(picture), at).toEqual(words(live));
            const lowest = Math.max(...textLines(picture).map((l) => l.y1));
            expect(height - lowest, `${at}: blank under the last line`).toBeLessThanOrEqual(FOOT);
            if (height < shared - FOOT) cropped++;
          }
        }
      }
      expect(cropped).toBeGreaterThan(0);
    });
  }
});
