/**
 * Screenshots of the built site as readers see it, to look at before calling a page or chart done:
 *   npm run screenshots -- [--dist dist] [--out shots] [--only police] [--steps] [--nojs] [--zoom] [--dark] [--desktop]
 * Each page is taken whole-viewport at the top on a phone (390 × 844); with --steps, every scroll step of
 * a chapter is brought to its trigger line and taken again, so each chart state can be checked on screen.
 * --zoom is 200 % browser zoom (a 640 × 450 viewport), --desktop 1280 × 900, --dark the dark colour scheme.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/chromium.ts';
import { builtPages } from '../tests/support/built-pages.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

const USAGE =
  'Usage: npm run screenshots -- [--dist dist] [--out shots] [--only police] [--steps] [--nojs] [--zoom] [--dark] [--desktop] [--full]';

function readOptions() {
  try {
    return parseArgs({
      options: {
        dist: { type: 'string', default: 'dist' },
        out: { type: 'string', default: 'shots' },
        only: { type: 'string' },
        steps: { type: 'boolean', default: false },
        nojs: { type: 'boolean', default: false },
        zoom: { type: 'boolean', default: false },
        dark: { type: 'boolean', default: false },
        desktop: { type: 'boolean', default: false },
        full: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const values = readOptions();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const dist = resolve(values.dist!);
const out = resolve(values.out!);
mkdirSync(out, { recursive: true });
const viewport = values.desktop ? { width: 1280, height: 900 } : values.zoom ? { width: 640, height: 450 } : { width: 390, height: 844 };
const scale = values.zoom ? 1 : 2;
const tag = [values.desktop ? 'desktop' : values.zoom ? 'zoom' : 'phone', values.nojs ? 'nojs' : '', values.dark ? 'dark' : '']
  .filter(Boolean)
  .join('-');

const { server, url } = await startStaticServer(dist);
const browser = await launchChromium();
const context = await browser.newContext({
  viewport,
  deviceScaleFactor: scale,
  javaScriptEnabled: !values.nojs,
  colorScheme: values.dark ? 'dark' : 'light',
  reducedMotion: 'reduce',
  // A whole-page picture is taken beyond the viewport, where the page skips laying out blocks the reader
  // has not reached (content-visibility, src/styles/global.css): --full lays them all out first.
  bypassCSP: values.full,
});
const page = await context.newPage();
let count = 0;
try {
  for (const built of builtPages(dist)) {
    if (values.only && !built.path.includes(values.only)) continue;
    const name = built.path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root';
    await page.goto(new URL(built.path, url).href, { waitUntil: 'load' });
    if (values.full) await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `${name}-${tag}.png`), fullPage: values.full });
    count++;
    if (!values.steps) continue;
    const stepIds = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
    for (const id of stepIds) {
      // The enhancer sets a sequence up (and says where its trigger line is) as the reader nears it.
      await page.evaluate((stepId) => document.getElementById(stepId)!.scrollIntoView({ block: 'center', behavior: 'instant' }), id);
      if (!values.nojs)
        await page
          .waitForFunction((stepId) => document.getElementById(stepId)!.closest<HTMLElement>('.is-live')?.dataset.trigger, id, {
            timeout: 2000,
          })
          .catch(() => undefined);
      await page.evaluate((stepId) => {
        const el = document.getElementById(stepId)!;
        const rect = el.getBoundingClientRect();
        // Live: the step's top just past the enhancer's trigger line, where its card is read. Flat
        // (no script, zoom): the step's top near the top of the screen, its picture under its text.
        const trigger = Number(el.closest<HTMLElement>('[data-scrolly]')?.dataset.trigger ?? NaN);
        const live =
          Number.isFinite(trigger) &&
          !el.closest('.is-flat') &&
          getComputedStyle(el.closest('[data-scrolly]')!.querySelector('.scrolly__graphic')!).position === 'sticky';
        window.scrollTo({ top: window.scrollY + rect.top - (live ? trigger - 8 : 16), behavior: 'instant' });
      }, id);
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(out, `${name}-${id}-${tag}.png`) });
      count++;
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${count} screenshots in ${out}`);
