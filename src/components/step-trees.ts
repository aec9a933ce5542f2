/**
 * Every step's drawing of a scrolly sequence, one JSON file per layout: the trees the enhancer moves the
 * sticky graphic to (src/client/enhance.ts). Drawn here at build time, so the browser runs no chart
 * code: it fetches one small, cached file and moves existing marks to their next attributes.
 */
import { createHash } from 'node:crypto';
import type { SvgNode } from '../charts/types.ts';
import { DRAW_LAYOUTS, type DrawLayout } from './chart-layouts.ts';
import { PICTURE_PATH, pictureStore } from './picture-store.ts';

export type TreesByLayout = Readonly<Record<DrawLayout['name'], readonly SvgNode[]>>;

/** Registers one file per layout holding the steps' trees in step order; returns their URLs by layout name. */
export function stepTreeFiles(chartId: string, trees: TreesByLayout): Record<DrawLayout['name'], string> {
  return Object.fromEntries(
    DRAW_LAYOUTS.map((layout) => {
      const json = JSON.stringify(trees[layout.name]);
      const hash = createHash('sha256').update(json).digest('base64url').slice(0, 12).replace(/[-_]/g, 'x');
      const name = `${chartId}-${layout.name}-steps.${hash}.json`;
      pictureStore().set(name, json);
      return [layout.name, `${PICTURE_PATH}${name}`];
    }),
  ) as Record<DrawLayout['name'], string>;
}
