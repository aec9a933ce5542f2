/**
 * Readers may be undocumented: the site must not tell any other site that they visited, and must not
 * store anything on their device. Every built page is loaded and scrolled to the end in real Chromium;
 * any request to another origin, any cookie, any storage write or any web font from elsewhere fails.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, pageUrl } from '../support/built-pages.ts';
import { launchChromium } from '../support/chromium.ts';
import { settle, visitEveryStep, wheelThrough } from '../support/scroll.ts';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const pages = builtPages(inject('siteDir'));

let browser: Browser;
let context: BrowserContext;
let page: Page;
const offSite: string[] = [];

/** Records every attempt to store something, including ones a page would undo before it unloads. */
function recordStorageWrites() {
  const log: string[] = [];
  (window as unknown as { __storageWrites: string[] }).__storageWrites = log;
  for (const storage of ['localStorage', 'sessionStorage'] as const) {
    const proto = Storage.prototype;
    for (const method of ['setItem', 'removeItem', 'clear'] as const) {
      const original = proto[method] as (...args: unknown[]) => unknown;
      proto[method] = function (this: Storage, ...args: unknown[]) {
        log.push(`${this === window[storage] ? storage : 'Storage'}.${method}(${args.map(String).join(', ')})`);
        return original.apply(this, args);
      } as never;
    }
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(Document.prototype, 'cookie', {
    get: cookie.get,
    set(value: string) {
      log.push(`document.cookie = ${value}`);
      cookie.set!.call(this, value);
    },
  });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    log.push(`indexedDB.open(${args[0]})`);
    return open.apply(this, args);
  };
  if ('caches' in window) {
    const cacheOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (this: CacheStorage, name: string) {
      log.push(`caches.open(${name})`);
      return cacheOpen.call(this, name);
    };
  }
  if ('serviceWorker' in navigator) {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, ...args: Parameters<ServiceWorkerContainer['register']>) {
      log.push(`serviceWorker.register(${String(args[0])})`);
      return register.apply(this, args);
    };
  }
}

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(recordStorageWrites);
  // Off-site requests are recorded and then refused, so a failing run still sends nothing anywhere.
  await context.route(
    (url) => url.origin !== origin && !['data:', 'blob:', 'about:'].includes(url.protocol),
    async (route) => {
      offSite.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && !['data:', 'blob:', 'about:'].includes(url.protocol)) offSite.push(request.url());
  });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('privacy: no third-party requests, no storage, no web fonts from elsewhere', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s', async (path, builtPage) => {
    offSite.length = 0;
    await page.goto(pageUrl(baseUrl, builtPage), { waitUntil: 'load' });
    await wheelThrough(page, 400, 20);
    await visitEveryStep(page);
    await settle(page, 100);

    expect([...new Set(offSite)], `${path} requested other sites`).toEqual([]);

    const state = await page.evaluate(async () => ({
      writes: (window as unknown as { __storageWrites: string[] }).__storageWrites,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      caches: 'caches' in window ? await caches.keys() : [],
      serviceWorkers: 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
      // Every @font-face in every stylesheet, with the URLs it would load.
      fontFaces: [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].filter((rule) => rule instanceof CSSFontFaceRule).map((rule) => (rule as CSSFontFaceRule).style.getPropertyValue('src')),
      ),
    }));
    expect(state.writes, `${path} tried to store something`).toEqual([]);
    expect(state.localStorage).toBe(0);
    expect(state.sessionStorage).toBe(0);
    expect(state.indexedDB).toEqual([]);
    expect(state.caches).toEqual([]);
    expect(state.serviceWorkers).toBe(0);
    const offSiteFonts = state.fontFaces.filter((src) =>
      [...src.matchAll(/url\(\s*["']?([^"')]+)/g)].some((m) => new URL(m[1]!, pageUrl(baseUrl, builtPage)).origin !== origin),
    );
    expect(offSiteFonts, `${path} declares web fonts from another site`).toEqual([]);
    expect(await context.cookies(), `${path} set cookies`).toEqual([]);
  });
});
