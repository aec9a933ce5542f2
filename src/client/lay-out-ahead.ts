/**
 * Lays each chart sequence out ahead of the reader, one per idle moment after the page has loaded, while
 * the browser still skips it (content-visibility: auto, src/styles/global.css). Left to the browser, a
 * sequence was laid out in the frame that first scrolled it near the screen, together with that frame's
 * paint: the last tasks over 50 ms while scrolling a chapter with the CPU slowed 4× (51–85 ms on a slow
 * draw of the test machine). Reading a box inside a skipped block makes the browser lay the block out
 * there and then, and it keeps that layout: when the sequence nears the screen, only its paint is left.
 * Scrolling six chapters once with the CPU slowed 6× and once 8× (harder than 4× on a slow draw): 19
 * tasks over 50 ms (53–106 ms) without this, 2 (55–56 ms) with it. Each sequence costs one idle task of
 * its own: 14–31 ms at 4×.
 */
import { isLaidOut } from './laid-out.ts';

const whenIdle: (task: () => void) => void =
  'requestIdleCallback' in window ? (task) => requestIdleCallback(task, { timeout: 2000 }) : (task) => setTimeout(task, 50);

/** Marks each sequence `data-laid-out-ahead` once done, so tests know the reads are over. */
export function layOutAhead(sections: readonly HTMLElement[]): void {
  const queue = [...sections];
  const next = () => {
    const section = queue.shift();
    if (!section) return;
    const steps = section.querySelector('.scrolly__steps');
    if (steps && !isLaidOut(steps)) steps.getBoundingClientRect();
    section.dataset.laidOutAhead = '';
    whenIdle(next);
  };
  const begin = () => whenIdle(next);
  if (document.readyState === 'complete') begin();
  else addEventListener('load', begin, { once: true });
}
