/**
 * Fitting text to a width in pixels, for charts laid out per width: lines are filled word by word with
 * the same measure as textWidth, so a line of wide letters ("WWW", capitals, digits) breaks sooner than a
 * line of narrow ones.
 */
import { textWidth, wrapLines } from './draw.ts';

/** Word-wrapped lines no wider than `width` at this font size (see wrapLines). */
export function wrapToWidth(content: string, width: number, fontSize: number, bold = false, maxLines = Infinity): string[] {
  return wrapLines(content, (line) => textWidth(line, fontSize, bold) <= width, maxLines);
}

/** Line height used by the phone-first charts: generous enough for descenders and accents. */
export const lineHeight = (fontSize: number): number => Math.round(fontSize * 1.35 * 10) / 10;
