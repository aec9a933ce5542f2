/**
 * `map`: every city in the story, shown from the year of its first recorded council action, in the
 * colour and shape of its status at the end of the year the state names. Nearly every city sits in the
 * Windsor–Québec corridor, so the map is two panels: the corridor enlarged on top, and below it the rest
 * of Canada with an outline of the enlarged area. Each city is drawn once, in the panel that holds it.
 * The outline of Canada and the Great Lakes are not drawn here: they are shared geometry, written once
 * per page by `basemapDefs` and shown in both panels with <use>, so each state carries only its marks.
 */
import type { CityStatus } from '../../data/schemas.ts';
import type { Lang } from '../../i18n/locale.ts';
import { STATUS_LABELS } from '../../i18n/ui.ts';
import { lines, node, r1, svgRoot, symbol, text, textWidth } from '../common/draw.ts';
import { wrapToWidth } from '../common/text-fit.ts';
import { isNarrow, minText } from '../common/layout.ts';
import { INK, LAND, MUTED_INK, PAPER, RULE, SHORE, TEXT_HALO, WATER } from '../common/palette.ts';
import { ChartStateError, colon, joinLabels, joinList } from '../common/text.ts';
import { markBox, overlaps, placeLabels, searchLabels, type Box, type LabelRequest } from '../common/labels.ts';
import { STATUS_STYLE } from '../common/status-style.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';
import { MAP_MESSAGES } from './messages.ts';

export interface MapCity {
  readonly id: string;
  readonly name: Readonly<Record<Lang, string>>;
  /** Position in the basemap's frame (projected at build time). */
  readonly x: number;
  readonly y: number;
  /** The city's status at the end of each year in which it changed, oldest first. */
  readonly changes: readonly { readonly year: number; readonly status: CityStatus }[];
}

export interface MapData {
  /** The frame the basemap and the city positions were projected into. */
  readonly frame: { readonly width: number; readonly height: number };
  /** id of the element (written by basemapDefs) holding the outline, without "#". */
  readonly basemap: string;
  /** The Windsor–Québec corridor in the frame: cities inside it are drawn in the enlarged panel. */
  readonly corridor: Box;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly cities: readonly MapCity[];
}

export interface MapState {
  readonly year: number;
  /** Statuses to bring forward; cities with any other status fade and lose their labels. */
  readonly highlight?: readonly CityStatus[];
  /** Ids of the cities the step names: labelled before any other, so they keep their label. */
  readonly label?: readonly string[];
}

export interface Basemap {
  readonly frame: { readonly width: number; readonly height: number };
  readonly land: string;
  readonly borders: string;
  /** The Great Lakes, drawn over the land (the province outlines run to the mid-lake border). */
  readonly lakes: string;
}

/** Status order from strongest commitment to none: legends, descriptions and drawing order follow it. */
export const STATUS_ORDER: readonly CityStatus[] = ['adopted', 'renamed', 'referred', 'debated', 'declined', 'withdrawn', 'no_action'];

export function checkMapState(data: MapData, state: MapState): void {
  if (!state || typeof state.year !== 'number' || !Number.isInteger(state.year)) {
    throw new ChartStateError('map', `a state is { year: <a whole year> }, got ${JSON.stringify(state)}.`);
  }
  if (
    state.highlight !== undefined &&
    (!Array.isArray(state.highlight) || state.highlight.length === 0 || state.highlight.some((s) => !STATUS_ORDER.includes(s)))
  ) {
    throw new ChartStateError(
      'map',
      `highlight is a list of statuses among ${STATUS_ORDER.join(', ')}; got ${JSON.stringify(state.highlight)}.`,
    );
  }
  if (state.label !== undefined && (!Array.isArray(state.label) || state.label.some((id) => !data.cities.some((c) => c.id === id)))) {
    throw new ChartStateError(
      'map',
      `label is a list of city ids from municipalities.csv; got ${JSON.stringify(state.label)}. Known ids: ${data.cities.map((c) => c.id).join(', ')}.`,
    );
  }
  if (state.year < data.firstYear || state.year > data.lastYear) {
    throw new ChartStateError(
      'map',
      `year ${state.year} is outside the data: council actions run from ${data.firstYear} to ${data.lastYear}. Use ${data.lastYear} for "today".`,
    );
  }
}

/** The status a city had at the end of `year`, or undefined before its first recorded action. */
export function statusAt(city: MapCity, year: number): CityStatus | undefined {
  let status: CityStatus | undefined;
  for (const change of city.changes) if (change.year <= year) status = change.status;
  return status;
}

export function visibleCities(data: MapData, year: number): { city: MapCity; status: CityStatus; changed: boolean }[] {
  return data.cities.flatMap((city) => {
    const status = statusAt(city, year);
    if (status === undefined) return [];
    const before = statusAt(city, year - 1);
    return [{ city, status, changed: before !== status }];
  });
}

/** The outline, lakes and province borders, once per figure, inside the main graphic's <defs>. */
export function basemapDefs(basemap: Basemap, id: string): SvgNode {
  const line = { 'stroke-width': 0.75, 'vector-effect': 'non-scaling-stroke', 'stroke-linejoin': 'round' };
  return node('defs', {}, [
    node('g', { id }, [
      node('path', { d: basemap.land, fill: LAND, stroke: SHORE, ...line }),
      node('path', { d: basemap.lakes, fill: WATER, stroke: SHORE, ...line }),
      node('path', { d: basemap.borders, fill: 'none', stroke: RULE, ...line }),
    ]),
  ]);
}

/** Layout constants, in px at the drawn size. */
const GAP = 10;
const EDGE = 2;
/** Extra height, in px, above the western cities in the phone drawing (the corridor panel gives it up). */
const WEST_COAST_ROOM = 16;

interface Panel {
  readonly name: 'corridor' | 'rest';
  /** Where the panel sits in the drawing, in px. */
  readonly box: Box;
  /** The part of the basemap's frame it shows. */
  readonly view: Box;
  readonly scale: number;
}

interface MapLayout {
  readonly corridor: Panel;
  readonly rest: Panel;
  readonly r: number;
  readonly fontSize: number;
  readonly yearSize: number;
}

const inBox = (b: Box, x: number, y: number) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;

export const inCorridor = (data: MapData, city: MapCity): boolean => inBox(data.corridor, city.x, city.y);

function bboxOf(points: readonly { x: number; y: number }[], fallback: Box): Box {
  if (points.length === 0) return fallback;
  return {
    x0: Math.min(...points.map((p) => p.x)),
    y0: Math.min(...points.map((p) => p.y)),
    x1: Math.max(...points.map((p) => p.x)),
    y1: Math.max(...points.map((p) => p.y)),
  };
}

/** A view of `frameBox` (widened to at least `minSpan` frame units) that fills `box`, centred. */
function fitView(name: Panel['name'], frameBox: Box, box: Box, padPx: number, minSpan: number): Panel {
  const w = Math.max(frameBox.x1 - frameBox.x0, minSpan);
  const h = Math.max(frameBox.y1 - frameBox.y0, minSpan * 0.5);
  const scale = Math.min((box.x1 - box.x0 - 2 * padPx) / w, (box.y1 - box.y0 - 2 * padPx) / h);
  const cx = (frameBox.x0 + frameBox.x1) / 2;
  const cy = (frameBox.y0 + frameBox.y1) / 2;
  const halfW = (box.x1 - box.x0) / scale / 2;
  const halfH = (box.y1 - box.y0) / scale / 2;
  return { name, box, scale, view: { x0: cx - halfW, y0: cy - halfH, x1: cx + halfW, y1: cy + halfH } };
}

/**
 * The rest of Canada spans the page's width from the westernmost to the easternmost city (at least most
 * of the country, so it always reads as Canada); the corridor gets the height left above it.
 */
function restOfCanadaFrame(data: MapData): Box {
  const corridorCities = corridorCitiesBox(data);
  const all = bboxOf(data.cities, data.corridor);
  return {
    x0: Math.max(0, Math.min(all.x0 - 30, data.frame.width * 0.04)),
    x1: Math.min(data.frame.width, Math.max(all.x1 + 30, data.frame.width * 0.93)),
    y0: Math.max(0, Math.min(all.y0 - 55, corridorCities.y0 - 20)),
    y1: Math.min(data.frame.height, Math.max(all.y1, corridorCities.y1) + 8),
  };
}

const corridorCitiesBox = (data: MapData): Box =>
  bboxOf(
    data.cities.filter((c) => inCorridor(data, c)),
    data.corridor,
  );

/**
 * No panel, at any width, shows the basemap north of this line (in frame units): the rest-of-Canada panel
 * starts at its frame's top less the phone's room above the west coast, which is under 160 frame units
 * while the panel is drawn at least 0.1 px per unit (a 90 px wide map). The build leaves out the geometry
 * north of it, most of the Arctic coast and islands, which no reader would see.
 */
export const northernmostShown = (data: MapData): number => Math.max(0, restOfCanadaFrame(data).y0 - WEST_COAST_ROOM / 0.1);

function layoutPanels(data: MapData, size: ChartSize): MapLayout {
  const narrow = isNarrow(size.width);
  const corridorCities = corridorCitiesBox(data);
  const restFrame = restOfCanadaFrame(data);
  const fit = (frame: Box) => Math.min(size.width / (frame.x1 - frame.x0), (size.height * 0.4) / (frame.y1 - frame.y0));
  // On a phone the west coast's cities sit near the panel's top edge, hemmed in by the Prairies' marks:
  // a line of room above them is where Vancouver's name and its leader fit.
  const roomAbove = narrow ? WEST_COAST_ROOM / fit(restFrame) : 0;
  const restFrameWithRoom = { ...restFrame, y0: Math.max(0, restFrame.y0 - roomAbove) };
  const restScale = fit(restFrameWithRoom);
  const restHeight = (restFrameWithRoom.y1 - restFrameWithRoom.y0) * restScale;
  const corridorBox: Box = { x0: 0, y0: 0, x1: size.width, y1: size.height - restHeight - GAP };
  const restBox: Box = { x0: 0, y0: size.height - restHeight, x1: size.width, y1: size.height };
  const r = narrow ? 5 : 6;
  return {
    corridor: fitView('corridor', corridorCities, corridorBox, r + 8, 60),
    rest: fitView('rest', restFrameWithRoom, restBox, 0, 0),
    r,
    fontSize: Math.max(minText(size.width), 13),
    yearSize: narrow ? 28 : 32,
  };
}

function toPx(panel: Panel, x: number, y: number): { x: number; y: number } {
  return { x: panel.box.x0 + (x - panel.view.x0) * panel.scale, y: panel.box.y0 + (y - panel.view.y0) * panel.scale };
}

/**
 * Each city's mark position in px. Cities closer than a mark's width at this scale (Vancouver and New
 * Westminster, Guelph and Kitchener) are nudged apart so every mark stays visible. Positions are worked
 * out from every city in the data, not just those shown, so a mark never moves between states.
 */
function markPositions(data: MapData, layout: MapLayout): Map<string, { x: number; y: number; panel: Panel }> {
  const spots = data.cities
    .map((c) => {
      const panel = inCorridor(data, c) ? layout.corridor : layout.rest;
      return { id: c.id, panel, ...toPx(panel, c.x, c.y) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const minGap = layout.r * 2 + 2;
  for (let round = 0; round < 40; round++) {
    let moved = false;
    for (let i = 0; i < spots.length; i++) {
      for (let j = i + 1; j < spots.length; j++) {
        const a = spots[i]!;
        const b = spots[j]!;
        if (a.panel !== b.panel) continue;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const d = Math.hypot(dx, dy);
        if (d >= minGap) continue;
        // Coincident points part along a fixed diagonal, so the result never depends on chance.
        const [ux, uy] = d < 0.01 ? [Math.SQRT1_2, Math.SQRT1_2] : [dx / d, dy / d];
        const push = (minGap - d) / 2 + 0.01;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return new Map(spots.map((s) => [s.id, s]));
}

/** The year and the count, in the corner of the corridor panel with no city in it. */
function yearCorner(
  layout: MapLayout,
  marks: readonly { x: number; y: number }[],
  year: string,
  count: string,
): { box: Box; x: number; anchor: 'start' | 'end' } {
  const { box } = layout.corridor;
  const w = Math.max(textWidth(year, layout.yearSize, true), textWidth(count, layout.fontSize)) + 10;
  const h = layout.yearSize + layout.fontSize + 16;
  const corners = [
    { box: { x0: box.x0, y0: box.y0, x1: box.x0 + w, y1: box.y0 + h }, x: box.x0 + 6, anchor: 'start' as const },
    { box: { x0: box.x1 - w, y0: box.y0, x1: box.x1, y1: box.y0 + h }, x: box.x1 - 6, anchor: 'end' as const },
    { box: { x0: box.x1 - w, y0: box.y1 - h, x1: box.x1, y1: box.y1 }, x: box.x1 - 6, anchor: 'end' as const },
    { box: { x0: box.x0, y0: box.y1 - h, x1: box.x0 + w, y1: box.y1 }, x: box.x0 + 6, anchor: 'start' as const },
  ];
  const clear = corners.find((c) => !marks.some((m) => overlaps(c.box, markBox(m.x, m.y, layout.r + 2))));
  return clear ?? corners[0]!;
}

type Shown = ReturnType<typeof visibleCities>[number];

function cityMarks(
  shown: readonly Shown[],
  positions: ReturnType<typeof markPositions>,
  layout: MapLayout,
  inFocus: (s: CityStatus) => boolean,
): SvgNode[] {
  return shown.map(({ city, status }) => {
    const { x, y } = positions.get(city.id)!;
    const style = STATUS_STYLE[status];
    return symbol(style.shape, x, y, layout.r, style.color, `city:${city.id}`, {
      'data-status': status,
      opacity: inFocus(status) ? 1 : 0.3,
      ...(style.shape === 'ring' || style.shape === 'open-square' || style.shape === 'cross' ? {} : { stroke: PAPER, 'stroke-width': 1 }),
    });
  });
}

/** The outline, in the lower panel, of the area the corridor panel enlarges. */
function corridorOutline(layout: MapLayout): Box {
  const { rest, corridor } = layout;
  const a = toPx(rest, corridor.view.x0, corridor.view.y0);
  const b = toPx(rest, corridor.view.x1, corridor.view.y1);
  return {
    x0: Math.max(a.x, rest.box.x0 + 1),
    y0: Math.max(a.y, rest.box.y0 + 1),
    x1: Math.min(b.x, rest.box.x1 - 1),
    y1: Math.min(b.y, rest.box.y1 - 1),
  };
}

/**
 * "Enlarged above", inside the outline it names, at the smallest text size and on more lines where one is
 * too wide (the outline is about 70 px across on a phone). No city is drawn inside the outline (those
 * cities are in the enlarged panel), so the caption meets no name there; set among the names around it,
 * it read as part of one ("Winnipeg / Enlarged above").
 */
function outlineCaption(rect: Box, fontSize: number, lang: Lang): SvgNode {
  const caption = MAP_MESSAGES[lang].enlarged;
  const room = rect.x1 - rect.x0 - 8;
  const rows = textWidth(caption, fontSize) <= room ? [caption] : wrapToWidth(caption, room, fontSize);
  const lineHeight = fontSize + 2;
  const first = (rect.y0 + rect.y1) / 2 - ((rows.length - 1) * lineHeight) / 2 + fontSize * 0.35;
  return lines(
    rows,
    r1((rect.x0 + rect.x1) / 2),
    r1(first),
    lineHeight,
    {
      'text-anchor': 'middle',
      'font-size': fontSize,
      fill: MUTED_INK,
      // The coast and the lakes run under it: a halo keeps the letters clear of their lines.
      ...TEXT_HALO,
    },
    'outline-caption',
  );
}

/**
 * Partial placements the label search may visit per group of labels that can touch each other (the
 * western cities on a phone need about 15,000).
 */
const LABEL_SEARCH_BUDGET = 200_000;

/**
 * Whether a placement that leaves out labels of these ranks is better than one that leaves out those:
 * none of the step's cities left out comes first, then fewer left out, then the less important ones.
 */
function leavesOutLess(dropped: readonly number[], than: readonly number[]): boolean {
  const stepCities = (ranks: readonly number[]) => ranks.filter((r) => r < 20).length;
  if (stepCities(dropped) !== stepCities(than)) return stepCities(dropped) < stepCities(than);
  if (dropped.length !== than.length) return dropped.length < than.length;
  const a = [...dropped].sort((x, y) => x - y);
  const b = [...than].sort((x, y) => x - y);
  const differs = a.findIndex((r, i) => r !== b[i]);
  return differs !== -1 && a[differs]! > b[differs]!;
}

function cityLabels(
  state: MapState,
  shown: readonly Shown[],
  positions: ReturnType<typeof markPositions>,
  layout: MapLayout,
  fixed: { corridor: readonly Box[]; rest: readonly Box[] },
  lang: Lang,
): SvgNode[] {
  const named = new Set(state.label ?? []);
  const inFocus = (s: CityStatus) => state.highlight === undefined || state.highlight.includes(s);
  // The cities the step names first, then changes this year, then the rest by status.
  const rank = (s: Shown) => (named.has(s.city.id) ? 0 : s.changed ? 20 : 30) + STATUS_ORDER.indexOf(s.status);
  const byId = (a: Shown, b: Shown) => a.city.id.localeCompare(b.city.id);
  // Greedy placement depends on the order among equals: a longer name placed first can take the one spot a
  // shorter one needed (New Westminster left Vancouver nameless). Each panel is placed in both orders, and
  // where both leave a name out, a bounded search over every label's spots looks for a placement that
  // leaves out less: none of the step's cities, then fewer names, then less important ones.
  const byLength = (a: Shown, b: Shown) => a.city.name[lang].length - b.city.name[lang].length || byId(a, b);
  const labelled = shown.filter((s) => inFocus(s.status) || named.has(s.city.id));
  const placed = (['corridor', 'rest'] as const).flatMap((name) => {
    const panel = layout[name];
    const here = labelled.filter((s) => positions.get(s.city.id)!.panel === panel);
    const marks = shown
      .filter((s) => positions.get(s.city.id)!.panel === panel)
      .map(({ city }) => {
        const p = positions.get(city.id)!;
        return { ...markBox(p.x, p.y, layout.r + 1), key: city.id };
      });
    const obstacles = [...marks, ...fixed[name]];
    const bounds = { x0: panel.box.x0 + EDGE, y0: panel.box.y0 + EDGE, x1: panel.box.x1 - EDGE, y1: panel.box.y1 - EDGE };
    const rankOf = new Map<string, number>(here.map((s) => [s.city.id, rank(s)] as const));
    const leftOutLess = (leftOut: readonly string[], than: readonly string[]) =>
      leavesOutLess(
        leftOut.map((key) => rankOf.get(key)!),
        than.map((key) => rankOf.get(key)!),
      );
    const requestsInOrder = (tieBreak: (a: Shown, b: Shown) => number) => {
      const ordered = [...here].sort((a, b) => rank(a) - rank(b) || tieBreak(a, b));
      const requests: LabelRequest[] = ordered.map(({ city }) => ({
        key: city.id,
        text: city.name[lang],
        ...positions.get(city.id)!,
        r: layout.r,
      }));
      return requests;
    };
    const tried = [byId, byLength].map((tieBreak) => {
      const requests = requestsInOrder(tieBreak);
      const labels = placeLabels(requests, obstacles, bounds, layout.fontSize);
      const kept = new Set(labels.map((l) => l.key));
      return { requests, labels, leftOut: requests.filter((r) => !kept.has(r.key)).map((r) => r.key) };
    });
    const best = leftOutLess(tried[1]!.leftOut, tried[0]!.leftOut) ? tried[1]! : tried[0]!;
    if (best.leftOut.length === 0) return best.labels;
    return searchLabels(best.requests, obstacles, bounds, layout.fontSize, best.labels, leftOutLess, LABEL_SEARCH_BUDGET);
  });
  return [...placed]
    .sort((a, b) => a.key.localeCompare(b.key))
    .flatMap((p) => [
      ...(p.leader ? [node('line', { ...p.leader, stroke: MUTED_INK, 'stroke-width': 0.75 }, [], `leader:${p.key}`)] : []),
      text(p.text, { x: p.x, y: p.y, 'text-anchor': p.anchor, 'font-size': layout.fontSize, fill: INK, ...TEXT_HALO }, `label:${p.key}`),
    ]);
}

/** A short, stable digest of a drawing (its state and width), for ids that must differ between drawings. */
function digest(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

/**
 * The shared outline, placed and clipped to one panel. A page holds several drawings of one figure at
 * once (narrow and wide, each step's picture), so the clip's id names the figure, the panel and a digest
 * of the drawing's state and width. A nested <svg> would clip without an id, but page styles written
 * for the chart's own <svg> (width 100 %, overflow visible) would apply to it too.
 */
function basemapPanel(panel: Panel, basemap: string, drawing: string): SvgNode {
  const { box, view, scale } = panel;
  const clipId = `${basemap}-${panel.name}-${drawing}`;
  const place = `translate(${r1(box.x0 - view.x0 * scale)},${r1(box.y0 - view.y0 * scale)}) scale(${Math.round(scale * 10000) / 10000})`;
  return node(
    'g',
    {},
    [
      node('clipPath', { id: clipId }, [node('rect', { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 })]),
      node('g', { 'clip-path': `url(#${clipId})` }, [node('use', { href: `#${basemap}`, transform: place })]),
    ],
    `base:${panel.name}`,
  );
}

function render(data: MapData, state: MapState, size: ChartSize, lang: Lang): SvgNode {
  checkMapState(data, state);
  const layout = layoutPanels(data, size);
  const positions = markPositions(data, layout);
  // Marks keep one order in every state (the browser then patches them in place instead of moving them).
  const shown = visibleCities(data, state.year).sort((a, b) => a.city.id.localeCompare(b.city.id));
  const inFocus = (status: CityStatus) => state.highlight === undefined || state.highlight.includes(status);
  const year = String(state.year);
  const count = MAP_MESSAGES[lang].cityCount(shown.length);
  const corridorMarks = data.cities.filter((c) => inCorridor(data, c)).map((c) => positions.get(c.id)!);
  const corner = yearCorner(layout, corridorMarks, year, count);
  const rect = corridorOutline(layout);
  const rectBox = { ...rect, key: 'outline' };
  const separatorY = layout.rest.box.y0 - GAP / 2;
  const drawing = digest(
    JSON.stringify([state.year, state.highlight ?? [], state.label ?? [], Math.round(size.width), Math.round(size.height)]),
  );

  return svgRoot('map', size, [
    basemapPanel(layout.corridor, data.basemap, drawing),
    basemapPanel(layout.rest, data.basemap, drawing),
    node('line', { x1: 0, x2: size.width, y1: separatorY, y2: separatorY, stroke: RULE, 'stroke-width': 1 }, [], 'separator'),
    node(
      'rect',
      { x: rect.x0, y: rect.y0, width: rect.x1 - rect.x0, height: rect.y1 - rect.y0, fill: 'none', stroke: INK, 'stroke-width': 1.25 },
      [],
      'outline',
    ),
    outlineCaption(rect, minText(size.width), lang),
    node('g', { class: 'marks' }, cityMarks(shown, positions, layout, inFocus), 'marks'),
    node(
      'g',
      { class: 'labels' },
      cityLabels(state, shown, positions, layout, { corridor: [corner.box], rest: [rectBox] }, lang),
      'labels',
    ),
    node(
      'g',
      { class: 'year' },
      [
        text(
          year,
          {
            x: corner.x,
            y: corner.box.y0 + 4 + layout.yearSize * 0.8,
            'text-anchor': corner.anchor,
            'font-size': layout.yearSize,
            'font-weight': 700,
            fill: INK,
            // The corner has no city, but coasts and borders may run through it.
            ...TEXT_HALO,
          },
          'year',
        ),
        text(
          count,
          {
            x: corner.x,
            y: corner.box.y0 + 12 + layout.yearSize * 0.8 + layout.fontSize,
            'text-anchor': corner.anchor,
            'font-size': layout.fontSize,
            fill: MUTED_INK,
            ...TEXT_HALO,
          },
          'count',
        ),
      ],
      'year-group',
    ),
  ]);
}

function describe(data: MapData, state: MapState, lang: Lang): string {
  checkMapState(data, state);
  const words = MAP_MESSAGES[lang];
  const shown = visibleCities(data, state.year);
  const isLast = state.year === data.lastYear;
  const groups = STATUS_ORDER.flatMap((status) => {
    const names = shown
      .filter((s) => s.status === status)
      .map((s) => s.city.name[lang])
      .sort((a, b) => a.localeCompare(b, lang));
    return names.length === 0 ? [] : [`${STATUS_LABELS[lang][status]}${colon(lang)} ${joinList(lang, names)}`];
  });
  const changed = shown.filter((s) => s.changed && !isLast).map((s) => s.city.name[lang]);
  const head = isLast ? words.headLatest(state.year, shown.length) : words.headYear(state.year, shown.length);
  const news = changed.length === 0 ? '' : words.changed(state.year, joinList(lang, changed));
  const focus =
    state.highlight === undefined
      ? ''
      : words.highlighted(
          joinLabels(
            lang,
            state.highlight.map((s) => words.lowerCase(STATUS_LABELS[lang][s]!)),
          ),
        );
  return `${head}${focus} ${groups.join('. ')}.${news}`;
}

export const mapChart: ChartModule<MapData, MapState> = {
  id: 'map',
  aspect: (width) => (isNarrow(width) ? 1.04 : 0.82),
  render,
  describe,
};

export default mapChart;
