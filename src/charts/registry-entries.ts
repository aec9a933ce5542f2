/**
 * Registry entries for the services, police and federal charts (services, police-path, police-contacts,
 * removals, crossings, estimates): what each draws from the data, the table and CSV under it, its
 * sources and method note. src/charts/registry.ts lists them beside the map and timeline.
 */
import type { Dataset } from '../data/schemas.ts';
import { formatDate } from '../i18n/locale.ts';
import type { Bilingual } from './common/text.ts';
import { crossingsChart, crossingsData, type CrossingsData } from './crossings.ts';
import { estimatesChart, estimatesData, type EstimatesData } from './estimates.ts';
import { policeContactsChart, policeContactsData, type PoliceContactsData } from './police-contacts.ts';
import { policePathChart, policePathData, policePathStages, type PolicePathData } from './police-path.ts';
import type { ChartColumn, ChartEntry } from './registry.ts';
import { removalsChart, removalsData, type RemovalsData } from './removals.ts';
import { servicesChart, servicesData, type ServicesData } from './services.ts';

const uniqueSources = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())].sort();
const sourcesColumn: ChartColumn = { key: 'source_ids', label: { en: 'Sources', fr: 'Sources' }, kind: 'sources' };
const col = (key: string, en: string, fr: string, extra: Partial<ChartColumn> = {}): ChartColumn => ({ key, label: { en, fr }, ...extra });
const enFr = (key: string, label: Bilingual): ChartColumn[] => [
  { key: `${key}_en`, label, lang: 'en' },
  { key: `${key}_fr`, label, lang: 'fr' },
];

export const servicesEntry: ChartEntry<ServicesData> = {
  module: servicesChart,
  files: ['service_coverage.csv', 'services.csv', 'municipalities.csv'],
  method: {
    en: 'One mark per city and service that a source names for that city’s policy; its shape and colour say what the source says. A dash means no source found mentions that service for that city. Services are grouped by who runs them.',
    fr: 'Une marque par ville et par service qu’une source nomme pour la politique de cette ville; sa forme et sa couleur disent ce qu’affirme la source. Un tiret signifie qu’aucune source trouvée ne mentionne ce service pour cette ville. Les services sont regroupés selon qui les offre.',
  },
  select: (data) => servicesData(data),
  table(data) {
    const cities = new Map(data.municipalities.map((m) => [m.id, m]));
    const services = new Map(data.services.map((s) => [s.id, s]));
    return {
      columns: [
        col('city_id', 'City id', 'Identifiant de la ville'),
        ...enFr('city', { en: 'City', fr: 'Ville' }),
        col('service_id', 'Service id', 'Identifiant du service'),
        ...enFr('service', { en: 'Service', fr: 'Service' }),
        col('jurisdiction', 'Run by', 'Offert par'),
        col('coverage', 'Coverage', 'Couverture'),
        ...enFr('detail', { en: 'What the source says', fr: 'Ce que dit la source' }),
        sourcesColumn,
      ],
      rows: data.serviceCoverage.map((r) => {
        const city = cities.get(r.city_id)!;
        const service = services.get(r.service_id)!;
        return {
          city_id: r.city_id,
          city_en: city.name_en,
          city_fr: city.name_fr || city.name_en,
          service_id: r.service_id,
          service_en: service.label_en,
          service_fr: service.label_fr || service.label_en,
          jurisdiction: service.jurisdiction,
          coverage: r.coverage,
          detail_en: r.detail_en,
          detail_fr: r.detail_fr || r.detail_en,
          source_ids: r.source_ids.join(';'),
        };
      }),
    };
  },
  sources: (data) => uniqueSources(data.serviceCoverage.map((r) => r.source_ids)),
};

export const policePathEntry: ChartEntry<PolicePathData> = {
  module: policePathChart,
  files: ['police_cbsa_contacts.csv', 'events.csv'],
  method: {
    en: 'The five steps summarise how the cited sources describe a routine police stop leading to CBSA. Every number and date in the boxes is read from police_cbsa_contacts.csv and events.csv.',
    fr: 'Les cinq étapes résument comment les sources citées décrivent une interpellation policière de routine menant à l’ASFC. Chaque nombre et chaque date des encadrés proviennent de police_cbsa_contacts.csv et d’events.csv.',
  },
  select: (data) => policePathData(data),
  table(data) {
    const en = policePathStages(data, 'en');
    const fr = policePathStages(data, 'fr');
    return {
      columns: [
        col('stage', 'Step', 'Étape', { kind: 'number' }),
        ...enFr('title', { en: 'Step', fr: 'Étape' }),
        ...enFr('text', { en: 'What the sources say', fr: 'Ce que disent les sources' }),
        sourcesColumn,
      ],
      rows: en.map((s, i) => ({
        stage: s.stage,
        title_en: s.title,
        title_fr: fr[i]!.title,
        text_en: s.body,
        text_fr: fr[i]!.body,
        source_ids: s.sourceIds.join(';'),
      })),
    };
  },
  sources: (data) => uniqueSources(policePathStages(data, 'en').map((s) => s.sourceIds)),
};

export const policeContactsEntry: ChartEntry<PoliceContactsData> = {
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

const nationalRemovals = (data: Dataset) => data.cbsaRemovals.filter((r) => r.region === 'total').sort((a, b) => a.year - b.year);

export const removalsEntry: ChartEntry<RemovalsData> = {
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
      col('partial_year', 'Partial year', 'Année partielle'),
      ...enFr('period_note', { en: 'Period covered', fr: 'Période couverte' }),
      col('earlier_value', 'Earlier version of the table', 'Version antérieure du tableau', { kind: 'number' }),
      sourcesColumn,
    ],
    rows: nationalRemovals(data).map((r) => ({
      year: String(r.year),
      value: r.value,
      partial_year: r.partial_year ? 'yes' : 'no',
      period_note_en: r.period_note_en ?? '',
      period_note_fr: r.period_note_fr || r.period_note_en || '',
      earlier_value: r.earlier_value ?? '',
      source_ids: r.source_ids.join(';'),
    })),
  }),
  sources: (data) => uniqueSources(nationalRemovals(data).map((r) => r.source_ids)),
};

const nationalInterceptions = (data: Dataset) =>
  data.rcmpInterceptions
    .filter((r) => r.region === 'canada')
    .sort((a, b) => (a.period === b.period ? a.date.iso.localeCompare(b.date.iso) : a.period === 'year' ? 1 : -1));

export const crossingsEntry: ChartEntry<CrossingsData> = {
  module: crossingsChart,
  files: ['rcmp_interceptions.csv'],
  method: {
    en: 'People the RCMP intercepted between ports of entry, national totals. Months flagged preliminary come from press releases that were later revised; they are drawn hollow and hatched and need not add up to the annual total, which is the figure to use for a whole year.',
    fr: 'Personnes interceptées par la GRC entre les points d’entrée, totaux nationaux. Les mois signalés comme provisoires viennent de communiqués révisés par la suite; ils sont dessinés évidés et hachurés et leur somme peut différer du total annuel, le chiffre à retenir pour une année entière.',
  },
  select: (data) => crossingsData(data),
  table: (data) => ({
    columns: [
      col('period', 'Period', 'Période'),
      col('date', 'Month or year', 'Mois ou année'),
      ...enFr('label', { en: 'When', fr: 'Quand' }),
      col('value', 'People intercepted', 'Personnes interceptées', { kind: 'number' }),
      col('preliminary', 'Preliminary', 'Provisoire'),
      sourcesColumn,
    ],
    rows: nationalInterceptions(data).map((r) => ({
      period: r.period,
      date: r.date.iso,
      label_en: formatDate('en', r.date),
      label_fr: formatDate('fr', r.date),
      value: r.value,
      preliminary: r.preliminary ? 'yes' : 'no',
      source_ids: r.source_ids.join(';'),
    })),
  }),
  sources: (data) => uniqueSources(nationalInterceptions(data).map((r) => r.source_ids)),
};

export const estimatesEntry: ChartEntry<EstimatesData> = {
  module: estimatesChart,
  files: ['nonstatus_estimates.csv'],
  method: {
    en: 'Each published estimate is drawn as its low–high range on a logarithmic axis, so that city ranges in the thousands and national ones in the hundreds of thousands are both readable. An estimate that gives only a maximum is a dashed line with an open end. None of these is a count.',
    fr: 'Chaque estimation publiée est dessinée comme une fourchette sur un axe logarithmique, pour que les fourchettes des villes (milliers) et celles du pays (centaines de milliers) restent lisibles. Une estimation qui ne donne qu’un maximum est une ligne pointillée ouverte. Aucune n’est un décompte.',
  },
  select: (data) => estimatesData(data),
  table: (data) => ({
    columns: [
      col('area', 'Area', 'Lieu'),
      ...enFr('estimator', { en: 'Estimate by', fr: 'Estimation de' }),
      col('estimator_kind', 'Kind', 'Type'),
      col('date', 'Published', 'Publiée'),
      col('low', 'Low', 'Minimum', { kind: 'number' }),
      col('high', 'High', 'Maximum', { kind: 'number' }),
      col('confidence', 'Confidence', 'Fiabilité'),
      sourcesColumn,
    ],
    rows: data.nonstatusEstimates.map((e) => ({
      area: e.area,
      estimator_en: e.estimator_en,
      estimator_fr: e.estimator_fr || e.estimator_en,
      estimator_kind: e.estimator_kind,
      date: e.date.iso,
      low: e.low ?? '',
      high: e.high,
      confidence: e.confidence,
      source_ids: e.source_ids.join(';'),
    })),
  }),
  sources: (data) => uniqueSources(data.nonstatusEstimates.map((e) => e.source_ids)),
};
