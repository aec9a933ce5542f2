/**
 * The contract every chart module keeps: a pure function of (data, state, size, language) that returns
 * an SVG tree, plus a text alternative for each state. No DOM, no window: the same module renders to a
 * string at build time (svg-string.ts) and is re-applied in the browser when a scroll step changes.
 */
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
}
