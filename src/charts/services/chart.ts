/**
 * `services`: which services each city's policy opens to residents without status. Wide, a matrix of
 * services (rows, grouped by who runs them, so what sits outside municipal power shows at a glance) by
 * cities (columns). On a phone the matrix does not fit at a readable size, so it says less: the overview
 * becomes two lists (the services covered most often, one dot per city; the provincial services cities
 * say they cannot reach) and a city's step shows that city's own list, grouped by what its sources say.
 * Each coverage category has its own shape and colour, so marks read in greyscale and for colour-blind
 * readers.
 */
import { scaleBand, type ScaleBand } from 'd3-scale';
import type { Dataset, MunicipalityRow, ServiceCoverageRow, ServiceRow } from '../../data/schemas.ts';
import { dateKey } from '../../data/partial-date.ts';
import { formatNumber, localized, type Lang } from '../../i18n/locale.ts';
import { lines, node, r1, svgRoot, symbol, text, textWidth, translate, type MarkShape } from '../common/draw.ts';
import { isNarrow, MIN_TEXT_WIDE } from '../common/layout.ts';
import { HIGHLIGHT_BAND, INK, MUTED_INK, PALETTE, RULE } from '../common/palette.ts';
import { capitalize, ChartStateError, joinList } from '../common/text.ts';
import { lineHeight, wrapToWidth } from '../common/text-fit.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';
import { messages, type GroupId, type ServicesMessages } from './messages.ts';

/** Only the columns the drawing needs: this object is embedded in the page for the browser to redraw. */
export interface ServicesData {
  readonly services: readonly Pick<ServiceRow, 'id' | 'label_en' | 'label_fr' | 'jurisdiction'>[];
  readonly serviceCoverage: readonly Pick<ServiceCoverageRow, 'city_id' | 'service_id' | 'coverage'>[];
  readonly municipalities: readonly Pick<MunicipalityRow, 'id' | 'name_en' | 'name_fr' | 'status' | 'status_date'>[];
}

export function servicesData(data: Dataset): ServicesData {
  const cityIds = new Set(data.serviceCoverage.map((r) => r.city_id));
  return {
    services: data.services.map(({ id, label_en, label_fr, jurisdiction }) => ({ id, label_en, label_fr, jurisdiction })),
    serviceCoverage: data.serviceCoverage.map(({ city_id, service_id, coverage }) => ({ city_id, service_id, coverage })),
    municipalities: data.municipalities
      .filter((m) => cityIds.has(m.id))
      .map(({ id, name_en, name_fr, status, status_date }) => ({ id, name_en, name_fr, status, status_date })),
  };
}

type City = ServicesData['municipalities'][number];
type Service = ServicesData['services'][number];
type Cell = ServicesData['serviceCoverage'][number];
export interface ServicesState {
  readonly city?: string;
}

export type Coverage = ServiceCoverageRow['coverage'];
type Jurisdiction = ServiceRow['jurisdiction'];

interface CoverageStyle {
  readonly shape: MarkShape;
  readonly color: string;
}

/** Each coverage has its own shape and colour, so the grid reads in greyscale and for colour-blind readers. */
export const COVERAGE_STYLES: Readonly<Record<Coverage, CoverageStyle>> = {
  covered: { shape: 'circle', color: PALETTE.green },
  status_required: { shape: 'diamond', color: PALETTE.vermillion },
  not_covered: { shape: 'cross', color: INK },
  outside_city_power: { shape: 'open-square', color: PALETTE.blue },
  motion_only: { shape: 'ring', color: PALETTE.orange },
  advocates_list: { shape: 'triangle', color: PALETTE.purple },
};

export const COVERAGE_ORDER: readonly Coverage[] = [
  'covered',
  'status_required',
  'not_covered',
  'outside_city_power',
  'motion_only',
  'advocates_list',
];

const ADOPTING: readonly MunicipalityRow['status'][] = ['adopted', 'renamed'];

interface Group {
  readonly id: GroupId;
  readonly jurisdictions: readonly Jurisdiction[];
}

// Province and Ottawa share one group: for a city policy both are equally out of reach.
const GROUPS: readonly Group[] = [
  { id: 'municipal', jurisdictions: ['municipal'] },
  { id: 'board', jurisdictions: ['municipal_board'] },
  { id: 'mixed', jurisdictions: ['mixed'] },
  { id: 'outside', jurisdictions: ['provincial', 'federal'] },
];

export interface ServicesModel {
  readonly cities: readonly City[];
  readonly groups: readonly { readonly group: Group; readonly services: readonly Service[] }[];
  cell(cityId: string, serviceId: string): Cell | undefined;
}

/** Cities that have coverage rows, in order of their latest decision (undated last); services grouped by jurisdiction. */
export function servicesModel(data: ServicesData): ServicesModel {
  const cells = new Map<string, Cell>();
  for (const row of data.serviceCoverage) cells.set(`${row.city_id}|${row.service_id}`, row);
  const cityIds = new Set(data.serviceCoverage.map((r) => r.city_id));
  const serviceIds = new Set(data.serviceCoverage.map((r) => r.service_id));
  // Cities that adopted a policy come first, in the order they adopted it; then those that only debated.
  const sortKey = (m: City) => `${ADOPTING.includes(m.status) ? 0 : 1}|${m.status_date ? dateKey(m.status_date) : '9999'}`;
  const cities = data.municipalities
    .filter((m) => cityIds.has(m.id))
    .map((m, i) => ({ m, i, k: sortKey(m) }))
    .sort((a, b) => (a.k === b.k ? a.i - b.i : a.k < b.k ? -1 : 1))
    .map(({ m }) => m);
  const services = data.services.filter((s) => serviceIds.has(s.id));
  const groups = GROUPS.map((group) => ({
    group,
    services: services.filter((s) => group.jurisdictions.includes(s.jurisdiction)),
  })).filter((g) => g.services.length > 0);
  return { cities, groups, cell: (c, s) => cells.get(`${c}|${s}`) };
}

function checkState(model: ServicesModel, state: ServicesState): City | undefined {
  if (state.city === undefined) return undefined;
  const city = model.cities.find((c) => c.id === state.city);
  if (!city) {
    throw new ChartStateError(
      'services',
      `state.city "${state.city}" has no rows in service_coverage.csv. Cities with rows: ${model.cities.map((c) => c.id).join(', ')}.`,
    );
  }
  return city;
}

/** Phones: one list (the overview, or one city's); wider screens: the whole matrix, never taller than it needs. */
const MATRIX_MAX_HEIGHT = 800;
function aspect(width: number): number {
  return isNarrow(width) ? 1.1 : Math.min(1.15, MATRIX_MAX_HEIGHT / width);
}

const PHONE_FONT = 13;

function render(data: ServicesData, state: ServicesState, size: ChartSize, lang: Lang): SvgNode {
  const model = servicesModel(data);
  const city = checkState(model, state);
  const msg = messages[lang];
  const shared = Math.round(size.width * aspect(size.width));
  if (city && isNarrow(size.width)) {
    // The list the shared box holds; a picture cropped to it (pictureHeight) shows the same list.
    const list = cityListLines(model, city, { width: size.width, height: Math.max(size.height, shared) }, lang, msg);
    return svgRoot('services', { width: size.width, height: Math.max(size.height, listHeight(list, shared)) }, place(list));
  }
  // A page that reserves less height than the layout needs gets the layout's height, scaled into its box.
  const layout = { width: size.width, height: Math.max(size.height, shared) };
  const children = !isNarrow(layout.width) ? matrix(model, city, layout, lang) : phoneOverview(model, layout, lang, msg);
  return svgRoot('services', layout, children);
}

/** A symbol and its words on one line (a legend entry or a list heading). */
function keyed(
  shape: MarkShape,
  color: string,
  x: number,
  baseline: number,
  fs: number,
  words: readonly string[],
  attrs: Record<string, string | number> = {},
  key?: string,
): SvgNode[] {
  const lh = lineHeight(fs);
  return [symbol(shape, x + 6, baseline - fs * 0.35, 5, color), lines(words, x + 18, baseline, lh, { 'font-size': fs, ...attrs }, key)];
}

interface ListLine {
  readonly height: number;
  draw(y: number): SvgNode[];
}

/** Places lines top to bottom from y = 0. */
const place = (items: readonly ListLine[]): SvgNode[] => {
  let y = 0;
  return items.flatMap((it) => {
    const out = it.draw(y);
    y += it.height;
    return out;
  });
};
const total = (items: readonly ListLine[]) => items.reduce((s, it) => s + it.height, 0);

function textLine(
  content: string,
  width: number,
  fs: number,
  attrs: { bold?: boolean; fill?: string; x?: number; key?: string; gapBefore?: number } = {},
): ListLine {
  const lh = lineHeight(fs);
  const x = attrs.x ?? 0;
  const wrapped = wrapToWidth(content, width - x, fs, attrs.bold);
  const before = attrs.gapBefore ?? 0;
  return {
    height: before + wrapped.length * lh,
    draw: (y) => [
      lines(
        wrapped,
        x,
        y + before + fs,
        lh,
        { 'font-size': fs, 'font-weight': attrs.bold ? 700 : undefined, fill: attrs.fill ?? INK },
        attrs.key,
      ),
    ],
  };
}

/** A heading with its mark, then what the mark means. */
function keyLine(shape: MarkShape, color: string, content: string, width: number, fs: number, key: string): ListLine {
  const lh = lineHeight(fs);
  const wrapped = wrapToWidth(content, width - 18, fs);
  return { height: wrapped.length * lh, draw: (y) => keyed(shape, color, 0, y + fs, fs, wrapped, { fill: MUTED_INK }, key) };
}

/**
 * Phone overview, the matrix transposed into two lists: the services city policies cover most often
 * (one dot per city), and the provincial or federal services cities say are outside their power.
 */
function phoneOverview(model: ServicesModel, size: ChartSize, lang: Lang, msg: ServicesMessages): SvgNode[] {
  const fs = PHONE_FONT;
  const lh = lineHeight(fs);
  const { width: W, height: H } = size;
  const all = model.groups.flatMap((g) => g.services);
  const count = (s: Service, coverage: Coverage) => model.cities.filter((c) => model.cell(c.id, s.id)?.coverage === coverage).length;
  const covered = all
    .map((s) => ({ s, n: count(s, 'covered') }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const outside = (model.groups.find((g) => g.group.id === 'outside')?.services ?? [])
    .map((s) => ({ s, n: count(s, 'outside_city_power') }))
    .filter((x) => x.n > 0);
  const most = Math.max(1, ...covered.map((x) => x.n), ...outside.map((x) => x.n));
  const countW = textWidth(formatNumber(lang, most), fs, true) + 4;
  const spacing = Math.min(9, (W * 0.3 - countW) / most);
  const marksX = W - countW - spacing * most;

  const row = (service: Service, n: number, shape: MarkShape, color: string, key: string): ListLine => {
    const label = wrapToWidth(localized(service, 'label', lang), marksX - 8, fs);
    const height = label.length * lh;
    return {
      height,
      draw: (y) => [
        lines(label, 0, y + fs, lh, { 'font-size': fs }, `${key}-label`),
        ...Array.from({ length: n }, (_, i) =>
          symbol(shape, marksX + spacing * (i + 0.5), y + fs * 0.65, Math.min(4.5, spacing * 0.42), color),
        ),
        text(formatNumber(lang, n), { x: W, y: y + fs, 'font-size': fs, 'font-weight': 700, 'text-anchor': 'end' }, `${key}-count`),
      ],
    };
  };
  const head = [
    textLine(msg.coveredHeading, W, fs + 2, { bold: true, key: 'covered-heading' }),
    keyLine(COVERAGE_STYLES.covered.shape, COVERAGE_STYLES.covered.color, msg.coveredKey, W, fs, 'covered-key'),
  ];
  const tail =
    outside.length === 0
      ? []
      : [
          textLine(msg.outsideHeading, W, fs, { bold: true, key: 'outside-heading', gapBefore: fs * 0.6 }),
          keyLine(COVERAGE_STYLES.outside_city_power.shape, COVERAGE_STYLES.outside_city_power.color, msg.outsideKey, W, fs, 'outside-key'),
          ...outside.map(({ s, n }) =>
            row(s, n, COVERAGE_STYLES.outside_city_power.shape, COVERAGE_STYLES.outside_city_power.color, `outside-${s.id}`),
          ),
        ];
  // As many of the most covered services as fit, never splitting a tie; the rest are counted in a note.
  const rows = covered.map(({ s, n }) => row(s, n, COVERAGE_STYLES.covered.shape, COVERAGE_STYLES.covered.color, `covered-${s.id}`));
  let shown = rows.length;
  const note = (k: number) =>
    k < rows.length
      ? [textLine(msg.moreInTable(formatNumber(lang, rows.length - k)), W, fs, { fill: MUTED_INK, key: 'more', gapBefore: 4 })]
      : [];
  const fits = (k: number) => total([...head, ...rows.slice(0, k), ...note(k), ...tail]) <= H;
  while (shown > 0 && !fits(shown)) {
    const n = covered[shown - 1]!.n;
    while (shown > 0 && covered[shown - 1]!.n === n) shown -= 1;
  }
  return place([...head, ...rows.slice(0, shown), ...note(shown), ...tail]);
}

/** Phone, one city: the services its sources name, grouped by what they say, each group under its mark. */
/** A city's list, in one column if it fits the box, else two, else its groups' first entries and a pointer to the table. */
function cityListLines(model: ServicesModel, city: City, size: ChartSize, lang: Lang, msg: ServicesMessages): ListLine[] {
  const fs = PHONE_FONT;
  const lh = lineHeight(fs);
  const { width: W, height: H } = size;
  const all = model.groups.flatMap((g) => g.services);
  const groups = COVERAGE_ORDER.map((coverage) => ({
    coverage,
    services: all.filter((s) => model.cell(city.id, s.id)?.coverage === coverage),
  })).filter((g) => g.services.length > 0);
  const named = groups.reduce((n, g) => n + g.services.length, 0);
  const head = [
    textLine(localized(city, 'name', lang), W, fs + 4, { bold: true, key: 'city-name' }),
    textLine(msg.cityNamed(formatNumber(lang, named)), W, fs, { fill: MUTED_INK, key: 'city-count' }),
  ];
  const build = (columns: 1 | 2, limit: number): ListLine[] => {
    const colW = (W - 18) / columns;
    let left = limit;
    return groups.flatMap(({ coverage, services }) => {
      const style = COVERAGE_STYLES[coverage];
      const kept = services.slice(0, Math.max(0, left));
      left -= kept.length;
      if (kept.length === 0) return [];
      const heading: ListLine = {
        height: lh + fs * 0.4,
        draw: (y) =>
          keyed(
            style.shape,
            style.color,
            0,
            y + fs * 0.4 + fs,
            fs,
            [msg.coverage[coverage]],
            { 'font-weight': 700 },
            `coverage-${coverage}`,
          ),
      };
      const cells = kept.map((s) => ({ s, label: wrapToWidth(localized(s, 'label', lang), colW - 6, fs) }));
      const rows: ListLine[] = [];
      for (let i = 0; i < cells.length; i += columns) {
        const pair = cells.slice(i, i + columns);
        rows.push({
          height: Math.max(...pair.map((c) => c.label.length)) * lh,
          draw: (y) => pair.map((c, j) => lines(c.label, 18 + j * colW, y + fs, lh, { 'font-size': fs }, `item-${c.s.id}`)),
        });
      }
      return [heading, ...rows];
    });
  };
  const more = (hidden: number) =>
    hidden > 0 ? [textLine(msg.moreInTable(formatNumber(lang, hidden)), W, fs, { fill: MUTED_INK, key: 'more', gapBefore: 4 })] : [];
  // One column when it fits, two when not; a city with more still keeps every group's first entries.
  for (const columns of [1, 2] as const) {
    const lines1 = [...head, ...build(columns, named)];
    if (total(lines1) <= H) return lines1;
  }
  let limit = named;
  while (limit > 1 && total([...head, ...build(2, limit), ...more(named - limit)]) > H) limit -= 1;
  return [...head, ...build(2, limit), ...more(named - limit)];
}

/** A list's own height (room under its last line for descenders), never more than the shared box. */
const listHeight = (list: readonly ListLine[], shared: number) => Math.min(shared, Math.ceil(total(list) + 6));

/**
 * A phone picture of one city ends under its list (the list it gets in the shared box, so the picture says
 * exactly what the live chart says); the overview and the matrix keep the shared height.
 */
function pictureHeight(data: ServicesData, state: ServicesState, width: number, lang: Lang): number {
  const model = servicesModel(data);
  const city = checkState(model, state);
  const shared = Math.round(width * aspect(width));
  if (!city || !isNarrow(width)) return shared;
  return listHeight(cityListLines(model, city, { width, height: shared }, lang, messages[lang]), shared);
}

/** The full matrix: services (rows, grouped by who runs them) by cities (columns), with its legend. */
function matrix(model: ServicesModel, highlighted: City | undefined, size: ChartSize, lang: Lang): SvgNode[] {
  const msg = messages[lang];
  const { width: W, height: H } = size;
  const fs = MIN_TEXT_WIDE;
  const legend = matrixLegend(msg, W, fs);
  const allServices = model.groups.flatMap((g) => g.services);
  // Measured bold: a highlighted city's rows are set in bold.
  const longest = Math.max(0, ...allServices.map((s) => textWidth(localized(s, 'label', lang), fs, true)));
  const labelColW = Math.round(Math.min(W * 0.42, longest + 10));
  const labels = new Map(allServices.map((s) => [s.id, wrapToWidth(localized(s, 'label', lang), labelColW - 6, fs, true)] as const));
  // A group's heading stays in the label column, wrapping as its services do: across the grid it would
  // run into the first city's column and its highlight.
  const headings = new Map(model.groups.map((g) => [g.group.id, wrapToWidth(msg.groups[g.group.id], labelColW - 6, fs, true)] as const));
  const cityNames = model.cities.map((c) => localized(c, 'name', lang));
  const headerH = Math.max(0, ...cityNames.map((n) => textWidth(n, fs))) * Math.SQRT1_2 + fs + 8;
  const gridBottom = H - legend.height - 8;
  const units = model.groups.reduce(
    (sum, g) => sum + 0.4 + headings.get(g.group.id)!.length + g.services.reduce((n, s) => n + labels.get(s.id)!.length, 0),
    0,
  );
  const rowH = (gridBottom - headerH) / Math.max(units, 1);
  const x = scaleBand<string>()
    .domain(model.cities.map((c) => c.id))
    .range([labelColW + 4, W - 4])
    .paddingInner(0.08);
  const colW = x.bandwidth();
  const r = Math.max(3, Math.min(7, rowH * 0.32, colW * 0.3));
  const children: SvgNode[] = [];

  if (highlighted) {
    // The band starts under the slanted city names: reaching up among them, it was crossed by the name of the
    // city to its right ('New Westminster' through Montreal's band at 1280 px). The highlighted name is bold.
    const bandTop = headerH - 4;
    children.push(
      node(
        'rect',
        {
          x: x(highlighted.id)!,
          y: bandTop,
          width: colW,
          height: gridBottom - bandTop,
          fill: HIGHLIGHT_BAND,
          stroke: INK,
          'stroke-width': 1.5,
          rx: 3,
        },
        [],
        'highlight',
      ),
    );
  }
  model.cities.forEach((city, i) => {
    const isHi = city.id === highlighted?.id;
    children.push(
      text(
        cityNames[i]!,
        {
          transform: translate(x(city.id)! + colW / 2, headerH - 6, 45),
          'text-anchor': 'end',
          'font-size': fs,
          'font-weight': isHi ? 700 : 400,
          class: isHi ? 'is-highlighted' : undefined,
        },
        `city-${city.id}`,
      ),
    );
  });

  let y = headerH;
  for (const { group, services } of model.groups) {
    const heading = headings.get(group.id)!;
    const headY = y + rowH * (0.4 + heading.length);
    const lh = Math.min(rowH, lineHeight(fs));
    children.push(
      lines(heading, 0, headY - rowH * 0.45 - (heading.length - 1) * lh, lh, { 'font-size': fs, 'font-weight': 700 }, `group-${group.id}`),
      node('line', { x1: 0, x2: W - 4, y1: headY - rowH * 0.2, y2: headY - rowH * 0.2, stroke: MUTED_INK, 'stroke-width': 1 }),
    );
    y = headY;
    for (const service of services) {
      const rows = labels.get(service.id)!.length;
      children.push(...matrixRow(model, service, labels.get(service.id)!, { y, h: rowH * rows, x, r, fs, W }, highlighted));
      y += rowH * rows;
    }
  }
  children.push(...legend.draw(H - legend.height));
  return children;
}

interface RowGeometry {
  readonly y: number;
  readonly h: number;
  readonly x: ScaleBand<string>;
  /** Half-size of a mark. */
  readonly r: number;
  readonly fs: number;
  readonly W: number;
}

/** One service: its label, a mark for each city a source names it for, and a dash for each other city. */
function matrixRow(
  model: ServicesModel,
  service: Service,
  label: readonly string[],
  g: RowGeometry,
  highlighted: City | undefined,
): SvgNode[] {
  const lh = lineHeight(g.fs);
  const cy = g.y + g.h / 2;
  const colW = g.x.bandwidth();
  // With a city highlighted, its rows stay in full ink and bold; the others step back.
  const emphasis = highlighted === undefined ? {} : model.cell(highlighted.id, service.id) ? { 'font-weight': 700 } : { fill: MUTED_INK };
  const out: SvgNode[] = [
    lines(label, 0, cy - ((label.length - 1) * lh) / 2 + g.fs * 0.35, lh, { 'font-size': g.fs, ...emphasis }, `service-${service.id}`),
    node('line', { x1: g.x.range()[0]!, x2: g.W - 4, y1: g.y + g.h, y2: g.y + g.h, stroke: RULE, 'stroke-width': 0.5 }),
  ];
  // Empty cells never change between states, so one unkeyed path per row draws all their dashes.
  const dashes: string[] = [];
  for (const city of model.cities) {
    const cx = g.x(city.id)! + colW / 2;
    const cell = model.cell(city.id, service.id);
    if (!cell) {
      dashes.push(`M${r1(cx - g.r * 0.5)},${r1(cy)}h${r1(g.r)}`);
      continue;
    }
    const style = COVERAGE_STYLES[cell.coverage];
    out.push(symbol(style.shape, cx, cy, g.r, style.color, `cell-${city.id}-${service.id}`, { 'data-coverage': cell.coverage }));
  }
  if (dashes.length > 0) out.push(node('path', { d: dashes.join(''), stroke: MUTED_INK, 'stroke-width': 1, class: 'not-mentioned' }));
  return out;
}

/** Every coverage's mark and words, in as many columns as the longest label allows. */
function matrixLegend(msg: ServicesMessages, W: number, fs: number): { height: number; draw(top: number): SvgNode[] } {
  const items = [...COVERAGE_ORDER, 'none' as const];
  const label = (item: Coverage | 'none') => (item === 'none' ? msg.notMentioned : msg.coverage[item]);
  const widest = Math.max(...items.map((i) => textWidth(label(i), fs))) + 30;
  const cols = Math.max(1, Math.min(3, Math.floor(W / widest)));
  const lh = lineHeight(fs) + 2;
  const colWidth = W / cols;
  return {
    height: Math.ceil(items.length / cols) * lh,
    draw: (top) =>
      items.map((item, i) => {
        const lx = (i % cols) * colWidth;
        const baseline = top + Math.floor(i / cols) * lh + fs;
        const mark =
          item === 'none'
            ? node('line', {
                x1: lx + 3,
                x2: lx + 11,
                y1: baseline - fs * 0.35,
                y2: baseline - fs * 0.35,
                stroke: MUTED_INK,
                'stroke-width': 1,
              })
            : symbol(COVERAGE_STYLES[item].shape, lx + 7, baseline - fs * 0.35, 5, COVERAGE_STYLES[item].color);
        return node(
          'g',
          { class: 'legend-item', 'data-coverage': item },
          [mark, text(label(item), { x: lx + 18, y: baseline, 'font-size': fs })],
          `legend-${item}`,
        );
      }),
  };
}

function serviceLabels(services: readonly Service[], lang: Lang): string {
  return joinList(
    lang,
    services.map((s) => localized(s, 'label', lang)),
  );
}

function describe(data: ServicesData, state: ServicesState, lang: Lang): string {
  const model = servicesModel(data);
  const city = checkState(model, state);
  const allServices = model.groups.flatMap((g) => g.services);
  const msg = messages[lang];
  const c = msg.colon;

  if (city) {
    const name = localized(city, 'name', lang);
    const parts: string[] = [];
    for (const coverage of COVERAGE_ORDER) {
      const matching = allServices.filter((s) => model.cell(city.id, s.id)?.coverage === coverage);
      if (matching.length > 0) parts.push(`${capitalize(msg.coveragePhrase[coverage])}${c} ${serviceLabels(matching, lang)}.`);
    }
    const unmentioned = allServices.filter((s) => !model.cell(city.id, s.id)).length;
    const tail = unmentioned === 0 ? '' : msg.describeUnmentioned(unmentioned, formatNumber(lang, unmentioned), name);
    return [msg.describeCity(name), ...parts].join(' ') + tail;
  }

  const n = model.cities.length;
  const sentences = [
    msg.describeIntro(formatNumber(lang, allServices.length), formatNumber(lang, n)),
    ...model.groups.map((g) => `${msg.groups[g.group.id]}${c} ${serviceLabels(g.services, lang)}.`),
  ];
  const coveredCount = (s: Service) => model.cities.filter((ct) => model.cell(ct.id, s.id)?.coverage === 'covered').length;
  const best = Math.max(0, ...allServices.map(coveredCount));
  if (best > 0) {
    const top = allServices.filter((s) => coveredCount(s) === best);
    sentences.push(msg.describeMostCovered(serviceLabels(top, lang), top.length > 1, formatNumber(lang, best), formatNumber(lang, n)));
  }
  const required = model.cities.flatMap((ct) =>
    allServices
      .filter((s) => model.cell(ct.id, s.id)?.coverage === 'status_required')
      .map((s) => `${localized(s, 'label', lang)} (${localized(ct, 'name', lang)})`),
  );
  if (required.length > 0) sentences.push(msg.describeRequired(joinList(lang, required)));
  return sentences.join(' ');
}

export const servicesChart: ChartModule<ServicesData, ServicesState> = {
  id: 'services',
  aspect,
  render,
  pictureHeight,
  describe,
};

export default servicesChart;
