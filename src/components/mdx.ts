/**
 * Components available in every chapter without an import line, so writers use the same names everywhere.
 */
export { default as Cite } from './Cite.astro';
export { default as Stat } from './Stat.astro';
export { default as CityTable } from './CityTable.astro';
export { default as Quote } from './Quote.astro';
export { default as Conflict } from './Conflict.astro';
export { default as ConflictList } from './ConflictList.astro';
export { default as DataDownloads } from './DataDownloads.astro';
export { default as SourceDates } from './SourceDates.astro';
export { default as Scrolly } from './Scrolly.astro';
export { default as Step } from './Step.astro';
export { default as Figure } from './Figure.astro';
