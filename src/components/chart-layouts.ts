/**
 * The two drawings every chart state gets at build time, and the viewport media query that picks one.
 * Browser-safe (no Node imports): the enhancer and the tests read the same numbers.
 *
 * The drawing widths are the charts' own (src/charts/common/layout.ts); the CSS in
 * src/styles/charts.css repeats NARROW_MAX_VIEWPORT in its media queries, since CSS cannot import it.
 */
import { NARROW_DRAW_WIDTH, WIDE_DRAW_WIDTH } from '../charts/common/layout.ts';

export { NARROW_DRAW_WIDTH, WIDE_DRAW_WIDTH };
/** Viewports up to this width (CSS px) show the narrow drawing. */
export const NARROW_MAX_VIEWPORT = 599.98;

export interface DrawLayout {
  readonly name: 'narrow' | 'wide';
  readonly width: number;
  /** For <source media> and the CSS that shows one inline drawing. */
  readonly media: string;
}

export const DRAW_LAYOUTS: readonly DrawLayout[] = [
  { name: 'narrow', width: NARROW_DRAW_WIDTH, media: `(max-width: ${NARROW_MAX_VIEWPORT}px)` },
  { name: 'wide', width: WIDE_DRAW_WIDTH, media: `(min-width: ${NARROW_MAX_VIEWPORT + 0.02}px)` },
];

/**
 * A stacked (phone) sticky graphic may take this share of the viewport's height; a chart whose narrow
 * drawing is taller than this at the viewport's width reads as the flat sequence of pictures instead.
 */
export const STICKY_SHARE = 0.62;

/**
 * The tallest narrow drawing (height / width) that fits a phone's sticky area with its title and legend:
 * on a 390 × 844 phone that area is 0.62 × 844 ≈ 523 px, less about 90 px of title and legend, for a
 * drawing 374 px wide: 433 / 374 ≈ 1.16. Taller charts read as the flat sequence of pictures on phones
 * from the first paint (the enhancer still checks the real heights on every screen).
 */
export const TALL_NARROW_ASPECT = 1.15;
