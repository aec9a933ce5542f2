/**
 * Moves an SVG already in the page to a new SvgNode tree from the same chart module. Marks are matched
 * by their key (data-key), so a city mark keeps its element and its attributes change in place; new
 * marks fade in, gone ones fade out. <defs> (shared geometry written at build time) is never touched,
 * and text is set as text, never as markup.
 *
 * The movement itself is CSS (src/styles/charts.css): SVG geometry and paint attributes are CSS
 * properties, so a changed cx, fill, d or transform transitions over --motion-duration, which is 0 unless
 * the reader allows motion. That gives d3-transition's glide without its ~11 KB (gzip) in every page.
 */
import type { SvgNode } from '../charts/types.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** While set on the <svg>, changes apply at once (first draw, resize). */
export const INSTANT_CLASS = 'is-instant';

function attrsOf(node: SvgNode): [string, string][] {
  return Object.entries(node.attrs ?? {}).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)] as [string, string]]));
}

function create(node: SvgNode): Element {
  const el = document.createElementNS(SVG_NS, node.tag);
  for (const [k, v] of attrsOf(node)) el.setAttribute(k, v);
  if (node.key !== undefined) el.setAttribute('data-key', node.key);
  return el;
}

/**
 * Sets an attribute only when its value differs, and says whether it did: Chromium lays the whole drawing
 * out again when viewBox is set, even to the value it has.
 */
function setChanged(el: Element, name: string, value: string): boolean {
  if (el.getAttribute(name) === value) return false;
  el.setAttribute(name, value);
  return true;
}

/**
 * Gives `el` exactly the node's attributes. A drawing has hundreds of marks and most keep every attribute
 * from one step to the next: they are compared in place, and the element's attributes are listed only
 * when it has more than the node gives it, so a step's first drawing on a slow phone allocates little.
 */
function setAttrs(el: Element, node: SvgNode, pending: Pending): void {
  const attrs = node.attrs ?? {};
  let wanted = node.key !== undefined ? 1 : 0;
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined) continue;
    wanted++;
    if (setChanged(el, name, String(value))) pending.changed = true;
  }
  if (el.attributes.length === wanted) return;
  for (const { name } of [...el.attributes]) {
    if (name === 'data-key' || attrs[name] !== undefined) continue;
    el.removeAttribute(name);
    pending.changed = true;
  }
}

interface Pending {
  readonly entering: Element[];
  readonly leaving: Element[];
  /** Whether anything already in the drawing changed. */
  changed: boolean;
}

function setChildren(parent: Element, children: readonly (SvgNode | string)[], pending: Pending): void {
  if (children.every((c) => typeof c === 'string')) {
    const content = children.join('');
    if (parent.textContent !== content) {
      parent.textContent = content;
      pending.changed = true;
    }
    return;
  }
  const current = [...parent.children].filter((el) => el.tagName !== 'defs' && !el.hasAttribute('data-leaving'));
  const byKey = new Map(current.filter((el) => el.hasAttribute('data-key')).map((el) => [el.getAttribute('data-key')!, el]));
  const unkeyed = current.filter((el) => !el.hasAttribute('data-key'));
  const kept = new Set<Element>();
  let nextUnkeyed = 0;
  // Where the next element belongs: elements already in place are not moved (a move restyles them).
  let cursor: Element | null = parent.firstElementChild;
  const skipFixed = () => {
    while (cursor && (cursor.tagName === 'defs' || cursor.hasAttribute('data-leaving'))) cursor = cursor.nextElementSibling;
  };
  for (const child of children) {
    if (typeof child === 'string') continue;
    let el: Element | undefined = child.key !== undefined ? byKey.get(child.key) : unkeyed[nextUnkeyed++];
    if (el && el.tagName !== child.tag) el = undefined;
    if (el) {
      setAttrs(el, child, pending);
    } else {
      el = create(child);
      pending.entering.push(el);
    }
    skipFixed();
    if (el === cursor) cursor = cursor.nextElementSibling;
    else {
      parent.insertBefore(el, cursor);
      pending.changed = true;
    }
    kept.add(el);
    if (child.children) setChildren(el, child.children, pending);
  }
  for (const el of current) if (!kept.has(el)) pending.leaving.push(el);
}

/**
 * Applies `tree` to `svg`. `motionMs` is the reader's motion duration (0 under reduced motion, when CSS
 * moves nothing either). With `animate` and motion allowed, new marks fade in and gone ones fade out
 * (other changes are animated by CSS); otherwise everything changes at once.
 */
export function applyTree(svg: SVGSVGElement, tree: SvgNode, motionMs: number, animate: boolean): void {
  const fadeMs = animate ? motionMs : 0;
  const instant = fadeMs <= 0;
  // The root's own attributes (viewBox above all) change at once: an animated viewBox would zoom the page.
  for (const [k, v] of attrsOf(tree))
    if (!['class', 'role', 'aria-labelledby', 'aria-hidden', 'focusable'].includes(k)) setChanged(svg, k, v);
  const pending: Pending = { entering: [], leaving: [], changed: false };
  setChildren(svg, tree.children ?? [], pending);
  if (instant) {
    for (const el of pending.leaving) el.remove();
    // Transitions are switched off only when something moved and CSS would otherwise animate it. The
    // class restyles every mark when it comes and again when it goes, so applying the state a drawing
    // already shows (a sequence's setup applies its state twice; a link to its last step asks for the
    // state the page is built in) must not pay for it.
    // The changes above and the class reach the browser's style together, in the next frame; the one
    // after turns transitions back on. (Waiting two frames instead of forcing a style flush keeps state
    // changes off the main thread's critical path on slow phones.)
    if (motionMs > 0 && (pending.changed || pending.leaving.length > 0)) {
      svg.classList.add(INSTANT_CLASS);
      requestAnimationFrame(() => requestAnimationFrame(() => svg.classList.remove(INSTANT_CLASS)));
    }
    return;
  }
  const entering = pending.entering.map((el) => [el, el.getAttribute('opacity')] as const);
  for (const [el] of entering) el.setAttribute('opacity', '0');
  for (const el of pending.leaving) {
    el.setAttribute('data-leaving', '');
    el.setAttribute('opacity', '0');
    setTimeout(() => el.remove(), fadeMs);
  }
  // New marks start transparent in the next frame, then fade to their own opacity.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      for (const [el, opacity] of entering) {
        if (opacity === null) el.removeAttribute('opacity');
        else el.setAttribute('opacity', opacity);
      }
    }),
  );
}
