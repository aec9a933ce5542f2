/**
 * Launches Debian's Chromium through playwright-core. A missing browser fails loudly with the one
 * command that installs it; the browser tier never passes by skipping.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function launchOptions(): LaunchOptions {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `No Chromium at ${CHROME_PATH}. Install it with "sudo apt-get install -y chromium" (Debian/Ubuntu) or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  return {
    executablePath: CHROME_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

/** A browser of one's own, for the scripts and benchmarks that run outside the test tiers. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** One browser for a whole test tier: started by its global setup, reached by every file over its endpoint. */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}
