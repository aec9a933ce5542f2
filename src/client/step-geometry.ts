/**
 * Which step is current, from geometry alone: the last step whose top has passed the trigger line.
 * Derived afresh on every scroll, resize, reload or jump, so a fling that carries a short step across
 * the line between two frames, a slow drag or a touch scroll can never leave a stale state.
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
 * The trigger line in pixels from the top of the viewport. Computed from the height once at setup and
 * again only when the width changes: a phone's URL bar resizing the height mid-scroll must not move it.
 * Narrow screens put the graphic on top, so the line sits lower, under it.
 */
export function triggerOffset(viewportWidth: number, viewportHeight: number): number {
  return Math.round(viewportHeight * (viewportWidth < 900 ? 0.72 : 0.5));
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
