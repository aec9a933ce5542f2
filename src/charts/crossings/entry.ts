/** The `crossings` chart's page apparatus: the rows it draws, its table and CSV, sources and method note. */
import type { Dataset } from '../../data/schemas.ts';
import { formatDate } from '../../i18n/locale.ts';
import { barSwatch } from '../common/bars.ts';
import { PALETTE } from '../common/palette.ts';
import { col, enFr, sourcesColumn, uniqueSources } from '../common/table.ts';
import { crossingsChart, crossingsData, type CrossingsData } from './chart.ts';
import { messages } from './messages.ts';
import type { ChartEntry } from '../types.ts';

const nationalInterceptions = (data: Dataset) =>
  data.rcmpInterceptions
    .filter((r) => r.region === 'canada')
    .sort((a, b) => (a.period === b.period ? a.date.iso.localeCompare(b.date.iso) : a.period === 'year' ? 1 : -1));

const entry: ChartEntry<CrossingsData> = {
  module: crossingsChart,
  files: ['rcmp_interceptions.csv'],
  method: {
    en: 'People the RCMP intercepted between ports of entry, national totals. Months flagged preliminary are figures from press releases, which may have been revised since (the official monthly table was not found); they are drawn hollow and hatched and need not add up to the annual total, which is the figure to use for a whole year.',
    fr: 'Personnes interceptées par la GRC entre les points d’entrée, totaux nationaux. Les mois signalés comme provisoires sont des chiffres de communiqués, qui ont pu être révisés depuis (le tableau mensuel officiel n’a pas été trouvé); ils sont dessinés évidés et hachurés et leur somme peut différer du total annuel, le chiffre à retenir pour une année entière.',
  },
  select: (data) => crossingsData(data),
  table: (data) => ({
    columns: [
      col('period', 'Period (code)', 'Période (code)', { csvOnly: true }),
      col('date', 'Date (ISO)', 'Date (ISO)', { csvOnly: true }),
      ...enFr('period_label', { en: 'Period', fr: 'Période' }),
      ...enFr('label', { en: 'When', fr: 'Quand' }),
      col('value', 'People intercepted', 'Personnes interceptées', { kind: 'number' }),
      col('preliminary', 'Preliminary (code)', 'Provisoire (code)', { csvOnly: true }),
      ...enFr('figure', { en: 'Figure', fr: 'Chiffre' }),
      sourcesColumn,
    ],
    rows: nationalInterceptions(data).map((r) => ({
      period: r.period,
      date: r.date.iso,
      period_label_en: r.period === 'month' ? messages.en.periodMonth : messages.en.periodYear,
      period_label_fr: r.period === 'month' ? messages.fr.periodMonth : messages.fr.periodYear,
      label_en: formatDate('en', r.date),
      label_fr: formatDate('fr', r.date),
      value: r.value,
      preliminary: r.preliminary ? 'yes' : 'no',
      figure_en: r.preliminary ? messages.en.figurePreliminary : messages.en.figurePublished,
      figure_fr: r.preliminary ? messages.fr.figurePreliminary : messages.fr.figurePublished,
      source_ids: r.source_ids.join(';'),
    })),
  }),
  sources: (data) => uniqueSources(nationalInterceptions(data).map((r) => r.source_ids)),
  legend: () => [
    { key: 'published', label: { en: messages.en.published, fr: messages.fr.published }, swatch: barSwatch('solid', PALETTE.blue) },
    { key: 'preliminary', label: { en: messages.en.preliminary, fr: messages.fr.preliminary }, swatch: barSwatch('hatched', PALETTE.blue) },
  ],
};

export default entry;
