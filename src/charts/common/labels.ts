/**
 * Greedy label placement without a DOM: labels are tried in priority order at a few spots around their
 * mark, then further out (two rings of directions) with a leader line, and dropped when every spot would
 * overlap a mark, another label or leader, or the edge, unless moving one placed label to another of
 * its spots makes room. Callers put the labels a reader must see first, and may then search every
 * combination of spots (searchLabels) where the greedy pass still drops one;
 * a dropped label is not lost: the data table under every chart names every mark.
 */
import { textWidth } from './draw.ts';

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface LabelRequest {
  readonly key: string;
  readonly text: string;
  /** The mark's centre and radius. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface PlacedLabel {
  readonly key: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly box: Box;
  /** From the mark's edge towards the label, when the label sits away from its mark. */
  readonly leader?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function markBox(x: number, y: number, r: number): Box {
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

function textBox(x: number, baseline: number, width: number, anchor: PlacedLabel['anchor'], fontSize: number): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x0, y0: baseline - fontSize * 0.8, x1: x0 + width, y1: baseline + fontSize * 0.25 };
}

const inside = (box: Box, bounds: Box) => box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;

/** Leader directions, tried in this order: sideways first, since text reads sideways. */
const FAR_ANGLES = [0, 180, -35, 35, -145, 145, -90, 90, -60, 60, -120, 120, -15, 15, -165, 165, -75, 75, -105, 105];
/** Leader lengths beyond the mark's edge, in font sizes: near first, then further out. */
const FAR_REACHES = [2.2, 3.6];

export type Segment = { x1: number; y1: number; x2: number; y2: number };

/** Whether a segment passes through a box (sampled: leaders are short, boxes are a few px across). */
function segmentHitsBox(s: Segment, b: Box): boolean {
  for (let i = 1; i <= 12; i++) {
    const t = i / 12;
    const x = s.x1 + (s.x2 - s.x1) * t;
    const y = s.y1 + (s.y2 - s.y1) * t;
    if (x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1) return true;
  }
  return false;
}

function candidateSpots(req: LabelRequest, fontSize: number): Omit<PlacedLabel, 'box' | 'key' | 'text'>[] {
  const d = req.r + 3;
  const mid = req.y + fontSize * 0.32;
  const near: Omit<PlacedLabel, 'box' | 'key' | 'text'>[] = [
    { x: req.x + d, y: mid, anchor: 'start' },
    { x: req.x - d, y: mid, anchor: 'end' },
    { x: req.x, y: req.y - d - 1, anchor: 'middle' },
    { x: req.x, y: req.y + d + fontSize * 0.8, anchor: 'middle' },
  ];
  const far = FAR_REACHES.flatMap((reachInFonts) =>
    FAR_ANGLES.flatMap((deg) => {
      const a = (deg * Math.PI) / 180;
      const reach = req.r + fontSize * reachInFonts;
      const ex = req.x + Math.cos(a) * reach;
      const ey = req.y + Math.sin(a) * reach;
      const leader = { x1: req.x + Math.cos(a) * (req.r + 1), y1: req.y + Math.sin(a) * (req.r + 1), x2: ex, y2: ey };
      const anchor: PlacedLabel['anchor'] = Math.abs(Math.cos(a)) < 0.2 ? 'middle' : Math.cos(a) > 0 ? 'start' : 'end';
      const gap = anchor === 'start' ? 2 : anchor === 'end' ? -2 : 0;
      const steep = Math.abs(Math.sin(a)) > 0.5;
      const baseline = Math.sin(a) < -0.5 ? ey - 2 : Math.sin(a) > 0.5 ? ey + fontSize * 0.8 : ey + fontSize * 0.32;
      const spot = { x: ex + gap, y: baseline, anchor, leader };
      // A label above or below its leader can also hang from it to either side (a mark near a panel's
      // edge has room on one side only).
      if (!steep) return [spot];
      return [
        spot,
        ...(['start', 'end', 'middle'] as const)
          .filter((other) => other !== anchor)
          .map((other) => ({ ...spot, x: ex + (other === 'start' ? -4 : other === 'end' ? 4 : 0), anchor: other })),
      ];
    }),
  );
  return [...near, ...far];
}

export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly (Box & { key?: string })[],
  bounds: Box,
  fontSize: number,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const dropped: LabelRequest[] = [];
  for (const req of requests) {
    const label = firstFreeSpot(req, placed, obstacles, bounds, fontSize);
    if (label) placed.push(label);
    else dropped.push(req);
  }
  // Greedy order can box a label in with spots an earlier label did not need: a dropped label gets in
  // when one placed label can move to another of its spots to make room (both must then fit).
  const requestOf = new Map(requests.map((req) => [req.key, req]));
  for (const req of dropped) {
    for (let i = 0; i < placed.length; i++) {
      const others = placed.filter((_, j) => j !== i);
      const label = firstFreeSpot(req, others, obstacles, bounds, fontSize);
      const moved = label && firstFreeSpot(requestOf.get(placed[i]!.key)!, [...others, label], obstacles, bounds, fontSize);
      if (label && moved) {
        placed.splice(0, placed.length, ...others, moved, label);
        break;
      }
    }
  }
  return placed;
}

const PAD = 2;

const padded = (box: Box): Box => ({ x0: box.x0 - PAD, y0: box.y0 - PAD, x1: box.x1 + PAD, y1: box.y1 + PAD });

/** A request's spots, in the order they are preferred, that stay in bounds and clear of the fixed marks. */
function openSpots(req: LabelRequest, obstacles: readonly (Box & { key?: string })[], bounds: Box, fontSize: number): PlacedLabel[] {
  const w = textWidth(req.text, fontSize);
  const others = obstacles.filter((o) => o.key !== req.key);
  return candidateSpots(req, fontSize).flatMap((spot) => {
    const box = textBox(spot.x, spot.y, w, spot.anchor, fontSize);
    if (!inside(box, bounds) || others.some((o) => overlaps(padded(box), o))) return [];
    if (spot.leader && others.some((o) => segmentHitsBox(spot.leader!, o))) return [];
    return [{ ...spot, key: req.key, text: req.text, box }];
  });
}

/**
 * Whether a label can join those placed: no overlap, no leader through or grazing a text, and no two
 * leaders crossing or running so close that one seems to start from the other's label.
 */
function fitsBeside(label: PlacedLabel, placed: readonly PlacedLabel[]): boolean {
  const box = padded(label.box);
  // Two names side by side need a space's width between them, or they read as one.
  const space = Math.max(PAD, (label.box.y1 - label.box.y0) * WORD_SPACE);
  const spaced = { ...box, x0: label.box.x0 - space, x1: label.box.x1 + space };
  const leader = label.leader;
  return !placed.some(
    (p) =>
      overlaps(spaced, p.box) ||
      (p.leader !== undefined && segmentHitsBox(p.leader, box)) ||
      (leader !== undefined &&
        (segmentHitsBox(leader, padded(p.box)) ||
          (p.leader !== undefined && (segmentsCross(leader, p.leader) || segmentsNear(leader, p.leader))))),
  );
}

/** A word space, as a share of a label's height. */
const WORD_SPACE = 0.3;

/** Leaders closer than this, in px, read as one line. */
const LEADER_GAP = 4;

function segmentsNear(a: Segment, b: Segment): boolean {
  const distance = (x: number, y: number, s: Segment) => {
    const dx = s.x2 - s.x1;
    const dy = s.y2 - s.y1;
    const t = Math.max(0, Math.min(1, ((x - s.x1) * dx + (y - s.y1) * dy) / (dx * dx + dy * dy || 1)));
    return Math.hypot(x - (s.x1 + dx * t), y - (s.y1 + dy * t));
  };
  const ends = (s: Segment) => [
    [s.x1, s.y1],
    [s.x2, s.y2],
  ];
  return ends(a).some(([x, y]) => distance(x!, y!, b) < LEADER_GAP) || ends(b).some(([x, y]) => distance(x!, y!, a) < LEADER_GAP);
}

function firstFreeSpot(
  req: LabelRequest,
  placed: readonly PlacedLabel[],
  obstacles: readonly (Box & { key?: string })[],
  bounds: Box,
  fontSize: number,
): PlacedLabel | undefined {
  return openSpots(req, obstacles, bounds, fontSize).find((spot) => fitsBeside(spot, placed));
}

/**
 * Where the greedy pass leaves names out, searches every combination of spots (in request order, each
 * label at one of its spots or left out) for one that leaves out less, as `better` judges the keys left
 * out; a branch stops as soon as what it has left out can no longer beat the best found. Labels that
 * cannot touch each other at any of their spots are searched apart (a crowded coast does not make the
 * search retry every placement of the far side of the country). Each search visits at most `budget`
 * partial placements, so it always ends, and always the same way.
 */
export function searchLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly (Box & { key?: string })[],
  bounds: Box,
  fontSize: number,
  start: readonly PlacedLabel[],
  better: (leftOut: readonly string[], than: readonly string[]) => boolean,
  budget: number,
): PlacedLabel[] {
  const spots = requests.map((req) => openSpots(req, obstacles, bounds, fontSize));
  const group = requests.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  for (let i = 0; i < requests.length; i++)
    for (let j = i + 1; j < requests.length; j++)
      if (root(i) !== root(j) && spots[i]!.some((a) => spots[j]!.some((b) => !fitsBeside(a, [b]) || !fitsBeside(b, [a]))))
        group[root(j)] = root(i);
  // Within a group, the label with the fewest spots is placed first: a dead end shows at once.
  const groups = [...Map.groupBy(requests.keys(), root).values()].map((members) =>
    members.sort((a, b) => spots[a]!.length - spots[b]!.length),
  );
  return groups.flatMap((members) => {
    const keys = new Set(members.map((i) => requests[i]!.key));
    const startHere = start.filter((l) => keys.has(l.key));
    const startKeys = new Set(startHere.map((l) => l.key));
    let best = { labels: startHere, leftOut: members.map((i) => requests[i]!.key).filter((key) => !startKeys.has(key)) };
    let visits = 0;
    const visit = (m: number, placed: PlacedLabel[], leftOut: string[]): void => {
      if (visits++ >= budget || best.leftOut.length === 0 || !better(leftOut, best.leftOut)) return;
      if (m === members.length) {
        best = { labels: [...placed], leftOut: [...leftOut] };
        return;
      }
      const i = members[m]!;
      for (const spot of spots[i]!) {
        if (!fitsBeside(spot, placed)) continue;
        placed.push(spot);
        visit(m + 1, placed, leftOut);
        placed.pop();
      }
      leftOut.push(requests[i]!.key);
      visit(m + 1, placed, leftOut);
      leftOut.pop();
    };
    visit(0, [], []);
    return best.labels;
  });
}

/** Whether two segments cross at a point inside both (touching ends do not count). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const cross = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  const d1 = cross(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d2 = cross(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  const d3 = cross(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d4 = cross(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}
