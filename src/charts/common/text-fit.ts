/**
 * Fitting text to a width in pixels, for charts laid out per width: lines are filled word by word with
 * the same measure as textWidth, so a line of wide letters ("WWW", capitals, digits) breaks sooner than a
 * line of narrow ones.
 */
import { textWidth } from './draw.ts';

/**
 * Word-wrapped lines no wider than `width` at this font size (a single word wider than the line stays
 * whole on its own line). Only ordinary spaces break a line: no-break spaces keep "3 278" and
 * "20 décembre" together. With maxLines, the last line ends in "…" when text is left over.
 */
export function wrapToWidth(content: string, width: number, fontSize: number, bold = false, maxLines = Infinity): string[] {
  const fits = (line: string) => textWidth(line, fontSize, bold) <= width;
  const lines: string[] = [];
  let current = '';
  for (const word of content.split(/[ \t\n]+/).filter((w) => w !== '')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current === '' || fits(candidate)) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]!}…`;
  while (!fits(last) && last.length > 2) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}

/** Line height used by the phone-first charts: generous enough for descenders and accents. */
export const lineHeight = (fontSize: number): number => Math.round(fontSize * 1.35 * 10) / 10;
