/** Every word the timeline draws or says, in both languages. */
import { formatNumber, type Lang } from '../../i18n/locale.ts';

export interface TimelineMessages {
  /** How the state names "every strand" in its text alternative. */
  readonly everyStrand: string;
  readonly head: (what: string, period: string, lit: number, total: number) => string;
  readonly more: (n: number) => string;
  /** A label on the chart: a few words and the year. */
  readonly itemLabel: (short: string, year: string) => string;
}

export const TIMELINE_MESSAGES: Readonly<Record<Lang, TimelineMessages>> = {
  en: {
    everyStrand: 'every strand',
    head: (what, period, lit, total) => `Timeline, ${what}, ${period}: ${formatNumber('en', lit)} of ${formatNumber('en', total)} dated items highlighted.`,
    more: (n) => ` And ${formatNumber('en', n)} more, listed in the table.`,
    itemLabel: (short, year) => `${short} (${year})`,
  },
  fr: {
    everyStrand: 'tous les volets',
    head: (what, period, lit, total) =>
      `Frise chronologique, ${what}, ${period} : ${formatNumber('fr', lit)} des ${formatNumber('fr', total)} éléments datés sont mis en évidence.`,
    more: (n) => ` Et ${formatNumber('fr', n)} autres, dans le tableau.`,
    itemLabel: (short, year) => `${short} (${year})`,
  },
};
