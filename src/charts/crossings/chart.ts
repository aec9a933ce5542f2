/**
 * `crossings`: people the RCMP intercepted crossing into Canada between ports of entry (national totals).
 * The monthly view draws preliminary months (2017's press-release figures) hollow and hatched; the annual
 * view shows the yearly totals. The 2017 monthly figures do not add up to the annual total, and the text
 * alternative says by how much.
 */
import { max, sum } from 'd3-array';
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Dataset, RcmpInterceptionRow } from '../../data/schemas.ts';
import { dateKey } from '../../data/partial-date.ts';
import { formatDate, formatNumber, localized, type Lang } from '../../i18n/locale.ts';
import { categoryTicks, valueAxisWidth, valueGrid } from '../common/axes.ts';
import { bar, highlightBand, valueLabelNodes, valueLabels, type ValueLabelRequest } from '../common/bars.ts';
import { lines, node, svgRoot, text, textWidth } from '../common/draw.ts';
import { wrapToWidth } from '../common/text-fit.ts';
import { isNarrow, minText } from '../common/layout.ts';
import { MUTED_INK, PALETTE } from '../common/palette.ts';
import { ChartStateError, joinList, type Bilingual } from '../common/text.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';
import { messages } from './messages.ts';

type Interception = Pick<RcmpInterceptionRow, 'period' | 'date' | 'value' | 'preliminary'> & {
  /**
   * Where releases gave this figure differently (a conflict in conflicts.csv of this figure alone): which
   * one the chart shows and why, so its text says what the chapter says of it.
   */
  readonly verdict?: Bilingual;
};

/** National rows only, with the columns drawn: this object is embedded in the page for the browser. */
export interface CrossingsData {
  readonly rcmpInterceptions: readonly Interception[];
}

export interface CrossingsState {
  /** 'YYYY-MM' for a month, or 'YYYY' for a year. */
  readonly highlight?: string;
  readonly show?: 'monthly' | 'annual';
  /** Other months ('YYYY-MM') or years ('YYYY') the step names: their numbers are written on their bars. */
  readonly label?: readonly string[];
}

export function crossingsData(data: Pick<Dataset, 'rcmpInterceptions' | 'conflicts'>): CrossingsData {
  const rows = data.rcmpInterceptions.filter((r) => r.region === 'canada');
  // A conflict several figures share (the 2017 months against the annual total) is about them all, and
  // the chart says it in its own words; one about a single figure is told where that figure is.
  const shared = (id: string) => rows.filter((r) => r.conflict_id === id).length > 1;
  const verdicts = new Map(data.conflicts.map((c) => [c.id, { en: c.verdict_en, fr: localized(c, 'verdict', 'fr') }]));
  return {
    rcmpInterceptions: rows.map(({ period, date, value, preliminary, conflict_id }) => {
      const verdict = conflict_id && !shared(conflict_id) ? verdicts.get(conflict_id) : undefined;
      return { period, date, value, preliminary, ...(verdict ? { verdict } : {}) };
    }),
  };
}

const COLOR = PALETTE.blue;

export interface CrossingsSeries {
  /** Every month from the first to the last monthly row; a month without a row has no value. */
  readonly months: readonly { readonly key: string; readonly year: number; readonly month: number; readonly row?: Interception }[];
  readonly years: readonly Interception[];
}

/** National rows only; full dataset rows carry a region, compact ones are national already. */
function national(data: CrossingsData): Interception[] {
  return data.rcmpInterceptions.filter((r) => !('region' in r) || (r as RcmpInterceptionRow).region === 'canada');
}

export function crossingsSeries(data: CrossingsData): CrossingsSeries {
  const rows = national(data);
  const monthly = rows.filter((r) => r.period === 'month').sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)));
  const years = rows.filter((r) => r.period === 'year').sort((a, b) => a.date.year - b.date.year);
  const months: { key: string; year: number; month: number; row?: Interception }[] = [];
  if (monthly.length > 0) {
    const byKey = new Map(monthly.map((r) => [r.date.iso, r]));
    const first = monthly[0]!.date;
    const last = monthly.at(-1)!.date;
    for (let y = first.year, m = first.month!; y < last.year || (y === last.year && m <= last.month!); m === 12 ? ((m = 1), y++) : m++) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      const row = byKey.get(key);
      months.push(row ? { key, year: y, month: m, row } : { key, year: y, month: m });
    }
  }
  return { months, years };
}

/** How far a year's monthly figures fall short of (or exceed) its annual total. */
export function monthlyGap(series: CrossingsSeries, year: number): { monthlySum: number; annual: number; gap: number } | undefined {
  const annual = series.years.find((r) => r.date.year === year);
  const months = series.months.filter((m) => m.year === year && m.row);
  if (!annual || months.length !== 12) return undefined;
  const monthlySum = sum(months, (m) => m.row!.value);
  return { monthlySum, annual: annual.value, gap: annual.value - monthlySum };
}

function checkLabels(series: CrossingsSeries, state: CrossingsState): void {
  for (const l of state.label ?? []) {
    const known = /^\d{4}-\d{2}$/.test(l)
      ? series.months.some((m) => m.key === l && m.row)
      : series.years.some((y) => String(y.date.year) === l);
    if (!known)
      throw new ChartStateError(
        'crossings',
        `state.label "${l}" is not a month (YYYY-MM) or a year with a total (YYYY) in rcmp_interceptions.csv (canada).`,
      );
  }
}

function checkState(series: CrossingsSeries, state: CrossingsState): void {
  checkLabels(series, state);
  if (state.show !== undefined && state.show !== 'monthly' && state.show !== 'annual') {
    throw new ChartStateError('crossings', `state.show must be "monthly" or "annual"; got ${JSON.stringify(state.show)}.`);
  }
  const h = state.highlight;
  if (h === undefined) return;
  const isMonth = /^\d{4}-\d{2}$/.test(h);
  const known = isMonth
    ? series.months.some((m) => m.key === h && m.row)
    : series.years.some((y) => String(y.date.year) === h) || series.months.some((m) => String(m.year) === h);
  if (!known || (!isMonth && !/^\d{4}$/.test(h))) {
    throw new ChartStateError(
      'crossings',
      `state.highlight "${h}" is not a month (YYYY-MM) or year (YYYY) in rcmp_interceptions.csv (canada).`,
    );
  }
  if ((state.show ?? 'monthly') === 'annual' && !series.years.some((y) => String(y.date.year) === h.slice(0, 4))) {
    throw new ChartStateError('crossings', `state.highlight "${h}": the annual view has no total for ${h.slice(0, 4)}.`);
  }
}

function aspect(width: number): number {
  return isNarrow(width) ? 0.9 : 0.55;
}

function monthLabel(lang: Lang, year: number, month: number, short = true): string {
  return formatDate(lang, { year, month, iso: '' }, short);
}

interface Frame {
  readonly W: number;
  readonly fs: number;
  /** Top of the room for lifted value labels; the plot starts two label lines lower. */
  readonly top: number;
  readonly bottom: number;
  readonly axisW: number;
  readonly y: ScaleLinear<number, number>;
}

function frame(values: readonly number[], size: ChartSize, lang: Lang, noteLines: number, axisLines: number): Frame {
  const { width: W, height: H } = size;
  const fs = minText(W);
  const top = noteLines * (fs + 3) + (noteLines > 0 ? 6 : 0);
  const bottom = H - axisLines * (fs + 5) - 2;
  const y = scaleLinear()
    .domain([0, max(values) ?? 0])
    .nice(4)
    .range([bottom, top + 2 * (fs + 4) + 4]);
  return { W, fs, top, bottom, axisW: valueAxisWidth(lang, y, fs), y };
}

/** What the step names: the highlighted month or year and any label; a year named covers its total. */
function namedKeys(state: CrossingsState): Set<string> {
  return new Set([...(state.highlight === undefined ? [] : [state.highlight]), ...(state.label ?? [])]);
}

/** The gap between each year's months and its annual total, as a note above the plot (monthly view). */
function gapNote(series: CrossingsSeries, lang: Lang, W: number, fs: number): string[] {
  const n = (v: number) => formatNumber(lang, v);
  const notes = series.years.flatMap((yr) => {
    const g = monthlyGap(series, yr.date.year);
    return g && g.gap !== 0 ? [messages[lang].gapNote(yr.date.year, n(g.monthlySum), n(Math.abs(g.gap)), g.gap > 0, n(g.annual))] : [];
  });
  return notes.flatMap((note) => wrapToWidth(note, W, fs, false, 3));
}

function renderMonthly(series: CrossingsSeries, state: CrossingsState, size: ChartSize, lang: Lang): SvgNode[] {
  const note = gapNote(series, lang, size.width, minText(size.width));
  const values = series.months.flatMap((m) => (m.row ? [m.row.value] : []));
  const f = frame(values, size, lang, note.length, 2);
  const x = scaleBand<string>()
    .domain(series.months.map((m) => m.key))
    .range([f.axisW + 2, f.W])
    .paddingInner(0.18);
  const bw = x.bandwidth();
  const named = namedKeys(state);
  const peak = max(values) ?? 0;
  const bandTop = f.top + 2;
  const bandH = f.bottom - bandTop + f.fs + 8;
  const hiYear = state.highlight?.length === 4 ? series.months.filter((m) => String(m.year) === state.highlight) : [];
  const bands = [
    ...(hiYear.length > 0
      ? [highlightBand(x(hiYear[0]!.key)! - bw * 0.1, bandTop, x(hiYear.at(-1)!.key)! + bw * 1.1 - x(hiYear[0]!.key)! + bw * 0.1, bandH)]
      : []),
    ...series.months.filter((m) => m.key === state.highlight).map((m) => highlightBand(x(m.key)! - bw * 0.3, bandTop, bw * 1.6, bandH)),
  ];
  const withRows = series.months.filter((m) => m.row);
  const bars = withRows.map((m) =>
    bar({
      x: x(m.key)!,
      y: f.y(m.row!.value),
      width: bw,
      height: f.bottom - f.y(m.row!.value),
      color: COLOR,
      fill: m.row!.preliminary ? 'hatched' : 'solid',
      emphasis: state.highlight === m.key,
      key: `m-${m.key}`,
      classes: m.row!.preliminary ? ['is-preliminary'] : [],
      value: m.row!.value,
    }),
  );
  const labelled = withRows.filter((m) => named.has(m.key) || m.row!.value === peak);
  const shortMonth = (m: { year: number; month: number }) => monthLabel(lang, m.year, m.month).replace(` ${m.year}`, '');
  // On a phone most months go unnamed under the axis and numbers of neighbouring months stack up, so each
  // number carries its month.
  const valueText = (m: (typeof withRows)[number]) =>
    isNarrow(f.W) ? `${shortMonth(m)} ${formatNumber(lang, m.row!.value)}` : formatNumber(lang, m.row!.value);
  const requests: ValueLabelRequest[] = labelled.map((m) => ({
    key: `value-${m.key}`,
    x: x(m.key)! + bw / 2,
    top: f.y(m.row!.value),
    text: valueText(m),
    bold: named.has(m.key),
  }));
  const yearLineX = (key: string) => x(key)! - bw * 0.09;
  const ticks = series.months.map((m) => {
    const label = shortMonth(m);
    const strong = named.has(m.key);
    // A month name is wider than its bar: January's starts just after the line that opens its year, as the
    // year under it does, so the line never runs through it.
    const centre = m.month === 1 ? yearLineX(m.key) + 3 + textWidth(label, f.fs, strong) / 2 : x(m.key)! + bw / 2;
    return { key: `tick-${m.key}`, x: centre, label, strong, rank: m.key === state.highlight ? 0 : 1 };
  });
  const yearMarks = series.months
    .filter((m, i) => m.month === 1 || i === 0)
    .flatMap((m) => [
      node(
        'line',
        {
          x1: yearLineX(m.key),
          x2: yearLineX(m.key),
          y1: f.bottom,
          y2: f.bottom + f.fs * 2 + 8,
          stroke: MUTED_INK,
          'stroke-width': 1,
        },
        [],
        `yearline-${m.year}`,
      ),
      text(String(m.year), { x: x(m.key)! + 2, y: f.bottom + f.fs * 2 + 8, 'font-size': f.fs, 'font-weight': 700 }, `year-${m.year}`),
    ]);
  return [
    ...bands,
    ...(note.length > 0 ? [lines(note, 0, f.fs, f.fs + 3, { 'font-size': f.fs }, 'gap-note')] : []),
    ...valueGrid({ scale: f.y, x0: f.axisW, x1: f.W, fontSize: f.fs, lang }),
    ...bars,
    ...categoryTicks(ticks, { y: f.bottom + f.fs + 3, fontSize: f.fs, x0: f.axisW, x1: f.W, minGap: 8, steps: [1, 2, 3, 4, 6, 12] }),
    ...yearMarks,
    ...valueLabelNodes(
      valueLabels(
        requests,
        f.fs,
        f.axisW,
        f.W,
        withRows.map((m) => ({ owner: `value-${m.key}`, x0: x(m.key)!, x1: x(m.key)! + bw, y0: f.y(m.row!.value), y1: f.bottom })),
      ),
    ),
  ];
}

function renderAnnual(series: CrossingsSeries, state: CrossingsState, size: ChartSize, lang: Lang): SvgNode[] {
  const f = frame(
    series.years.map((r) => r.value),
    size,
    lang,
    0,
    1,
  );
  const x = scaleBand<number>()
    .domain(series.years.map((r) => r.date.year))
    .range([f.axisW + 2, f.W])
    .paddingInner(0.35)
    .paddingOuter(0.2);
  const bw = x.bandwidth();
  const named = new Set([...namedKeys(state)].map((k) => Number(k.slice(0, 4))));
  const hiYear = state.highlight === undefined ? undefined : Number(state.highlight.slice(0, 4));
  const centre = (year: number) => x(year)! + bw / 2;
  return [
    ...(hiYear === undefined ? [] : [highlightBand(x(hiYear)! - bw * 0.15, f.top + 2, bw * 1.3, f.bottom - f.top + f.fs + 6)]),
    ...valueGrid({ scale: f.y, x0: f.axisW, x1: f.W, fontSize: f.fs, lang }),
    ...series.years.map((r) =>
      bar({
        x: x(r.date.year)!,
        y: f.y(r.value),
        width: bw,
        height: f.bottom - f.y(r.value),
        color: COLOR,
        fill: r.preliminary ? 'hatched' : 'solid',
        emphasis: hiYear === r.date.year,
        key: `y-${r.date.year}`,
        value: r.value,
      }),
    ),
    ...categoryTicks(
      series.years.map((r) => ({
        key: `tick-${r.date.year}`,
        x: centre(r.date.year),
        label: String(r.date.year),
        strong: named.has(r.date.year),
      })),
      { y: f.bottom + f.fs + 3, fontSize: f.fs, x0: f.axisW, x1: f.W },
    ),
    ...valueLabelNodes(
      valueLabels(
        series.years.map((r) => ({
          key: `value-${r.date.year}`,
          x: centre(r.date.year),
          top: f.y(r.value),
          text: formatNumber(lang, r.value),
          bold: named.has(r.date.year),
        })),
        f.fs,
        f.axisW,
        f.W,
      ),
    ),
  ];
}

function render(data: CrossingsData, state: CrossingsState, size: ChartSize, lang: Lang): SvgNode {
  const series = crossingsSeries(data);
  checkState(series, state);
  return svgRoot(
    'crossings',
    size,
    (state.show ?? 'monthly') === 'annual' ? renderAnnual(series, state, size, lang) : renderMonthly(series, state, size, lang),
  );
}

function gapSentences(series: CrossingsSeries, lang: Lang): string[] {
  const n = (v: number) => formatNumber(lang, v);
  return series.years.flatMap((yr) => {
    const g = monthlyGap(series, yr.date.year);
    return g && g.gap !== 0 ? [messages[lang].gapSentence(yr.date.year, n(g.monthlySum), n(Math.abs(g.gap)), g.gap > 0, n(g.annual))] : [];
  });
}

function describeAnnual(series: CrossingsSeries, state: CrossingsState, lang: Lang): string {
  const m = messages[lang];
  const n = (v: number) => formatNumber(lang, v);
  const parts = [
    m.byYear(
      joinList(
        lang,
        series.years.map((r) => m.valueInYear(n(r.value), r.date.year)),
      ),
    ),
  ];
  if (state.highlight !== undefined) {
    const r = series.years.find((yr) => yr.date.year === Number(state.highlight!.slice(0, 4)))!;
    parts.unshift(m.yearHighlighted(r.date.year, n(r.value)));
  }
  return [...parts, ...gapSentences(series, lang)].join(' ');
}

function describe(data: CrossingsData, state: CrossingsState, lang: Lang): string {
  const series = crossingsSeries(data);
  checkState(series, state);
  if ((state.show ?? 'monthly') === 'annual') return describeAnnual(series, state, lang);
  const m = messages[lang];
  const n = (v: number) => formatNumber(lang, v);
  const full = (x: { year: number; month: number }) => monthLabel(lang, x.year, x.month, false);
  const withRows = series.months.filter((x) => x.row);
  const parts: string[] = [];
  const h = state.highlight;
  if (h !== undefined && h.length === 7) {
    const i = series.months.findIndex((x) => x.key === h);
    const month = series.months[i]!;
    const prev = series.months[i - 1];
    parts.push(m.monthHighlighted(full(month), n(month.row!.value), month.row!.preliminary));
    if (month.row!.verdict) parts.push(month.row!.verdict[lang]);
    if (prev?.row) parts.push(m.monthBefore(n(prev.row.value)));
    const rest = withRows.filter((x) => (state.label ?? []).includes(x.key) && x !== month && x !== prev);
    if (rest.length > 0)
      parts.push(
        m.alsoLabelled(
          joinList(
            lang,
            rest.map((x) => m.valueInMonth(n(x.row!.value), full(x))),
          ),
        ),
      );
  } else if (h !== undefined) {
    const total = series.years.find((yr) => String(yr.date.year) === h);
    parts.push(
      m.yearOfMonthsHighlighted(
        h,
        n(series.months.filter((x) => String(x.year) === h && x.row).length),
        total ? n(total.value) : undefined,
      ),
    );
  }
  if (withRows.length > 0) {
    const peak = withRows.reduce((a, b) => (b.row!.value > a.row!.value ? b : a));
    parts.push(m.monthlyOverview(full(withRows[0]!), full(withRows.at(-1)!), n(peak.row!.value), full(peak)));
    const prelim = [...new Set(withRows.filter((x) => x.row!.preliminary).map((x) => x.year))];
    if (prelim.length > 0) parts.push(m.preliminaryYears(joinList(lang, prelim.map(String))));
  }
  return [...parts, ...gapSentences(series, lang)].join(' ');
}

export const crossingsChart: ChartModule<CrossingsData, CrossingsState> = {
  id: 'crossings',
  aspect,
  render,
  describe,
};

export default crossingsChart;
