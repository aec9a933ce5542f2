/** The `police-contacts` chart's page apparatus: the rows it draws, its table and CSV, sources and method note. */
import { col, sourcesColumn, uniqueSources } from '../common/table.ts';
import { policeContactsChart, policeContactsData, type PoliceContactsData } from './chart.ts';
import type { ChartEntry } from '../types.ts';

const entry: ChartEntry<PoliceContactsData> = {
  module: policeContactsChart,
  files: ['police_cbsa_contacts.csv'],
  method: {
    en: 'Each measure (calls, status checks, communications, requests, contacts) has its own section and scale and is never added to or compared with another; each force has its own panel. The bar’s fill says whose count it is. Hedges such as “more than” are the source’s.',
    fr: 'Chaque mesure (appels, vérifications de statut, communications, requêtes, contacts) a sa propre section et sa propre échelle; elle n’est jamais additionnée à une autre ni comparée avec elle. Chaque corps policier a son panneau. Le remplissage de la barre indique qui a compté. Les nuances comme « plus de » viennent de la source.',
  },
  select: (data) => policeContactsData(data),
  table: (data) => ({
    columns: [
      col('id', 'Row id', 'Identifiant de la ligne'),
      col('force', 'Force', 'Corps policier'),
      col('measure', 'Measure', 'Mesure'),
      col('period_start', 'From', 'Du'),
      col('period_end', 'To', 'Au'),
      col('qualifier', 'Qualifier', 'Nuance'),
      col('value', 'Count', 'Nombre', { kind: 'number' }),
      col('counted_by', 'Counted by', 'Compté par'),
      col('reported_by', 'Reported by', 'Publié par'),
      sourcesColumn,
    ],
    rows: data.policeCbsaContacts.map((r) => ({
      id: r.id,
      force: r.force,
      measure: r.measure,
      period_start: r.period_start.iso,
      period_end: r.period_end.iso,
      qualifier: r.qualifier,
      value: r.value,
      counted_by: r.counted_by,
      reported_by: r.reported_by,
      source_ids: r.source_ids.join(';'),
    })),
  }),
  sources: (data) => uniqueSources(data.policeCbsaContacts.map((r) => r.source_ids)),
};

export default entry;
