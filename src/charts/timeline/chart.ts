/**
 * `timeline`: council actions and other dated events on one time axis, one lane per strand of the story
 * (councils, police, Ottawa, other). A state highlights one strand and/or a period; everything else stays
 * visible but faded, so the reader keeps the whole story in view.
 */
import { formatNumber, type Lang } from '../../i18n/locale.ts';
import { node, svgRoot, symbol, text, textWidth, type MarkShape } from '../common/draw.ts';
import { markBox, placeLabels, type Box, type LabelRequest } from '../common/labels.ts';
import { HIGHLIGHT_BAND, INK, MUTED_INK, PALETTE, PAPER, RULE } from '../common/palette.ts';
import { ChartStateError, colon, type Bilingual } from '../common/text.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';

export const STRANDS = ['council', 'police', 'federal', 'other'] as const;
export type Strand = (typeof STRANDS)[number];

export interface TimelineItem {
  readonly id: string;
  /** Where the row comes from: council_actions.csv or events.csv. */
  readonly kind: 'action' | 'event';
  readonly strand: Strand;
  /** The date as written in the CSV (2017, 2017-02 or 2017-02-20). */
  readonly date: string;
  /** Position on the axis in years: the middle of the month or year when the day is not known. */
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
}

export const STRAND_STYLE: Readonly<Record<Strand, { color: string; shape: MarkShape; label: Bilingual; phrase: Bilingual }>> = {
  council: {
    color: PALETTE.blue,
    shape: 'circle',
    label: { en: 'City councils', fr: 'Conseils municipaux' },
    phrase: { en: 'council actions', fr: 'gestes des conseils municipaux' },
  },
  police: {
    color: PALETTE.vermillion,
    shape: 'square',
    label: { en: 'Police', fr: 'Police' },
    phrase: { en: 'police events', fr: 'événements policiers' },
  },
  federal: {
    color: PALETTE.purple,
    shape: 'diamond',
    label: { en: 'Federal', fr: 'Fédéral' },
    phrase: { en: 'federal events', fr: 'événements fédéraux' },
  },
  other: {
    color: PALETTE.green,
    shape: 'triangle',
    label: { en: 'Studies, advocacy', fr: 'Études, militants' },
    phrase: { en: 'studies and advocacy', fr: 'études et militantisme' },
  },
};

/** A date written YYYY, YYYY-MM or YYYY-MM-DD as a position in years. */
export function yearPosition(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  return y + (m - 1 + (d - 0.5) / 31) / 12;
}

export function timelineDomain(data: TimelineData): [number, number] {
  if (data.items.length === 0) throw new ChartStateError('timeline', 'there are no dated rows to draw.');
  const ts = data.items.map((i) => i.t);
  return [Math.floor(Math.min(...ts)), Math.floor(Math.max(...ts)) + 1];
}

export function checkTimelineState(data: TimelineData, state: TimelineState): void {
  const strands = ['all', 'council', 'police', 'federal'];
  if (!state || !strands.includes(state.strand)) {
    throw new ChartStateError('timeline', `a state is { strand: ${strands.map((s) => `'${s}'`).join(' | ')}, from?, to? }, got ${JSON.stringify(state)}.`);
  }
  const [lo, hi] = timelineDomain(data);
  for (const [name, value] of [['from', state.from], ['to', state.to]] as const) {
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < lo || value >= hi) {
      throw new ChartStateError('timeline', `${name}: ${value} is not a year between ${lo} and ${hi - 1}, the years the data covers.`);
    }
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

const MARGIN = { top: 14, right: 12, bottom: 26 };

/**
 * Years to pixels. Whole years are the only ticks, so a plain linear map does what d3-scale's
 * scaleLinear would, without pulling d3-scale (8.6 KB gzip, shared) into pages that draw only the
 * map and this timeline.
 */
export function yearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (year: number) => number {
  const k = (r1 - r0) / (d1 - d0);
  return (year) => r0 + (year - d0) * k;
}

function render(data: TimelineData, state: TimelineState, size: ChartSize, lang: Lang): SvgNode {
  checkTimelineState(data, state);
  const [lo, hi] = timelineDomain(data);
  const narrow = size.width < 480;
  const fontSize = narrow ? 11 : 12;
  const left = narrow ? 8 : 118;
  const x = yearScale([lo, hi], [left, size.width - MARGIN.right]);
  const laneTop = MARGIN.top + (narrow ? fontSize + 4 : 0);
  const laneHeight = (size.height - laneTop - MARGIN.bottom) / STRANDS.length;
  const r = narrow ? 3.5 : 4.5;

  const children: SvgNode[] = [];
  if (state.from !== undefined || state.to !== undefined) {
    const x0 = x(state.from ?? lo);
    const x1 = x((state.to ?? hi - 1) + 1);
    children.push(node('rect', { x: x0, y: MARGIN.top - 6, width: x1 - x0, height: size.height - MARGIN.top - MARGIN.bottom + 6, fill: HIGHLIGHT_BAND }, [], 'period'));
  } else {
    children.push(node('rect', { x: x(lo), y: MARGIN.top - 6, width: 0, height: size.height - MARGIN.top - MARGIN.bottom + 6, fill: HIGHLIGHT_BAND }, [], 'period'));
  }

  const step = size.width / (hi - lo) < 34 ? (size.width / (hi - lo) < 18 ? 5 : 2) : 1;
  const ticks: SvgNode[] = [];
  for (let year = lo; year <= hi; year++) {
    const tx = x(year);
    ticks.push(node('line', { x1: tx, x2: tx, y1: MARGIN.top - 6, y2: size.height - MARGIN.bottom, stroke: RULE, 'stroke-width': year % 5 === 0 ? 1 : 0.5 }, [], `tick:${year}`));
    if (year < hi && (year - lo) % step === 0) {
      const label = narrow || step > 1 ? `’${String(year).slice(2)}` : String(year);
      ticks.push(text(label, { x: x(year + 0.5), y: size.height - MARGIN.bottom + 16, 'text-anchor': 'middle', 'font-size': fontSize - 1, fill: MUTED_INK }, `year:${year}`));
    }
  }
  children.push(node('g', { class: 'axis' }, ticks, 'axis'));

  const lanes: SvgNode[] = [];
  const marks: SvgNode[] = [];
  const placedMarks: { item: TimelineItem; x: number; y: number; on: boolean }[] = [];
  const laneLabelBoxes: Box[] = [];
  STRANDS.forEach((strand, laneIndex) => {
    const style = STRAND_STYLE[strand];
    const cy = laneTop + laneHeight * (laneIndex + 0.5);
    const active = state.strand === 'all' || state.strand === strand;
    const items = data.items.filter((i) => i.strand === strand).sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
    const lit = items.filter((i) => isHighlighted(i, state)).length;
    const laneLabel = `${style.label[lang]} (${formatNumber(lang, lit)})`;
    if (narrow) {
      const top = cy - laneHeight / 2;
      laneLabelBoxes.push({ x0: left, y0: top, x1: left + textWidth(laneLabel, fontSize), y1: top + fontSize + 3 });
    }
    lanes.push(
      narrow
        ? text(laneLabel, { x: left, y: cy - laneHeight / 2 + fontSize, 'font-size': fontSize, 'font-weight': active ? 700 : 400, fill: active ? INK : MUTED_INK }, `lane:${strand}`)
        : text(laneLabel, { x: 4, y: cy + fontSize * 0.35, 'font-size': fontSize, 'font-weight': active ? 700 : 400, fill: active ? INK : MUTED_INK }, `lane:${strand}`),
    );
    lanes.push(node('line', { x1: x(lo), x2: x(hi), y1: cy, y2: cy, stroke: RULE, 'stroke-width': 0.5 }, [], `laneline:${strand}`));
    // Stack marks that would touch into rows above and below the lane's centre line (a simple beeswarm).
    const maxLevel = Math.max(0, Math.floor((laneHeight / 2 - r - (narrow ? fontSize / 2 : 1)) / (r * 2 + 1)));
    const levels: number[][] = [];
    for (const item of items) {
      const ix = x(item.t);
      let chosen = 0;
      for (let n = 0; n <= maxLevel * 2; n++) {
        const level = n === 0 ? 0 : n % 2 === 1 ? -(n + 1) / 2 : n / 2;
        const row = (levels[level + maxLevel] ??= []);
        if (row.every((other) => Math.abs(other - ix) >= r * 2 + 1)) {
          chosen = level;
          break;
        }
        chosen = level;
      }
      (levels[chosen + maxLevel] ??= []).push(ix);
      const on = isHighlighted(item, state);
      const iy = cy + chosen * (r * 2 + 1) + (narrow ? fontSize / 2 : 0);
      placedMarks.push({ item, x: ix, y: iy, on });
      marks.push(
        symbol(style.shape, ix, iy, r, on ? style.color : '#b8b8b8', `item:${item.id}`, {
          'data-on': on ? '1' : '0',
          ...(style.shape === 'circle' || style.shape === 'square' || style.shape === 'diamond' || style.shape === 'triangle' ? { stroke: PAPER, 'stroke-width': 0.75 } : {}),
        }),
      );
    }
  });
  children.push(node('g', { class: 'lanes' }, lanes, 'lanes'), node('g', { class: 'marks' }, marks, 'marks'));
  children.push(node('g', { class: 'labels' }, itemLabels(placedMarks, laneLabelBoxes, size, r, fontSize, lang, narrow ? 0 : left), 'labels'));
  return svgRoot('timeline', size, children);
}

/** Few enough highlighted items to name them on the chart; more would only collide. */
const MAX_LABELLED = 6;
const MAX_LABEL_CHARS = 30;

function shorten(label: string): string {
  return label.length <= MAX_LABEL_CHARS ? label : `${label.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…`;
}

function itemLabels(
  marks: readonly { item: TimelineItem; x: number; y: number; on: boolean }[],
  laneLabels: readonly Box[],
  size: ChartSize,
  r: number,
  fontSize: number,
  lang: Lang,
  left: number,
): SvgNode[] {
  const lit = marks.filter((m) => m.on);
  if (lit.length === 0 || lit.length > MAX_LABELLED) return [];
  const requests: LabelRequest[] = lit.map((m) => ({ key: m.item.id, text: `${shorten(m.item.short[lang])} (${m.item.date.slice(0, 4)})`, x: m.x, y: m.y, r }));
  const obstacles: (Box & { key?: string })[] = [...marks.map((m) => ({ ...markBox(m.x, m.y, r + 1), key: m.item.id })), ...laneLabels];
  const bounds = { x0: left, y0: 0, x1: size.width - 2, y1: size.height - MARGIN.bottom };
  return placeLabels(requests, obstacles, bounds, fontSize - 1).flatMap((p) => [
    ...(p.leader ? [node('line', { ...p.leader, stroke: MUTED_INK, 'stroke-width': 0.75 }, [], `leader:${p.key}`)] : []),
    text(p.text, { x: p.x, y: p.y, 'text-anchor': p.anchor, 'font-size': fontSize - 1, 'paint-order': 'stroke', stroke: PAPER, 'stroke-width': 3, 'stroke-linejoin': 'round' }, `label:${p.key}`),
  ]);
}

const MAX_LISTED = 6;

function describe(data: TimelineData, state: TimelineState, lang: Lang): string {
  checkTimelineState(data, state);
  const [lo, hi] = timelineDomain(data);
  const lit = data.items.filter((i) => isHighlighted(i, state)).sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
  const from = state.from ?? lo;
  const to = state.to ?? hi - 1;
  const what = state.strand === 'all' ? (lang === 'fr' ? 'tous les volets' : 'every strand') : STRAND_STYLE[state.strand].phrase[lang];
  const period = from === to ? String(from) : `${from}–${to}`;
  const n = formatNumber(lang, lit.length);
  const total = formatNumber(lang, data.items.length);
  const head =
    lang === 'fr'
      ? `Frise chronologique, ${what}, ${period} : ${n} des ${total} éléments datés sont mis en évidence.`
      : `Timeline, ${what}, ${period}: ${n} of ${total} dated items highlighted.`;
  if (lit.length === 0) return head;
  const listed = lit.slice(0, MAX_LISTED).map((i) => `${i.date.slice(0, 4)}${colon(lang)} ${i.title[lang]}`);
  const more = lit.length - listed.length;
  const tail =
    more > 0 ? (lang === 'fr' ? ` Et ${formatNumber(lang, more)} autres, dans le tableau.` : ` And ${formatNumber(lang, more)} more, listed in the table.`) : '';
  return `${head} ${listed.join('; ')}.${tail}`;
}

export const timelineChart: ChartModule<TimelineData, TimelineState> = {
  id: 'timeline',
  aspect: () => 0.62,
  render,
  describe,
};

export default timelineChart;
