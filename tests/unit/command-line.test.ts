import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataFolderArgument } from '../../src/data/command-line.ts';
import { dataDir, dataFolderShownAs } from '../../src/data/load.ts';
import { PROJECT_ROOT } from '../support/build.ts';

const command = { name: 'npm run check:data', summary: 'Checks the data.' };

describe('the data commands’ command line', () => {
  it('uses data/ by default and a folder when given one', () => {
    expect(parseDataFolderArgument([], command)).toEqual({ folder: dataDir() });
    const folder = mkdtempSync(join(tmpdir(), 'data-'));
    expect(parseDataFolderArgument([folder], command)).toEqual({ folder });
  });

  it('answers --help with what the command does and how to call it, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const parsed = parseDataFolderArgument([flag], command);
      expect(parsed).toMatchObject({ exit: 0 });
      expect('message' in parsed && parsed.message).toMatch(/^Checks the data\.\n[\s\S]*npm run check:data -- <data folder>/);
    }
  });

  it('refuses an unknown option, a second folder, a file or a folder that does not exist, naming it, with exit 2', () => {
    expect(parseDataFolderArgument(['--verbose'], command)).toMatchObject({
      exit: 2,
      message: expect.stringContaining('no option "--verbose"'),
    });
    expect(parseDataFolderArgument(['a', 'b'], command)).toMatchObject({
      exit: 2,
      message: expect.stringContaining('one data folder at most'),
    });
    expect(parseDataFolderArgument(['data/municipalities.csv'], command)).toMatchObject({
      exit: 2,
      message: expect.stringContaining('"data/municipalities.csv" is a file; the command reads a whole folder: npm run check:data -- data'),
    });
    expect(parseDataFolderArgument(['no-such-folder'], command)).toMatchObject({
      exit: 2,
      message: expect.stringContaining('there is no folder "no-such-folder"'),
    });
  });
});

// Each of these starts Node on the real command; on a busy machine that alone can take seconds.
describe('how messages name the data folder', () => {
  it('names a folder inside the project by its path from there, and any other in full', () => {
    expect(dataFolderShownAs(dataDir())).toBe('data');
    expect(dataFolderShownAs('data/')).toBe('data');
    expect(dataFolderShownAs(join(process.cwd(), 'copies', 'data'))).toBe('copies/data');
    const elsewhere = mkdtempSync(join(tmpdir(), 'data-'));
    expect(dataFolderShownAs(elsewhere)).toBe(elsewhere);
  });
});

describe('the data commands on the command line', { timeout: 30_000 }, () => {
  it('npm run data:bom -- --help prints its usage and writes no file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'data-'));
    writeFileSync(join(folder, 'cities.csv'), 'id\nx\n');
    const run = spawnSync(process.execPath, ['scripts/add-bom.ts', '--help'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('npm run data:bom -- <data folder>');
    const mistyped = spawnSync(process.execPath, ['scripts/add-bom.ts', '--folder', folder], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(mistyped.status).toBe(2);
    expect(mistyped.stderr).toContain('npm run data:bom has no option "--folder"');
    expect(readFileSync(join(folder, 'cities.csv'), 'utf8')).toBe('id\nx\n');
  });

  it('npm run data:bom marks UTF-8 files and leaves a UTF-16 one alone, saying how to save it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'data-'));
    writeFileSync(join(folder, 'cities.csv'), 'id,name\nx,Montréal\n');
    const utf16 = Buffer.from('\ufeffid,name\nx,Montréal\n', 'utf16le');
    writeFileSync(join(folder, 'figures.csv'), utf16);
    const run = spawnSync(process.execPath, ['scripts/add-bom.ts', folder], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Added the UTF-8 mark to cities.csv.');
    expect(run.stderr).toContain('figures.csv: expected a file saved as UTF-8');
    expect(readFileSync(join(folder, 'figures.csv')).equals(utf16)).toBe(true);
    expect(readFileSync(join(folder, 'cities.csv'), 'utf8')).toBe('\ufeffid,name\nx,Montréal\n');
  });

  it('npm run check:data -- --help exits 0 without checking anything', () => {
    const run = spawnSync(process.execPath, ['src/data/cli.ts', '--help'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage:');
    expect(run.stdout + run.stderr).not.toMatch(/Data OK|missing/);
  });
});
