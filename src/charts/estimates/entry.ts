/** The `estimates` chart's page apparatus: the rows it draws, its table and CSV, sources and method note. */
import { col, enFr, sourcesColumn, uniqueSources } from '../common/table.ts';
import { estimatesChart, estimatesData, type EstimatesData } from './chart.ts';
import type { ChartEntry } from '../types.ts';

const entry: ChartEntry<EstimatesData> = {
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

export default entry;
