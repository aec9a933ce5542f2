/**
 * What editors rely on when they change the data: `npm run check:data` catches what would break the
 * chapters (a source cited only in a chapter deleted, a city renamed in every CSV) and names the .mdx
 * file and line; `npm run build` never damages the site in dist/, even when rendering fails after
 * the data passed; it refuses, before rendering, a chart state that a data edit broke; and it refuses a
 * build that drops a published address.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOfData, PROJECT_ROOT, tempDir } from '../support/build.ts';
import { readRows, writeRows } from '../support/csv-edit.ts';

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function checkData(dataDir: string): { status: number; output: string } {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'src/data/cli.ts'), dataDir], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** Every use of each source id in the chapters, and the ids the CSVs name. */
function sourceUses(): { inChapters: Map<string, string[]>; inCsv: Set<string> } {
  const inChapters = new Map<string, string[]>();
  for (const lang of readdirSync(join(PROJECT_ROOT, 'content/chapters'))) {
    const folder = join(PROJECT_ROOT, 'content/chapters', lang);
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.mdx'))) {
      readFileSync(join(folder, file), 'utf8')
        .split('\n')
        .forEach((text, i) => {
          for (const m of text.matchAll(/<Cite ids="([^"]*)"/g)) {
            for (const id of m[1]!.split(';'))
              inChapters.set(id, [...(inChapters.get(id) ?? []), `content/chapters/${lang}/${file}, line ${i + 1}`]);
          }
        });
    }
  }
  const inCsv = new Set<string>();
  for (const file of readdirSync(join(PROJECT_ROOT, 'data')).filter((f) => f.endsWith('.csv'))) {
    const { header, rows } = readRows(join(PROJECT_ROOT, 'data'), file);
    header.forEach((column, i) => {
      if (column.endsWith('source_ids')) for (const row of rows) for (const id of row[i]!.split(';')) inCsv.add(id);
    });
  }
  return { inChapters, inCsv };
}

describe('check:data checks the chapters against the data', () => {
  it('names every chapter line that cites a source deleted from sources.csv', () => {
    const { inChapters, inCsv } = sourceUses();
    const [id, places] = [...inChapters].find(([source]) => !inCsv.has(source))!;
    const dir = copyOfData();
    temporary.push(dir);
    const { header, rows } = readRows(dir, 'sources.csv');
    writeRows(
      dir,
      'sources.csv',
      header,
      rows.filter((r) => r[0] !== id),
    );

    const { status, output } = checkData(dir);
    expect(status).toBe(1);
    expect(output).toContain('The data has 1 problem;');
    expect(output).toContain(`No row of sources.csv has the id "${id}"`);
    for (const place of places!) expect(output).toContain(place);
  });

  it('catches a city renamed in every CSV, naming the chapter that still uses the old id', () => {
    const dir = copyOfData();
    temporary.push(dir);
    // What find-and-replace on the id column and every city_id column does.
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
      const { header, rows } = readRows(dir, file);
      const columns = header
        .map((c, i) => ((file === 'municipalities.csv' && c === 'id') || c === 'city_id' ? i : -1))
        .filter((i) => i >= 0);
      if (columns.length === 0) continue;
      for (const row of rows) for (const i of columns) if (row[i] === 'vancouver') row[i] = 'vancouver-bc';
      writeRows(dir, file, header, rows);
    }
    const { status, output } = checkData(dir);
    expect(status).toBe(1);
    expect(output).toContain('No row of municipalities.csv has the id "vancouver"');
    expect(output).toMatch(
      /content\/chapters\/en\/02-services\.mdx, line \d+, in <Step id="step-services-vancouver">, state city 'vancouver'/,
    );
  });
});

/** Every file under a folder with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

/** A copy of the project to build with scripts/build-site.ts, sharing this one's node_modules. */
function projectCopy(prefix: string): string {
  const project = tempDir(prefix);
  temporary.push(project);
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'data', 'public', 'scripts']) {
    cpSync(join(PROJECT_ROOT, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

function buildSite(project: string): { status: number | null; output: string } {
  // The project's own data, as an editor builds it (another data folder publishes nothing).
  const { SANCTUARY_DATA_DIR: _otherData, ...env } = process.env;
  const result = spawnSync(process.execPath, [join(project, 'scripts/build-site.ts')], {
    cwd: project,
    env: { ...env, SANCTUARY_OUT_DIR: '', SANCTUARY_CACHE_DIR: join(project, '.astro-cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run build keeps the last good site', () => {
  it('leaves dist/ byte for byte as it was when a chapter fails to render', () => {
    const project = projectCopy('sanctuary-render-failure-');
    // The last good build: a page and the headers file a host reads.
    const dist = join(project, 'dist');
    mkdirSync(join(dist, 'en'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>last good build</title>');
    writeFileSync(join(dist, 'en', 'index.html'), '<!doctype html><title>chapters</title>');
    writeFileSync(join(dist, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    const before = snapshot(dist);
    // Valid data, valid ids: only rendering this chapter fails, after other pages were written.
    const chapter = join(project, 'content/chapters/en/05-now.mdx');
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\n{(() => { throw new Error('render failure planted by the test'); })()}\n`);

    const { status, output } = buildSite(project);
    expect(status, output).not.toBe(0);
    expect(output).toContain('render failure planted by the test');
    expect(output).toContain('still holds the last good build');
    expect(snapshot(dist)).toEqual(before);
    expect(readdirSync(project).filter((f) => f.includes('building') || f.includes('previous'))).toEqual([]);
    expect(existsSync(join(dist, '_headers'))).toBe(true);
  });
});

describe('npm run build keeps published links working', () => {
  it('refuses a build that drops a published address, then records a new one once nothing is dropped', () => {
    const project = projectCopy('sanctuary-addresses-');
    const chapter = join(project, 'content/chapters/en/03-police.mdx');
    const record = join(project, 'content/published-addresses.txt');
    const original = readFileSync(chapter, 'utf8');
    const recordBefore = readFileSync(record, 'utf8');
    const newSection = '\n<h2 id="a-section-added-by-the-test">A section added by the test</h2>\n';
    // The section's id renamed, and a section added: the build must be refused for the first.
    writeFileSync(chapter, original.replace('<h2 id="from-a-stop-to-a-removal">', '<h2 id="from-stop-to-removal">') + newSection);
    mkdirSync(join(project, 'dist'));
    writeFileSync(join(project, 'dist', 'index.html'), '<!doctype html><title>last good build</title>');

    const refused = buildSite(project);
    expect(refused.status, refused.output).toBe(1);
    expect(refused.output).toContain('  - /en/police-cooperation/#from-a-stop-to-a-removal');
    expect(refused.output).toContain('still holds the last good build');
    expect(readdirSync(join(project, 'dist'))).toEqual(['index.html']);
    expect(readFileSync(record, 'utf8')).toBe(recordBefore);

    writeFileSync(chapter, original + newSection);
    const built = buildSite(project);
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain('Recorded 1 new published address in content/published-addresses.txt');
    // The line to act on is not buried under warnings that name chapter files but need no one's action.
    expect(built.output).not.toContain('[WARN]');
    const recordAfter = readFileSync(record, 'utf8');
    expect(recordAfter).toContain('\n/en/police-cooperation/#a-section-added-by-the-test\n');
    expect(recordAfter.split('\n').filter((line) => line.startsWith('/'))).toHaveLength(
      recordBefore.split('\n').filter((line) => line.startsWith('/')).length + 1,
    );
  });
});

describe('npm run build -- <data folder>', () => {
  const run = (args: string[], outDir: string) => {
    const { SANCTUARY_DATA_DIR: _otherData, ...env } = process.env;
    const result = spawnSync(process.execPath, ['scripts/build-site.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...env, SANCTUARY_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  it('builds from the folder given, as the other data commands read it, and says a refused build created nothing', () => {
    const data = copyOfData();
    temporary.push(data);
    const { header, rows } = readRows(data, 'municipalities.csv');
    rows.find((r) => r[0] === 'london')![header.indexOf('province')] = 'Ontaro';
    writeRows(data, 'municipalities.csv', header, rows);
    const out = join(tempDir('sanctuary-out-'), 'site');
    temporary.push(out);
    const { status, output } = run([data], out);
    expect(status, output).not.toBe(0);
    expect(output).toContain('"Ontaro"');
    expect(output).toContain(`${out} was not created.`);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a year retyped under a chart state before rendering a page, naming the chapter line and the CSV line', () => {
    const data = copyOfData();
    temporary.push(data);
    const { header, rows } = readRows(data, 'cbsa_removals.csv');
    const index = rows.findIndex((r) => r[0] === 'removals-2019-total');
    rows[index]![header.indexOf('year')] = '2018';
    writeRows(data, 'cbsa_removals.csv', header, rows);
    const out = join(tempDir('sanctuary-out-'), 'site');
    temporary.push(out);
    const { status, output } = run([data], out);
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/content\/chapters\/en\/04-federal\.mdx, line \d+, in <Step id="step-removals-2019">/);
    expect(output).toContain(`cbsa_removals.csv line ${index + 2} (removals-2019-total) had year 2019 and now has 2018`);
    // Stopped by the data check, not by a page that failed halfway through rendering.
    expect(output).not.toMatch(/Stack trace|ChartBuildError/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a folder that does not exist before building anything', () => {
    const { status, output } = run(['no-such-folder'], join(tempDir('sanctuary-out-'), 'site'));
    expect(status).toBe(2);
    expect(output).toContain('npm run build: there is no data folder "no-such-folder"');
  });
});
