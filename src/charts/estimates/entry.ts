/** The `estimates` chart's page apparatus: the rows it draws, its table and CSV, sources and method note. */
import { formatDate, localized } from '../../i18n/locale.ts';
import { symbol } from '../common/draw.ts';
import { col, enFr, sourcesColumn, uniqueSources } from '../common/table.ts';
import { estimatesChart, estimatesData, KIND_ORDER, KIND_STYLES, rangeShort, upperBoundSwatch, type EstimatesData } from './chart.ts';
import { messages } from './messages.ts';
import type { ChartEntry } from '../types.ts';

const entry: ChartEntry<EstimatesData> = {
  module: estimatesChart,
  files: ['nonstatus_estimates.csv'],
  picturesSayItAll: true,
  method: {
    en: 'Each published estimate is drawn as its low–high range on a logarithmic axis, so that city ranges in the thousands and national ones in the hundreds of thousands are both readable. An estimate that gives only a maximum is a dashed line with an open end. None of these is a count.',
    fr: 'Chaque estimation publiée est dessinée comme une fourchette sur un axe logarithmique, pour que les fourchettes des villes (milliers) et celles du pays (centaines de milliers) restent lisibles. Une estimation qui ne donne qu’un maximum est une ligne pointillée ouverte. Aucune n’est un décompte.',
  },
  select: (data) => estimatesData(data),
  table: (data) => ({
    columns: [
      col('id', 'Id', 'Identifiant', { csvOnly: true }),
      col('area', 'Area (code)', 'Lieu (code)', { csvOnly: true }),
      ...enFr('area_label', { en: 'Area', fr: 'Lieu' }),
      ...enFr('estimator', { en: 'Estimate by', fr: 'Estimation de' }),
      col('estimator_kind', 'Kind (code)', 'Type (code)', { csvOnly: true }),
      ...enFr('kind', { en: 'Kind', fr: 'Type' }),
      col('date', 'Published (ISO)', 'Publiée (ISO)', { csvOnly: true }),
      ...enFr('published', { en: 'Published', fr: 'Publiée' }),
      ...enFr('range', { en: 'Estimate', fr: 'Estimation' }),
      col('low', 'Low', 'Minimum', { kind: 'number', csvOnly: true }),
      col('high', 'High', 'Maximum', { kind: 'number', csvOnly: true }),
      col('confidence', 'Confidence (code)', 'Fiabilité (code)', { csvOnly: true }),
      ...enFr('sourcing', { en: 'Strength of sourcing', fr: 'Solidité des sources' }),
      sourcesColumn,
    ],
    rows: data.nonstatusEstimates.map((e) => ({
      id: e.id,
      area: e.area,
      area_label_en: messages.en.areas[e.area],
      area_label_fr: messages.fr.areas[e.area],
      estimator_en: e.estimator_en,
      estimator_fr: localized(e, 'estimator', 'fr'),
      estimator_kind: e.estimator_kind,
      kind_en: messages.en.kinds[e.estimator_kind],
      kind_fr: messages.fr.kinds[e.estimator_kind],
      date: e.date.iso,
      published_en: formatDate('en', e.date),
      published_fr: formatDate('fr', e.date),
      range_en: rangeShort('en', e),
      range_fr: rangeShort('fr', e),
      low: e.low ?? '',
      high: e.high,
      confidence: e.confidence,
      sourcing_en: messages.en.sourcing[e.confidence],
      sourcing_fr: messages.fr.sourcing[e.confidence],
      source_ids: e.source_ids.join(';'),
    })),
  }),
  sources: (data) => uniqueSources(data.nonstatusEstimates.map((e) => e.source_ids)),
  legend: (data) => {
    const drawn = new Set(data.nonstatusEstimates.map((e) => e.estimator_kind));
    return [
      ...KIND_ORDER.filter((k) => drawn.has(k)).map((k) => ({
        key: k,
        label: { en: messages.en.kinds[k], fr: messages.fr.kinds[k] },
        swatch: symbol(KIND_STYLES[k].shape, 8, 8, 5.5, KIND_STYLES[k].color),
      })),
      ...(data.nonstatusEstimates.some((e) => e.low === undefined)
        ? [
            {
              key: 'upper_bound',
              label: { en: messages.en.upperBoundLegend, fr: messages.fr.upperBoundLegend },
              swatch: upperBoundSwatch(),
            },
          ]
        : []),
    ];
  },
};

export default entry;
