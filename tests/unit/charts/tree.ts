/** Helpers for asserting on SvgNode trees without a DOM. */
import { expect } from 'vitest';
import type { SvgNode } from '../../../src/charts/types.ts';

export function* walk(root: SvgNode): Generator<SvgNode> {
  yield root;
  for (const child of root.children ?? []) if (typeof child !== 'string') yield* walk(child);
}

/** Where a node's own coordinates land in the drawing: the sum of its ancestors' translate() transforms. */
export interface Placed {
  readonly node: SvgNode;
  readonly dx: number;
  readonly dy: number;
}

/**
 * Every node with the offset its ancestors' transforms give it. Charts move groups only by translate();
 * any other transform on an element with children would need real geometry, so it stops the test.
 */
export function* walkPlaced(root: SvgNode, dx = 0, dy = 0): Generator<Placed> {
  yield { node: root, dx, dy };
  const children = (root.children ?? []).filter((c): c is SvgNode => typeof c !== 'string');
  const transform = root.tag === 'text' ? undefined : root.attrs?.transform;
  let [cx, cy] = [dx, dy];
  if (transform !== undefined && children.length > 0) {
    const m = /^translate\((-?[\d.]+),(-?[\d.]+)\)$/.exec(String(transform));
    if (!m) throw new Error(`<${root.tag} key=${root.key}> has transform "${transform}"; these helpers place only translate(x,y) groups`);
    [cx, cy] = [dx + Number(m[1]), dy + Number(m[2])];
  }
  for (const child of children) yield* walkPlaced(child, cx, cy);
}

export function byKey(root: SvgNode, key: string): SvgNode {
  const found = [...walk(root)].find((n) => n.key === key);
  if (!found) throw new Error(`no node with key "${key}"; keys: ${keys(root).slice(0, 40).join(', ')}`);
  return found;
}

export function maybeByKey(root: SvgNode, key: string): SvgNode | undefined {
  return [...walk(root)].find((n) => n.key === key);
}

export function keys(root: SvgNode): string[] {
  return [...walk(root)].flatMap((n) => (n.key === undefined ? [] : [n.key]));
}

/** Every text content in the tree, in document order. */
export function texts(root: SvgNode): string[] {
  const out: string[] = [];
  const visit = (n: SvgNode) => {
    for (const c of n.children ?? []) typeof c === 'string' ? out.push(c) : visit(c);
  };
  visit(root);
  return out;
}

/** All text of one node and its descendants, joined by spaces. */
export function textOf(n: SvgNode): string {
  return texts(n).join(' ');
}

export function attr(n: SvgNode, name: string): string | number | undefined {
  return n.attrs?.[name];
}

export function num(n: SvgNode, name: string): number {
  const v = n.attrs?.[name];
  if (typeof v !== 'number') throw new Error(`attribute ${name} of <${n.tag} key=${n.key}> is ${String(v)}, not a number`);
  return v;
}

/** No attribute anywhere carries NaN, Infinity or "undefined", and every number has at most one decimal. */
export function expectCleanTree(root: SvgNode): void {
  const bad: string[] = [];
  for (const n of walk(root)) {
    for (const [k, v] of Object.entries(n.attrs ?? {})) {
      if (typeof v === 'number' && (!Number.isFinite(v) || Math.round(v * 10) / 10 !== v)) bad.push(`<${n.tag}> ${k}=${v}`);
      if (typeof v === 'string' && /NaN|Infinity|undefined/.test(v)) bad.push(`<${n.tag}> ${k}="${v}"`);
    }
    for (const c of n.children ?? []) if (typeof c === 'string' && /NaN|undefined/.test(c)) bad.push(`<${n.tag}> text "${c}"`);
  }
  expect(bad).toEqual([]);
  const keyList = keys(root);
  expect(new Set(keyList).size, 'keys are unique').toBe(keyList.length);
}

/** Horizontal position of a mark, whatever its element: cx, x, x1 or the first point of a path. */
export function markX(n: SvgNode): number {
  for (const name of ['cx', 'x', 'x1']) {
    const v = n.attrs?.[name];
    if (typeof v === 'number') return v;
  }
  const d = n.attrs?.d;
  const m = typeof d === 'string' ? /^M(-?[\d.]+)/.exec(d) : null;
  if (!m) throw new Error(`<${n.tag} key=${n.key}> has no position`);
  return Number(m[1]);
}
