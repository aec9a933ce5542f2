/**
 * `npm run check:data`: validates data/ and prints every problem, or a one-line summary of what was read.
 * Runs on bare Node (type stripping), without Vite or Astro, so it answers in well under a second.
 */
import { formatProblems } from './problems.ts';
import { dataDir, validateDataDir } from './load.ts';
import { DATASET_KEYS } from './schemas.ts';

const dir = process.argv[2] ?? dataDir();
const { dataset, problems } = validateDataDir(dir);
if (!dataset) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const counts = Object.entries(DATASET_KEYS).map(([key, schema]) => `${schema.file} ${dataset[key as keyof typeof dataset].length}`);
console.log(`Data OK: ${counts.join(', ')} rows.`);
