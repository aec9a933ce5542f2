/**
 * `estimates`: published estimates of how many people live without immigration status, as low–high
 * ranges on a logarithmic axis (the estimates run from thousands to half a million, so a linear axis
 * would flatten every city range into a dot). One row per estimate, grouped by area, labelled with who
 * made it and when; on a phone, one area at a time, each estimate a row with its label above its range.
 * An estimate that gives only an upper bound is drawn as a dashed line running off to
 * the left with an open arrowhead: "up to", never a range it does not state.
 */
import { max, min } from 'd3-array';
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';
import type { Dataset, NonstatusEstimateRow } from '../../data/schemas.ts';
import { dateKey } from '../../data/partial-date.ts';
import { formatNumber, localized, type Lang } from '../../i18n/locale.ts';
import { logGrid } from '../common/axes.ts';
import { highlightBand } from '../common/bars.ts';
import { fitLayout, lines, node, r1, svgRoot, symbol, text, textWidth, type MarkShape } from '../common/draw.ts';
import { wrapToWidth } from '../common/text-fit.ts';
import { isNarrow, minText } from '../common/layout.ts';
import { INK, MUTED_INK, PALETTE, TEXT_HALO } from '../common/palette.ts';
import { ChartStateError, joinList } from '../common/text.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';
import { messages } from './messages.ts';

type Estimate = Pick<NonstatusEstimateRow, 'id' | 'area' | 'low' | 'high' | 'estimator_en' | 'estimator_fr' | 'estimator_kind' | 'date'>;
export type Area = NonstatusEstimateRow['area'];
type Kind = NonstatusEstimateRow['estimator_kind'];

/** Only the columns drawn: this object is embedded in the page for the browser to redraw. */
export interface EstimatesData {
  readonly nonstatusEstimates: readonly Estimate[];
}

export interface EstimatesState {
  readonly area?: Area;
  /** Ids of the estimates the step names (default: every estimate of the area): their ranges in bold. */
  readonly label?: readonly string[];
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

const AREA_ORDER: readonly Area[] = ['canada', 'toronto', 'montreal', 'edmonton'];

/** Who made an estimate, by shape and colour (the words are in messages.ts). */
export const KIND_STYLES: Readonly<Record<Kind, { shape: MarkShape; color: string }>> = {
  government: { shape: 'circle', color: PALETTE.blue },
  academic: { shape: 'diamond', color: PALETTE.green },
  media: { shape: 'square', color: PALETTE.orange },
  advocacy: { shape: 'triangle', color: PALETTE.purple },
  partisan: { shape: 'cross', color: PALETTE.vermillion },
};
export const KIND_ORDER: readonly Kind[] = ['government', 'academic', 'media', 'advocacy', 'partisan'];

export type EstimateShape = 'range' | 'single' | 'upper_bound';

/** A row with a low end is a range (or a single figure when low = high); without one, an upper bound. */
export function estimateShape(e: Pick<Estimate, 'low' | 'high'>): EstimateShape {
  if (e.low === undefined) return 'upper_bound';
  return e.low === e.high ? 'single' : 'range';
}

/** How a sentence says an estimate: "20,000 to 500,000", "up to 500,000", "200,000". */
export function rangeLabel(lang: Lang, e: Pick<Estimate, 'low' | 'high'>): string {
  return rangeText(lang, e, messages[lang].rangeWords);
}

/** How the chart writes it, compactly: "20,000–500,000". */
export function rangeShort(lang: Lang, e: Pick<Estimate, 'low' | 'high'>): string {
  return rangeText(lang, e, messages[lang].rangeShort);
}

function rangeText(lang: Lang, e: Pick<Estimate, 'low' | 'high'>, range: (low: string, high: string) => string): string {
  const n = (v: number) => formatNumber(lang, v);
  switch (estimateShape(e)) {
    case 'upper_bound':
      return messages[lang].upTo(n(e.high));
    case 'single':
      return n(e.high);
    case 'range':
      return range(n(e.low!), n(e.high));
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
function label_(lang: Lang, e: Estimate): string {
  return `${e.date.year} · ${localized(e, 'estimator', lang)}`;
}

/** The same for sentences: "Immigration, Refugees and Citizenship Canada… (2022)". */
function sentenceLabel(lang: Lang, e: Estimate): string {
  return `${localized(e, 'estimator', lang)} (${e.date.year})`;
}

function checkState(groups: readonly AreaGroup[], state: EstimatesState): AreaGroup | undefined {
  if (state.area === undefined) return undefined;
  const group = groups.find((g) => g.area === state.area);
  if (!group)
    throw new ChartStateError('estimates', `state.area "${state.area}" has no estimates. Areas: ${groups.map((g) => g.area).join(', ')}.`);
  return group;
}

/**
 * The rows need about the same height at every phone width (narrower means more wrapped names), so the
 * box keeps a floor height rather than a ratio; a layout that still overflows is scaled (see render).
 */
function aspect(width: number): number {
  return isNarrow(width) ? Math.max(1.15, PHONE_MIN_HEIGHT / width) : Math.max(0.95, WIDE_MIN_HEIGHT / width);
}
const PHONE_MIN_HEIGHT = 460;
/** Names wrap to at most this many lines; the longest (French) ones need three at phone width. */
const MAX_LABEL_LINES = 3;
const WIDE_MIN_HEIGHT = 600;

/** The estimates a step names: its label list, or else every estimate of its area. */
function namedIds(hi: AreaGroup | undefined, state: EstimatesState): Set<string> {
  return hi ? new Set(state.label ?? hi.rows.map((e) => e.id)) : new Set();
}

function checkLabels(groups: readonly AreaGroup[], state: EstimatesState): void {
  const ids = new Set(groups.flatMap((g) => g.rows.map((e) => e.id)));
  for (const id of state.label ?? []) {
    if (!ids.has(id)) throw new ChartStateError('estimates', `state.label "${id}" is not an id in nonstatus_estimates.csv.`);
  }
}

type LogScale = ScaleLogarithmic<number, number>;

/** Where an estimate's figure goes: right of its mark, else left of its range, else above its line, ending at the mark. */
interface ValueSpot {
  readonly x: number;
  readonly anchor: 'start' | 'end';
  readonly above: boolean;
}

function valueSpot(e: Estimate, x: LogScale, x0: number, W: number, estimatedW: number): ValueSpot {
  // Figures are wider than the average glyph textWidth assumes; leave a margin rather than clip at the edge.
  const textW = estimatedW * 1.1;
  const xh = x(e.high);
  if (xh + 9 + textW <= W) return { x: xh + 9, anchor: 'start', above: false };
  const left = e.low === undefined ? xh : x(e.low);
  if (estimateShape(e) !== 'upper_bound' && left - 9 - textW >= x0) return { x: left - 9, anchor: 'end', above: false };
  return { x: xh, anchor: 'end', above: true };
}

/** The marks of one estimate on its line cy: a range, a single figure, or a dashed "up to" from the axis start. */
function estimateMarks(e: Estimate, x: LogScale, cy: number, color: string, shape: MarkShape, size = 5): SvgNode[] {
  const xh = x(e.high);
  switch (estimateShape(e)) {
    case 'range':
      return [
        node('line', { x1: x(e.low!), x2: xh, y1: cy, y2: cy, stroke: color, 'stroke-width': 3, 'stroke-linecap': 'round' }),
        symbol(shape, x(e.low!), cy, size, color),
        symbol(shape, xh, cy, size, color),
      ];
    case 'upper_bound':
      return [...upperBoundMarks(x.range()[0]!, xh, cy, color), symbol(shape, xh, cy, size, color)];
    case 'single':
      return [symbol(shape, xh, cy, size + 0.5, color)];
  }
}

interface EstimateDraw {
  readonly e: Estimate;
  readonly cy: number;
  readonly spot: ValueSpot;
  readonly fs: number;
  readonly bold: boolean;
  readonly highlighted: boolean;
  /** How far above the line a figure that sits "above" goes. */
  readonly lift: number;
}

function estimateNode(d: EstimateDraw, x: LogScale, lang: Lang): SvgNode {
  const style = KIND_STYLES[d.e.estimator_kind];
  const shape = estimateShape(d.e);
  const value = text(rangeShort(lang, d.e), {
    x: d.spot.x,
    y: d.spot.above ? d.cy - d.lift : d.cy + d.fs * 0.35,
    'text-anchor': d.spot.anchor,
    'font-size': d.fs,
    'font-weight': d.bold ? 700 : 400,
    // Gridlines of the log scale run under many figures ("5,000–30,000" sits on the 10,000 line).
    ...TEXT_HALO,
  });
  return node(
    'g',
    { class: `estimate estimate-${shape}${d.highlighted ? ' is-highlighted' : ''}`, 'data-kind': d.e.estimator_kind },
    [...estimateMarks(d.e, x, d.cy, style.color, style.shape), value],
    `estimate-${d.e.id}`,
  );
}

/** The log axis and its title along the bottom, shared by both layouts. */
function axisRows(lang: Lang, W: number, fs: number): string[] {
  return wrapToWidth(messages[lang].axisTitle, W, fs, false, 2);
}
const axisHeight = (lang: Lang, W: number, fs: number) => fs + 8 + axisRows(lang, W, fs).length * (fs + 2) + 2;

function axis(lang: Lang, x: LogScale, W: number, fs: number, top: number, bottom: number, minorSteps: boolean): SvgNode[] {
  return [
    ...logGrid({ scale: x, y0: top, y1: bottom, fontSize: fs, lang, minorSteps, width: W }),
    lines(axisRows(lang, W, fs), 0, bottom + 2 * fs + 8, fs + 2, { 'font-size': fs, fill: MUTED_INK }, 'axis-title'),
  ];
}

// ---- Phone: one area at a time, each estimate a row with its label above its range. ----

const LINE = (fs: number) => fs + 2;
const RANGE_H = (fs: number) => fs + 9;

interface PhoneRow {
  readonly e: Estimate;
  readonly label: string[];
  readonly spot: ValueSpot;
  readonly height: number;
}

function phoneRows(rows: readonly Estimate[], named: ReadonlySet<string>, lang: Lang, W: number, fs: number, x: LogScale): PhoneRow[] {
  return rows.map((e) => {
    const label = wrapToWidth(label_(lang, e), W, fs, false, MAX_LABEL_LINES);
    const spot = valueSpot(e, x, 0, W, textWidth(rangeShort(lang, e), fs, named.has(e.id)));
    return { e, label, spot, height: label.length * LINE(fs) + (spot.above ? LINE(fs) : 0) + RANGE_H(fs) };
  });
}

const phoneHeadH = (fs: number) => fs + 12;

function phoneX(data: EstimatesData, W: number): LogScale {
  return scaleLog()
    .domain(estimatesDomain(data))
    .range([10, W - 10]);
}

/** Height the phone layout needs at width W: the tallest area decides, so every step fits the same box. */
function phoneHeight(data: EstimatesData, groups: readonly AreaGroup[], lang: Lang, W: number): number {
  const fs = minText(W);
  const x = phoneX(data, W);
  const tallest = Math.max(
    ...groups.map((g) => phoneRows(g.rows, new Set(g.rows.map((e) => e.id)), lang, W, fs, x).reduce((s, r) => s + r.height, 0)),
  );
  const overview = groups.length * (LINE(fs) + RANGE_H(fs));
  return phoneHeadH(fs) + Math.max(tallest, overview) + axisHeight(lang, W, fs) + 4;
}

/**
 * Height a phone picture of one area needs at width W: its head, its rows (a line's gap after each) and the
 * other areas one line each, then the axis. At most the shared height, which holds the tallest area.
 */
function phoneAreaHeight(
  data: EstimatesData,
  groups: readonly AreaGroup[],
  group: AreaGroup,
  named: ReadonlySet<string>,
  lang: Lang,
  W: number,
): number {
  const fs = minText(W);
  const rows = phoneRows(group.rows, named, lang, W, fs, phoneX(data, W));
  const rowsH = rows.reduce((s, r) => s + r.height, 0) + rows.length * fs;
  const othersH = (groups.length - 1) * compactRowH(fs) + fs;
  return Math.min(phoneHeadH(fs) + rowsH + othersH + axisHeight(lang, W, fs) + 2, phoneHeight(data, groups, lang, W));
}

/** A phone picture of a step's area ends under its own rows; the overview and wide drawings keep the shared height. */
function pictureHeight(data: EstimatesData, state: EstimatesState, width: number, lang: Lang): number {
  const groups = estimateGroups(data);
  const hi = checkState(groups, state);
  const shared = Math.round(width * aspect(width));
  if (!hi || !isNarrow(width)) return shared;
  return Math.min(shared, Math.ceil(phoneAreaHeight(data, groups, hi, namedIds(hi, state), lang, width)));
}

/**
 * The step's area, each estimate on its own row; below it, when the box has room for all of them, the
 * other areas one line each, so the step's ranges can still be set against the rest.
 */
function renderPhoneArea(
  data: EstimatesData,
  groups: readonly AreaGroup[],
  group: AreaGroup,
  named: ReadonlySet<string>,
  size: ChartSize,
  lang: Lang,
): SvgNode[] {
  const { width: W, height: H } = size;
  const fs = minText(W);
  const x = phoneX(data, W);
  const rows = phoneRows(group.rows, named, lang, W, fs, x);
  const bottom = H - axisHeight(lang, W, fs);
  const others = groups.filter((g) => g !== group);
  const rowsH = rows.reduce((s, r) => s + r.height, 0);
  const withOthers = bottom - phoneHeadH(fs) - rowsH - fs >= others.length * compactRowH(fs);
  const othersH = withOthers ? others.length * compactRowH(fs) + fs : 0;
  const spare = Math.max(0, bottom - phoneHeadH(fs) - rowsH - othersH);
  const gap = Math.min(fs, spare / Math.max(1, rows.length));
  const out: SvgNode[] = [
    text(messages[lang].areas[group.area], { x: 0, y: fs + 2, 'font-size': fs + 2, 'font-weight': 700 }, `area-${group.area}`),
    text(
      messages[lang].estimateCount(formatNumber(lang, group.rows.length), group.rows.length > 1),
      { x: W, y: fs + 2, 'text-anchor': 'end', 'font-size': fs, fill: MUTED_INK },
      'count',
    ),
  ];
  let y = phoneHeadH(fs) + gap / 2;
  const marks: SvgNode[] = [];
  for (const r of rows) {
    out.push(lines(r.label, 0, y + fs, LINE(fs), { 'font-size': fs }, `label-${r.e.id}`));
    const cy = y + r.height - RANGE_H(fs) / 2;
    marks.push(
      estimateNode({ e: r.e, cy, spot: r.spot, fs, bold: named.has(r.e.id), highlighted: true, lift: RANGE_H(fs) / 2 + 3 }, x, lang),
    );
    y += r.height + gap;
  }
  const context = withOthers
    ? [
        node(
          'line',
          { x1: 0, x2: W, y1: y - gap / 2 + fs / 2, y2: y - gap / 2 + fs / 2, stroke: MUTED_INK, 'stroke-width': 1 },
          [],
          'others-rule',
        ),
        ...compactAreas(others, x, y - gap / 2 + fs, W, fs, lang),
      ]
    : [];
  return [...axis(lang, x, W, fs, phoneHeadH(fs), bottom, false), ...out, ...marks, ...context];
}

const compactRowH = (fs: number) => LINE(fs) + RANGE_H(fs);

/** Areas one line each: the area's name, its estimates overlaid on one line, and the span they cover. */
function compactAreas(groups: readonly AreaGroup[], x: LogScale, y0: number, W: number, fs: number, lang: Lang): SvgNode[] {
  return groups.flatMap((g, i) => {
    const y = y0 + i * compactRowH(fs);
    const cy = y + LINE(fs) + RANGE_H(fs) / 2;
    const lo = min(g.rows, (e) => e.low ?? e.high)!;
    const hiV = max(g.rows, (e) => e.high)!;
    const span = rangeShort(lang, { low: lo, high: hiV });
    const right = x(hiV) + 9 + textWidth(span, fs) * 1.1 <= W;
    return [
      text(messages[lang].areas[g.area], { x: 0, y: y + fs, 'font-size': fs, 'font-weight': 700 }, `area-${g.area}`),
      ...g.rows.map((e) =>
        node(
          'g',
          { class: `estimate estimate-${estimateShape(e)}`, 'data-kind': e.estimator_kind },
          estimateMarks(e, x, cy, KIND_STYLES[e.estimator_kind].color, KIND_STYLES[e.estimator_kind].shape, 4),
          `estimate-${e.id}`,
        ),
      ),
      text(
        span,
        { x: right ? x(hiV) + 9 : W, y: right ? cy + fs * 0.35 : y + fs, 'text-anchor': right ? 'start' : 'end', 'font-size': fs },
        `span-${g.area}`,
      ),
    ];
  });
}

/** With no area chosen, the phone shows each area on one line. */
function renderPhoneOverview(data: EstimatesData, groups: readonly AreaGroup[], size: ChartSize, lang: Lang): SvgNode[] {
  const { width: W, height: H } = size;
  const fs = minText(W);
  const x = phoneX(data, W);
  return [
    ...axis(lang, x, W, fs, phoneHeadH(fs), H - axisHeight(lang, W, fs), false),
    ...compactAreas(groups, x, phoneHeadH(fs), W, fs, lang),
  ];
}

// ---- Wide: every area, labels in a column left of the ranges; the step's area on a band. ----

const WIDE_GROUP_UNITS = 1.7;
/** Share of the width for the estimators' names: two lines hold the longest name at 640 px. */
const LABEL_SHARE = 0.45;

function wideLabels(groups: readonly AreaGroup[], lang: Lang, W: number, fs: number): Map<string, string[]> {
  const room = Math.round(W * LABEL_SHARE) - 8;
  return new Map(groups.flatMap((g) => g.rows.map((e) => [e.id, wrapToWidth(label_(lang, e), room, fs, false, MAX_LABEL_LINES)] as const)));
}

const wideRowUnits = (labelLines: number) => Math.max(1.4, labelLines + 0.3);

function wideUnits(groups: readonly AreaGroup[], wrapped: ReadonlyMap<string, string[]>): number {
  return groups.reduce((s, g) => s + WIDE_GROUP_UNITS + g.rows.reduce((n, e) => n + wideRowUnits(wrapped.get(e.id)!.length), 0), 0);
}

function wideHeight(groups: readonly AreaGroup[], lang: Lang, W: number): number {
  const fs = minText(W);
  return 4 + wideUnits(groups, wideLabels(groups, lang, W, fs)) * (fs + 3) + axisHeight(lang, W, fs);
}

function renderWide(
  data: EstimatesData,
  groups: readonly AreaGroup[],
  hi: AreaGroup | undefined,
  named: ReadonlySet<string>,
  size: ChartSize,
  lang: Lang,
): SvgNode[] {
  const { width: W, height: H } = size;
  const fs = minText(W);
  const wrapped = wideLabels(groups, lang, W, fs);
  const top = 4;
  const bottom = H - axisHeight(lang, W, fs);
  const lineH = (bottom - top) / wideUnits(groups, wrapped);
  const rangeX0 = Math.round(W * LABEL_SHARE) + 8;
  const x = scaleLog()
    .domain(estimatesDomain(data))
    .range([rangeX0, W - 10]);
  const under: SvgNode[] = [];
  const out: SvgNode[] = [];
  let y = top;
  for (const g of groups) {
    const isHi = hi?.area === g.area;
    const groupTop = y;
    y += lineH * WIDE_GROUP_UNITS;
    out.push(
      text(messages[lang].areas[g.area], { x: 0, y: y - lineH * 0.5, 'font-size': fs + 2, 'font-weight': 700 }, `area-${g.area}`),
      node(
        'line',
        { x1: 0, x2: W, y1: y - lineH * 0.25, y2: y - lineH * 0.25, stroke: isHi ? INK : MUTED_INK, 'stroke-width': isHi ? 2 : 1 },
        [],
        `rule-${g.area}`,
      ),
    );
    for (const e of g.rows) {
      const textLines = wrapped.get(e.id)!;
      const rowH = wideRowUnits(textLines.length) * lineH;
      const cy = y + rowH / 2;
      const bold = named.has(e.id);
      out.push(
        lines(textLines, 0, cy - ((textLines.length - 1) * lineH) / 2 + fs * 0.35, lineH, { 'font-size': fs }, `label-${e.id}`),
        estimateNode(
          { e, cy, spot: valueSpot(e, x, rangeX0, W, textWidth(rangeShort(lang, e), fs, bold)), fs, bold, highlighted: isHi, lift: 7 },
          x,
          lang,
        ),
      );
      y += rowH;
    }
    if (isHi) under.push(highlightBand(0, groupTop + lineH * 0.2, W, y - groupTop - lineH * 0.1));
  }
  return [...under, ...axis(lang, x, W, fs, top, bottom, true), ...out];
}

function render(data: EstimatesData, state: EstimatesState, size: ChartSize, lang: Lang): SvgNode {
  const groups = estimateGroups(data);
  const hi = checkState(groups, state);
  checkLabels(groups, state);
  const named = namedIds(hi, state);
  if (isNarrow(size.width)) {
    // Laid out wider and scaled down only if an edit adds more rows than the reserved height holds. A
    // step's area needs only its own rows (its picture may be cropped to them: pictureHeight).
    const needs = (w: number) => (hi ? phoneAreaHeight(data, groups, hi, named, lang, w) : phoneHeight(data, groups, lang, w));
    const layout = fitLayout(size, (w) => (isNarrow(w) ? needs(w) / w : wideHeight(groups, lang, w) / w));
    const nodes = !isNarrow(layout.width)
      ? renderWide(data, groups, hi, named, layout, lang)
      : hi
        ? renderPhoneArea(data, groups, hi, named, layout, lang)
        : renderPhoneOverview(data, groups, layout, lang);
    return svgRoot('estimates', layout, nodes);
  }
  const layout = fitLayout(size, (w) => wideHeight(groups, lang, w) / w);
  return svgRoot('estimates', layout, renderWide(data, groups, hi, named, layout, lang));
}

/** A dashed line from the left edge of the axis to the bound, with an open arrowhead at the left end. */
function upperBoundMarks(x0: number, x1: number, cy: number, color: string): SvgNode[] {
  return [
    node('line', { x1: x0 + 2, x2: x1, y1: cy, y2: cy, stroke: color, 'stroke-width': 2, 'stroke-dasharray': '4 3' }),
    node('path', {
      d: `M${r1(x0 + 8)},${r1(cy - 5)}L${r1(x0 + 2)},${r1(cy)}L${r1(x0 + 8)},${r1(cy + 5)}`,
      fill: 'none',
      stroke: color,
      'stroke-width': 2,
      'stroke-linejoin': 'round',
    }),
  ];
}

/** The legend swatch for an upper bound (16 × 16). */
export function upperBoundSwatch(): SvgNode {
  return node('g', {}, upperBoundMarks(-1, 16, 8, MUTED_INK));
}

function describe(data: EstimatesData, state: EstimatesState, lang: Lang): string {
  const groups = estimateGroups(data);
  const hi = checkState(groups, state);
  checkLabels(groups, state);
  const m = messages[lang];
  const n = (v: number) => formatNumber(lang, v);
  const item = (e: Estimate) => m.item(sentenceLabel(lang, e), rangeLabel(lang, e));
  if (hi) return m.areaHighlighted(m.areas[hi.area], n(hi.rows.length), hi.rows.length > 1, hi.rows.map(item).join('; '));
  const parts = groups.map((g) => {
    const values = g.rows.flatMap((e) => (e.low === undefined ? [e.high] : [e.low, e.high]));
    const lo = min(values)!;
    const hiV = max(values)!;
    const upper = g.rows.filter((e) => estimateShape(e) === 'upper_bound').length;
    const bounds = upper === 0 ? '' : upper === g.rows.length && upper > 1 ? m.allUpperBounds : m.someUpperBounds(n(upper));
    return m.areaSummary(m.areas[g.area], n(g.rows.length), g.rows.length > 1, bounds, lo === hiV ? n(lo) : m.span(n(lo), n(hiV)));
  });
  const kinds = KIND_ORDER.map((k) => [k, data.nonstatusEstimates.filter((e) => e.estimator_kind === k).length] as const).filter(
    ([, c]) => c > 0,
  );
  return [
    m.intro(n(data.nonstatusEstimates.length)),
    ...parts,
    m.madeBy(
      joinList(
        lang,
        kinds.map(([k, c]) => m.kindCount(m.kinds[k], n(c))),
      ),
    ),
  ].join(' ');
}

export const estimatesChart: ChartModule<EstimatesData, EstimatesState> = {
  id: 'estimates',
  aspect,
  render,
  describe,
  pictureHeight,
};

export default estimatesChart;
