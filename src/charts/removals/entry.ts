/** The `removals` chart's page apparatus: the rows it draws, its table and CSV, sources and method note. */
import { localized } from '../../i18n/locale.ts';
import type { Dataset } from '../../data/schemas.ts';
import { barSwatch, dashedTickSwatch } from '../common/bars.ts';
import { PALETTE } from '../common/palette.ts';
import { col, enFr, sourcesColumn, uniqueSources } from '../common/table.ts';
import { removalsChart, shortPeriodNote, removalsData, type RemovalsData } from './chart.ts';
import { messages } from './messages.ts';
import type { ChartEntry } from '../types.ts';

const both = (pick: (m: (typeof messages)['en']) => string) => ({ en: pick(messages.en), fr: pick(messages.fr) });

const nationalRemovals = (data: Dataset) => data.cbsaRemovals.filter((r) => r.region === 'total').sort((a, b) => a.year - b.year);

const entry: ChartEntry<RemovalsData> = {
  module: removalsChart,
  files: ['cbsa_removals.csv'],
  method: {
    en: 'Enforced removals for all of Canada by calendar year, as CBSA’s removals table gives them. A year that is not complete is drawn hollow and hatched with the months it covers; a dashed tick marks the figure an earlier version of the same table gave, where it differed.',
    fr: 'Renvois exécutés pour tout le Canada par année civile, tels que les donne le tableau des renvois de l’ASFC. Une année incomplète est dessinée évidée et hachurée, avec les mois qu’elle couvre; un trait pointillé marque le chiffre d’une version antérieure du même tableau, quand il différait.',
  },
  select: (data) => removalsData(data),
  table: (data) => ({
    columns: [
      col('year', 'Year', 'Année'),
      col('value', 'Removals', 'Renvois', { kind: 'number' }),
      col('partial_year', 'Partial year (code)', 'Année partielle (code)', { csvOnly: true }),
      ...enFr('year_kind', { en: 'Full or partial year', fr: 'Année complète ou partielle' }),
      ...enFr('period_note', { en: 'Period covered', fr: 'Période couverte' }),
      col('earlier_value', 'Earlier version of the table', 'Version antérieure du tableau', { kind: 'number' }),
      sourcesColumn,
    ],
    rows: nationalRemovals(data).map((r) => ({
      year: String(r.year),
      value: r.value,
      partial_year: r.partial_year ? 'yes' : 'no',
      year_kind_en: r.partial_year ? messages.en.partialYes(shortPeriodNote(r, 'en')) : messages.en.partialNo,
      year_kind_fr: r.partial_year ? messages.fr.partialYes(messages.fr.periodInSentence(shortPeriodNote(r, 'fr'))) : messages.fr.partialNo,
      period_note_en: r.period_note_en ?? '',
      period_note_fr: localized(r, 'period_note', 'fr'),
      earlier_value: r.earlier_value ?? '',
      source_ids: r.source_ids.join(';'),
    })),
  }),
  sources: (data) => uniqueSources(nationalRemovals(data).map((r) => r.source_ids)),
  legend: () => [
    { key: 'full', label: both((m) => m.full), swatch: barSwatch('solid', PALETTE.blue) },
    { key: 'partial', label: both((m) => m.partial), swatch: barSwatch('hatched', PALETTE.blue) },
    { key: 'earlier', label: both((m) => m.earlier), swatch: dashedTickSwatch() },
  ],
};

export default entry;
