/** Words for embeds, embed snippets and the printed handout, in both languages (French with its no-break spaces). */
import type { Lang } from '../i18n/locale.ts';

export const SHARING_TEXT = {
  en: {
    steps: 'Steps',
    step: (n: number, of: number) => `Step ${n} of ${of}`,
    showStep: (n: number) => `Show step ${n}`,
    sources: 'Sources',
    sourcesLabel: 'Sources:',
    getData: 'Get the data (CSV)',
    fromChapter: (title: string) => `From the chapter “${title}”`,
    embedThis: 'Embed this chart',
    embedHelp: 'Paste this code into a web page to show this chart, with its steps, source and data.',
    copy: 'Copy the code',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy: select the code and copy it by hand.',
    printedFrom: 'Printed from',
    printedOn: 'on',
    sourcesCited: 'Sources cited in this chapter',
    sourcesCitedOnPage: 'Sources cited on this page',
    tablesNoJs: 'The data tables print open only with JavaScript on; without it, open each “Show the data as a table” before printing.',
  },
  fr: {
    steps: 'Étapes',
    step: (n: number, of: number) => `Étape ${n} sur ${of}`,
    showStep: (n: number) => `Afficher l’étape ${n}`,
    sources: 'Sources',
    sourcesLabel: 'Sources\u00a0:',
    getData: 'Télécharger les données (CSV)',
    fromChapter: (title: string) => `Tiré du chapitre «\u00a0${title}\u00a0»`,
    embedThis: 'Intégrer ce graphique',
    embedHelp: 'Collez ce code dans une page Web pour y montrer ce graphique, avec ses étapes, sa source et ses données.',
    copy: 'Copier le code',
    copied: 'Copié dans le presse-papiers.',
    copyFailed: 'Copie impossible\u00a0: sélectionnez le code et copiez-le vous-même.',
    printedFrom: 'Imprimé à partir de',
    printedOn: 'le',
    sourcesCited: 'Sources citées dans ce chapitre',
    sourcesCitedOnPage: 'Sources citées sur cette page',
    tablesNoJs:
      'Les tableaux de données s’impriment ouverts seulement avec JavaScript; sinon, ouvrez chaque «\u00a0Afficher les données sous forme de tableau\u00a0» avant d’imprimer.',
  },
} as const satisfies Record<Lang, unknown>;
