/**
 * Suggested citations of a page in APA (7th), MLA (9th) and Chicago (17th, bibliography) styles.
 * The URL is absolute only when the public address is configured; otherwise the path is given after a
 * bracketed "[site address]" for the reader to fill in, like the access date, so the text never passes a
 * bare path off as a full web address.
 * French citations follow the French adaptations taught in Quebec: APA's "Récupéré le … de", MLA's and
 * Chicago's "Consulté le …", day-month-year dates, « guillemets » with the full stop outside them, and
 * no-break spaces inside the guillemets (fr-CA typography).
 */
import { formatIsoDay, type Lang } from '../i18n/locale.ts';
import { EDUCATOR_UI } from '../i18n/educators.ts';

export const CITATION_STYLES = ['APA', 'MLA', 'Chicago'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** A run of citation text; italic runs are titles of containers or works, as each style requires. */
export interface Segment {
  readonly text: string;
  readonly italic?: boolean;
}

export interface CitedPage {
  readonly lang: Lang;
  readonly title: string;
  readonly siteName: string;
  /** YYYY-MM-DD */
  readonly published: string;
  /** YYYY-MM-DD */
  readonly updated: string;
  /** Root-relative path, e.g. /en/police-cooperation/ */
  readonly path: string;
  /** The public address of the site when known. */
  readonly site?: URL | string | undefined;
}

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

function apaDate(lang: Lang, iso: string): string {
  const [y, m, d] = parts(iso);
  return lang === 'en' ? `${y}, ${EN_MONTHS[m - 1]} ${d}` : `${y}, ${formatIsoDay(lang, iso).replace(/ \d{4}$/, '')}`;
}

function mlaDate(lang: Lang, iso: string): string {
  const [y, m, d] = parts(iso);
  return lang === 'en' ? `${d} ${MLA_MONTHS[m - 1]} ${y}` : formatIsoDay(lang, iso);
}

/**
 * The fill-in a cited address starts with when the site does not know its public address (which the
 * reader's browser completes, src/client/site-address.ts), or nothing when it does.
 */
export function addressFillIn(page: Pick<CitedPage, 'lang' | 'site'>): string | undefined {
  return page.site ? undefined : EDUCATOR_UI[page.lang].siteAddress;
}

/** The address as cited: absolute when the site knows it, else an explicit fill-in before the path. */
export function citedAddress(page: Pick<CitedPage, 'lang' | 'site' | 'path'>): string {
  const fillIn = addressFillIn(page);
  return fillIn === undefined ? new URL(page.path, page.site).href : `${fillIn}${page.path}`;
}

/** A title inside quotation marks ends with a full stop unless it already ends with its own mark. */
function closed(title: string): string {
  return /[.?!]$/.test(title) ? title : `${title}.`;
}

/** Words MLA and Chicago leave in lower case inside an English title (articles, conjunctions, prepositions). */
const MINOR_WORDS = new Set(
  'a an the and but or nor for so yet as at by in of off on per to up via with without from into onto over than'.split(' '),
);

/**
 * An English title as MLA and Chicago write it ("What Is a Sanctuary City?", "Services without Fear"):
 * the chapters' own titles are in sentence case, which APA keeps.
 */
export function titleCase(title: string): string {
  const words = title.split(' ');
  return words
    .map((word, i) => {
      const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase();
      const minor = MINOR_WORDS.has(bare) && i > 0 && i < words.length - 1;
      return minor ? word : word.replace(/\p{L}/u, (c) => c.toUpperCase());
    })
    .join(' ');
}

export function citation(page: CitedPage, style: CitationStyle): Segment[] {
  const t = EDUCATOR_UI[page.lang];
  const url = citedAddress(page);
  const en = page.lang === 'en';
  const published = formatIsoDay(page.lang, page.published);
  const updated = formatIsoDay(page.lang, page.updated);
  // A page never revised has one date: "updated" on the day it was published would suggest a revision.
  const revised = page.updated !== page.published;
  const styled = en && style !== 'APA' ? titleCase(page.title) : page.title;
  // English closes a quoted title with its full stop inside the marks; French puts it after them.
  const quoted = (title: string) => (en ? `“${closed(title)}”` : `«\u00a0${title}\u00a0»${/[.?!]$/.test(title) ? '' : '.'}`);
  switch (style) {
    case 'APA': {
      // APA 7 dates a web page by its last update, when it shows one, and gives no other date.
      // A title that ends in "?" or "!" closes itself: no full stop after it ("ville sanctuaire?. Sanctuaire").
      const stop = /[.?!]$/.test(page.title) ? '' : '.';
      return [
        { text: `${t.author}. (${apaDate(page.lang, page.updated)}). ` },
        { text: page.title, italic: true },
        {
          text: en
            ? `${stop} ${page.siteName}. Retrieved ${t.accessDateApa}, from ${url}`
            : `${stop} ${page.siteName}. Récupéré le ${t.accessDateApa} de ${url}`,
        },
      ];
    }
    case 'MLA':
      // MLA 9 gives one date, the one of the version read: the latest.
      return [
        { text: `${t.author}. ${quoted(styled)} ` },
        { text: page.siteName, italic: true },
        {
          text: en
            ? `, ${mlaDate(page.lang, page.updated)}, ${url}. Accessed ${t.accessDateMla}.`
            : `, ${mlaDate(page.lang, page.updated)}, ${url}. Consulté le ${t.accessDateMla}.`,
        },
      ];
    case 'Chicago':
      return [
        { text: `${t.author}. ${quoted(styled)} ${page.siteName}. ` },
        {
          text: en
            ? `Published ${published}${revised ? `; last modified ${updated}` : ''}. Accessed ${t.accessDateChicago}. ${url}.`
            : `Publié le ${published}${revised ? `; modifié le ${updated}` : ''}. Consulté le ${t.accessDateChicago}. ${url}.`,
        },
      ];
  }
}

export function citationText(page: CitedPage, style: CitationStyle): string {
  return citation(page, style)
    .map((s) => s.text)
    .join('');
}
