/**
 * The copy controls in real Chromium: from the keyboard alone, the citation buttons and the section
 * links put the right text on the clipboard and say so through a live region; without JavaScript the
 * citations are still there to select and the section links are plain links. Each handout, in either
 * language, prints on one Letter or A4 page with every step whole.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser } from '../support/browser.ts';
import { builtPages } from '../support/built-pages.ts';
import { LANGS } from '../../src/i18n/locale.ts';
import { builtinPath } from '../../src/i18n/routes.ts';

const baseUrl = inject('baseUrl');
const CHAPTER = '/en/what-is-a-sanctuary-city/';
const SECTION = 'one-word-three-meanings';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await connectBrowser();
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

async function clipboard(): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Tabs forward until the element matching selector has focus; fails if Tab never reaches it. */
async function tabTo(selector: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('citation copy buttons', () => {
  for (const [style, key] of [
    ['APA', 'Enter'],
    ['MLA', 'Space'],
    ['Chicago', 'Enter'],
  ] as const) {
    it(`copies the ${style} citation with ${key} and announces it`, async () => {
      await page.goto(new URL(CHAPTER, baseUrl).href);
      await page.evaluate(() => navigator.clipboard.writeText(''));
      const button = `button[data-copy-target="citation-${style.toLowerCase()}"]`;
      // Start from the corrections heading's link so the walk to the button is short.
      await page.focus('a.section-link[href="#corrections"]');
      await tabTo(button);
      await page.keyboard.press(key);
      const status = page.locator('.cite-block [data-copy-status]');
      await expect.poll(() => status.textContent()).toBe(`${style} citation copied to the clipboard.`);
      const expected = await page.getAttribute(`#citation-${style.toLowerCase()}`, 'data-citation-text');
      expect(await clipboard()).toBe(expected);
      // APA keeps the chapter's sentence case; MLA and Chicago set the title in title case.
      expect(expected).toContain(style === 'APA' ? 'What is a sanctuary city?' : 'What Is a Sanctuary City?');
      // This build does not know its public address: the browser fills in the one it loaded the page from.
      expect(expected).toContain(new URL(CHAPTER, baseUrl).href);
      expect(expected).not.toContain('[site address]');
      expect(await page.getAttribute('.cite-block [data-copy-status]', 'aria-live')).toBe('polite');
      expect(await page.locator(button).getAttribute('aria-label')).toBe(`Copy the ${style} citation`);
    });
  }
});

describe('section links', () => {
  it('copy the section address from the keyboard, announce it and still move to the section', async () => {
    await page.goto(new URL(CHAPTER, baseUrl).href);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await tabTo(`a.section-link[href="#${SECTION}"]`);
    await page.keyboard.press('Enter');
    const expected = new URL(`${CHAPTER}#${SECTION}`, baseUrl).href;
    await expect.poll(clipboard).toBe(expected);
    expect(page.url()).toBe(expected);
    const announced = page.locator('body > p[role="status"][aria-live="polite"]');
    await expect.poll(() => announced.textContent()).toBe('Link to “One word, three meanings” copied to the clipboard.');
  });

  it('show a "#" and have an accessible name naming their section, without the "#"', async () => {
    await page.goto(new URL(CHAPTER, baseUrl).href);
    const link = page.getByRole('link', { name: 'Link to section: One word, three meanings', exact: true });
    expect(await link.count()).toBe(1);
    expect(await link.isVisible()).toBe(true);
    expect(await link.evaluate((el) => getComputedStyle(el, '::before').content)).toMatch(/^"#"/);
    expect(await link.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThanOrEqual(24);
  });
});

describe('without JavaScript', () => {
  it('shows the citations as selectable text, hides the buttons, and keeps plain section links', async () => {
    const nojs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const p = await nojs.newPage();
    await p.goto(new URL(CHAPTER, baseUrl).href);
    expect(await p.locator('#citation-apa').isVisible()).toBe(true);
    expect(await p.locator('#citation-apa').textContent()).toContain('Sanctuary newsroom-tech team');
    expect(await p.locator('#citation-apa').textContent()).toContain(`[site address]${CHAPTER}`);
    expect(await p.locator('[data-site-fill-in-note]').isVisible()).toBe(true);
    expect(await p.locator('button[data-copy-target]').first().isVisible()).toBe(false);
    await p.click(`a.section-link[href="#${SECTION}"]`);
    expect(p.url()).toBe(new URL(`${CHAPTER}#${SECTION}`, baseUrl).href);
    await nojs.close();
  });
});

describe('addresses in a build that does not know its public address', () => {
  it('read in full with JavaScript, on the chapter and on its handout, and the note asking for them goes', async () => {
    await page.goto(new URL(CHAPTER, baseUrl).href);
    const origin = new URL(baseUrl).origin;
    for (const style of ['apa', 'mla', 'chicago']) {
      expect(await page.locator(`#citation-${style}`).textContent()).toContain(`${origin}${CHAPTER}`);
    }
    expect(await page.locator('[data-site-fill-in-note]').count()).toBe(0);
    await page.goto(new URL('/en/educators/what-is-a-sanctuary-city/', baseUrl).href);
    expect(await page.locator('.handout-url').textContent()).toMatch(new RegExp(`^${origin}${CHAPTER} · `));
    expect(await page.locator('main').textContent()).not.toContain('[site address]');
    expect(await page.locator('main').textContent()).toContain(`${origin}/data/`);
  });
});

describe('handouts', () => {
  /** Every handout the build published, in each language, e.g. /fr/enseignants/la-cooperation-policiere/. */
  const handouts = builtPages(inject('siteDir'))
    .map((p) => p.path)
    .filter((path) => LANGS.some((lang) => path.startsWith(builtinPath('educators', lang)) && path !== builtinPath('educators', lang)));

  it('are published for every story chapter in both languages', () => {
    expect(handouts.filter((path) => path.startsWith('/en/'))).toHaveLength(5);
    expect(handouts.filter((path) => path.startsWith('/fr/'))).toHaveLength(5);
  });

  for (const path of handouts) {
    it(`${path} prints on one Letter page and one A4 page, without the site's navigation, and every step whole`, async () => {
      await page.goto(new URL(path, baseUrl).href);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.site-footer').isVisible()).toBe(false);
      for (const format of ['Letter', 'A4']) {
        const pdf = await page.pdf({ format, printBackground: true });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
        expect(pages, format).toBe(1);
      }
      // A step is printed whole: no line clamp, and nothing between its text and its list that could hide a
      // line. Measured at the width of a Letter page's text, where a clamp cut figures in half.
      await page.setViewportSize({ width: 720, height: 960 });
      const steps = page.locator('.step-links a');
      expect(await steps.count()).toBeGreaterThan(3);
      const clipped = await steps.evaluateAll((links) =>
        links.flatMap((link) =>
          [link, link.parentElement!].flatMap((box) => {
            const style = getComputedStyle(box);
            const clamps = ['-webkit-line-clamp', 'line-clamp'].map((p) => style.getPropertyValue(p)).filter((v) => v && v !== 'none');
            const cut = style.overflow !== 'visible' && box.scrollHeight > box.clientHeight + 1;
            return clamps.length > 0 || cut ? [`${link.getAttribute('href')}: ${box.tagName} ${clamps.join(' ')}`] : [];
          }),
        ),
      );
      expect(clipped).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ media: 'screen' });
    });
  }
});
