/**
 * Where the timeline names the marks a step talks about. Callouts sit in rows above a lane's stacks
 * (row 0 nearest): a mark alone in its column sends a leader straight up to its label; the named marks
 * of one column leave their stack and form a ladder, each mark in its own row right beside its own
 * name, since leaders rising from one stack would run together and leave the reader guessing which
 * mark is whose.
 */
import type { Lang } from '../../i18n/locale.ts';
import { textWidth, wrapWords } from '../common/draw.ts';
import { segmentsCross, type Box, type Segment } from '../common/labels.ts';
import type { TimelineItem } from './chart.ts';
import { TIMELINE_MESSAGES } from './messages.ts';

export const ROW_GAP = 2;

export interface Sizes {
  readonly font: number;
  readonly r: number;
  readonly row: number;
  readonly header: number;
}

export interface Callout {
  readonly item: TimelineItem;
  readonly lines: readonly string[];
  readonly x0: number;
  /** The row of its last line; a two-line callout also fills the row above. */
  readonly row: number;
  /** The first item of its ladder, when its mark is drawn in the callout's row beside the label. */
  readonly ladder?: string;
}

/** A mark's centre. */
export interface Dot {
  readonly x: number;
  readonly y: number;
}

/** A named mark, by the position of its date. */
export interface Named {
  readonly item: TimelineItem;
  readonly x: number;
}

/** A ladder's name and its own mark. */
interface NamedText {
  readonly text: Box;
  readonly own: Dot;
}

/** What the placement of one callout, or one ladder, adds to the drawing so far. */
interface Spot {
  readonly callouts: readonly Callout[];
  readonly named: readonly NamedText[];
  readonly boxes: readonly Box[];
  readonly path: readonly Segment[];
  readonly crossed: number;
  readonly cost: number;
  readonly rowsUsed: number;
}

interface Placing {
  readonly taken: readonly Box[];
  readonly leaders: readonly Segment[];
  readonly rowsUsed: number;
  /** Where marks still waiting for their labels sit. */
  readonly waiting: readonly number[];
  /** The stacked marks' centres, as high as they may be drawn (below the stacks' top, y = 0). */
  readonly below: readonly Dot[];
  /** The names of the ladders placed so far, each with its own mark. */
  readonly named: readonly NamedText[];
  readonly bounds: { readonly left: number; readonly right: number };
  readonly s: Sizes;
}

const CALLOUT_LINES = 3;

/**
 * The named marks of a lane, grouped by column: marks closer than `near` to one another would send
 * their leaders over each other's marks, so such a group becomes a ladder; a ladder also takes in a
 * column closer than `merge` to it, since two ladders side by side would set two names in one row
 * with their marks a few px apart. Each group is a list of columns, each column in the order of its
 * dates, the earliest nearest the stack, as a stack would have them.
 */
export function columnsOf(named: readonly Named[], near: number, merge: number): Named[][][] {
  const chain = <T>(groups: readonly T[][], joins: (a: readonly T[], b: readonly T[]) => boolean) =>
    groups.reduce<T[][]>((out, g) => {
      const last = out.at(-1);
      if (last && joins(last, g)) last.push(...g);
      else out.push([...g]);
      return out;
    }, []);
  const byX = [...named].sort((a, b) => a.x - b.x || a.item.id.localeCompare(b.item.id)).map((m) => [m]);
  const columns = chain(byX, (a, b) => b[0]!.x - a.at(-1)!.x < near);
  return chain(
    columns.map((c) => [c]),
    (a, b) => (a.length > 1 || a[0]!.length > 1 || b[0]!.length > 1) && b[0]![0]!.x - a.at(-1)!.at(-1)!.x < merge,
  );
}

/**
 * A callout's lines: a long title takes up to three lines rather than the whole width, so two callouts
 * can share a row, and is shortened only when even three lines cannot hold it.
 */
function linesOf(item: TimelineItem, lang: Lang, maxChars: number, bandYear: string | undefined): string[] {
  const year = item.date.slice(0, 4);
  // Inside a one-year band headed by its year, "(2017)" after every name would only repeat the heading.
  if (year === bandYear) return wrapWords(item.short[lang], maxChars, CALLOUT_LINES);
  const label = TIMELINE_MESSAGES[lang].itemLabel(item.short[lang], year);
  if (label.length <= maxChars) return [label];
  const whole = wrapWords(label, maxChars);
  if (whole.length <= CALLOUT_LINES) return whole;
  // The year always shows: the words wrap (and at worst shorten) before it.
  const words = wrapWords(item.short[lang], maxChars - year.length - 2, CALLOUT_LINES);
  return [...words.slice(0, -1), TIMELINE_MESSAGES[lang].itemLabel(words.at(-1)!, year)];
}

/**
 * Each label sits beside its mark (right, else left, else further along the row) in a row where it
 * overlaps no other label and its leader, from the top of the stack up to the label, crosses no label
 * in a nearer row; of those spots it takes the nearest one that does not cover a mark still waiting
 * for its label. Columns are taken in a few orders (right to left, left to right, from the edges in,
 * from the middle out); the order that names the most marks wins.
 */
export function callouts(
  groups: readonly (readonly (readonly Named[])[])[],
  below: readonly Dot[],
  bounds: { left: number; right: number },
  s: Sizes,
  lang: Lang,
  maxChars: number,
  bandYear: string | undefined,
): Callout[] {
  const lines = new Map(groups.flat(2).map((m) => [m.item.id, linesOf(m.item, lang, maxChars, bandYear)]));
  const xOf = (g: readonly (readonly Named[])[]) => (g[0]![0]!.x + g.at(-1)!.at(-1)!.x) / 2;
  const idOf = (g: readonly (readonly Named[])[]) => g[0]![0]!.item.id;
  const attempt = (order: readonly (readonly (readonly Named[])[])[]): { out: Callout[]; crossings: number; rowsUsed: number } => {
    let crossings = 0;
    const taken: Box[] = [];
    const leaders: Segment[] = [];
    const out: Callout[] = [];
    let rowsUsed = 0;
    const named: NamedText[] = [];
    const place = (column: readonly Named[], waiting: readonly number[]): boolean => {
      const placing = { taken, leaders, rowsUsed, waiting, below, named, bounds, s };
      const spot = column.length > 1 ? ladderSpot(column, lines, placing) : singleSpot(column[0]!, lines.get(column[0]!.item.id)!, placing);
      if (!spot) return false;
      crossings += spot.crossed;
      taken.push(...spot.boxes);
      leaders.push(...spot.path);
      rowsUsed = Math.max(rowsUsed, spot.rowsUsed);
      out.push(...spot.callouts);
      named.push(...spot.named);
      return true;
    };
    order.forEach((group, index) => {
      const waiting = order.slice(index + 1).flatMap((g) => g.flat().map((m) => m.x));
      // Columns merged into one ladder that finds no room go back to their own ladders or leaders.
      if (group.length === 1 || !place(group.flat(), waiting)) group.forEach((column) => place(column, waiting));
    });
    return { out, crossings, rowsUsed };
  };
  const byX = [...groups].sort((a, b) => xOf(b) - xOf(a) || idOf(a).localeCompare(idOf(b)));
  const mid = (bounds.left + bounds.right) / 2;
  const outsideIn = [...byX].sort((p, q) => Math.abs(xOf(q) - mid) - Math.abs(xOf(p) - mid) || idOf(p).localeCompare(idOf(q)));
  return [byX, [...byX].reverse(), outsideIn, [...outsideIn].reverse()].map(attempt).reduce((best, next) => {
    // The most names, then the fewest leaders crossing, then the fewest rows.
    const score = (a: typeof best) => [-a.out.length, a.crossings, a.rowsUsed];
    const [n, b] = [score(next), score(best)];
    const i = n.findIndex((v, k) => v !== b[k]);
    return i >= 0 && n[i]! < b[i]! ? next : best;
  }).out;
}

/** Rows above the stack's top (y = 0): the baseline of a row's text. */
export const rowBaseline = (row: number, s: Sizes) => -ROW_GAP - row * s.row;

/** One mark alone in its column: its leader rises straight up past nearer rows and turns to its label in its own row. */
function singleSpot(m: Named, lines: readonly string[], p: Placing): Spot | undefined {
  const { s, bounds, taken, leaders, waiting } = p;
  const w = Math.max(...lines.map((l) => textWidth(l, s.font)));
  // Beside the mark first, then further along the row (the leader turns along it), then over it.
  const over = Math.max(bounds.left, Math.min(m.x - w / 2, bounds.right - w));
  const starts = [...[0, 24, 48, 96].flatMap((shift) => [m.x + s.r + 3 + shift, m.x - s.r - 3 - w - shift]), over].filter(
    (x0) => x0 >= bounds.left && x0 + w <= bounds.right,
  );
  let best: Spot | undefined;
  for (let row = 0; row <= p.rowsUsed; row++) {
    const base = rowBaseline(row, s);
    starts.forEach((x0, option) => {
      const box = { x0: x0 - 5, x1: x0 + w + 5, y0: base - (lines.length - 1) * s.row - s.font * 0.8, y1: base + s.font * 0.25 };
      if (taken.some((o) => overlapsBox(box, o))) return;
      const attachX = attachAt(m.x, x0, w);
      const turn = { x1: m.x, y1: base + s.font * 0.25, x2: attachX, y2: base - s.font * 0.3 };
      const rise = { x1: m.x, y1: 0, x2: m.x, y2: base + s.font * 0.25 };
      if (taken.some((o) => crosses(turn, o) || crosses(rise, { x0: o.x0 + 3, x1: o.x1 - 3, y0: o.y0, y1: o.y1 }))) return;
      if (leaders.some((l) => crosses(l, { x0: box.x0 + 3, x1: box.x1 - 3, y0: box.y0, y1: box.y1 }))) return;
      // Leaders that cross read as a tangle of which name goes with which mark: a row or spot without
      // a crossing wins over a nearer one. A turn across a mark still waiting for its label would be
      // crossed by that mark's leader later.
      const crossed =
        leaders.filter((l) => segmentsCross(l, turn) || segmentsCross(l, rise)).length +
        waiting.filter((x) => x > Math.min(m.x, attachX) + 1 && x < Math.max(m.x, attachX) - 1).length;
      // A label over a mark still waiting for its own would stop that mark's leader: avoid it if possible.
      const cost = waiting.filter((x) => x > box.x0 && x < box.x1).length * 1000 + crossed * 100 + row * 10 + option;
      if (best && cost >= best.cost) return;
      const callout = { item: m.item, lines, x0, row };
      best = { callouts: [callout], named: [], boxes: [box], path: [rise, turn], crossed, cost, rowsUsed: row + lines.length };
    });
  }
  return best;
}

/** How far above a row's baseline a lifted mark sits: the middle of the row's lowercase letters. */
export const liftedMarkY = (row: number, s: Sizes) => rowBaseline(row, s) - s.font * 0.32;

/**
 * The named marks of one column, each lifted into its own row with its name right beside it, the
 * earliest nearest the stack: all names on the side where they fit, in the lowest rows where nothing
 * else is. A stem in the column (drawn by the lane) joins a ladder that starts above its stack.
 */
function ladderSpot(column: readonly Named[], linesById: ReadonlyMap<string, readonly string[]>, p: Placing): Spot | undefined {
  const { s, bounds, taken, leaders, waiting } = p;
  const stemAt = { x0: column[0]!.x - s.r - 1, x1: column.at(-1)!.x + s.r + 1 };
  let best: Spot | undefined;
  // One row above all the others too: a taller stack nearby can leave no room in the rows below.
  for (let row0 = 0; row0 <= p.rowsUsed + 1; row0++) {
    (['right', 'left'] as const).forEach((side, option) => {
      const ladder = ladderRows(column, linesById, side, row0, s);
      if (ladder.texts.some((t) => t.x0 < bounds.left || t.x1 > bounds.right)) return;
      // Each name stays clearly nearer its own mark than any other: those of the rows above and below it
      // (a few px along the row), of other ladders, and the stacked marks under the first row.
      const names = ladder.texts.map((text, i) => ({ text, own: ladder.dots[i]! }));
      const dots = [...ladder.dots, ...p.below, ...p.named.map((n) => n.own)];
      const all = [...names, ...p.named];
      if (!all.every(({ text, own }) => dots.every((d) => d === own || gapTo(text, d) >= gapTo(text, own) + 1))) return;
      const boxes = [...ladder.boxes, { ...stemAt, y0: liftedMarkY(row0, s), y1: 0 }];
      if (boxes.some((b) => taken.some((o) => overlapsBox(b, o)) || leaders.some((l) => crosses(l, b)))) return;
      const cost = waiting.filter((x) => ladder.boxes.some((b) => x > b.x0 && x < b.x1)).length * 1000 + row0 * 10 + option;
      if (best && cost >= best.cost) return;
      best = { callouts: ladder.out, named: names, boxes, path: [], crossed: 0, cost, rowsUsed: ladder.rowsUsed };
    });
  }
  return best;
}

/** A ladder's rows on one side of its column: each callout, its text, its mark and the room both take. */
function ladderRows(
  column: readonly Named[],
  linesById: ReadonlyMap<string, readonly string[]>,
  side: 'right' | 'left',
  row0: number,
  s: Sizes,
) {
  const out: Callout[] = [];
  const texts: Box[] = [];
  const dots: Dot[] = [];
  const boxes: Box[] = [];
  let row = row0;
  for (const m of column) {
    const lines = linesById.get(m.item.id)!;
    const w = Math.max(...lines.map((l) => textWidth(l, s.font)));
    const base = rowBaseline(row, s);
    // Each name starts right at its own mark, even where the column's marks are a few px apart.
    const x0 = side === 'right' ? m.x + s.r + 3 : m.x - s.r - 3 - w;
    const text = { x0, x1: x0 + w, y0: base - (lines.length - 1) * s.row - s.font * 0.8, y1: base + s.font * 0.25 };
    const y = liftedMarkY(row, s);
    texts.push(text);
    dots.push({ x: m.x, y });
    // The column's own side stops at its mark's edge: a neighbouring column's marks may sit a few px away.
    boxes.push({ x0: Math.min(text.x0 - 5, m.x - s.r - 1), x1: Math.max(text.x1 + 5, m.x + s.r + 1), y0: text.y0, y1: text.y1 });
    out.push({ item: m.item, lines, x0, row, ladder: column[0]!.item.id });
    row += lines.length;
  }
  return { out, texts, dots, boxes, rowsUsed: row };
}

/** Where a leader meets its label: the near end, or straight below it when the label spans its mark. */
export function attachAt(markX: number, x0: number, w: number): number {
  return x0 > markX ? x0 - 1 : x0 + w < markX ? x0 + w + 1 : markX;
}

/** How far a mark's centre is from a text. */
const gapTo = (t: Box, d: Dot) => Math.hypot(Math.max(t.x0 - d.x, 0, d.x - t.x1), Math.max(t.y0 - d.y, 0, d.y - t.y1));

const overlapsBox = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function crosses(seg: Segment, box: Box): boolean {
  for (let i = 0; i <= 16; i++) {
    const t = i / 16;
    const x = seg.x1 + (seg.x2 - seg.x1) * t;
    const y = seg.y1 + (seg.y2 - seg.y1) * t;
    if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) return true;
  }
  return false;
}
