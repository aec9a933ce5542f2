/** Interface text in both languages. Every key exists in both; the type checker enforces it. */
import type { Lang } from './locale.ts';

const en = {
  siteTitle: 'Sanctuary',
  siteTagline: 'Canada’s sanctuary city movement, explained with data',
  skipToContent: 'Skip to content',
  contents: 'Contents',
  chapter: 'Chapter',
  keyPoints: 'Key points',
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
  methods: 'Methods and sources',
  about: 'About',
  cite: 'How to cite this page',
  cities: 'Cities',
  city: 'City',
  province: 'Province',
  status: 'Status',
  statusDate: 'Since',
  policy: 'Policy',
  police: 'Binds police?',
  notFound: 'Not found on the record',
  dataTable: 'Show the data as a table',
  getData: 'Get the data (CSV)',
  printNote: 'Printed from',
  confidenceLow: 'Weakly sourced: treat with caution.',
  mainNav: 'All pages',
  siteLinks: 'Site',
  footerNote:
    'An independent explainer. Every figure comes from a published source listed on the methods page. No cookies, no tracking, nothing loaded from other sites.',
} as const;

type Strings = { readonly [K in keyof typeof en]: string };

const fr: Strings = {
  siteTitle: 'Sanctuaire',
  siteTagline: 'Le mouvement des villes sanctuaires au Canada, expliqué par les données',
  skipToContent: 'Aller au contenu',
  contents: 'Sommaire',
  chapter: 'Chapitre',
  keyPoints: 'Points clés',
  discussionQuestions: 'Questions pour la discussion',
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
  methods: 'Méthode et sources',
  about: 'À propos',
  cite: 'Comment citer cette page',
  cities: 'Villes',
  city: 'Ville',
  province: 'Province',
  status: 'Statut',
  statusDate: 'Depuis',
  policy: 'Politique',
  police: 'Police visée?',
  notFound: 'Introuvable dans les documents',
  dataTable: 'Afficher les données sous forme de tableau',
  getData: 'Télécharger les données (CSV)',
  printNote: 'Imprimé à partir de',
  confidenceLow: 'Source fragile : à prendre avec prudence.',
  mainNav: 'Toutes les pages',
  siteLinks: 'Site',
  footerNote:
    'Un explicatif indépendant. Chaque chiffre provient d’une source publiée, citée dans la page de méthode. Aucun témoin, aucun pistage, rien n’est chargé depuis d’autres sites.',
};

export const UI: Record<Lang, Strings> = { en, fr };

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
    AB: 'Alberta', BC: 'British Columbia', MB: 'Manitoba', NB: 'New Brunswick', NL: 'Newfoundland and Labrador',
    NS: 'Nova Scotia', NT: 'Northwest Territories', NU: 'Nunavut', ON: 'Ontario', PE: 'Prince Edward Island',
    QC: 'Quebec', SK: 'Saskatchewan', YT: 'Yukon',
  },
  fr: {
    AB: 'Alberta', BC: 'Colombie-Britannique', MB: 'Manitoba', NB: 'Nouveau-Brunswick', NL: 'Terre-Neuve-et-Labrador',
    NS: 'Nouvelle-Écosse', NT: 'Territoires du Nord-Ouest', NU: 'Nunavut', ON: 'Ontario', PE: 'Île-du-Prince-Édouard',
    QC: 'Québec', SK: 'Saskatchewan', YT: 'Yukon',
  },
};
