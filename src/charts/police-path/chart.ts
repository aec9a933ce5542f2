/**
 * `police-path`: how a routine stop can reach the Canada Border Services Agency, in five stages. On a
 * wide screen, five boxes side by side, the step's box highlighted. On a phone or in a column, five boxes
 * of text do not fit at a readable size, so the step's box is drawn large under a rail of the five
 * numbered stages (titled where the column is wide enough).
 * Box texts live in messages.ts; every number and date in them is a placeholder filled from the data
 * (police_cbsa_contacts.csv, figures.csv, events.csv), so an editor's correction reaches the diagram,
 * and the outlets behind the numbers a box states are named under it.
 */
import type { Dataset, EventRow, FigureRow, PoliceCbsaContactRow, SourceRow } from '../../data/schemas.ts';
import { formatDate, formatNumber, formatValue, type Lang } from '../../i18n/locale.ts';
import { lines, node, svgRoot, text } from '../common/draw.ts';
import { isNarrow, minText } from '../common/layout.ts';
import { HIGHLIGHT_BAND, INK, MUTED_INK, PALETTE, PAPER } from '../common/palette.ts';
import { ChartStateError } from '../common/text.ts';
import { formatPeriod } from '../common/period.ts';
import { lineHeight, wrapToWidth } from '../common/text-fit.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';
import { messages, type Stage } from './messages.ts';

export type { Stage } from './messages.ts';

/** Only the rows and columns the boxes quote: this object is embedded in the page for the browser. */
export interface PolicePathData {
  readonly policeCbsaContacts: readonly Pick<
    PoliceCbsaContactRow,
    'id' | 'value' | 'qualifier' | 'period_start' | 'period_end' | 'source_ids'
  >[];
  readonly events: readonly Pick<EventRow, 'id' | 'date' | 'source_ids'>[];
  readonly figures: readonly Pick<FigureRow, 'id' | 'value' | 'unit' | 'qualifier' | 'source_ids'>[];
  /** Publishers of the sources behind the quoted numbers, named under their box. */
  readonly sources: readonly Pick<SourceRow, 'id' | 'publisher' | 'publisher_note' | 'publisher_note_fr'>[];
}
export interface PolicePathState {
  /** The box to highlight; without it the diagram is drawn plain (static figure). */
  readonly stage?: Stage;
  /**
   * Drawn as a picture on its own (a chapter's opener), not as one step of a sequence: on a phone the box
   * is as tall as this stage's text, not as tall as the longest stage's, which a sequence needs so that
   * its drawing keeps one height from step to step.
   */
  readonly fitted?: boolean;
}

export interface PolicePathStage {
  readonly stage: Stage;
  /** Sources behind the words of the box; sources of the rows it quotes are added from the data. */
  readonly sourceIds: readonly string[];
  /** Research dossier rows the box rests on. */
  readonly factIds: readonly string[];
}

export const POLICE_PATH_STAGES: readonly PolicePathStage[] = [
  { stage: 1, sourceIds: ['S017', 'S235', 'S132'], factIds: ['C07', 'G16', 'C24'] },
  { stage: 2, sourceIds: ['S127', 'S132', 'S116'], factIds: ['C28', 'C24', 'C09'] },
  { stage: 3, sourceIds: ['S114', 'S115', 'S124', 'S125'], factIds: ['C08', 'C17', 'C18'] },
  { stage: 4, sourceIds: ['S117', 'S124', 'S125'], factIds: ['C10', 'C17', 'C18'] },
  { stage: 5, sourceIds: ['S156', 'S133'], factIds: ['D01', 'C25'] },
];

const PLACEHOLDER = /\{(value|period|date|figure):([a-z0-9-]+)\}/g;

type Kind = 'contact' | 'event' | 'figure';
const kindOf = (placeholder: string): Kind => (placeholder === 'date' ? 'event' : placeholder === 'figure' ? 'figure' : 'contact');

/** The ids every box quotes, by kind. */
function quotedIds(kind: Kind): Set<string> {
  const ids = new Set<string>();
  for (const lang of ['en', 'fr'] as const) {
    for (const { body } of Object.values(messages[lang].stages)) {
      for (const m of body.matchAll(PLACEHOLDER)) if (kindOf(m[1]!) === kind) ids.add(m[2]!);
    }
  }
  return ids;
}

export function policePathData(data: Dataset): PolicePathData {
  const contacts = quotedIds('contact');
  const events = quotedIds('event');
  const figures = quotedIds('figure');
  const policeCbsaContacts = data.policeCbsaContacts
    .filter((r) => contacts.has(r.id))
    .map(({ id, value, qualifier, period_start, period_end, source_ids }) => ({
      id,
      value,
      qualifier,
      period_start,
      period_end,
      source_ids,
    }));
  const quotedFigures = data.figures
    .filter((f) => figures.has(f.id))
    .map(({ id, value, unit, qualifier, source_ids }) => ({ id, value, unit, qualifier, source_ids }));
  const numberSources = new Set([...policeCbsaContacts, ...quotedFigures].flatMap((r) => r.source_ids));
  return {
    policeCbsaContacts,
    events: data.events.filter((e) => events.has(e.id)).map(({ id, date, source_ids }) => ({ id, date, source_ids })),
    figures: quotedFigures,
    sources: data.sources
      .filter((s) => numberSources.has(s.id))
      .map(({ id, publisher, publisher_note, publisher_note_fr }) => ({ id, publisher, publisher_note, publisher_note_fr })),
  };
}

/**
 * An outlet as the footnotes name it: with the note on the copy read ("getintheknow.ca (reposting Toronto
 * Star)"), so a repost is never passed off as the outlet that reported the number.
 */
function outletName(source: PolicePathData['sources'][number], lang: Lang): string {
  const note = lang === 'fr' ? source.publisher_note_fr : source.publisher_note;
  return note ? `${source.publisher} (${note})` : source.publisher;
}

export interface ResolvedStage {
  readonly stage: Stage;
  readonly title: string;
  readonly body: string;
  /** The box's own sources plus those of every row it quotes, deduplicated. */
  readonly sourceIds: readonly string[];
  /** Publishers of the sources of the numbers the box states (none for a box without numbers). */
  readonly numberSources: readonly string[];
}

/** Fills each box's placeholders from the data; a missing row stops the build with its id. */
export function policePathStages(data: PolicePathData, lang: Lang): ResolvedStage[] {
  const msg = messages[lang];
  return POLICE_PATH_STAGES.map((s) => {
    const sources = new Set(s.sourceIds);
    const numberSources = new Set<string>();
    const missing = (what: string, id: string, file: string) =>
      new ChartStateError('police-path', `box ${s.stage} quotes the ${what} "${id}", which is not in ${file}.`);
    const body = msg.stages[s.stage].body.replace(PLACEHOLDER, (_, kind: string, id: string) => {
      if (kind === 'date') {
        const event = data.events.find((e) => e.id === id);
        if (!event) throw missing('date of event', id, 'events.csv');
        event.source_ids.forEach((x) => sources.add(x));
        return formatDate(lang, event.date);
      }
      const row = kind === 'figure' ? data.figures.find((f) => f.id === id) : data.policeCbsaContacts.find((r) => r.id === id);
      if (!row) throw kind === 'figure' ? missing('figure', id, 'figures.csv') : missing('row', id, 'police_cbsa_contacts.csv');
      row.source_ids.forEach((x) => {
        sources.add(x);
        // A period only dates a number given elsewhere in the box; its row's outlets are not that number's.
        if (kind !== 'period') numberSources.add(x);
      });
      if ('unit' in row) return `${msg.qualifiers[row.qualifier]}${formatValue(lang, row.value, row.unit)}`;
      return kind === 'value'
        ? `${msg.qualifiers[row.qualifier]}${formatNumber(lang, row.value)}`
        : formatPeriod(lang, row.period_start, row.period_end);
    });
    const publishers = [...numberSources]
      .map((id) => data.sources.find((x) => x.id === id))
      .filter((source) => source !== undefined)
      .map((source) => outletName(source, lang));
    return { stage: s.stage, title: msg.stages[s.stage].title, body, sourceIds: [...sources], numberSources: [...new Set(publishers)] };
  });
}

function checkState(state: PolicePathState): Stage | undefined {
  const { stage, fitted } = state;
  if (fitted !== undefined && typeof fitted !== 'boolean') {
    throw new ChartStateError('police-path', `state.fitted must be true or false; got ${JSON.stringify(fitted)}.`);
  }
  if (stage === undefined) return undefined;
  if (!POLICE_PATH_STAGES.some((s) => s.stage === stage)) {
    throw new ChartStateError('police-path', `state.stage must be 1, 2, 3, 4 or 5; got ${JSON.stringify(stage)}.`);
  }
  return stage;
}

// Heights are reserved before the data is read, so box texts are measured with every placeholder as long
// as the longest text of its kind ("Nov. 28, 2020 – Nov. 28, 2021", "more than 3,500", "December 20,
// 2013"), and three lines for the sources.
const WORST: Readonly<Record<string, number>> = { period: 29, value: 17, figure: 14, date: 20 };
const reserved = (body: string) => body.replace(PLACEHOLDER, (_, kind: string) => 'x'.repeat(WORST[kind]!));
const SOURCE_LINES = 3;
/** A box that states a number (not only a date) names the outlets behind it. */
const STATES_NUMBERS = /\{(value|figure):/;

/* ---------- Phones and columns: a rail of the five stages, the step's box large under it ---------- */

/** Five boxes side by side from this width; below it, the rail and one large box. */
const ROW_WIDTH = 760;

/** The rail is five equal columns, a badge centred in each (and its title under it, where there is room). */
const railX = (width: number, i: number) => (width / 5) * (i + 0.5);

/** Stage titles under the rail's badges, where the columns are wide enough to hold them in three lines. */
function railLabels(width: number, fs: number, lang: Lang): string[][] | undefined {
  if (isNarrow(width)) return undefined;
  const colW = width / 5 - 10;
  // Wrapped as bold, the weight of the step's own stage, so a title keeps its lines whichever stage is the step's.
  const labels = POLICE_PATH_STAGES.map((s) => wrapToWidth(messages[lang].stages[s.stage].title, colW, fs, true));
  return labels.every((l) => l.length <= 3) ? labels : undefined;
}

function phoneMetrics(width: number) {
  const fs = Math.max(13, minText(width));
  const pad = 12;
  const railY = 22;
  const railR = 13;
  // Room for the rail's labels in either language, so both editions lay the box out at the same height.
  const labelLines = Math.max(0, ...(['en', 'fr'] as const).flatMap((lang) => (railLabels(width, fs, lang) ?? []).map((l) => l.length)));
  const labelsTop = railY + railR + 8;
  const boxTop = labelsTop + (labelLines > 0 ? labelLines * lineHeight(fs) + 8 : 0) + 14;
  return { fs, title: fs + 4, body: fs + 1, pad, railY, railR, labelsTop, boxTop, textW: width - 2 * pad };
}

function phoneBox(width: number, title: string, body: string) {
  const m = phoneMetrics(width);
  const titleLines = wrapToWidth(title, m.textW, m.title, true);
  const bodyLines = wrapToWidth(body, m.textW, m.body);
  const tops = {
    step: m.boxTop + m.pad + m.fs,
    title: m.boxTop + m.pad + lineHeight(m.fs) + 4 + m.title,
  };
  const bodyTop = tops.title + (titleLines.length - 1) * lineHeight(m.title) + 6 + m.body;
  const bodyEnd = bodyTop + (bodyLines.length - 1) * lineHeight(m.body) + m.body * 0.3;
  return { m, titleLines, bodyLines, tops, bodyTop, bodyEnd };
}

function phoneAspect(width: number): number {
  const m = phoneMetrics(width);
  const tail = (SOURCE_LINES + 1) * lineHeight(m.fs) + 8 + m.pad;
  const boxes = (['en', 'fr'] as const).flatMap((lang) =>
    POLICE_PATH_STAGES.map(
      (s) => phoneBox(width, messages[lang].stages[s.stage].title, reserved(messages[lang].stages[s.stage].body)).bodyEnd + tail,
    ),
  );
  const list = m.boxTop + m.pad + 5 * 2 * lineHeight(m.body) + m.pad;
  return Math.ceil(Math.max(list, ...boxes)) / width;
}

/** The five stage titles listed in the phone box without a step: each one's lines and baseline. */
function phoneList(stages: readonly ResolvedStage[], m: ReturnType<typeof phoneMetrics>) {
  let y = m.boxTop + m.pad;
  const items = stages.map((s) => {
    const titleLines = wrapToWidth(`${s.stage}. ${s.title}`, m.textW, m.body, true);
    const item = { stage: s.stage, titleLines, baseline: y + m.body };
    y += titleLines.length * lineHeight(m.body) + 6;
    return item;
  });
  return { items, end: y };
}

/** The outlets behind a step's numbers, under its text in the phone box: lines, first baseline, bottom. */
function phoneSources(s: ResolvedStage, box: ReturnType<typeof phoneBox>, lang: Lang) {
  const { m } = box;
  const wrapped = s.numberSources.length > 0 ? wrapToWidth(messages[lang].sources(s.numberSources), m.textW, m.fs) : [];
  const top = box.bodyEnd + 8 + m.fs;
  return { lines: wrapped, top, end: top + (wrapped.length - 1) * lineHeight(m.fs) + m.fs * 0.3 };
}

/**
 * The height of a phone drawing whose box holds just this stage's text and sources (or the list of
 * stages), and, `withNext`, what comes next under them, as phoneRender sets it at the box's foot.
 */
function phoneFittedHeight(
  stages: readonly ResolvedStage[],
  current: Stage | undefined,
  width: number,
  lang: Lang,
  withNext = false,
): number {
  const m = phoneMetrics(width);
  if (current === undefined) return Math.ceil(phoneList(stages, m).end + m.pad + 2);
  const s = stages[current - 1]!;
  const box = phoneBox(width, s.title, s.body);
  const sources = phoneSources(s, box, lang);
  const end = sources.lines.length > 0 ? sources.end : box.bodyEnd;
  const next = stages[current];
  if (!withNext || !next) return Math.ceil(end + m.pad + 2);
  const nextLines = wrapToWidth(messages[lang].next(next.title), m.textW, m.fs);
  // One more pixel than the room phoneRender asks for: it shows "next" only where it has more than that room.
  return Math.ceil(end + NEXT_GAP + nextRoom(nextLines.length, m.fs) + m.pad + 2) + 1;
}

/** The gap phoneRender keeps between a stage's text (or sources) and what comes next. */
const NEXT_GAP = 4;

/** How far above the box's foot the "next" lines reach, from their first line's cap height to the foot. */
function nextRoom(lineCount: number, fs: number): number {
  return (lineCount - 1) * lineHeight(fs) + fs * 1.3;
}

function rail(width: number, current: Stage | undefined, lang: Lang): SvgNode[] {
  const m = phoneMetrics(width);
  const labels = railLabels(width, m.fs, lang);
  const cx = (i: number) => railX(width, i);
  const out: SvgNode[] = [];
  for (let i = 0; i < 4; i++) {
    out.push(
      node(
        'path',
        {
          d: `M${cx(i) + m.railR + 3},${m.railY}H${cx(i + 1) - m.railR - 4}m-5,-5l5,5l-5,5`,
          fill: 'none',
          stroke: MUTED_INK,
          'stroke-width': 1.5,
        },
        [],
        `arrow-${i + 1}`,
      ),
    );
  }
  POLICE_PATH_STAGES.forEach(({ stage }, i) => {
    const status = current === undefined ? 'plain' : stage === current ? 'current' : stage < current ? 'done' : 'plain';
    const r = status === 'current' ? m.railR + 3 : m.railR;
    const fill = status === 'current' ? PALETTE.vermillion : status === 'done' ? INK : PAPER;
    out.push(
      node(
        'circle',
        {
          cx: cx(i),
          cy: m.railY,
          r,
          fill,
          stroke: status === 'plain' ? MUTED_INK : fill,
          'stroke-width': 1.5,
          class: `stage stage-${status}`,
        },
        [],
        `badge-${stage}`,
      ),
      text(
        String(stage),
        {
          x: cx(i),
          y: m.railY + m.fs * 0.36,
          'text-anchor': 'middle',
          'font-size': m.fs,
          'font-weight': 700,
          fill: status === 'plain' ? INK : PAPER,
        },
        `badge-text-${stage}`,
      ),
    );
    const label = labels?.[i];
    if (label) {
      out.push(
        lines(
          label,
          cx(i),
          m.labelsTop + m.fs,
          lineHeight(m.fs),
          {
            'font-size': m.fs,
            'text-anchor': 'middle',
            'font-weight': status === 'current' ? 700 : undefined,
            fill: status === 'plain' && current !== undefined ? MUTED_INK : INK,
          },
          `rail-${stage}`,
        ),
      );
    }
  });
  if (current !== undefined) {
    // A notch in the box's top edge under the step's badge ties the two together.
    const x = cx(current - 1);
    out.push(
      node(
        'path',
        {
          d: `M${x - 9},${m.boxTop + 1}L${x},${m.boxTop - 9}L${x + 9},${m.boxTop + 1}Z`,
          fill: HIGHLIGHT_BAND,
          stroke: INK,
          'stroke-width': 2,
          'stroke-linejoin': 'round',
        },
        [],
        'pointer',
      ),
    );
  }
  return out;
}

function phoneRender(stages: readonly ResolvedStage[], current: Stage | undefined, size: ChartSize, lang: Lang): SvgNode[] {
  const msg = messages[lang];
  const { width: W, height: H } = size;
  const m = phoneMetrics(W);
  const lh = lineHeight(m.fs);
  const out: SvgNode[] = [];
  const boxH = H - m.boxTop - 2;
  out.push(
    node(
      'rect',
      {
        x: 1,
        y: m.boxTop,
        width: W - 2,
        height: boxH,
        rx: 6,
        fill: current === undefined ? PAPER : HIGHLIGHT_BAND,
        stroke: current === undefined ? MUTED_INK : INK,
        'stroke-width': current === undefined ? 1 : 2,
      },
      [],
      'box',
    ),
  );
  out.push(...rail(W, current, lang));
  if (current === undefined) {
    for (const item of phoneList(stages, m).items) {
      out.push(
        lines(
          item.titleLines,
          m.pad,
          item.baseline,
          lineHeight(m.body),
          { 'font-size': m.body, 'font-weight': 700 },
          `title-${item.stage}`,
        ),
      );
    }
    return out;
  }
  const s = stages[current - 1]!;
  const box = phoneBox(W, s.title, s.body);
  out.push(
    text(msg.stepOf(String(current), String(stages.length)), { x: m.pad, y: box.tops.step, 'font-size': m.fs, fill: MUTED_INK }, 'step-of'),
    lines(box.titleLines, m.pad, box.tops.title, lineHeight(m.title), { 'font-size': m.title, 'font-weight': 700 }, `title-${s.stage}`),
    lines(box.bodyLines, m.pad, box.bodyTop, lineHeight(m.body), { 'font-size': m.body }, `body-${s.stage}`),
  );
  // After the text, the outlets behind its numbers; at the bottom, what comes next; each only if it fits.
  const bottom = m.boxTop + boxH - m.pad;
  const next = stages[current];
  const nextLines = next ? wrapToWidth(msg.next(next.title), m.textW, m.fs) : [];
  const sources = phoneSources(s, box, lang);
  const showSources = sources.lines.length > 0 && sources.end <= bottom;
  const nextCapTop = bottom - nextRoom(nextLines.length, m.fs);
  const showNext = nextLines.length > 0 && nextCapTop > (showSources ? sources.end : box.bodyEnd) + NEXT_GAP;
  if (showSources) out.push(lines(sources.lines, m.pad, sources.top, lh, { 'font-size': m.fs, fill: MUTED_INK }, `sources-${s.stage}`));
  if (showNext) out.push(lines(nextLines, m.pad, nextCapTop + m.fs, lh, { 'font-size': m.fs, fill: MUTED_INK }, 'next'));
  return out;
}

/* ---------- Wide: five boxes side by side ---------- */

function wideMetrics(width: number) {
  const fs = Math.max(13, minText(width));
  const n = POLICE_PATH_STAGES.length;
  const gap = 22;
  const pad = 8;
  const badgeR = fs * 0.95;
  const boxW = (width - gap * (n - 1)) / n;
  return { fs, small: fs - 1, n, gap, pad, badgeR, boxW, textOffset: pad, textW: boxW - 2 * pad, lh: lineHeight(fs), headingH: fs + 14 };
}
type WideMetrics = ReturnType<typeof wideMetrics>;

function wideBox(m: WideMetrics, title: string, body: string, sourceLines: number) {
  const titleLines = wrapToWidth(title, m.textW, m.fs, true);
  const bodyLines = wrapToWidth(body, m.textW, m.small);
  const titleTop = m.pad + m.badgeR * 2 + 6;
  const bodyLh = lineHeight(m.small);
  const height = titleTop + titleLines.length * m.lh + 2 + (bodyLines.length + sourceLines) * bodyLh + m.pad;
  return { titleLines, bodyLines, titleTop, height };
}

function wideAspect(width: number): number {
  const m = wideMetrics(width);
  const boxH = Math.max(
    ...POLICE_PATH_STAGES.flatMap((s) =>
      (['en', 'fr'] as const).map(
        (lang) =>
          wideBox(
            m,
            messages[lang].stages[s.stage].title,
            reserved(messages[lang].stages[s.stage].body),
            STATES_NUMBERS.test(messages[lang].stages[s.stage].body) ? SOURCE_LINES : 0,
          ).height,
      ),
    ),
  );
  const height = m.headingH + boxH + 4;
  return Math.ceil(height) / width;
}

function wideRender(stages: readonly ResolvedStage[], current: Stage | undefined, size: ChartSize, lang: Lang): SvgNode[] {
  const msg = messages[lang];
  const { width: W, height: H } = size;
  const m = wideMetrics(W);
  const out: SvgNode[] = [text(msg.heading, { x: 0, y: m.fs + 2, 'font-size': m.fs + 1, 'font-weight': 700 }, 'heading')];
  const bw = m.boxW;
  const bh = H - m.headingH - 2;
  stages.forEach((s, i) => {
    const status = current === undefined ? 'plain' : s.stage === current ? 'current' : s.stage < current ? 'done' : 'plain';
    const isCurrent = status === 'current';
    const bx = i * (bw + m.gap);
    const by = m.headingH;
    const sources = s.numberSources.length > 0 ? wrapToWidth(msg.sources(s.numberSources), m.textW, m.small) : [];
    const box = wideBox(m, s.title, s.body, 0);
    const textX = bx + m.textOffset;
    const titleY = by + box.titleTop + m.fs;
    const bodyY = titleY + box.titleLines.length * m.lh + 2;
    const bodyLh = lineHeight(m.small);
    const fill = isCurrent ? HIGHLIGHT_BAND : PAPER;
    out.push(
      node(
        'rect',
        {
          x: bx,
          y: by,
          width: bw,
          height: bh,
          rx: 6,
          fill,
          stroke: isCurrent ? INK : MUTED_INK,
          'stroke-width': isCurrent ? 2.5 : 1,
          class: `stage stage-${status}`,
        },
        [],
        `box-${s.stage}`,
      ),
      node(
        'circle',
        {
          cx: bx + m.pad + m.badgeR,
          cy: by + m.pad + m.badgeR,
          r: m.badgeR,
          fill: isCurrent ? PALETTE.vermillion : status === 'done' ? INK : MUTED_INK,
        },
        [],
        `badge-${s.stage}`,
      ),
      text(
        String(s.stage),
        {
          x: bx + m.pad + m.badgeR,
          y: by + m.pad + m.badgeR + m.fs * 0.35,
          'text-anchor': 'middle',
          fill: PAPER,
          'font-size': m.fs,
          'font-weight': 700,
        },
        `badge-text-${s.stage}`,
      ),
      lines(box.titleLines, textX, titleY, m.lh, { 'font-size': m.fs, 'font-weight': 700 }, `title-${s.stage}`),
      lines(box.bodyLines, textX, bodyY, bodyLh, { 'font-size': m.small }, `body-${s.stage}`),
    );
    if (sources.length > 0) {
      out.push(
        lines(
          sources,
          textX,
          bodyY + box.bodyLines.length * bodyLh,
          bodyLh,
          { 'font-size': m.small, fill: MUTED_INK },
          `sources-${s.stage}`,
        ),
      );
    }
    if (i < m.n - 1) {
      const r = (v: number) => Math.round(v * 10) / 10;
      const d = `M${r(bx + bw + 3)},${r(by + bh / 2)}h${r(m.gap - 8)}m-5,-5l5,5l-5,5`;
      out.push(
        node(
          'path',
          { d, fill: 'none', stroke: INK, 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
          [],
          `arrow-${s.stage}`,
        ),
      );
    }
  });
  return out;
}

function aspect(width: number): number {
  return width < ROW_WIDTH ? phoneAspect(width) : wideAspect(width);
}

function render(data: PolicePathData, state: PolicePathState, size: ChartSize, lang: Lang): SvgNode {
  const current = checkState(state);
  const stages = policePathStages(data, lang);
  const shared = Math.ceil(size.width * aspect(size.width));
  const phone = size.width < ROW_WIDTH;
  const fitted = state.fitted && phone ? phoneFittedHeight(stages, current, size.width, lang) : undefined;
  // A page that reserves less height than the layout needs gets the layout's height, scaled into its box;
  // on a phone that is this stage's box (a step's own picture is as tall: pictureHeight), never less.
  const own = phone && size.height < shared ? pictureHeight(data, state, size.width, lang) : shared;
  const layout = { width: size.width, height: fitted ?? Math.max(size.height, own) };
  const children = layout.width < ROW_WIDTH ? phoneRender(stages, current, layout, lang) : wideRender(stages, current, layout, lang);
  return svgRoot('police-path', layout, children);
}

/**
 * A step's phone picture: its box as tall as its own text, sources and what comes next, as the live
 * chart shows them (the live chart's box keeps the longest stage's height, which left the short ones a
 * box half empty). Wide pictures keep the shared height.
 */
function pictureHeight(data: PolicePathData, state: PolicePathState, width: number, lang: Lang): number {
  const shared = Math.ceil(width * aspect(width));
  if (width >= ROW_WIDTH) return shared;
  return Math.min(shared, phoneFittedHeight(policePathStages(data, lang), checkState(state), width, lang, true));
}

function describe(data: PolicePathData, state: PolicePathState, lang: Lang): string {
  const current = checkState(state);
  const stages = policePathStages(data, lang);
  const msg = messages[lang];
  const c = msg.colon;
  if (current === undefined) {
    const steps = stages.map((s) => `${s.stage}. ${s.title}${c} ${s.body}`).join(' ');
    return `${msg.heading}, ${msg.inFiveSteps}${c} ${steps}`;
  }
  const s = stages[current - 1]!;
  const next = stages[current];
  const after = next ? ` ${msg.next(next.title)}.` : '';
  return `${msg.heading}. ${msg.highlighted(String(current), String(stages.length))}. ${s.title}${c} ${s.body}${after}`;
}

export const policePathChart: ChartModule<PolicePathData, PolicePathState> = {
  id: 'police-path',
  aspect,
  render,
  describe,
  pictureHeight,
};

export default policePathChart;
