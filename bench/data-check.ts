/**
 * How long `npm run check:data` takes to read, check and report a data folder with 100,000 bad rows
 * (goal: under 5 s), against the real data as a baseline. Each bad row is a copy of a real city with a
 * province that does not exist and a council action pointing at a city that does not, so every part
 * of the report is exercised: cell checks, references, merging and the capped listing.
 *   npm run bench:data [-- <rows>]
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scanChapters } from '../src/data/chapter-refs.ts';
import { validateDataDir } from '../src/data/load.ts';
import { formatProblems } from '../src/data/problems.ts';
import { PROJECT_ROOT } from '../tests/support/build.ts';
import { quoteCell, readRows } from '../tests/support/csv-edit.ts';

export interface DataCheckTime {
  readonly label: string;
  readonly rows: number;
  readonly problems: number;
  readonly reportLines: number;
  readonly seconds: number;
  /** CPU time of this process: on a shared machine, closer to what the check costs than wall time. */
  readonly cpuSeconds: number;
}

function timeCheck(label: string, dir: string, rows: number): DataCheckTime {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { problems } = validateDataDir(dir, scanChapters());
  const report = problems.length ? formatProblems(problems) : '';
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { label, rows, problems: problems.length, reportLines: report ? report.split('\n').length : 0, seconds, cpuSeconds };
}

/** A copy of data/ with `count` extra bad rows in municipalities.csv and council_actions.csv. */
export function dataWithBadRows(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'sanctuary-bad-rows-'));
  cpSync(join(PROJECT_ROOT, 'data'), dir, { recursive: true });
  const half = Math.floor(count / 2);
  const append = (file: string, n: number, edit: (row: string[], header: string[], i: number) => void) => {
    const { header, rows } = readRows(dir, file);
    const lines = [header.map(quoteCell).join(',')];
    for (const row of rows) lines.push(row.map(quoteCell).join(','));
    for (let i = 0; i < n; i++) {
      const row = [...rows[i % rows.length]!];
      edit(row, header, i);
      lines.push(row.map(quoteCell).join(','));
    }
    writeFileSync(join(dir, file), lines.join('\n') + '\n');
  };
  append('municipalities.csv', half, (row, header, i) => {
    row[header.indexOf('id')] = `bench-city-${i}`;
    row[header.indexOf('province')] = 'Ontario';
  });
  append('council_actions.csv', count - half, (row, header, i) => {
    row[header.indexOf('id')] = `bench-action-${i}`;
    row[header.indexOf('city_id')] = `no-such-city-${i % 1000}`;
  });
  return dir;
}

export function dataCheckTimes(badRows = 100_000): DataCheckTime[] {
  const real = timeCheck('real data', join(PROJECT_ROOT, 'data'), 0);
  const dir = dataWithBadRows(badRows);
  try {
    return [real, timeCheck(`${badRows.toLocaleString('en')} bad rows`, dir, badRows)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const rows = Number(process.argv[2] ?? 100_000);
  for (const t of dataCheckTimes(rows)) {
    console.log(
      `${t.label}: ${t.seconds.toFixed(2)} s to check and report (${t.cpuSeconds.toFixed(2)} s of CPU; ${t.problems} problems, ${t.reportLines} report lines)`,
    );
  }
}
