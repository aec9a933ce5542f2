/** Every word the `crossings` chart draws or says, in both languages. Numbers and dates arrive formatted. */
import type { Lang } from '../../i18n/locale.ts';

export interface CrossingsMessages {
  readonly published: string;
  readonly preliminary: string;
  readonly subject: string;
  /** Table values. */
  readonly periodMonth: string;
  readonly periodYear: string;
  readonly figurePreliminary: string;
  readonly figurePublished: string;
  /** The note on the chart under the monthly view's legend. */
  readonly gapNote: (year: number, monthlySum: string, diff: string, fewer: boolean, annual: string) => string;
  readonly gapSentence: (year: number, monthlySum: string, diff: string, fewer: boolean, annual: string) => string;
  readonly byYear: (list: string) => string;
  readonly valueInYear: (value: string, year: number) => string;
  readonly yearHighlighted: (year: number, value: string) => string;
  /** `month` is the full month and year ("August 2017"). */
  readonly monthHighlighted: (month: string, value: string, preliminary: boolean) => string;
  readonly monthBefore: (value: string) => string;
  readonly alsoLabelled: (list: string) => string;
  readonly valueInMonth: (value: string, month: string) => string;
  readonly yearOfMonthsHighlighted: (year: string, months: string, total: string | undefined) => string;
  readonly monthlyOverview: (first: string, last: string, peak: string, peakMonth: string) => string;
  readonly preliminaryYears: (years: string) => string;
}

export const messages: Readonly<Record<Lang, CrossingsMessages>> = {
  en: {
    published: 'Published figure',
    preliminary: 'Preliminary figure',
    subject: 'People the RCMP intercepted crossing into Canada between ports of entry',
    periodMonth: 'Month',
    periodYear: 'Year',
    figurePreliminary: 'Preliminary',
    figurePublished: 'Published',
    gapNote: (year, sum, diff, fewer, annual) =>
      `${year}: the months add up to ${sum}, ${diff} ${fewer ? 'fewer' : 'more'} than the annual total (${annual}).`,
    gapSentence: (year, sum, diff, fewer, annual) =>
      `The monthly figures for ${year} add up to ${sum}, ${diff} ${fewer ? 'fewer' : 'more'} than the annual total of ${annual}; the annual total is the one to use.`,
    byYear: (list) => `People the RCMP intercepted crossing into Canada between ports of entry, by year: ${list}.`,
    valueInYear: (v, year) => `${v} in ${year}`,
    yearHighlighted: (year, v) => `${year} highlighted: ${v}.`,
    monthHighlighted: (month, v, prelim) =>
      `${month} highlighted: ${v} people intercepted${prelim ? ', a preliminary figure from the RCMP’s press releases' : ''}.`,
    monthBefore: (v) => `The month before: ${v}.`,
    alsoLabelled: (list) => `Also labelled on the chart: ${list}.`,
    valueInMonth: (v, month) => `${v} in ${month}`,
    yearOfMonthsHighlighted: (year, months, total) =>
      `${year} highlighted: ${months} months${total ? `, ${total} interceptions in the year` : ''}.`,
    monthlyOverview: (first, last, peak, peakMonth) =>
      `People the RCMP intercepted crossing into Canada between ports of entry, by month, ${first} to ${last}. Peak: ${peak} in ${peakMonth}.`,
    preliminaryYears: (years) => `The monthly figures for ${years} are preliminary (hatched bars).`,
  },
  fr: {
    published: 'Chiffre publié',
    preliminary: 'Chiffre provisoire',
    subject: 'Personnes interceptées par la GRC après être entrées au Canada entre les points d’entrée',
    periodMonth: 'Mois',
    periodYear: 'Année',
    figurePreliminary: 'Provisoire',
    figurePublished: 'Publié',
    gapNote: (year, sum, diff, fewer, annual) =>
      `${year}\u00a0: les mois totalisent ${sum}, ${diff} de ${fewer ? 'moins' : 'plus'} que le total annuel (${annual}).`,
    gapSentence: (year, sum, diff, fewer, annual) =>
      `Les chiffres mensuels de ${year} totalisent ${sum}, soit ${diff} de ${fewer ? 'moins' : 'plus'} que le total annuel de ${annual}; le total annuel fait foi.`,
    byYear: (list) => `Personnes interceptées par la GRC après être entrées au Canada entre les points d’entrée, par année\u00a0: ${list}.`,
    valueInYear: (v, year) => `${v} en ${year}`,
    yearHighlighted: (year, v) => `${year} mis en évidence\u00a0: ${v}.`,
    monthHighlighted: (month, v, prelim) =>
      `${month.charAt(0).toLocaleUpperCase('fr')}${month.slice(1)} mis en évidence\u00a0: ${v} personnes interceptées${prelim ? ', un chiffre provisoire tiré des communiqués de la GRC' : ''}.`,
    monthBefore: (v) => `Le mois précédent\u00a0: ${v}.`,
    alsoLabelled: (list) => `Également indiqué sur le graphique\u00a0: ${list}.`,
    valueInMonth: (v, month) => `${v} en ${month}`,
    yearOfMonthsHighlighted: (year, months, total) =>
      `${year} mis en évidence\u00a0: ${months} mois${total ? `, ${total} interceptions au total pour l’année` : ''}.`,
    monthlyOverview: (first, last, peak, peakMonth) =>
      `Personnes interceptées par la GRC après être entrées au Canada entre les points d’entrée, par mois, de ${first} à ${last}. Sommet\u00a0: ${peak} en ${peakMonth}.`,
    preliminaryYears: (years) => `Les chiffres mensuels de ${years} sont provisoires (barres hachurées).`,
  },
};
