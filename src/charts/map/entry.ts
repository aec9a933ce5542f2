/** The `map` chart's page apparatus: the rows it draws, its table and CSV, sources and method note. */
import { localized } from '../../i18n/locale.ts';
import { PROVINCE_NAMES, STATUS_LABELS } from '../../i18n/ui.ts';
import { symbol } from '../common/draw.ts';
import { STATUS_STYLE } from '../common/status-style.ts';
import { enFr, sourcesColumn, uniqueSources } from '../common/table.ts';
import { basemapDefs, mapChart, STATUS_ORDER, type MapData } from './chart.ts';
import { shippedBasemap } from './basemap.ts';
import { cityHistories, mapData } from './data.ts';
import type { ChartEntry } from '../types.ts';

const entry: ChartEntry<MapData> = {
  module: mapChart,
  files: ['municipalities.csv', 'council_actions.csv'],
  method: {
    en: 'Each city appears in the year of its first recorded council action, coloured by the status that action or a later one gave it by the end of each year; the last year shows each city’s latest status. Cities in the Windsor–Québec corridor are shown in the enlarged panel; where two cities are too close to tell apart, their marks are nudged apart.',
    fr: 'Chaque ville apparaît l’année de son premier geste municipal connu, selon le statut que ce geste ou un geste ultérieur lui donnait à la fin de chaque année; la dernière année montre le statut le plus récent. Les villes du corridor Windsor–Québec figurent dans le panneau agrandi; quand deux villes sont trop proches pour être distinguées, leurs marques sont légèrement écartées.',
  },
  select: (data, { instanceId }) => mapData(data, `${instanceId}-basemap`),
  defs: (data, { instanceId }) => basemapDefs(shippedBasemap(data), `${instanceId}-basemap`),
  table(data) {
    const { histories } = cityHistories(data);
    return {
      columns: [
        { key: 'city_id', label: { en: 'City id', fr: 'Identifiant' }, csvOnly: true },
        ...enFr('city', { en: 'City', fr: 'Ville' }),
        { key: 'province', label: { en: 'Province code', fr: 'Code de province' }, csvOnly: true },
        ...enFr('province_name', { en: 'Province', fr: 'Province' }),
        { key: 'year', label: { en: 'From end of', fr: 'Dès la fin de' } },
        { key: 'status', label: { en: 'Status code', fr: 'Code de statut' }, csvOnly: true },
        ...enFr('status_label', { en: 'Status', fr: 'Statut' }),
        { key: 'lat', label: { en: 'Latitude', fr: 'Latitude' }, kind: 'number', csvOnly: true },
        { key: 'lon', label: { en: 'Longitude', fr: 'Longitude' }, kind: 'number', csvOnly: true },
        sourcesColumn,
      ],
      rows: histories.flatMap(({ city, changes }) =>
        changes.map((c) => ({
          city_id: city.id,
          city_en: city.name_en,
          city_fr: localized(city, 'name', 'fr'),
          province: city.province,
          province_name_en: PROVINCE_NAMES.en[city.province] ?? city.province,
          province_name_fr: PROVINCE_NAMES.fr[city.province] ?? city.province,
          year: c.year,
          status: c.status,
          status_label_en: STATUS_LABELS.en[c.status]!,
          status_label_fr: STATUS_LABELS.fr[c.status]!,
          lat: city.lat,
          lon: city.lon,
          source_ids: c.sourceIds.join(';'),
        })),
      ),
    };
  },
  sources: (data) => uniqueSources(cityHistories(data).histories.flatMap((h) => h.changes.map((c) => c.sourceIds))),
  legend: () =>
    STATUS_ORDER.map((status) => ({
      key: status,
      label: { en: STATUS_LABELS.en[status]!, fr: STATUS_LABELS.fr[status]! },
      swatch: symbol(STATUS_STYLE[status].shape, 8, 8, 5.5, STATUS_STYLE[status].color),
    })),
};

export default entry;
