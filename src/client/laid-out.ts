/**
 * Blocks far from the screen are not laid out (content-visibility: auto, src/styles/global.css). Reading
 * the geometry of anything inside one makes the browser lay that block out there and then, a long task on
 * a slow phone; so does checkVisibility() without options (measured in Chromium 150), while asking with
 * contentVisibilityAuto only reads the block's state. Browsers without checkVisibility lay out everything.
 */

/** Whether the browser lays the element out now (false when it skips the block it is in, or hides it). */
export function isLaidOut(element: Element): boolean {
  return element.checkVisibility?.({ contentVisibilityAuto: true }) ?? true;
}

/**
 * A box whose geometry stands in for the element's without laying anything out: the element itself when
 * it is laid out, the skipped block holding it when the browser skips that block (a skipped block keeps
 * its reserved size and place), and undefined when the element is not rendered at all.
 */
export function laidOutBox(element: Element): Element | undefined {
  if (isLaidOut(element)) return element;
  let box = element.parentElement;
  while (box && !isLaidOut(box)) box = box.parentElement;
  return box && getComputedStyle(box).contentVisibility === 'auto' ? box : undefined;
}
