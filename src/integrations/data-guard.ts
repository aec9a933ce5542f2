/**
 * Checks data/ and the ids the chapters use before Astro renders anything.
 *
 * `astro build` refuses to start on invalid data: it runs at config time, before any page is rendered,
 * so a bad CSV or a chapter citing a deleted source is reported with its file and line instead of a
 * stack trace (and scripts/build-site.ts keeps the last good dist/ whatever fails).
 *
 * `astro dev` is the editors' live preview: it starts on bad data too, watches data/, and on every
 * change drops the cached dataset and reloads the open page, which then shows either the new figures or
 * the list of problems (the page render throws a DataError, which Vite shows in its error overlay).
 */
import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { scanChapters } from '../data/chapter-refs.ts';
import { dataDir, forgetDataset, validateDataDir } from '../data/load.ts';
import { formatProblems } from '../data/problems.ts';

function check(): { ok: boolean; report: string; count: number } {
  const { dataset, problems } = validateDataDir(dataDir(), scanChapters());
  return { ok: dataset !== undefined, report: formatProblems(problems), count: problems.length };
}

export default function dataGuard(): AstroIntegration {
  return {
    name: 'sanctuary:data-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { ok, report, count } = check();
        if (ok) {
          logger.info('data/ is valid');
          return;
        }
        // Astro prints an Error's message under its own banner; the full report is what editors need.
        console.error('\n' + report + '\n');
        if (command === 'dev') {
          logger.warn('the preview will show these problems until they are fixed; it reloads on every save in data/');
          return;
        }
        throw new Error(`Invalid data in ${dataDir()}: ${count} problem(s), listed above. The site was not built.`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = dataDir();
        server.watcher.add(dir);
        const onChange = (path: string) => {
          const inside = relative(dir, path);
          if (inside.startsWith('..') || !inside.endsWith('.csv')) return;
          forgetDataset();
          const { ok, count } = check();
          logger.info(ok ? `data/${inside} changed: reloading the page` : `data/${inside} changed: ${count} problem(s), shown in the browser`);
          server.ws.send({ type: 'full-reload', path: '*' });
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
