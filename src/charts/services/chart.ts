/**
 * `services`: which services each city's policy opens to residents without status, as a matrix of
 * services (rows) by cities (columns). Rows are grouped by who runs the service, so the reader sees
 * at a glance what sits outside municipal power. Each coverage category has its own shape and colour,
 * so the grid reads in greyscale and for colour-blind readers.
 */
import { scaleBand } from 'd3-scale';
import type { Dataset, MunicipalityRow, ServiceCoverageRow, ServiceRow } from '../../data/schemas.ts';
import { dateKey } from '../../data/partial-date.ts';
import { formatNumber, localized, type Lang } from '../../i18n/locale.ts';
import { fitLayout, lines, node, r1, svgRoot, symbol, text, textWidth, translate, wrapWords, type MarkShape } from '../common/draw.ts';
import { HIGHLIGHT_BAND, INK, MUTED_INK, PALETTE, RULE } from '../common/palette.ts';
import { capitalize, ChartStateError, colon, joinList, type Bilingual } from '../common/text.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';

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
  /** Legend wording. */
  readonly label: Bilingual;
  /** Wording inside sentences of the text alternative. */
  readonly phrase: Bilingual;
}

export const COVERAGE_STYLES: Readonly<Record<Coverage, CoverageStyle>> = {
  covered: {
    shape: 'circle',
    color: PALETTE.green,
    label: { en: 'Covered by the policy', fr: 'Couvert par la politique' },
    phrase: { en: 'covered by the policy', fr: 'couverts par la politique' },
  },
  status_required: {
    shape: 'diamond',
    color: PALETTE.vermillion,
    label: { en: 'Status still required', fr: 'Statut toujours exigé' },
    phrase: {
      en: 'status still required (the city delivers it for another government)',
      fr: 'statut toujours exigé (la ville les offre pour un autre gouvernement)',
    },
  },
  not_covered: {
    shape: 'cross',
    color: INK,
    label: { en: 'Policy says it does not apply', fr: 'Exclu par la politique' },
    phrase: { en: 'excluded by the policy', fr: 'exclus par la politique' },
  },
  outside_city_power: {
    shape: 'open-square',
    color: PALETTE.blue,
    label: { en: 'Outside city power', fr: 'Hors des pouvoirs de la ville' },
    phrase: {
      en: 'outside city power (run by the province, Ottawa or a separate board)',
      fr: 'hors des pouvoirs de la ville (province, Ottawa ou conseil distinct)',
    },
  },
  motion_only: {
    shape: 'ring',
    color: PALETTE.orange,
    label: { en: 'Named in a motion not adopted', fr: 'Nommé dans une motion non adoptée' },
    phrase: { en: 'named in a motion that was not adopted', fr: 'nommés dans une motion qui n’a pas été adoptée' },
  },
  advocates_list: {
    shape: 'triangle',
    color: PALETTE.purple,
    label: { en: 'Named by advocates, not the policy', fr: 'Nommé par des militants, non par la politique' },
    phrase: { en: 'named by advocates, not by the policy', fr: 'nommés par des militants, pas par la politique' },
  },
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

const NOT_MENTIONED: Bilingual = { en: 'Not mentioned', fr: 'Non mentionné' };

interface Group {
  readonly id: string;
  readonly jurisdictions: readonly Jurisdiction[];
  readonly label: Bilingual;
}

// Province and Ottawa share one group: for a city policy both are equally out of reach.
const GROUPS: readonly Group[] = [
  { id: 'municipal', jurisdictions: ['municipal'], label: { en: 'Run by the city', fr: 'Services de la ville' } },
  {
    id: 'board',
    jurisdictions: ['municipal_board'],
    label: { en: 'Run by separate boards', fr: 'Gérés par des conseils distincts' },
  },
  {
    id: 'mixed',
    jurisdictions: ['mixed'],
    label: { en: 'Shared with other governments', fr: 'Partagés avec d’autres gouvernements' },
  },
  {
    id: 'outside',
    jurisdictions: ['provincial', 'federal'],
    label: { en: 'Provincial or federal: outside city power', fr: 'Provinciaux ou fédéraux : hors des pouvoirs de la ville' },
  },
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
  const sortKey = (m: City) =>
    `${ADOPTING.includes(m.status) ? 0 : 1}|${m.status_date ? dateKey(m.status_date) : '9999'}`;
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

function aspect(width: number): number {
  return width < 480 ? 2 : 1.15;
}

function render(data: ServicesData, state: ServicesState, size: ChartSize, lang: Lang): SvgNode {
  const model = servicesModel(data);
  const highlighted = checkState(model, state);
  const layout = fitLayout(size, aspect);
  const { width: W, height: H } = layout;
  const fontSize = W < 480 ? 11 : 12;
  const children: SvgNode[] = [];

  // Legend first in the layout (bottom), so the grid gets whatever height is left.
  const legendItems = [...COVERAGE_ORDER, 'none' as const];
  const legendCols = W < 480 ? 1 : W < 760 ? 2 : 3;
  const legendRowH = fontSize + 7;
  const legendH = Math.ceil(legendItems.length / legendCols) * legendRowH + 8;

  const longestLabel = Math.max(0, ...model.groups.flatMap((g) => g.services.map((s) => textWidth(localized(s, 'label', lang), fontSize))));
  const labelColW = Math.round(Math.min(W * 0.42, Math.max(W * 0.25, longestLabel + 8)));
  const cityNames = model.cities.map((c) => localized(c, 'name', lang));
  const longestName = Math.max(0, ...cityNames.map((n) => textWidth(n, fontSize)));
  const headerH = Math.min(H * 0.3, longestName * Math.SQRT1_2 + fontSize + 6);

  const gridTop = headerH;
  const gridBottom = H - legendH - 6;
  const units = model.groups.reduce((s, g) => s + 1.25 + g.services.length, 0);
  const rowH = (gridBottom - gridTop) / Math.max(units, 1);

  const x = scaleBand<string>()
    .domain(model.cities.map((c) => c.id))
    .range([labelColW + 4, W - 4])
    .paddingInner(0.08);
  const colW = x.bandwidth();
  const r = Math.max(3, Math.min(8, rowH * 0.32, colW * 0.32));
  const maxChars = Math.max(8, Math.floor((labelColW - 6) / (fontSize * 0.56)));

  if (highlighted) {
    children.push(
      node('rect', {
        x: x(highlighted.id)!,
        y: 2,
        width: colW,
        height: gridBottom - 2,
        fill: HIGHLIGHT_BAND,
        stroke: INK,
        'stroke-width': 1.5,
        rx: 3,
      }, [], 'highlight'),
    );
  }

  model.cities.forEach((city, i) => {
    const cx = x(city.id)! + colW / 2;
    const isHi = city.id === highlighted?.id;
    children.push(
      text(cityNames[i]!, {
        transform: translate(cx, headerH - 6, 45),
        'text-anchor': 'end',
        'font-size': fontSize,
        'font-weight': isHi ? 700 : 400,
        class: isHi ? 'is-highlighted' : undefined,
      }, `city-${city.id}`),
    );
  });

  let y = gridTop;
  for (const { group, services } of model.groups) {
    const headY = y + rowH * 1.25;
    children.push(
      text(group.label[lang], { x: 0, y: headY - rowH * 0.3, 'font-size': fontSize, 'font-weight': 700 }, `group-${group.id}`),
      node('line', { x1: 0, x2: W - 4, y1: headY - rowH * 0.15, y2: headY - rowH * 0.15, stroke: MUTED_INK, 'stroke-width': 1 }),
    );
    y = headY;
    for (const service of services) {
      const cy = y + rowH / 2;
      const label = wrapWords(localized(service, 'label', lang), maxChars, rowH >= fontSize * 2.2 ? 2 : 1);
      const lh = fontSize * 1.1;
      children.push(
        lines(label, 0, cy - ((label.length - 1) * lh) / 2 + fontSize * 0.35, lh, { 'font-size': fontSize }, `service-${service.id}`),
        node('line', { x1: labelColW + 4, x2: W - 4, y1: y + rowH, y2: y + rowH, stroke: RULE, 'stroke-width': 0.5 }),
      );
      // Empty cells never change between states, so one unkeyed path per row draws all their dashes.
      const dashes: string[] = [];
      for (const city of model.cities) {
        const cx = x(city.id)! + colW / 2;
        const cell = model.cell(city.id, service.id);
        if (!cell) {
          dashes.push(`M${r1(cx - r * 0.5)},${r1(cy)}h${r1(r)}`);
          continue;
        }
        const style = COVERAGE_STYLES[cell.coverage];
        children.push(symbol(style.shape, cx, cy, r, style.color, `cell-${city.id}-${service.id}`, { 'data-coverage': cell.coverage }));
      }
      if (dashes.length > 0) children.push(node('path', { d: dashes.join(''), stroke: MUTED_INK, 'stroke-width': 1, class: 'not-mentioned' }));
      y += rowH;
    }
  }

  const legendTop = H - legendH + 4;
  const colWidth = (W - 4) / legendCols;
  legendItems.forEach((item, i) => {
    const lx = (i % legendCols) * colWidth;
    const ly = legendTop + Math.floor(i / legendCols) * legendRowH + legendRowH / 2;
    const label = item === 'none' ? NOT_MENTIONED[lang] : COVERAGE_STYLES[item].label[lang];
    const mark =
      item === 'none'
        ? node('line', { x1: lx + 3, x2: lx + 11, y1: ly, y2: ly, stroke: MUTED_INK, 'stroke-width': 1 })
        : symbol(COVERAGE_STYLES[item].shape, lx + 7, ly, 5.5, COVERAGE_STYLES[item].color);
    children.push(
      node('g', { class: 'legend-item', 'data-coverage': item }, [
        mark,
        text(wrapWords(label, Math.floor((colWidth - 22) / (fontSize * 0.56)), 1)[0]!, { x: lx + 18, y: ly + fontSize * 0.35, 'font-size': fontSize }),
      ]),
    );
  });

  return svgRoot('services', layout, children);
}

function serviceLabels(services: readonly Service[], lang: Lang): string {
  return joinList(lang, services.map((s) => localized(s, 'label', lang)));
}

function describe(data: ServicesData, state: ServicesState, lang: Lang): string {
  const model = servicesModel(data);
  const city = checkState(model, state);
  const allServices = model.groups.flatMap((g) => g.services);
  const c = colon(lang);

  if (city) {
    const name = localized(city, 'name', lang);
    const parts: string[] = [];
    for (const coverage of COVERAGE_ORDER) {
      const matching = allServices.filter((s) => model.cell(city.id, s.id)?.coverage === coverage);
      if (matching.length > 0) parts.push(`${capitalize(COVERAGE_STYLES[coverage].phrase[lang])}${c} ${serviceLabels(matching, lang)}.`);
    }
    const unmentioned = allServices.filter((s) => !model.cell(city.id, s.id)).length;
    const tail =
      unmentioned === 0
        ? ''
        : lang === 'fr'
          ? unmentioned === 1
            ? ` 1 autre service du tableau n’est pas mentionné pour ${name}.`
            : ` ${formatNumber(lang, unmentioned)} autres services du tableau ne sont pas mentionnés pour ${name}.`
          : ` ${formatNumber(lang, unmentioned)} other service${unmentioned === 1 ? ' in the grid is' : 's in the grid are'} not mentioned for ${name}.`;
    const lead = lang === 'fr' ? `${name} mise en évidence.` : `${name} highlighted.`;
    return [lead, ...parts].join(' ') + tail;
  }

  const n = model.cities.length;
  const intro =
    lang === 'fr'
      ? `Ce que couvrent les politiques municipales${c} ${formatNumber(lang, allServices.length)} services (lignes) dans ${formatNumber(lang, n)} villes (colonnes), regroupés selon qui les offre.`
      : `What city policies cover: ${formatNumber(lang, allServices.length)} services (rows) in ${formatNumber(lang, n)} cities (columns), grouped by who runs them.`;
  const groups = model.groups.map((g) => `${g.group.label[lang]}${c} ${serviceLabels(g.services, lang)}.`);

  const coveredCount = (s: Service) => model.cities.filter((ct) => model.cell(ct.id, s.id)?.coverage === 'covered').length;
  const best = Math.max(0, ...allServices.map(coveredCount));
  const sentences = [intro, ...groups];
  if (best > 0) {
    const top = allServices.filter((s) => coveredCount(s) === best);
    sentences.push(
      lang === 'fr'
        ? `Le plus souvent couvert${top.length > 1 ? 's' : ''}${c} ${serviceLabels(top, lang)} (${formatNumber(lang, best)} villes sur ${formatNumber(lang, n)}).`
        : `Most often covered: ${serviceLabels(top, lang)} (${formatNumber(lang, best)} of ${formatNumber(lang, n)} cities).`,
    );
  }
  const required = model.cities.flatMap((ct) =>
    allServices
      .filter((s) => model.cell(ct.id, s.id)?.coverage === 'status_required')
      .map((s) => `${localized(s, 'label', lang)} (${localized(ct, 'name', lang)})`),
  );
  if (required.length > 0) {
    sentences.push(
      lang === 'fr'
        ? `Statut toujours exigé, car la ville offre le service pour un autre gouvernement${c} ${joinList(lang, required)}.`
        : `Status still required, because the city delivers the service for another government: ${joinList(lang, required)}.`,
    );
  }
  return sentences.join(' ');
}

export const servicesChart: ChartModule<ServicesData, ServicesState> = {
  id: 'services',
  aspect,
  render,
  describe,
};

export default servicesChart;
