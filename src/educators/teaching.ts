/** Everything the educators' page and the handouts show about one story chapter, gathered once. */
import { chaptersByLang, type Chapter } from '../data/chapters.ts';
import { siteData } from '../data/site-data.ts';
import type { Lang } from '../i18n/locale.ts';
import { UI } from '../i18n/ui.ts';
import { activityFor } from './activities.ts';
import { readingMinutes, stepLinks, stepSentences, type StepLink } from './chapter-material.ts';
import type { CitedPage } from './citation.ts';

export interface TeachingChapter {
  readonly chapter: Chapter;
  readonly number: number;
  readonly minutes: number;
  readonly steps: readonly StepLink[];
  readonly activity: { data: string; question: string } | undefined;
  readonly cited: CitedPage;
}

export async function teachingChapters(lang: Lang, site: URL | undefined): Promise<TeachingChapter[]> {
  const data = siteData();
  const byLang = await chaptersByLang();
  const story = byLang[lang].filter((c) => c.entry.data.kind === 'chapter');
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  return story.map((chapter, index) => {
    const body = chapter.entry.body ?? '';
    const where = `content/chapters/${chapter.entry.id}.mdx`;
    const d = chapter.entry.data;
    const twin = byLang[other]?.find((c) => c.key === chapter.key);
    const twinSteps = twin ? stepSentences(twin.entry.body ?? '', other, data, `content/chapters/${twin.entry.id}.mdx`) : undefined;
    return {
      chapter,
      number: index + 1,
      minutes: readingMinutes(body, lang, data, where),
      steps: stepLinks(body, lang, data, where, twinSteps),
      activity: activityFor(chapter.key, lang),
      cited: { lang, title: d.title, siteName: UI[lang].siteTitle, published: d.published, updated: d.updated, path: chapter.href, site },
    };
  });
}
