/**
 * The published chapters and appendix pages, grouped by language and checked for clashes that the
 * per-file frontmatter schema cannot see (two pages with one slug, two chapters in one place).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGS, type Lang } from '../i18n/locale.ts';
import { reservedSlugs } from '../i18n/routes.ts';
import { typeset } from '../i18n/typography.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;

/** The methods page's file name: the full list of conflicts between sources lives there, in each language. */
export const METHODS_KEY = '06-methods';

export interface Chapter {
  readonly entry: ChapterEntry;
  readonly lang: Lang;
  /** The file name without language folder: pairs a chapter with its translation. */
  readonly key: string;
  readonly href: string;
}

function describe(entry: ChapterEntry): string {
  return `content/chapters/${entry.id}.mdx`;
}

/**
 * The frontmatter's reader-facing text set in its language's typography (French spacing and guillemets),
 * once, so every page, card and handout that shows a title or summary shows the same characters. The
 * entry keeps its id and rendered body, so render() still finds it.
 */
function typesetEntry(entry: ChapterEntry, lang: Lang): ChapterEntry {
  if (lang === 'en') return entry;
  const set = (text: string) => typeset(lang, text);
  const data = entry.data;
  return {
    ...entry,
    data: {
      ...data,
      title: set(data.title),
      summary: set(data.summary),
      ...(data.answer === undefined ? {} : { answer: set(data.answer) }),
      key_points: data.key_points.map(set),
      discussion_questions: data.discussion_questions.map(set),
      corrections: data.corrections.map((c) => ({ ...c, text: set(c.text) })),
    },
  };
}

export async function chaptersByLang(): Promise<Record<Lang, Chapter[]>> {
  const entries = await getCollection('chapters');
  const result = Object.fromEntries(LANGS.map((l) => [l, [] as Chapter[]])) as Record<Lang, Chapter[]>;
  const problems: string[] = [];
  for (const entry of entries) {
    const [folder, key] = entry.id.split('/');
    if (!LANGS.includes(folder as Lang) || !key) {
      problems.push(`${describe(entry)}: chapters live in content/chapters/en/ or content/chapters/fr/.`);
      continue;
    }
    const lang = folder as Lang;
    result[lang].push({ entry: typesetEntry(entry, lang), lang, key, href: `/${lang}/${entry.data.slug}/` });
  }
  for (const lang of LANGS) {
    const list = result[lang];
    const reserved = reservedSlugs(lang);
    for (const c of list) {
      if (reserved.has(c.entry.data.slug)) problems.push(`${describe(c.entry)}: the slug "${c.entry.data.slug}" is reserved for a built-in page at /${lang}/${c.entry.data.slug}/. Choose another.`);
    }
    for (const [field, label] of [['slug', 'slug'], ['order', 'order']] as const) {
      const seen = new Map<unknown, ChapterEntry>();
      for (const c of list) {
        const value = c.entry.data[field];
        const other = seen.get(value);
        if (other) problems.push(`${describe(c.entry)} and ${describe(other)} both have ${label}: ${String(value)}. Each page needs its own.`);
        seen.set(value, c.entry);
      }
    }
    list.sort((a, b) => a.entry.data.order - b.entry.data.order);
  }
  if (problems.length > 0) throw new Error(`Chapter frontmatter problems:\n- ${problems.join('\n- ')}`);
  return result;
}

/** Languages that have at least one page; only these get routes, so no empty edition is published. */
export async function publishedLangs(): Promise<Lang[]> {
  const byLang = await chaptersByLang();
  return LANGS.filter((l) => byLang[l].length > 0);
}

export async function translationOf(chapter: Chapter): Promise<Chapter | undefined> {
  const byLang = await chaptersByLang();
  const other: Lang = chapter.lang === 'en' ? 'fr' : 'en';
  return byLang[other].find((c) => c.key === chapter.key);
}
