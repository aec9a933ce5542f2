/**
 * The phone every benchmark reads the site on: 390 × 844 CSS pixels (a current mid-size phone), a touch
 * screen, the mobile viewport rules, and twice as many device pixels as CSS pixels.
 */
import type { BrowserContextOptions } from 'playwright-core';

export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};
