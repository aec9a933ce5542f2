/** The `police-path` chart's page apparatus: the rows it draws, its table and CSV, sources and method note. */
import { col, enFr, sourcesColumn, uniqueSources } from '../common/table.ts';
import { policePathChart, policePathData, policePathStages, type PolicePathData } from './chart.ts';
import type { ChartEntry } from '../types.ts';

const entry: ChartEntry<PolicePathData> = {
  module: policePathChart,
  files: ['police_cbsa_contacts.csv', 'figures.csv', 'events.csv', 'sources.csv'],
  picturesSayItAll: true,
  method: {
    en: 'The five steps summarise how the cited sources describe a routine police stop leading to CBSA. Every number and date in the boxes comes from the project’s data on police contacts with CBSA, single sourced figures and dated events (all under “Get the data”), and the outlets behind the numbers are named under their box.',
    fr: 'Les cinq étapes résument comment les sources citées décrivent une interpellation policière de routine menant à l’ASFC. Chaque nombre et chaque date des encadrés proviennent des données du projet sur les contacts des corps policiers avec l’ASFC, sur des chiffres isolés et sur des événements datés (toutes dans « Télécharger les données »), et les médias à l’origine des nombres sont nommés sous leur encadré.',
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

export default entry;
