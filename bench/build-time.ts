/**
 * Build times: the real site, and a bare Astro project with the same number of trivial pages built with
 * this project's own node_modules on the same machine in the same run, so the ratio shows what the data
 * checks, MDX and charts add over Astro itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT, astroBuild, tempDir } from '../tests/support/build.ts';
import { htmlFiles } from '../src/integrations/security-headers.ts';

export interface BuildTime {
  seconds: number;
  pages: number;
}

export interface TimedBuild extends BuildTime {
  outDir: string;
}

/** Builds the real site (optionally from another data folder) and times it. Throws on a failed build. */
export function timeSiteBuild(env: Record<string, string> = {}, outDir = tempDir('sanctuary-bench-')): TimedBuild {
  const started = performance.now();
  const result = astroBuild(outDir, env);
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.output}`);
  return { seconds, pages: htmlFiles(outDir).length, outDir };
}

/** Writes a minimal Astro project with `pages` one-paragraph pages sharing a layout, next to no data. */
function writeBareProject(dir: string, pages: number): void {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ devToolbar: { enabled: false } });\n");
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
    const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build', '--silent'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`bare astro build failed:\n${result.stdout}\n${result.stderr}`);
    return { seconds, pages: htmlFiles(outDir).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
