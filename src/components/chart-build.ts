/**
 * Build-time glue between the chart registry and the figure components: renders a state to SVG markup
 * with its text alternative, and refuses (with the reason and the place) a chart, state or step that
 * cannot be drawn or described.
 */
import { siteData } from '../data/site-data.ts';
import type { Lang } from '../i18n/locale.ts';
import { typeset } from '../i18n/typography.ts';
import { chartEntry, type ChartEntry } from '../charts/registry.ts';
import { svgToString } from '../charts/svg-string.ts';
import type { SvgNode } from '../charts/types.ts';
import { DRAW_LAYOUTS, type DrawLayout } from './chart-layouts.ts';

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
  /** Prefix of the ids the chart writes (its shared geometry): one per chart per page. */
  readonly instanceId: string;
  readonly request: Request;
}

export function prepareChart(chart: string, request: Request, where: string): PreparedChart {
  if (typeof chart !== 'string' || chart === '') throw new ChartBuildError(where, 'name the chart to draw, e.g. chart="map".');
  let entry: ChartEntry;
  try {
    entry = chartEntry(chart);
  } catch (error) {
    throw new ChartBuildError(where, (error as Error).message);
  }
  // Every drawing of this chart on the page (opener, sequences, figures) points to one copy of its
  // shared geometry: a map drawn three times carries its outline once.
  const instanceId = `shared-${chart}`;
  const data = entry.select(siteData(), { instanceId });
  return { entry, data, instanceId, request };
}

export interface RenderedState {
  readonly tree: SvgNode;
  readonly description: string;
}

/** The drawing's words in the page language's typography (CSV cells are typed with spreadsheet spaces and quotes). */
function typesetTree(lang: Lang, node: SvgNode): SvgNode {
  if (!node.children) return node;
  return { ...node, children: node.children.map((child) => (typeof child === 'string' ? typeset(lang, child) : typesetTree(lang, child))) };
}

/** The height every state of a chart shares at this width, so that a sequence's pinned chart never resizes. */
export function sharedHeight(chart: Pick<PreparedChart, 'entry'>, width: number): number {
  return Math.round(width * chart.entry.module.aspect(width));
}

export function renderState(
  chart: Pick<PreparedChart, 'entry' | 'data'>,
  state: unknown,
  width: number,
  lang: Lang,
  where: string,
  height = sharedHeight(chart, width),
): RenderedState {
  const size = { width, height };
  let tree: SvgNode;
  let description: string;
  try {
    tree = typesetTree(lang, chart.entry.module.render(chart.data, state, size, lang));
    description = typeset(lang, chart.entry.module.describe(chart.data, state, lang));
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

export interface Drawings {
  /** The shared geometry (if any), then the narrow and the wide drawing; CSS shows one of the two. */
  readonly html: string;
  readonly description: string;
}

/**
 * A state drawn in every layout, inline. Both drawings are in the page so that the one the viewport
 * needs shows from the first paint, without a script or a layout shift. Shared geometry goes once into
 * its own zero-size <svg> (never display:none, where Chromium would drop what <use> points to).
 */
export function inlineDrawings(
  chart: PreparedChart,
  state: unknown,
  lang: Lang,
  where: string,
  labelledBy: string,
  /** This state already drawn in each layout (a sequence draws every step): it is not drawn again. */
  drawnBefore?: Readonly<Record<DrawLayout['name'], RenderedState>>,
): Drawings {
  const defs = firstOnPage(chart) ? chart.entry.defs?.(chart.data, { instanceId: chart.instanceId }) : undefined;
  const parts = defs
    ? [
        svgToString({
          tag: 'svg',
          attrs: { class: 'chart chart-defs', 'aria-hidden': 'true', focusable: 'false', width: 0, height: 0 },
          children: [defs],
        }),
      ]
    : [];
  let description = '';
  for (const layout of DRAW_LAYOUTS) {
    const drawn =
      drawnBefore?.[layout.name] ?? renderState(chart, state, layout.width, lang, `${where} (${layout.name} drawing, ${layout.width} px)`);
    description = drawn.description;
    const cls = `${String(drawn.tree.attrs?.class ?? 'chart')} chart-drawing chart-drawing--${layout.name}`;
    parts.push(
      svgMarkup(drawn.tree, { role: 'img', 'aria-labelledby': labelledBy, focusable: 'false', class: cls, 'data-layout': layout.name }),
    );
  }
  return { html: parts.join(''), description };
}

/** JSON for a <script type="application/json"> block: nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

const defsByPage = new WeakMap<Request, Set<string>>();

/** True the first time a page asks for this chart's shared geometry. */
function firstOnPage(chart: PreparedChart): boolean {
  const written = defsByPage.get(chart.request) ?? new Set<string>();
  defsByPage.set(chart.request, written);
  if (written.has(chart.instanceId)) return false;
  written.add(chart.instanceId);
  return true;
}

const idsByPage = new WeakMap<Request, Set<string>>();

/** Step and figure ids must be unique in a page: they are link targets educators share. */
export function claimId(request: Request, id: string, where: string): void {
  const seen = idsByPage.get(request) ?? new Set<string>();
  idsByPage.set(request, seen);
  if (seen.has(id))
    throw new ChartBuildError(
      where,
      `the id "${id}" is used twice on this page. Each figure and step needs its own id; links point to it.`,
    );
  seen.add(id);
}
