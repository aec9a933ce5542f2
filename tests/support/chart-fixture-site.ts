/**
 * A copy of the project (sharing node_modules) with one extra chapter, built into its own folder: the
 * chart tests use it to exercise every scrolly chart whether or not the story's chapters use them yet,
 * and to prove that a broken step stops the build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, tempDir } from './build.ts';

export const CHART_FIXTURE = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/charts/scrolly-chapter.mdx'), 'utf8');
export const CHART_FIXTURE_PATH = '/en/chart-fixture/';

export interface FixtureBuild {
  readonly status: number;
  readonly output: string;
  readonly dist: string;
}

export function buildWithChapter(chapter: string = CHART_FIXTURE): FixtureBuild {
  const root = tempDir('sanctuary-charts-');
  for (const entry of ['src', 'content', 'public', 'data', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  mkdirSync(join(root, 'content/chapters/en'), { recursive: true });
  writeFileSync(join(root, 'content/chapters/en/90-chart-fixture.mdx'), chapter);
  const dist = join(root, 'dist');
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build', '--silent'], {
    cwd: root,
    env: { ...process.env, SANCTUARY_OUT_DIR: dist, SANCTUARY_DATA_DIR: join(root, 'data'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}`, dist };
}
