/** Every word the `services` chart draws or says, in both languages. */
import type { ServiceCoverageRow, ServiceRow } from '../../data/schemas.ts';
import type { Lang } from '../../i18n/locale.ts';

type Coverage = ServiceCoverageRow['coverage'];
type Jurisdiction = ServiceRow['jurisdiction'];
export type GroupId = 'municipal' | 'board' | 'mixed' | 'outside';

export interface ServicesMessages {
  /** Legend wording for each coverage. */
  readonly coverage: Readonly<Record<Coverage, string>>;
  /** The same inside sentences of the text alternative. */
  readonly coveragePhrase: Readonly<Record<Coverage, string>>;
  readonly notMentioned: string;
  readonly groups: Readonly<Record<GroupId, string>>;
  /** Who runs a service, for the table. */
  readonly jurisdictions: Readonly<Record<Jurisdiction, string>>;
  /** Phone overview: the two lists and what their marks mean. */
  readonly coveredHeading: string;
  readonly coveredKey: string;
  readonly outsideHeading: string;
  readonly outsideKey: string;
  /** Phone, one city: how many services the sources name for it. */
  readonly cityNamed: (n: string) => string;
  readonly moreInTable: (n: string) => string;
  readonly colon: string;
  readonly describeCity: (name: string) => string;
  readonly describeUnmentioned: (n: number, nText: string, name: string) => string;
  readonly describeIntro: (services: string, cities: string) => string;
  readonly describeMostCovered: (list: string, many: boolean, best: string, cities: string) => string;
  readonly describeRequired: (list: string) => string;
}

export const messages: Readonly<Record<Lang, ServicesMessages>> = {
  en: {
    coverage: {
      covered: 'Covered by the policy',
      status_required: 'Status still required',
      not_covered: 'Policy says it does not apply',
      outside_city_power: 'Outside city power',
      motion_only: 'Named in a motion not adopted',
      advocates_list: 'Named by advocates, not the policy',
    },
    coveragePhrase: {
      covered: 'covered by the policy',
      status_required: 'status still required (the city delivers it for another government)',
      not_covered: 'excluded by the policy',
      outside_city_power: 'outside city power (run by the province, Ottawa or a separate board)',
      motion_only: 'named in a motion that was not adopted',
      advocates_list: 'named by advocates, not by the policy',
    },
    notMentioned: 'Not mentioned',
    groups: {
      municipal: 'Run by the city',
      board: 'Run by separate boards',
      mixed: 'Shared with other governments',
      outside: 'Provincial or federal (outside city power)',
    },
    jurisdictions: {
      municipal: 'The city',
      municipal_board: 'A separate board',
      mixed: 'Shared with other governments',
      provincial: 'The province',
      federal: 'The federal government',
    },
    coveredHeading: 'Covered most often',
    coveredKey: 'one dot per city whose policy covers it',
    outsideHeading: 'Run by the province or Ottawa',
    outsideKey: 'one square per city: outside its power',
    cityNamed: (n) => (n === '1' ? '1 service named by the sources' : `${n} services named by the sources`),
    moreInTable: (n) => `${n} more in the table below`,
    colon: ':',
    describeCity: (name) => `${name} highlighted.`,
    describeUnmentioned: (n, nText, name) =>
      ` ${nText} other service${n === 1 ? ' in the grid is' : 's in the grid are'} not mentioned for ${name}.`,
    describeIntro: (services, cities) =>
      `What city policies cover: ${services} services (rows) in ${cities} cities (columns), grouped by who runs them.`,
    describeMostCovered: (list, _many, best, cities) => `Most often covered: ${list} (${best} of ${cities} cities).`,
    describeRequired: (list) => `Status still required, because the city delivers the service for another government: ${list}.`,
  },
  fr: {
    coverage: {
      covered: 'Couvert par la politique',
      status_required: 'Statut toujours exigé',
      not_covered: 'Exclu par la politique',
      outside_city_power: 'Hors des pouvoirs de la Ville',
      motion_only: 'Nommé dans une motion non adoptée',
      advocates_list: 'Nommé par des militants, non par la politique',
    },
    coveragePhrase: {
      covered: 'couverts par la politique',
      status_required: 'statut toujours exigé (la Ville les offre pour un autre gouvernement)',
      not_covered: 'exclus par la politique',
      outside_city_power: 'hors des pouvoirs de la Ville (province, Ottawa, commission ou conseil distincts)',
      motion_only: 'nommés dans une motion qui n’a pas été adoptée',
      advocates_list: 'nommés par des militants, pas par la politique',
    },
    notMentioned: 'Non mentionné',
    groups: {
      municipal: 'Gérés par la Ville',
      board: 'Gérés par des commissions ou conseils',
      mixed: 'Partagés avec d’autres gouvernements',
      outside: 'Provinciaux ou fédéraux (hors des pouvoirs de la Ville)',
    },
    jurisdictions: {
      municipal: 'La Ville',
      municipal_board: 'Une commission ou un conseil',
      mixed: 'Partagé avec d’autres gouvernements',
      provincial: 'La province',
      federal: 'Le gouvernement fédéral',
    },
    coveredHeading: 'Les plus souvent couverts',
    coveredKey: 'un point par ville dont la politique le couvre',
    outsideHeading: 'Gérés par la province ou par Ottawa',
    outsideKey: 'un carré par ville\u00a0: hors de ses pouvoirs',
    cityNamed: (n) => (n === '1' ? '1 service nommé par les sources' : `${n} services nommés par les sources`),
    moreInTable: (n) => `${n} de plus dans le tableau ci-dessous`,
    colon: '\u00a0:',
    describeCity: (name) => `${name} mise en évidence.`,
    describeUnmentioned: (n, nText, name) =>
      n === 1
        ? ` 1 autre service du tableau n’est pas mentionné pour ${name}.`
        : ` ${nText} autres services du tableau ne sont pas mentionnés pour ${name}.`,
    describeIntro: (services, cities) =>
      `Ce que couvrent les politiques municipales\u00a0: ${services} services (lignes) dans ${cities} villes (colonnes), regroupés selon qui les offre.`,
    describeMostCovered: (list, many, best, cities) =>
      `Service${many ? 's' : ''} le plus souvent couvert${many ? 's' : ''}\u00a0: ${list} (${best} villes sur ${cities}).`,
    describeRequired: (list) => `Statut toujours exigé, car la Ville offre le service pour un autre gouvernement\u00a0: ${list}.`,
  },
};
