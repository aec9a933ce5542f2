/**
 * A built page fetches its scripts after its first paint (src/integrations/deferred-scripts.ts), so the
 * load event no longer means they have run. Tests that need the enhanced page wait for this.
 */
import type { Frame, Page } from 'playwright-core';
import { DEFERRED_SCRIPTS_ID, SCRIPTS_RAN_ATTRIBUTE } from '../../src/integrations/deferred-scripts.ts';

/** Resolves once the page's deferred scripts have run (at once on a page that has none). */
export async function scriptsRan(target: Page | Frame): Promise<void> {
  await target.waitForFunction(
    ([list, ran]) => !document.getElementById(list!) || document.documentElement.hasAttribute(ran!),
    [DEFERRED_SCRIPTS_ID, SCRIPTS_RAN_ATTRIBUTE],
    { timeout: 10_000 },
  );
}
