/**
 * `removals`: people removed from Canada by CBSA, by calendar year (all regions). A partial year is drawn
 * hollow and hatched with its months named under its year, so it is never read as a fall; where an earlier
 * version of CBSA's table gave another figure, a dashed tick marks that figure on the bar. On a phone only
 * the step's years carry their numbers; on wider screens every year does.
 */
import { max } from 'd3-array';
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import type { CbsaRemovalRow, Dataset } from '../../data/schemas.ts';
import { formatDate, formatNumber, localized, type Lang } from '../../i18n/locale.ts';
import { categoryTicks, valueAxisWidth, valueGrid } from '../common/axes.ts';
import { bar, dashedTick, highlightBand, valueLabelNodes, valueLabels } from '../common/bars.ts';
import { svgRoot, text, textWidth } from '../common/draw.ts';
import { isNarrow, minText } from '../common/layout.ts';
import { PALETTE } from '../common/palette.ts';
import { ChartStateError, joinList } from '../common/text.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';
import { messages } from './messages.ts';

type Removal = Pick<CbsaRemovalRow, 'id' | 'year' | 'value' | 'partial_year' | 'period_note_en' | 'period_note_fr' | 'earlier_value'>;

/** Only the national rows and the columns drawn: this object is embedded in the page for the browser. */
export interface RemovalsData {
  readonly cbsaRemovals: readonly Removal[];
}

export interface RemovalsState {
  /** The year the step is about: a band behind it, its bar outlined, its earlier figure called out. */
  readonly highlight?: number;
  /** Other years the step names: their numbers are written on their bars (in bold), on a phone too. */
  readonly label?: readonly number[];
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

/** The first clause of a period note ("January to September 2025"), for sentences. */
export function shortPeriodNote(row: Removal, lang: Lang): string {
  return localized(row, 'period_note', lang).split(/[;(]/)[0]!.trim().replace(/[.,]$/, '');
}

/**
 * The months a period note names, abbreviated for a label under a narrow bar: "January to September
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

function inSentence(row: Removal, lang: Lang): string {
  return messages[lang].periodInSentence(shortPeriodNote(row, lang));
}

function yearsIn(rows: readonly Removal[]): string {
  return rows.map((r) => r.year).join(', ');
}

function checkState(rows: readonly Removal[], state: RemovalsState): Removal | undefined {
  for (const year of state.label ?? []) {
    if (!rows.some((r) => r.year === year))
      throw new ChartStateError('removals', `state.label ${year} is not a year in cbsa_removals.csv (total). Years: ${yearsIn(rows)}.`);
  }
  if (state.highlight === undefined) return undefined;
  const row = rows.find((r) => r.year === state.highlight);
  if (!row)
    throw new ChartStateError(
      'removals',
      `state.highlight ${state.highlight} is not a year in cbsa_removals.csv (total). Years: ${yearsIn(rows)}.`,
    );
  return row;
}

function hasEarlier(r: Removal): r is Removal & { earlier_value: number } {
  return r.earlier_value !== undefined && r.earlier_value !== r.value;
}

/** An earlier figure is called out only when the dashed tick sits visibly apart from the bar's top. */
const visiblyRevised = (r: Removal): r is Removal & { earlier_value: number } =>
  hasEarlier(r) && Math.abs(r.value - r.earlier_value) >= 0.02 * r.value;

/**
 * The years whose numbers are written on the chart. Wide: every year (the step's in bold). Phone: the
 * step's years; with no step, the lowest and highest full years and any partial year.
 */
function numberedYears(rows: readonly Removal[], state: RemovalsState, narrow: boolean): Set<number> {
  const named = new Set([...(state.highlight === undefined ? [] : [state.highlight]), ...(state.label ?? [])]);
  if (!narrow) return new Set(rows.map((r) => r.year));
  if (named.size > 0) return named;
  const full = rows.filter((r) => !r.partial_year);
  const byValue = [...full].sort((a, b) => a.value - b.value);
  return new Set(
    [byValue[0]?.year, byValue.at(-1)?.year, ...rows.filter((r) => r.partial_year).map((r) => r.year)].filter(
      (y): y is number => y !== undefined,
    ),
  );
}

function aspect(width: number): number {
  return isNarrow(width) ? 0.85 : 0.55;
}

interface Frame {
  readonly W: number;
  readonly fs: number;
  readonly top: number;
  readonly bottom: number;
  readonly x: ScaleBand<number>;
  readonly y: ScaleLinear<number, number>;
  readonly axisW: number;
}

function frame(rows: readonly Removal[], size: ChartSize, lang: Lang): Frame {
  const { width: W, height: H } = size;
  const fs = minText(W);
  // Room above the tallest mark for its number, lifted once over a neighbour's.
  const top = 2 * (fs + 4) + 4;
  const bottom = H - (fs + 6) - (rows.some((r) => r.partial_year) ? fs + 6 : 0);
  const y = scaleLinear()
    .domain([0, max(rows, (r) => Math.max(r.value, r.earlier_value ?? 0)) ?? 0])
    .nice(4)
    .range([bottom, top]);
  const axisW = valueAxisWidth(lang, y, fs);
  const x = scaleBand<number>()
    .domain(rows.map((r) => r.year))
    .range([axisW, W - 2])
    .paddingInner(0.25)
    // On a phone the outer padding goes to the bands, so that two named years side by side (the step's, in
    // bold) both keep their label under a 320 px drawing.
    .paddingOuter(isNarrow(W) ? 0.05 : 0.2);
  return { W, fs, top, bottom, x, y, axisW };
}

function bars(rows: readonly Removal[], hi: Removal | undefined, f: Frame): SvgNode[] {
  return rows.flatMap((r) => {
    const bx = f.x(r.year)!;
    const bw = f.x.bandwidth();
    return [
      bar({
        x: bx,
        y: f.y(r.value),
        width: bw,
        height: f.bottom - f.y(r.value),
        color: COLOR,
        fill: r.partial_year ? 'hatched' : 'solid',
        emphasis: hi?.year === r.year,
        key: `bar-${r.year}`,
        classes: r.partial_year ? ['is-partial'] : [],
        value: r.value,
      }),
      ...(hasEarlier(r) ? [dashedTick(bx - 3, bx + bw + 3, f.y(r.earlier_value), `earlier-${r.year}`, r.earlier_value)] : []),
    ];
  });
}

/** Year under every bar (thinned only if they would touch); the partial year's months on a second line. */
function yearAxis(rows: readonly Removal[], named: ReadonlySet<number>, highlight: number | undefined, f: Frame, lang: Lang): SvgNode[] {
  const centre = (r: Removal) => f.x(r.year)! + f.x.bandwidth() / 2;
  const ticks = rows.map((r) => ({
    key: `year-${r.year}`,
    x: centre(r),
    label: String(r.year),
    strong: named.has(r.year),
    rank: r.year === highlight ? 0 : 1,
  }));
  const notes = rows
    .filter((r) => r.partial_year)
    .map((r) => {
      const note = monthSpan(r, lang);
      const w = textWidth(note, f.fs);
      return text(
        note,
        {
          x: Math.min(centre(r), f.W - w / 2),
          y: f.bottom + 2 * f.fs + 8,
          'text-anchor': 'middle',
          'font-size': f.fs,
          'font-style': 'italic',
        },
        `note-${r.year}`,
      );
    });
  // A 320 px drawing leaves 38 px from one year to the next, and two named years side by side (bold, 36 px
  // each) keep a 2–3 px gap: enough to read as two numbers, where the default 6 px would drop one of them.
  const minGap = isNarrow(f.W) ? 2 : undefined;
  return [...categoryTicks(ticks, { y: f.bottom + f.fs + 4, fontSize: f.fs, x0: 0, x1: f.W, minGap }), ...notes];
}

/**
 * Numbers over the bars; the step's year also gets the earlier figure, stacked over its own number, where
 * the dashed tick sits visibly apart from the bar's top.
 */
function annotations(rows: readonly Removal[], state: RemovalsState, hi: Removal | undefined, f: Frame, lang: Lang): SvgNode[] {
  const named = new Set([...(state.highlight === undefined ? [] : [state.highlight]), ...(state.label ?? [])]);
  const numbered = numberedYears(rows, state, isNarrow(f.W));
  const centre = (r: Removal) => f.x(r.year)! + f.x.bandwidth() / 2;
  const markTop = (r: Removal) => Math.min(f.y(r.value), hasEarlier(r) ? f.y(r.earlier_value) : Infinity);
  const requests = rows
    .filter((r) => numbered.has(r.year))
    .map((r) => ({ key: `value-${r.year}`, x: centre(r), top: markTop(r), text: formatNumber(lang, r.value), bold: named.has(r.year) }));
  if (hi && visiblyRevised(hi)) {
    requests.push({
      key: 'earlier-label',
      x: centre(hi),
      top: markTop(hi),
      text: messages[lang].earlierValue(formatNumber(lang, hi.earlier_value)),
      bold: false,
    });
  }
  const obstacles = rows.map((r) => ({
    owner: `value-${r.year}`,
    x0: f.x(r.year)!,
    x1: f.x(r.year)! + f.x.bandwidth(),
    y0: markTop(r),
    y1: f.bottom,
  }));
  return valueLabelNodes(valueLabels(requests, f.fs, 0, f.W, obstacles));
}

function render(data: RemovalsData, state: RemovalsState, size: ChartSize, lang: Lang): SvgNode {
  const rows = removalYears(data);
  const hi = checkState(rows, state);
  const f = frame(rows, size, lang);
  const named = new Set([...(hi ? [hi.year] : []), ...(state.label ?? [])]);
  const band = hi
    ? [highlightBand(f.x(hi.year)! - f.x.bandwidth() * 0.15, f.top - f.fs - 8, f.x.bandwidth() * 1.3, f.bottom - f.top + 2 * f.fs + 14)]
    : [];
  return svgRoot('removals', size, [
    ...band,
    ...valueGrid({ scale: f.y, x0: f.axisW, x1: f.W, fontSize: f.fs, lang }),
    ...bars(rows, hi, f),
    ...yearAxis(rows, named, hi?.year, f, lang),
    ...annotations(rows, state, hi, f, lang),
  ]);
}

/** The step's other labelled years, in words, unless a sentence already gives them. */
function alsoLabelled(rows: readonly Removal[], state: RemovalsState, said: readonly number[], lang: Lang): string[] {
  const m = messages[lang];
  const rest = rows.filter((r) => (state.label ?? []).includes(r.year) && !said.includes(r.year));
  return rest.length === 0
    ? []
    : [
        m.alsoLabelled(
          joinList(
            lang,
            rest.map((r) => m.valueInYear(formatNumber(lang, r.value), r.year)),
          ),
        ),
      ];
}

function describe(data: RemovalsData, state: RemovalsState, lang: Lang): string {
  const rows = removalYears(data);
  const hi = checkState(rows, state);
  const m = messages[lang];
  const n = (v: number) => formatNumber(lang, v);
  const full = rows.filter((r) => !r.partial_year);

  if (hi) {
    const prev = full.filter((r) => r.year < hi.year).at(-1);
    return [
      m.highlighted(hi.year, n(hi.value), hi.partial_year ? inSentence(hi, lang) : undefined),
      ...(prev && !hi.partial_year ? [m.yearBefore(prev.year, n(prev.value))] : []),
      ...(hasEarlier(hi) ? [m.earlierGave(n(hi.earlier_value))] : []),
      ...alsoLabelled(rows, state, [hi.year, ...(prev && !hi.partial_year ? [prev.year] : [])], lang),
    ].join(' ');
  }

  const parts: string[] = [];
  const lo = full.reduce<Removal | undefined>((a, b) => (a === undefined || b.value < a.value ? b : a), undefined);
  const top = full.reduce<Removal | undefined>((a, b) => (a === undefined || b.value > a.value ? b : a), undefined);
  if (lo && top) {
    parts.push(m.overview(full[0]!.year, full.at(-1)!.year, n(lo.value), lo.year, n(top.value), top.year));
    parts.push(
      m.byYear(
        joinList(
          lang,
          full.map((r) => m.valueInYear(n(r.value), r.year)),
        ),
      ),
    );
  }
  for (const p of rows.filter((r) => r.partial_year)) parts.push(m.partialYear(p.year, n(p.value), inSentence(p, lang)));
  const revised = rows.filter(hasEarlier);
  if (revised.length > 0) {
    const biggest = revised.reduce((a, b) => (Math.abs(b.value - b.earlier_value) > Math.abs(a.value - a.earlier_value) ? b : a));
    parts.push(m.revisions(n(revised.length), biggest.year, n(biggest.earlier_value), n(biggest.value)));
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
