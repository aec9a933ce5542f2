/**
 * The language switch keeps the reader's place. Built, it links to the twin page's top; here its href gains
 * the section heading or step the reader was at, so /fr/…/#step-map-2017 lands where /en/…/#step-map-2017
 * was (ids are the same in both languages, except where a block names them after a translated slug: see
 * twinId). The switch sits in the page header, so a reader scrolls (or tabs, which scrolls) back up to reach
 * it: the place is therefore the one read while the header was out of view, measured when a scroll comes to
 * rest, and kept while the reader goes up to the header. A reader who came by a link to a section is at that
 * section for as long as it stays where the link put it, though a short section lets the next heading past
 * the line too.
 */
import { laidOutBox } from './laid-out.ts';
import { linkedId } from './linked-id.ts';

export interface Landmark {
  readonly id: string;
  /** Its top edge, in pixels from the top of the viewport. */
  readonly top: number;
  /** Where a reader's eye is: a landmark at or above this line has been reached. */
  readonly trigger: number;
}

/** The last landmark, in reading order, the reader has reached; undefined at the top of the page. */
export function currentPlace(landmarks: readonly Landmark[]): string | undefined {
  let place: string | undefined;
  for (const l of landmarks) if (l.top <= l.trigger) place = l.id;
  return place;
}

/** The switch's address for a place: the twin page, with the place's #id when there is one. */
export function placedHref(href: string, place: string | undefined): string {
  const base = href.split('#')[0]!;
  return place ? `${base}#${encodeURIComponent(place)}` : base;
}

/**
 * The id a place has on the twin page: its own, unless it sits in a block whose ids start with a slug that
 * is translated (the educators' page names a chapter's sections #police-cooperation-discussion in English
 * and #la-cooperation-policiere-discussion in French). Such a block gives its prefix and the twin's.
 */
export function twinId(id: string, prefix: string | undefined, twinPrefix: string | undefined): string {
  if (prefix === undefined || twinPrefix === undefined) return id;
  if (id === prefix) return twinPrefix;
  return id.startsWith(`${prefix}-`) ? `${twinPrefix}${id.slice(prefix.length)}` : id;
}

/** Section headings and scrolly steps: the places the twin page has too. */
const PLACES = 'main h2[id], main h3[id], main section.step[id]';

function twinIdOf(element: HTMLElement): string {
  const block = element.closest<HTMLElement>('[data-twin-id-prefix]');
  return twinId(element.id, block?.dataset.idPrefix, block?.dataset.twinIdPrefix);
}

function landmarks(): Landmark[] {
  const middle = Math.round(window.innerHeight * 0.5);
  return [...document.querySelectorAll<HTMLElement>(PLACES)].flatMap((element) => {
    // A step in a block the browser is skipping is far from the line: the block's top places it well
    // enough (the block is wholly above or below the line) without laying the block out.
    const rect = laidOutBox(element)?.getBoundingClientRect();
    // A hidden element (a print-only heading, a collapsed list) is nowhere a reader can be.
    if (!rect || (rect.width === 0 && rect.height === 0)) return [];
    const scrollyTrigger = Number(element.closest<HTMLElement>('[data-trigger]')?.dataset.trigger);
    return [
      { id: twinIdOf(element), top: rect.top, trigger: Number.isFinite(scrollyTrigger) && scrollyTrigger > 0 ? scrollyTrigger : middle },
    ];
  });
}

/** The place the address's #… names, if it is one. */
function linkedPlace(): HTMLElement | undefined {
  const id = linkedId();
  const element = id ? document.getElementById(id) : null;
  return element?.matches(PLACES) ? element : undefined;
}

/**
 * Whether an element is where following a link to it put it: its top at its scroll margin, or, near the
 * end of the page, wherever the page could scroll it to.
 */
function whereLinkPut(element: HTMLElement): boolean {
  const top = element.getBoundingClientRect().top;
  const margin = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
  const atEnd = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1;
  return Math.abs(top - margin) <= 2 || (atEnd && top >= 0 && top < innerHeight);
}

const REST_MS = 150;

export function enhanceLanguageSwitch(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')];
  const header = links[0]?.closest('header');
  if (!header) return;
  const twins = links.map((link) => link.getAttribute('href') ?? '');
  let linked = linkedPlace();
  let place = linked && twinIdOf(linked);
  const show = () => links.forEach((link, i) => link.setAttribute('href', placedHref(twins[i]!, place)));
  const measure = () => {
    if (header.getBoundingClientRect().bottom > 0) return;
    // The browser's own scroll to a linked section comes to rest like a reader's.
    if (linked && whereLinkPut(linked)) return;
    linked = undefined;
    place = currentPlace(landmarks());
    show();
  };
  let timer: number | undefined;
  addEventListener(
    'scroll',
    () => {
      clearTimeout(timer);
      timer = window.setTimeout(measure, REST_MS);
    },
    { passive: true },
  );
  addEventListener('hashchange', () => {
    linked = linkedPlace();
    place = (linked && twinIdOf(linked)) ?? place;
    show();
  });
  show();
}
