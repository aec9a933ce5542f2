/**
 * Bars shared by the bar charts, so a complete figure, a partial or preliminary one and an earlier
 * published figure look the same in every chart, in the chart and in its legend:
 *
 *   bar             a vertical bar: solid for a complete figure, outlined and hatched for one that is not
 *   dashedTick      a dashed line across a bar at another published figure (e.g. an earlier version)
 *   highlightBand   the pale band behind the marks a step is about
 *   valueLabels     numbers above bars, stepping aside from taller neighbours and lifted clear of each other
 *                   (with a leader line down to the bar when lifted far)
 *   *Swatch         the same marks in a 16 × 16 box for the HTML legend (LegendItem.swatch)
 */
import type { SvgNode } from '../types.ts';
import { hatchPath, node, r1, text, textWidth } from './draw.ts';
import { HIGHLIGHT_BAND, INK, PAPER } from './palette.ts';
import { overlaps, type Box } from './labels.ts';

/** 'hatched' = a figure that is not final or not complete: never drawn solid, so it is never read as one. */
export type BarFill = 'solid' | 'hatched';

export interface BarOptions {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: string;
  readonly fill: BarFill;
  /** The step is about this bar: a dark outline. */
  readonly emphasis?: boolean;
  readonly key: string;
  /** Extra classes after "bar" (e.g. "is-partial"). */
  readonly classes?: readonly string[];
  readonly value: number;
}

export function bar({ x, y, width, height, color, fill, emphasis = false, key, classes = [], value }: BarOptions): SvgNode {
  const marks =
    fill === 'solid'
      ? [node('rect', { x, y, width, height, fill: color, stroke: emphasis ? INK : undefined, 'stroke-width': emphasis ? 2 : undefined })]
      : [
          node('rect', {
            x: x + 1,
            y: y + 1,
            width: Math.max(0.5, width - 2),
            height: Math.max(0.5, height - 2),
            fill: PAPER,
            stroke: emphasis ? INK : color,
            'stroke-width': 2,
          }),
          node('path', { d: hatchPath(x, y, width, height, 5), stroke: color, 'stroke-width': 1.2, class: 'hatch' }),
        ];
  const cls = ['bar', ...classes, ...(emphasis ? ['is-highlighted'] : [])].join(' ');
  return node('g', { class: cls, 'data-value': value }, marks, key);
}

export function dashedTick(x0: number, x1: number, y: number, key: string, value: number): SvgNode {
  return node(
    'line',
    { x1: x0, x2: x1, y1: y, y2: y, stroke: INK, 'stroke-width': 2, 'stroke-dasharray': '3 2', 'data-value': value },
    [],
    key,
  );
}

export function highlightBand(x: number, y: number, width: number, height: number, key = 'highlight'): SvgNode {
  return node('rect', { x, y, width, height, fill: HIGHLIGHT_BAND, rx: 3 }, [], key);
}

export interface ValueLabelRequest {
  readonly key: string;
  /** Centre of the bar and the top of its mark (bar or tick, whichever is higher). */
  readonly x: number;
  readonly top: number;
  readonly text: string;
  readonly bold?: boolean;
}

export interface PlacedValueLabel {
  readonly node: SvgNode;
  readonly box: Box;
  /** A thin line down to the mark, when the label was lifted well clear of it. */
  readonly leader?: SvgNode;
}

/** Every label's nodes, leader lines first (under the text). */
export const valueLabelNodes = (placed: readonly PlacedValueLabel[]): SvgNode[] => [
  ...placed.flatMap((p) => (p.leader ? [p.leader] : [])),
  ...placed.map((p) => p.node),
];

/** A mark a value label must not cover; `owner` is the key of the label that belongs to it (it may touch it). */
export interface LabelObstacle extends Box {
  readonly owner?: string;
}

/**
 * Each label sits just above its bar, centred, or shifted half its width sideways when centred it would
 * cover a neighbouring bar (a narrow bar next to a taller one); when it would overlap a label already
 * placed, it is lifted above that one. Labels stay inside [x0, x1]; the caller leaves room above the bars
 * for the lifted ones.
 */
export function valueLabels(
  requests: readonly ValueLabelRequest[],
  fontSize: number,
  x0: number,
  x1: number,
  obstacles: readonly LabelObstacle[] = [],
): PlacedValueLabel[] {
  const placed: PlacedValueLabel[] = [];
  for (const r of requests) {
    const w = textWidth(r.text, fontSize, r.bold);
    const clampX = (cx: number) => Math.min(Math.max(cx, x0 + w / 2), x1 - w / 2);
    const boxAt = (cx: number, b: number): Box => ({
      x0: cx - w / 2 - 2,
      y0: b - fontSize * 0.8,
      x1: cx + w / 2 + 2,
      y1: b + fontSize * 0.25,
    });
    const others = obstacles.filter((o) => o.owner !== r.key);
    const start = r.top - 5;
    const candidates = [r.x, r.x - w / 2 + 2, r.x + w / 2 - 2].map(clampX);
    // Against marks the text itself counts, not its padding: a label may come within 2 px of a neighbour.
    const inkAt = (c: number, b: number): Box => ({ x0: c - w / 2, y0: b - fontSize * 0.8, x1: c + w / 2, y1: b + fontSize * 0.25 });
    let cx = candidates.find((c) => !others.some((o) => overlaps(inkAt(c, start), o))) ?? candidates[0]!;
    let baseline = start;
    // Still covering a mark (no sideways spot was free): go above it.
    for (const o of others) if (overlaps(inkAt(cx, baseline), o)) baseline = Math.min(baseline, o.y0 - fontSize * 0.25 - 2);
    for (
      let hit = placed.find((p) => overlaps(boxAt(cx, baseline), p.box));
      hit;
      hit = placed.find((p) => overlaps(boxAt(cx, baseline), p.box))
    ) {
      baseline = hit.box.y0 - fontSize * 0.25 - 1;
    }
    cx = clampX(cx);
    // A leader only where it runs clear of the labels below (a label stacked on its own bar's number needs none).
    const lifted =
      start - baseline > fontSize && !placed.some((p) => p.box.x0 <= r.x && r.x <= p.box.x1 && p.box.y0 < r.top && p.box.y1 > baseline);
    placed.push({
      node: text(r.text, { x: cx, y: baseline, 'text-anchor': 'middle', 'font-size': fontSize, 'font-weight': r.bold ? 700 : 400 }, r.key),
      box: boxAt(cx, baseline),
      ...(lifted
        ? {
            leader: node(
              'line',
              { x1: r.x, x2: r.x, y1: baseline + fontSize * 0.3, y2: r.top - 1, stroke: INK, 'stroke-width': 1 },
              [],
              `${r.key}-leader`,
            ),
          }
        : {}),
    });
  }
  return placed;
}

/** Legend swatches, drawn in the 16 × 16 box ChartLegend gives them. */
export function barSwatch(fill: BarFill, color: string): SvgNode {
  return node('g', {}, (bar({ x: 1, y: 2, width: 14, height: 12, color, fill, key: 'swatch', value: 0 }).children ?? []) as SvgNode[]);
}

export function dashedTickSwatch(): SvgNode {
  return node('line', { x1: 0, x2: 16, y1: 8, y2: 8, stroke: INK, 'stroke-width': 2, 'stroke-dasharray': '3 2' });
}

/** Room a value label needs above the tallest bar (one line and the gap under it). */
export const valueLabelRoom = (fontSize: number): number => r1(fontSize + 8);
