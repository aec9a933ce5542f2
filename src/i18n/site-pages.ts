/**
 * The site's own pages beside the chapters, in the order every list of them shows (the site footer, the
 * "not found" page): the sources, then the teaching pages.
 */
import { EDUCATOR_UI } from './educators.ts';
import type { Lang } from './locale.ts';
import { builtinPath } from './routes.ts';
import { UI } from './ui.ts';

export function sitePageLinks(lang: Lang): { href: string; label: string }[] {
  const e = EDUCATOR_UI[lang];
  return [
    { href: builtinPath('sources', lang), label: UI[lang].sources },
    { href: builtinPath('educators', lang), label: e.educators },
    { href: builtinPath('glossary', lang), label: e.glossary },
    { href: builtinPath('data', lang), label: e.data },
  ];
}
