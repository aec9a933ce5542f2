/** The `timeline` chart's page apparatus: the rows it draws, its table and CSV, sources and method note. */
import { symbol } from '../common/draw.ts';
import { enFr, sourcesColumn, uniqueSources } from '../common/table.ts';
import { STRANDS, STRAND_STYLE, timelineChart, type TimelineData, type TimelineState } from './chart.ts';
import { timelineRows } from './data.ts';
import { TIMELINE_MESSAGES } from './messages.ts';
import type { ChartEntry } from '../types.ts';
import type { PartialDate } from '../../data/schema-kit.ts';
import { formatDateSpan } from '../../i18n/locale.ts';

/** A date as the item carries it (2017, 2017-02 or 2017-02-20), for formatting. */
function partialDate(iso: string): PartialDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  return { year, iso, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

const entry: ChartEntry<TimelineData> = {
  module: timelineChart,
  files: ['council_actions.csv', 'events.csv', 'municipalities.csv'],
  method: {
    en: 'One mark per council action and per dated event, placed at its date (mid-month or mid-year when the day or month is not known), in one lane per strand of the story.',
    fr: 'Une marque par geste municipal et par événement daté, placée à sa date (au milieu du mois ou de l’année quand le jour ou le mois est inconnu), une ligne par volet de l’histoire.',
  },
  select: (data) => ({ items: timelineRows(data).map((r) => r.item) }),
  table: (data) => ({
    columns: [
      { key: 'date', label: { en: 'Date (ISO)', fr: 'Date (ISO)' }, csvOnly: true },
      ...enFr('date_label', { en: 'Date', fr: 'Date' }),
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
      date_label_en: formatDateSpan('en', partialDate(r.item.date), r.until),
      date_label_fr: formatDateSpan('fr', partialDate(r.item.date), r.until),
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
