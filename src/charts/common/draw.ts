/**
 * Small builders for SvgNode trees. Every numeric attribute goes through `node`, which rounds it to one
 * decimal (smaller markup) and refuses NaN or Infinity: a chart that would draw a broken mark fails
 * loudly at build time instead of shipping an invisible one.
 */
import type { ChartSize, SvgNode } from '../types.ts';
import { BOLD, REGULAR } from './glyph-widths.ts';
import { INK } from './palette.ts';

export function r1(n: number): number {
  const rounded = Math.round(n * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

type AttrInput = Record<string, string | number | undefined>;

export function node(tag: string, attrs: AttrInput = {}, children: readonly (SvgNode | string)[] = [], key?: string): SvgNode {
  const clean: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value))
        throw new Error(
          `<${tag}${key ? ` key="${key}"` : ''}> would get ${name}=${value}; a scale or layout received a value it cannot place.`,
        );
      clean[name] = r1(value);
    } else {
      clean[name] = value;
    }
  }
  return {
    tag,
    attrs: clean,
    ...(key === undefined ? {} : { key }),
    ...(children.length === 0 ? {} : { children }),
  };
}

/** A transform attribute value; refuses non-finite numbers like `node` does. */
export function translate(x: number, y: number, rotate?: number): string {
  for (const v of [x, y, rotate ?? 0]) {
    if (!Number.isFinite(v)) throw new Error(`translate(${x}, ${y}) received a value a layout cannot place.`);
  }
  return `translate(${r1(x)},${r1(y)})${rotate === undefined ? '' : ` rotate(${r1(rotate)})`}`;
}

/**
 * The size to lay a chart out at. Pages reserve one aspect ratio per chart and draw it at every width,
 * but a text-heavy chart needs more height per width on a narrow screen than on a wide one. When the
 * height given is too short for the layout at this width, lay out at the smallest wider width that fits
 * and keep the ratio given: the SVG then scales down into its box, smaller but never overlapping.
 */
export function fitLayout(size: ChartSize, aspect: (width: number) => number): ChartSize {
  const ratio = size.height / size.width;
  const fits = (w: number) => aspect(w) <= ratio * 1.02;
  if (!Number.isFinite(ratio) || ratio <= 0 || fits(size.width)) return size;
  for (let w = Math.ceil(size.width / 20) * 20; w <= 1600; w += 20) {
    if (fits(w)) return { width: w, height: w * ratio };
  }
  return { width: 1600, height: 1600 * ratio };
}

/** The root element. Its viewBox is the size the layout was computed for; CSS scales it to the column. */
export function svgRoot(chartId: string, size: ChartSize, children: readonly SvgNode[]): SvgNode {
  return node(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${r1(size.width)} ${r1(size.height)}`,
      class: `chart chart-${chartId}`,
      'font-family': 'inherit',
    },
    children,
  );
}

export function text(content: string, attrs: AttrInput, key?: string): SvgNode {
  return node('text', { fill: INK, 'font-size': 12, ...attrs }, [content], key);
}

/** Several lines of text under one another, as <tspan>s of one <text>. */
export function lines(content: readonly string[], x: number, y: number, lineHeight: number, attrs: AttrInput = {}, key?: string): SvgNode {
  return node(
    'text',
    { fill: INK, 'font-size': 12, ...attrs, x, y },
    content.map((line, i) => node('tspan', { x, dy: i === 0 ? 0 : lineHeight }, [line])),
    key,
  );
}

/**
 * The width a string takes in the charts' font, from each character's measured advance (glyph-widths.ts):
 * an average width per character put "New Westminster" and "Regina" end to end on a phone, since capitals,
 * digits and "m" run wider than the average and "i", "l" and punctuation narrower. A character missing
 * from the table counts as wide as "M".
 */
export function textWidth(content: string, fontSize: number, bold = false): number {
  const widths = bold ? BOLD : REGULAR;
  const fallback = widths.M!;
  let ems = 0;
  for (const character of content) ems += widths[character] ?? fallback;
  return ems * fontSize;
}

/**
 * Greedy word wrap: each line takes words while `fits` accepts it (a word too long for any line stays
 * whole on its own). Only ordinary spaces break a line: no-break spaces keep "3 278" and "20 décembre"
 * together. With maxLines, the last line kept ends in "…", shortened until it fits, when text is left over.
 */
export function wrapLines(content: string, fits: (line: string) => boolean, maxLines = Infinity): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of content.split(/[ \t\n]+/).filter((w) => w !== '')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current === '' || fits(candidate)) {
      current = candidate;
    } else {
      out.push(current);
      current = word;
    }
  }
  if (current !== '') out.push(current);
  if (out.length <= maxLines) return out;
  const kept = out.slice(0, maxLines);
  let last = `${kept[maxLines - 1]!}…`;
  while (!fits(last) && last.length > 2) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}

/** Greedy word wrap by character count (see wrapLines). */
export function wrapWords(content: string, maxChars: number, maxLines = Infinity): string[] {
  return wrapLines(content, (line) => line.length <= maxChars, maxLines);
}

/**
 * Diagonal hatching inside a rectangle, as one path. Drawn as geometry rather than an SVG <pattern>
 * because a pattern needs a document-wide id, and the same chart can appear twice on one page.
 */
export function hatchPath(x: number, y: number, w: number, h: number, spacing = 5): string {
  const parts: string[] = [];
  if (w <= 0 || h <= 0) return '';
  for (let t = -h + spacing / 2; t < w; t += spacing) {
    const s0 = Math.max(0, -t);
    const s1 = Math.min(h, w - t);
    if (s1 <= s0) continue;
    parts.push(`M${r1(x + t + s0)},${r1(y + h - s0)}L${r1(x + t + s1)},${r1(y + h - s1)}`);
  }
  return parts.join('');
}

export type MarkShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' | 'ring' | 'open-square';

/** A symbol centred on (cx, cy) with half-size r. Filled, open and crossed shapes stay distinct in greyscale. */
export function symbol(shape: MarkShape, cx: number, cy: number, r: number, color: string, key?: string, extra: AttrInput = {}): SvgNode {
  const p = (n: number) => r1(n);
  switch (shape) {
    case 'circle':
      return node('circle', { cx, cy, r, fill: color, ...extra }, [], key);
    case 'ring':
      return node('circle', { cx, cy, r: r * 0.85, fill: 'none', stroke: color, 'stroke-width': 2, ...extra }, [], key);
    case 'square':
      return node('rect', { x: cx - r * 0.85, y: cy - r * 0.85, width: r * 1.7, height: r * 1.7, fill: color, ...extra }, [], key);
    case 'open-square':
      return node(
        'rect',
        { x: cx - r * 0.8, y: cy - r * 0.8, width: r * 1.6, height: r * 1.6, fill: 'none', stroke: color, 'stroke-width': 2, ...extra },
        [],
        key,
      );
    case 'diamond':
      return node(
        'path',
        {
          d: `M${p(cx)},${p(cy - r * 1.15)}L${p(cx + r * 1.15)},${p(cy)}L${p(cx)},${p(cy + r * 1.15)}L${p(cx - r * 1.15)},${p(cy)}Z`,
          fill: color,
          ...extra,
        },
        [],
        key,
      );
    case 'triangle':
      return node(
        'path',
        {
          d: `M${p(cx)},${p(cy - r * 1.1)}L${p(cx + r * 1.05)},${p(cy + r * 0.8)}L${p(cx - r * 1.05)},${p(cy + r * 0.8)}Z`,
          fill: color,
          ...extra,
        },
        [],
        key,
      );
    case 'cross': {
      const a = r * 0.8;
      return node(
        'path',
        {
          d: `M${p(cx - a)},${p(cy - a)}L${p(cx + a)},${p(cy + a)}M${p(cx + a)},${p(cy - a)}L${p(cx - a)},${p(cy + a)}`,
          fill: 'none',
          stroke: color,
          'stroke-width': 2.5,
          'stroke-linecap': 'round',
          ...extra,
        },
        [],
        key,
      );
    }
  }
}
