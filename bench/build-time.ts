/**
 * Build times: the real site, and a bare Astro project with the same number of trivial pages built with
 * this project's own node_modules on the same machine in the same run, so the ratio shows what the data
 * checks, MDX and charts add over Astro itself.
 *
 * Every build runs cold in a fresh temporary copy of the project: Astro keeps a content cache in .astro/,
 * which would make a second build of the same tree faster than a reader-facing "full build", and which
 * two builds of one folder at the same time overwrite under each other.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT, tempDir } from '../tests/support/build.ts';
import { htmlFiles } from '../src/integrations/security-headers.ts';

/** What a build needs from the project; everything else (tests, bench, git, caches) stays behind. */
const BUILD_INPUTS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'data', 'public'];

function astroBuildIn(dir: string, env: Record<string, string>): { status: number; output: string } {
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build', '--silent'], {
    cwd: dir,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

export interface BuildTime {
  seconds: number;
  pages: number;
}

export interface TimedBuild extends BuildTime {
  outDir: string;
}

/**
 * Builds the real site cold (optionally from another data folder) into a temporary folder and times it.
 * Without SANCTUARY_DATA_DIR it builds the project's own data/. Throws on a failed build.
 */
export function timeSiteBuild(env: Record<string, string> = {}, outDir = tempDir('sanctuary-bench-')): TimedBuild {
  const copy = tempDir('sanctuary-project-');
  try {
    for (const entry of BUILD_INPUTS) cpSync(join(PROJECT_ROOT, entry), join(copy, entry), { recursive: true });
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const started = performance.now();
    const result = astroBuildIn(copy, { ...env, SANCTUARY_OUT_DIR: outDir, SANCTUARY_CACHE_DIR: join(copy, '.astro-cache') });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.output}`);
    return { seconds, pages: htmlFiles(outDir).length, outDir };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Writes a minimal Astro project with `pages` one-paragraph pages sharing a layout, next to no data. */
function writeBareProject(dir: string, pages: number): void {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ devToolbar: { enabled: false } });\n",
  );
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    join(dir, 'src/layouts/Base.astro'),
    '---\nconst { title } = Astro.props;\n---\n<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body><main><slot /></main></body></html>\n',
  );
  for (let i = 0; i < pages; i++) {
    writeFileSync(
      join(dir, `src/pages/page-${i}.astro`),
      `---\nimport Base from '../layouts/Base.astro';\n---\n<Base title="Page ${i}"><h1>Page ${i}</h1><p>A trivial page.</p></Base>\n`,
    );
  }
}

export function timeBareBuild(pages: number): BuildTime {
  const dir = tempDir('bare-astro-');
  try {
    writeBareProject(dir, pages);
    const outDir = join(dir, 'dist');
    const started = performance.now();
    const result = astroBuildIn(dir, {});
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`bare astro build failed:\n${result.output}`);
    return { seconds, pages: htmlFiles(outDir).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
