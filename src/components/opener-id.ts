/**
 * The id of a chapter's opening picture (Opener.astro). The chapter page holds its first paint until the
 * browser has parsed that picture whole (a render-blocking `<link rel="expect">`): on a slow connection
 * the first screen appears in one piece, instead of a legend that wraps again as the rest of it arrives
 * (a layout shift, tests/browser/layout-shift.test.ts).
 */
export const OPENER_ID = 'opener';
