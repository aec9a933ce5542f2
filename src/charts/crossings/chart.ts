/**
 * `crossings`: people the RCMP intercepted crossing into Canada between ports of entry (national totals).
 * The monthly view draws preliminary months (2017's press-release figures) hollow and hatched; the annual
 * view shows the yearly totals. The 2017 monthly figures do not add up to the annual total, and the text
 * alternative says by how much.
 */
import { max, sum } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Dataset, RcmpInterceptionRow } from '../../data/schemas.ts';
import { dateKey } from '../../data/partial-date.ts';
import { formatDate, formatNumber, type Lang } from '../../i18n/locale.ts';
import { hatchPath, node, svgRoot, text, textWidth, translate } from '../common/draw.ts';
import { HIGHLIGHT_BAND, INK, MUTED_INK, PALETTE, PAPER, RULE } from '../common/palette.ts';
import { capitalize, ChartStateError, colon, joinList, type Bilingual } from '../common/text.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';

type Interception = Pick<RcmpInterceptionRow, 'period' | 'date' | 'value' | 'preliminary'>;

/** National rows only, with the columns drawn: this object is embedded in the page for the browser. */
export interface CrossingsData {
  readonly rcmpInterceptions: readonly Interception[];
}

export interface CrossingsState {
  /** 'YYYY-MM' for a month, or 'YYYY' for a year. */
  readonly highlight?: string;
  readonly show?: 'monthly' | 'annual';
}

export function crossingsData(data: Dataset): CrossingsData {
  return {
    rcmpInterceptions: data.rcmpInterceptions
      .filter((r) => r.region === 'canada')
      .map(({ period, date, value, preliminary }) => ({ period, date, value, preliminary })),
  };
}

const COLOR = PALETTE.blue;

const TEXT = {
  published: { en: 'Published figure', fr: 'Chiffre publié' },
  preliminary: { en: 'Preliminary figure', fr: 'Chiffre provisoire' },
  subject: {
    en: 'People the RCMP intercepted crossing into Canada between ports of entry',
    fr: 'Personnes interceptées par la GRC en entrant au Canada entre les points d’entrée',
  },
} satisfies Record<string, Bilingual>;

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

function checkState(series: CrossingsSeries, state: CrossingsState): void {
  if (state.show !== undefined && state.show !== 'monthly' && state.show !== 'annual') {
    throw new ChartStateError('crossings', `state.show must be "monthly" or "annual"; got ${JSON.stringify(state.show)}.`);
  }
  const h = state.highlight;
  if (h === undefined) return;
  const isMonth = /^\d{4}-\d{2}$/.test(h);
  const known = isMonth ? series.months.some((m) => m.key === h && m.row) : series.years.some((y) => String(y.date.year) === h) || series.months.some((m) => String(m.year) === h);
  if (!known || (!isMonth && !/^\d{4}$/.test(h))) {
    throw new ChartStateError('crossings', `state.highlight "${h}" is not a month (YYYY-MM) or year (YYYY) in rcmp_interceptions.csv (canada).`);
  }
  if ((state.show ?? 'monthly') === 'annual' && !series.years.some((y) => String(y.date.year) === h.slice(0, 4))) {
    throw new ChartStateError('crossings', `state.highlight "${h}": the annual view has no total for ${h.slice(0, 4)}.`);
  }
}

function aspect(width: number): number {
  return width < 480 ? 0.9 : 0.55;
}

function monthLabel(lang: Lang, year: number, month: number, short = true): string {
  return formatDate(lang, { year, month, iso: '' }, short);
}

function render(data: CrossingsData, state: CrossingsState, size: ChartSize, lang: Lang): SvgNode {
  const series = crossingsSeries(data);
  checkState(series, state);
  const show = state.show ?? 'monthly';
  const { width: W, height: H } = size;
  const fs = W < 480 ? 11 : 12;
  const children: SvgNode[] = [];
  // Highlight bands go under the gridlines and bars.
  const under: SvgNode[] = [];

  // Legend (monthly view only: the annual totals are all published figures).
  let top = 8;
  if (show === 'monthly') {
    const items = [
      { key: 'published', label: TEXT.published[lang], marks: [node('rect', { x: 0, y: 0, width: 14, height: 12, fill: COLOR })] },
      ...(series.months.some((m) => m.row?.preliminary) ? [{ key: 'preliminary', label: TEXT.preliminary[lang], marks: hollowBar(0, 0, 14, 12) }] : []),
    ];
    let lx = 0;
    for (const item of items) {
      children.push(node('g', { class: 'legend-item', 'data-legend': item.key, transform: translate(lx, 2) }, [...item.marks, text(item.label, { x: 20, y: 10.5, 'font-size': fs })]));
      lx += 20 + textWidth(item.label, fs) + 18;
    }
    top = fs + 14;
  }
  top += fs + 6; // room for the value label over the tallest bar
  const bottom = H - (show === 'monthly' ? fs * 2 + 12 : fs + 10);
  const values = show === 'monthly' ? series.months.flatMap((m) => (m.row ? [m.row.value] : [])) : series.years.map((y) => y.value);
  const y = scaleLinear().domain([0, max(values) ?? 0]).nice().range([bottom, top]);
  const axisW = formatNumber(lang, y.domain()[1]!).length * (fs - 1) * 0.66 + 8;

  for (const t of y.ticks(4)) {
    children.push(
      node('line', { x1: axisW, x2: W, y1: y(t), y2: y(t), stroke: t === 0 ? MUTED_INK : RULE, 'stroke-width': t === 0 ? 1 : 0.75 }),
      text(formatNumber(lang, t), { x: axisW - 6, y: y(t) + fs * 0.35, 'text-anchor': 'end', 'font-size': fs - 1, fill: MUTED_INK }),
    );
  }

  if (show === 'monthly') {
    const x = scaleBand<string>().domain(series.months.map((m) => m.key)).range([axisW + 2, W]).paddingInner(0.18);
    const bw = x.bandwidth();
    const hiYear = state.highlight?.length === 4 ? Number(state.highlight) : undefined;
    const peak = max(values) ?? 0;
    if (hiYear !== undefined) {
      const inYear = series.months.filter((m) => m.year === hiYear);
      const x0 = x(inYear[0]!.key)! - bw * 0.1;
      const x1 = x(inYear.at(-1)!.key)! + bw * 1.1;
      under.push(node('rect', { x: x0, y: top - fs - 6, width: x1 - x0, height: bottom - top + fs * 2 + 12, fill: HIGHLIGHT_BAND, rx: 3 }, [], 'highlight'));
    }
    for (const m of series.months) {
      const bx = x(m.key)!;
      const isHi = state.highlight === m.key;
      if (isHi) under.push(node('rect', { x: bx - bw * 0.3, y: top - fs - 6, width: bw * 1.6, height: bottom - top + fs * 2 + 12, fill: HIGHLIGHT_BAND, rx: 3 }, [], 'highlight'));
      if (m.row) {
        const r = m.row;
        const barTop = y(r.value);
        const marks = r.preliminary
          ? hollowBar(bx, barTop, bw, bottom - barTop, isHi)
          : [node('rect', { x: bx, y: barTop, width: bw, height: bottom - barTop, fill: COLOR, stroke: isHi ? INK : undefined, 'stroke-width': isHi ? 2 : undefined })];
        children.push(node('g', { class: `bar${r.preliminary ? ' is-preliminary' : ''}${isHi ? ' is-highlighted' : ''}`, 'data-value': r.value }, marks, `m-${m.key}`));
        if (isHi || r.value === peak) {
          const label = formatNumber(lang, r.value);
          const half = (label.length * fs * 0.6) / 2;
          children.push(text(label, { x: Math.min(Math.max(bx + bw / 2, axisW + half), W - half), y: barTop - 5, 'text-anchor': 'middle', 'font-size': fs, 'font-weight': isHi ? 700 : 400 }, `value-${m.key}`));
        }
      }
      // Every month's short name when there is room, else every third month; the year under its first month.
      const every = bw >= fs * 2.4 ? 1 : 3;
      const hiIndex = series.months.findIndex((x) => x.key === state.highlight);
      const crowdsHighlight = hiIndex >= 0 && !isHi && Math.abs(series.months.indexOf(m) - hiIndex) < every;
      if (((m.month - 1) % every === 0 && !crowdsHighlight) || isHi) {
        const label = monthLabel(lang, m.year, m.month).replace(` ${m.year}`, '');
        children.push(text(label, { x: bx + bw / 2, y: bottom + fs + 2, 'text-anchor': 'middle', 'font-size': fs - 2, fill: isHi ? INK : MUTED_INK, 'font-weight': isHi ? 700 : 400 }, `tick-${m.key}`));
      }
      if (m.month === 1 || m === series.months[0]) {
        children.push(
          node('line', { x1: bx - bw * 0.09, x2: bx - bw * 0.09, y1: bottom, y2: bottom + fs * 2 + 8, stroke: MUTED_INK, 'stroke-width': 1 }),
          text(String(m.year), { x: bx + 2, y: bottom + fs * 2 + 6, 'font-size': fs, 'font-weight': 700 }, `year-${m.year}`),
        );
      }
    }
  } else {
    const x = scaleBand<number>().domain(series.years.map((r) => r.date.year)).range([axisW + 2, W]).paddingInner(0.35).paddingOuter(0.2);
    const bw = x.bandwidth();
    const hiYear = state.highlight === undefined ? undefined : Number(state.highlight.slice(0, 4));
    for (const r of series.years) {
      const bx = x(r.date.year)!;
      const isHi = hiYear === r.date.year;
      const barTop = y(r.value);
      if (isHi) under.push(node('rect', { x: bx - bw * 0.15, y: top - fs - 6, width: bw * 1.3, height: bottom - top + fs * 2 + 8, fill: HIGHLIGHT_BAND, rx: 3 }, [], 'highlight'));
      children.push(
        node(
          'g',
          { class: `bar${isHi ? ' is-highlighted' : ''}`, 'data-value': r.value },
          r.preliminary ? hollowBar(bx, barTop, bw, bottom - barTop, isHi) : [node('rect', { x: bx, y: barTop, width: bw, height: bottom - barTop, fill: COLOR, stroke: isHi ? INK : undefined, 'stroke-width': isHi ? 2 : undefined })],
          `y-${r.date.year}`,
        ),
        text(formatNumber(lang, r.value), { x: bx + bw / 2, y: barTop - 5, 'text-anchor': 'middle', 'font-size': fs, 'font-weight': isHi ? 700 : 400 }, `value-${r.date.year}`),
        text(String(r.date.year), { x: bx + bw / 2, y: bottom + fs + 4, 'text-anchor': 'middle', 'font-size': fs, 'font-weight': isHi ? 700 : 400 }, `tick-${r.date.year}`),
      );
    }
  }

  return svgRoot('crossings', size, [...under, ...children]);
}

/** A preliminary figure: outlined and hatched, never solid. */
function hollowBar(x: number, y: number, w: number, h: number, emphasis = false): SvgNode[] {
  return [
    node('rect', { x: x + 0.75, y: y + 0.75, width: Math.max(0.5, w - 1.5), height: Math.max(0.5, h - 1.5), fill: PAPER, stroke: emphasis ? INK : COLOR, 'stroke-width': emphasis ? 2 : 1.5 }),
    node('path', { d: hatchPath(x, y, w, h, 4), stroke: COLOR, 'stroke-width': 1, class: 'hatch' }),
  ];
}

function gapSentence(series: CrossingsSeries, lang: Lang): string[] {
  const n = (v: number) => formatNumber(lang, v);
  return series.years.flatMap((yr) => {
    const g = monthlyGap(series, yr.date.year);
    if (!g || g.gap === 0) return [];
    const fewer = g.gap > 0;
    const diff = n(Math.abs(g.gap));
    return [
      lang === 'fr'
        ? `Les chiffres mensuels de ${yr.date.year} totalisent ${n(g.monthlySum)}, soit ${diff} de ${fewer ? 'moins' : 'plus'} que le total annuel de ${n(g.annual)}; le total annuel fait foi.`
        : `The monthly figures for ${yr.date.year} add up to ${n(g.monthlySum)}, ${diff} ${fewer ? 'fewer' : 'more'} than the annual total of ${n(g.annual)}; the annual total is the one to use.`,
    ];
  });
}

function describe(data: CrossingsData, state: CrossingsState, lang: Lang): string {
  const series = crossingsSeries(data);
  checkState(series, state);
  const show = state.show ?? 'monthly';
  const c = colon(lang);
  const fr = lang === 'fr';
  const n = (v: number) => formatNumber(lang, v);
  const withRows = series.months.filter((m) => m.row);
  const parts: string[] = [];

  if (show === 'annual') {
    parts.push(`${TEXT.subject[lang]}, ${fr ? 'par année' : 'by year'}${c} ${joinList(lang, series.years.map((r) => `${n(r.value)} ${fr ? 'en' : 'in'} ${r.date.year}`))}.`);
    if (state.highlight !== undefined) {
      const r = series.years.find((yr) => yr.date.year === Number(state.highlight!.slice(0, 4)))!;
      parts.unshift(fr ? `${r.date.year} mis en évidence${c} ${n(r.value)}.` : `${r.date.year} highlighted: ${n(r.value)}.`);
    }
    parts.push(...gapSentence(series, lang));
    return parts.join(' ');
  }

  const h = state.highlight;
  if (h !== undefined && h.length === 7) {
    const i = series.months.findIndex((m) => m.key === h);
    const m = series.months[i]!;
    const prev = series.months[i - 1];
    parts.push(
      fr
        ? `${capitalize(monthLabel(lang, m.year, m.month, false))} mis en évidence${c} ${n(m.row!.value)} personnes interceptées${m.row!.preliminary ? ' (chiffre provisoire)' : ''}.`
        : `${monthLabel(lang, m.year, m.month, false)} highlighted: ${n(m.row!.value)} people intercepted${m.row!.preliminary ? ' (a preliminary figure)' : ''}.`,
    );
    if (prev?.row) parts.push(fr ? `Le mois précédent${c} ${n(prev.row.value)}.` : `The month before: ${n(prev.row.value)}.`);
  } else if (h !== undefined) {
    const inYear = series.months.filter((m) => String(m.year) === h && m.row);
    const total = series.years.find((yr) => String(yr.date.year) === h);
    parts.push(
      fr
        ? `${h} mis en évidence${c} ${n(inYear.length)} mois${total ? `, ${n(total.value)} interceptions au total pour l’année` : ''}.`
        : `${h} highlighted: ${n(inYear.length)} months${total ? `, ${n(total.value)} interceptions in the year` : ''}.`,
    );
  }

  if (withRows.length > 0) {
    const first = withRows[0]!;
    const last = withRows.at(-1)!;
    const peak = withRows.reduce((a, b) => (b.row!.value > a.row!.value ? b : a));
    const prelim = [...new Set(withRows.filter((m) => m.row!.preliminary).map((m) => m.year))];
    parts.push(
      fr
        ? `${TEXT.subject.fr}, par mois, de ${monthLabel(lang, first.year, first.month, false)} à ${monthLabel(lang, last.year, last.month, false)}. Sommet${c} ${n(peak.row!.value)} en ${monthLabel(lang, peak.year, peak.month, false)}.`
        : `${TEXT.subject.en}, by month, ${monthLabel(lang, first.year, first.month, false)} to ${monthLabel(lang, last.year, last.month, false)}. Peak: ${n(peak.row!.value)} in ${monthLabel(lang, peak.year, peak.month, false)}.`,
    );
    if (prelim.length > 0) {
      parts.push(
        fr
          ? `Les chiffres mensuels de ${joinList(lang, prelim.map(String))} sont provisoires (barres hachurées).`
          : `The monthly figures for ${joinList(lang, prelim.map(String))} are preliminary (hatched bars).`,
      );
    }
  }
  parts.push(...gapSentence(series, lang));
  return parts.join(' ');
}

export const crossingsChart: ChartModule<CrossingsData, CrossingsState> = {
  id: 'crossings',
  aspect,
  render,
  describe,
};

export default crossingsChart;
