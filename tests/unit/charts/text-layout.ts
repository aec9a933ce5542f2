/**
 * Where a chart's text lands, without a browser: one box per line of every <text> (its <tspan>s
 * included), estimated with the same textWidth the charts lay out with. Used to check that a drawing's
 * text is never smaller than the layout allows, never overlaps other text and never leaves the drawing.
 */
import { textWidth } from '../../../src/charts/common/draw.ts';
import type { SvgNode } from '../../../src/charts/types.ts';
import { walkPlaced } from './tree.ts';

export interface TextLine {
  readonly text: string;
  readonly key?: string;
  readonly fontSize: number;
  /** Box in the text's own frame (before rotation), and the rotation about (ox, oy). */
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly angle: number;
  readonly ox: number;
  readonly oy: number;
}

const n = (v: unknown, fallback = 0) => (typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : fallback);

function own(node: SvgNode): string {
  return (node.children ?? []).filter((c): c is string => typeof c === 'string').join('');
}

export function textLines(root: SvgNode): TextLine[] {
  const out: TextLine[] = [];
  for (const { node: t, dx, dy } of walkPlaced(root)) {
    if (t.tag !== 'text') continue;
    const fontSize = n(t.attrs?.['font-size'], 12);
    const bold = n(t.attrs?.['font-weight'], 400) >= 600;
    const anchor = String(t.attrs?.['text-anchor'] ?? 'start');
    const m = /translate\((-?[\d.]+),(-?[\d.]+)\)(?: rotate\((-?[\d.]+)\))?/.exec(String(t.attrs?.transform ?? ''));
    const [ox, oy, angle] = m ? [Number(m[1]) + dx, Number(m[2]) + dy, Number(m[3] ?? 0)] : [dx, dy, 0];
    const place = (content: string, x: number, baseline: number) => {
      if (content.trim() === '') return;
      const w = textWidth(content, fontSize, bold);
      const x0 = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
      out.push({
        text: content,
        key: t.key,
        fontSize,
        x0: x0 + ox,
        x1: x0 + w + ox,
        y0: baseline - fontSize * 0.8 + oy,
        y1: baseline + fontSize * 0.25 + oy,
        angle,
        ox,
        oy,
      });
    };
    const x = n(t.attrs?.x);
    let y = n(t.attrs?.y);
    place(own(t), x, y);
    for (const span of t.children ?? []) {
      if (typeof span === 'string' || span.tag !== 'tspan') continue;
      y += n(span.attrs?.dy);
      place(own(span), n(span.attrs?.x, x), y);
    }
  }
  return out;
}

function rotated(line: TextLine, angle: number) {
  if (line.angle === angle && angle === 0) return line;
  // Both lines are compared in a frame turned by `angle` about the origin.
  const rad = (-angle * Math.PI) / 180;
  const turn = (px: number, py: number) => [px * Math.cos(rad) - py * Math.sin(rad), px * Math.sin(rad) + py * Math.cos(rad)] as const;
  const [ox, oy] = turn(line.ox, line.oy);
  return { ...line, x0: line.x0 - line.ox + ox, x1: line.x1 - line.ox + ox, y0: line.y0 - line.oy + oy, y1: line.y1 - line.oy + oy };
}

/** Pairs of text lines whose boxes overlap (lines of different angles are not compared). */
export function overlappingText(root: SvgNode): string[] {
  const all = textLines(root);
  const found: string[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      if (all[i]!.angle !== all[j]!.angle) continue;
      const a = rotated(all[i]!, all[i]!.angle);
      const b = rotated(all[j]!, all[j]!.angle);
      if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5)
        found.push(`"${a.text}" (${a.key}) × "${b.text}" (${b.key})`);
    }
  }
  return found;
}

/** Text lines smaller than `min` px. */
export function smallText(root: SvgNode, min: number): string[] {
  return textLines(root)
    .filter((l) => l.fontSize < min)
    .map((l) => `"${l.text}" at ${l.fontSize}px`);
}

/** Unrotated text lines that leave the drawing's box. */
export function textOutside(root: SvgNode, width: number, height: number): string[] {
  return textLines(root)
    .filter((l) => l.angle === 0 && (l.x0 < -0.5 || l.x1 > width + 0.5 || l.y0 < -0.5 || l.y1 > height + 0.5))
    .map((l) => `"${l.text}" (${l.key}) at ${Math.round(l.x0)}–${Math.round(l.x1)} × ${Math.round(l.y0)}–${Math.round(l.y1)}`);
}
