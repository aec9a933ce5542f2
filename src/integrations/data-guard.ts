/**
 * Refuses to start a build or dev server on invalid data. It runs at config time, before Astro touches
 * dist/, so a bad CSV leaves the last good site in place instead of a half-built or wrong one.
 */
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../data/problems.ts';
import { dataDir, validateDataDir } from '../data/load.ts';

export default function dataGuard(): AstroIntegration {
  return {
    name: 'sanctuary:data-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { dataset, problems } = validateDataDir(dataDir());
        if (!dataset) {
          // Astro prints an Error's message under its own banner; the full report is what editors need.
          console.error('\n' + formatProblems(problems) + '\n');
          throw new Error(`Invalid data in ${dataDir()}: ${problems.length} problem(s), listed above. The site was not built.`);
        }
        logger.info('data/ is valid');
      },
    },
  };
}
