/**
 * The basemap as pages ship it (build time only). canada.json keeps the whole country in absolute
 * coordinates, easy to check and to regenerate; a page needs less: no panel shows anything north of
 * `northernmostShown`, and path data written as short relative steps compresses to about half the size of
 * absolute coordinates. On the chapter that opens with the map, the outline was a tenth of the page's
 * compressed bytes, all of it downloaded and parsed before the first paint.
 */
import { northernmostShown, type Basemap, type MapData } from './chart.ts';
import { CANADA } from './data.ts';

/** A point in tenths of a frame unit: the finest the committed geometry is drawn at. */
type Point = readonly [number, number];

export interface PathLine {
  readonly points: readonly Point[];
  readonly closed: boolean;
}

/** Reads the absolute M/L/Z path data that scripts/build-geometry.ts writes, in tenths of a unit. */
export function parseAbsolutePath(d: string): PathLine[] {
  const lines: PathLine[] = [];
  for (const [, body, close] of d.matchAll(/M([^MZ]*)(Z?)/g)) {
    const points = body!.split('L').map((pair) => {
      const [x, y] = pair.split(',').map(Number);
      if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`basemap path: cannot read the point "${pair}"`);
      return [Math.round(x! * 10), Math.round(y! * 10)] as const;
    });
    const closed = close === 'Z';
    // A closed ring repeats its first point at the end; "z" draws that edge.
    const last = points.at(-1)!;
    if (closed && points.length > 1 && last[0] === points[0]![0] && last[1] === points[0]![1]) points.pop();
    lines.push({ points, closed });
  }
  return lines;
}

function crossing(a: Point, b: Point, top: number): Point {
  const t = (top - a[1]) / (b[1] - a[1]);
  return [Math.round(a[0] + t * (b[0] - a[0])), top];
}

/**
 * The part of a ring on or south of `top` (tenths), as one ring: the cut runs along the line, north of
 * anything a panel shows, so the fill is right wherever it is seen.
 */
export function ringSouthOf(ring: readonly Point[], top: number): Point[] {
  const out: Point[] = [];
  ring.forEach((current, i) => {
    const previous = ring[(i + ring.length - 1) % ring.length]!;
    const currentIn = current[1] >= top;
    const previousIn = previous[1] >= top;
    if (currentIn !== previousIn) out.push(crossing(previous, current, top));
    if (currentIn) out.push(current);
  });
  return out.length >= 3 ? out : [];
}

/** The pieces of an open line on or south of `top` (tenths). */
export function lineSouthOf(line: readonly Point[], top: number): Point[][] {
  const pieces: Point[][] = [];
  let piece: Point[] = [];
  line.forEach((current, i) => {
    const previous = line[i - 1];
    const currentIn = current[1] >= top;
    if (previous && currentIn !== previous[1] >= top) piece.push(crossing(previous, current, top));
    if (currentIn) piece.push(current);
    else if (piece.length > 0) {
      pieces.push(piece);
      piece = [];
    }
  });
  if (piece.length > 0) pieces.push(piece);
  return pieces.filter((p) => p.length >= 2);
}

/** "12", "-3", ".5", "-1.5": a tenths count as the shortest number SVG reads. */
function tenths(n: number): string {
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const whole = Math.floor(abs / 10);
  const fraction = abs % 10;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${fraction}`;
}

/** Joins numbers with the fewest separators: none before a minus sign. */
function joined(numbers: readonly string[]): string {
  return numbers.map((n, i) => (i === 0 || n.startsWith('-') ? n : ` ${n}`)).join('');
}

/** Path data in relative steps ("M897 520l-7 3-3 6…z"); every point lands exactly where the absolute data put it. */
export function relativePath(lines: readonly PathLine[]): string {
  return lines
    .filter((line) => line.points.length > 0)
    .map(({ points, closed }) => {
      const [first, ...rest] = points;
      const steps = rest.flatMap((p, i) => {
        const before = i === 0 ? first! : rest[i - 1]!;
        return [tenths(p[0] - before[0]), tenths(p[1] - before[1])];
      });
      const start = `M${joined([tenths(first![0]), tenths(first![1])])}`;
      return start + (steps.length > 0 ? `l${joined(steps)}` : '') + (closed ? 'z' : '');
    })
    .join('');
}

function southOf(d: string, top: number): string {
  const lines = parseAbsolutePath(d).flatMap(({ points, closed }): PathLine[] =>
    closed ? [{ points: ringSouthOf(points, top), closed }] : lineSouthOf(points, top).map((p) => ({ points: p, closed })),
  );
  return relativePath(lines);
}

const shipped = new Map<number, Basemap>();

/** The basemap a page writes for this data: cut north of what any panel shows, in relative steps. */
export function shippedBasemap(data: MapData): Basemap {
  const top = Math.floor(northernmostShown(data) * 10);
  let basemap = shipped.get(top);
  if (!basemap) {
    basemap = {
      frame: CANADA.frame,
      land: southOf(CANADA.land, top),
      lakes: southOf(CANADA.lakes, top),
      borders: southOf(CANADA.borders, top),
    };
    shipped.set(top, basemap);
  }
  return basemap;
}
