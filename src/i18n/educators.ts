/**
 * Interface text for the teaching apparatus (citations, section links, educators' page, glossary, data
 * page), kept apart from ui.ts so those pages can grow without touching the chapter strings.
 * French strings carry their no-break spaces (\u00a0 before a colon and inside « »), as fr-CA typography
 * asks: they reach pages, attributes and copied citations that no typography pass sees.
 */
import type { Lang } from './locale.ts';

const en = {
  educators: 'For educators',
  educatorsIntro:
    'Everything a teacher needs to use a chapter in class: what it says, how long it takes to read, questions to discuss, the chart steps worth putting on a screen, an activity with the data behind it, and a one-page handout to print.',
  glossary: 'Glossary',
  glossaryIntro:
    'The terms a reader meets in the chapters, explained in plain words. The number after a definition points to a source on the sources page; each chapter links a term the first time it uses it.',
  data: 'Data',
  dataIntro:
    'Every data file the site is built from. Each row names the sources it comes from, and the same files draw every chart, table and number in the chapters.',
  cite: 'Cite this chapter',
  citePage: 'Cite this page',
  citeIntro: 'Suggested citations. Fill in the date you read the page where the brackets ask for it.',
  citeRelativeNote:
    'This copy of the site does not know its public web address, so the citation gives the page’s path: put the site’s address in front of it.',
  accessDateApa: '[Month Day, Year]',
  accessDateMla: '[Day Month Year]',
  accessDateChicago: '[Month Day, Year]',
  siteAddress: '[site address]',
  author: 'Sanctuary newsroom-tech team',
  copy: 'Copy',
  copyCitation: 'Copy the {style} citation',
  copied: '{style} citation copied to the clipboard.',
  copyFailed: 'Could not copy. Select the text and copy it with your keyboard.',
  linkToSection: 'Link to section: {heading}',
  linkCopied: 'Link to “{heading}” copied to the clipboard.',
  readingTime: 'Reading time',
  minutes: 'about {n} minutes',
  summary: 'Summary',
  stepsToProject: 'Chart steps to show in class',
  stepsToProjectNote: 'Each link opens the chapter with the chart in that state.',
  stepsOnHandout: 'Each step’s anchor, added to {address}, opens the chapter with the chart in that state.',
  activity: 'Activity with the data',
  activityData: 'Download:',
  handout: 'Printable handout',
  handoutFor: 'Handout: {title}',
  printHint: 'Print this page, or save it as a PDF, for a one-page handout.',
  backToEducators: 'All chapters for educators',
  seeAlsoGlossary: 'Terms used in the chapters are explained in the glossary.',
  file: 'File',
  description: 'What it contains',
  rows: 'Rows',
  lastUpdated: 'Last updated',
  download: 'Download',
  licence: 'Licence',
  licenceText:
    'The about page sets the terms of reuse: the text of the chapters is published under CC BY 4.0 and the code under the MIT licence. The data files are our transcription of the sources they name, and each row lists its sources; the words of quotes and excerpts belong to the people and publishers who wrote them.',
  licenceShort: 'Our transcription of the sources it names: see the reuse terms',
  columns: 'Columns',
  aboutPage: 'About this site',
  term: 'Term',
} as const;

export type EducatorStrings = { readonly [K in keyof typeof en]: string };

const fr: EducatorStrings = {
  educators: 'Pour le personnel enseignant',
  educatorsIntro:
    'Tout ce qu’il faut pour utiliser un chapitre en classe\u00a0: ce qu’il dit, le temps de lecture, des questions à discuter, les étapes de graphique à projeter, une activité avec les données et un document d’une page à imprimer.',
  glossary: 'Glossaire',
  glossaryIntro:
    'Les termes rencontrés dans les chapitres, expliqués simplement. Le numéro après une définition renvoie à une source de la page des sources; chaque chapitre relie un terme à sa première mention.',
  data: 'Données',
  dataIntro:
    'Tous les fichiers de données à partir desquels le site est construit. Chaque ligne nomme ses sources, et ces mêmes fichiers produisent chaque graphique, tableau et chiffre des chapitres.',
  cite: 'Citer ce chapitre',
  citePage: 'Citer cette page',
  citeIntro: 'Citations suggérées. Indiquez la date de consultation là où les crochets la demandent.',
  citeRelativeNote:
    'Cette copie du site ne connaît pas son adresse Web publique\u00a0: la citation donne donc le chemin de la page. Ajoutez l’adresse du site devant.',
  accessDateApa: '[jour mois année]',
  accessDateMla: '[jour mois année]',
  accessDateChicago: '[jour mois année]',
  siteAddress: '[adresse du site]',
  // The team's name as the French about page gives it (newsroom-tech is its name, kept in English).
  author: 'Équipe newsroom-tech de Sanctuaire',
  copy: 'Copier',
  copyCitation: 'Copier la citation {style}',
  copied: 'Citation {style} copiée dans le presse-papiers.',
  copyFailed: 'Copie impossible. Sélectionnez le texte et copiez-le avec le clavier.',
  linkToSection: 'Lien vers la section\u00a0: {heading}',
  linkCopied: 'Lien vers «\u00a0{heading}\u00a0» copié dans le presse-papiers.',
  readingTime: 'Temps de lecture',
  minutes: 'environ {n} minutes',
  summary: 'Résumé',
  stepsToProject: 'Étapes de graphique à montrer en classe',
  stepsToProjectNote: 'Chaque lien ouvre le chapitre avec le graphique dans cet état.',
  stepsOnHandout: 'L’ancre de chaque étape, ajoutée à {address}, ouvre le chapitre avec le graphique dans cet état.',
  activity: 'Activité avec les données',
  activityData: 'Télécharger\u00a0:',
  handout: 'Document à imprimer',
  handoutFor: 'Document\u00a0: {title}',
  printHint: 'Imprimez cette page, ou enregistrez-la en PDF, pour obtenir un document d’une page.',
  backToEducators: 'Tous les chapitres pour le personnel enseignant',
  seeAlsoGlossary: 'Les termes employés dans les chapitres sont expliqués dans le glossaire.',
  file: 'Fichier',
  description: 'Contenu',
  rows: 'Lignes',
  lastUpdated: 'Dernière mise à jour',
  download: 'Télécharger',
  licence: 'Licence',
  licenceText:
    'La page À propos fixe les conditions de réutilisation\u00a0: le texte des chapitres est publié sous licence CC BY 4.0 et le code sous licence MIT. Les fichiers de données sont notre transcription des sources qu’ils nomment, et chaque ligne indique ses sources; les mots des citations et extraits appartiennent aux personnes et aux éditeurs qui les ont écrits.',
  licenceShort: 'Notre transcription des sources qu’il nomme\u00a0: voir les conditions de réutilisation',
  columns: 'Colonnes',
  aboutPage: 'À propos de ce site',
  term: 'Terme',
};

export const EDUCATOR_UI: Record<Lang, EducatorStrings> = { en, fr };

/** Fills {name} slots in an interface string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
