/**
 * The browser tier's Chromium, shared by every test file (see browser-server.ts). Closing what this
 * returns disconnects the file and closes the contexts it made; the browser itself lives on.
 */
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}
