/**
 * `map`: every city in the story on a map of Canada, shown from the year of its first recorded council
 * action, in the colour and shape of its status at the end of the year the state names. The outline of
 * Canada is not drawn here: it is shared geometry, written once per page by `basemapDefs` and reused
 * with <use>, so each state (and each step's small static copy) carries only its city marks.
 */
import type { CityStatus } from '../../data/schemas.ts';
import { formatNumber, type Lang } from '../../i18n/locale.ts';
import { STATUS_LABELS } from '../../i18n/ui.ts';
import { node, svgRoot, symbol, text } from '../common/draw.ts';
import { INK, MUTED_INK, PAPER, RULE } from '../common/palette.ts';
import { ChartStateError, colon, joinList } from '../common/text.ts';
import { markBox, placeLabels, type LabelRequest } from '../common/labels.ts';
import { STATUS_STYLE } from '../common/status-style.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';

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
  readonly firstYear: number;
  readonly lastYear: number;
  readonly cities: readonly MapCity[];
}

export interface MapState {
  readonly year: number;
  /** Statuses to bring forward; cities with any other status fade and lose their labels. */
  readonly highlight?: readonly CityStatus[];
}

export interface Basemap {
  readonly frame: { readonly width: number; readonly height: number };
  readonly land: string;
  readonly borders: string;
}

/** Status order from strongest commitment to none: legends, descriptions and drawing order follow it. */
export const STATUS_ORDER: readonly CityStatus[] = ['adopted', 'renamed', 'referred', 'debated', 'declined', 'withdrawn', 'no_action'];

const LAND = '#f3f1ec';

export function checkMapState(data: MapData, state: MapState): void {
  if (!state || typeof state.year !== 'number' || !Number.isInteger(state.year)) {
    throw new ChartStateError('map', `a state is { year: <a whole year> }, got ${JSON.stringify(state)}.`);
  }
  if (state.highlight !== undefined && (!Array.isArray(state.highlight) || state.highlight.length === 0 || state.highlight.some((s) => !STATUS_ORDER.includes(s)))) {
    throw new ChartStateError('map', `highlight is a list of statuses among ${STATUS_ORDER.join(', ')}; got ${JSON.stringify(state.highlight)}.`);
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

/** The outline and province borders, once per figure, inside the main graphic's <defs>. */
export function basemapDefs(basemap: Basemap, id: string): SvgNode {
  return node('defs', {}, [
    node('g', { id }, [
      node('path', { d: basemap.land, fill: LAND, stroke: '#8a8a8a', 'stroke-width': 0.75, 'vector-effect': 'non-scaling-stroke', 'stroke-linejoin': 'round' }),
      node('path', { d: basemap.borders, fill: 'none', stroke: RULE, 'stroke-width': 0.75, 'vector-effect': 'non-scaling-stroke', 'stroke-linejoin': 'round' }),
    ]),
  ]);
}

function markRadius(width: number): number {
  return Math.max(4.5, Math.min(7, width / 95));
}

function render(data: MapData, state: MapState, size: ChartSize, lang: Lang): SvgNode {
  checkMapState(data, state);
  const k = size.width / data.frame.width;
  const r = markRadius(size.width);
  const fontSize = size.width < 420 ? 11 : 12.5;
  // Marks keep one order in every state (the browser then patches them in place instead of moving them).
  const shown = visibleCities(data, state.year).sort((a, b) => a.city.id.localeCompare(b.city.id));
  const at = (c: MapCity) => ({ x: c.x * k, y: c.y * k });

  const inFocus = (status: CityStatus) => state.highlight === undefined || state.highlight.includes(status);
  const marks = shown.map(({ city, status }) => {
    const { x, y } = at(city);
    const style = STATUS_STYLE[status];
    return symbol(style.shape, x, y, r, style.color, `city:${city.id}`, {
      'data-status': status,
      opacity: inFocus(status) ? 1 : 0.3,
      ...(style.shape === 'ring' || style.shape === 'open-square' || style.shape === 'cross' ? {} : { stroke: PAPER, 'stroke-width': 1 }),
    });
  });

  // Labels: cities whose status changed this year first, then those with a policy, then the rest.
  const rank = (s: { status: CityStatus; changed: boolean }) => (s.changed ? 0 : 10) + STATUS_ORDER.indexOf(s.status);
  const requests: LabelRequest[] = shown
    .filter((s) => inFocus(s.status))
    .sort((a, b) => rank(a) - rank(b) || a.city.id.localeCompare(b.city.id))
    .map(({ city }) => ({ key: city.id, text: city.name[lang], ...at(city), r }));
  const obstacles = shown.map(({ city }) => ({ ...markBox(at(city).x, at(city).y, r + 1), key: city.id }));
  const yearBox = { x0: 0, y0: size.height - 56, x1: 150, y1: size.height };
  const placed = placeLabels(requests, [...obstacles, yearBox], { x0: 2, y0: 2, x1: size.width - 2, y1: size.height - 2 }, fontSize);

  const labels = [...placed].sort((a, b) => a.key.localeCompare(b.key)).flatMap((p) => [
    ...(p.leader ? [node('line', { ...p.leader, stroke: MUTED_INK, 'stroke-width': 0.75 }, [], `leader:${p.key}`)] : []),
    text(p.text, { x: p.x, y: p.y, 'text-anchor': p.anchor, 'font-size': fontSize, 'paint-order': 'stroke', stroke: PAPER, 'stroke-width': 3, 'stroke-linejoin': 'round' }, `label:${p.key}`),
  ]);

  const count = shown.length;
  const countText =
    lang === 'fr' ? `${formatNumber(lang, count)} ville${count > 1 ? 's' : ''}` : `${formatNumber(lang, count)} cit${count === 1 ? 'y' : 'ies'}`;

  return svgRoot('map', size, [
    node('g', { transform: `scale(${k.toFixed(4)})` }, [node('use', { href: `#${data.basemap}` })], 'base'),
    node('g', { class: 'marks' }, marks, 'marks'),
    node('g', { class: 'labels' }, labels, 'labels'),
    node('g', { class: 'year' }, [
      text(String(state.year), { x: 8, y: size.height - 24, 'font-size': 28, 'font-weight': 700, fill: INK }, 'year'),
      text(countText, { x: 8, y: size.height - 6, 'font-size': fontSize, fill: MUTED_INK }, 'count'),
    ], 'year-group'),
  ]);
}

function describe(data: MapData, state: MapState, lang: Lang): string {
  checkMapState(data, state);
  const shown = visibleCities(data, state.year);
  const isLast = state.year === data.lastYear;
  const groups = STATUS_ORDER.flatMap((status) => {
    const names = shown.filter((s) => s.status === status).map((s) => s.city.name[lang]).sort((a, b) => a.localeCompare(b, lang));
    return names.length === 0 ? [] : [`${STATUS_LABELS[lang][status]}${colon(lang)} ${joinList(lang, names)}`];
  });
  const changed = shown.filter((s) => s.changed && !isLast).map((s) => s.city.name[lang]);
  const n = formatNumber(lang, shown.length);
  const head =
    lang === 'fr'
      ? isLast
        ? `Carte du Canada, situation la plus récente (${state.year}) : ${n} villes.`
        : `Carte du Canada à la fin de ${state.year} : ${n} ville${shown.length > 1 ? 's' : ''} avaient posé un geste.`
      : isLast
        ? `Map of Canada, latest status (${state.year}): ${n} cities.`
        : `Map of Canada at the end of ${state.year}: ${n} cit${shown.length === 1 ? 'y' : 'ies'} had acted.`;
  const news =
    changed.length === 0
      ? ''
      : lang === 'fr'
        ? ` Nouveau en ${state.year} : ${joinList(lang, changed)}.`
        : ` New or changed in ${state.year}: ${joinList(lang, changed)}.`;
  const focus =
    state.highlight === undefined
      ? ''
      : lang === 'fr'
        ? ` En évidence${colon(lang)} ${joinList(lang, state.highlight.map((s) => STATUS_LABELS[lang][s]!.toLocaleLowerCase('fr')))}.`
        : ` Highlighted: ${joinList(lang, state.highlight.map((s) => STATUS_LABELS[lang][s]!.toLocaleLowerCase('en')))}.`;
  return `${head}${focus} ${groups.join('. ')}.${news}`;
}

export const mapChart: ChartModule<MapData, MapState> = {
  id: 'map',
  aspect: () => 0.853,
  render,
  describe,
};

export default mapChart;
