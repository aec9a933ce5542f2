/**
 * Dark mode keeps WCAG 2.2 AA for charts: each data colour, repainted, keeps 4.5:1 against the dark
 * page (so it passes as chart text, and above 3:1 as a mark) and 3:1 against the dark land of the map;
 * every light colour a chart is drawn in has a dark value; and the generated CSS repaints each of them.
 */
import { describe, expect, it } from 'vitest';
import {
  contrast,
  DARK_LAND,
  DARK_PAPER,
  DARK_REMAP,
  DATA_COLOURS,
  HIGHLIGHT_BAND,
  INK,
  LAND,
  MUTED_INK,
  PALETTE,
  PAPER,
  RULE,
} from '../../src/charts/common/palette.ts';
import { darkChartStylesheet } from '../../src/styles/dark-palette.ts';

const dark = (light: string) => DARK_REMAP[light] ?? DARK_REMAP[light.toLowerCase()];

describe('dark chart palette', () => {
  it('has a dark value for every colour the palette exports', () => {
    for (const light of [INK, MUTED_INK, RULE, HIGHLIGHT_BAND, PAPER, LAND, ...Object.values(PALETTE)]) {
      expect(dark(light), light).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it.each(DATA_COLOURS.map((c) => [c]))('keeps %s at 4.5:1 on the dark page and 3:1 on the dark land', (light) => {
    const value = dark(light)!;
    expect(contrast(value, DARK_PAPER), `${light} → ${value} on ${DARK_PAPER}`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(value, DARK_LAND), `${light} → ${value} on ${DARK_LAND}`).toBeGreaterThanOrEqual(3);
  });

  it('keeps chart text readable on the dark highlight band', () => {
    expect(contrast(dark(INK)!, dark(HIGHLIGHT_BAND)!)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the grey of the marks a step is not about at 3:1 on the dark page', () => {
    // The timeline draws them #b8b8b8 in light mode; repainted too dark they vanish in dark mode.
    expect(contrast(DARK_REMAP['#b8b8b8']!, DARK_PAPER)).toBeGreaterThanOrEqual(3);
  });

  it('paints the page background dark and the ink light', () => {
    expect(dark(PAPER)).toBe(DARK_PAPER);
    expect(contrast(dark(INK)!, DARK_PAPER)).toBeGreaterThanOrEqual(7);
  });

  it('generates a fill and a stroke rule for each light colour, scoped and only under the dark scheme', () => {
    const css = darkChartStylesheet('svg.chart');
    expect(css.startsWith('@media (prefers-color-scheme: dark){')).toBe(true);
    for (const [light, value] of Object.entries(DARK_REMAP)) {
      expect(css).toContain(`svg.chart [fill="${light.toLowerCase()}" i]{fill:${value}}`);
      expect(css).toContain(`svg.chart [stroke="${light.toLowerCase()}" i]{stroke:${value}}`);
    }
  });

  it('keeps only the colours a drawing uses when asked', () => {
    const css = darkChartStylesheet('svg', (hex) => hex === PALETTE.blue.toLowerCase());
    expect(css).toContain(`[fill="${PALETTE.blue.toLowerCase()}" i]`);
    expect(css).not.toContain(`[fill="${INK}" i]`);
  });
});
