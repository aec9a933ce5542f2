/** Every word the map draws or says, in both languages. */
import { formatNumber, type Lang } from '../../i18n/locale.ts';

export interface MapMessages {
  /** Under the year: how many cities the map shows. */
  readonly cityCount: (n: number) => string;
  /** Inside the outline, on the map of Canada, of the area the larger panel enlarges. */
  readonly enlarged: string;
  readonly headLatest: (year: number, n: number) => string;
  readonly headYear: (year: number, n: number) => string;
  readonly highlighted: (statuses: string) => string;
  readonly changed: (year: number, names: string) => string;
  readonly lowerCase: (s: string) => string;
}

const cities = (lang: Lang, n: number, one: string, many: string) => `${formatNumber(lang, n)} ${n === 1 ? one : many}`;

export const MAP_MESSAGES: Readonly<Record<Lang, MapMessages>> = {
  en: {
    cityCount: (n) => cities('en', n, 'city', 'cities'),
    enlarged: 'Enlarged above',
    headLatest: (year, n) => `Map of Canada, latest status (${year}): ${cities('en', n, 'city', 'cities')}.`,
    headYear: (year, n) => `Map of Canada at the end of ${year}: ${cities('en', n, 'city', 'cities')} had acted.`,
    highlighted: (statuses) => ` Highlighted: ${statuses}.`,
    changed: (year, names) => ` New or changed in ${year}: ${names}.`,
    lowerCase: (s) => s.toLocaleLowerCase('en'),
  },
  fr: {
    cityCount: (n) => cities('fr', n, 'ville', 'villes'),
    enlarged: 'Voir en haut',
    headLatest: (year, n) => `Carte du Canada, situation la plus récente (${year})\u00a0: ${cities('fr', n, 'ville', 'villes')}.`,
    headYear: (year, n) =>
      `Carte du Canada à la fin de ${year}\u00a0: ${cities('fr', n, 'ville', 'villes')} ${n === 1 ? 'avait' : 'avaient'} posé un geste.`,
    highlighted: (statuses) => ` En évidence\u00a0: ${statuses}.`,
    changed: (year, names) => ` Ajouts ou changements en ${year}\u00a0: ${names}.`,
    lowerCase: (s) => s.toLocaleLowerCase('fr'),
  },
};
