/**
 * Draws one state of a chart sequence to SVG markup, straight from the chart registry, for pages and
 * images outside the chapter (embeds, share images). The chapter's own figures are drawn by
 * src/components; both call the same chart modules, so the pictures agree.
 */
import { chartEntry } from '../charts/registry.ts';
import type { SvgNode } from '../charts/types.ts';
import { siteData } from '../data/site-data.ts';
import type { Lang } from '../i18n/locale.ts';
import { renderState, sharedHeight } from '../components/chart-build.ts';

export interface DrawnState {
  readonly tree: SvgNode;
  readonly width: number;
  readonly height: number;
  readonly description: string;
}

/** `where` names the step for an editor when its state cannot be drawn (the chapter's own figure would say the same). */
export function drawState(chart: string, instanceId: string, state: unknown, width: number, lang: Lang, where: string): DrawnState {
  const entry = chartEntry(chart);
  const data = entry.select(siteData(), { instanceId });
  const height = sharedHeight({ entry }, width);
  // The chapter's own renderer: the same typography, the same refusals.
  const { tree, description } = renderState({ entry, data }, state, width, lang, where, height);
  return { tree, width, height, description };
}

/** Geometry the chart shares between states (e.g. the map's basemap), once per document. */
export function sharedDefs(chart: string, instanceId: string): SvgNode | undefined {
  const entry = chartEntry(chart);
  return entry.defs?.(entry.select(siteData(), { instanceId }), { instanceId });
}
