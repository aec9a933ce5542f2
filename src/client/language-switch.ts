/**
 * The language switch keeps the reader's place. Built, it links to the twin page's top; here its href gains
 * the section heading or step the reader was at, so /fr/…/#step-map-2017 lands where /en/…/#step-map-2017
 * was (ids are the same in both languages). The switch sits in the page header, so a reader scrolls (or
 * tabs, which scrolls) back up to reach it: the place is therefore the one read while the header was out of
 * view, measured when a scroll comes to rest, and kept while the reader goes up to the header.
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

/** Section headings and scrolly steps: the places whose ids the twin page shares. */
const PLACES = 'main h2[id], main h3[id], main section.step[id]';

function landmarks(): Landmark[] {
  const middle = Math.round(window.innerHeight * 0.5);
  return [...document.querySelectorAll<HTMLElement>(PLACES)].flatMap((element) => {
    // A step in a block the browser is skipping is far from the line: the block's top places it well
    // enough (the block is wholly above or below the line) without laying the block out.
    const rect = laidOutBox(element)?.getBoundingClientRect();
    // A hidden element (a print-only heading, a collapsed list) is nowhere a reader can be.
    if (!rect || (rect.width === 0 && rect.height === 0)) return [];
    const scrollyTrigger = Number(element.closest<HTMLElement>('[data-trigger]')?.dataset.trigger);
    return [{ id: element.id, top: rect.top, trigger: Number.isFinite(scrollyTrigger) && scrollyTrigger > 0 ? scrollyTrigger : middle }];
  });
}

function hashPlace(): string | undefined {
  const id = linkedId();
  return id && document.getElementById(id)?.matches(PLACES) ? id : undefined;
}

const REST_MS = 150;

export function enhanceLanguageSwitch(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')];
  const header = links[0]?.closest('header');
  if (!header) return;
  const twins = links.map((link) => link.getAttribute('href') ?? '');
  let place = hashPlace();
  const show = () => links.forEach((link, i) => link.setAttribute('href', placedHref(twins[i]!, place)));
  const measure = () => {
    if (header.getBoundingClientRect().bottom > 0) return;
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
    place = hashPlace() ?? place;
    show();
  });
  show();
}
