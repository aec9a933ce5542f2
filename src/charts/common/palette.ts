/**
 * Colours for chart marks: the Okabe–Ito colour-blind-safe set, darkened where needed so every mark
 * colour keeps at least 3:1 contrast against the white page (WCAG 2.2 non-text contrast). Marks never
 * rely on colour alone: each chart pairs these with a shape, a fill style or a label.
 */
export const INK = '#1a1a1a';
export const MUTED_INK = '#595959';
/** Thin structural lines (grid, axis ticks); not data marks, so they may stay light. */
export const RULE = '#c4c4c4';
/** Background band behind a highlighted row or column. */
export const HIGHLIGHT_BAND = '#fdf0c2';
export const PAPER = '#ffffff';

/** Text attributes that draw a paper-coloured outline under the letters, so a line passing behind them stops short of them. */
export const TEXT_HALO = { 'paint-order': 'stroke', stroke: PAPER, 'stroke-width': 3, 'stroke-linejoin': 'round' } as const;

export const PALETTE = {
  blue: '#0072B2',
  vermillion: '#C45400',
  green: '#007A5A',
  orange: '#B36B00',
  purple: '#A8548A',
  grey: '#595959',
} as const;

export type PaletteName = keyof typeof PALETTE;

/** The map's land fill: a tint, not a data mark. */
export const LAND = '#f3f1ec';
/** The map's lakes, and the outline of land: tints and thin lines, not data marks. */
export const WATER = '#dcebf5';
export const SHORE = '#8a8a8a';

/**
 * Dark mode (prefers-color-scheme: dark). Charts keep drawing the light colours above; CSS generated at
 * build time from this table (src/styles/dark-palette.ts) repaints every fill and stroke of each light
 * hex with its dark value. Data colours keep 4.5:1 against DARK_PAPER (so they pass as text and, above
 * 3:1, as marks) and 3:1 against the dark land; tests/unit/dark-palette.test.ts checks each pair.
 */
export const DARK_PAPER = '#161616';
export const DARK_LAND = '#2a2926';

export const DARK_REMAP: Readonly<Record<string, string>> = {
  [INK]: '#ececec',
  [MUTED_INK]: '#ababab',
  [RULE]: '#4d4d4d',
  [HIGHLIGHT_BAND]: '#3f3514',
  [PAPER]: DARK_PAPER,
  [LAND]: DARK_LAND,
  [WATER]: '#1c2933',
  [SHORE]: '#7a7a7a',
  [PALETTE.blue]: '#56B4E9',
  [PALETTE.vermillion]: '#FF8A4C',
  [PALETTE.green]: '#2FC397',
  [PALETTE.orange]: '#E8A33A',
  [PALETTE.purple]: '#E08FC0',
  // Light greys some charts use for outlines, lanes, empty cells and the marks a step is not about
  // (those still read at 3:1 on the dark paper, so faded does not mean gone).
  '#b8b8b8': '#707070',
  '#f1f1f1': '#262626',
  '#000000': '#ececec',
};

/** Colours the data is drawn in (marks and their labels), light value → role. */
export const DATA_COLOURS: readonly string[] = [INK, MUTED_INK, ...Object.values(PALETTE)];

function channel(hex: string, at: number): number {
  const v = parseInt(hex.slice(at, at + 2), 16) / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrast(a: string, b: string = PAPER): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
