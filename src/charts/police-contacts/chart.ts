/**
 * `police-contacts`: police contacts with CBSA as small multiples. Calls, status checks, communications,
 * requests, referrals and contacts are different measures, so each gets its own section and its own
 * scale, and within a section each force gets its own panel. Who did the counting (CBSA records, the
 * police, an advocacy analysis) is drawn as the bar's fill style and said in the text; hedged figures
 * ("more than", "fewer than") keep their hedge in the label.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Dataset, PoliceCbsaContactRow } from '../../data/schemas.ts';
import { dateKey } from '../../data/partial-date.ts';
import { formatNumber, type Lang } from '../../i18n/locale.ts';
import { fitLayout, hatchPath, lines, node, svgRoot, text, textWidth, wrapWords } from '../common/draw.ts';
import { HIGHLIGHT_BAND, INK, MUTED_INK, PALETTE, PAPER, RULE } from '../common/palette.ts';
import { formatPeriod } from '../common/period.ts';
import { ChartStateError, colon, joinList, type Bilingual } from '../common/text.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';

type Contact = Pick<PoliceCbsaContactRow, 'id' | 'force' | 'measure' | 'value' | 'qualifier' | 'counted_by' | 'period_start' | 'period_end'>;

/** Only the columns the drawing needs: this object is embedded in the page for the browser to redraw. */
export interface PoliceContactsData {
  readonly policeCbsaContacts: readonly Contact[];
}

export function policeContactsData(data: Dataset): PoliceContactsData {
  return {
    policeCbsaContacts: data.policeCbsaContacts.map(({ id, force, measure, value, qualifier, counted_by, period_start, period_end }) => ({
      id,
      force,
      measure,
      value,
      qualifier,
      counted_by,
      period_start,
      period_end,
    })),
  };
}
export type Force = PoliceCbsaContactRow['force'];
export type Measure = PoliceCbsaContactRow['measure'];
type CountedBy = PoliceCbsaContactRow['counted_by'];
type Qualifier = PoliceCbsaContactRow['qualifier'];

export interface PoliceContactsState {
  readonly force?: Force;
  readonly measure?: Measure;
}

export const FORCE_LABELS: Readonly<Record<Force, Bilingual>> = {
  spvm: { en: 'Montreal police (SPVM)', fr: 'Police de Montréal (SPVM)' },
  tps: { en: 'Toronto police (TPS)', fr: 'Police de Toronto (SPT)' },
  vpd: { en: 'Vancouver police (VPD)', fr: 'Police de Vancouver (VPD)' },
  ops: { en: 'Ottawa police (OPS)', fr: 'Police d’Ottawa (SPO)' },
  rcmp_bc: { en: 'RCMP in British Columbia', fr: 'GRC en Colombie-Britannique' },
  transit_police: { en: 'Metro Vancouver Transit Police', fr: 'Police du transport de Metro Vancouver' },
};

export const MEASURE_LABELS: Readonly<Record<Measure, Bilingual>> = {
  status_checks: { en: 'Status checks', fr: 'Vérifications de statut' },
  calls: { en: 'Calls to CBSA', fr: 'Appels à l’ASFC' },
  communications: { en: 'Communications with CBSA', fr: 'Communications avec l’ASFC' },
  requests: { en: 'Requests to CBSA', fr: 'Requêtes à l’ASFC' },
  referrals: { en: 'Referrals to CBSA', fr: 'Signalements à l’ASFC' },
  contacts: { en: 'Contacts with immigration authorities', fr: 'Contacts avec les autorités de l’immigration' },
};

interface CounterStyle {
  /** Legend wording, after "Who counted:". */
  readonly label: Bilingual;
  /** Wording after a figure in the text alternative (empty for CBSA records, the default). */
  readonly phrase: Bilingual;
  readonly color: string;
  readonly fill: 'solid' | 'outline' | 'hatched';
}

export const COUNTED_BY_STYLES: Readonly<Record<CountedBy, CounterStyle>> = {
  cbsa_records: { label: { en: 'CBSA records', fr: 'dossiers de l’ASFC' }, phrase: { en: '', fr: '' }, color: PALETTE.blue, fill: 'solid' },
  police: { label: { en: 'the police itself', fr: 'la police elle-même' },
    phrase: { en: 'counted by the police itself', fr: 'selon la police elle-même' }, color: PALETTE.vermillion, fill: 'outline' },
  advocacy_analysis: {
    label: { en: 'advocates from CBSA data', fr: 'des militants à partir de données de l’ASFC' },
    phrase: { en: 'counted by advocates from CBSA data', fr: 'selon des militants, à partir de données de l’ASFC' },
    color: PALETTE.purple,
    fill: 'hatched',
  },
};

const QUALIFIERS: Readonly<Record<Qualifier, Bilingual>> = {
  exact: { en: '', fr: '' },
  more_than: { en: 'more than ', fr: 'plus de ' },
  fewer_than: { en: 'fewer than ', fr: 'moins de ' },
  about: { en: 'about ', fr: 'environ ' },
};

const MEASURE_ORDER: readonly Measure[] = ['status_checks', 'calls', 'communications', 'requests', 'referrals', 'contacts'];
const FORCE_ORDER: readonly Force[] = ['spvm', 'tps', 'vpd', 'ops', 'rcmp_bc', 'transit_police'];
const COUNTER_ORDER: readonly CountedBy[] = ['cbsa_records', 'police', 'advocacy_analysis'];

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

export function contactSections(data: PoliceContactsData): Section[] {
  const byPeriod = (a: Contact, b: Contact) =>
    dateKey(a.period_start).localeCompare(dateKey(b.period_start)) ||
    dateKey(a.period_end).localeCompare(dateKey(b.period_end)) ||
    COUNTER_ORDER.indexOf(a.counted_by) - COUNTER_ORDER.indexOf(b.counted_by);
  return MEASURE_ORDER.flatMap((measure) => {
    const rows = data.policeCbsaContacts.filter((r) => r.measure === measure);
    if (rows.length === 0) return [];
    const panels = FORCE_ORDER.flatMap((force) => {
      const own = rows.filter((r) => r.force === force).sort(byPeriod);
      return own.length === 0 ? [] : [{ force, rows: own }];
    });
    return [{ measure, panels, max: max(rows, (r) => r.value) ?? 0 }];
  });
}

function checkState(sections: readonly Section[], state: PoliceContactsState): void {
  const { force, measure } = state;
  if (measure !== undefined && !sections.some((s) => s.measure === measure)) {
    throw new ChartStateError('police-contacts', `state.measure "${measure}" has no rows. Measures with rows: ${sections.map((s) => s.measure).join(', ')}.`);
  }
  const forces = new Set(sections.flatMap((s) => s.panels.map((p) => p.force)));
  if (force !== undefined && !forces.has(force)) {
    throw new ChartStateError('police-contacts', `state.force "${force}" has no rows. Forces with rows: ${[...forces].join(', ')}.`);
  }
  if (force !== undefined && measure !== undefined && !sections.some((s) => s.measure === measure && s.panels.some((p) => p.force === force))) {
    throw new ChartStateError('police-contacts', `there is no "${measure}" figure for force "${force}".`);
  }
}

function matches(state: PoliceContactsState, row: Contact): boolean {
  if (state.force === undefined && state.measure === undefined) return false;
  return (state.force === undefined || row.force === state.force) && (state.measure === undefined || row.measure === state.measure);
}

export function valueLabel(lang: Lang, row: Pick<Contact, 'qualifier' | 'value'>): string {
  return `${QUALIFIERS[row.qualifier][lang]}${formatNumber(lang, row.value)}`;
}

function narrow(width: number): boolean {
  return width < 560;
}

function aspect(width: number): number {
  return narrow(width) ? 2.5 : 1.2;
}

function render(data: PoliceContactsData, state: PoliceContactsState, size: ChartSize, lang: Lang): SvgNode {
  const sections = contactSections(data);
  checkState(sections, state);
  const layout = fitLayout(size, aspect);
  const { width: W, height: H } = layout;
  const small = narrow(W);
  const fs = small ? 11 : 12;
  const children: SvgNode[] = [];

  // Legend, flowed left to right: how the bar's fill says who counted.
  const legendRowH = fs + 8;
  const counters = COUNTER_ORDER.filter((c) => data.policeCbsaContacts.some((r) => r.counted_by === c));
  const legendTitle = lang === 'fr' ? `Qui a compté${colon(lang)}` : 'Who counted:';
  children.push(text(legendTitle, { x: 0, y: fs + 2, 'font-size': fs, 'font-weight': 700 }));
  let lx = textWidth(legendTitle, fs) * 1.12 + 10;
  let ly = 2;
  for (const c of counters) {
    const label = COUNTED_BY_STYLES[c].label[lang];
    const itemW = 26 + textWidth(label, fs - 1) + 14;
    if (lx + itemW > W && lx > 0) {
      lx = 0;
      ly += legendRowH;
    }
    children.push(
      node('g', { class: 'legend-item', 'data-counted-by': c }, [
        ...barMarks(c, lx, ly + 2, 20, fs),
        text(label, { x: lx + 26, y: ly + fs, 'font-size': fs - 1 }),
      ]),
    );
    lx += itemW;
  }
  const top = ly + legendRowH + 6;

  // Labels: force names sit in a left column on wide screens (wrapped) and above their rows on narrow ones.
  const forceLines = new Map(
    FORCE_ORDER.map((f) => [f, small ? [FORCE_LABELS[f][lang]] : wrapWords(FORCE_LABELS[f][lang], Math.floor((W * 0.24 - 8) / (fs * 0.62)))] as const),
  );
  const forceColW = small ? 0 : Math.max(...sections.flatMap((s) => s.panels.flatMap((p) => forceLines.get(p.force)!.map((l) => textWidth(l, fs, true))))) + 10;
  const periodLabels = new Map(data.policeCbsaContacts.map((r) => [r.id, formatPeriod(lang, r.period_start, r.period_end, true)] as const));
  const longestPeriod = Math.max(...[...periodLabels.values()].map((t) => textWidth(t, fs)));
  const periodX = forceColW;
  const barX = periodX + Math.min(W * (small ? 0.45 : 0.28), longestPeriod + 10);
  const valueRoom = Math.max(...data.policeCbsaContacts.map((r) => textWidth(valueLabel(lang, r), fs))) + 8;
  const barMax = W - valueRoom;
  const panelRows = (p: Panel) => (small ? p.rows.length + 1 : Math.max(p.rows.length, forceLines.get(p.force)!.length));

  const headings = new Map(
    sections.map((s) => [
      s.measure,
      wrapWords(`${MEASURE_LABELS[s.measure][lang]}${lang === 'fr' ? ' (échelle propre)' : ' (own scale)'}`, Math.floor(W / ((fs + 1) * 0.6))),
    ] as const),
  );
  // Vertical budget, in row units: a section heading takes 1.6 rows (1.1 more per extra line), its tick
  // labels 1.1, and panels are 0.4 apart.
  const units = sections.reduce(
    (s, sec) => s + 1.6 + (headings.get(sec.measure)!.length - 1) * 1.1 + 1.1 + sec.panels.reduce((n, p) => n + panelRows(p) + 0.4, 0),
    0,
  );
  const rowH = Math.min(26, (H - top) / Math.max(units, 1));
  const barH = Math.max(4, rowH * 0.62);

  let y = top;
  for (const section of sections) {
    const x = scaleLinear().domain([0, section.max]).nice(3).range([barX, barMax]);
    const sectionHi = state.measure === section.measure;
    const heading = headings.get(section.measure)!;
    y += rowH * (1.6 + (heading.length - 1) * 1.1);
    children.push(
      lines(heading, 0, y - rowH * (0.45 + (heading.length - 1) * 1.1), rowH * 1.1, { 'font-size': fs + 1, 'font-weight': 700, class: sectionHi ? 'is-highlighted' : undefined }, `section-${section.measure}`),
      node('line', { x1: 0, x2: W, y1: y - rowH * 0.2, y2: y - rowH * 0.2, stroke: sectionHi ? INK : MUTED_INK, 'stroke-width': sectionHi ? 2 : 1 }),
    );
    const sectionTop = y;
    for (const panel of section.panels) {
      const forceHi = state.force === panel.force;
      const panelTop = y;
      children.push(
        lines(forceLines.get(panel.force)!, 0, y + rowH * 0.7, rowH, { 'font-size': fs, 'font-weight': forceHi ? 700 : 600 }, `force-${section.measure}-${panel.force}`),
      );
      if (small) y += rowH;
      for (const row of panel.rows) {
        const hi = matches(state, row);
        const by = y + (rowH - barH) / 2;
        const w = Math.max(1, x(row.value) - barX);
        if (hi) children.push(node('rect', { x: periodX - (small ? 0 : 4), y, width: W - periodX + (small ? 0 : 4), height: rowH, fill: HIGHLIGHT_BAND }, [], `band-${row.id}`));
        children.push(
          text(periodLabels.get(row.id)!, { x: periodX, y: y + rowH * 0.7, 'font-size': fs }, `period-${row.id}`),
          node(
            'g',
            { class: `bar counted-by-${row.counted_by}${hi ? ' is-highlighted' : ''}`, 'data-value': row.value },
            barMarks(row.counted_by, barX, by, w, barH, hi),
            `bar-${row.id}`,
          ),
          text(valueLabel(lang, row), { x: barX + w + 4, y: y + rowH * 0.7, 'font-size': fs, 'font-weight': hi ? 700 : 400 }, `value-${row.id}`),
        );
        y += rowH;
      }
      y = Math.max(y, panelTop + panelRows(panel) * rowH) + rowH * 0.4;
    }
    // This measure's own axis: light gridlines and tick values under its panels.
    for (const t of x.ticks(Math.max(2, Math.floor((barMax - barX) / 70)))) {
      children.push(
        node('line', { x1: x(t), x2: x(t), y1: sectionTop, y2: y - rowH * 0.3, stroke: RULE, 'stroke-width': 0.75 }),
        text(formatNumber(lang, t), { x: x(t), y: y + rowH * 0.55, 'font-size': fs - 2, fill: MUTED_INK, 'text-anchor': 'middle' }),
      );
    }
    y += rowH * 1.1;
  }

  return svgRoot('police-contacts', layout, children);
}

/** A bar drawn in the counter's style: solid, outlined, or outlined and hatched. */
function barMarks(counter: CountedBy, x: number, y: number, w: number, h: number, emphasis = false): SvgNode[] {
  const style = COUNTED_BY_STYLES[counter];
  const strokeW = emphasis ? 2 : 1.5;
  if (style.fill === 'solid') {
    return [node('rect', { x, y, width: w, height: h, fill: style.color, stroke: emphasis ? INK : undefined, 'stroke-width': emphasis ? 1.5 : undefined })];
  }
  const marks = [node('rect', { x: x + strokeW / 2, y: y + strokeW / 2, width: Math.max(0.5, w - strokeW), height: h - strokeW, fill: PAPER, stroke: style.color, 'stroke-width': strokeW })];
  if (style.fill === 'hatched') marks.push(node('path', { d: hatchPath(x, y, w, h, 4), stroke: style.color, 'stroke-width': 1 }));
  return marks;
}

function rowPhrase(lang: Lang, row: Contact): string {
  const period = formatPeriod(lang, row.period_start, row.period_end);
  const phrase = COUNTED_BY_STYLES[row.counted_by].phrase[lang];
  const who = phrase === '' ? '' : `, ${phrase}`;
  return `${valueLabel(lang, row)} (${period}${who})`;
}

function describe(data: PoliceContactsData, state: PoliceContactsState, lang: Lang): string {
  const sections = contactSections(data);
  checkState(sections, state);
  const c = colon(lang);
  const fr = lang === 'fr';

  if (state.force === undefined && state.measure === undefined) {
    const total = data.policeCbsaContacts.length;
    const forces = new Set(data.policeCbsaContacts.map((r) => r.force)).size;
    const intro = fr
      ? `Contacts de la police avec l’ASFC${c} ${formatNumber(lang, total)} chiffres pour ${formatNumber(lang, forces)} corps policiers, classés selon ce qui a été compté. Chaque mesure a sa propre échelle; elles ne sont ni additionnées ni comparées entre elles.`
      : `Police contacts with CBSA: ${formatNumber(lang, total)} figures for ${formatNumber(lang, forces)} police forces, sorted by what was counted. Each measure has its own scale; they are never added up or compared with each other.`;
    const parts = sections.map((s) => `${MEASURE_LABELS[s.measure][lang]}${c} ${joinList(lang, s.panels.map((p) => FORCE_LABELS[p.force][lang]))}.`);
    const counters = COUNTER_ORDER.map((cb) => [cb, data.policeCbsaContacts.filter((r) => r.counted_by === cb).length] as const).filter(([, n]) => n > 0);
    const bars = `${fr ? `Qui a compté${c}` : 'Who counted:'} ${joinList(lang, counters.map(([cb, n]) => `${COUNTED_BY_STYLES[cb].label[lang]} (${formatNumber(lang, n)})`))}.`;
    return [intro, ...parts, bars].join(' ');
  }

  const pieces: string[] = [];
  for (const section of sections) {
    if (state.measure !== undefined && section.measure !== state.measure) continue;
    const panels = section.panels.filter((p) => state.force === undefined || p.force === state.force);
    if (panels.length === 0) continue;
    const list = panels.map((p) => `${state.force === undefined ? `${FORCE_LABELS[p.force][lang]}${c} ` : ''}${joinList(lang, p.rows.map((r) => rowPhrase(lang, r)))}`);
    pieces.push(`${MEASURE_LABELS[section.measure][lang]}${c} ${list.join('; ')}.`);
  }
  const subject = [state.force && FORCE_LABELS[state.force][lang], state.measure && MEASURE_LABELS[state.measure][lang]].filter(Boolean).join(', ');
  const lead = fr
    ? `Mis en évidence${c} ${subject}. Chiffres tirés des dossiers de l’ASFC, sauf indication contraire.`
    : `Highlighted: ${subject}. Figures from CBSA records unless stated.`;
  return `${lead} ${pieces.join(' ')}`;
}

export const policeContactsChart: ChartModule<PoliceContactsData, PoliceContactsState> = {
  id: 'police-contacts',
  aspect,
  render,
  describe,
};

export default policeContactsChart;
