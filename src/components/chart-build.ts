/**
 * Build-time glue between the chart registry and the figure components: renders a state to SVG markup
 * with its text alternative, and refuses (with the reason and the place) a chart, state or step that
 * cannot be drawn or described.
 */
import { siteData } from '../data/site-data.ts';
import type { Lang } from '../i18n/locale.ts';
import { chartEntry, type ChartEntry } from '../charts/registry.ts';
import { svgToString } from '../charts/svg-string.ts';
import type { SvgNode } from '../charts/types.ts';

/** Drawing widths at build time. The browser redraws at the real width; without JS, CSS scales these. */
export const MAIN_WIDTH = 640;
export const STEP_WIDTH = 420;

export const STEP_ID = /^step-[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const FIGURE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export class ChartBuildError extends Error {
  constructor(where: string, message: string) {
    super(`${where}: ${message}`);
    this.name = 'ChartBuildError';
  }
}

export interface PreparedChart {
  readonly entry: ChartEntry;
  readonly data: unknown;
  readonly aspect: number;
}

export function prepareChart(chart: string, instanceId: string, where: string): PreparedChart {
  if (typeof chart !== 'string' || chart === '') throw new ChartBuildError(where, 'name the chart to draw, e.g. chart="map".');
  let entry: ChartEntry;
  try {
    entry = chartEntry(chart);
  } catch (error) {
    throw new ChartBuildError(where, (error as Error).message);
  }
  const data = entry.select(siteData(), { instanceId });
  return { entry, data, aspect: entry.module.aspect(MAIN_WIDTH) };
}

export interface RenderedState {
  readonly tree: SvgNode;
  readonly description: string;
}

export function renderState(chart: PreparedChart, state: unknown, width: number, lang: Lang, where: string): RenderedState {
  const size = { width, height: Math.round(width * chart.aspect) };
  let tree: SvgNode;
  let description: string;
  try {
    tree = chart.entry.module.render(chart.data, state, size, lang);
    description = chart.entry.module.describe(chart.data, state, lang);
  } catch (error) {
    throw new ChartBuildError(where, `the state ${JSON.stringify(state)} cannot be drawn: ${(error as Error).message}`);
  }
  if (typeof description !== 'string' || description.trim() === '') {
    throw new ChartBuildError(
      where,
      `chart "${chart.entry.module.id}" gives no text alternative for the state ${JSON.stringify(state)}. Its describe() must return what a sighted reader learns from that state.`,
    );
  }
  return { tree, description: description.trim() };
}

/** The root <svg> with extra attributes and, first, any <defs>. */
export function svgMarkup(tree: SvgNode, attrs: Record<string, string>, defs?: SvgNode): string {
  return svgToString({ ...tree, attrs: { ...tree.attrs, ...attrs }, children: [...(defs ? [defs] : []), ...(tree.children ?? [])] });
}

/** JSON for a <script type="application/json"> block: nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

const idsByPage = new WeakMap<Request, Set<string>>();

/** Step and figure ids must be unique in a page: they are link targets educators share. */
export function claimId(request: Request, id: string, where: string): void {
  const seen = idsByPage.get(request) ?? new Set<string>();
  idsByPage.set(request, seen);
  if (seen.has(id)) throw new ChartBuildError(where, `the id "${id}" is used twice on this page. Each figure and step needs its own id; links point to it.`);
  seen.add(id);
}
