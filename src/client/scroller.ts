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
  instance
    .setup({ step: [...steps], offset: `${offsetPx}px` })
    .onStepEnter(({ index }) => onStep(index))
    // Going up, a step stops being current when its top drops below the line: the one above takes over.
    .onStepExit(({ index, direction }) => {
      if (direction === 'up' && index > 0) onStep(index - 1);
    });
  return {
    setOffset: (px) => void instance.offset(`${px}px`),
    destroy: () => instance.destroy(),
  };
}
