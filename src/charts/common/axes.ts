/**
 * Axes shared by the bar and range charts, so every chart draws its scale the same way: light gridlines,
 * muted tick labels at the chart's minimum text size, and category labels that thin out (never shrink)
 * when the band is too narrow for all of them.
 *
 *   valueGrid      horizontal gridlines with their values at the left, for a vertical linear scale
 *   valueAxisWidth room to leave at the left for valueGrid's widest label
 *   categoryTicks  labels under bands: all when they fit, else every n-th, always keeping the ones asked for
 *   logGrid        vertical gridlines for a log scale, labelled at powers of ten (and 2 and 5 when they fit)
 */
import type { ScaleLinear, ScaleLogarithmic } from 'd3-scale';
import { formatNumber, type Lang } from '../../i18n/locale.ts';
import type { SvgNode } from '../types.ts';
import { node, text, textWidth } from './draw.ts';
import { INK, MUTED_INK, RULE } from './palette.ts';

/** Gap between a tick label and the plot. */
const LABEL_GAP = 6;

export function valueAxisWidth(lang: Lang, scale: ScaleLinear<number, number>, fontSize: number, ticks = 4): number {
  return Math.max(...scale.ticks(ticks).map((t) => textWidth(formatNumber(lang, t), fontSize))) + LABEL_GAP + 2;
}

export interface ValueGridOptions {
  readonly scale: ScaleLinear<number, number>;
  /** Left and right ends of the gridlines; labels end LABEL_GAP left of x0. */
  readonly x0: number;
  readonly x1: number;
  readonly fontSize: number;
  readonly lang: Lang;
  readonly ticks?: number;
}

/** The zero line is drawn darker: it is the baseline every bar stands on. */
export function valueGrid({ scale, x0, x1, fontSize, lang, ticks = 4 }: ValueGridOptions): SvgNode[] {
  return scale
    .ticks(ticks)
    .flatMap((t) => [
      node(
        'line',
        { x1: x0, x2: x1, y1: scale(t), y2: scale(t), stroke: t === 0 ? MUTED_INK : RULE, 'stroke-width': t === 0 ? 1 : 0.75 },
        [],
        `grid-${t}`,
      ),
      text(
        formatNumber(lang, t),
        { x: x0 - LABEL_GAP, y: scale(t) + fontSize * 0.35, 'text-anchor': 'end', 'font-size': fontSize, fill: MUTED_INK },
        `gridlabel-${t}`,
      ),
    ]);
}

export interface CategoryTick {
  /** Node key of the label (unique in the chart). */
  readonly key: string;
  /** Centre of the band. */
  readonly x: number;
  readonly label: string;
  /** Drawn bold and in full ink, and kept before any other (see chooseCategoryTicks). */
  readonly strong?: boolean;
  /** Among strong ticks that would touch, the lower rank is kept (default: the order given). */
  readonly rank?: number;
}

export interface CategoryTickOptions {
  /** Baseline of the labels. */
  readonly y: number;
  readonly fontSize: number;
  /** Labels are kept inside [x0, x1], shifted inwards at the ends. */
  readonly x0: number;
  readonly x1: number;
  readonly minGap?: number;
  /** The "every n-th" steps to try, in order (months read best in steps that divide a year). */
  readonly steps?: readonly number[];
}

/**
 * Which labels to draw: the strong ones (by rank, each only if it clears the strong ones kept before it),
 * plus every n-th of the others for the smallest n at which no two labels come closer than minGap
 * (counting from the first band, so "every other" keeps the first). A label that would crowd a strong
 * one is dropped rather than moved.
 */
export function chooseCategoryTicks(
  ticks: readonly CategoryTick[],
  { fontSize, x0, x1, minGap = 6, steps }: Omit<CategoryTickOptions, 'y'>,
): CategoryTick[] {
  const box = (t: CategoryTick) => {
    const w = textWidth(t.label, fontSize, t.strong);
    const cx = Math.min(Math.max(t.x, x0 + w / 2), x1 - w / 2);
    return { a: cx - w / 2, b: cx + w / 2 };
  };
  const clear = (chosen: readonly CategoryTick[]) => {
    const boxes = chosen.map(box).sort((p, q) => p.a - q.a);
    return boxes.every((bx, i) => i === 0 || bx.a - boxes[i - 1]!.b >= minGap);
  };
  const strong: CategoryTick[] = [];
  const byRank = ticks.filter((t) => t.strong).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  for (const t of byRank) if (clear([...strong, t])) strong.push(t);
  for (const every of steps ?? Array.from({ length: ticks.length }, (_, i) => i + 1)) {
    const regular = ticks.filter((t, i) => !t.strong && i % every === 0);
    const kept = regular.filter((t) => strong.every((s) => clear([s, t])));
    if (clear([...strong, ...kept])) return ticks.filter((t) => strong.includes(t) || kept.includes(t));
  }
  return strong;
}

export function categoryTicks(ticks: readonly CategoryTick[], options: CategoryTickOptions): SvgNode[] {
  const { y, fontSize, x0, x1 } = options;
  return chooseCategoryTicks(ticks, options).map((t) => {
    const w = textWidth(t.label, fontSize, t.strong);
    return text(
      t.label,
      {
        x: Math.min(Math.max(t.x, x0 + w / 2), x1 - w / 2),
        y,
        'text-anchor': 'middle',
        'font-size': fontSize,
        fill: t.strong ? INK : MUTED_INK,
        'font-weight': t.strong ? 700 : 400,
      },
      t.key,
    );
  });
}

export interface LogGridOptions {
  readonly scale: ScaleLogarithmic<number, number>;
  /** Top and bottom of the gridlines; labels sit under y1. */
  readonly y0: number;
  readonly y1: number;
  readonly fontSize: number;
  readonly lang: Lang;
  /** Also grid (and label where room allows) the 2× and 5× steps between powers of ten. */
  readonly minorSteps: boolean;
  /** Labels stay inside [0, width]. */
  readonly width: number;
}

/** Powers of ten are labelled first, then 2× and 5× steps only where they clear their neighbours. */
export function logGrid({ scale, y0, y1, fontSize, lang, minorSteps, width }: LogGridOptions): SvgNode[] {
  const [d0, d1] = scale.domain() as [number, number];
  const ticks: number[] = [];
  for (let p = d0; p <= d1 * 1.0001; p *= 10)
    for (const m of minorSteps ? [1, 2, 5] : [1]) if (p * m >= d0 && p * m <= d1 * 1.0001) ticks.push(Math.round(p * m));
  const isMajor = (t: number) => Number.isInteger(Math.log10(t));
  // Powers of ten stand out from the 2× and 5× lines; alone (no minor steps) they stay light, since text runs across them.
  const lines = ticks.map((t) =>
    node(
      'line',
      {
        x1: scale(t),
        x2: scale(t),
        y1: y0,
        y2: y1,
        stroke: isMajor(t) && minorSteps ? MUTED_INK : RULE,
        'stroke-width': isMajor(t) ? 1 : 0.5,
      },
      [],
      `grid-${t}`,
    ),
  );
  const spans: { a: number; b: number }[] = [];
  const labels: SvgNode[] = [];
  for (const t of [...ticks.filter(isMajor), ...ticks.filter((t) => !isMajor(t))]) {
    const label = formatNumber(lang, t);
    const w = textWidth(label, fontSize);
    const cx = Math.min(Math.max(scale(t), w / 2), width - w / 2);
    const span = { a: cx - w / 2 - 4, b: cx + w / 2 + 4 };
    if (spans.some((s) => s.a < span.b && span.a < s.b)) continue;
    spans.push(span);
    labels.push(text(label, { x: cx, y: y1 + fontSize + 3, 'text-anchor': 'middle', 'font-size': fontSize, fill: MUTED_INK }, `tick-${t}`));
  }
  return [...lines, ...labels];
}
