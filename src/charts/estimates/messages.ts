/** Every word the `estimates` chart draws or says, in both languages. Numbers arrive already formatted. */
import type { Lang } from '../../i18n/locale.ts';
import type { NonstatusEstimateRow } from '../../data/schemas.ts';

type Area = NonstatusEstimateRow['area'];
type Kind = NonstatusEstimateRow['estimator_kind'];
type Confidence = NonstatusEstimateRow['confidence'];

export interface EstimatesMessages {
  readonly areas: Readonly<Record<Area, string>>;
  readonly kinds: Readonly<Record<Kind, string>>;
  /** The dossier's confidence, as the table says it. */
  readonly sourcing: Readonly<Record<Confidence, string>>;
  readonly upperBoundLegend: string;
  readonly axisTitle: string;
  /** A range as the chart writes it, compactly ("20,000–500,000"), and as a sentence says it. */
  readonly rangeShort: (low: string, high: string) => string;
  readonly rangeWords: (low: string, high: string) => string;
  readonly upTo: (high: string) => string;
  readonly estimateCount: (count: string, plural: boolean) => string;
  readonly areaHighlighted: (area: string, count: string, plural: boolean, items: string) => string;
  readonly item: (who: string, range: string) => string;
  readonly intro: (count: string) => string;
  readonly areaSummary: (area: string, count: string, plural: boolean, bounds: string, span: string) => string;
  readonly span: (low: string, high: string) => string;
  readonly allUpperBounds: string;
  readonly someUpperBounds: (count: string) => string;
  readonly madeBy: (list: string) => string;
  readonly kindCount: (kind: string, count: string) => string;
}

export const messages: Readonly<Record<Lang, EstimatesMessages>> = {
  en: {
    areas: { canada: 'Canada', toronto: 'Toronto', montreal: 'Montreal', edmonton: 'Edmonton' },
    kinds: { government: 'Government', academic: 'Academic', media: 'News media', advocacy: 'Advocates', partisan: 'Partisan outlet' },
    sourcing: { high: 'Strong', medium: 'Moderate', low: 'Weak' },
    upperBoundLegend: 'Upper bound only ("up to")',
    axisTitle: 'People without status (logarithmic scale)',
    rangeShort: (low, high) => `${low}–${high}`,
    rangeWords: (low, high) => `${low} to ${high}`,
    upTo: (high) => `up to ${high}`,
    estimateCount: (count, plural) => `${count} estimate${plural ? 's' : ''}`,
    areaHighlighted: (area, count, plural, items) =>
      `${area} highlighted, ${count} estimate${plural ? 's' : ''}: ${items}. These are estimates, not counts.`,
    item: (who, range) => `${who}: ${range}`,
    intro: (count) =>
      `${count} published estimates of the number of people without immigration status, grouped by area, on a logarithmic scale. These are estimates, not counts.`,
    areaSummary: (area, count, plural, bounds, span) => `${area}: ${count} estimate${plural ? 's' : ''}${bounds}, ${span}.`,
    span: (low, high) => `from ${low} to ${high}`,
    allUpperBounds: ', all giving only an upper bound',
    someUpperBounds: (count) => `, ${count} giving only an upper bound`,
    madeBy: (list) => `Made by: ${list}.`,
    kindCount: (kind, count) => `${kind.toLocaleLowerCase('en')} (${count})`,
  },
  fr: {
    areas: { canada: 'Canada', toronto: 'Toronto', montreal: 'Montréal', edmonton: 'Edmonton' },
    kinds: { government: 'Gouvernement', academic: 'Universitaire', media: 'Médias', advocacy: 'Militants', partisan: 'Média partisan' },
    sourcing: { high: 'Solides', medium: 'Moyennes', low: 'Faibles' },
    upperBoundLegend: 'Seulement un maximum (« jusqu’à »)',
    axisTitle: 'Personnes sans statut (échelle logarithmique)',
    rangeShort: (low, high) => `${low}–${high}`,
    rangeWords: (low, high) => `${low} à ${high}`,
    upTo: (high) => `jusqu’à ${high}`,
    estimateCount: (count, plural) => `${count} estimation${plural ? 's' : ''}`,
    areaHighlighted: (area, count, plural, items) =>
      `${area} mis en évidence, ${count} estimation${plural ? 's' : ''}\u00a0: ${items}. Ce sont des estimations, pas des décomptes.`,
    item: (who, range) => `${who}\u00a0: ${range}`,
    intro: (count) =>
      `${count} estimations publiées du nombre de personnes sans statut d’immigration, regroupées par lieu, sur une échelle logarithmique. Ce sont des estimations, pas des décomptes.`,
    areaSummary: (area, count, plural, bounds, span) => `${area}\u00a0: ${count} estimation${plural ? 's' : ''}${bounds}, ${span}.`,
    span: (low, high) => `de ${low} à ${high}`,
    allUpperBounds: ', toutes ne donnant qu’un maximum',
    someUpperBounds: (count) => `, dont ${count} ne donnant qu’un maximum`,
    madeBy: (list) => `Auteurs\u00a0: ${list}.`,
    kindCount: (kind, count) => `${kind.toLocaleLowerCase('fr')} (${count})`,
  },
};
