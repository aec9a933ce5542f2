/**
 * Every word the `police-path` chart draws or says, in both languages. Box texts hold no number or date
 * typed by hand: each is a placeholder filled from the data (see chart.ts):
 *   {value:<police_cbsa_contacts id>}  the count, with its hedge
 *   {period:<police_cbsa_contacts id>} the period it counts
 *   {figure:<figures id>}              a figure from figures.csv, in its unit, with its hedge
 *   {date:<events id>}                 an event's date
 */
import type { Lang } from '../../i18n/locale.ts';
import { joinList, QUALIFIER_PHRASES } from '../common/text.ts';

export type Stage = 1 | 2 | 3 | 4 | 5;

export interface PolicePathMessages {
  readonly stages: Readonly<Record<Stage, { readonly title: string; readonly body: string }>>;
  readonly heading: string;
  readonly qualifiers: (typeof QUALIFIER_PHRASES)[Lang];
  /** Above the step's box on a phone. */
  readonly stepOf: (n: string, total: string) => string;
  readonly next: (title: string) => string;
  readonly sources: (outlets: readonly string[]) => string;
  readonly colon: string;
  readonly inFiveSteps: string;
  readonly highlighted: (n: string, total: string) => string;
}

export const messages: Readonly<Record<Lang, PolicePathMessages>> = {
  en: {
    stages: {
      1: {
        title: 'A routine stop',
        body: 'A fare check, a traffic violation, even crossing on a red light. Lucia Vega Jimenez was stopped over a fare on {date:vega-jimenez-stopped-2013}.',
      },
      2: {
        title: 'A question about identity or status',
        body: 'The officer checks who the person is. At the inquest into her death, the officer said two names and an accent came before his call. In Toronto, {figure:toronto-calls-status-check-share} of police calls to CBSA ({period:tps-2014-11-2015-06-calls}) were status checks.',
      },
      3: {
        title: 'A call to CBSA',
        body: 'Toronto police: {value:tps-2014-11-2015-06-calls} calls, {period:tps-2014-11-2015-06-calls}. Transit Police: {value:transit-police-2013-communications} cases in {period:transit-police-2013-communications}.',
      },
      4: {
        title: 'CBSA checks its records',
        body: 'In Toronto, {figure:toronto-reported-with-warrants-share} of the people police reported had an immigration warrant. Transit Police: {figure:transit-police-investigations-2013} of {value:transit-police-2013-communications} cases in {period:transit-police-2013-communications} became status investigations.',
      },
      5: {
        title: 'Detention, then removal',
        body: 'CBSA can detain and remove the person. Lucia Vega Jimenez was found hanging in CBSA custody on {date:vega-jimenez-2013}.',
      },
    },
    heading: 'How a routine stop can reach CBSA',
    qualifiers: QUALIFIER_PHRASES.en,
    stepOf: (n, total) => `Step ${n} of ${total}`,
    next: (title) => `Next: ${title}`,
    sources: (outlets) => `${outlets.length === 1 ? 'Source' : 'Sources'}: ${joinList('en', outlets)}.`,
    colon: ':',
    inFiveSteps: 'in five steps',
    highlighted: (n, total) => `Step ${n} of ${total} highlighted`,
  },
  fr: {
    stages: {
      1: {
        title: 'Une interpellation de routine',
        body: 'Un contrôle de titre de transport, une infraction routière, voire une traversée au feu rouge. Lucia Vega Jimenez a été interpellée faute de titre de transport le {date:vega-jimenez-stopped-2013}.',
      },
      2: {
        title: 'Une question sur l’identité ou le statut',
        body: 'L’agent vérifie l’identité de la personne. À l’enquête sur sa mort, l’agent a dit que deux noms et un accent avaient précédé son appel. À Toronto, {figure:toronto-calls-status-check-share} des appels de la police à l’ASFC ({period:tps-2014-11-2015-06-calls}) étaient des vérifications de statut.',
      },
      3: {
        title: 'Un appel à l’ASFC',
        body: 'Police de Toronto\u00a0: {value:tps-2014-11-2015-06-calls} appels, {period:tps-2014-11-2015-06-calls}. Police des transports\u00a0: {value:transit-police-2013-communications} dossiers en {period:transit-police-2013-communications}.',
      },
      4: {
        title: 'L’ASFC vérifie ses dossiers',
        body: 'À Toronto, {figure:toronto-reported-with-warrants-share} des personnes signalées par la police faisaient l’objet d’un mandat d’immigration. Police des transports\u00a0: {figure:transit-police-investigations-2013} dossiers sur {value:transit-police-2013-communications} en {period:transit-police-2013-communications} ont mené à une enquête sur le statut.',
      },
      5: {
        title: 'Détention, puis renvoi',
        body: 'L’ASFC peut détenir la personne et la renvoyer. Lucia Vega Jimenez a été trouvée pendue sous la garde de l’ASFC le {date:vega-jimenez-2013}.',
      },
    },
    heading: 'Comment une interpellation de routine peut mener à l’ASFC',
    qualifiers: QUALIFIER_PHRASES.fr,
    stepOf: (n, total) => `Étape ${n} sur ${total}`,
    // In French a colon is followed by lower case; every stage title above starts with a common word.
    next: (title) => `Ensuite\u00a0: ${title.charAt(0).toLocaleLowerCase('fr') + title.slice(1)}`,
    sources: (outlets) => `${outlets.length === 1 ? 'Source' : 'Sources'}\u00a0: ${joinList('fr', outlets)}.`,
    colon: '\u00a0:',
    inFiveSteps: 'en cinq étapes',
    highlighted: (n, total) => `Étape ${n} sur ${total} mise en évidence`,
  },
};
