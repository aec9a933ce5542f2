/**
 * Checks data/ and the ids the chapters use before Astro renders anything.
 *
 * `astro build` refuses to start on invalid data: it runs at config time, before any page is rendered,
 * so a bad CSV or a chapter citing a deleted source is reported with its file and line instead of a
 * stack trace (and scripts/build-site.ts keeps the last good dist/ whatever fails). It also draws every
 * chart state the chapters name, as `npm run check:data` does: a state a data edit broke (a year
 * retyped) is reported at its chapter line, with the CSV line that changed, not halfway through
 * rendering the pages.
 *
 * `astro dev` is the editors' live preview: it starts on bad data too, watches data/, and on every
 * change drops the cached dataset and reloads the open page, which then shows either the new figures or
 * the list of problems (the page render throws a DataError, which Vite shows in its error overlay).
 */
import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { chaptersDir, scanChapters } from '../data/chapter-refs.ts';
import { checkChartStates, scanChartStates } from '../data/chart-states.ts';
import { committedTables, comparisonFor, withEditsBehindStates } from '../data/committed.ts';
import { dataDir, dataFolderShownAs, forgetDataset, validateDataDir } from '../data/load.ts';
import { formatProblems } from '../data/problems.ts';

interface Check {
  readonly ok: boolean;
  readonly report: string;
  readonly count: number;
}

/**
 * The data, the ids the chapters use, then (on valid data only: a state is drawn from the data) every
 * chart state, the last named with the CSV line an edit since the last commit changed under it.
 */
async function check(): Promise<Check> {
  const dir = dataDir();
  const dataFolder = dataFolderShownAs(dir);
  const { dataset, problems, tables } = validateDataDir(dir, scanChapters());
  if (!dataset) return { ok: false, report: formatProblems(problems, { dataFolder }), count: problems.length };
  const broken = await checkChartStates(scanChartStates(), dataset);
  if (broken.length === 0) return { ok: true, report: formatProblems(problems, { dataFolder }), count: problems.length };
  // The last commit is read (one git process) only to explain a broken state, not on every build and save.
  const { committedFolder } = comparisonFor(dir);
  const committed = committedFolder ? committedTables(committedFolder) : new Map();
  const all = [...problems, ...withEditsBehindStates(broken, committed, tables)];
  return { ok: false, report: formatProblems(all, { dataFolder }), count: all.length };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The preview page shown instead of the site while the data is invalid (dev server only). */
function problemPage(report: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Data problems: Sanctuary preview</title>
<script type="module" src="/@vite/client"></script>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}pre{white-space:pre-wrap;background:#fff4e5;border-left:4px solid #b35c00;padding:1rem}</style>
</head>
<body>
<main>
<h1>The preview is waiting for the data to be fixed</h1>
<p>Fix the problems below and save the file: this page reloads by itself and shows the site again.</p>
<pre id="data-problems">${escapeHtml(report)}</pre>
</main>
</body>
</html>
`;
}

export default function dataGuard(): AstroIntegration {
  return {
    name: 'sanctuary:data-guard',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const { ok, report } = await check();
        if (ok) {
          logger.info('data/ is valid');
          return;
        }
        // The full report, file by file, is what editors need: printed whole, not as one error's message.
        console.error('\n' + report + '\n');
        if (command === 'dev') {
          logger.warn('the preview will show these problems until they are fixed; it reloads on every save in data/');
          return;
        }
        // Thrown, this would end under Astro's banner with a stack trace into node_modules: noise an editor
        // reads as a crash of the site. The report above is the whole story, so the build stops here.
        process.exit(1);
      },
      'astro:server:setup': async ({ server, logger }) => {
        const dir = dataDir();
        const chapters = chaptersDir();
        let state = await check();
        let stale = false;
        server.watcher.add(dir);
        const onChange = async (path: string) => {
          const inData = relative(dir, path);
          const isCsv = !inData.startsWith('..') && inData.endsWith('.csv');
          const isChapter = !relative(chapters, path).startsWith('..') && path.endsWith('.mdx');
          if (!isCsv && !isChapter) return;
          stale = true;
          if (!isCsv) return; // Astro reloads the page for a chapter edit itself
          forgetDataset();
          stale = false;
          state = await check();
          logger.info(
            state.ok
              ? `data/${inData} changed: reloading the page`
              : `data/${inData} changed: ${state.count} problem(s), shown in the browser`,
          );
          server.ws.send({ type: 'full-reload', path: '*' });
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
        // While the data is invalid every page is the list of problems, which reloads itself when fixed.
        server.middlewares.use(async (req, res, next) => {
          if (req.method !== 'GET' || !(req.headers.accept ?? '').includes('text/html')) return next();
          if (stale) {
            stale = false;
            state = await check();
          }
          if (state.ok) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(problemPage(state.report));
        });
      },
    },
  };
}
