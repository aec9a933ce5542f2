/**
 * The static step pictures made while pages render, by file name, until the build writes them out (or
 * the dev server serves them). Kept on globalThis: the pages render in a different module graph from
 * the integration that writes the files, but in the same process.
 */
const STORE = Symbol.for('sanctuary.step-pictures');

export function pictureStore(): Map<string, string> {
  const host = globalThis as { [STORE]?: Map<string, string> };
  host[STORE] ??= new Map();
  return host[STORE];
}

/** Where the pictures are served: Astro's folder of content-hashed files, cached for good by dist/_headers. */
export const PICTURE_PATH = '/_astro/';
