/**
 * Vitest global setup for the build and browser tiers: builds the real site once into a temporary
 * folder, serves it on 127.0.0.1, and hands both locations to the tests.
 */
import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { astroBuild, tempDir } from './build.ts';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const outDir = tempDir('sanctuary-site-');
  const build = astroBuild(outDir);
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
  const { server, url } = await startStaticServer(outDir);
  project.provide('siteDir', outDir);
  project.provide('baseUrl', url);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(outDir, { recursive: true, force: true });
  };
}
