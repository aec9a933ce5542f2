/**
 * `police-path`: how a routine stop can reach the Canada Border Services Agency, as five boxes joined by
 * arrows. Box texts are written here, but every number and date in them is a placeholder filled from the
 * data (police_cbsa_contacts.csv rows, events.csv dates), so an editor's correction to a CSV reaches the
 * diagram too. Each box lists the sources it rests on, for the figure's citations.
 */
import type { Dataset, EventRow, PoliceCbsaContactRow } from '../../data/schemas.ts';
import { formatDate, formatNumber, type Lang } from '../../i18n/locale.ts';
import { fitLayout, lines, node, svgRoot, text, wrapWords } from '../common/draw.ts';
import { HIGHLIGHT_BAND, INK, MUTED_INK, PALETTE, PAPER } from '../common/palette.ts';
import { ChartStateError, colon, type Bilingual } from '../common/text.ts';
import { formatPeriod } from '../common/period.ts';
import type { ChartModule, ChartSize, SvgNode } from '../types.ts';

/** Only the rows and columns the boxes quote: this object is embedded in the page for the browser. */
export interface PolicePathData {
  readonly policeCbsaContacts: readonly Pick<PoliceCbsaContactRow, 'id' | 'value' | 'qualifier' | 'period_start' | 'period_end' | 'source_ids'>[];
  readonly events: readonly Pick<EventRow, 'id' | 'date' | 'source_ids'>[];
}
export type Stage = 1 | 2 | 3 | 4 | 5;
export interface PolicePathState {
  /** The box to highlight; without it the diagram is drawn plain (static figure). */
  readonly stage?: Stage;
}

export interface PolicePathStage {
  readonly stage: Stage;
  readonly title: Bilingual;
  /**
   * Body text with placeholders: {value:<police_cbsa_contacts id>} (the count, with its qualifier),
   * {period:<police_cbsa_contacts id>} (the period counted) and {date:<events id>} (an event's date).
   */
  readonly body: Bilingual;
  /** Sources behind the words of the box; sources of the rows it quotes are added from the data. */
  readonly sourceIds: readonly string[];
  /** Research dossier rows the box rests on. */
  readonly factIds: readonly string[];
}

export const POLICE_PATH_STAGES: readonly PolicePathStage[] = [
  {
    stage: 1,
    title: { en: 'A routine stop', fr: 'Une interpellation de routine' },
    body: {
      en: 'A fare check, a traffic violation, even crossing on a red light. Lucia Vega Jimenez was stopped over a fare on {date:vega-jimenez-stopped-2013}.',
      fr: 'Un contrôle de titre de transport, une infraction routière, voire traverser au feu rouge. Lucia Vega Jimenez a été interpellée faute de titre de transport le {date:vega-jimenez-stopped-2013}.',
    },
    sourceIds: ['S017', 'S235', 'S132'],
    factIds: ['C07', 'G16', 'C24'],
  },
  {
    stage: 2,
    title: { en: 'A question about identity or status', fr: 'Une question sur l’identité ou le statut' },
    body: {
      en: 'The officer checks who the person is. At the inquest into her death, the officer said two names and an accent came before his call.',
      fr: 'L’agent vérifie l’identité de la personne. À l’enquête sur sa mort, l’agent a dit que deux noms et un accent ont précédé son appel.',
    },
    sourceIds: ['S127', 'S132'],
    factIds: ['C28', 'C24'],
  },
  {
    stage: 3,
    title: { en: 'A call to CBSA', fr: 'Un appel à l’ASFC' },
    body: {
      en: 'Toronto police: {value:tps-2014-11-2015-06-calls} calls, {period:tps-2014-11-2015-06-calls}. Transit Police: {value:transit-police-2013-communications} cases in {period:transit-police-2013-communications}.',
      fr: 'Police de Toronto\u00a0: {value:tps-2014-11-2015-06-calls} appels, {period:tps-2014-11-2015-06-calls}. Police du transport\u00a0: {value:transit-police-2013-communications} dossiers en {period:transit-police-2013-communications}.',
    },
    sourceIds: ['S114', 'S115', 'S124', 'S125'],
    factIds: ['C08', 'C17', 'C18'],
  },
  {
    stage: 4,
    title: { en: 'CBSA checks its records', fr: 'L’ASFC vérifie ses dossiers' },
    body: {
      en: 'Most calls go no further. Some turn up an immigration warrant, or lead to an investigation or enforcement action.',
      fr: 'La plupart n’ont pas de suite. Certains révèlent un mandat d’immigration, ou mènent à une enquête ou à des mesures d’exécution.',
    },
    sourceIds: ['S117', 'S124', 'S125'],
    factIds: ['C10', 'C17', 'C18'],
  },
  {
    stage: 5,
    title: { en: 'Detention, then removal', fr: 'Détention, puis renvoi' },
    body: {
      en: 'CBSA can detain and remove the person. Lucia Vega Jimenez was found hanging in CBSA custody on {date:vega-jimenez-2013}.',
      fr: 'L’ASFC peut détenir la personne et la renvoyer. Lucia Vega Jimenez a été trouvée pendue sous la garde de l’ASFC le {date:vega-jimenez-2013}.',
    },
    sourceIds: ['S156', 'S133'],
    factIds: ['D01', 'C25'],
  },
];

const QUALIFIER: Record<string, Bilingual> = {
  exact: { en: '', fr: '' },
  more_than: { en: 'more than ', fr: 'plus de ' },
  fewer_than: { en: 'fewer than ', fr: 'moins de ' },
  about: { en: 'about ', fr: 'environ ' },
};

const HEADING: Bilingual = { en: 'How a routine stop can reach CBSA', fr: 'Comment une interpellation de routine peut mener à l’ASFC' };

const PLACEHOLDER = /\{(value|period|date):([a-z0-9-]+)\}/g;

/** The ids every box quotes, by kind. */
function quotedIds(kind: 'contact' | 'event'): Set<string> {
  const ids = new Set<string>();
  for (const s of POLICE_PATH_STAGES) {
    for (const text of [s.body.en, s.body.fr]) {
      for (const m of text.matchAll(PLACEHOLDER)) if ((m[1] === 'date') === (kind === 'event')) ids.add(m[2]!);
    }
  }
  return ids;
}

export function policePathData(data: Dataset): PolicePathData {
  const contacts = quotedIds('contact');
  const events = quotedIds('event');
  return {
    policeCbsaContacts: data.policeCbsaContacts
      .filter((r) => contacts.has(r.id))
      .map(({ id, value, qualifier, period_start, period_end, source_ids }) => ({ id, value, qualifier, period_start, period_end, source_ids })),
    events: data.events.filter((e) => events.has(e.id)).map(({ id, date, source_ids }) => ({ id, date, source_ids })),
  };
}

export interface ResolvedStage {
  readonly stage: Stage;
  readonly title: string;
  readonly body: string;
  /** The box's own sources plus those of every row it quotes, deduplicated. */
  readonly sourceIds: readonly string[];
}

/** Fills each box's placeholders from the data; a missing row stops the build with its id. */
export function policePathStages(data: PolicePathData, lang: Lang): ResolvedStage[] {
  return POLICE_PATH_STAGES.map((s) => {
    const sources = new Set(s.sourceIds);
    const body = s.body[lang].replace(PLACEHOLDER, (_, kind: string, id: string) => {
      if (kind === 'date') {
        const event = data.events.find((e) => e.id === id);
        if (!event) throw new ChartStateError('police-path', `box ${s.stage} quotes the date of event "${id}", which is not in events.csv.`);
        event.source_ids.forEach((x) => sources.add(x));
        return formatDate(lang, event.date);
      }
      const row = data.policeCbsaContacts.find((r) => r.id === id);
      if (!row) throw new ChartStateError('police-path', `box ${s.stage} quotes row "${id}", which is not in police_cbsa_contacts.csv.`);
      row.source_ids.forEach((x) => sources.add(x));
      return kind === 'value' ? `${QUALIFIER[row.qualifier]![lang]}${formatNumber(lang, row.value)}` : formatPeriod(lang, row.period_start, row.period_end);
    });
    return { stage: s.stage, title: s.title[lang], body, sourceIds: [...sources] };
  });
}

function checkState(state: PolicePathState): Stage | undefined {
  const { stage } = state;
  if (stage === undefined) return undefined;
  if (!POLICE_PATH_STAGES.some((s) => s.stage === stage)) {
    throw new ChartStateError('police-path', `state.stage must be 1, 2, 3, 4 or 5; got ${JSON.stringify(stage)}.`);
  }
  return stage;
}

/** Side by side on wide screens, stacked on narrower ones. */
function metrics(width: number) {
  const wide = width >= 760;
  const fs = width < 480 ? 12 : 13;
  const n = POLICE_PATH_STAGES.length;
  const gap = wide ? 22 : 18;
  const pad = 8;
  const badgeR = fs * 0.95;
  const boxW = wide ? (width - gap * (n - 1)) / n : width - 2;
  const textOffset = wide ? pad : pad + badgeR * 2 + 8;
  const textW = boxW - textOffset - pad;
  return {
    wide,
    fs,
    n,
    gap,
    pad,
    badgeR,
    boxW,
    textOffset,
    lh: fs * 1.3,
    headingH: fs + 12,
    titleChars: Math.max(10, Math.floor(textW / (fs * 0.62))),
    bodyChars: Math.max(10, Math.floor(textW / ((fs - 1) * 0.56))),
  };
}

type Metrics = ReturnType<typeof metrics>;

function wrapBox(m: Metrics, title: string, body: string) {
  const titleLines = wrapWords(title, m.titleChars);
  const bodyLines = wrapWords(body, m.bodyChars);
  const titleTop = m.wide ? m.pad + m.badgeR * 2 + 6 : m.pad;
  const height = titleTop + titleLines.length * m.lh + 2 + bodyLines.length * m.lh * 0.95 + m.pad;
  return { titleLines, bodyLines, titleTop, height };
}

// The height is reserved before the data is read, so it is sized for the box texts with every
// placeholder as long as the longest period it can hold ("Nov. 28, 2020 – Nov. 28, 2021").
function aspect(width: number): number {
  const m = metrics(width);
  const boxH = Math.max(
    ...POLICE_PATH_STAGES.flatMap((s) =>
      (['en', 'fr'] as const).map((lang) => wrapBox(m, s.title[lang], s.body[lang].replace(/\{[^}]+\}/g, 'x'.repeat(29))).height),
    ),
  );
  const height = m.wide ? m.headingH + boxH + 4 : m.headingH + m.n * boxH + (m.n - 1) * m.gap + 4;
  return Math.ceil(height * 1.04) / width;
}

function render(data: PolicePathData, state: PolicePathState, size: ChartSize, lang: Lang): SvgNode {
  const current = checkState(state);
  const stages = policePathStages(data, lang);
  const layout = fitLayout(size, aspect);
  const { width: W, height: H } = layout;
  const m = metrics(W);
  const { fs, lh, gap, pad, badgeR, n } = m;
  const children: SvgNode[] = [text(HEADING[lang], { x: 0, y: fs, 'font-size': fs + 1, 'font-weight': 700 })];

  stages.forEach((s, i) => {
    const status = current === undefined ? 'plain' : s.stage === current ? 'current' : s.stage < current ? 'done' : 'plain';
    const bw = m.boxW;
    const bh = m.wide ? H - m.headingH - 2 : (H - m.headingH - gap * (n - 1)) / n;
    const bx = m.wide ? i * (bw + gap) : 1;
    const by = m.wide ? m.headingH : m.headingH + i * (bh + gap);
    const box = wrapBox(m, s.title, s.body);
    const textX = bx + m.textOffset;
    const titleY = by + box.titleTop + fs;
    const isCurrent = status === 'current';

    children.push(
      node(
        'rect',
        {
          x: bx,
          y: by,
          width: bw,
          height: bh,
          rx: 6,
          fill: isCurrent ? HIGHLIGHT_BAND : status === 'done' ? '#f1f1f1' : PAPER,
          stroke: isCurrent ? INK : MUTED_INK,
          'stroke-width': isCurrent ? 2.5 : 1,
          class: `stage stage-${status}`,
        },
        [],
        `box-${s.stage}`,
      ),
      node('circle', { cx: bx + pad + badgeR, cy: by + pad + badgeR, r: badgeR, fill: isCurrent ? PALETTE.vermillion : INK }, [], `badge-${s.stage}`),
      text(String(s.stage), {
        x: bx + pad + badgeR,
        y: by + pad + badgeR + fs * 0.35,
        'text-anchor': 'middle',
        fill: PAPER,
        'font-size': fs,
        'font-weight': 700,
      }),
      lines(box.titleLines, textX, titleY, lh, { 'font-size': fs, 'font-weight': 700 }, `title-${s.stage}`),
      lines(box.bodyLines, textX, titleY + box.titleLines.length * lh + 2, lh * 0.95, { 'font-size': fs - 1 }, `body-${s.stage}`),
    );

    if (i < n - 1) {
      // Arrow in the gap between this box and the next.
      const d = m.wide
        ? `M${r(bx + bw + 3)},${r(by + bh / 2)}h${r(gap - 8)}m-5,-5l5,5l-5,5`
        : `M${r(bx + 24)},${r(by + bh + 2)}v${r(gap - 6)}m-5,-5l5,5l5,-5`;
      children.push(node('path', { d, fill: 'none', stroke: INK, 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, [], `arrow-${s.stage}`));
    }
  });

  return svgRoot('police-path', layout, children);
}

function r(v: number): number {
  return Math.round(v * 10) / 10;
}

function describe(data: PolicePathData, state: PolicePathState, lang: Lang): string {
  const current = checkState(state);
  const stages = policePathStages(data, lang);
  const c = colon(lang);
  if (current === undefined) {
    const steps = stages.map((s) => `${s.stage}. ${s.title}${c} ${s.body}`).join(' ');
    return `${HEADING[lang]}, ${lang === 'fr' ? 'en cinq étapes' : 'in five steps'}${c} ${steps}`;
  }
  const s = stages[current - 1]!;
  const where = lang === 'fr' ? `Étape ${current} sur ${stages.length} mise en évidence` : `Step ${current} of ${stages.length} highlighted`;
  const next = stages[current];
  const after = next ? (lang === 'fr' ? ` Étape suivante${c} ${next.title}.` : ` Next step: ${next.title}.`) : '';
  return `${HEADING[lang]}. ${where}, ${s.title}${c} ${s.body}${after}`;
}

export const policePathChart: ChartModule<PolicePathData, PolicePathState> = {
  id: 'police-path',
  aspect,
  render,
  describe,
};

export default policePathChart;
