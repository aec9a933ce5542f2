/**
 * Schema.org JSON-LD for the teaching pages (educators' page, handouts, glossary, data page), in the
 * page's language like the chapters' NewsArticle: name, description and inLanguage as a reader of that
 * edition sees them. Addresses are absolute only when the public address is configured.
 */
import type { Lang } from '../i18n/locale.ts';
import { UI } from '../i18n/ui.ts';

export interface LdPage {
  readonly type: 'CollectionPage' | 'LearningResource' | 'DefinedTermSet' | 'DataCatalog';
  readonly lang: Lang;
  readonly name: string;
  readonly description: string;
  /** Root-relative path of the page. */
  readonly path: string;
  readonly site: URL | undefined;
  /** The share image's path on the site. */
  readonly image: string;
  /** Type-specific properties; paths in them are made absolute with absolute(). */
  readonly extra?: Record<string, unknown>;
}

export const inLanguage = (lang: Lang) => (lang === 'fr' ? 'fr-CA' : 'en-CA');

/** A path as the page cites it: absolute when the site knows its address, root-relative otherwise. */
export function absolute(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** The script body, with "<" escaped so text from CSVs can never close the script element. */
export function pageJsonLd(page: LdPage): string {
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': page.type,
    name: page.name,
    description: page.description,
    inLanguage: inLanguage(page.lang),
    ...(page.site ? { url: absolute(page.path, page.site) } : {}),
    image: absolute(page.image, page.site),
    publisher: { '@type': 'Organization', name: UI[page.lang].siteTitle },
    isAccessibleForFree: true,
    ...page.extra,
  }).replace(/</g, '\\u003c');
}
