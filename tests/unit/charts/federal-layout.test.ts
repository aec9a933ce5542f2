/**
 * The federal charts (removals, crossings, estimates) in every state the chapters and chart fixtures use,
 * at phone and wide widths in both languages: text at least the layout's minimum on screen, no two texts
 * overlapping, nothing cut at an edge. Drawn from the project's data, because what is checked is that the
 * published states read on a phone; the charts' own behaviour is tested on inline rows in their files.
 */
import { describe, expect, it } from 'vitest';
import crossingsEntry from '../../../src/charts/crossings/entry.ts';
import estimatesEntry from '../../../src/charts/estimates/entry.ts';
import removalsEntry from '../../../src/charts/removals/entry.ts';
import { text } from '../../../src/charts/common/draw.ts';
import type { ChartEntry, SvgNode } from '../../../src/charts/types.ts';
import { realDataset } from './fixtures.ts';
import { minText } from '../../../src/charts/common/layout.ts';
import { chartStates, LAYOUT_WIDTHS } from './chart-states.ts';
import { overlappingText, textLines, textOutside } from './text-layout.ts';

function viewBox(svg: SvgNode): [number, number] {
  const [, , w, h] = String(svg.attrs?.viewBox).split(' ').map(Number);
  return [w!, h!];
}

/** The smallest text on screen when the drawing fills `width` px (a drawing laid out wider is scaled down). */
function smallestText(svg: SvgNode, width: number): number {
  return Math.min(...textLines(svg).map((l) => l.fontSize)) * (width / viewBox(svg)[0]);
}

function expectReadable(svg: SvgNode, width: number, label: string): void {
  expect(smallestText(svg, width), `${label}: smallest text`).toBeGreaterThanOrEqual(minText(width) - 0.01);
  expect(overlappingText(svg), `${label}: overlapping text`).toEqual([]);
  expect(textOutside(svg, ...viewBox(svg)), `${label}: text outside the drawing`).toEqual([]);
}

const real = realDataset();
const entries: [string, ChartEntry][] = [
  ['removals', removalsEntry as ChartEntry],
  ['crossings', crossingsEntry as ChartEntry],
  ['estimates', estimatesEntry as ChartEntry],
];

describe.each(entries)('%s reads at every width', (id, entry) => {
  const data = entry.select(real, { instanceId: 'x' });
  const states = chartStates(id);

  it('is used by the chapters and fixtures', () => {
    expect(states.length).toBeGreaterThan(0);
  });

  it.each(LAYOUT_WIDTHS)('at %i px, in every published state and both languages', (width) => {
    const height = Math.round(width * entry.module.aspect(width));
    for (const { where, state } of [...states, { where: 'no state', state: {} }] as { where: string; state: Record<string, unknown> }[]) {
      for (const lang of ['en', 'fr'] as const) {
        expectReadable(entry.module.render(data, state, { width, height }, lang), width, `${id} ${where} ${lang} ${width}px`);
      }
    }
  });
});

describe('the smallest-text measure and the shared text checks catch what they look for', () => {
  const svg = (children: SvgNode[], width = 320): SvgNode => ({ tag: 'svg', attrs: { viewBox: `0 0 ${width} 200` }, children });
  it('reports small, overlapping and cut-off text', () => {
    const small = svg([text('tiny', { x: 10, y: 20, 'font-size': 12 })]);
    expect(smallestText(small, 320)).toBe(12);
    expect(smallestText(small, 288)).toBeCloseTo(10.8);
    const crowded = svg([
      text('Jan.', { x: 50, y: 20, 'font-size': 13, 'text-anchor': 'middle' }),
      text('Feb.', { x: 62, y: 20, 'font-size': 13, 'text-anchor': 'middle' }),
    ]);
    expect(overlappingText(crowded)).toHaveLength(1);
    expect(
      overlappingText(svg([text('Jan.', { x: 50, y: 20, 'font-size': 13 }), text('Feb.', { x: 50, y: 40, 'font-size': 13 })])),
    ).toEqual([]);
    expect(textOutside(svg([text('1,000,000', { x: 318, y: 20, 'font-size': 13, 'text-anchor': 'middle' })]), 320, 200)).toHaveLength(1);
  });
});

describe('tables under the federal charts show words, the CSV keeps the codes', () => {
  // Enum values and ids of the three files' schemas: none may appear as a value in a column shown on the page.
  const codes = new Set([
    'yes',
    'no',
    'total',
    'canada',
    'quebec',
    'month',
    'year',
    'government',
    'academic',
    'media',
    'advocacy',
    'partisan',
    'high',
    'medium',
    'low',
    'toronto',
    'montreal',
    'edmonton',
  ]);
  it.each(entries)('%s', (id, entry) => {
    const table = entry.table(real);
    const shown = table.columns.filter((c) => !c.csvOnly && c.kind !== 'sources');
    for (const row of table.rows) {
      for (const c of shown) {
        const value = String(row[c.key] ?? '');
        expect(codes.has(value), `${id}.${c.key} shows "${value}"`).toBe(false);
        expect(value, `${id}.${c.key}`).not.toMatch(/^[a-z]+(?:[-_][a-z0-9]+)+$/);
        expect(value, `${id}.${c.key} shows an ISO date`).not.toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      }
    }
    // Every code column is still in the CSV, beside a column in words.
    expect(table.columns.filter((c) => c.csvOnly).length, id).toBeGreaterThan(0);
  });
});
