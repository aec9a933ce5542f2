/**
 * Which share image each page uses, and what is on it. A chapter's card carries its title and its key
 * chart (the last state of its first sequence: the picture the sequence builds up to); a page without
 * a chart of its own, and every non-chapter page, uses its own text card or the site card.
 * Addresses are stable: /share/<lang>.png (site) and /share/<lang>/<slug>.png (chapter).
 */
import { chaptersByLang, publishedLangs, type Chapter } from '../data/chapters.ts';
import type { Lang } from '../i18n/locale.ts';
import { UI } from '../i18n/ui.ts';
import type { CardChart, CardText } from './card.ts';
import { sequencesOf } from './sequences.ts';

export const siteCardPath = (lang: Lang) => `/share/${lang}.png`;
export const chapterCardPath = (chapter: Chapter) => `/share/${chapter.lang}/${chapter.entry.data.slug}.png`;

export interface CardSpec {
  readonly text: CardText;
  readonly chart?: CardChart | undefined;
  /** What the image shows, for og:image:alt. */
  readonly alt: string;
}

const ALT = {
  en: {
    site: (t: string) => `${t}: title card`,
    chapter: (title: string, chart: string) => `“${title}”, with the chart “${chart}”`,
    text: (title: string) => `“${title}”: title card`,
  },
  // fr-CA spacing: a no-break space before the colon and inside the guillemets.
  fr: {
    site: (t: string) => `${t}\u00a0: carte de titre`,
    chapter: (title: string, chart: string) => `«\u00a0${title}\u00a0», avec le graphique «\u00a0${chart}\u00a0»`,
    text: (title: string) => `«\u00a0${title}\u00a0»\u00a0: carte de titre`,
  },
} as const;

/** The site card draws the first chapter's key chart under the site's name and tagline. */
export async function siteCard(lang: Lang): Promise<CardSpec> {
  const t = UI[lang];
  const first = (await chaptersByLang())[lang].flatMap(sequencesOf)[0];
  return {
    text: { siteTitle: t.siteTitle, title: t.siteTagline },
    chart: first
      ? {
          chart: first.chart,
          state: first.steps.at(-1)!.state,
          lang,
          where: `<Step id="${first.steps.at(-1)!.id}"> (the site's share image)`,
        }
      : undefined,
    alt: first ? ALT[lang].chapter(t.siteHeading, first.title) : ALT[lang].site(t.siteHeading),
  };
}

export async function chapterCard(chapter: Chapter): Promise<CardSpec> {
  const { lang } = chapter;
  const t = UI[lang];
  const data = chapter.entry.data;
  const chapters = (await chaptersByLang())[lang].filter((c) => c.entry.data.kind === 'chapter');
  const number = chapters.findIndex((c) => c.key === chapter.key) + 1;
  const kicker = number > 0 ? `${t.chapter} ${number}` : undefined;
  const key = sequencesOf(chapter)[0];
  if (!key) {
    return { text: { siteTitle: t.siteTitle, kicker, title: data.title, subtitle: data.summary }, alt: ALT[lang].text(data.title) };
  }
  return {
    text: { siteTitle: t.siteTitle, kicker, title: data.title, subtitle: key.title },
    chart: {
      chart: key.chart,
      state: key.steps.at(-1)!.state,
      lang,
      where: `<Step id="${key.steps.at(-1)!.id}"> (the share image of ${chapter.href})`,
    },
    alt: ALT[lang].chapter(data.title, key.title),
  };
}

export async function allChapters(): Promise<Chapter[]> {
  const byLang = await chaptersByLang();
  return (await publishedLangs()).flatMap((lang) => byLang[lang]);
}
