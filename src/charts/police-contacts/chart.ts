/**
 * `police-contacts`: police contacts with CBSA. Calls, status checks, communications, requests and
 * contacts count different things, so bars are only ever drawn for one measure at a time, on one scale
 * shared by every force that has that measure; a figure of another measure appears as a number without
 * a bar. Who did the counting (CBSA records, the police, an advocacy analysis) is the bar's fill style,
 * named in a legend, and the outlets that reported the highlighted figures are named under them. Hedged
 * figures ("more than", "fewer than") keep their hedge in the label.
 *
 * Three views, picked by the state: one measure (bars, with the state's force highlighted and labelled),
 * one force (its figures as numbers, grouped by measure) and, without either, which force has figures
 * for which measure. On a phone the measure view folds the forces the step is not about into thin,
 * unlabelled context bars, so the text it keeps stays full size.
 */
import type { Dataset, PoliceCbsaContactRow } from '../../data/schemas.ts';
import { dateKey } from '../../data/partial-date.ts';
import { formatNumber, localized, type Lang } from '../../i18n/locale.ts';
import { hatchPath, lines, node, svgRoot, text, textWidth } from '../common/draw.ts';
import { isNarrow, minText } from '../common/layout.ts';
import { HIGHLIGHT_BAND, INK, MUTED_INK, PALETTE, PAPER } from '../common/palette.ts';
import { formatPeriod } from '../common/period.ts';
import { ChartStateError, joinList } from '../common/text.ts';
import { lineHeight, wrapToWidth } from '../common/text-fit.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';
import { messages, type PoliceContactsMessages } from './messages.ts';

type Contact = Pick<
  PoliceCbsaContactRow,
  'id' | 'force' | 'measure' | 'value' | 'qualifier' | 'counted_by' | 'period_start' | 'period_end'
> & {
  /** Who published the figure, as each edition shows it. */
  readonly reportedBy: Readonly<Record<Lang, string>>;
};

/** Only the columns the drawing needs: this object is embedded in the page for the browser to redraw. */
export interface PoliceContactsData {
  readonly policeCbsaContacts: readonly Contact[];
}

export function policeContactsData(data: Pick<Dataset, 'policeCbsaContacts'>): PoliceContactsData {
  return {
    policeCbsaContacts: data.policeCbsaContacts.map((row) => {
      const { id, force, measure, value, qualifier, counted_by, period_start, period_end } = row;
      const reportedBy = { en: localized(row, 'reported_by', 'en'), fr: localized(row, 'reported_by', 'fr') };
      return { id, force, measure, value, qualifier, counted_by, reportedBy, period_start, period_end };
    }),
  };
}
export type Force = PoliceCbsaContactRow['force'];
export type Measure = PoliceCbsaContactRow['measure'];
type CountedBy = PoliceCbsaContactRow['counted_by'];

export interface PoliceContactsState {
  readonly force?: Force;
  readonly measure?: Measure;
  /** Ids of rows the step names that the view would not otherwise label (e.g. another measure's figure). */
  readonly label?: readonly string[];
}

interface CounterStyle {
  readonly color: string;
  readonly fill: 'solid' | 'outline' | 'hatched';
}

export const COUNTED_BY_STYLES: Readonly<Record<CountedBy, CounterStyle>> = {
  cbsa_records: { color: PALETTE.blue, fill: 'solid' },
  police: { color: PALETTE.vermillion, fill: 'outline' },
  advocacy_analysis: { color: PALETTE.purple, fill: 'hatched' },
};

export const MEASURE_ORDER: readonly Measure[] = ['status_checks', 'calls', 'communications', 'requests', 'referrals', 'contacts'];
export const FORCE_ORDER: readonly Force[] = ['spvm', 'tps', 'vpd', 'ops', 'rcmp_bc', 'transit_police'];
export const COUNTER_ORDER: readonly CountedBy[] = ['cbsa_records', 'police', 'advocacy_analysis'];

export interface Panel {
  readonly force: Force;
  readonly rows: readonly Contact[];
}
export interface Section {
  readonly measure: Measure;
  readonly panels: readonly Panel[];
  /** Largest value of this measure: each measure's scale is its own. */
  readonly max: number;
}

const byPeriod = (a: Contact, b: Contact) =>
  dateKey(a.period_start).localeCompare(dateKey(b.period_start)) ||
  dateKey(a.period_end).localeCompare(dateKey(b.period_end)) ||
  COUNTER_ORDER.indexOf(a.counted_by) - COUNTER_ORDER.indexOf(b.counted_by);

export function contactSections(data: PoliceContactsData): Section[] {
  return MEASURE_ORDER.flatMap((measure) => {
    const rows = data.policeCbsaContacts.filter((r) => r.measure === measure);
    if (rows.length === 0) return [];
    const panels = FORCE_ORDER.flatMap((force) => {
      const own = rows.filter((r) => r.force === force).sort(byPeriod);
      return own.length === 0 ? [] : [{ force, rows: own }];
    });
    return [{ measure, panels, max: Math.max(...rows.map((r) => r.value)) }];
  });
}

function checkState(data: PoliceContactsData, sections: readonly Section[], state: PoliceContactsState): void {
  const { force, measure, label = [] } = state;
  if (measure !== undefined && !sections.some((s) => s.measure === measure)) {
    throw new ChartStateError(
      'police-contacts',
      `state.measure "${measure}" has no rows. Measures with rows: ${sections.map((s) => s.measure).join(', ')}.`,
    );
  }
  const forces = new Set(sections.flatMap((s) => s.panels.map((p) => p.force)));
  if (force !== undefined && !forces.has(force)) {
    throw new ChartStateError('police-contacts', `state.force "${force}" has no rows. Forces with rows: ${[...forces].join(', ')}.`);
  }
  if (
    force !== undefined &&
    measure !== undefined &&
    !sections.some((s) => s.measure === measure && s.panels.some((p) => p.force === force))
  ) {
    throw new ChartStateError('police-contacts', `there is no "${measure}" figure for force "${force}".`);
  }
  for (const id of label) {
    if (!data.policeCbsaContacts.some((r) => r.id === id)) {
      throw new ChartStateError('police-contacts', `state.label names "${id}", which is not a row of police_cbsa_contacts.csv.`);
    }
  }
}

export function valueLabel(lang: Lang, row: Pick<Contact, 'qualifier' | 'value'>): string {
  return `${messages[lang].qualifiers[row.qualifier]}${formatNumber(lang, row.value)}`;
}

/**
 * Phones get a little more height than width (and never under PHONE_MIN_HEIGHT): the measure view stacks
 * a legend, bars and notes at full text size.
 */
const PHONE_MIN_HEIGHT = 384;
/** Wide, the longest view (one measure's bars for every force) needs no more than this. */
const WIDE_MAX_HEIGHT = 600;
function aspect(width: number): number {
  return isNarrow(width) ? Math.max(1.1, PHONE_MIN_HEIGHT / width) : Math.min(0.85, WIDE_MAX_HEIGHT / width);
}

/** Sizes every view shares, from the drawing width. */
function metrics(width: number) {
  const fs = Math.max(13, minText(width));
  return { W: width, fs, lh: lineHeight(fs), head: fs + 2, narrow: isNarrow(width), gap: Math.round(fs * 0.6) };
}
type Metrics = ReturnType<typeof metrics>;

/** A piece of a view, laid out top to bottom: its height is known before it is drawn. */
interface Block {
  readonly height: number;
  draw(top: number): SvgNode[];
}

const stack = (blocks: readonly Block[], top: number, gap: number): SvgNode[] => {
  let y = top;
  return blocks.flatMap((b) => {
    const out = b.draw(y);
    y += b.height + gap;
    return out;
  });
};
const stackHeight = (blocks: readonly Block[], gap: number) =>
  blocks.reduce((s, b) => s + b.height, 0) + gap * Math.max(0, blocks.length - 1);

/** Wrapped text as a block; `key` lets a transition move it. */
function textBlock(
  m: Metrics,
  content: string,
  attrs: { size?: number; bold?: boolean; fill?: string; indent?: number; key?: string } = {},
): Block {
  const size = attrs.size ?? m.fs;
  const lh = lineHeight(size);
  const indent = attrs.indent ?? 0;
  const wrapped = wrapToWidth(content, m.W - indent, size, attrs.bold);
  return {
    height: wrapped.length * lh,
    draw: (top) => [
      lines(
        wrapped,
        indent,
        top + size,
        lh,
        { 'font-size': size, 'font-weight': attrs.bold ? 700 : undefined, fill: attrs.fill ?? INK },
        attrs.key,
      ),
    ],
  };
}

/** A bar drawn in the counter's style: solid, outlined, or outlined and hatched. */
function barMarks(counter: CountedBy, x: number, y: number, w: number, h: number, emphasis = false): SvgNode[] {
  const style = COUNTED_BY_STYLES[counter];
  const strokeW = emphasis ? 2 : 1.5;
  if (style.fill === 'solid') {
    return [
      node('rect', {
        x,
        y,
        width: w,
        height: h,
        fill: style.color,
        stroke: emphasis ? INK : undefined,
        'stroke-width': emphasis ? 1.5 : undefined,
      }),
    ];
  }
  const marks = [
    node('rect', {
      x: x + strokeW / 2,
      y: y + strokeW / 2,
      width: Math.max(0.5, w - strokeW),
      height: Math.max(0.5, h - strokeW),
      fill: PAPER,
      stroke: style.color,
      'stroke-width': strokeW,
    }),
  ];
  if (style.fill === 'hatched') marks.push(node('path', { d: hatchPath(x, y, w, h, 4), stroke: style.color, 'stroke-width': 1 }));
  return marks;
}

/** "Who counted:" and one swatch per counter present, flowed onto as many lines as the width needs. */
function legendBlock(m: Metrics, msg: PoliceContactsMessages, counters: readonly CountedBy[]): Block {
  const items: { x: number; row: number; counter?: CountedBy; label: string }[] = [];
  let x = 0;
  let row = 0;
  const place = (label: string, width: number, counter?: CountedBy) => {
    if (x > 0 && x + width > m.W) {
      x = 0;
      row += 1;
    }
    items.push({ x, row, counter, label });
    x += width + 12;
  };
  place(msg.whoCounted, textWidth(msg.whoCounted, m.fs, true));
  for (const c of counters) place(msg.counters[c], 26 + textWidth(msg.counters[c], m.fs), c);
  return {
    height: (row + 1) * m.lh,
    draw: (top) =>
      items.map((it) => {
        const baseline = top + it.row * m.lh + m.fs;
        if (!it.counter) return text(it.label, { x: it.x, y: baseline, 'font-size': m.fs, 'font-weight': 700 }, 'legend-title');
        return node(
          'g',
          { class: 'legend-item', 'data-counted-by': it.counter },
          [
            ...barMarks(it.counter, it.x, baseline - m.fs * 0.75, 20, m.fs * 0.75),
            text(it.label, { x: it.x + 26, y: baseline, 'font-size': m.fs }),
          ],
          `legend-${it.counter}`,
        );
      }),
  };
}

const countersOf = (rows: readonly Contact[]) => COUNTER_ORDER.filter((c) => rows.some((r) => r.counted_by === c));

/** The outlets that published these figures, as a note (the source list names them in full). */
function reportersBlock(m: Metrics, msg: PoliceContactsMessages, lang: Lang, rows: readonly Contact[], key: string): Block {
  const outlets = [...new Set(rows.map((r) => r.reportedBy[lang]))];
  return textBlock(m, `${msg.reportedBy}${msg.colon} ${joinList(lang, outlets)}.`, { fill: MUTED_INK, key });
}

/** Figures the step names from other measures: numbers without bars, since their units differ. */
function otherMeasureBlocks(m: Metrics, msg: PoliceContactsMessages, lang: Lang, rows: readonly Contact[]): Block[] {
  if (rows.length === 0) return [];
  return [
    textBlock(m, msg.otherMeasure, { bold: true, key: 'other-measure-title' }),
    ...rows.map((r) => {
      const who = msg.counterPhrases[r.counted_by];
      const line = `${msg.measures[r.measure]}, ${formatPeriod(lang, r.period_start, r.period_end, true)}${msg.colon} ${valueLabel(lang, r)}${who ? ` (${who})` : ''}`;
      return textBlock(m, line, { key: `number-${r.id}` });
    }),
  ];
}

interface ForceRows {
  readonly force: Force;
  readonly rows: readonly Contact[];
  readonly full: boolean;
}

/** A period that may break only after its dash: "Nov. 2014 –" / "June 2015". */
const unbreakablePeriod = (lang: Lang, r: Contact) =>
  formatPeriod(lang, r.period_start, r.period_end, true).replace(/ /g, '\u00a0').replace('\u00a0–\u00a0', '\u00a0– ');

/** One measure's bars: the forces a step is about in full (period, bar, number), the others as thin context bars. */
function barsBlock(
  m: Metrics,
  msg: PoliceContactsMessages,
  lang: Lang,
  section: Section,
  state: PoliceContactsState,
  budget: number,
): Block & { folded: Force[] } {
  const periodW = m.narrow ? m.W * 0.34 : Math.min(m.W * 0.3, 170);
  const periods = new Map(
    section.panels.flatMap((p) => p.rows.map((r) => [r.id, wrapToWidth(unbreakablePeriod(lang, r), periodW, m.fs)] as const)),
  );
  const names = new Map(section.panels.map((p) => [p.force, wrapToWidth(msg.forcesShort[p.force], m.W * 0.5, m.fs)] as const));
  const thin = Math.max(4, Math.round(m.fs * 0.4));
  const fullHeight = (p: Panel) => m.lh + p.rows.reduce((s, r) => s + periods.get(r.id)!.length * m.lh, 0);
  const thinHeight = (p: Panel) => Math.max(names.get(p.force)!.length * m.lh, p.rows.length * (thin + 3) + 4);
  // Fold the forces the step is not about, largest first, until the bars fit the room left.
  const folded = new Set<Force>();
  const height = () => section.panels.reduce((s, p) => s + (folded.has(p.force) ? thinHeight(p) : fullHeight(p)) + m.gap / 2, 0);
  const others = section.panels
    .filter((p) => p.force !== state.force)
    .sort((a, b) => fullHeight(b) - thinHeight(b) - (fullHeight(a) - thinHeight(a)));
  if (m.narrow && state.force !== undefined) for (const p of others) folded.add(p.force);
  for (const p of others) if (height() > budget) folded.add(p.force);
  const forces: ForceRows[] = section.panels.map((p) => ({ force: p.force, rows: p.rows, full: !folded.has(p.force) }));

  const labelW = Math.max(...[...periods.values(), ...names.values()].flat().map((l) => textWidth(l, m.fs))) + 8;
  // One scale for the measure, as long as every labelled bar still has room for its number after it.
  // Numbers are measured generously: digits in a bold face run wider than the average letter.
  const room = (r: Contact, full: boolean) => m.W - labelW - (full ? textWidth(valueLabel(lang, r), m.fs, true) * 1.15 + 8 : 2);
  const scale = Math.min(...forces.flatMap((f) => f.rows.map((r) => room(r, f.full) / r.value)));
  const barW = (v: number) => Math.max(1, v * scale);

  return {
    height: height(),
    folded: [...folded],
    draw(top) {
      const out: SvgNode[] = [];
      let y = top;
      for (const f of forces) {
        const hi = state.force === f.force;
        if (f.full) {
          out.push(text(msg.forcesShort[f.force], { x: 0, y: y + m.fs, 'font-size': m.fs, 'font-weight': 700 }, `force-${f.force}`));
          y += m.lh;
          for (const r of f.rows) {
            const period = periods.get(r.id)!;
            const rowH = period.length * m.lh;
            const barH = Math.round(m.fs * 0.8);
            const by = y + (m.lh - barH) / 2 + 1;
            if (hi) out.push(node('rect', { x: 0, y, width: m.W, height: rowH, fill: HIGHLIGHT_BAND }, [], `band-${r.id}`));
            out.push(
              lines(period, 0, y + m.fs, m.lh, { 'font-size': m.fs }, `period-${r.id}`),
              node(
                'g',
                { class: `bar counted-by-${r.counted_by}${hi ? ' is-highlighted' : ''}`, 'data-value': r.value },
                barMarks(r.counted_by, labelW, by, barW(r.value), barH, hi),
                `bar-${r.id}`,
              ),
              text(
                valueLabel(lang, r),
                { x: labelW + barW(r.value) + 5, y: y + m.fs, 'font-size': m.fs, 'font-weight': 700 },
                `value-${r.id}`,
              ),
            );
            y += rowH;
          }
        } else {
          const name = names.get(f.force)!;
          out.push(lines(name, 0, y + m.fs, m.lh, { 'font-size': m.fs, fill: MUTED_INK }, `force-${f.force}`));
          f.rows.forEach((r, i) => {
            // Context only: one neutral colour, so the legend needs to explain just the labelled bars.
            const bar = node('rect', { x: labelW, y: y + 4 + i * (thin + 3), width: barW(r.value), height: thin, fill: MUTED_INK });
            out.push(node('g', { class: `bar context counted-by-${r.counted_by}`, 'data-value': r.value }, [bar], `bar-${r.id}`));
          });
          y += thinHeight({ force: f.force, rows: f.rows });
        }
        y += m.gap / 2;
      }
      return out;
    },
  };
}

/** A view's nodes, and where its lowest text or mark ends. */
interface View {
  readonly nodes: SvgNode[];
  readonly bottom: number;
}

/** Blocks stacked from `top`, as a view. */
const stacked = (blocks: readonly Block[], top: number, gap: number): View => ({
  nodes: stack(blocks, top, gap),
  bottom: top + stackHeight(blocks, gap),
});

function measureView(m: Metrics, lang: Lang, data: PoliceContactsData, section: Section, state: PoliceContactsState, H: number): View {
  const msg = messages[lang];
  const rows = section.panels.flatMap((p) => p.rows);
  const focus = rows.filter((r) => r.force === state.force);
  const named = data.policeCbsaContacts.filter((r) => state.label?.includes(r.id) && r.measure !== section.measure);
  const head = [
    textBlock(m, msg.measures[section.measure], { size: m.head, bold: true, key: 'title' }),
    textBlock(m, msg.oneScale, { fill: MUTED_INK, key: 'subtitle' }),
    legendBlock(m, msg, countersOf(rows)),
  ];
  const callouts = otherMeasureBlocks(m, msg, lang, named);
  const reporters = focus.length > 0 ? [reportersBlock(m, msg, lang, focus, 'reported')] : [];
  const budgetFor = (tail: readonly Block[]) => H - stackHeight(head, m.gap) - stackHeight(tail, m.gap / 2) - 2 * m.gap;
  let tail = [...reporters, ...callouts];
  let bars = barsBlock(m, msg, lang, section, state, budgetFor(tail));
  if (bars.height > budgetFor(tail)) {
    // The outlets are also in the table and the source list; the figures a step names are not dropped.
    tail = callouts;
    bars = barsBlock(m, msg, lang, section, state, budgetFor(tail));
  }
  if (bars.folded.length > 0) head[2] = legendBlock(m, msg, countersOf(rows.filter((r) => !bars.folded.includes(r.force))));
  const headH = stackHeight(head, m.gap);
  const rest = stacked(tail, headH + bars.height + 2 * m.gap, m.gap / 2);
  return {
    nodes: [...stack(head, 0, m.gap), ...bars.draw(headH + m.gap), ...rest.nodes],
    bottom: tail.length > 0 ? rest.bottom : headH + m.gap + bars.height,
  };
}

/** One force, every measure: numbers only, grouped by measure, with who counted each. */
function forceView(m: Metrics, lang: Lang, sections: readonly Section[], force: Force, H: number): View {
  const msg = messages[lang];
  const mine = sections.flatMap((s) => s.panels.filter((p) => p.force === force).map((p) => ({ measure: s.measure, rows: p.rows })));
  const head = [
    textBlock(m, msg.forces[force], { size: m.head, bold: true, key: 'title' }),
    textBlock(m, msg.numbersOnly, { fill: MUTED_INK, key: 'subtitle' }),
  ];
  // "2018: 3,010 · 2019: 3,135": a period and its number never split across lines.
  const figure = (r: Contact) => {
    const who = msg.counterPhrases[r.counted_by];
    return `${formatPeriod(lang, r.period_start, r.period_end, true)}${msg.colon}\u00a0${valueLabel(lang, r)}${who ? ` (${who})` : ''}`;
  };
  const body = mine.flatMap(({ measure, rows }) => [
    textBlock(m, msg.measures[measure], { bold: true, key: `measure-${measure}` }),
    textBlock(m, rows.map(figure).join(' · '), { indent: m.fs, key: `numbers-${measure}` }),
  ]);
  const reporters = reportersBlock(
    m,
    msg,
    lang,
    mine.flatMap((x) => x.rows),
    'reported',
  );
  const full = [...head, ...body, reporters];
  return stacked(stackHeight(full, m.gap / 2) <= H ? full : [...head, ...body], 0, m.gap / 2);
}

/** Without a force or measure: which force has figures for which measure, and a warning not to compare them. */
function overviewView(m: Metrics, lang: Lang, sections: readonly Section[], H: number): View {
  const msg = messages[lang];
  const head = [textBlock(m, msg.overview, { size: m.head, bold: true, key: 'title' })];
  const note = textBlock(m, msg.overviewNote, { fill: MUTED_INK, key: 'subtitle' });
  const body = (counts: boolean) =>
    sections.flatMap((s) => [
      textBlock(m, msg.measures[s.measure], { bold: true, key: `measure-${s.measure}` }),
      textBlock(
        m,
        joinList(
          lang,
          s.panels.map((p) => (counts ? `${msg.forcesShort[p.force]} (${formatNumber(lang, p.rows.length)})` : msg.forcesShort[p.force])),
        ),
        {
          indent: m.fs,
          key: `forces-${s.measure}`,
        },
      ),
    ]);
  // Say less when the phone is short of room: the warning, then the number of figures per force, go first.
  const choices = [
    [...head, note, ...body(true)],
    [...head, ...body(true)],
    [...head, ...body(false)],
  ];
  return stacked(choices.find((c) => stackHeight(c, m.gap / 2) <= H) ?? choices.at(-1)!, 0, m.gap / 2);
}

/** The state's view, laid out in a box H tall (the live chart's: each view says as much as it holds). */
function view(data: PoliceContactsData, state: PoliceContactsState, width: number, H: number, lang: Lang): View {
  const sections = contactSections(data);
  checkState(data, sections, state);
  const m = metrics(width);
  const section = sections.find((s) => s.measure === state.measure);
  if (section) return measureView(m, lang, data, section, state, H);
  return state.force !== undefined ? forceView(m, lang, sections, state.force, H) : overviewView(m, lang, sections, H);
}

/** Room under a view's last line, for its descenders. */
const FOOT = 6;

/** A view's own height: its lowest line and the room under it, never more than the shared box. */
const ownHeight = (view: View, shared: number) => Math.min(shared, Math.ceil(view.bottom + FOOT));

/**
 * A step's picture ends under its own view, laid out as the live chart lays it out (whose box keeps one
 * height from step to step and left a short view, one force's figures, 200 px of blank under it).
 */
function pictureHeight(data: PoliceContactsData, state: PoliceContactsState, width: number, lang: Lang): number {
  const shared = Math.round(width * aspect(width));
  return ownHeight(view(data, state, width, shared, lang), shared);
}

function render(data: PoliceContactsData, state: PoliceContactsState, size: ChartSize, lang: Lang): SvgNode {
  const shared = Math.round(size.width * aspect(size.width));
  // A page that reserves less height than the layout needs gets the layout's height, scaled into its box:
  // the view's own height (a step's own picture is as tall: pictureHeight), never less.
  const H = Math.max(size.height, shared);
  const laidOut = view(data, state, size.width, H, lang);
  const own = size.height < shared ? ownHeight(laidOut, shared) : H;
  return svgRoot('police-contacts', { width: size.width, height: Math.max(size.height, own) }, laidOut.nodes);
}

function rowPhrase(lang: Lang, row: Contact): string {
  const msg = messages[lang];
  const period = formatPeriod(lang, row.period_start, row.period_end);
  const phrase = msg.counterPhrases[row.counted_by];
  const who = phrase === '' ? '' : `, ${phrase}`;
  return `${valueLabel(lang, row)} (${period}${who})`;
}

function describe(data: PoliceContactsData, state: PoliceContactsState, lang: Lang): string {
  const sections = contactSections(data);
  checkState(data, sections, state);
  const msg = messages[lang];
  const c = msg.colon;

  if (state.force === undefined && state.measure === undefined) {
    const total = data.policeCbsaContacts.length;
    const forces = new Set(data.policeCbsaContacts.map((r) => r.force)).size;
    const intro = msg.describeOverview(formatNumber(lang, total), formatNumber(lang, forces));
    const parts = sections.map(
      (s) =>
        `${msg.measures[s.measure]}${c} ${joinList(
          lang,
          s.panels.map((p) => msg.forces[p.force]),
        )}.`,
    );
    const counters = COUNTER_ORDER.map((cb) => [cb, data.policeCbsaContacts.filter((r) => r.counted_by === cb).length] as const).filter(
      ([, n]) => n > 0,
    );
    const bars = `${msg.whoCounted} ${joinList(
      lang,
      counters.map(([cb, n]) => `${msg.counters[cb]} (${formatNumber(lang, n)})`),
    )}.`;
    return [intro, ...parts, bars].join(' ');
  }

  const pieces: string[] = [];
  for (const section of sections) {
    if (state.measure !== undefined && section.measure !== state.measure) continue;
    const panels = section.panels.filter((p) => state.force === undefined || p.force === state.force);
    if (panels.length === 0) continue;
    const list = panels.map(
      (p) =>
        `${state.force === undefined ? `${msg.forces[p.force]}${c} ` : ''}${joinList(
          lang,
          p.rows.map((r) => rowPhrase(lang, r)),
        )}`,
    );
    pieces.push(`${msg.measures[section.measure]}${c} ${list.join('; ')}.`);
  }
  const named = data.policeCbsaContacts.filter((r) => state.label?.includes(r.id) && r.measure !== state.measure);
  for (const r of named) pieces.push(`${msg.otherMeasure} ${msg.measures[r.measure]}${c} ${rowPhrase(lang, r)}.`);
  const subject = [state.force && msg.forces[state.force], state.measure && msg.measures[state.measure]].filter(Boolean).join(', ');
  return [msg.describeLead(subject), ...(state.measure ? [msg.describeOneScale] : []), ...pieces].join(' ');
}

export const policeContactsChart: ChartModule<PoliceContactsData, PoliceContactsState> = {
  id: 'police-contacts',
  aspect,
  render,
  pictureHeight,
  describe,
};

export default policeContactsChart;
