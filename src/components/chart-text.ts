/** Words around the charts (captions, step links, notes), in both languages. */
import type { Lang } from '../i18n/locale.ts';
import { frenchTypography } from '../i18n/typography.ts';

export const CHART_TEXT = {
  en: {
    step: (n: number, of: number) => `Step ${n} of ${of}`,
    stepLinkLabel: (n: number, of: number) => `Step ${n} of ${of}: link to this step`,
    legend: 'Legend',
    sources: 'Sources',
    method: 'How it is drawn',
    updated: 'Data last updated',
    getData: 'Get the data (CSV)',
    table: 'Show the data as a table',
    chartState: 'What the chart shows',
  },
  fr: {
    step: (n: number, of: number) => `Étape ${n} sur ${of}`,
    stepLinkLabel: (n: number, of: number) => frenchTypography(`Étape ${n} sur ${of} : lien vers cette étape`),
    legend: 'Légende',
    sources: 'Sources',
    method: 'Méthode',
    updated: 'Données mises à jour le',
    getData: 'Télécharger les données (CSV)',
    table: 'Afficher les données sous forme de tableau',
    chartState: 'Ce que montre le graphique',
  },
} as const satisfies Record<Lang, unknown>;
