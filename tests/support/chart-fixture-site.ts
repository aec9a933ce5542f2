/**
 * A copy of the project (sharing node_modules) with extra chapters, built into its own folder: the chart
 * tests use it to exercise every chart whether or not the story's chapters use them yet, and to prove
 * that a broken step stops the build.
 *
 * The fixture site (both fixture chapters) is built once per test tier, by the first file that asks for
 * it (`fixtureSite()`), into the folder the tier's global setup provides (fixture-site-setup.ts); later
 * files read the same build. One-off builds of a deliberately broken chapter use `buildWithChapter`.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, tempDir } from './build.ts';

const fixture = (name: string) => readFileSync(join(PROJECT_ROOT, 'tests/fixtures/charts', name), 'utf8');

/** Every scrolly chart (the map and the timeline), as sequences and a static figure. */
export const CHART_FIXTURE = fixture('scrolly-chapter.mdx');
export const CHART_FIXTURE_PATH = '/en/chart-fixture/';
/** The services, police and federal charts, as sequences and static figures. */
export const SERVICES_FIXTURE = fixture('services-police-federal.mdx');
export const SERVICES_FIXTURE_PATH = '/en/chart-fixture-services/';

export interface FixtureBuild {
  readonly status: number;
  readonly output: string;
  readonly dist: string;
}

/**
 * Builds a copy of the project with these chapters (file name → MDX) added to the English edition. It
 * runs alongside the caller: each copy has its own folders, so several can build at once.
 */
export function buildWithChapters(chapters: Record<string, string>, root: string = tempDir('sanctuary-charts-')): Promise<FixtureBuild> {
  for (const entry of ['src', 'content', 'public', 'data', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  mkdirSync(join(root, 'content/chapters/en'), { recursive: true });
  for (const [file, chapter] of Object.entries(chapters)) writeFileSync(join(root, 'content/chapters/en', file), chapter);
  const dist = join(root, 'dist');
  const child = spawn(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build', '--silent'], {
    cwd: root,
    env: {
      ...process.env,
      SANCTUARY_OUT_DIR: dist,
      SANCTUARY_DATA_DIR: join(root, 'data'),
      SANCTUARY_CACHE_DIR: join(root, '.astro-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? 1, output, dist }));
  });
}

/** A copy of the project with one chapter added (by default the scrolly chart fixture). */
export function buildWithChapter(chapter: string = CHART_FIXTURE): Promise<FixtureBuild> {
  return buildWithChapters({ '90-chart-fixture.mdx': chapter });
}

/**
 * The tier's fixture site with both fixture chapters, built on first use. `root` is the empty folder the
 * global setup provides; the outcome is recorded there so that the next file reads it instead of building.
 */
export async function fixtureSite(root: string): Promise<FixtureBuild> {
  const record = join(root, 'fixture-build.json');
  let build: FixtureBuild;
  if (existsSync(record)) build = JSON.parse(readFileSync(record, 'utf8')) as FixtureBuild;
  else {
    build = await buildWithChapters({ '90-chart-fixture.mdx': CHART_FIXTURE, '91-chart-fixture-services.mdx': SERVICES_FIXTURE }, root);
    writeFileSync(record, JSON.stringify(build));
  }
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  return build;
}
