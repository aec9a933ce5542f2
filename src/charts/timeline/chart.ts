/**
 * `timeline`: council actions and other dated events on one time axis, one lane per strand of the story
 * (councils, police, Ottawa, other). A state highlights one strand and/or a period; everything else stays
 * visible but faded, so the reader keeps the whole story in view. The lanes a state is about stack their
 * marks so each stays visible, and name the marks the step talks about in rows of callouts above them;
 * the other lanes shrink to one faded line.
 */
import { formatNumber, type Lang } from '../../i18n/locale.ts';
import { lines, node, r1, svgRoot, symbol, text, textWidth, translate, type MarkShape } from '../common/draw.ts';
import { attachAt, callouts, columnsOf, liftedMarkY, ROW_GAP, rowBaseline, type Callout, type Sizes } from './callouts.ts';
import { isNarrow, minText } from '../common/layout.ts';
import { HIGHLIGHT_BAND, INK, MUTED_INK, PALETTE, PAPER, RULE, TEXT_HALO } from '../common/palette.ts';
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
  /** Drawn in its ladder's row beside its name, not on the stack. */
  readonly lifted: boolean;
}

interface Lane {
  readonly strand: Strand;
  /** A lane the state is about: its marks stack and it may carry callouts; other lanes are one faded line. */
  readonly focused: boolean;
  items: readonly PlacedItem[];
  levels: number;
  readonly callouts: Callout[];
  /** Stacks the marks again after a ladder lost its rows: its marks go back on their stacks. */
  readonly restack: () => void;
}

/**
 * Marks that would touch go up a level, so every mark in a focused lane stays visible. The marks the
 * step names are stacked last, so they sit on top of their stack, next to their callouts; those lifted
 * into a ladder leave the stack to the others.
 */
function stack(
  items: readonly TimelineItem[],
  x: (t: number) => number,
  gap: number,
  state: TimelineState,
  named: ReadonlySet<string>,
  lifted: ReadonlySet<string>,
): PlacedItem[] {
  const levels: number[][] = [];
  const order = [...items.filter((i) => !named.has(i.id)), ...items.filter((i) => named.has(i.id))];
  const placed = new Map<string, PlacedItem>();
  for (const item of order) {
    if (lifted.has(item.id)) {
      placed.set(item.id, { item, x: x(item.t), level: 0, on: isHighlighted(item, state), lifted: true });
      continue;
    }
    const ix = x(item.t);
    let level = 0;
    while ((levels[level] ?? []).some((other) => Math.abs(other - ix) < gap)) level++;
    (levels[level] ??= []).push(ix);
    placed.set(item.id, { item, x: ix, level, on: isHighlighted(item, state), lifted: false });
  }
  // Drawing order stays by date in every state, so the browser patches marks in place.
  return items.map((i) => placed.get(i.id)!);
}

function buildLanes(data: TimelineData, state: TimelineState, x: (t: number) => number, size: ChartSize, s: Sizes, lang: Lang): Lane[] {
  const lit = data.items.filter((i) => isHighlighted(i, state));
  // The marks the step names; without a list, every highlighted mark when there are few enough to name.
  const wanted = new Set(state.label ?? (lit.length <= MAX_AUTO_LABELS ? lit.map((i) => i.id) : []));
  const maxChars = Math.min(36, Math.floor(((size.width - 2 * SIDE) / (s.font * 0.56)) * 0.6));
  const bandYear = state.from !== undefined && state.from === state.to ? String(state.from) : undefined;
  const gap = s.r * 2 + 1;
  return STRANDS.map((strand) => {
    const focused = state.strand === 'all' || state.strand === strand;
    const items = data.items.filter((i) => i.strand === strand).sort(byDate);
    const named = items.filter((i) => wanted.has(i.id)).map((item) => ({ item, x: x(item.t) }));
    const groups = columnsOf(named, s.r + 2.5, gap * 2);
    const settle = (lifted: ReadonlySet<string>) => {
      const placed = focused
        ? stack(items, x, gap, state, wanted, lifted)
        : items.map((item) => ({ item, x: x(item.t), level: 0, on: isHighlighted(item, state), lifted: lifted.has(item.id) }));
      return { placed, levels: Math.max(1, ...placed.filter((p) => !p.lifted).map((p) => p.level + 1)) };
    };
    // The stacks as they stand once the ladders are lifted, each as high as stacks may tighten, so a
    // ladder's names keep clear of the marks under its first row.
    const pre = settle(new Set(groups.flatMap((g) => (g.flat().length > 1 ? g.flat().map((m) => m.item.id) : []))));
    const below = pre.placed.filter((p) => !p.lifted).map((p) => ({ x: p.x, y: s.r + 3 + (pre.levels - 1 - p.level) * Math.max(s.r, 6) }));
    const lane: Lane = {
      strand,
      focused,
      items: [],
      levels: 1,
      callouts: callouts(groups, below, { left: SIDE, right: size.width - SIDE }, s, lang, maxChars, bandYear),
      restack: () => {
        const { placed, levels } = settle(new Set(lane.callouts.filter((c) => c.ladder !== undefined).map((c) => c.item.id)));
        lane.items = placed;
        lane.levels = levels;
      },
    };
    lane.restack();
    return lane;
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
  const rowsOf = (lane: Lane) => Math.max(0, ...lane.callouts.map((c) => c.row + c.lines.length));
  const rows = lanes.map(rowsOf);
  let levelGap = s.r * 2 + 1;
  const total = () => lanes.reduce((sum, l, i) => sum + laneHeight(l, s, levelGap, rows[i]!), 0);
  const tighten = (floor: number) => {
    const stacked = Math.max(
      1,
      lanes.reduce((sum, l) => sum + (l.levels - 1), 0),
    );
    if (total() > available) levelGap = Math.max(floor, levelGap - (total() - available) / stacked);
  };
  // Marks closer than 6 px read as one blot: below that a callout row goes first.
  tighten(Math.max(s.r, 6));
  while (total() > available && rows.some((r) => r > 0)) {
    const i = rows.indexOf(Math.max(...rows));
    const lane = lanes[i]!;
    const cut = rows[i]! - 1;
    const kept = lane.callouts.filter((c) => c.row + c.lines.length <= cut);
    // A ladder's mark whose row goes back on its stack, under the rest of its ladder.
    const unlifted = lane.callouts.some((c) => c.ladder !== undefined && !kept.includes(c));
    lane.callouts.splice(0, lane.callouts.length, ...kept);
    if (unlifted) lane.restack();
    rows[i] = Math.min(cut, rowsOf(lane));
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
  const base = top + laneHeight(lane, s, levelGap, rows) - s.r - 4;
  const heading = [
    laneHeading(lane, top - base + s.font, s, lang),
    node('line', { x1: x(lo), x2: x(hi), y1: 0, y2: 0, stroke: RULE, 'stroke-width': 0.5 }, [], `laneline:${lane.strand}`),
  ];
  const stackTop = -(lane.levels - 1) * levelGap - s.r - 3;
  const calloutOf = new Map(lane.callouts.map((c) => [c.item.id, c]));
  // A lifted mark sits at the middle of its name's last line, in the rows above the stacks.
  const yOf = (p: PlacedItem) => (p.lifted ? stackTop + liftedMarkY(calloutOf.get(p.item.id)!.row, s) : -p.level * levelGap);
  const marks = lane.items.map((p) =>
    symbol(style.shape, p.x, yOf(p), s.r, p.on ? style.color : '#b8b8b8', `item:${p.item.id}`, {
      'data-on': p.on ? '1' : '0',
      // A faded lane sets its marks on one line, where they overlap: outlined, a run of them read as a
      // row of crescents; unoutlined, it reads as one band where many things happened.
      stroke: lane.focused ? PAPER : 'none',
      'stroke-width': 0.75,
    }),
  );
  const labels = lane.callouts.flatMap((c) => {
    const mark = lane.items.find((p) => p.item.id === c.item.id)!;
    const baseline = stackTop + rowBaseline(c.row, s);
    const w = Math.max(...c.lines.map((l) => textWidth(l, s.font)));
    const joins =
      c.ladder === undefined
        ? [leader(mark, yOf(mark), c, baseline, w, s)]
        : c.ladder === c.item.id
          ? stem(lane, mark, yOf(mark), s, levelGap)
          : [];
    // Widths are estimated (from one font's widths; the reader's font may set the text narrower), so a
    // label left of its mark is anchored at its end: the leader (or the mark beside it) then meets the
    // text itself, not the gap an over-estimate leaves after it.
    const leftOfMark = c.x0 < mark.x;
    const attrs = {
      'font-size': s.font,
      'text-anchor': leftOfMark ? 'end' : 'start',
      ...TEXT_HALO,
    };
    return [
      ...joins,
      lines(c.lines, leftOfMark ? c.x0 + w : c.x0, baseline - (c.lines.length - 1) * s.row, s.row, attrs, `label:${c.item.id}`),
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

function laneHeading(lane: Lane, y: number, s: Sizes, lang: Lang): SvgNode {
  const active = lane.focused;
  const label = TIMELINE_MESSAGES[lang].strands[lane.strand].label;
  const lit = lane.items.filter((p) => p.on).length;
  return text(
    // A lane the step is not about has grey marks inside the shaded years too: "Police (0)" beside
    // them read as "no police events then", so only the lanes in focus give their count.
    active ? `${label} (${formatNumber(lang, lit)})` : label,
    { x: SIDE, y, 'font-size': s.font, 'font-weight': active ? 700 : 400, fill: active ? INK : MUTED_INK },
    `lane:${lane.strand}`,
  );
}

/** From the top of a mark straight up to its callout's row, then to the near end of its text. */
function leader(mark: PlacedItem, y: number, c: Callout, baseline: number, w: number, s: Sizes): SvgNode {
  const attachX = attachAt(mark.x, c.x0, w);
  const end = attachX === mark.x ? baseline + s.font * 0.25 : baseline - s.font * 0.3;
  return node(
    'path',
    {
      d: `M${r1(mark.x)},${r1(y - s.r - 1)}V${r1(baseline + s.font * 0.25)}L${r1(attachX)},${r1(end)}`,
      fill: 'none',
      stroke: MUTED_INK,
      'stroke-width': 0.75,
    },
    [],
    `leader:${c.item.id}`,
  );
}

/**
 * A ladder that starts above its own stack (the lane's tallest stack is elsewhere) hangs from it by a
 * dotted stem, so its marks still read as that column's.
 */
function stem(lane: Lane, first: PlacedItem, y: number, s: Sizes, levelGap: number): SvgNode[] {
  const below = lane.items.filter((p) => !p.lifted && Math.abs(p.x - first.x) < s.r * 2 + 1);
  const from = Math.min(s.r, ...below.map((p) => -p.level * levelGap)) - s.r - 1;
  if (from - (y + s.r + 1) < s.row) return [];
  return [
    node(
      'path',
      {
        d: `M${r1(first.x)},${r1(from)}V${r1(y + s.r + 1)}`,
        fill: 'none',
        stroke: MUTED_INK,
        'stroke-width': 0.75,
        'stroke-dasharray': '1 2',
      },
      [],
      `stem:${first.item.id}`,
    ),
  ];
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
