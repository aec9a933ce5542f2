// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import dataGuard from './src/integrations/data-guard.ts';

export default defineConfig({
  // Absolute URLs (canonical, share cards) are emitted only when the deploy address is known.
  site: process.env.SANCTUARY_SITE_URL || undefined,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.SANCTUARY_OUT_DIR || './dist',
  devToolbar: { enabled: false },
  integrations: [dataGuard(), mdx()],
});
