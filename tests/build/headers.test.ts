/**
 * The security headers of the built site: dist/_headers (what static hosts send) and each page's
 * Content-Security-Policy meta element. The policy must be strict (hashes only, nothing from another
 * site) and must still allow everything the page actually contains, so the build output is checked
 * against the policy it ships with.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, type BuiltPage } from '../support/built-pages.ts';
import { parseHeadersFile } from '../support/static-server.ts';
import {
  ASSETS_PREFIX,
  HEADERS_NOT_SENT,
  IMMUTABLE,
  isEmbedPath,
  SITE_HEADERS,
  metaPolicyOf,
} from '../../src/integrations/security-headers.ts';

const siteDir = inject('siteDir');
const pages = builtPages(siteDir);
const headersPath = join(siteDir, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The headers a host sends for a URL path: every matching rule, later rules winning, like the test server. */
function headersFor(path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) if (rule.pattern.test(path)) for (const [k, v] of rule.headers) headers.set(k.toLowerCase(), v);
  return headers;
}

/** Rules whose pattern is exactly this path (not a wildcard), so a page's own policy is easy to find. */
function exactRulesFor(path: string) {
  const own = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&')}$`).source;
  return rules.filter((rule) => rule.pattern.source === own);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

type Attributes = Record<string, string>;

interface InlineThings {
  /** Every <script> and <style> with its text exactly as served (the bytes its hash covers). */
  scripts: { attrs: Attributes; body: string }[];
  styles: string[];
  /** Every element, with its attributes (entities decoded, as the browser reads them). */
  elements: { tag: string; attrs: Attributes }[];
  /** The elements of <head>, in document order. */
  head: { tag: string; attrs: Attributes }[];
}

function inlineThings(html: string): InlineThings {
  const root = parse(html);
  const element = (e: HTMLElement) => ({ tag: e.tagName.toLowerCase(), attrs: e.attributes });
  return {
    scripts: root.querySelectorAll('script').map((e) => ({ attrs: e.attributes, body: e.innerHTML })),
    styles: root.querySelectorAll('style').map((e) => e.innerHTML),
    elements: root.querySelectorAll('*').map(element),
    head: root.querySelectorAll('head *').map(element),
  };
}

const isDataScript = (attrs: Attributes) => /^application\/(ld\+)?json$/i.test(attrs.type ?? '');

describe('site-wide headers in _headers', () => {
  it('exists in the build output', () => {
    expect(existsSync(headersPath), 'dist/_headers is missing: is the security-headers integration in astro.config.mjs?').toBe(true);
  });

  it.each(SITE_HEADERS.map(([name, value]) => [name, value] as const))('every response carries %s', (name, value) => {
    for (const path of ['/', '/favicon.svg', '/no-such-page/', ...pages.map((p) => p.path)]) {
      expect(headersFor(path).get(name.toLowerCase()), `${name} for ${path}`).toBe(value);
    }
  });

  it.each(HEADERS_NOT_SENT.map((name) => [name] as const))('no response carries %s (see HEADERS_NOT_SENT)', (name) => {
    for (const path of ['/', '/no-such-page/', ...pages.map((p) => p.path)]) {
      expect(headersFor(path).has(name.toLowerCase()), `${name} for ${path}`).toBe(false);
    }
  });

  it('caches content-hashed bundles for good, and nothing else', () => {
    const bundles = readdirSync(join(siteDir, ASSETS_PREFIX));
    expect(bundles.length).toBeGreaterThan(0);
    for (const name of bundles) expect(headersFor(`${ASSETS_PREFIX}${name}`).get('cache-control'), name).toBe(IMMUTABLE);
    for (const page of pages) expect(headersFor(page.path).get('cache-control'), page.path).toBeUndefined();
  });

  it('ships stylesheets whose fonts, images and imports all come from the site itself', () => {
    const sheets = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
    const offSite = sheets.flatMap((file) => {
      const css = readFileSync(join(siteDir, file), 'utf8');
      const refs = [...css.matchAll(/url\(\s*["']?([^"')]+)/g), ...css.matchAll(/@import\s+["']([^"']+)/g)].map((m) => m[1]!);
      return refs.filter((ref) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref) && !ref.startsWith('data:')).map((ref) => `${file}: ${ref}`);
    });
    expect(offSite).toEqual([]);
  });

  it('sends nosniff, no referrer, and denies camera, microphone, geolocation and ad cohorts', () => {
    const h = headersFor('/');
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('no-referrer');
    for (const feature of ['camera', 'microphone', 'geolocation', 'browsing-topics']) {
      expect(h.get('permissions-policy')).toMatch(new RegExp(`(^|, )${feature}=\\(\\)`));
    }
  });
});

describe.each(pages.map((p) => [p.path, p] as const))('Content-Security-Policy of %s', (path, page: BuiltPage) => {
  const meta = metaPolicyOf(page.html);
  const metaPolicy = parsePolicy(meta ?? '');
  const header = headersFor(path).get('content-security-policy');
  const headerPolicy = parsePolicy(header ?? '');
  const things = inlineThings(page.html);

  it('has a CSP meta element before any script or stylesheet, and a _headers rule of its own', () => {
    expect(meta, `${page.file} has no CSP meta element`).toBeTruthy();
    const metaAt = things.head.findIndex((e) => e.tag === 'meta' && e.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
    // JSON-LD is data, not run, so it may come first; any executable script or style may not.
    const firstResource = things.head.findIndex(
      (e) =>
        (e.tag === 'script' && !isDataScript(e.attrs)) ||
        e.tag === 'style' ||
        (e.tag === 'link' && e.attrs.rel?.toLowerCase() === 'stylesheet'),
    );
    expect(metaAt).toBeGreaterThanOrEqual(0);
    if (firstResource >= 0) expect(metaAt, 'the CSP meta must come before the first script or style').toBeLessThan(firstResource);
    expect(exactRulesFor(path), `_headers has no rule for ${path}`).toHaveLength(1);
  });

  it('is strict: hashes or self only, nothing inline or from another site', () => {
    for (const policy of [metaPolicy, headerPolicy]) {
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      for (const directive of ['script-src', 'style-src']) {
        const sources = policy.get(directive);
        expect(sources, `${directive} is missing`).toBeDefined();
        for (const source of sources!) {
          expect(source, `${directive} allows ${source}`).toMatch(/^('self'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/);
        }
      }
      for (const [directive, sources] of policy) {
        // Embeds exist to be framed by any site: only their frame-ancestors may be '*'.
        if (directive === 'frame-ancestors' && isEmbedPath(path)) continue;
        for (const source of sources) {
          expect(source, `${directive} allows ${source}`).not.toMatch(/unsafe-|^\*$|^https?:|^\/\/|^blob:/);
        }
      }
    }
  });

  it('sends the same policy as the meta element, plus frame-ancestors', () => {
    expect(header, `no Content-Security-Policy header for ${path}`).toBeTruthy();
    const withoutFrame = new Map(headerPolicy);
    withoutFrame.delete('frame-ancestors');
    expect(withoutFrame).toEqual(metaPolicy);
    const embeddable = isEmbedPath(path);
    expect(headerPolicy.get('frame-ancestors')).toEqual(embeddable ? ['*'] : ["'none'"]);
    expect(headersFor(path).get('x-frame-options')).toBe(embeddable ? undefined : 'DENY');
  });

  it('keeps header-only directives out of the meta element (browsers ignore them there, with an error)', () => {
    for (const directive of ['frame-ancestors', 'report-uri', 'sandbox']) expect(metaPolicy.has(directive)).toBe(false);
  });

  it('allows every inline script and style the page contains, by hash', () => {
    const scriptSrc = metaPolicy.get('script-src') ?? [];
    const styleSrc = metaPolicy.get('style-src') ?? [];
    for (const { attrs, body } of things.scripts) {
      const src = attrs.src;
      if (src) {
        expect(src, `script from another site: ${src}`).toMatch(/^\/(?!\/)/);
      } else if (isDataScript(attrs)) {
        expect(() => JSON.parse(body), `invalid JSON in <script ${JSON.stringify(attrs)}>`).not.toThrow();
      } else {
        expect(scriptSrc, `inline script not allowed by hash: ${body.slice(0, 80)}`).toContain(sha256(body));
      }
    }
    for (const body of things.styles) {
      expect(styleSrc, `inline <style> not allowed by hash: ${body.slice(0, 80)}`).toContain(sha256(body));
    }
  });

  it('has no inline event handlers, javascript: URLs or style attributes (the policy blocks them)', () => {
    const offending = things.elements.filter(({ attrs }) =>
      Object.entries(attrs).some(([name, value]) => /^on/i.test(name) || name.toLowerCase() === 'style' || /^\s*javascript:/i.test(value)),
    );
    expect(offending, JSON.stringify(offending)).toEqual([]);
  });

  it('loads stylesheets, scripts, images and icons from its own site only', () => {
    const refs = things.elements.flatMap(({ tag, attrs }) => {
      if (tag === 'a') return [];
      const urls = ['src', 'href', 'poster', 'data'].map((name) => attrs[name]).filter((v) => v !== undefined);
      // srcset: "url 1x, url 2x": every candidate's address.
      const candidates = (attrs.srcset ?? '')
        .split(',')
        .map((c) => c.trim().split(/\s+/)[0]!)
        .filter((c) => c !== '');
      return [...urls, ...candidates];
    });
    const external = refs.filter((ref) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref) && !/^(?:data:|#)/i.test(ref));
    // Absolute URLs to the site itself appear only when SANCTUARY_SITE_URL is set (canonical links).
    const site = process.env.SANCTUARY_SITE_URL;
    expect(
      external.filter((ref) => !(site && ref.startsWith(site))),
      external.join('\n'),
    ).toEqual([]);
  });
});
