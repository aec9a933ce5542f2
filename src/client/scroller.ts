/**
 * The one place scrollama is used: a typed wrapper that takes the trigger line in pixels (scrollama's
 * types only admit fractions of the viewport, which phones' resizing URL bars move) and reports step
 * entries. It is a prompt, not the truth: the enhancer re-derives the current step from geometry.
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

export function createScroller(steps: readonly HTMLElement[], offsetPx: number, onEnter: (index: number) => void): Scroller {
  const instance = scrollama() as unknown as PixelScrollama;
  instance.setup({ step: [...steps], offset: `${offsetPx}px` }).onStepEnter(({ index }) => onEnter(index));
  return {
    setOffset: (px) => void instance.offset(`${px}px`),
    destroy: () => instance.destroy(),
  };
}
