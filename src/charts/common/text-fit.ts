/**
 * Fitting text to a width in pixels, for charts laid out per width: wrapWords counts characters, these
 * turn a width and a font size into that count with the same estimate as textWidth.
 */
import { textWidth, wrapWords } from './draw.ts';

/** How many characters of this size fit in `width` (at least 4, so a narrow box still makes progress). */
export function charsIn(width: number, fontSize: number, bold = false): number {
  return Math.max(4, Math.floor(width / textWidth('x', fontSize, bold)));
}

/** Word-wrapped lines no wider than `width` at this font size. */
export function wrapToWidth(content: string, width: number, fontSize: number, bold = false, maxLines = Infinity): string[] {
  return wrapWords(content, charsIn(width, fontSize, bold), maxLines);
}

/** Line height used by the phone-first charts: generous enough for descenders and accents. */
export const lineHeight = (fontSize: number): number => Math.round(fontSize * 1.35 * 10) / 10;
