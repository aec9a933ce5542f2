/**
 * Lighthouse (mobile preset: a mid-range phone on a slow 4G link, simulated) on pages of the local build
 * served on 127.0.0.1 with its real headers and compressed (brotli/gzip) as a real host serves it,
 * through one shared Debian Chromium. Runs offline.
 * One run of a page can differ from the next by 300 ms of blocking time on this machine, so each page runs
 * several times (as Lighthouse's docs advise) and each figure is the median of the runs, with the spread
 * of blocking time shown beside it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { CHROME_PATH } from '../tests/support/chromium.ts';
import { tempDir } from '../tests/support/build.ts';

export interface LighthouseScores {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** Blocking time of the fastest and slowest of the runs. */
  tbtRangeMs: [number, number];
  runs: number;
  /** Lighthouse's measure of this machine's CPU speed; its throttling assumes a fast desktop (~1000+). */
  benchmarkIndex: number;
  /** Audits that lost points in any run, for the budget report. */
  failing: string[];
}

interface Chrome {
  port: number;
  process: ChildProcess;
  profile: string;
}

function launchDebuggableChromium(): Promise<Chrome> {
  const profile = tempDir('lighthouse-profile-');
  const child = spawn(
    CHROME_PATH,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${seen}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const port = seen.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ port: Number(port), process: child, profile });
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited with ${code}:\n${seen}`)));
  });
}

/** Runs per page; each figure reported is the median of the runs (the worst, for CLS and the 100-point categories). */
export const LIGHTHOUSE_RUNS = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function scoresOf(url: string, runs: readonly Result[]): LighthouseScores {
  const score = (run: Result, id: string) => Math.round((run.categories[id]?.score ?? 0) * 100);
  const metric = (run: Result, id: string) => run.audits[id]?.numericValue ?? NaN;
  const failing = new Set(
    runs.flatMap((run) =>
      Object.values(run.categories).flatMap((category) =>
        category.auditRefs
          .filter((ref) => ref.weight > 0 && (run.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${category.id}: ${ref.id}`),
      ),
    ),
  );
  const tbts = runs.map((run) => metric(run, 'total-blocking-time'));
  return {
    url,
    performance: median(runs.map((run) => score(run, 'performance'))),
    accessibility: Math.min(...runs.map((run) => score(run, 'accessibility'))),
    bestPractices: Math.min(...runs.map((run) => score(run, 'best-practices'))),
    seo: Math.min(...runs.map((run) => score(run, 'seo'))),
    cls: Math.max(...runs.map((run) => metric(run, 'cumulative-layout-shift'))),
    lcpMs: median(runs.map((run) => metric(run, 'largest-contentful-paint'))),
    tbtMs: median(tbts),
    tbtRangeMs: [Math.min(...tbts), Math.max(...tbts)],
    runs: runs.length,
    benchmarkIndex: median(runs.map((run) => run.environment.benchmarkIndex)),
    failing: [...failing],
  };
}

export async function lighthouseScores(urls: string[], runs: number = LIGHTHOUSE_RUNS): Promise<LighthouseScores[]> {
  const chrome = await launchDebuggableChromium();
  const results: LighthouseScores[] = [];
  try {
    for (const url of urls) {
      // A host compresses a page once and serves that copy after; the local server compresses on the
      // first request (brotli at its highest quality takes 250–470 ms for a chapter here), which would
      // otherwise land in the first run's server response time.
      await fetch(url, { headers: { 'accept-encoding': 'br' } }).then((response) => response.arrayBuffer());
      const lhrs: Result[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (run.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${run.lhr.runtimeError.message}`);
        lhrs.push(run.lhr);
      }
      results.push(scoresOf(url, lhrs));
    }
  } finally {
    chrome.process.kill();
    await new Promise((r) => setTimeout(r, 300));
    rmSync(chrome.profile, { recursive: true, force: true });
  }
  return results;
}
