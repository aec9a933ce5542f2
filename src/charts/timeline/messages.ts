/** Every word the timeline draws or says, in both languages. */
import { formatNumber, type Lang } from '../../i18n/locale.ts';
import type { Strand } from './chart.ts';

export interface TimelineMessages {
  /** Each strand's name (lane, legend, table) and how a sentence refers to its items. */
  readonly strands: Readonly<Record<Strand, { readonly label: string; readonly phrase: string }>>;
  /** How the state names "every strand" in its text alternative. */
  readonly everyStrand: string;
  readonly head: (what: string, period: string, lit: number, total: number) => string;
  readonly more: (n: number) => string;
  /** A label on the chart: a few words and the year. */
  readonly itemLabel: (short: string, year: string) => string;
  /** A date in the table that was worked out (from an agenda, a weekday), not stated by a source. */
  readonly inferredDate: (date: string) => string;
}

export const TIMELINE_MESSAGES: Readonly<Record<Lang, TimelineMessages>> = {
  en: {
    strands: {
      council: { label: 'City actions', phrase: 'city actions' },
      police: { label: 'Police', phrase: 'police events' },
      federal: { label: 'Federal', phrase: 'federal events' },
      other: { label: 'Studies, advocacy', phrase: 'studies and advocacy' },
    },
    everyStrand: 'every strand',
    head: (what, period, lit, total) =>
      `Timeline, ${what}, ${period}: ${formatNumber('en', lit)} of ${formatNumber('en', total)} dated items highlighted.`,
    more: (n) => ` And ${formatNumber('en', n)} more, listed in the table.`,
    itemLabel: (short, year) => `${short} (${year})`,
    inferredDate: (date) => `${date} (likely)`,
  },
  fr: {
    strands: {
      council: { label: 'Gestes municipaux', phrase: 'gestes municipaux' },
      police: { label: 'Police', phrase: 'événements policiers' },
      federal: { label: 'Fédéral', phrase: 'événements fédéraux' },
      other: { label: 'Études, militants', phrase: 'études et militantisme' },
    },
    everyStrand: 'tous les volets',
    head: (what, period, lit, total) => {
      const of = `des ${formatNumber('fr', total)} éléments datés`;
      const highlighted = lit === 0 ? `aucun ${of} n’est mis` : lit === 1 ? `1 ${of} est mis` : `${formatNumber('fr', lit)} ${of} sont mis`;
      return `Frise chronologique, ${what}, ${period} : ${highlighted} en évidence.`;
    },
    more: (n) => ` Et ${formatNumber('fr', n)} autres, dans le tableau.`,
    itemLabel: (short, year) => `${short} (${year})`,
    inferredDate: (date) => `${date} (date probable)`,
  },
};
