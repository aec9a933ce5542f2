/**
 * Writes data/README.md, the editors' data dictionary, from the schemas. A unit test fails when the
 * committed file and the schemas disagree, so the dictionary cannot drift: run `npm run data:dictionary`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDataDictionary } from '../src/data/dictionary.ts';

const target = join(import.meta.dirname, '..', 'data', 'README.md');
writeFileSync(target, renderDataDictionary());
console.log(`Wrote ${target}`);
