/**
 * Readers may be undocumented: the site must not tell any other site that they visited, and must not
 * store anything on their device. Any request to another origin, any cookie, any storage write or any
 * web font from elsewhere, at any point of the walk, is a problem.
 */
import type { PageCheck } from '../page-walk.ts';
import { pageUrl } from '../built-pages.ts';

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
    ServiceWorkerContainer.prototype.register = function (
      this: ServiceWorkerContainer,
      ...args: Parameters<ServiceWorkerContainer['register']>
    ) {
      log.push(`serviceWorker.register(${String(args[0])})`);
      return register.apply(this, args);
    };
  }
}

const LOCAL_PROTOCOLS = ['data:', 'blob:', 'about:'];

export function privacyCheck(baseUrl: string): PageCheck {
  const offSite: string[] = [];
  return {
    name: 'privacy: no third-party requests, no storage, no web fonts from elsewhere',
    async prepare(context, _page, origin) {
      await context.addInitScript(recordStorageWrites);
      // Off-site requests are recorded and then refused, so a failing run still sends nothing anywhere.
      await context.route(
        (url) => url.origin !== origin && !LOCAL_PROTOCOLS.includes(url.protocol),
        async (route) => {
          offSite.push(route.request().url());
          await route.abort('blockedbyclient');
        },
      );
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== origin && !LOCAL_PROTOCOLS.includes(url.protocol)) offSite.push(request.url());
      });
    },
    reset() {
      offSite.length = 0;
    },
    async problems(page, built, context) {
      const path = built.path;
      const origin = new URL(baseUrl).origin;
      const state = await page.evaluate(async () => ({
        writes: (window as unknown as { __storageWrites: string[] }).__storageWrites,
        localStorage: localStorage.length,
        sessionStorage: sessionStorage.length,
        indexedDB: (await indexedDB.databases()).map((d) => d.name),
        caches: 'caches' in window ? await caches.keys() : [],
        serviceWorkers: 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
        // Every @font-face in every stylesheet, with the URLs it would load.
        fontFaces: [...document.styleSheets].flatMap((sheet) =>
          [...sheet.cssRules]
            .filter((rule) => rule instanceof CSSFontFaceRule)
            .map((rule) => (rule as CSSFontFaceRule).style.getPropertyValue('src')),
        ),
      }));
      const offSiteFonts = state.fontFaces.filter((src) =>
        [...src.matchAll(/url\(\s*["']?([^"')]+)/g)].some((m) => new URL(m[1]!, pageUrl(baseUrl, built)).origin !== origin),
      );
      const cookies = await context.cookies();
      return [
        ...[...new Set(offSite)].map((url) => `${path} requested another site: ${url}`),
        ...state.writes.map((write) => `${path} tried to store something: ${write}`),
        ...(state.localStorage !== 0 ? [`${path} left ${state.localStorage} item(s) in localStorage`] : []),
        ...(state.sessionStorage !== 0 ? [`${path} left ${state.sessionStorage} item(s) in sessionStorage`] : []),
        ...state.indexedDB.map((name) => `${path} made an IndexedDB database: ${name}`),
        ...state.caches.map((name) => `${path} made a cache: ${name}`),
        ...(state.serviceWorkers !== 0 ? [`${path} registered ${state.serviceWorkers} service worker(s)`] : []),
        ...offSiteFonts.map((src) => `${path} declares web fonts from another site: ${src}`),
        ...cookies.map((c) => `${path} set a cookie: ${c.name} for ${c.domain}`),
      ];
    },
  };
}
