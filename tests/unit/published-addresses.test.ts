import { describe, expect, it } from 'vitest';
import {
  compareAddresses,
  droppedAddressesMessage,
  linkableAddresses,
  parseRecord,
  recordText,
} from '../../src/integrations/published-addresses.ts';

describe('published addresses', () => {
  it('lists a page and the places a link can land on, not the ids scripts, labels and drawings use', () => {
    const html = `<main id="main"><h2 id="key-points">Key points</h2><section class="step" id="step-map-2013" data-step>
      <p id="step-map-2013-desc">…</p><svg><g id="map-a1b2"></g></svg></section><dl><dt id="term-sanctuary-city">…</dt></dl>
      <ol><li id="S017">…</li></ol><h3 class="x" id="CF02">…</h3><figure id="quote-tory-2017-afraid"></figure><button id="copy">x</button></main>`;
    expect(linkableAddresses('/en/x/', html)).toEqual([
      '/en/x/',
      '/en/x/#key-points',
      '/en/x/#step-map-2013',
      '/en/x/#term-sanctuary-city',
      '/en/x/#S017',
      '/en/x/#CF02',
      '/en/x/#quote-tory-2017-afraid',
    ]);
  });

  it('reads back what it records, whatever the explanation above the list says', () => {
    const text = recordText(['/en/b/#two', '/en/a/', '/en/b/#two']);
    expect(parseRecord(text)).toEqual(['/en/a/', '/en/b/#two']);
    expect(parseRecord(`A note that mentions /en/a/ in passing\r\n/en/a/\r\n  /en/b/  \n`)).toEqual(['/en/a/', '/en/b/']);
  });

  it('finds what a build dropped and what it added', () => {
    expect(compareAddresses(['/en/a/', '/en/a/#old', '/fr/a/'], ['/en/a/', '/en/a/#new', '/fr/a/'])).toEqual({
      missing: ['/en/a/#old'],
      added: ['/en/a/#new'],
    });
  });

  it('names every dropped address and both ways out', () => {
    const message = droppedAddressesMessage(['/en/a/#old', '/fr/a/#ancien']);
    expect(message).toContain('2 addresses');
    expect(message).toContain('  - /en/a/#old\n  - /fr/a/#ancien');
    expect(message).toMatch(/Put each id back/);
    expect(message).toContain('content/published-addresses.txt');
  });
});
