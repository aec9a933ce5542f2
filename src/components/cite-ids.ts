/**
 * Ids for footnotes, unique within a page. Each footnote's note needs an id for its popover; the first
 * footnote to a given source on a page also carries the anchor #cite-S017, which the sources page links
 * back to. Keyed by the page's request, like the chart ids, so two pages never share a counter.
 */
const byPage = new WeakMap<Request, { count: number; anchored: Set<string> }>();

export interface FootnoteIds {
  /** The id of this footnote's note (its popover). */
  readonly note: string;
  /** #cite-<source> on the first footnote to that source in the page, undefined after. */
  readonly anchor: string | undefined;
}

export function footnoteIds(request: Request, sourceId: string): FootnoteIds {
  const page = byPage.get(request) ?? { count: 0, anchored: new Set<string>() };
  byPage.set(request, page);
  page.count += 1;
  const first = !page.anchored.has(sourceId);
  page.anchored.add(sourceId);
  return { note: `note-${page.count}`, anchor: first ? citeAnchor(sourceId) : undefined };
}

/** The anchor of the first footnote to a source on a page: /en/<slug>/#cite-S017. */
export function citeAnchor(sourceId: string): string {
  return `cite-${sourceId}`;
}
