/**
 * Components available in every chapter without an import line, so writers use the same names everywhere.
 */
export { default as Cite } from './Cite.astro';
export { default as Stat } from './Stat.astro';
export { default as CityTable } from './CityTable.astro';
