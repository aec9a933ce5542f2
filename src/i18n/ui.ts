/**
 * Interface text in both languages, in one place: a French reviewer reads this file (and the charts'
 * message tables). Every key exists in both; the type checker enforces it. French is written with
 * ordinary spaces; frenchTypography() sets the no-break ones before colons and inside guillemets.
 */
import type { Lang } from './locale.ts';
import { frenchTypography } from './typography.ts';

const en = {
  siteTitle: 'Sanctuary',
  siteTagline: 'Canada’s sanctuary city movement, explained with data',
  siteHeading: 'Sanctuary: Canada’s sanctuary city movement, explained with data',
  skipToContent: 'Skip to content',
  contents: 'Contents',
  chapter: 'Chapter',
  keyPoints: 'Key points',
  onThisPage: 'On this page',
  discussionQuestions: 'Questions for discussion',
  updated: 'Updated',
  published: 'Published',
  corrections: 'Corrections',
  noCorrections: 'No corrections have been made to this page.',
  next: 'Next',
  previous: 'Previous',
  readChapter: 'Read the chapter',
  languageName: 'English',
  otherLanguage: 'Français',
  sources: 'Sources',
  sourceLabel: 'Source',
  readAt: 'Read it at',
  allSources: 'In the list of sources',
  undated: 'undated',
  close: 'Close',
  citedOn: 'Cited in',
  methods: 'Methods and sources',
  about: 'About',
  cite: 'How to cite this page',
  cities: 'Cities',
  city: 'City',
  province: 'Province',
  status: 'Status',
  statusDate: 'Since',
  statusAsOf: 'Record as of',
  policy: 'Policy',
  police: 'Binds police?',
  notFound: 'Not found on the record',
  dataTable: 'Show the data as a table',
  getData: 'Get the data (CSV)',
  confidenceLow: 'Weakly sourced: treat with caution.',
  mainNav: 'All pages',
  siteLinks: 'Site',
  footerNote:
    'An independent explainer. Every figure comes from a published source listed on the sources page. No cookies, no tracking, nothing loaded from other sites.',
  languageSwitchHint: 'Read this page in French',
  rootGreeting: 'Welcome',
  rootChoose: 'Choose your language',
  frontQuestion: 'Does a sanctuary city stop deportations?',
  frontAnswer:
    'No. In Canada, a sanctuary city is a council’s promise about what its own staff ask and share, so that people without immigration status can use city services without fear. Deportation, like all immigration enforcement, is federal, and a city cannot stop it.',
  frontIntro:
    'Since 2013, a handful of Canadian cities have promised that people without immigration status can use city services without fear. What did they promise, what can a city actually deliver, and where do the police and Ottawa come in? This explainer follows the record, source by source.',
  sourcesBlurb: 'Every source cited on this site, numbered as in the footnotes.',
  sourcesIntro:
    'Every footnote number on this site points to the source with the same number below. Links go to the original publisher; nothing is loaded from them until you click.',
  sourceDates:
    'The story rests on {count} sources. The {dated} that carry a date were published between {first} and {last}; the other {undated}, many of them web pages of cities and governments, carry none. Every claim about the present is therefore true as of its source, whose date the footnote gives.',
  translationLabel: 'Translation',
  conflictLabel: 'Sources disagree',
  conflictVersions: 'What the sources say',
  conflictVerdict: 'How we handle it',
  conflictAll: 'All conflicts between sources',
  undatedPage: 'and an undated page',
  yes: 'Yes',
  no: 'No',
  notStated: 'Not stated',
  tableSuffix: 'table',
  notFoundTitle: 'Page not found',
  notFoundBody: 'This address does not match any page.',
  notFoundBack: 'Start again from the home page',
} as const;

type Strings = { readonly [K in keyof typeof en]: string };

const fr: Strings = {
  siteTitle: 'Sanctuaire',
  siteTagline: 'Les villes sanctuaires du Canada, données à l’appui',
  siteHeading: 'Sanctuaire\u00a0: les villes sanctuaires du Canada, données à l’appui',
  skipToContent: 'Aller au contenu',
  contents: 'Sommaire',
  chapter: 'Chapitre',
  keyPoints: 'Points clés',
  onThisPage: 'Sur cette page',
  discussionQuestions: 'Questions à discuter',
  updated: 'Mis à jour le',
  published: 'Publié le',
  corrections: 'Corrections',
  noCorrections: 'Aucune correction n’a été apportée à cette page.',
  next: 'Suivant',
  previous: 'Précédent',
  readChapter: 'Lire le chapitre',
  languageName: 'Français',
  otherLanguage: 'English',
  sources: 'Sources',
  sourceLabel: 'Source',
  readAt: 'Lire sur',
  allSources: 'Dans la liste des sources',
  undated: 'sans date',
  close: 'Fermer',
  citedOn: 'Citée dans',
  methods: 'Méthodes et sources',
  about: 'À propos',
  cite: 'Comment citer cette page',
  cities: 'Villes',
  city: 'Ville',
  province: 'Province',
  status: 'Statut',
  statusDate: 'Depuis',
  statusAsOf: 'Dossier à jour au',
  policy: 'Politique',
  police: 'Vise la police?',
  notFound: 'Aucune trace dans les sources',
  dataTable: 'Afficher les données sous forme de tableau',
  getData: 'Télécharger les données (CSV)',
  confidenceLow: 'Source fragile : à prendre avec prudence.',
  mainNav: 'Toutes les pages',
  siteLinks: 'Site',
  footerNote:
    'Un dossier explicatif indépendant. Chaque chiffre provient d’une source publiée, citée à la page des sources. Aucun témoin, aucun pistage, rien n’est chargé depuis d’autres sites.',
  languageSwitchHint: 'Lire cette page en anglais',
  rootGreeting: 'Bienvenue',
  rootChoose: 'Choisissez votre langue',
  // No-break hyphens: on a phone the question broke after "empêche-".
  frontQuestion: 'Une ville sanctuaire empêche\u2011t\u2011elle les expulsions?',
  frontAnswer:
    'Non. Au Canada, une ville sanctuaire, c’est l’engagement d’un conseil municipal sur ce que son propre personnel demande et transmet, pour que les personnes sans statut d’immigration puissent utiliser les services municipaux sans crainte. Le renvoi, comme toute l’application des lois sur l’immigration, relève du fédéral : aucune ville ne peut l’empêcher.',
  frontIntro:
    'Depuis 2013, quelques villes canadiennes promettent que les personnes sans statut d’immigration peuvent utiliser les services municipaux sans crainte. Qu’ont-elles promis, que peut vraiment offrir une ville, et quel rôle jouent la police et Ottawa? Ce dossier explicatif suit les documents, source par source.',
  sourcesBlurb: 'Toutes les sources citées sur ce site, numérotées comme dans les notes.',
  sourcesIntro:
    'Chaque numéro de note de ce site renvoie à la source qui porte le même numéro ci-dessous. Les liens mènent à l’éditeur d’origine; rien n’en est chargé avant que vous cliquiez.',
  sourceDates:
    'Ce récit s’appuie sur {count} sources. Les {dated} sources datées ont été publiées entre {first} et {last}; les {undated} autres, dont bon nombre de pages Web de villes et de gouvernements, ne portent aucune date. Chaque affirmation sur le présent vaut donc à la date de sa source, que la note indique.',
  translationLabel: 'Traduction libre',
  conflictLabel: 'Les sources divergent',
  conflictVersions: 'Ce que disent les sources',
  conflictVerdict: 'Notre choix',
  conflictAll: 'Toutes les divergences entre les sources',
  undatedPage: 'et une page non datée',
  yes: 'Oui',
  no: 'Non',
  notStated: 'Non précisé',
  tableSuffix: 'tableau',
  notFoundTitle: 'Page introuvable',
  notFoundBody: 'Cette adresse ne correspond à aucune page.',
  notFoundBack: 'Recommencer à la page d’accueil',
};

function typesetStrings(strings: Strings): Strings {
  return Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, frenchTypography(value)])) as Strings;
}

/**
 * A template cut at its placeholders, for markup that puts elements (a <time>) in the gaps:
 * '{first} to {last}' → ['', 'first', ' to ', 'last', ''] (placeholder names at odd indexes).
 */
export function templateParts(template: string): string[] {
  return template.split(/\{(\w+)\}/);
}

export const UI: Record<Lang, Strings> = { en, fr: typesetStrings(fr) };

export const STATUS_LABELS: Record<Lang, Record<string, string>> = {
  en: {
    adopted: 'Adopted',
    renamed: 'Adopted, label dropped',
    referred: 'Referred, not adopted',
    debated: 'Debated, no policy',
    declined: 'Declined',
    withdrawn: 'Motion withdrawn',
    no_action: 'No action found',
  },
  fr: {
    adopted: 'Adoptée',
    renamed: 'Adoptée, étiquette abandonnée',
    referred: 'Renvoyée, non adoptée',
    debated: 'Débattue, sans politique',
    declined: 'Refusée',
    withdrawn: 'Motion retirée',
    no_action: 'Aucune mesure trouvée',
  },
};

export const PROVINCE_NAMES: Record<Lang, Record<string, string>> = {
  en: {
    AB: 'Alberta',
    BC: 'British Columbia',
    MB: 'Manitoba',
    NB: 'New Brunswick',
    NL: 'Newfoundland and Labrador',
    NS: 'Nova Scotia',
    NT: 'Northwest Territories',
    NU: 'Nunavut',
    ON: 'Ontario',
    PE: 'Prince Edward Island',
    QC: 'Quebec',
    SK: 'Saskatchewan',
    YT: 'Yukon',
  },
  fr: {
    AB: 'Alberta',
    BC: 'Colombie-Britannique',
    MB: 'Manitoba',
    NB: 'Nouveau-Brunswick',
    NL: 'Terre-Neuve-et-Labrador',
    NS: 'Nouvelle-Écosse',
    NT: 'Territoires du Nord-Ouest',
    NU: 'Nunavut',
    ON: 'Ontario',
    PE: 'Île-du-Prince-Édouard',
    QC: 'Québec',
    SK: 'Saskatchewan',
    YT: 'Yukon',
  },
};

/**
 * A province's short form in a table cell: the two-letter postal code in English, the abbreviation the
 * federal Translation Bureau gives in French (postal codes read as English there).
 */
export const PROVINCE_SHORT: Record<Lang, Record<string, string>> = {
  en: Object.fromEntries(Object.keys(PROVINCE_NAMES.en).map((code) => [code, code])),
  fr: {
    AB: 'Alb.',
    BC: 'C.-B.',
    MB: 'Man.',
    NB: 'N.-B.',
    NL: 'T.-N.-L.',
    NS: 'N.-É.',
    NT: 'T.N.-O.',
    NU: 'Nt',
    ON: 'Ont.',
    PE: 'Î.-P.-É.',
    QC: 'Qc',
    SK: 'Sask.',
    YT: 'Yn',
  },
};
