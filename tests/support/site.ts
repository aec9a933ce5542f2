/**
 * Vitest global setup for the build and browser tiers: builds the real site once into a temporary
 * folder, serves it on 127.0.0.1, and hands both locations to the tests.
 *
 * SANCTUARY_TEST_SITE=<folder> serves a build made earlier instead (e.g. while working on one browser
 * test file); the tiers as `npm test` runs them always build afresh.
 */
import type { TestProject } from 'vitest/node';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { astroBuild, tempDir } from './build.ts';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const earlier = process.env.SANCTUARY_TEST_SITE;
  if (earlier && !existsSync(resolve(earlier, 'index.html')))
    throw new Error(`SANCTUARY_TEST_SITE=${earlier} holds no built site (no index.html)`);
  const outDir = earlier ? resolve(earlier) : tempDir('sanctuary-site-');
  if (!earlier) {
    const build = astroBuild(outDir);
    if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
  }
  const { server, url } = await startStaticServer(outDir);
  project.provide('siteDir', outDir);
  project.provide('baseUrl', url);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    if (!earlier) rmSync(outDir, { recursive: true, force: true });
  };
}
