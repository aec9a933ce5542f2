/**
 * Bars shared by the bar charts, so a complete figure, a partial or preliminary one and an earlier
 * published figure look the same in every chart, in the chart and in its legend:
 *
 *   bar             a vertical bar: solid for a complete figure, outlined and hatched for one that is not
 *   dashedTick      a dashed line across a bar at another published figure (e.g. an earlier version)
 *   highlightBand   the pale band behind the marks a step is about
 *   valueLabels     numbers above bars, stepping aside from taller neighbours and lifted clear of each other
 *                   (with a leader line down to the bar when lifted far, or set beside one when two named
 *                   bars stand too close for both numbers to sit over them)
 *   *Swatch         the same marks in a 16 × 16 box for the HTML legend (LegendItem.swatch)
 */
import type { SvgNode } from '../types.ts';
import { hatchPath, node, r1, text, textWidth } from './draw.ts';
import { HIGHLIGHT_BAND, INK, PAPER, TEXT_HALO } from './palette.ts';
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

/** Where a label goes relative to its bar: over it (centred, or stepped aside), or beside its leader. */
type Placement = 'over' | 'beside-right' | 'beside-left';

interface Trial {
  readonly placed: PlacedValueLabel[];
  /** Labels lifted away from their bar with no leader that reaches it clear of the other labels. */
  readonly detached: number;
  /** How far the labels were lifted, in all. */
  readonly lift: number;
  readonly besides: number;
  /** A label set beside its leader would leave [x0, x1]: this assignment cannot be drawn. */
  readonly impossible: boolean;
}

/** How far letters reach below the baseline (descenders), as a share of the font size. */
const DESCENT = 0.25;

/** The clear space between a leader's end and the text it points to. */
export const LEADER_GAP = 3;

/** A vertical leader line as a box of no width, so the shared `overlaps` tells what it runs through. */
const leaderBox = (leader: SvgNode): Box => {
  const a = leader.attrs as { x1: number; y1: number; y2: number };
  return { x0: a.x1, x1: a.x1, y0: Math.min(a.y1, a.y2), y1: Math.max(a.y1, a.y2) };
};

const crosses = (leader: SvgNode, box: Box): boolean => overlaps(leaderBox(leader), box);

function placeAll(
  requests: readonly ValueLabelRequest[],
  placements: readonly Placement[],
  fontSize: number,
  x0: number,
  x1: number,
  obstacles: readonly LabelObstacle[],
): Trial {
  const placed: PlacedValueLabel[] = [];
  // The bar each placed label belongs to: a label stacked on its own bar's number needs no leader.
  const barOf: number[] = [];
  let detached = 0;
  let lift = 0;
  let impossible = false;
  requests.forEach((r, i) => {
    const how = placements[i]!;
    const w = textWidth(r.text, fontSize, r.bold);
    // The label's left end for a centre (or a leader's x), kept inside [x0, x1].
    const leftAt = (cx: number) => Math.min(Math.max(cx - w / 2, x0), x1 - w);
    const besideLeft = how === 'beside-right' ? r.x + 4 : how === 'beside-left' ? r.x - 4 - w : undefined;
    if (besideLeft !== undefined && (besideLeft < x0 || besideLeft + w > x1)) {
      impossible = true;
      return;
    }
    const boxAt = (left: number, b: number): Box => ({ x0: left - 2, y0: b - fontSize * 0.8, x1: left + w + 2, y1: b + fontSize * 0.25 });
    // Against marks the text itself counts, not its padding: a label may come within 2 px of a neighbour.
    const inkAt = (left: number, b: number): Box => ({ x0: left, y0: b - fontSize * 0.8, x1: left + w, y1: b + fontSize * 0.25 });
    const others = obstacles.filter((o) => o.owner !== r.key);
    const start = r.top - 5;
    const candidates = besideLeft !== undefined ? [besideLeft] : [r.x, r.x - w / 2 + 2, r.x + w / 2 - 2].map(leftAt);
    const left = candidates.find((c) => !others.some((o) => overlaps(inkAt(c, start), o))) ?? candidates[0]!;
    let baseline = start;
    // Still covering a mark (no sideways spot was free): go above it.
    for (const o of others) if (overlaps(inkAt(left, baseline), o)) baseline = Math.min(baseline, o.y0 - fontSize * 0.25 - 2);
    const blocking = (b: number) =>
      placed.find((p) => overlaps(boxAt(left, b), p.box) || (p.leader !== undefined && crosses(p.leader, boxAt(left, b))));
    for (let hit = blocking(baseline); hit; hit = blocking(baseline)) {
      baseline = Math.min(baseline, hit.box.y0, hit.leader ? leaderBox(hit.leader).y0 : Infinity) - fontSize * 0.25 - 1;
    }
    lift += start - baseline;
    const box = boxAt(left, baseline);
    // Beside its bar a label always has a leader, up to the middle of its text, 4 px from its first or last
    // letter; over it, only when lifted well clear (a label stacked on its own bar's number needs none), and
    // then it stops short of the text: a leader that reaches a letter (the tail of a J) reads as part of it.
    const leaderTop = besideLeft !== undefined ? baseline - fontSize * 0.3 : baseline + fontSize * DESCENT + LEADER_GAP;
    const leader = node('line', { x1: r.x, x2: r.x, y1: leaderTop, y2: r.top - 1, stroke: INK, 'stroke-width': 1 }, [], `${r.key}-leader`);
    const leaderClear = !placed.some((p, j) => barOf[j] !== r.x && crosses(leader, p.box));
    const stackedOnOwnBar = placed.some((p, j) => barOf[j] === r.x && crosses(leader, p.box));
    const wantsLeader = besideLeft !== undefined || start - baseline > fontSize;
    if (wantsLeader && !leaderClear) detached += 1;
    barOf.push(r.x);
    const [x, anchor] = how === 'beside-right' ? [left, 'start'] : how === 'beside-left' ? [left + w, 'end'] : [left + w / 2, 'middle'];
    placed.push({
      // A halo in the paper's colour keeps a gridline from striking through the figure it passes behind.
      node: text(
        r.text,
        { x, y: baseline, 'text-anchor': anchor, 'font-size': fontSize, 'font-weight': r.bold ? 700 : 400, ...TEXT_HALO },
        r.key,
      ),
      box,
      ...(wantsLeader && leaderClear && !stackedOnOwnBar ? { leader } : {}),
    });
  });
  return { placed, detached, lift, besides: placements.filter((p) => p !== 'over').length, impossible };
}

/** Every assignment of placements to n labels (3^n; callers have a handful of labels). */
function* placementSets(n: number): Generator<Placement[]> {
  const kinds: Placement[] = ['over', 'beside-right', 'beside-left'];
  for (let code = 0; code < kinds.length ** n; code++) {
    yield Array.from({ length: n }, (_, i) => kinds[Math.floor(code / kinds.length ** i) % kinds.length]!);
  }
}

const MAX_SEARCHED_LABELS = 6;

/**
 * Each label sits just above its bar, centred, or shifted half its width sideways when centred it would
 * cover a neighbouring bar (a narrow bar next to a taller one); when it would overlap a label already
 * placed, it is lifted above that one, with a leader line down to its bar when lifted far. Where that
 * leaves a label lifted away from its bar with no clear leader (two named bars side by side on a phone,
 * each label wider than the gap between them), the labels are placed again in both orders with some set
 * beside a leader instead of over their bar, and the placement that leaves fewest detached, then lifts
 * least, is kept. Labels stay inside [x0, x1]; the caller leaves room above the bars for the lifted ones.
 */
export function valueLabels(
  requests: readonly ValueLabelRequest[],
  fontSize: number,
  x0: number,
  x1: number,
  obstacles: readonly LabelObstacle[] = [],
): PlacedValueLabel[] {
  const plain = placeAll(
    requests,
    requests.map(() => 'over'),
    fontSize,
    x0,
    x1,
    obstacles,
  );
  if (plain.detached === 0 || requests.length > MAX_SEARCHED_LABELS) return plain.placed;
  let best = plain;
  const better = (a: Trial, b: Trial): boolean => {
    if (a.impossible) return false;
    if (a.detached !== b.detached) return a.detached < b.detached;
    return Math.abs(a.lift - b.lift) > 0.5 ? a.lift < b.lift : a.besides < b.besides;
  };
  const reversed = [...requests].reverse();
  for (const placements of placementSets(requests.length)) {
    const inOrder = placeAll(requests, placements, fontSize, x0, x1, obstacles);
    if (better(inOrder, best)) best = inOrder;
    const backwards = placeAll(reversed, [...placements].reverse(), fontSize, x0, x1, obstacles);
    // Keep the requests' order in the output: leaders and labels are drawn in a stable order.
    const restored = { ...backwards, placed: [...backwards.placed].reverse() };
    if (better(restored, best)) best = restored;
  }
  return best.placed;
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
