/**
 * Links must never break: the real site, as this tier builds it, still has every address the site has
 * published. (New addresses join the record when `npm run build` runs; an editor's new source row does
 * not fail the tests before that.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  compareAddresses,
  droppedAddressesMessage,
  parseRecord,
  RECORD_FILE,
  siteAddresses,
} from '../../src/integrations/published-addresses.ts';
import { PROJECT_ROOT } from '../support/build.ts';

const siteDir = inject('siteDir');
const recorded = parseRecord(readFileSync(join(PROJECT_ROOT, RECORD_FILE), 'utf8'));
const { missing } = compareAddresses(recorded, siteAddresses(siteDir));

describe('published addresses', () => {
  it('the build keeps every address the site has published', () => {
    expect(missing, droppedAddressesMessage(missing)).toEqual([]);
  });

  it('records the addresses teachers link to: chapters, their sections and steps, terms, sources and data files', () => {
    for (const address of [
      '/data/municipalities.csv',
      '/data/charts/police-contacts.csv',
      '/en/police-cooperation/',
      '/en/police-cooperation/#from-a-stop-to-a-removal',
      '/en/police-cooperation/#step-path-stop',
      '/fr/la-cooperation-policiere/#step-path-stop',
      '/en/glossary/#term-sanctuary-city',
      '/en/sources/#S017',
      '/en/methods/#CF02',
    ])
      expect(recorded, address).toContain(address);
  });

  it('records no place a link could not show: the source list that only prints', () => {
    expect(recorded.filter((address) => address.endsWith('#print-sources'))).toEqual([]);
    expect(siteAddresses(siteDir).filter((address) => address.endsWith('#print-sources'))).toEqual([]);
  });
});
