/**
 * The one place scrollama is used: a typed wrapper that takes the trigger line in pixels (scrollama's
 * types only admit fractions of the viewport, which phones' resizing URL bars move). Its events drive
 * ordinary scrolling: a step is current from the moment its top passes the line going down, until the
 * line is back above its top going up (the same rule as currentStepIndex in step-geometry.ts).
 */
import scrollama from 'scrollama';

export interface Scroller {
  setOffset(px: number): void;
  destroy(): void;
}

type PixelOffset = `${number}px`;
// scrollama reads "123px" offsets (src/parseOffset.js) although its .d.ts lists only fractions.
type PixelScrollama = Omit<scrollama.ScrollamaInstance, 'setup'> & {
  setup(options: Omit<scrollama.ScrollamaOptions, 'offset'> & { offset: PixelOffset }): PixelScrollama;
  offset(value: PixelOffset): PixelScrollama;
};

/** `onStep` gets the index of the step that is now current. */
export function createScroller(steps: readonly HTMLElement[], offsetPx: number, onStep: (index: number) => void): Scroller {
  const instance = scrollama() as unknown as PixelScrollama;
  let line = offsetPx;
  instance
    .setup({ step: [...steps], offset: `${offsetPx}px` })
    // The line is inside the step: it is the current one, whichever way the reader came.
    .onStepEnter(({ index }) => onStep(index))
    // A step whose top dropped below the line hands over to the one above. (Its own position says so;
    // scrollama's direction can be stale when a jump and a correction land in the same frame.)
    .onStepExit(({ index, element }) => {
      if (index > 0 && element.getBoundingClientRect().top > line) onStep(index - 1);
    });
  return {
    setOffset: (px) => {
      line = px;
      instance.offset(`${px}px`);
    },
    destroy: () => instance.destroy(),
  };
}
