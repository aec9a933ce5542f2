/**
 * `removals`: people removed from Canada by CBSA, by calendar year (all regions). A partial year is drawn
 * hollow and hatched with its months named, so it is never read as a fall; where an earlier version of
 * CBSA's table gave another figure, a dashed tick marks that figure on the bar.
 */
import { max, min } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { CbsaRemovalRow, Dataset } from '../../data/schemas.ts';
import { formatDate, formatNumber, localized, type Lang } from '../../i18n/locale.ts';
import { hatchPath, lines, node, svgRoot, text, textWidth, translate, wrapWords } from '../common/draw.ts';
import { HIGHLIGHT_BAND, INK, MUTED_INK, PALETTE, PAPER, RULE } from '../common/palette.ts';
import { ChartStateError, colon, joinList, type Bilingual } from '../common/text.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';

type Removal = Pick<CbsaRemovalRow, 'id' | 'year' | 'value' | 'partial_year' | 'period_note_en' | 'period_note_fr' | 'earlier_value'>;

/** Only the national rows and the columns drawn: this object is embedded in the page for the browser. */
export interface RemovalsData {
  readonly cbsaRemovals: readonly Removal[];
}

export interface RemovalsState {
  readonly highlight?: number;
}

export function removalsData(data: Dataset): RemovalsData {
  return {
    cbsaRemovals: data.cbsaRemovals
      .filter((r) => r.region === 'total')
      .map(({ id, year, value, partial_year, period_note_en, period_note_fr, earlier_value }) => ({
        id,
        year,
        value,
        partial_year,
        period_note_en,
        period_note_fr,
        earlier_value,
      })),
  };
}

/** Years in order. Rows without a region (the compact form) are national; full rows are filtered to it. */
export function removalYears(data: RemovalsData | Pick<Dataset, 'cbsaRemovals'>): Removal[] {
  return data.cbsaRemovals
    .filter((r) => !('region' in r) || (r as CbsaRemovalRow).region === 'total')
    .slice()
    .sort((a, b) => a.year - b.year);
}

const COLOR = PALETTE.blue;

const TEXT = {
  heading: { en: 'Enforced removals by CBSA, by calendar year', fr: 'Renvois exécutés par l’ASFC, par année civile' },
  partial: { en: 'Partial year', fr: 'Année partielle' },
  full: { en: 'Full year', fr: 'Année complète' },
  earlier: { en: 'Earlier version of CBSA’s table', fr: 'Version antérieure du tableau de l’ASFC' },
} satisfies Record<string, Bilingual>;

/** The first clause of a period note ("January to September 2025"), for sentences. */
export function shortPeriodNote(row: Removal, lang: Lang): string {
  return localized(row, 'period_note', lang).split(/[;(]/)[0]!.trim().replace(/[.,]$/, '');
}

/**
 * The months a period note names, abbreviated for a label over a narrow bar: "January to September
 * 2025" → "Jan.–Sept.". Falls back to the note's first clause when it names fewer than two months.
 */
export function monthSpan(row: Removal, lang: Lang): string {
  const note = shortPeriodNote(row, lang);
  const names = Array.from({ length: 12 }, (_, i) => formatDate(lang, { year: 2000, month: i + 1, iso: '' }).replace(' 2000', ''));
  const found = names
    .map((name, i) => ({ i, at: note.toLocaleLowerCase(lang).indexOf(name.toLocaleLowerCase(lang)) }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (found.length < 2) return note;
  const short = (i: number) => formatDate(lang, { year: 2000, month: i + 1, iso: '' }, true).replace(' 2000', '');
  return `${short(found[0]!.i)}–${short(found.at(-1)!.i)}`;
}

/** The note inside a sentence: French lower-cases its first letter ("de janvier à septembre"). */
function inSentence(row: Removal, lang: Lang): string {
  const note = shortPeriodNote(row, lang);
  return lang === 'fr' ? note.charAt(0).toLocaleLowerCase('fr') + note.slice(1) : note;
}

function checkState(rows: readonly Removal[], state: RemovalsState): Removal | undefined {
  if (state.highlight === undefined) return undefined;
  const row = rows.find((r) => r.year === state.highlight);
  if (!row) {
    throw new ChartStateError('removals', `state.highlight ${state.highlight} is not a year in cbsa_removals.csv (total). Years: ${rows.map((r) => r.year).join(', ')}.`);
  }
  return row;
}

/** The largest tick label the axis can show, for the width of its column. */
function yMaxTick(rows: readonly Removal[]): number {
  return scaleLinear().domain([0, max(rows, (r) => Math.max(r.value, r.earlier_value ?? 0)) ?? 0]).nice().domain()[1]!;
}

function hasEarlier(r: Removal): r is Removal & { earlier_value: number } {
  return r.earlier_value !== undefined && r.earlier_value !== r.value;
}

function aspect(width: number): number {
  return width < 480 ? 0.95 : 0.62;
}

function render(data: RemovalsData, state: RemovalsState, size: ChartSize, lang: Lang): SvgNode {
  const rows = removalYears(data);
  const hi = checkState(rows, state);
  const { width: W, height: H } = size;
  const fs = W < 480 ? 11 : 12;
  const children: SvgNode[] = [];
  // Highlight bands go under the gridlines and bars.
  const under: SvgNode[] = [];

  // Legend across the top, flowed.
  const legend: { key: string; label: string; marks: SvgNode[] }[] = [
    { key: 'full', label: TEXT.full[lang], marks: [node('rect', { x: 0, y: 0, width: 14, height: 12, fill: COLOR })] },
  ];
  if (rows.some((r) => r.partial_year)) {
    legend.push({ key: 'partial', label: TEXT.partial[lang], marks: partialBar(0, 0, 14, 12) });
  }
  if (rows.some(hasEarlier)) {
    legend.push({
      key: 'earlier',
      label: TEXT.earlier[lang],
      marks: [node('line', { x1: 0, x2: 14, y1: 6, y2: 6, stroke: INK, 'stroke-width': 2, 'stroke-dasharray': '3 2' })],
    });
  }
  let lx = 0;
  let ly = 0;
  for (const item of legend) {
    const itemW = 20 + textWidth(item.label, fs) + 16;
    if (lx > 0 && lx + itemW > W) {
      lx = 0;
      ly += fs + 8;
    }
    children.push(
      node('g', { class: 'legend-item', 'data-legend': item.key, transform: translate(lx, ly + 2) }, [
        ...item.marks,
        text(item.label, { x: 20, y: 10.5, 'font-size': fs }),
      ]),
    );
    lx += itemW;
  }

  const top = ly + fs + 8 + fs * 3.6; // room for value labels and a two-line partial-year note
  const bottom = H - fs - 10;
  const axisW = formatNumber(lang, yMaxTick(rows)).length * (fs - 1) * 0.66 + 8;
  const yMax = max(rows, (r) => Math.max(r.value, r.earlier_value ?? 0)) ?? 0;
  const y = scaleLinear().domain([0, yMax]).nice().range([bottom, top]);
  const x = scaleBand<number>().domain(rows.map((r) => r.year)).range([axisW, W]).paddingInner(0.25).paddingOuter(0.1);
  const bw = x.bandwidth();

  for (const t of y.ticks(4)) {
    children.push(
      node('line', { x1: axisW, x2: W, y1: y(t), y2: y(t), stroke: t === 0 ? MUTED_INK : RULE, 'stroke-width': t === 0 ? 1 : 0.75 }),
      text(formatNumber(lang, t), { x: axisW - 6, y: y(t) + fs * 0.35, 'text-anchor': 'end', 'font-size': fs - 1, fill: MUTED_INK }),
    );
  }

  for (const r of rows) {
    const bx = x(r.year)!;
    const isHi = hi?.year === r.year;
    const barTop = y(r.value);
    if (isHi) {
      under.push(node('rect', { x: bx - bw * 0.15, y: top - fs * 3.6, width: bw * 1.3, height: bottom - top + fs * 3.6 + fs + 8, fill: HIGHLIGHT_BAND, rx: 3 }, [], 'highlight'));
    }
    const marks = r.partial_year
      ? partialBar(bx, barTop, bw, bottom - barTop, isHi)
      : [node('rect', { x: bx, y: barTop, width: bw, height: bottom - barTop, fill: COLOR, stroke: isHi ? INK : undefined, 'stroke-width': isHi ? 2 : undefined })];
    children.push(node('g', { class: `bar${r.partial_year ? ' is-partial' : ''}${isHi ? ' is-highlighted' : ''}`, 'data-value': r.value }, marks, `bar-${r.year}`));
    if (hasEarlier(r)) {
      const ey = y(r.earlier_value);
      children.push(node('line', { x1: bx - 3, x2: bx + bw + 3, y1: ey, y2: ey, stroke: INK, 'stroke-width': 2, 'stroke-dasharray': '3 2', 'data-value': r.earlier_value }, [], `earlier-${r.year}`));
    }
    const labelTop = Math.min(barTop, hasEarlier(r) ? y(r.earlier_value) : barTop) - 5;
    const valueText = text(formatNumber(lang, r.value), { x: bx + bw / 2, y: labelTop, 'text-anchor': 'middle', 'font-size': fs, 'font-weight': isHi ? 700 : 400 }, `value-${r.year}`);
    if (r.partial_year) {
      // The months counted, above the value, so the short bar reads as "not a whole year".
      const note = wrapWords(monthSpan(r, lang), Math.max(6, Math.floor((bw + 16) / ((fs - 1) * 0.6))), 2);
      const half = Math.max(...note.map((l) => l.length)) * (fs - 1) * 0.3;
      children.push(
        lines(note, Math.min(bx + bw / 2, W - half - 1), labelTop - fs - 2 - (note.length - 1) * (fs + 1), fs + 1, { 'text-anchor': 'middle', 'font-size': fs - 1, 'font-style': 'italic' }, `note-${r.year}`),
      );
    }
    children.push(
      valueText,
      text(String(r.year), { x: bx + bw / 2, y: bottom + fs + 4, 'text-anchor': 'middle', 'font-size': fs, 'font-weight': isHi ? 700 : 400 }, `year-${r.year}`),
    );
  }

  return svgRoot('removals', size, [...under, ...children]);
}

/** A partial year: outlined and hatched, never solid. */
function partialBar(x: number, y: number, w: number, h: number, emphasis = false): SvgNode[] {
  return [
    node('rect', { x: x + 1, y: y + 1, width: Math.max(0.5, w - 2), height: Math.max(0.5, h - 2), fill: PAPER, stroke: emphasis ? INK : COLOR, 'stroke-width': 2 }),
    node('path', { d: hatchPath(x, y, w, h, 5), stroke: COLOR, 'stroke-width': 1.2, class: 'hatch' }),
  ];
}

function describe(data: RemovalsData, state: RemovalsState, lang: Lang): string {
  const rows = removalYears(data);
  const hi = checkState(rows, state);
  const c = colon(lang);
  const fr = lang === 'fr';
  const n = (v: number) => formatNumber(lang, v);
  const full = rows.filter((r) => !r.partial_year);
  const partial = rows.filter((r) => r.partial_year);
  const lo = min(full, (r) => r.value);
  const top = max(full, (r) => r.value);
  const loRow = full.find((r) => r.value === lo);
  const topRow = full.find((r) => r.value === top);

  if (hi) {
    const prev = full.filter((r) => r.year < hi.year).at(-1);
    const parts = [
      fr
        ? `${hi.year} mis en évidence${c} ${n(hi.value)} renvois exécutés par l’ASFC${hi.partial_year ? ` (${inSentence(hi, lang)} seulement${c} année partielle, à ne pas comparer aux années complètes)` : ''}.`
        : `${hi.year} highlighted: CBSA enforced ${n(hi.value)} removals${hi.partial_year ? ` (${inSentence(hi, lang)} only: a partial year, not comparable with full years)` : ''}.`,
    ];
    if (prev && !hi.partial_year) {
      parts.push(fr ? `En ${prev.year}${c} ${n(prev.value)}.` : `In ${prev.year}: ${n(prev.value)}.`);
    }
    if (hasEarlier(hi)) {
      parts.push(fr ? `Une version antérieure du tableau de l’ASFC donnait ${n(hi.earlier_value)}.` : `An earlier version of CBSA’s table gave ${n(hi.earlier_value)}.`);
    }
    return parts.join(' ');
  }

  const parts: string[] = [];
  if (loRow && topRow && full.length > 0) {
    parts.push(
      fr
        ? `${TEXT.heading.fr}, de ${full[0]!.year} à ${full.at(-1)!.year}${c} de ${n(loRow.value)} en ${loRow.year} (minimum) à ${n(topRow.value)} en ${topRow.year} (maximum).`
        : `${TEXT.heading.en}, ${full[0]!.year} to ${full.at(-1)!.year}: from ${n(loRow.value)} in ${loRow.year} (the lowest) to ${n(topRow.value)} in ${topRow.year} (the highest).`,
    );
    parts.push(`${fr ? 'Par année' : 'By year'}${c} ${joinList(lang, full.map((r) => `${n(r.value)} ${fr ? 'en' : 'in'} ${r.year}`))}.`);
  }
  for (const p of partial) {
    parts.push(
      fr
        ? `${p.year} est une année partielle${c} ${n(p.value)} (${inSentence(p, lang)} seulement), à ne pas comparer aux années complètes.`
        : `${p.year} is a partial year: ${n(p.value)} (${inSentence(p, lang)} only), not comparable with full years.`,
    );
  }
  const revised = rows.filter(hasEarlier);
  if (revised.length > 0) {
    const biggest = revised.reduce((a, b) => (Math.abs(b.value - b.earlier_value) > Math.abs(a.value - a.earlier_value) ? b : a));
    parts.push(
      fr
        ? `Une version antérieure du tableau donnait d’autres chiffres pour ${n(revised.length)} années; le plus grand écart touche ${biggest.year} (${n(biggest.earlier_value)} au lieu de ${n(biggest.value)}).`
        : `An earlier version of the table gave different figures for ${n(revised.length)} years; the largest difference is for ${biggest.year} (${n(biggest.earlier_value)} instead of ${n(biggest.value)}).`,
    );
  }
  return parts.join(' ');
}

export const removalsChart: ChartModule<RemovalsData, RemovalsState> = {
  id: 'removals',
  aspect,
  render,
  describe,
};

export default removalsChart;
