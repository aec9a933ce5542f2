/**
 * The site's security policy, in one place, and the post-build step that turns it into dist/_headers.
 *
 * Astro's own CSP support (security.csp in astro.config.mjs) hashes every script and style it emits and
 * writes a per-page <meta http-equiv="content-security-policy">. A meta policy cannot carry
 * frame-ancestors and static hosts cannot compute hashes, so after the build this integration copies each
 * page's policy into a _headers rule for that page, adds frame-ancestors, and adds the headers that only
 * exist as HTTP headers (nosniff, Permissions-Policy…). Tests read the same constants.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../i18n/locale.ts';
import { builtinPath } from '../i18n/routes.ts';

/**
 * Directives added to every page's policy besides Astro's hashed script-src/style-src. Everything is
 * same-origin: the site makes no request to any other site, so the policy says so. data: images cover
 * SVG that a browser may rasterise internally; nothing on the site is framed, nothing is posted.
 */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "worker-src 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/** Pages under an edition's embed folder (/en/embed/…, /fr/integrer/…) may be framed by other sites (chart embeds); all others refuse framing. */
const EMBED_PREFIXES = LANGS.map((lang) => builtinPath('embed', lang));

export function isEmbedPath(urlPath: string): boolean {
  return EMBED_PREFIXES.some((prefix) => urlPath.startsWith(prefix) && urlPath.length > prefix.length);
}

/**
 * Denies powerful features nobody on a reading site needs, and opts out of interest-based ad cohorts.
 * Only features Chromium recognises are listed: an unknown name is a console error on every page.
 */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

export const ASSETS_PREFIX = '/_astro/';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Headers every response gets, whatever its type. */
export const SITE_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', PERMISSIONS_POLICY],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

/**
 * Headers the site deliberately does not send, each with the reason; a test holds their absence.
 *
 * Cross-Origin-Opener-Policy puts a page in a browsing context group of its own, so a navigation into
 * the site cannot keep the renderer process the tab already has and starts a new one, cold (Chrome on
 * Android also gives sites that send it a process of their own). Measured in Chromium, from a blank tab
 * as Lighthouse loads a page: the task that commits the navigation took 60–90 ms with it and 25–30 ms
 * without, and the first paint came about 100 ms later. What the header guards against is a cross-origin
 * window reading state through a reference to ours. The site has no accounts, cookies or stored reader
 * data and is the same for every reader; its links to other sites open in the same tab and carry
 * rel="noreferrer".
 */
export const HEADERS_NOT_SENT: readonly string[] = ['Cross-Origin-Opener-Policy'];

function frameAncestorsFor(urlPath: string): string {
  return isEmbedPath(urlPath) ? 'frame-ancestors *' : "frame-ancestors 'none'";
}

/** dist-relative file → the URL path readers use (directory format: a/b/index.html → /a/b/). */
export function urlPathOf(relativeHtmlFile: string): string {
  const path = '/' + relativeHtmlFile.split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>' };

/** The content of a page's CSP meta element, or undefined when the page has none. */
export function metaPolicyOf(html: string): string | undefined {
  const tag = html.match(/<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i)?.[0];
  const content = tag?.match(/\bcontent=(?:"([^"]*)"|'([^']*)')/i);
  const raw = content?.[1] ?? content?.[2];
  return raw?.replace(/&(?:amp|quot|#39|#x27|lt|gt);/g, (entity) => ENTITIES[entity]!).trim();
}

/** The _headers text for a built site: site-wide headers, then one CSP rule per page. */
function headersFileFor(dir: string): string {
  const lines = [
    '# Generated by src/integrations/security-headers.ts after each build; edit that file, not this one.',
    '/*',
    ...SITE_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    '',
    // Astro names bundled files by content hash, so a changed file gets a new name: cache them for good.
    `${ASSETS_PREFIX}*`,
    `  Cache-Control: ${IMMUTABLE}`,
  ];
  for (const file of htmlFiles(dir)) {
    const urlPath = urlPathOf(relative(dir, file));
    const policy = metaPolicyOf(readFileSync(file, 'utf8'));
    if (!policy)
      throw new Error(`${relative(dir, file)} has no Content-Security-Policy meta element; is security.csp enabled in astro.config.mjs?`);
    const embeddable = isEmbedPath(urlPath);
    lines.push(
      '',
      urlPath,
      `  Content-Security-Policy: ${policy.replace(/;\s*$/, '')}; ${frameAncestorsFor(urlPath)}`,
      ...(embeddable ? [] : ['  X-Frame-Options: DENY']),
    );
  }
  return lines.join('\n') + '\n';
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'sanctuary:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        writeFileSync(join(out, '_headers'), headersFileFor(out));
        logger.info('wrote _headers (per-page Content-Security-Policy and security headers)');
      },
    },
  };
}
