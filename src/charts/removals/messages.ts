/** Every word the `removals` chart draws or says, in both languages. Numbers arrive already formatted. */
import type { Lang } from '../../i18n/locale.ts';

export interface RemovalsMessages {
  /** A period note ("De janvier à septembre 2025") as it reads inside a sentence. */
  readonly periodInSentence: (note: string) => string;
  readonly full: string;
  readonly partial: string;
  readonly earlier: string;
  /** Label beside the dashed tick of the year a step is about. */
  readonly earlierValue: (value: string) => string;
  /** Table values for the partial-year column. */
  readonly partialYes: (period: string) => string;
  readonly partialNo: string;
  readonly highlighted: (year: number, value: string, partialPeriod: string | undefined) => string;
  readonly yearBefore: (year: number, value: string) => string;
  readonly earlierGave: (value: string) => string;
  readonly alsoLabelled: (list: string) => string;
  readonly overview: (from: number, to: number, low: string, lowYear: number, high: string, highYear: number) => string;
  readonly byYear: (list: string) => string;
  readonly valueInYear: (value: string, year: number) => string;
  readonly partialYear: (year: number, value: string, period: string) => string;
  readonly revisions: (count: string, year: number, earlier: string, current: string) => string;
}

export const messages: Readonly<Record<Lang, RemovalsMessages>> = {
  en: {
    periodInSentence: (note) => note,
    full: 'Full year',
    partial: 'Partial year',
    earlier: 'Earlier version of CBSA’s table',
    earlierValue: (v) => `Earlier: ${v}`,
    partialYes: (period) => `Partial year (${period})`,
    partialNo: 'Full year',
    highlighted: (year, v, period) =>
      `${year} highlighted: CBSA enforced ${v} removals${period ? ` (${period} only: a partial year, not comparable with full years)` : ''}.`,
    yearBefore: (year, v) => `In ${year}: ${v}.`,
    earlierGave: (v) => `An earlier version of CBSA’s table gave ${v}.`,
    alsoLabelled: (list) => `Also labelled on the chart: ${list}.`,
    overview: (from, to, low, lowYear, high, highYear) =>
      `Enforced removals by CBSA, by calendar year, ${from} to ${to}: from ${low} in ${lowYear} (the lowest) to ${high} in ${highYear} (the highest).`,
    byYear: (list) => `By year: ${list}.`,
    valueInYear: (v, year) => `${v} in ${year}`,
    partialYear: (year, v, period) => `${year} is a partial year: ${v} (${period} only), not comparable with full years.`,
    revisions: (count, year, earlier, current) =>
      `An earlier version of the table gave different figures for ${count} years; the largest difference is for ${year} (${earlier} instead of ${current}).`,
  },
  fr: {
    periodInSentence: (note) => note.charAt(0).toLocaleLowerCase('fr') + note.slice(1),
    full: 'Année complète',
    partial: 'Année partielle',
    earlier: 'Version antérieure du tableau de l’ASFC',
    earlierValue: (v) => `Ancien chiffre\u00a0: ${v}`,
    partialYes: (period) => `Année partielle (${period})`,
    partialNo: 'Année complète',
    highlighted: (year, v, period) =>
      `${year} mis en évidence\u00a0: ${v} renvois exécutés par l’ASFC${period ? ` (${period} seulement\u00a0: année partielle, à ne pas comparer aux années complètes)` : ''}.`,
    yearBefore: (year, v) => `En ${year}\u00a0: ${v}.`,
    earlierGave: (v) => `Une version antérieure du tableau de l’ASFC donnait ${v}.`,
    alsoLabelled: (list) => `Également indiqué sur le graphique\u00a0: ${list}.`,
    overview: (from, to, low, lowYear, high, highYear) =>
      `Renvois exécutés par l’ASFC, par année civile, de ${from} à ${to}\u00a0: de ${low} en ${lowYear} (minimum) à ${high} en ${highYear} (maximum).`,
    byYear: (list) => `Par année\u00a0: ${list}.`,
    valueInYear: (v, year) => `${v} en ${year}`,
    partialYear: (year, v, period) =>
      `${year} est une année partielle\u00a0: ${v} (${period} seulement), à ne pas comparer aux années complètes.`,
    revisions: (count, year, earlier, current) =>
      `Une version antérieure du tableau donnait d’autres chiffres pour ${count} années; le plus grand écart touche ${year} (${earlier} au lieu de ${current}).`,
  },
};
