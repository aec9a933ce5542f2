/**
 * One classroom activity per story chapter, keyed by the chapter's file name (which pairs translations).
 * Each names a data file the site serves at /data/<file> and a question that file can answer; the
 * questions were written from the columns and rows the files actually hold.
 */
import { ALL_SCHEMAS } from '../data/schemas.ts';
import type { Lang } from '../i18n/locale.ts';

export interface Activity {
  /** A file of data/, e.g. municipalities.csv. */
  readonly data: string;
  /** Column names and codes (status, adopted…) stay as the file spells them, in every language. */
  readonly question: Readonly<Record<Lang, string>>;
}

export const ACTIVITIES: Readonly<Record<string, Activity>> = {
  '01-what-is': {
    data: 'municipalities.csv',
    question: {
      en: 'Sort the cities by the status column. The column gives each city’s status as of its latest source. How many adopted a policy, under whatever name, and kept the label (adopted), how many adopted one but set the word “sanctuary” aside (renamed), how many stopped at a debate, a referral, a refusal or a withdrawn motion, and for how many did our sources find no action at all (no_action)? What do the counts say about how widely the idea spread?',
      fr: 'Triez les villes selon la colonne status. La colonne donne le statut de chaque ville selon sa source la plus récente. Combien ont adopté une politique, quel qu’en soit le nom, et gardé l’étiquette (adopted), combien en ont adopté une mais ont mis de côté le mot «\u00a0sanctuaire\u00a0» (renamed), combien en sont restées à un débat, à une motion confiée au personnel ou à un comité, à un refus ou à une motion retirée, et pour combien nos sources ne relèvent aucune démarche (no_action)? Que disent ces décomptes de la diffusion réelle de l’idée?',
    },
  },
  '02-services': {
    data: 'service_coverage.csv',
    question: {
      en: 'Filter the coverage column. Which services are marked covered most often, and which rows say outside_city_power or status_required? For those rows, read the detail_en column (detail_fr in French): who runs each of those services instead of the city?',
      fr: 'Filtrez la colonne coverage. Quels services sont le plus souvent marqués covered, et quelles lignes indiquent outside_city_power ou status_required? Pour ces lignes, lisez la colonne detail_fr (detail_en en anglais)\u00a0: qui gère chacun de ces services à la place de la ville?',
    },
  },
  '03-police': {
    data: 'police_cbsa_contacts.csv',
    question: {
      en: 'Group the rows by the measure column (calls, status_checks, communications, contacts, requests) and note who counted each figure (counted_by). Pick two forces and one year: can their numbers be compared fairly, or do they count different things?',
      fr: 'Regroupez les lignes selon la colonne measure (calls pour les appels, status_checks pour les vérifications de statut, communications, contacts et requests pour les demandes) et notez qui a compté chaque chiffre (counted_by). Choisissez deux corps policiers et une année\u00a0: peut-on comparer leurs chiffres honnêtement, ou comptent-ils des choses différentes?',
    },
  },
  '04-federal': {
    data: 'cbsa_removals.csv',
    question: {
      en: 'Keep only the rows whose region is total and draw removals by year. Which year is lowest and which highest? Then read the partial_year column: why should the last year not be compared with the others?',
      fr: 'Ne gardez que les lignes dont la région (region) est total et tracez les renvois par année. Quelle année est la plus basse, et laquelle la plus haute? Lisez ensuite la colonne partial_year\u00a0: pourquoi ne faut-il pas comparer la dernière année aux autres?',
    },
  },
  '05-now': {
    data: 'council_actions.csv',
    question: {
      en: 'List the actions dated 2018 or later with their body and outcome. Which cities adopted a policy after the 2017 wave, and which actions ended without one?',
      fr: 'Dressez la liste des démarches datées de 2018 ou après, avec leur instance (body) et leur issue (outcome). Quelles villes ont adopté une politique après la vague de 2017, et quelles démarches ont pris fin sans politique?',
    },
  },
};

export function activityFor(key: string, lang: Lang): { data: string; question: string } | undefined {
  const activity = ACTIVITIES[key];
  if (!activity) return undefined;
  if (!ALL_SCHEMAS.some((s) => s.file === activity.data)) {
    throw new Error(
      `src/educators/activities.ts: the activity for ${key} names data/${activity.data}, which is not one of the site's data files.`,
    );
  }
  return { data: activity.data, question: activity.question[lang] };
}
