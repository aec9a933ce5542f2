/** The `timeline` chart's page apparatus: the rows it draws, its table and CSV, sources and method note. */
import { symbol } from '../common/draw.ts';
import { enFr, sourcesColumn, uniqueSources } from '../common/table.ts';
import { STRANDS, STRAND_STYLE, timelineChart, type TimelineData, type TimelineState } from './chart.ts';
import { timelineRows, type TimelineRow } from './data.ts';
import { TIMELINE_MESSAGES } from './messages.ts';
import type { ChartEntry } from '../types.ts';
import type { PartialDate } from '../../data/schema-kit.ts';
import { formatDateSpan, type Lang } from '../../i18n/locale.ts';

/** A date as the item carries it (2017, 2017-02 or 2017-02-20), for formatting. */
function partialDate(iso: string): PartialDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  return { year, iso, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

function dateLabel(lang: Lang, row: TimelineRow): string {
  const date = formatDateSpan(lang, partialDate(row.item.date), row.until);
  return row.dateInferred ? TIMELINE_MESSAGES[lang].inferredDate(date) : date;
}

const entry: ChartEntry<TimelineData> = {
  module: timelineChart,
  files: ['council_actions.csv', 'events.csv', 'municipalities.csv'],
  method: {
    en: 'One mark per council action and per dated event, placed at its date, in one lane per strand of the story. A date known only to the month is placed at the end of that month, after every item dated to a day in it; a date known only to the year, in the middle of that year. A date the table marks “likely” was worked out (from the weekday a report gives, or a meeting’s agenda); no source states it.',
    fr: 'Une marque par geste municipal et par événement daté, placée à sa date, une ligne par volet de l’histoire. Une date dont on ne connaît que le mois est placée à la fin de ce mois, après tout élément daté d’un jour de ce mois; une date dont on ne connaît que l’année, au milieu de cette année. Une date que le tableau dit « probable » a été déduite (du jour de la semaine qu’un article donne, ou de l’ordre du jour d’une séance); aucune source ne la donne.',
  },
  select: (data) => ({ items: timelineRows(data).map((r) => r.item) }),
  table: (data) => ({
    columns: [
      { key: 'date', label: { en: 'Date (ISO)', fr: 'Date (ISO)' }, csvOnly: true },
      ...enFr('date_label', { en: 'Date', fr: 'Date' }),
      {
        key: 'date_inferred',
        label: { en: 'Date worked out (not stated by a source)', fr: 'Date déduite (non donnée par une source)' },
        csvOnly: true,
      },
      { key: 'strand', label: { en: 'Strand code', fr: 'Code du volet' }, csvOnly: true },
      ...enFr('strand_label', { en: 'Strand', fr: 'Volet' }),
      { key: 'title_en', label: { en: 'What happened', fr: 'Ce qui s’est passé' }, lang: 'en' },
      { key: 'title_fr', label: { en: 'What happened', fr: 'Ce qui s’est passé' }, lang: 'fr' },
      { key: 'city_id', label: { en: 'City id', fr: 'Identifiant de la ville' }, csvOnly: true },
      { key: 'id', label: { en: 'Row id', fr: 'Identifiant de la ligne' }, csvOnly: true },
      sourcesColumn,
    ],
    rows: timelineRows(data).map((r) => ({
      date: r.item.date,
      date_label_en: dateLabel('en', r),
      date_label_fr: dateLabel('fr', r),
      date_inferred: r.dateInferred ? 'yes' : 'no',
      strand: r.item.strand,
      strand_label_en: TIMELINE_MESSAGES.en.strands[r.item.strand].label,
      strand_label_fr: TIMELINE_MESSAGES.fr.strands[r.item.strand].label,
      title_en: r.item.title.en,
      title_fr: r.item.title.fr,
      city_id: r.cityId ?? '',
      id: r.item.id,
      source_ids: r.sourceIds.join(';'),
    })),
  }),
  sources: (data) => uniqueSources(timelineRows(data).map((r) => r.sourceIds)),
  // A lane no state brings into focus stays grey throughout, so its colour key would explain nothing
  // on the chart (its name is on the lane itself).
  legend: (_data, states) =>
    STRANDS.filter(
      (strand) => !states || states.some((state) => [strand, 'all'].includes((state as Partial<TimelineState>).strand ?? 'all')),
    ).map((strand) => ({
      key: strand,
      label: { en: TIMELINE_MESSAGES.en.strands[strand].label, fr: TIMELINE_MESSAGES.fr.strands[strand].label },
      swatch: symbol(STRAND_STYLE[strand].shape, 8, 8, 5.5, STRAND_STYLE[strand].color),
    })),
};

export default entry;
