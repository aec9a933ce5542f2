/**
 * `estimates`: published estimates of how many people live without immigration status, as low–high
 * ranges on a logarithmic axis (the estimates run from thousands to half a million, so a linear axis
 * would flatten every city range into a dot). One row per estimate, grouped by area, labelled with who
 * made it and when. An estimate that gives only an upper bound is drawn as a dashed line running off to
 * the left with an open arrowhead: "up to", never a range it does not state.
 */
import { max, min } from 'd3-array';
import { scaleLog } from 'd3-scale';
import type { Dataset, NonstatusEstimateRow } from '../../data/schemas.ts';
import { dateKey } from '../../data/partial-date.ts';
import { formatNumber, localized, type Lang } from '../../i18n/locale.ts';
import { fitLayout, lines, node, r1, svgRoot, symbol, text, textWidth, translate, wrapWords, type MarkShape } from '../common/draw.ts';
import { HIGHLIGHT_BAND, INK, MUTED_INK, PALETTE, RULE } from '../common/palette.ts';
import { ChartStateError, colon, joinList, type Bilingual } from '../common/text.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';

type Estimate = Pick<NonstatusEstimateRow, 'id' | 'area' | 'low' | 'high' | 'estimator_en' | 'estimator_fr' | 'estimator_kind' | 'date'>;
export type Area = NonstatusEstimateRow['area'];
type Kind = NonstatusEstimateRow['estimator_kind'];

/** Only the columns drawn: this object is embedded in the page for the browser to redraw. */
export interface EstimatesData {
  readonly nonstatusEstimates: readonly Estimate[];
}

export interface EstimatesState {
  readonly area?: Area;
}

export function estimatesData(data: Dataset): EstimatesData {
  return {
    nonstatusEstimates: data.nonstatusEstimates.map(({ id, area, low, high, estimator_en, estimator_fr, estimator_kind, date }) => ({
      id,
      area,
      low,
      high,
      estimator_en,
      estimator_fr,
      estimator_kind,
      date,
    })),
  };
}

export const AREA_LABELS: Readonly<Record<Area, Bilingual>> = {
  canada: { en: 'Canada', fr: 'Canada' },
  toronto: { en: 'Toronto', fr: 'Toronto' },
  montreal: { en: 'Montreal', fr: 'Montréal' },
  edmonton: { en: 'Edmonton', fr: 'Edmonton' },
};
const AREA_ORDER: readonly Area[] = ['canada', 'toronto', 'montreal', 'edmonton'];

export const KIND_STYLES: Readonly<Record<Kind, { shape: MarkShape; color: string; label: Bilingual }>> = {
  government: { shape: 'circle', color: PALETTE.blue, label: { en: 'Government', fr: 'Gouvernement' } },
  academic: { shape: 'diamond', color: PALETTE.green, label: { en: 'Academic', fr: 'Universitaire' } },
  media: { shape: 'square', color: PALETTE.orange, label: { en: 'News media', fr: 'Médias' } },
  advocacy: { shape: 'triangle', color: PALETTE.purple, label: { en: 'Advocates', fr: 'Militants' } },
  partisan: { shape: 'cross', color: PALETTE.vermillion, label: { en: 'Partisan outlet', fr: 'Média partisan' } },
};
const KIND_ORDER: readonly Kind[] = ['government', 'academic', 'media', 'advocacy', 'partisan'];

export type EstimateShape = 'range' | 'single' | 'upper_bound';

/** A row with a low end is a range (or a single figure when low = high); without one, an upper bound. */
export function estimateShape(e: Pick<Estimate, 'low' | 'high'>): EstimateShape {
  if (e.low === undefined) return 'upper_bound';
  return e.low === e.high ? 'single' : 'range';
}

export function rangeLabel(lang: Lang, e: Pick<Estimate, 'low' | 'high'>): string {
  const n = (v: number) => formatNumber(lang, v);
  switch (estimateShape(e)) {
    case 'upper_bound':
      return lang === 'fr' ? `jusqu’à ${n(e.high)}` : `up to ${n(e.high)}`;
    case 'single':
      return n(e.high);
    case 'range':
      return lang === 'fr' ? `${n(e.low!)} à ${n(e.high)}` : `${n(e.low!)} to ${n(e.high)}`;
  }
}

export interface AreaGroup {
  readonly area: Area;
  readonly rows: readonly Estimate[];
}

export function estimateGroups(data: EstimatesData): AreaGroup[] {
  return AREA_ORDER.flatMap((area) => {
    const rows = data.nonstatusEstimates
      .filter((e) => e.area === area)
      .slice()
      .sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)) || a.id.localeCompare(b.id));
    return rows.length === 0 ? [] : [{ area, rows }];
  });
}

/** The log axis: from the power of ten below the smallest figure to the one above the largest. */
export function estimatesDomain(data: EstimatesData): [number, number] {
  const values = data.nonstatusEstimates.flatMap((e) => (e.low === undefined ? [e.high] : [e.low, e.high]));
  const lo = Math.max(1, min(values) ?? 1);
  const hi = Math.max(lo * 10, max(values) ?? 10);
  return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
}

/** "2022 · Immigration, Refugees…": the year first, so a label cut short for space keeps it. */
function label(lang: Lang, e: Estimate): string {
  return `${e.date.year} · ${localized(e, 'estimator', lang)}`;
}

/** The same for sentences: "Immigration, Refugees and Citizenship Canada… (2022)". */
function sentenceLabel(lang: Lang, e: Estimate): string {
  return `${localized(e, 'estimator', lang)} (${e.date.year})`;
}

function checkState(groups: readonly AreaGroup[], state: EstimatesState): AreaGroup | undefined {
  if (state.area === undefined) return undefined;
  const group = groups.find((g) => g.area === state.area);
  if (!group) throw new ChartStateError('estimates', `state.area "${state.area}" has no estimates. Areas: ${groups.map((g) => g.area).join(', ')}.`);
  return group;
}

function narrow(width: number): boolean {
  return width < 560;
}

function aspect(width: number): number {
  return narrow(width) ? 2 : 0.85;
}

const AXIS_TITLE: Bilingual = {
  en: 'People without status (logarithmic scale)',
  fr: 'Personnes sans statut (échelle logarithmique)',
};

function render(data: EstimatesData, state: EstimatesState, size: ChartSize, lang: Lang): SvgNode {
  const groups = estimateGroups(data);
  const hi = checkState(groups, state);
  const layout = fitLayout(size, aspect);
  const { width: W, height: H } = layout;
  const small = narrow(W);
  const fs = small ? 11 : 12;
  const children: SvgNode[] = [];
  const under: SvgNode[] = [];

  // Legend: who made the estimate (shape and colour), then how an upper bound is drawn.
  const kinds = KIND_ORDER.filter((k) => data.nonstatusEstimates.some((e) => e.estimator_kind === k));
  let lx = 0;
  let ly = 0;
  const legendItems: { key: string; w: number; nodes: SvgNode[] }[] = kinds.map((k) => ({
    key: k,
    w: 18 + textWidth(KIND_STYLES[k].label[lang], fs - 1) + 14,
    nodes: [symbol(KIND_STYLES[k].shape, 6, 6, 5, KIND_STYLES[k].color), text(KIND_STYLES[k].label[lang], { x: 16, y: 10, 'font-size': fs - 1 })],
  }));
  if (data.nonstatusEstimates.some((e) => estimateShape(e) === 'upper_bound')) {
    const upTo = lang === 'fr' ? 'Seulement un maximum (« jusqu’à »)' : 'Upper bound only ("up to")';
    legendItems.push({ key: 'upper_bound', w: 34 + textWidth(upTo, fs - 1) + 14, nodes: [...upperBoundMarks(0, 28, 6, MUTED_INK), text(upTo, { x: 34, y: 10, 'font-size': fs - 1 })] });
  }
  for (const item of legendItems) {
    if (lx > 0 && lx + item.w > W) {
      lx = 0;
      ly += fs + 8;
    }
    children.push(node('g', { class: 'legend-item', 'data-legend': item.key, transform: translate(lx, ly + 2) }, item.nodes));
    lx += item.w;
  }

  // Rows: on wide screens the label sits left of its range; on narrow ones, above it.
  const labelW = small ? W : Math.round(W * 0.38);
  const labelChars = Math.floor((labelW - 8) / ((fs - 1) * 0.56));
  const wrapped = new Map(groups.flatMap((g) => g.rows.map((e) => [e.id, wrapWords(label(lang, e), labelChars, 2)] as const)));
  const axisTitle = wrapWords(AXIS_TITLE[lang], Math.floor(W / ((fs - 1) * 0.56)), 2);
  const top = ly + fs + 14;
  const bottom = H - (fs + 6) - axisTitle.length * (fs + 2) - 4;
  const rowUnits = (e: Estimate) => (small ? wrapped.get(e.id)!.length + 1.3 : Math.max(1.4, wrapped.get(e.id)!.length + 0.3));
  const units = groups.reduce((s, g) => s + 1.7 + g.rows.reduce((n, e) => n + rowUnits(e), 0), 0);
  const lineH = (bottom - top) / units;

  const rangeX0 = small ? 10 : labelW + 8;
  // Figures are written beside their marks (left or right, whichever fits), so the axis runs to the edge.
  const x = scaleLog().domain(estimatesDomain(data)).range([rangeX0, W - 10]);

  // Grid at 1-2-5 steps, labels only where they do not collide.
  const [d0, d1] = x.domain() as [number, number];
  const ticks: number[] = [];
  for (let p = d0; p <= d1; p *= 10) for (const m of [1, 2, 5]) if (p * m >= d0 && p * m <= d1) ticks.push(p * m);
  let lastLabelEnd = -Infinity;
  for (const t of ticks) {
    const tx = x(t);
    const major = Math.log10(t) % 1 === 0;
    children.push(node('line', { x1: tx, x2: tx, y1: top, y2: bottom, stroke: major ? MUTED_INK : RULE, 'stroke-width': major ? 0.75 : 0.5 }, [], `grid-${t}`));
    const tl = formatNumber(lang, t);
    const half = (tl.length * (fs - 2) * 0.6) / 2;
    if (tx - half > lastLabelEnd + 4 && tx - half >= 0 && tx + half <= W) {
      children.push(text(tl, { x: tx, y: bottom + fs + 2, 'text-anchor': 'middle', 'font-size': fs - 2, fill: MUTED_INK }, `tick-${t}`));
      lastLabelEnd = tx + half;
    }
  }
  children.push(lines(axisTitle, 0, bottom + fs * 2 + 6, fs + 2, { 'font-size': fs - 1, fill: MUTED_INK }, 'axis-title'));

  let y = top;
  for (const g of groups) {
    const isHi = hi?.area === g.area;
    const groupTop = y;
    y += lineH * 1.7;
    children.push(
      text(AREA_LABELS[g.area][lang], { x: 0, y: y - lineH * 0.5, 'font-size': fs + 1, 'font-weight': 700 }, `area-${g.area}`),
      node('line', { x1: 0, x2: W, y1: y - lineH * 0.25, y2: y - lineH * 0.25, stroke: isHi ? INK : MUTED_INK, 'stroke-width': isHi ? 2 : 1 }),
    );
    for (const e of g.rows) {
      const textLines = wrapped.get(e.id)!;
      const rowH = rowUnits(e) * lineH;
      const cy = small ? y + (textLines.length + 0.75) * lineH : y + rowH / 2;
      const style = KIND_STYLES[e.estimator_kind];
      children.push(
        lines(textLines, 0, small ? y + lineH * 0.85 : cy - ((textLines.length - 1) * lineH) / 2 + fs * 0.35, lineH, { 'font-size': fs - 1 }, `label-${e.id}`),
      );
      const shape = estimateShape(e);
      const xh = x(e.high);
      const marks: SvgNode[] = [];
      if (shape === 'range') {
        marks.push(
          node('line', { x1: x(e.low!), x2: xh, y1: cy, y2: cy, stroke: style.color, 'stroke-width': 3, 'stroke-linecap': 'round' }),
          symbol(style.shape, x(e.low!), cy, 5, style.color),
          symbol(style.shape, xh, cy, 5, style.color),
        );
      } else if (shape === 'upper_bound') {
        marks.push(...upperBoundMarks(x.range()[0]!, xh, cy, style.color), symbol(style.shape, xh, cy, 5, style.color));
      } else {
        marks.push(symbol(style.shape, xh, cy, 5.5, style.color));
      }
      const valueText = rangeLabel(lang, e);
      const tw = textWidth(valueText, fs - 1);
      // The figure goes right of the mark when it fits, else left of the range.
      const right = xh + 9 + tw <= W;
      const vx = right ? xh + 9 : (shape === 'range' ? x(e.low!) : xh) - 9;
      marks.push(text(valueText, { x: vx, y: cy + fs * 0.35 - (shape === 'upper_bound' && !right ? lineH * 0.45 : 0), 'text-anchor': right ? 'start' : 'end', 'font-size': fs - 1, 'font-weight': isHi ? 700 : 400 }));
      children.push(node('g', { class: `estimate estimate-${shape}${isHi ? ' is-highlighted' : ''}`, 'data-kind': e.estimator_kind }, marks, `estimate-${e.id}`));
      y += rowH;
    }
    if (isHi) under.push(node('rect', { x: 0, y: groupTop + lineH * 0.2, width: W, height: y - groupTop - lineH * 0.1, fill: HIGHLIGHT_BAND, rx: 3 }, [], 'highlight'));
  }

  return svgRoot('estimates', layout, [...under, ...children]);
}

/** A dashed line from the left edge of the axis to the bound, with an open arrowhead at the left end. */
function upperBoundMarks(x0: number, x1: number, cy: number, color: string): SvgNode[] {
  return [
    node('line', { x1: x0 + 2, x2: x1, y1: cy, y2: cy, stroke: color, 'stroke-width': 2, 'stroke-dasharray': '4 3' }),
    node('path', { d: `M${r1(x0 + 8)},${r1(cy - 5)}L${r1(x0 + 2)},${r1(cy)}L${r1(x0 + 8)},${r1(cy + 5)}`, fill: 'none', stroke: color, 'stroke-width': 2, 'stroke-linejoin': 'round' }),
  ];
}

function describe(data: EstimatesData, state: EstimatesState, lang: Lang): string {
  const groups = estimateGroups(data);
  const hi = checkState(groups, state);
  const c = colon(lang);
  const fr = lang === 'fr';
  const n = (v: number) => formatNumber(lang, v);
  const item = (e: Estimate) => `${sentenceLabel(lang, e)}${c} ${rangeLabel(lang, e)}`;

  if (hi) {
    return fr
      ? `${AREA_LABELS[hi.area].fr} mis en évidence, ${n(hi.rows.length)} estimation${hi.rows.length > 1 ? 's' : ''}${c} ${hi.rows.map(item).join('; ')}. Ce sont des estimations, pas des décomptes.`
      : `${AREA_LABELS[hi.area].en} highlighted, ${n(hi.rows.length)} estimate${hi.rows.length > 1 ? 's' : ''}: ${hi.rows.map(item).join('; ')}. These are estimates, not counts.`;
  }
  const total = data.nonstatusEstimates.length;
  const intro = fr
    ? `${n(total)} estimations publiées du nombre de personnes sans statut d’immigration, regroupées par lieu, sur une échelle logarithmique. Ce sont des estimations, pas des décomptes.`
    : `${n(total)} published estimates of the number of people without immigration status, grouped by area, on a logarithmic scale. These are estimates, not counts.`;
  const parts = groups.map((g) => {
    const values = g.rows.flatMap((e) => (e.low === undefined ? [e.high] : [e.low, e.high]));
    const lo = min(values)!;
    const hiV = max(values)!;
    const upper = g.rows.filter((e) => estimateShape(e) === 'upper_bound').length;
    const span = lo === hiV ? n(lo) : fr ? `de ${n(lo)} à ${n(hiV)}` : `from ${n(lo)} to ${n(hiV)}`;
    const all = upper === g.rows.length && upper > 1;
    const bounds =
      upper === 0
        ? ''
        : fr
          ? all ? ', toutes ne donnant qu’un maximum' : `, dont ${n(upper)} ne donnant qu’un maximum`
          : all ? ', all giving only an upper bound' : `, ${n(upper)} giving only an upper bound`;
    return fr
      ? `${AREA_LABELS[g.area].fr}${c} ${n(g.rows.length)} estimation${g.rows.length > 1 ? 's' : ''}${bounds}, ${span}.`
      : `${AREA_LABELS[g.area].en}: ${n(g.rows.length)} estimate${g.rows.length > 1 ? 's' : ''}${bounds}, ${span}.`;
  });
  const kinds = KIND_ORDER.map((k) => [k, data.nonstatusEstimates.filter((e) => e.estimator_kind === k).length] as const).filter(([, k]) => k > 0);
  const by = `${fr ? 'Auteurs' : 'Made by'}${c} ${joinList(lang, kinds.map(([k, count]) => `${KIND_STYLES[k].label[lang].toLocaleLowerCase(lang)} (${n(count)})`))}.`;
  return [intro, ...parts, by].join(' ');
}

export const estimatesChart: ChartModule<EstimatesData, EstimatesState> = {
  id: 'estimates',
  aspect,
  render,
  describe,
};

export default estimatesChart;
