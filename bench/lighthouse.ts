/**
 * Lighthouse (mobile preset: a mid-range phone on a slow 4G link, simulated) on pages of the local build
 * served on 127.0.0.1 with its real headers and compressed (brotli/gzip) as a real host serves it,
 * through one shared Debian Chromium. Runs offline.
 * One run of a page can differ from the next by 200 ms of blocking time on this machine, so each page runs
 * several times and the run Lighthouse itself calls the median (nearest the median FCP and TTI) is
 * reported, with the spread of blocking time across the runs, as Lighthouse's docs advise.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
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
  /** Audits that lost points, for the budget report. */
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

/** Runs per page; the median run is reported. */
export const LIGHTHOUSE_RUNS = 3;

function scoresOf(url: string, lhr: Result, all: readonly Result[]): LighthouseScores {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failing = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category.id}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
  );
  const tbt = (run: Result) => run.audits['total-blocking-time']?.numericValue ?? NaN;
  const tbts = all.map(tbt);
  return {
    url,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: tbt(lhr),
    tbtRangeMs: [Math.min(...tbts), Math.max(...tbts)],
    runs: all.length,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failing,
  };
}

export async function lighthouseScores(urls: string[], runs: number = LIGHTHOUSE_RUNS): Promise<LighthouseScores[]> {
  const chrome = await launchDebuggableChromium();
  const results: LighthouseScores[] = [];
  try {
    for (const url of urls) {
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
      results.push(scoresOf(url, computeMedianRun(lhrs), lhrs));
    }
  } finally {
    chrome.process.kill();
    await new Promise((r) => setTimeout(r, 300));
    rmSync(chrome.profile, { recursive: true, force: true });
  }
  return results;
}
