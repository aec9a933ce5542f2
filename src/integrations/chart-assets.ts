/**
 * Build and dev-server plumbing for the charts:
 * - the dark-mode chart colours as a stylesheet module (`virtual:sanctuary-dark-charts.css`), generated
 *   from src/charts/common/palette.ts so a palette change repaints dark mode too;
 * - the static step pictures and the enhancer's step drawings that pages register while they render
 *   (src/components/step-pictures.ts, step-trees.ts): written into dist/_astro/ after the build, served
 *   from memory by `astro dev`.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PICTURE_PATH, pictureStore } from '../components/picture-store.ts';
import { darkChartStylesheet } from '../styles/dark-palette.ts';

const DARK_CSS_ID = 'virtual:sanctuary-dark-charts.css';
const RESOLVED_DARK_CSS_ID = '\0' + DARK_CSS_ID;

export default function chartAssets(): AstroIntegration {
  return {
    name: 'sanctuary:chart-assets',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'sanctuary:dark-charts-css',
                resolveId: (id: string) => (id === DARK_CSS_ID ? RESOLVED_DARK_CSS_ID : undefined),
                // Charts and their HTML legends' swatches.
                load: (id: string) =>
                  id === RESOLVED_DARK_CSS_ID ? darkChartStylesheet(':is(svg.chart, svg.chart-legend__swatch)') : undefined,
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0]!;
          const file = path.startsWith(PICTURE_PATH) ? pictureStore().get(path.slice(PICTURE_PATH.length)) : undefined;
          if (file === undefined) return next();
          response.setHeader('Content-Type', path.endsWith('.json') ? 'application/json; charset=utf-8' : 'image/svg+xml; charset=utf-8');
          response.end(file);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), PICTURE_PATH);
        mkdirSync(out, { recursive: true });
        const pictures = pictureStore();
        for (const [name, markup] of pictures) writeFileSync(join(out, name), markup);
        logger.info(`wrote ${pictures.size} static step pictures to ${PICTURE_PATH}`);
      },
    },
  };
}
