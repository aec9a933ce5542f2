/**
 * `npm run check:data`: validates data/ and the ids the chapters use, and prints every problem, or a
 * one-line summary of what was read. Against the last commit, figures that changed tenfold or more,
 * months and years a spreadsheet turned into the 1st, and text that still gives a changed figure's
 * old value are printed as warnings, which never fail the check.
 * Runs on bare Node (type stripping), without Vite or Astro, so it answers in well under a second.
 *   npm run check:data [-- <data folder>]
 */
import { scanChapters } from './chapter-refs.ts';
import { checkChartStates, scanChartStates } from './chart-states.ts';
import { committedTables, comparisonFor, figureJumps, filledInDays, staleTextWarnings, withEditsBehindStates } from './committed.ts';
import { dataFolderFromCommandLine } from './command-line.ts';
import { dataFolderShownAs, strayFileWarnings, validateDataDir, withSpreadsheetRows } from './load.ts';
import { formatProblems } from './problems.ts';
import { SCHEMAS, TABLE_NAMES } from './schemas.ts';

const dir = dataFolderFromCommandLine({
  name: 'npm run check:data',
  summary: 'Checks every CSV in the data folder and every id and chart state the chapters use, and lists every problem with its file, line, column and fix.',
});
const uses = scanChapters();
const { dataset, problems, tables, spreadsheetRows } = validateDataDir(dir, uses);
const states = scanChartStates();
const comparison = comparisonFor(dir);
if (comparison.note) console.log(comparison.note);
const committed = comparison.committedFolder ? committedTables(comparison.committedFolder) : new Map();
// A state can only be drawn from valid data; until then the data's own messages come first.
if (dataset) problems.push(...withEditsBehindStates(await checkChartStates(states, dataset), committed, tables));
const warnings = withSpreadsheetRows(
  [...strayFileWarnings(dir), ...figureJumps(committed, tables), ...filledInDays(committed, tables), ...staleTextWarnings(committed, tables)],
  spreadsheetRows,
);
const dataFolder = dataFolderShownAs(dir);
if (!dataset || problems.length > 0) {
  console.error(formatProblems([...problems, ...warnings], { dataFolder }));
  process.exit(1);
}
if (warnings.length > 0) console.warn(formatProblems(warnings, { dataFolder }) + '\n');
const counts = TABLE_NAMES.map((name) => `${SCHEMAS[name].file} ${dataset[name].length}`);
const chapters = new Set(uses.map((u) => u.file)).size;
console.log(`Data OK: ${counts.join(', ')} rows; ${uses.length} uses of data ids and ${states.length} chart states in ${chapters} chapters resolve.`);
