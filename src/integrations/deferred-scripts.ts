/**
 * Every page's scripts are fetched once its first frame is painted, not while it loads.
 *
 * Astro writes each component's script as a `<script type="module" src>` where the component sits, and
 * the browser requests those as soon as it sees them: on a slow phone link they share the line with the
 * rest of the page, and Lighthouse's simulation of such a link waits for them (and the chunks they
 * import) before the first paint, although a module script never holds a paint: 400–600 ms of its
 * figure for the largest paint, chapter after chapter. Nothing in a page needs a script to be read (the
 * scripts enhance a page that works without them), so after the build this step moves the page's module
 * scripts into a list that one small inline script imports after the first frame.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './security-headers.ts';

export const DEFERRED_SCRIPTS_ID = 'deferred-scripts';

/** Set on `<html>` once every listed script has run (tests wait for it instead of guessing a delay). */
export const SCRIPTS_RAN_ATTRIBUTE = 'data-scripts-ran';

/**
 * Runs in the page, after the document is parsed (a module script): a `setTimeout` queued from an
 * animation frame runs after that frame is painted. A page in a background tab paints nothing until it is
 * shown, so there the scripts load at once. A script that fails to load is an uncaught error, as it was
 * from a script element.
 */
export const DEFERRED_LOADER =
  `const load=()=>setTimeout(()=>Promise.all(JSON.parse(document.getElementById("${DEFERRED_SCRIPTS_ID}").textContent).map((src)=>import(src)))` +
  `.then(()=>document.documentElement.setAttribute("${SCRIPTS_RAN_ATTRIBUTE}","")));` +
  `document.hidden?load():requestAnimationFrame(load)`;

/** The loader's hash for the pages' Content-Security-Policy (security.csp in astro.config.mjs). */
export const DEFERRED_LOADER_HASH = `sha256-${createHash('sha256').update(DEFERRED_LOADER, 'utf8').digest('base64')}` as const;

const MODULE_SCRIPT = /<script\b(?=[^>]*\btype="module")[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g;

/** The page with its external module scripts replaced by the list and the loader, before `</body>`. */
export function deferModuleScripts(html: string): string {
  const sources: string[] = [];
  const without = html.replace(MODULE_SCRIPT, (_tag, src: string) => {
    if (!sources.includes(src)) sources.push(src);
    return '';
  });
  if (sources.length === 0) return html;
  const end = without.lastIndexOf('</body>');
  if (end < 0) throw new Error('a page with module scripts has no </body> to put their loader before');
  const list = JSON.stringify(sources).replace(/</g, '\\u003c');
  const loader = `<script type="application/json" id="${DEFERRED_SCRIPTS_ID}">${list}</script><script type="module">${DEFERRED_LOADER}</script>`;
  return without.slice(0, end) + loader + without.slice(end);
}

const DEFERRED_LIST = new RegExp(`<script type="application/json" id="${DEFERRED_SCRIPTS_ID}">([^<]*)</script>`);

/** The scripts a built page loads after its first paint; undefined when it has no list. */
export function deferredScriptsOf(html: string): string[] | undefined {
  const list = DEFERRED_LIST.exec(html)?.[1];
  return list === undefined ? undefined : (JSON.parse(list) as string[]);
}

export default function deferredScripts(): AstroIntegration {
  return {
    name: 'sanctuary:deferred-scripts',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let pages = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const deferred = deferModuleScripts(html);
          if (deferred === html) continue;
          writeFileSync(file, deferred);
          pages++;
        }
        logger.info(`${pages} pages load their scripts after the first paint`);
      },
    },
  };
}
