/**
 * `npm run bench`: builds the site once and prints, as tables, what it costs readers and editors —
 * page weight, build time against a bare Astro build, growth with 10× and 100× the data, Lighthouse
 * per chapter, long tasks while scrolling — then lists every budget that is missed. It measures and
 * reports; it never fails a build (the browser tier's long-task test is the enforced budget).
 *
 *   npm run bench                      everything (several minutes on 2 cores)
 *   npm run bench -- --only weight,lighthouse
 * Sections: build, weight, scale, lighthouse, long-tasks, data-check. Markdown of the same tables goes to
 * bench/results/latest.md, for bench/README.md.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../tests/support/build.ts';
import { builtPages } from '../tests/support/built-pages.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { CPU_SLOWDOWN, LONG_TASK_MS, longTasksWhileScrolling, recordLongTasks } from '../tests/support/long-tasks.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
import { BUDGETS, kb } from './budgets.ts';
import { timeBareBuild, timeSiteBuild, type TimedBuild } from './build-time.ts';
import { lighthouseScores } from './lighthouse.ts';
import { scaledDataCopy } from './scale-data.ts';
import { dataCheckTimes } from './data-check.ts';
import { markdownTable, textTable, type Table } from './table.ts';
import { loadedWeights, type LoadedWeight } from './weight.ts';
import { PHONE } from './phone.ts';

/** The port the built site is served from while Lighthouse and the long-task probe read it. */
const BENCH_PORT = 4391;

const SECTIONS = ['build', 'weight', 'scale', 'lighthouse', 'long-tasks', 'data-check'] as const;
type Section = (typeof SECTIONS)[number];

const USAGE = `Usage: npm run bench [-- --only <sections>]
  <sections>: a comma-separated list of ${SECTIONS.join(', ')} (all of them without --only)`;

function selectedSections(argv: string[]): Set<Section> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
  const at = argv.indexOf('--only');
  // Anything else is a mistyped option: running every section instead would take a long while.
  const stray = at === -1 ? argv : argv.filter((_, i) => i !== at && i !== at + 1);
  if (stray.length > 0) {
    console.error(`npm run bench does not take ${stray.map((a) => `"${a}"`).join(', ')}.\n${USAGE}`);
    process.exit(2);
  }
  if (at === -1) return new Set(SECTIONS);
  const chosen = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = chosen.filter((s) => !SECTIONS.includes(s as Section));
  if (unknown.length || chosen.length === 0) {
    console.error(`--only takes a comma-separated list of: ${SECTIONS.join(', ')}`);
    process.exit(2);
  }
  return new Set(chosen as Section[]);
}

const tables: Table[] = [];
const missed: string[] = [];

function show(table: Table): void {
  tables.push(table);
  console.log(textTable(table));
}

function weightTable(title: string, weights: LoadedWeight[]): Table {
  return {
    title,
    head: ['page', 'HTML', 'CSS', 'JS', 'JS reachable', 'other', 'total', 'budget'],
    rows: weights.map((w) => {
      const over = [
        w.bytes.js > BUDGETS.jsBytes ? `JS > ${kb(BUDGETS.jsBytes)}` : '',
        w.total > BUDGETS.pageBytes ? `page > ${kb(BUDGETS.pageBytes)}` : '',
      ].filter(Boolean);
      return [
        w.path,
        kb(w.bytes.html),
        kb(w.bytes.css),
        kb(w.bytes.js),
        kb(w.reachableJs),
        kb(w.bytes.other),
        kb(w.total),
        over.join(', ') || 'ok',
      ];
    }),
    notes: [
      'gzip bytes of the page and of every file Chromium requests while it is read to the end and through every step;',
      '"JS reachable" is every script the page could load (all lazy chart chunks), an upper bound; budgets apply to what loads.',
    ],
  };
}

function checkWeights(label: string, weights: LoadedWeight[]): void {
  for (const w of weights) {
    if (w.bytes.js > BUDGETS.jsBytes) missed.push(`${label}${w.path}: JS ${kb(w.bytes.js)} > ${kb(BUDGETS.jsBytes)}`);
    if (w.total > BUDGETS.pageBytes) missed.push(`${label}${w.path}: page ${kb(w.total)} > ${kb(BUDGETS.pageBytes)}`);
  }
}

/** charts-A's JS weight breakdown, when it exists, run against this build. */
function runJsWeight(site: TimedBuild): void {
  const script = join(PROJECT_ROOT, 'bench/js-weight.ts');
  if (!existsSync(script)) return;
  const result = spawnSync(process.execPath, [script, site.outDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SANCTUARY_OUT_DIR: site.outDir },
    encoding: 'utf8',
  });
  console.log(`\nbench/js-weight.ts\n${result.stdout}${result.stderr}`);
}

async function main(): Promise<void> {
  const sections = selectedSections(process.argv.slice(2));
  const temporary: string[] = [];
  console.log(
    `Sanctuary benchmark, ${new Date().toISOString()}: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  );

  if (sections.has('data-check')) {
    const times = dataCheckTimes();
    show({
      title: 'npm run check:data: check and report (goal: 100,000 bad rows under 5 s)',
      head: ['data', 'problems', 'seconds', 'CPU seconds'],
      rows: times.map((t) => [t.label, String(t.problems), t.seconds.toFixed(2), t.cpuSeconds.toFixed(2)]),
      notes: ['bad rows: copies of real cities with an unknown province and council actions naming unknown cities (bench/data-check.ts).'],
    });
    for (const t of times) if (t.rows >= 100_000 && t.seconds > 5) missed.push(`check:data on ${t.label}: ${t.seconds.toFixed(1)} s > 5 s`);
  }

  // Built for the address it is served from below, as a deployed site is: canonical and hreflang links are
  // absolute (Lighthouse's SEO audit refuses relative hreflang addresses) and point at the pages measured.
  const site = timeSiteBuild({ SANCTUARY_SITE_URL: `http://127.0.0.1:${BENCH_PORT}` });
  temporary.push(site.outDir);
  const pages = builtPages(site.outDir);
  const chapters = pages.filter((p) => p.isChapter);
  const baseWeights = sections.has('weight') || sections.has('scale') ? await loadedWeights(site.outDir) : [];

  try {
    if (sections.has('build')) {
      // Best of two cold builds each, alternating, so a burst of other work on the machine skews neither.
      const again = timeSiteBuild();
      rmSync(again.outDir, { recursive: true, force: true });
      const bareRuns = [timeBareBuild(site.pages), timeBareBuild(site.pages)];
      const siteSeconds = Math.min(site.seconds, again.seconds);
      const bare = bareRuns.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      show({
        title: 'Build time (cold, best of 2)',
        head: ['build', 'pages', 'seconds', 'per page'],
        rows: [
          [
            'Sanctuary (data checks, MDX, charts)',
            String(site.pages),
            siteSeconds.toFixed(1),
            `${((siteSeconds / site.pages) * 1000).toFixed(0)} ms`,
          ],
          [
            'bare Astro, same page count',
            String(bare.pages),
            bare.seconds.toFixed(1),
            `${((bare.seconds / bare.pages) * 1000).toFixed(0)} ms`,
          ],
        ],
        notes: [`ratio: ${(siteSeconds / bare.seconds).toFixed(1)}× a bare Astro build, same machine, same run, same node_modules.`],
      });
    }

    if (sections.has('weight')) {
      show(weightTable('Page weight (gzip)', baseWeights));
      checkWeights('', baseWeights);
      runJsWeight(site);
    }

    if (sections.has('scale')) {
      const rows: string[][] = [];
      const summarise = (factor: string, build: TimedBuild, weights: LoadedWeight[], dataRows: string) => {
        const largest = weights.reduce((a, b) => (b.total > a.total ? b : a));
        const chapterTotals = weights.filter((w) => pages.some((p) => p.isChapter && p.path === w.path)).map((w) => w.total);
        const heaviestChapter = chapterTotals.length ? Math.max(...chapterTotals) : 0;
        const maxJs = Math.max(...weights.map((w) => w.bytes.js));
        rows.push([
          factor,
          dataRows,
          String(build.pages),
          build.seconds.toFixed(1),
          kb(heaviestChapter),
          kb(maxJs),
          `${largest.path} ${kb(largest.total)}`,
        ]);
      };
      summarise('1×', site, baseWeights, 'as committed');
      for (const factor of [10, 100]) {
        const data = scaledDataCopy(factor);
        temporary.push(data.dir);
        const build = timeSiteBuild({ SANCTUARY_DATA_DIR: data.dir });
        temporary.push(build.outDir);
        const weights = await loadedWeights(build.outDir);
        const r = data.rows;
        summarise(
          `${factor}×`,
          build,
          weights,
          `${r['municipalities.csv']} cities, ${r['council_actions.csv']} actions, ${r['service_coverage.csv']} coverage, ${r['events.csv']} events, ${r['sources.csv']} sources`,
        );
        checkWeights(`${factor}× data `, weights);
        rmSync(build.outDir, { recursive: true, force: true });
      }
      show({
        title: 'Growth with the data',
        head: ['data', 'rows', 'pages', 'build s', 'heaviest chapter', 'max JS', 'heaviest page'],
        rows,
        notes: ['cities are copied with their council actions, service coverage and events; sources stop at S999, the format’s ceiling.'],
      });
    }

    if (sections.has('lighthouse') || sections.has('long-tasks')) {
      const { server, url } = await startStaticServer(site.outDir, { compress: true, port: BENCH_PORT });
      try {
        if (sections.has('lighthouse')) {
          const targets = chapters.length ? chapters : pages.filter((p) => p.path !== '/404.html');
          const scores = await lighthouseScores(targets.map((p) => new URL(p.path, url).href));
          show({
            title: `Lighthouse 13 (mobile preset), local build on 127.0.0.1, median of ${scores[0]?.runs ?? 0} runs per page (worst run for CLS, a11y, best practices, SEO)`,
            head: ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'CLS', 'LCP', 'TBT', 'TBT in all runs'],
            rows: scores.map((s) => [
              new URL(s.url).pathname,
              String(s.performance),
              String(s.accessibility),
              String(s.bestPractices),
              String(s.seo),
              s.cls.toFixed(3),
              `${Math.round(s.lcpMs)} ms`,
              `${Math.round(s.tbtMs)} ms`,
              `${Math.round(s.tbtRangeMs[0])}–${Math.round(s.tbtRangeMs[1])} ms`,
            ]),
            notes: [
              `Lighthouse benchmarkIndex of this machine: ${Math.round(scores[0]?.benchmarkIndex ?? 0)} (its CPU throttling assumes a desktop-class CPU).`,
            ],
          });
          for (const s of scores) {
            const path = new URL(s.url).pathname;
            const checks: [string, number, number][] = [
              ['performance', s.performance, BUDGETS.lighthousePerformance],
              ['accessibility', s.accessibility, BUDGETS.lighthouseAccessibility],
              ['best practices', s.bestPractices, BUDGETS.lighthouseBestPractices],
              ['SEO', s.seo, BUDGETS.lighthouseSeo],
            ];
            for (const [name, value, budget] of checks) if (value < budget) missed.push(`${path}: Lighthouse ${name} ${value} < ${budget}`);
            if (s.cls > BUDGETS.cls) missed.push(`${path}: CLS ${s.cls.toFixed(3)} > ${BUDGETS.cls}`);
            if (s.lcpMs > BUDGETS.lcpMs) missed.push(`${path}: LCP ${Math.round(s.lcpMs)} ms > ${BUDGETS.lcpMs} ms`);
            if (s.tbtMs > BUDGETS.tbtMs) missed.push(`${path}: TBT ${Math.round(s.tbtMs)} ms > ${BUDGETS.tbtMs} ms`);
            if (s.failing.length) console.log(`  ${path} lost points (in some run) on: ${s.failing.join('; ')}`);
          }
        }

        if (sections.has('long-tasks')) {
          const browser = await launchChromium();
          try {
            const context = await browser.newContext(PHONE);
            await recordLongTasks(context);
            const page = await context.newPage();
            const rows: string[][] = [];
            // At full speed (what this machine's CPU does) and slowed like a mid-range phone: the budget holds for both.
            for (const chapter of chapters) {
              const row = [chapter.path];
              for (const slowdown of [1, CPU_SLOWDOWN]) {
                const tasks = await longTasksWhileScrolling(context, page, new URL(chapter.path, url).href, slowdown);
                const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
                row.push(String(tasks.length), tasks.length ? `${Math.round(longest)} ms` : '–');
                if (tasks.length > BUDGETS.longTasks) {
                  missed.push(
                    `${chapter.path}: ${tasks.length} long task(s) while scrolling at CPU ${slowdown}×, longest ${Math.round(longest)} ms`,
                  );
                }
              }
              rows.push(row);
            }
            show({
              title: `Long tasks while scrolling (390×844 phone viewport; full CPU speed and slowed ${CPU_SLOWDOWN}×)`,
              head: [
                'chapter',
                `tasks > ${LONG_TASK_MS} ms at 1×`,
                'longest at 1×',
                `tasks at ${CPU_SLOWDOWN}×`,
                `longest at ${CPU_SLOWDOWN}×`,
              ],
              rows,
            });
          } finally {
            await browser.close();
          }
        }
      } finally {
        server.close();
      }
    }
  } finally {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  }

  const measured = [...sections].join(', ');
  console.log(
    missed.length
      ? `\nBudgets missed (${missed.length}):\n${missed.map((m) => `  - ${m}`).join('\n')}`
      : `\nEvery budget met in: ${measured}.`,
  );
  const resultsDir = join(PROJECT_ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const budgetsMd = missed.length
    ? `**Budgets missed:**\n\n${missed.map((m) => `- ${m}`).join('\n')}\n`
    : `**Every budget met in: ${measured}.**\n`;
  writeFileSync(join(resultsDir, 'latest.md'), `${tables.map(markdownTable).join('\n')}\n${budgetsMd}`);
  console.log(`\nMarkdown of these tables: bench/results/latest.md`);
}

await main();
// Lighthouse and Playwright leave handles open; the report is complete, so end here.
process.exit(0);
