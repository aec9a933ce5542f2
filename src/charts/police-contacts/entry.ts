/** The `police-contacts` chart's page apparatus: the rows it draws, its table and CSV, sources and method note. */
import { col, enFr, sourcesColumn, uniqueSources } from '../common/table.ts';
import { formatPeriod } from '../common/period.ts';
import { localized } from '../../i18n/locale.ts';
import { policeContactsChart, policeContactsData, valueLabel, type PoliceContactsData } from './chart.ts';
import { messages } from './messages.ts';
import type { ChartEntry } from '../types.ts';

const entry: ChartEntry<PoliceContactsData> = {
  module: policeContactsChart,
  files: ['police_cbsa_contacts.csv'],
  picturesSayItAll: true,
  method: {
    en: 'Bars are drawn for one measure at a time (calls, status checks, communications, requests or contacts), on one scale shared by every force with that measure; a figure of another measure is given as a number without a bar, since the measures count different things and are never added up or compared. The bar’s fill says whose count it is. Hedges such as “more than” are the source’s.',
    fr: 'Les barres sont tracées pour une mesure à la fois (appels, vérifications de statut, communications, demandes ou contacts), sur une même échelle pour tous les corps policiers qui ont cette mesure; un chiffre d’une autre mesure est donné en nombre, sans barre, car les mesures comptent des choses différentes et ne sont jamais additionnées ni comparées. Le remplissage de la barre indique qui a compté. Les nuances comme « plus de » viennent de la source.',
  },
  select: (data) => policeContactsData(data),
  table: (data) => ({
    columns: [
      col('id', 'Row id', 'Identifiant de la ligne', { csvOnly: true }),
      col('force', 'Force code', 'Code du corps policier', { csvOnly: true }),
      ...enFr('force_label', { en: 'Police force', fr: 'Corps policier' }),
      col('measure', 'Measure code', 'Code de la mesure', { csvOnly: true }),
      ...enFr('measure_label', { en: 'What was counted', fr: 'Ce qui a été compté' }),
      col('period_start', 'From', 'Du', { csvOnly: true }),
      col('period_end', 'To', 'Au', { csvOnly: true }),
      ...enFr('period', { en: 'Period', fr: 'Période' }),
      col('qualifier', 'Qualifier code', 'Code de la nuance', { csvOnly: true }),
      col('value', 'Count', 'Nombre', { kind: 'number', csvOnly: true }),
      ...enFr('count', { en: 'Count', fr: 'Nombre' }),
      col('counted_by', 'Counted by (code)', 'Compté par (code)', { csvOnly: true }),
      ...enFr('counted_by_label', { en: 'Counted by', fr: 'Compté par' }),
      ...enFr('reported_by', { en: 'Reported by', fr: 'Rapporté par' }),
      sourcesColumn,
    ],
    rows: data.policeCbsaContacts.map((r) => ({
      id: r.id,
      force: r.force,
      force_label_en: messages.en.forces[r.force],
      force_label_fr: messages.fr.forces[r.force],
      measure: r.measure,
      measure_label_en: messages.en.measures[r.measure],
      measure_label_fr: messages.fr.measures[r.measure],
      period_start: r.period_start.iso,
      period_end: r.period_end.iso,
      period_en: formatPeriod('en', r.period_start, r.period_end),
      period_fr: formatPeriod('fr', r.period_start, r.period_end),
      qualifier: r.qualifier,
      value: r.value,
      count_en: valueLabel('en', r),
      count_fr: valueLabel('fr', r),
      counted_by: r.counted_by,
      counted_by_label_en: messages.en.counters[r.counted_by],
      counted_by_label_fr: messages.fr.counters[r.counted_by],
      reported_by_en: localized(r, 'reported_by', 'en'),
      reported_by_fr: localized(r, 'reported_by', 'fr'),
      source_ids: r.source_ids.join(';'),
    })),
  }),
  sources: (data) => uniqueSources(data.policeCbsaContacts.map((r) => r.source_ids)),
};

export default entry;
