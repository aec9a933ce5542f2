/**
 * Phone-first layout: every chart is laid out for the width it is drawn at, never drawn wide and scaled
 * down. Below NARROW_BREAK a chart uses its phone layout (says less: fewer labels, one panel at a time).
 * At build time each state is drawn at NARROW_DRAW_WIDTH and WIDE_DRAW_WIDTH and CSS shows one; with
 * JavaScript the enhancer redraws at the box's real width.
 */
export const NARROW_BREAK = 560;
export const NARROW_DRAW_WIDTH = 320;
export const WIDE_DRAW_WIDTH = 640;

/**
 * The smallest font a chart may draw, in px at its drawn size. A narrow drawing may be shown at 288/320 of
 * its size on a 320 px phone without JavaScript (13 px → 11.7 px on screen); wide drawings are never shown
 * smaller than drawn.
 */
export const MIN_TEXT_NARROW = 13;
export const MIN_TEXT_WIDE = 12;

export const isNarrow = (width: number): boolean => width < NARROW_BREAK;

export const minText = (width: number): number => (isNarrow(width) ? MIN_TEXT_NARROW : MIN_TEXT_WIDE);
