/**
 * The chart states the chapters and the chart fixtures publish, read from the MDX, and the boxes of the
 * text a drawing puts on screen (estimated with the same textWidth the charts lay out with), so layout
 * tests cover exactly the states readers see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textWidth } from '../../../src/charts/common/draw.ts';
import type { Box } from '../../../src/charts/common/labels.ts';
import type { SvgNode } from '../../../src/charts/types.ts';
import { PROJECT_ROOT } from '../../support/build.ts';
import { textOf, walkPlaced } from './tree.ts';

export interface PublishedState {
  readonly where: string;
  readonly state: Record<string, unknown>;
  /** The step's own words (empty for a <Figure>). */
  readonly prose: string;
}

const MDX_DIRS = ['content/chapters/en', 'tests/fixtures/charts'];

function evalState(literal: string): Record<string, unknown> {
  return new Function(`return (${literal});`)() as Record<string, unknown>;
}

export function publishedStates(chart: string): PublishedState[] {
  const out: PublishedState[] = [];
  for (const dir of MDX_DIRS) {
    for (const file of readdirSync(join(PROJECT_ROOT, dir)).filter((f) => f.endsWith('.mdx'))) {
      const source = readFileSync(join(PROJECT_ROOT, dir, file), 'utf8');
      for (const block of source.matchAll(new RegExp(`<Scrolly chart="${chart}"[\\s\\S]*?</Scrolly>`, 'g'))) {
        for (const step of block[0].matchAll(/<Step id="([^"]+)" state=\{(\{[\s\S]*?\})\}>([\s\S]*?)<\/Step>/g)) {
          out.push({ where: `${dir}/${file}#${step[1]}`, state: evalState(step[2]!), prose: step[3]! });
        }
      }
      for (const figure of source.matchAll(new RegExp(`<Figure chart="${chart}" state=\\{(\\{[\\s\\S]*?\\})\\}`, 'g'))) {
        out.push({ where: `${dir}/${file} figure`, state: evalState(figure[1]!), prose: '' });
      }
    }
  }
  return out;
}

export interface TextBox extends Box {
  readonly key: string;
  readonly text: string;
  readonly fontSize: number;
}

/** The on-screen box of every <text> in a drawing. */
export function textBoxes(tree: SvgNode): TextBox[] {
  return [...walkPlaced(tree)]
    .filter(({ node }) => node.tag === 'text')
    .map(({ node: n, dx, dy }) => {
      const a = n.attrs ?? {};
      const size = Number(a['font-size']);
      const content = textOf(n);
      // Several lines (tspans): the widest line, from the first line's top to the last line's foot.
      const spans = (n.children ?? []).filter((c): c is SvgNode => typeof c !== 'string' && c.tag === 'tspan');
      const lines = spans.length > 0 ? spans.map(textOf) : [content];
      const drop = spans.slice(1).reduce((sum, t) => sum + Number(t.attrs?.dy ?? 0), 0);
      const w = Math.max(...lines.map((l) => textWidth(l, size, a['font-weight'] === 700 || a['font-weight'] === 'bold')));
      const x = Number(a.x) + dx;
      const y = Number(a.y) + dy;
      const x0 = a['text-anchor'] === 'middle' ? x - w / 2 : a['text-anchor'] === 'end' ? x - w : x;
      return { key: n.key ?? '', text: content, fontSize: size, x0, x1: x0 + w, y0: y - size * 0.78, y1: y + drop + size * 0.22 };
    });
}

export function overlapping<T extends Box & { key: string }>(boxes: readonly T[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) out.push(`${a.key} × ${b.key}`);
    }
  }
  return out;
}
