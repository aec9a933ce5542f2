/**
 * A step's picture for readers without the live chart: one self-contained SVG file per layout (its
 * shared geometry, font and dark-mode colours inside, since an <img> sees neither the page's <defs> nor
 * its styles), named by its content's hash so it can be cached for good. Readers with JavaScript never
 * parse these unless their screen shows the flat sequence of pictures.
 */
import { createHash } from 'node:crypto';
import { svgToString } from '../charts/svg-string.ts';
import type { SvgNode } from '../charts/types.ts';
import { darkChartStylesheet } from '../styles/dark-palette.ts';
import type { PreparedChart } from './chart-build.ts';
import { DRAW_LAYOUTS, type DrawLayout } from './chart-layouts.ts';
import { PICTURE_PATH, pictureStore } from './picture-store.ts';

/** The page's UI font stack (src/styles/global.css --font-ui), which an <img> cannot inherit. */
const FONT_UI = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export interface PictureSource {
  readonly layout: DrawLayout;
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

function viewBoxSize(tree: SvgNode): { width: number; height: number } {
  const [, , w, h] = String(tree.attrs?.viewBox ?? '')
    .split(/\s+/)
    .map(Number);
  if (!w || !h) throw new Error(`chart "${String(tree.attrs?.class)}" drew a root without a viewBox`);
  return { width: w, height: h };
}

export function standaloneSvg(tree: SvgNode, defs: SvgNode | undefined): string {
  const size = viewBoxSize(tree);
  const root: SvgNode = {
    ...tree,
    attrs: { ...tree.attrs, xmlns: 'http://www.w3.org/2000/svg', width: size.width, height: size.height, 'font-family': undefined },
    children: [...(defs ? [defs] : []), ...(tree.children ?? [])],
  };
  const markup = svgToString(root);
  const lower = markup.toLowerCase();
  // The style text holds no markup characters (< or &), so it goes in as is, unescaped quotes included.
  const style = `<style>svg{font-family:${FONT_UI}}\n${darkChartStylesheet('svg', (hex) => lower.includes(`"${hex}"`))}</style>`;
  return markup.replace(/^(<svg\b[^>]*>)/, `$1${style}`) + '\n';
}

/** Writes a state's drawing in every layout (already drawn, by layout name) as files registered for the build. */
export function stepPictures(chart: PreparedChart, trees: Readonly<Record<DrawLayout['name'], SvgNode>>): PictureSource[] {
  const defs = chart.entry.defs?.(chart.data, { instanceId: chart.instanceId });
  return DRAW_LAYOUTS.map((layout) => {
    const tree = trees[layout.name];
    const markup = standaloneSvg(tree, defs);
    const hash = createHash('sha256').update(markup).digest('base64url').slice(0, 12).replace(/[-_]/g, 'x');
    const name = `${chart.entry.module.id}-${layout.name}.${hash}.svg`;
    pictureStore().set(name, markup);
    return { layout, url: `${PICTURE_PATH}${name}`, ...viewBoxSize(tree) };
  });
}
