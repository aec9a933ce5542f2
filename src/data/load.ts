/**
 * Reads every CSV in data/ once, validates it all, and returns typed tables or throws a DataError
 * listing every problem. The build, the pages and `npm run check:data` all go through here.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeUtf8, parseCsv } from './csv-read.ts';
import { DataError, type Problem } from './problems.ts';
import { ALL_SCHEMAS, DATASET_KEYS, type Dataset } from './schemas.ts';
import { checkCrossTable, checkReferences, validateTable, type TypedRow } from './validate.ts';

/** The data folder: SANCTUARY_DATA_DIR lets tests and benchmarks build from a temporary copy. */
export function dataDir(): string {
  return resolve(process.env.SANCTUARY_DATA_DIR ?? join(process.cwd(), 'data'));
}

export function validateDataDir(dir: string): { dataset?: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const tables = new Map<string, TypedRow[]>();
  for (const schema of ALL_SCHEMAS) {
    const path = join(dir, schema.file);
    if (!existsSync(path)) {
      problems.push({
        file: schema.file,
        line: 0,
        expected: `a file data/${schema.file}`,
        fix: 'The file is missing. Restore it from git (git checkout -- data/' + schema.file + ') or check its name.',
      });
      continue;
    }
    const decoded = decodeUtf8(schema.file, readFileSync(path));
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      continue;
    }
    const parsed = parseCsv(schema.file, decoded.text);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const result = validateTable(schema, parsed.table);
    problems.push(...result.problems);
    // Good rows are kept even when others in the file are broken, so references into it are still checked.
    tables.set(schema.file, result.rows);
  }
  problems.push(...checkReferences(ALL_SCHEMAS, tables));
  problems.push(...checkCrossTable(tables));
  if (problems.length > 0) return { problems };
  const dataset = Object.fromEntries(
    Object.entries(DATASET_KEYS).map(([key, schema]) => [key, tables.get(schema.file) ?? []]),
  ) as unknown as Dataset;
  return { dataset, problems };
}

let cached: { dir: string; dataset: Dataset } | undefined;

/** The validated dataset, read once per process. */
export function loadDataset(dir = dataDir()): Dataset {
  if (cached?.dir === dir) return cached.dataset;
  const { dataset, problems } = validateDataDir(dir);
  if (!dataset) throw new DataError(problems);
  cached = { dir, dataset };
  return dataset;
}
