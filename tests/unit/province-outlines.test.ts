import { describe, expect, it } from 'vitest';
import { kmOutside, provinceAt } from '../../src/data/province-outlines.ts';
import { SCHEMAS } from '../../src/data/schemas.ts';

describe('province outlines for the data check', () => {
  it('has an outline for every province code a city row accepts, so no city goes unchecked', () => {
    const codes = SCHEMAS.municipalities.columns.province.values;
    expect(codes.length).toBe(13);
    for (const code of codes) expect(kmOutside(code, 45, -75), code).toBeTypeOf('number');
  });

  it('places capitals, island towns and border towns in their own province or territory', () => {
    const places: [string, number, number][] = [
      ['BC', 48.4284, -123.3656], // Victoria, on Vancouver Island
      ['QC', 47.38, -61.86], // Magdalen Islands
      ['NU', 63.7467, -68.517], // Iqaluit
      ['NL', 47.5615, -52.7126], // St. John's
      ['PE', 46.2382, -63.1311], // Charlottetown
      ['SK', 53.28, -110.0], // Lloydminster, on the Alberta line
      ['AB', 53.28, -110.0],
    ];
    for (const [code, lat, lon] of places) expect(kmOutside(code, lat, lon), `${code} ${lat} ${lon}`).toBeLessThan(10);
  });

  it('measures how far a point lies outside, and names where it lies', () => {
    // Winnipeg with the first two digits of its longitude swapped (97 → 79) lands in Quebec.
    expect(provinceAt(49.8951, -79.1384)).toBe('QC');
    expect(kmOutside('MB', 49.8951, -79.1384)).toBeGreaterThan(900);
    expect(kmOutside('MB', 49.8951, -97.1384)).toBe(0);
    // Saint-Pierre is French; it lies off Newfoundland's south coast.
    expect(provinceAt(46.78, -56.18)).toBeUndefined();
    expect(kmOutside('NL', 46.78, -56.18)).toBeGreaterThan(20);
  });
});
