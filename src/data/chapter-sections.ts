/**
 * The sections a chapter's MDX pins with an id (`<h2 id="…">…</h2>` on a line of its own), in order, with
 * the heading as the reader sees it: what the reference pages' "On this page" list links to. Astro's own
 * heading list skips headings written as JSX, which is how the chapters pin their ids.
 */
import type { Lang } from '../i18n/locale.ts';
import { typeset } from '../i18n/typography.ts';

export interface PinnedSection {
  readonly id: string;
  readonly text: string;
}

export function pinnedSections(mdx: string, lang: Lang): PinnedSection[] {
  return [...mdx.matchAll(/^<h2 id="([^"]+)">(.*?)<\/h2>\s*$/gm)].map(([, id, inner]) => ({
    id: id!,
    text: typeset(lang, inner!.replace(/<[^>]+>/g, '').trim()),
  }));
}
