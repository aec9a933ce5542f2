/**
 * The contract every chart module keeps: a pure function of (data, state, size, language) that returns
 * an SVG tree, plus a text alternative for each state. No DOM, no window: the same module renders to a
 * string at build time (svg-string.ts) and is re-applied in the browser when a scroll step changes.
 */
import type { Dataset } from '../data/schemas.ts';
import type { Lang } from '../i18n/locale.ts';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

export type SvgAttrs = Readonly<Record<string, string | number | undefined>>;

/** A node of the SVG tree. `key` identifies a mark across states so transitions can move it. */
export interface SvgNode {
  readonly tag: string;
  readonly attrs?: SvgAttrs;
  readonly key?: string;
  /** Text content (escaped on output) or child elements. */
  readonly children?: readonly (SvgNode | string)[];
}

export interface ChartModule<Data, State> {
  /** Stable id used in markup (data-chart) and in "Get the data" file names. */
  readonly id: string;
  /** height / width of the drawing, reserved in CSS so nothing shifts when it renders. */
  aspect(width: number): number;
  render(data: Data, state: State, size: ChartSize, lang: Lang): SvgNode;
  /** Text alternative for one state: what a sighted reader learns from the picture, in words. */
  describe(data: Data, state: State, lang: Lang): string;
  /**
   * The height a step's own picture needs at this width, where a state says less than the tallest one (a
   * chart whose box keeps the tallest state's height, so that it never changes size while it moves, would
   * otherwise leave a blank under a short state). Only the static picture is cropped; the live chart
   * keeps aspect(width).
   */
  pictureHeight?(data: Data, state: State, width: number, lang: Lang): number;
}

/**
 * What a page needs around a chart's drawing, found by src/charts/registry.ts from each chart folder's
 * entry.ts. Build-time only: the browser imports a folder's chart.ts, never its entry.
 */
export interface ChartColumn {
  /** CSV header and row key. */
  readonly key: string;
  readonly label: Readonly<Record<Lang, string>>;
  /** A count or a measure ('number': grouped in thousands as the prose writes it); a year is not one. */
  readonly kind?: 'text' | 'number' | 'sources';
  /** A column in one language only (e.g. name_fr): shown in that edition's table, always in the CSV. */
  readonly lang?: Lang;
  /** A code or id column: kept in the "Get the data" CSV, never shown in the table on the page. */
  readonly csvOnly?: true;
}

/** Exactly the rows a chart draws: the table under the chart and its CSV download are both made from it. */
export interface ChartTable {
  readonly columns: readonly ChartColumn[];
  readonly rows: readonly Readonly<Record<string, string | number>>[];
}

export interface LegendItem {
  readonly key: string;
  readonly label: Readonly<Record<Lang, string>>;
  /** A mark drawn in a 16 × 16 box. */
  readonly swatch: SvgNode;
}

export interface ChartContext {
  /** Unique on the page (the figure's id): prefixes any id the chart writes into the document. */
  readonly instanceId: string;
}

export interface ChartEntry<D = unknown, S = unknown> {
  readonly module: ChartModule<D, S>;
  /** The data files (in data/) the chart reads: their last change is the chart's "data last updated" date. */
  readonly files: readonly string[];
  /** One line on how the picture is made from the rows, per language. */
  readonly method: Readonly<Record<Lang, string>>;
  /** What the module draws, at build time; keep it to what is drawn. */
  select(data: Dataset, context: ChartContext): D;
  table(data: Dataset): ChartTable;
  sources(data: Dataset): readonly string[];
  /** Geometry shared by every state, written once per figure inside the main graphic's <defs>. */
  defs?(data: D, context: ChartContext): SvgNode;
  /**
   * The legend's entries: only what the data draws, so no key explains a mark that is not on the chart.
   * `states` are the states the figure shows, where the page knows them: a key for marks that none of
   * them brings into colour may be left out.
   */
  legend?(data: Dataset, states?: readonly unknown[]): readonly LegendItem[];
  /**
   * Every step picture draws in words all that its state's text alternative says (a box of text, a list
   * of figures). Under such a picture the text alternative would repeat it word for word: in the flat
   * sequence it is kept for screen readers only, and the picture's own alt stays empty so it is read once.
   */
  readonly picturesSayItAll?: true;
}
