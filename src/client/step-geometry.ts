/**
 * Which step is current, from geometry alone: the last step whose top has passed the trigger line.
 * scrollama's events follow ordinary scrolling; this is read on load, for #step-… links, after a resize
 * and when a scroll ends (a fling can carry a short step across the line between two frames with no
 * event), so the state is never stale.
 */

export interface StepBox {
  readonly top: number;
}

export interface FocusBox {
  readonly top: number;
  readonly bottom: number;
}

/** Index of the current step for a trigger line at `trigger` px from the viewport's top (0 before the first). */
export function currentStepIndex(boxes: readonly StepBox[], trigger: number): number {
  let index = 0;
  for (let i = 0; i < boxes.length; i++) if (boxes[i]!.top <= trigger) index = i;
  return index;
}

/**
 * The trigger line in pixels from the top of the viewport: where a step's card is read. Beside the
 * graphic (wide screens) that is mid-screen. When the graphic is pinned on top (phones), the cards
 * travel through the part below it, so the line sits a fifth of the way into that part: a card is
 * current while it is read there, and has slid under the opaque graphic by the time the next one is.
 * Computed at setup and when the width changes: a phone's URL bar resizing the height must not move it.
 */
export function triggerOffset(viewportHeight: number, stickyGraphicBottom?: number): number {
  if (stickyGraphicBottom === undefined) return Math.round(viewportHeight * 0.5);
  const below = Math.max(0, viewportHeight - stickyGraphicBottom);
  return Math.round(Math.min(viewportHeight - 24, stickyGraphicBottom + below * 0.2));
}

/** How far to scroll so that a step's top sits just past the trigger line. */
export function scrollDeltaFor(stepTop: number, trigger: number): number {
  return Math.round(stepTop - trigger + 2);
}

/**
 * The smallest scroll that makes step `index` the current one (its top at or above the trigger line,
 * the next step's top below it) while the focused element stays fully on screen. When both cannot hold,
 * keeping the focused element visible wins (WCAG 2.4.11) and the step is shown without scrolling.
 */
export function focusScrollDelta(
  boxes: readonly StepBox[],
  index: number,
  trigger: number,
  focused: FocusBox,
  viewportHeight: number,
  margin = 8,
): number {
  const step = boxes[index]!;
  // (Only tops matter for steps: a step owns the line from its top to the next step's top.)
  const next = boxes[index + 1];
  let lo = Math.max(Math.ceil(step.top - trigger), Math.ceil(focused.bottom + margin - viewportHeight));
  let hi = Math.min(next ? Math.floor(next.top - trigger - 1) : Infinity, Math.floor(focused.top - margin));
  if (lo > hi) {
    // Cannot have both: keep the focused element in view, scrolling only if it is off screen.
    lo = Math.ceil(focused.bottom + margin - viewportHeight);
    hi = Math.floor(focused.top - margin);
    if (lo > hi) return Math.floor(focused.top - margin);
  }
  return lo > 0 ? lo : hi < 0 ? hi : 0;
}

/** Motion allowed, in ms: the CSS variable (0ms unless the reader allows motion), and never when reduced motion is asked for. */
export function motionDuration(cssValue: string, reducedMotion: boolean): number {
  if (reducedMotion) return 0;
  const match = /^\s*([\d.]+)\s*(ms|s)\s*$/.exec(cssValue);
  if (!match) return 0;
  const value = Number(match[1]) * (match[2] === 's' ? 1000 : 1);
  return Number.isFinite(value) ? value : 0;
}
