/** The `services` chart's page apparatus: the rows it draws, its table and CSV, sources and method note. */
import { localized } from '../../i18n/locale.ts';
import { col, enFr, sourcesColumn, uniqueSources } from '../common/table.ts';
import { servicesChart, servicesData, type ServicesData } from './chart.ts';
import { messages } from './messages.ts';
import type { ChartEntry } from '../types.ts';

const entry: ChartEntry<ServicesData> = {
  module: servicesChart,
  files: ['service_coverage.csv', 'services.csv', 'municipalities.csv'],
  method: {
    en: 'One mark per city and service that a source names for that city’s policy; its shape and colour say what the source says. A dash means no source found mentions that service for that city. Services are grouped by who runs them. On a phone, the overview lists the services covered most often and one step shows one city’s list.',
    fr: 'Une marque par ville et par service qu’une source nomme pour la politique de cette ville; sa forme et sa couleur disent ce qu’affirme la source. Un tiret signifie qu’aucune source trouvée ne mentionne ce service pour cette ville. Les services sont regroupés selon qui les offre. Sur un téléphone, la vue d’ensemble énumère les services les plus souvent couverts et chaque étape montre la liste d’une ville.',
  },
  select: (data) => servicesData(data),
  table(data) {
    const cities = new Map(data.municipalities.map((m) => [m.id, m]));
    const services = new Map(data.services.map((s) => [s.id, s]));
    return {
      columns: [
        col('city_id', 'City id', 'Identifiant de la ville', { csvOnly: true }),
        ...enFr('city', { en: 'City', fr: 'Ville' }),
        col('service_id', 'Service id', 'Identifiant du service', { csvOnly: true }),
        ...enFr('service', { en: 'Service', fr: 'Service' }),
        col('jurisdiction', 'Run by (code)', 'Offert par (code)', { csvOnly: true }),
        ...enFr('run_by', { en: 'Run by', fr: 'Offert par' }),
        col('coverage', 'Coverage (code)', 'Couverture (code)', { csvOnly: true }),
        ...enFr('coverage_label', { en: 'What the policy does', fr: 'Ce que prévoit la politique' }),
        ...enFr('detail', { en: 'What the source says', fr: 'Ce que dit la source' }),
        sourcesColumn,
      ],
      rows: data.serviceCoverage.map((r) => {
        const city = cities.get(r.city_id)!;
        const service = services.get(r.service_id)!;
        return {
          city_id: r.city_id,
          city_en: city.name_en,
          city_fr: localized(city, 'name', 'fr'),
          service_id: r.service_id,
          service_en: service.label_en,
          service_fr: localized(service, 'label', 'fr'),
          jurisdiction: service.jurisdiction,
          run_by_en: messages.en.jurisdictions[service.jurisdiction],
          run_by_fr: messages.fr.jurisdictions[service.jurisdiction],
          coverage: r.coverage,
          coverage_label_en: messages.en.coverage[r.coverage],
          coverage_label_fr: messages.fr.coverage[r.coverage],
          detail_en: r.detail_en,
          detail_fr: localized(r, 'detail', 'fr'),
          source_ids: r.source_ids.join(';'),
        };
      }),
    };
  },
  sources: (data) => uniqueSources(data.serviceCoverage.map((r) => r.source_ids)),
};

export default entry;
