/**
 * Vitest global setup for the browser tier: one Chromium for every file, since starting a browser costs
 * more than most of the checks. Each file connects with `connectBrowser()`, makes its own contexts and
 * disconnects when done, so no file sees another's pages, cookies or settings.
 */
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await launchChromiumServer();
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return async () => {
    await server.close();
  };
}
