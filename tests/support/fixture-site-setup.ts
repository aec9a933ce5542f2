/**
 * Vitest global setup: an empty folder for the tier's chart fixture site, which the first test file that
 * needs it builds (see chart-fixture-site.ts `fixtureSite`), and which is removed after the tier.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { tempDir } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureRoot: string;
  }
}

export default function setup(project: TestProject) {
  const root = tempDir('sanctuary-fixture-site-');
  project.provide('fixtureRoot', root);
  return () => {
    rmSync(root, { recursive: true, force: true });
  };
}
