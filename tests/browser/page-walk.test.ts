/**
 * The shared page walk finds what each of its checks is there to find: a tiny site with one page that
 * breaks each rule, walked like the real build. Without this, a check that stopped reporting would pass
 * every real page in silence.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from '../support/built-pages.ts';
import { connectBrowser } from '../support/browser.ts';
import { tempDir } from '../support/build.ts';
import { startWalk, type Walk } from '../support/page-walk.ts';
import { axeCheck } from '../support/page-checks/axe.ts';
import { cspCheck } from '../support/page-checks/csp.ts';
import { privacyCheck } from '../support/page-checks/privacy.ts';
import { startStaticServer } from '../support/static-server.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title></head><body><main><h1>Fixture</h1>${body}</main></body></html>`;

let site: string;
let server: Server;
let browser: Browser;
let walk: Walk;
let pages: BuiltPage[];

beforeAll(async () => {
  site = tempDir('sanctuary-walk-');
  mkdirSync(join(site, 'careless'));
  mkdirSync(join(site, 'blocked'));
  writeFileSync(
    join(site, 'careless/index.html'),
    page(`<img src="https://example.invalid/pixel.png"><script>localStorage.setItem('seen', '1')</script>`),
  );
  writeFileSync(join(site, 'blocked/index.html'), page(`<p>Text</p><script>document.title = 'ran'</script>`));
  writeFileSync(join(site, '_headers'), `/blocked/\n  Content-Security-Policy: script-src 'none'\n`);
  const started = await startStaticServer(site);
  server = started.server;
  pages = builtPages(site);
  browser = await connectBrowser();
  walk = await startWalk(browser, started.url, [axeCheck(), privacyCheck(started.url), cspCheck()]);
});

afterAll(async () => {
  await walk?.close();
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(site, { recursive: true, force: true });
});

const byPath = (path: string) => pages.find((p) => p.path === path)!;

describe('the shared page walk', () => {
  it('reports an image with no text alternative, an off-site request, a storage write and a missing CSP header', async () => {
    const found = Object.values(await walk.visit(byPath('/careless/')));
    const [axe, privacy, csp] = found;
    expect(axe!.join('\n')).toMatch(/image-alt/);
    expect(axe!.join('\n')).toMatch(/light scheme/);
    expect(axe!.join('\n')).toMatch(/dark scheme/);
    expect(privacy!.join('\n')).toContain('https://example.invalid/pixel.png');
    expect(privacy!.join('\n')).toContain('localStorage.setItem(seen, 1)');
    expect(privacy!.join('\n')).toMatch(/left 1 item\(s\) in localStorage/);
    expect(csp!.join('\n')).toMatch(/without the CSP header/);
  });

  it('reports a script the Content-Security-Policy blocked', async () => {
    const found = await walk.visit(byPath('/blocked/'));
    const csp = Object.values(found)[2]!;
    expect(csp.join('\n')).toMatch(/^script-src(-elem)? blocked inline/m);
    expect(csp.join('\n')).toMatch(/^console\.error: .*Content Security Policy/m);
    // The blocked script stored nothing (the item left over is the first page's, same origin).
    expect(Object.values(found)[1]!.join('\n')).not.toMatch(/tried to store/);
  });
});
