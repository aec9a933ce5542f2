/**
 * Which pages cite each source, read from the chapters' MDX and the data their components draw, so the
 * sources page can link back to the first footnote to a source on each page (#cite-S017). Components
 * that cite on their own (quotes, conflict boxes, the city table, charts) are followed to the rows they
 * show; a footnote typed in the MDX is read from its <Cite ids="…">.
 */
import { chartEntry } from '../charts/registry.ts';
import type { Chapter } from './chapters.ts';
import type { Dataset } from './schemas.ts';

export interface CitingPage {
  readonly title: string;
  readonly href: string;
}

function attributeValues(body: string, component: string, attribute: string): string[] {
  const pattern = new RegExp(`<${component}\\b[^>]*?\\b${attribute}="([^"]*)"`, 'g');
  return [...body.matchAll(pattern)].map((m) => m[1]!);
}

/** Every source id a page's MDX body cites, directly or through a component. */
export function sourcesCitedBy(body: string, data: Dataset): Set<string> {
  const ids = new Set<string>();
  const add = (list: readonly string[]) => list.forEach((id) => ids.add(id));
  for (const value of attributeValues(body, 'Cite', 'ids')) add(value.split(';').map((s) => s.trim()).filter(Boolean));
  for (const id of attributeValues(body, 'Quote', 'id')) add(data.quotes.find((q) => q.id === id)?.source_ids ?? []);
  for (const id of attributeValues(body, 'Conflict', 'id')) add(data.conflicts.find((c) => c.id === id)?.source_ids ?? []);
  if (/<ConflictList\b/.test(body)) data.conflicts.forEach((c) => add(c.source_ids));
  if (/<CityTable\b/.test(body)) data.municipalities.forEach((m) => add(m.source_ids));
  for (const chart of [...attributeValues(body, 'Scrolly', 'chart'), ...attributeValues(body, 'Figure', 'chart')]) {
    add(chartEntry(chart).sources(data));
  }
  return ids;
}

/** Source id → the pages that cite it, in reading order. */
export function citingPages(chapters: readonly Chapter[], data: Dataset): Map<string, CitingPage[]> {
  const pages = new Map<string, CitingPage[]>();
  for (const chapter of chapters) {
    for (const id of sourcesCitedBy(chapter.entry.body ?? '', data)) {
      const list = pages.get(id) ?? [];
      list.push({ title: chapter.entry.data.title, href: chapter.href });
      pages.set(id, list);
    }
  }
  return pages;
}
