/**
 * `timeline`: council actions and other dated events on one time axis, one lane per strand of the story
 * (councils, police, Ottawa, other). A state highlights one strand and/or a period; everything else stays
 * visible but faded, so the reader keeps the whole story in view. The lanes a state is about stack their
 * marks so each stays visible, and name the marks the step talks about in rows of callouts above them;
 * the other lanes shrink to one faded line.
 */
import { formatNumber, type Lang } from '../../i18n/locale.ts';
import { lines, node, r1, svgRoot, symbol, text, textWidth, translate, wrapWords, type MarkShape } from '../common/draw.ts';
import { segmentsCross, type Box } from '../common/labels.ts';
import { isNarrow, minText } from '../common/layout.ts';
import { HIGHLIGHT_BAND, INK, MUTED_INK, PALETTE, PAPER, RULE } from '../common/palette.ts';
import { ChartStateError, colon, type Bilingual } from '../common/text.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';
import { TIMELINE_MESSAGES } from './messages.ts';

export const STRANDS = ['council', 'police', 'federal', 'other'] as const;
export type Strand = (typeof STRANDS)[number];

export interface TimelineItem {
  readonly id: string;
  /** Where the row comes from: council_actions.csv or events.csv. */
  readonly kind: 'action' | 'event';
  readonly strand: Strand;
  /** The date as written in the CSV (2017, 2017-02 or 2017-02-20). */
  readonly date: string;
  /** Position on the axis in years: see yearPosition for a date without its day. */
  readonly t: number;
  readonly title: Bilingual;
  /** A few words for a label on the chart: the city for a council action, the title for an event. */
  readonly short: Bilingual;
}

export interface TimelineData {
  readonly items: readonly TimelineItem[];
}

export interface TimelineState {
  readonly strand: 'all' | Exclude<Strand, 'other'>;
  readonly from?: number;
  readonly to?: number;
  /** Ids of the items the step names: called out on the chart before any other. */
  readonly label?: readonly string[];
}

export const STRAND_STYLE: Readonly<Record<Strand, { color: string; shape: MarkShape }>> = {
  council: { color: PALETTE.blue, shape: 'circle' },
  police: { color: PALETTE.vermillion, shape: 'square' },
  federal: { color: PALETTE.purple, shape: 'diamond' },
  other: { color: PALETTE.green, shape: 'triangle' },
};

/**
 * A date written YYYY, YYYY-MM or YYYY-MM-DD as a position in years. A month without its day sits at
 * the end of its month, where the last days sit: "by the end of January" is true of any January date,
 * while the middle of the month would put it before items it may well follow (London's council in
 * January 2017, after its committee's vote of January 30). A year without its month stays mid-year: a
 * mark at its end would read as December.
 */
export function yearPosition(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return y + 0.5;
  return y + (m - 1 + ((d ?? LAST_DAY) - 0.5) / LAST_DAY) / 12;
}

const LAST_DAY = 31;

/**
 * The order of the chart's stacks, its description and its table: by position, and a month without
 * its day after every item dated to a day of that month, then by id so the order never depends on
 * the order of the CSV rows.
 */
export function byDate(a: Pick<TimelineItem, 't' | 'date' | 'id'>, b: Pick<TimelineItem, 't' | 'date' | 'id'>): number {
  return a.t - b.t || b.date.length - a.date.length || a.id.localeCompare(b.id);
}

export function timelineDomain(data: TimelineData): [number, number] {
  if (data.items.length === 0) throw new ChartStateError('timeline', 'there are no dated rows to draw.');
  const ts = data.items.map((i) => i.t);
  return [Math.floor(Math.min(...ts)), Math.floor(Math.max(...ts)) + 1];
}

export function checkTimelineState(data: TimelineData, state: TimelineState): void {
  const strands = ['all', 'council', 'police', 'federal'];
  if (!state || !strands.includes(state.strand)) {
    throw new ChartStateError(
      'timeline',
      `a state is { strand: ${strands.map((s) => `'${s}'`).join(' | ')}, from?, to? }, got ${JSON.stringify(state)}.`,
    );
  }
  const [lo, hi] = timelineDomain(data);
  for (const [name, value] of [
    ['from', state.from],
    ['to', state.to],
  ] as const) {
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < lo || value >= hi) {
      throw new ChartStateError('timeline', `${name}: ${value} is not a year between ${lo} and ${hi - 1}, the years the data covers.`);
    }
  }
  if (state.label !== undefined && (!Array.isArray(state.label) || state.label.some((id) => !data.items.some((i) => i.id === id)))) {
    throw new ChartStateError(
      'timeline',
      `label is a list of row ids from council_actions.csv or events.csv; got ${JSON.stringify(state.label)}, and ${JSON.stringify((state.label ?? []).find((id) => !data.items.some((i) => i.id === id)))} is not one of them.`,
    );
  }
  if (state.from !== undefined && state.to !== undefined && state.from > state.to) {
    throw new ChartStateError('timeline', `from (${state.from}) comes after to (${state.to}).`);
  }
}

export function isHighlighted(item: TimelineItem, state: TimelineState): boolean {
  if (state.strand !== 'all' && item.strand !== state.strand) return false;
  const year = Math.floor(item.t);
  if (state.from !== undefined && year < state.from) return false;
  if (state.to !== undefined && year > state.to) return false;
  return true;
}

/**
 * Years to pixels. Whole years are the only ticks, so a plain linear map does what d3-scale's
 * scaleLinear would, without pulling d3-scale (8.6 KB gzip, shared) into pages that draw only the
 * map and this timeline.
 */
export function yearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (year: number) => number {
  const k = (r1 - r0) / (d1 - d0);
  return (year) => r0 + (year - d0) * k;
}

const SIDE = 8;
const AXIS_HEIGHT = 24;
const ROW_GAP = 2;

interface Sizes {
  readonly font: number;
  readonly r: number;
  readonly row: number;
  readonly header: number;
}

function sizesFor(width: number): Sizes {
  const font = Math.max(minText(width), 13);
  return { font, r: isNarrow(width) ? 3 : 4.5, row: font + ROW_GAP, header: font + 5 };
}

interface PlacedItem {
  readonly item: TimelineItem;
  readonly x: number;
  /** Stacking level above the lane's base line (0 = on it). */
  readonly level: number;
  readonly on: boolean;
}

interface Callout {
  readonly item: TimelineItem;
  readonly lines: readonly string[];
  readonly x0: number;
  /** The row of its last line; a two-line callout also fills the row above. */
  readonly row: number;
}

interface Lane {
  readonly strand: Strand;
  /** A lane the state is about: its marks stack and it may carry callouts; other lanes are one faded line. */
  readonly focused: boolean;
  readonly items: readonly PlacedItem[];
  readonly levels: number;
  readonly callouts: Callout[];
}

/**
 * Marks that would touch go up a level, so every mark in a focused lane stays visible. The marks the
 * step names are stacked last, so they sit on top of their stack, next to their callouts.
 */
function stack(
  items: readonly TimelineItem[],
  x: (t: number) => number,
  gap: number,
  state: TimelineState,
  named: ReadonlySet<string>,
): PlacedItem[] {
  const levels: number[][] = [];
  const order = [...items.filter((i) => !named.has(i.id)), ...items.filter((i) => named.has(i.id))];
  const placed = new Map<string, PlacedItem>();
  for (const item of order) {
    const ix = x(item.t);
    let level = 0;
    while ((levels[level] ?? []).some((other) => Math.abs(other - ix) < gap)) level++;
    (levels[level] ??= []).push(ix);
    placed.set(item.id, { item, x: ix, level, on: isHighlighted(item, state) });
  }
  // Drawing order stays by date in every state, so the browser patches marks in place.
  return items.map((i) => placed.get(i.id)!);
}

const CALLOUT_LINES = 3;

/**
 * Callout rows above a lane's marks, nearest row first. Each label sits beside its mark (right, else left,
 * else further along the row) in a row where it overlaps no other label and its leader, from the top of
 * the stack up to the label, crosses no label in a nearer row; of those spots it takes the nearest one
 * that does not cover a mark still waiting for its label. Marks are taken in a few
 * orders (right to left, left to right, from the edges in, from the middle out); the order that names
 * the most marks wins.
 */
function callouts(
  marks: readonly PlacedItem[],
  wanted: ReadonlySet<string>,
  bounds: { left: number; right: number },
  s: Sizes,
  lang: Lang,
  maxChars: number,
  bandYear: string | undefined,
): Callout[] {
  const candidates = marks.filter((m) => wanted.has(m.item.id)).sort((a, b) => b.x - a.x || a.item.id.localeCompare(b.item.id));
  // A long title takes up to three lines rather than the whole width, so two callouts can share a row,
  // and is shortened only when even three lines cannot hold it.
  const linesOf = (m: PlacedItem) => {
    const year = m.item.date.slice(0, 4);
    // Inside a one-year band headed by its year, "(2017)" after every name would only repeat the heading.
    if (year === bandYear) return wrapWords(m.item.short[lang], maxChars, CALLOUT_LINES);
    const label = TIMELINE_MESSAGES[lang].itemLabel(m.item.short[lang], year);
    if (label.length <= maxChars) return [label];
    const whole = wrapWords(label, maxChars);
    if (whole.length <= CALLOUT_LINES) return whole;
    // The year always shows: the words wrap (and at worst shorten) before it.
    const words = wrapWords(m.item.short[lang], maxChars - year.length - 2, CALLOUT_LINES);
    return [...words.slice(0, -1), TIMELINE_MESSAGES[lang].itemLabel(words.at(-1)!, year)];
  };
  const attempt = (order: readonly PlacedItem[]): { out: Callout[]; crossings: number } => {
    let crossings = 0;
    const taken: Box[] = [];
    const leaders: { x1: number; y1: number; x2: number; y2: number }[] = [];
    const out: Callout[] = [];
    let rowsUsed = 0;
    order.forEach((m, index) => {
      const lines = linesOf(m);
      const w = Math.max(...lines.map((l) => textWidth(l, s.font)));
      // Beside the mark first, then further along the row (the leader turns along it), then over it.
      const over = Math.max(bounds.left, Math.min(m.x - w / 2, bounds.right - w));
      const starts = [...[0, 24, 48, 96].flatMap((shift) => [m.x + s.r + 3 + shift, m.x - s.r - 3 - w - shift]), over].filter(
        (x0) => x0 >= bounds.left && x0 + w <= bounds.right,
      );
      // A label over a mark still waiting for its own would stop that mark's leader: avoid it if possible.
      const waiting = order.slice(index + 1).map((p) => p.x);
      let best: { row: number; x0: number; box: Box; cost: number; crossed: number; path: (typeof leaders)[number][] } | undefined;
      for (let row = 0; row <= rowsUsed; row++) {
        // Rows above the stack's top (y = 0); `base` is the last line's baseline.
        const base = -ROW_GAP - row * s.row;
        starts.forEach((x0, option) => {
          const box = { x0: x0 - 5, x1: x0 + w + 5, y0: base - (lines.length - 1) * s.row - s.font * 0.8, y1: base + s.font * 0.25 };
          if (taken.some((o) => overlapsBox(box, o))) return;
          const attachX = attachAt(m.x, x0, w);
          const turn = { x1: m.x, y1: base + s.font * 0.25, x2: attachX, y2: base - s.font * 0.3 };
          // The leader rises straight up past nearer rows and turns to its label only in its own row.
          const rise = { x1: m.x, y1: 0, x2: m.x, y2: base + s.font * 0.25 };
          if (taken.some((o) => crosses(turn, o) || crosses(rise, { x0: o.x0 + 3, x1: o.x1 - 3, y0: o.y0, y1: o.y1 }))) return;
          if (leaders.some((l) => crosses(l, { x0: box.x0 + 3, x1: box.x1 - 3, y0: box.y0, y1: box.y1 }))) return;
          // Leaders that cross read as a tangle of which name goes with which mark: a row or spot without
          // a crossing wins over a nearer one.
          // A turn across a mark still waiting for its label would be crossed by that mark's leader later.
          const crossed =
            leaders.filter((l) => segmentsCross(l, turn) || segmentsCross(l, rise)).length +
            waiting.filter((x) => x > Math.min(m.x, attachX) + 1 && x < Math.max(m.x, attachX) - 1).length;
          const cost = waiting.filter((x) => x > box.x0 && x < box.x1).length * 1000 + crossed * 100 + row * 10 + option;
          if (!best || cost < best.cost) best = { row, x0, box, cost, crossed, path: [rise, turn] };
        });
      }
      if (!best) return;
      crossings += best.crossed;
      taken.push(best.box);
      leaders.push(...best.path);
      rowsUsed = Math.max(rowsUsed, best.row + lines.length);
      out.push({ item: m.item, lines, x0: best.x0, row: best.row });
    });
    return { out, crossings };
  };
  const mid = (bounds.left + bounds.right) / 2;
  const outsideIn = [...candidates].sort((p, q) => Math.abs(q.x - mid) - Math.abs(p.x - mid) || p.item.id.localeCompare(q.item.id));
  return [candidates, [...candidates].reverse(), outsideIn, [...outsideIn].reverse()]
    .map(attempt)
    .reduce((best, next) =>
      next.out.length > best.out.length || (next.out.length === best.out.length && next.crossings < best.crossings) ? next : best,
    ).out;
}

/** Where a leader meets its label: the near end, or straight below it when the label spans its mark. */
function attachAt(markX: number, x0: number, w: number): number {
  return x0 > markX ? x0 - 1 : x0 + w < markX ? x0 + w + 1 : markX;
}

const overlapsBox = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function crosses(seg: { x1: number; y1: number; x2: number; y2: number }, box: Box): boolean {
  for (let i = 0; i <= 16; i++) {
    const t = i / 16;
    const x = seg.x1 + (seg.x2 - seg.x1) * t;
    const y = seg.y1 + (seg.y2 - seg.y1) * t;
    if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) return true;
  }
  return false;
}

function buildLanes(data: TimelineData, state: TimelineState, x: (t: number) => number, size: ChartSize, s: Sizes, lang: Lang): Lane[] {
  const lit = data.items.filter((i) => isHighlighted(i, state));
  // The marks the step names; without a list, every highlighted mark when there are few enough to name.
  const wanted = new Set(state.label ?? (lit.length <= MAX_AUTO_LABELS ? lit.map((i) => i.id) : []));
  const maxChars = Math.min(36, Math.floor(((size.width - 2 * SIDE) / (s.font * 0.56)) * 0.6));
  const bandYear = state.from !== undefined && state.from === state.to ? String(state.from) : undefined;
  return STRANDS.map((strand) => {
    const focused = state.strand === 'all' || state.strand === strand;
    const items = data.items.filter((i) => i.strand === strand).sort(byDate);
    const placed = focused
      ? stack(items, x, s.r * 2 + 1, state, wanted)
      : items.map((item) => ({ item, x: x(item.t), level: 0, on: isHighlighted(item, state) }));
    const levels = Math.max(1, ...placed.map((p) => p.level + 1));
    return {
      strand,
      focused,
      items: placed,
      levels,
      callouts: callouts(placed, wanted, { left: SIDE, right: size.width - SIDE }, s, lang, maxChars, bandYear),
    };
  });
}

const laneHeight = (lane: Lane, s: Sizes, levelGap: number, rows: number) =>
  s.header + rows * s.row + (lane.levels - 1) * levelGap + s.r * 2 + 6;

/**
 * Heights: each lane gets its header, its callout rows and its stacked marks. When they do not fit,
 * stacks first tighten until marks half overlap (the callouts carry the step's point), then the
 * furthest callout rows go (their marks stay, named in the table), then stacks tighten further.
 */
function fitLanes(lanes: Lane[], s: Sizes, available: number): { rows: number[]; levelGap: number } {
  const rows = lanes.map((l) => Math.max(0, ...l.callouts.map((c) => c.row + c.lines.length)));
  let levelGap = s.r * 2 + 1;
  const total = () => lanes.reduce((sum, l, i) => sum + laneHeight(l, s, levelGap, rows[i]!), 0);
  const stacked = Math.max(
    1,
    lanes.reduce((sum, l) => sum + (l.levels - 1), 0),
  );
  const tighten = (floor: number) => {
    if (total() > available) levelGap = Math.max(floor, levelGap - (total() - available) / stacked);
  };
  // Marks closer than 6 px read as one blot: below that a callout row goes first.
  tighten(Math.max(s.r, 6));
  while (total() > available && rows.some((r) => r > 0)) {
    const i = rows.indexOf(Math.max(...rows));
    rows[i]!--;
    lanes[i]!.callouts.splice(0, lanes[i]!.callouts.length, ...lanes[i]!.callouts.filter((c) => c.row + c.lines.length <= rows[i]!));
  }
  tighten(2);
  return { rows, levelGap };
}

/** Year labels every 1, 2, 5 or 10 years: the first step at which they cannot run together. */
function yearStep(pxPerYear: number, font: number): number {
  return [1, 2, 5, 10].find((step) => step * pxPerYear >= textWidth('2000', font) + 8) ?? 20;
}

/** Where the period's name sits in the axis row, so the year labels it would meet are left out. */
interface AxisGap {
  readonly left: number;
  readonly right: number;
}

function axis(lo: number, hi: number, x: (t: number) => number, top: number, bottom: number, s: Sizes, gap?: AxisGap): SvgNode {
  const step = yearStep(x(lo + 1) - x(lo), s.font);
  const ticks: SvgNode[] = [];
  for (let year = lo; year <= hi; year++) {
    ticks.push(
      node(
        'line',
        { x1: x(year), x2: x(year), y1: top, y2: bottom, stroke: RULE, 'stroke-width': year % 5 === 0 ? 1 : 0.5 },
        [],
        `tick:${year}`,
      ),
    );
    // A year's label sits on the tick where it begins; one that would run off either edge is left out.
    const half = textWidth(String(year), s.font) / 2;
    const clearOfGap = !gap || x(year) + half + s.font <= gap.left || x(year) - half - s.font >= gap.right;
    if (year % step === 0 && clearOfGap && x(year) - half >= 0 && x(year) + half <= x(hi) + SIDE) {
      ticks.push(
        text(
          String(year),
          { x: x(year), y: bottom + s.font + 4, 'text-anchor': 'middle', 'font-size': s.font, fill: MUTED_INK },
          `year:${year}`,
        ),
      );
    }
  }
  return node('g', { class: 'axis' }, ticks, 'axis');
}

/**
 * One lane as a group whose origin is the lane's base line, moved into place by its `transform`. When a
 * step changes the lanes' heights, the browser then moves four groups instead of laying out every mark
 * again in each transition frame: a mark's own position changes only when its stack level does.
 */
function laneGroup(
  lane: Lane,
  top: number,
  rows: number,
  levelGap: number,
  s: Sizes,
  x: (t: number) => number,
  lo: number,
  hi: number,
  lang: Lang,
): SvgNode {
  const style = STRAND_STYLE[lane.strand];
  const active = lane.focused;
  const base = top + laneHeight(lane, s, levelGap, rows) - s.r - 4;
  const lit = lane.items.filter((p) => p.on).length;
  const label = TIMELINE_MESSAGES[lang].strands[lane.strand].label;
  const heading = [
    text(
      // A lane the step is not about has grey marks inside the shaded years too: "Police (0)" beside
      // them read as "no police events then", so only the lanes in focus give their count.
      active ? `${label} (${formatNumber(lang, lit)})` : label,
      { x: SIDE, y: top - base + s.font, 'font-size': s.font, 'font-weight': active ? 700 : 400, fill: active ? INK : MUTED_INK },
      `lane:${lane.strand}`,
    ),
    node('line', { x1: x(lo), x2: x(hi), y1: 0, y2: 0, stroke: RULE, 'stroke-width': 0.5 }, [], `laneline:${lane.strand}`),
  ];
  const yOf = (p: PlacedItem) => -p.level * levelGap;
  const marks = lane.items.map((p) =>
    symbol(style.shape, p.x, yOf(p), s.r, p.on ? style.color : '#b8b8b8', `item:${p.item.id}`, {
      'data-on': p.on ? '1' : '0',
      stroke: PAPER,
      'stroke-width': 0.75,
    }),
  );
  const stackTop = -(lane.levels - 1) * levelGap - s.r - 3;
  const labels = lane.callouts.flatMap((c) => {
    const mark = lane.items.find((p) => p.item.id === c.item.id)!;
    const baseline = stackTop - c.row * s.row - ROW_GAP;
    const w = Math.max(...c.lines.map((l) => textWidth(l, s.font)));
    const attachX = attachAt(mark.x, c.x0, w);
    return [
      node(
        'path',
        {
          d: `M${r1(mark.x)},${r1(yOf(mark) - s.r - 1)}V${r1(baseline + s.font * 0.25)}L${r1(attachX)},${r1(attachX === mark.x ? baseline + s.font * 0.25 : baseline - s.font * 0.3)}`,
          fill: 'none',
          stroke: MUTED_INK,
          'stroke-width': 0.75,
        },
        [],
        `leader:${c.item.id}`,
      ),
      // Widths are estimated from the number of characters, so a label left of its mark is anchored at
      // its end: the leader then meets the text itself, not the gap an over-estimate leaves after it.
      lines(
        c.lines,
        attachX < mark.x ? c.x0 + w : c.x0,
        baseline - (c.lines.length - 1) * s.row,
        s.row,
        {
          'font-size': s.font,
          'text-anchor': attachX < mark.x ? 'end' : 'start',
          'paint-order': 'stroke',
          stroke: PAPER,
          'stroke-width': 3,
          'stroke-linejoin': 'round',
        },
        `label:${c.item.id}`,
      ),
    ];
  });
  // Labels under marks, so a halo never cuts into a mark of its own lane; lanes do not overlap.
  return node(
    'g',
    { class: `lane lane-${lane.strand}`, transform: translate(0, base) },
    [...heading, ...labels, ...marks],
    `strand:${lane.strand}`,
  );
}

/** Highlighted items named on the chart when the state lists none and there are at most this many. */
const MAX_AUTO_LABELS = 6;

function render(data: TimelineData, state: TimelineState, size: ChartSize, lang: Lang): SvgNode {
  checkTimelineState(data, state);
  const [lo, hi] = timelineDomain(data);
  const s = sizesFor(size.width);
  const x = yearScale([lo, hi], [SIDE, size.width - SIDE]);
  const plotBottom = size.height - AXIS_HEIGHT;
  const lanes = buildLanes(data, state, x, size, s, lang);
  const { rows, levelGap } = fitLanes(lanes, s, plotBottom - 4);
  const spare = Math.max(0, plotBottom - 4 - lanes.reduce((sum, l, i) => sum + laneHeight(l, s, levelGap, rows[i]!), 0)) / lanes.length;

  const x0 = x(state.from ?? lo);
  const x1 = state.from === undefined && state.to === undefined ? x0 : x((state.to ?? hi - 1) + 1);
  const label = periodLabel(
    state,
    [lo, hi],
    [x0, x1],
    lanes[0]!,
    { heading: 2 + spare / 2 + s.font, axis: plotBottom + s.font + 4 },
    size.width,
    s,
    lang,
  );
  const children: SvgNode[] = [
    node('rect', { x: x0, y: 0, width: x1 - x0, height: plotBottom, fill: HIGHLIGHT_BAND }, [], 'period'),
    axis(lo, hi, x, 0, plotBottom, s, label?.axisGap),
  ];
  let top = 2;
  lanes.forEach((lane, i) => {
    children.push(laneGroup(lane, top + spare / 2, rows[i]!, levelGap, s, x, lo, hi, lang));
    top += laneHeight(lane, s, levelGap, rows[i]!) + spare;
  });
  if (label) children.push(label.node);
  return svgRoot('timeline', size, children);
}

/** The years a state highlights, in words: "2017", "2017–2023", or the whole range without from and to. */
function periodWords(state: TimelineState, [lo, hi]: readonly [number, number]): string {
  const from = state.from ?? lo;
  const to = state.to ?? hi - 1;
  return from === to ? String(from) : `${from}–${to}`;
}

/**
 * The highlighted period named on its band, in the first lane's heading row, so the counts in the lane
 * headings read as "in these years": at the band's right edge, or centred on a band too narrow for it.
 * Where it would meet that heading (a phone), it takes the axis row under the band instead, in place of
 * the year labels it would meet.
 */
function periodLabel(
  state: TimelineState,
  [lo, hi]: readonly [number, number],
  [x0, x1]: readonly [number, number],
  firstLane: Lane,
  rows: { readonly heading: number; readonly axis: number },
  width: number,
  s: Sizes,
  lang: Lang,
): { node: SvgNode; axisGap?: AxisGap } | undefined {
  if (state.from === undefined && state.to === undefined) return undefined;
  const words = periodWords(state, [lo, hi]);
  // Bold text runs about a tenth wider than textWidth's regular-weight estimate.
  const w = textWidth(words, s.font) * 1.1;
  const heading = TIMELINE_MESSAGES[lang].strands[firstLane.strand].label;
  const headingRight = SIDE + textWidth(`${heading} (000)`, s.font) * 1.1 + 8;
  const centre = (x0 + x1) / 2;
  const attrs = { 'font-size': s.font, 'font-weight': 700, fill: INK };
  // At the band's right edge where the band is wide enough for it, else centred on the band.
  const spots = [
    ...(w + 8 <= x1 - x0 ? [{ anchor: 'end', x: x1 - 4, left: x1 - 4 - w }] : []),
    { anchor: 'middle', x: centre, left: centre - w / 2 },
  ];
  const spot = spots.find((p) => p.left >= headingRight && p.left + w <= width - SIDE / 2);
  if (spot) {
    return { node: text(words, { x: r1(spot.x), y: r1(rows.heading), 'text-anchor': spot.anchor, ...attrs }, 'period-label') };
  }
  const left = Math.min(Math.max(centre - w / 2, 0), width - w);
  return {
    node: text(words, { x: r1(left + w / 2), y: r1(rows.axis), 'text-anchor': 'middle', ...attrs }, 'period-label'),
    axisGap: { left, right: left + w },
  };
}

const MAX_LISTED = 6;

function describe(data: TimelineData, state: TimelineState, lang: Lang): string {
  checkTimelineState(data, state);
  const words = TIMELINE_MESSAGES[lang];
  const [lo, hi] = timelineDomain(data);
  const lit = data.items.filter((i) => isHighlighted(i, state)).sort(byDate);
  const what = state.strand === 'all' ? words.everyStrand : words.strands[state.strand].phrase;
  const head = words.head(what, periodWords(state, [lo, hi]), lit.length, data.items.length);
  if (lit.length === 0) return head;
  // The items the step names come first, so the description names what the chart calls out.
  const named = new Set(state.label ?? []);
  const ordered = [...lit.filter((i) => named.has(i.id)), ...lit.filter((i) => !named.has(i.id))].slice(
    0,
    Math.max(MAX_LISTED, named.size),
  );
  // Titles are often whole sentences: their own closing period would double the list's punctuation.
  const listed = ordered.sort(byDate).map((i) => `${i.date.slice(0, 4)}${colon(lang)} ${i.title[lang].replace(/\.$/, '')}`);
  const more = lit.length - listed.length;
  return `${head} ${listed.join('; ')}.${more > 0 ? words.more(more) : ''}`;
}

export const timelineChart: ChartModule<TimelineData, TimelineState> = {
  id: 'timeline',
  aspect: (width) => (isNarrow(width) ? 1.15 : 0.62),
  render,
  describe,
};

export default timelineChart;
