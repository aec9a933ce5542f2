/** Every word the `police-contacts` chart draws or says, in both languages. */
import type { PoliceCbsaContactRow } from '../../data/schemas.ts';
import type { Lang } from '../../i18n/locale.ts';
import { QUALIFIER_PHRASES } from '../common/text.ts';

type Force = PoliceCbsaContactRow['force'];
type Measure = PoliceCbsaContactRow['measure'];
type CountedBy = PoliceCbsaContactRow['counted_by'];

export interface PoliceContactsMessages {
  readonly forces: Readonly<Record<Force, string>>;
  /** Force names short enough for a phone's label column. */
  readonly forcesShort: Readonly<Record<Force, string>>;
  readonly measures: Readonly<Record<Measure, string>>;
  /** Who counted, as a legend label. */
  readonly counters: Readonly<Record<CountedBy, string>>;
  /** Who counted, after a figure in a sentence (empty for CBSA records, the default). */
  readonly counterPhrases: Readonly<Record<CountedBy, string>>;
  readonly qualifiers: (typeof QUALIFIER_PHRASES)[Lang];
  readonly whoCounted: string;
  /** Under a measure's name: its scale is shared by every force (and by no other measure). */
  readonly oneScale: string;
  /** Heading of the view that lists one force's figures as numbers. */
  readonly numbersOnly: string;
  /** Heading of the overview. */
  readonly overview: string;
  readonly overviewNote: string;
  /** Heading of the callouts for figures of another measure, shown as numbers without bars. */
  readonly otherMeasure: string;
  readonly reportedBy: string;
  readonly figures: (n: string) => string;
  /** Text alternative pieces. */
  readonly describeOverview: (total: string, forces: string) => string;
  readonly describeLead: (subject: string) => string;
  readonly describeOneScale: string;
  readonly colon: string;
}

export const messages: Readonly<Record<Lang, PoliceContactsMessages>> = {
  en: {
    forces: {
      spvm: 'Montreal police (SPVM)',
      tps: 'Toronto police (TPS)',
      vpd: 'Vancouver police (VPD)',
      ops: 'Ottawa police (OPS)',
      rcmp_bc: 'RCMP in British Columbia',
      transit_police: 'Metro Vancouver Transit Police',
    },
    forcesShort: {
      spvm: 'Montreal police',
      tps: 'Toronto police',
      vpd: 'Vancouver police',
      ops: 'Ottawa police',
      rcmp_bc: 'RCMP in B.C.',
      transit_police: 'Transit Police',
    },
    measures: {
      status_checks: 'Status checks',
      calls: 'Calls to CBSA',
      communications: 'Communications with CBSA',
      requests: 'Requests to CBSA',
      referrals: 'Referrals to CBSA',
      contacts: 'Contacts with immigration authorities',
    },
    counters: { cbsa_records: 'CBSA records', police: 'the police itself', advocacy_analysis: 'advocates, from CBSA data' },
    counterPhrases: { cbsa_records: '', police: 'counted by the police itself', advocacy_analysis: 'counted by advocates from CBSA data' },
    qualifiers: QUALIFIER_PHRASES.en,
    whoCounted: 'Who counted:',
    oneScale: 'Same scale for every force',
    numbersOnly: 'Each measure counts something different: numbers only',
    overview: 'Which force has figures for which measure',
    overviewNote: 'Each measure counts something different; figures are never added up or compared across measures.',
    otherMeasure: 'A different measure, not comparable:',
    reportedBy: 'Reported by',
    figures: (n) => (n === '1' ? '1 figure' : `${n} figures`),
    describeOverview: (total, forces) =>
      `Police contacts with CBSA: ${total} figures for ${forces} police forces, sorted by what was counted. Each measure has its own scale; they are never added up or compared with each other.`,
    describeLead: (subject) => `Highlighted: ${subject}. Figures from CBSA records unless stated.`,
    describeOneScale: 'Every force’s figures for this measure share one scale.',
    colon: ':',
  },
  fr: {
    forces: {
      spvm: 'Police de Montréal (SPVM)',
      tps: 'Police de Toronto (SPT)',
      vpd: 'Police de Vancouver (VPD)',
      ops: 'Police d’Ottawa (SPO)',
      rcmp_bc: 'GRC en Colombie-Britannique',
      transit_police: 'Police des transports du Grand Vancouver',
    },
    forcesShort: {
      spvm: 'Police de Montréal',
      tps: 'Police de Toronto',
      vpd: 'Police de Vancouver',
      ops: 'Police d’Ottawa',
      rcmp_bc: 'GRC (C.-B.)',
      transit_police: 'Police des transports',
    },
    measures: {
      status_checks: 'Vérifications de statut',
      calls: 'Appels à l’ASFC',
      communications: 'Communications avec l’ASFC',
      requests: 'Demandes à l’ASFC',
      referrals: 'Signalements à l’ASFC',
      contacts: 'Contacts avec les autorités de l’immigration',
    },
    counters: { cbsa_records: 'dossiers de l’ASFC', police: 'la police elle-même', advocacy_analysis: 'des militants (données de l’ASFC)' },
    counterPhrases: {
      cbsa_records: '',
      police: 'selon la police elle-même',
      advocacy_analysis: 'selon des militants, à partir de données de l’ASFC',
    },
    qualifiers: QUALIFIER_PHRASES.fr,
    whoCounted: 'Qui a compté\u00a0:',
    oneScale: 'Même échelle pour tous les corps policiers',
    numbersOnly: 'Chaque mesure compte autre chose\u00a0: des nombres seulement',
    overview: 'Quel corps policier a des chiffres pour quelle mesure',
    overviewNote: 'Chaque mesure compte autre chose; les chiffres ne sont jamais additionnés ni comparés d’une mesure à l’autre.',
    otherMeasure: 'Une autre mesure, non comparable\u00a0:',
    reportedBy: 'Rapporté par',
    figures: (n) => (n === '1' ? '1 chiffre' : `${n} chiffres`),
    describeOverview: (total, forces) =>
      `Contacts de la police avec l’ASFC\u00a0: ${total} chiffres pour ${forces} corps policiers, classés selon ce qui a été compté. Chaque mesure a sa propre échelle; elles ne sont ni additionnées ni comparées entre elles.`,
    describeLead: (subject) => `Mis en évidence\u00a0: ${subject}. Chiffres tirés des dossiers de l’ASFC, sauf indication contraire.`,
    describeOneScale: 'Les chiffres de tous les corps policiers pour cette mesure partagent une échelle.',
    colon: '\u00a0:',
  },
};
