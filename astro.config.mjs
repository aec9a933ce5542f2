// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import chartAssets from './src/integrations/chart-assets.ts';
import dataGuard from './src/integrations/data-guard.ts';
import securityHeaders, { CSP_DIRECTIVES } from './src/integrations/security-headers.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { sectionLinks } from './src/markdown/section-links.ts';
import { glossaryLinks } from './src/markdown/glossary-links.ts';
import { frenchTypographyPlugin } from './src/markdown/french-typography.ts';
import { citeAnchors } from './src/markdown/cite-anchors.ts';

export default defineConfig({
  // Absolute URLs (canonical, share cards) are emitted only when the deploy address is known.
  site: process.env.SANCTUARY_SITE_URL || undefined,
  trailingSlash: 'always',
  // Styles are in each page (8 KB gzip, hashed into its CSP): on a slow phone link, five stylesheet requests
  // held back the first paint by a round trip or more.
  build: { format: 'directory', inlineStylesheets: 'always' },
  outDir: process.env.SANCTUARY_OUT_DIR || './dist',
  // Copies of the project built side by side (the tests' fixture sites) link to one node_modules: each keeps
  // its own content cache there instead of node_modules/.astro, or one build would read another's chapters.
  cacheDir: process.env.SANCTUARY_CACHE_DIR || undefined,
  devToolbar: { enabled: false },
  integrations: [dataGuard(), chartAssets(), mdx(), securityHeaders()],
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks each MDX chapter with its own "use astro:head-inject" directive and reads it back
        // itself; the bundler's warning about it named chapter files on every build (14 boxes, ~250
        // lines), and an editor scrolling for the one line to act on took them for problems in the text.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Astro hashes every script and style it emits into a per-page CSP meta element: no 'unsafe-inline'.
  // securityHeaders() then copies each page's policy into dist/_headers, with frame-ancestors.
  security: { csp: { algorithm: 'SHA-256', directives: [...CSP_DIRECTIVES] } },
  // Shiki colours code with inline style attributes, which a hash-only style-src blocks.
  // French spacing, section links and first-use glossary links are added to chapters at render time; the
  // MDX stays as written. Typography first, so the glossary matches the text as readers see it; footnote
  // numbers are tied to the word before them last, once that word is final.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [frenchTypographyPlugin, sectionLinks, glossaryLinks, citeAnchors] }),
  },
});
