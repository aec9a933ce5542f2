/**
 * The addresses of the built-in pages in each language. French pages have French slugs, pinned like the
 * chapters' frontmatter slugs: once published, an address never changes, so an educator's link keeps working.
 */
import type { Lang } from './locale.ts';

export const BUILTIN_SLUGS = {
  sources: { en: 'sources', fr: 'sources' },
  data: { en: 'data', fr: 'donnees' },
  educators: { en: 'educators', fr: 'enseignants' },
  glossary: { en: 'glossary', fr: 'glossaire' },
  embed: { en: 'embed', fr: 'integrer' },
} as const satisfies Record<string, Record<Lang, string>>;

export type BuiltinPage = keyof typeof BUILTIN_SLUGS;

/** "/fr/donnees/", or with a sub-page "/fr/enseignants/la-cooperation-policiere/". */
export function builtinPath(page: BuiltinPage, lang: Lang, subpage?: string): string {
  return `/${lang}/${BUILTIN_SLUGS[page][lang]}/${subpage ? `${subpage}/` : ''}`;
}

/** Slugs a chapter may not take in a language, because a built-in page lives there. */
export function reservedSlugs(lang: Lang): Set<string> {
  return new Set(Object.values(BUILTIN_SLUGS).map((slugs) => slugs[lang]));
}
