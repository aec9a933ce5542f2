import { describe, expect, it } from 'vitest';
import { currentPlace, placedHref, twinId } from '../../src/client/language-switch.ts';

describe("the language switch keeps the reader's place", () => {
  const page = (tops: number[]) => tops.map((top, i) => ({ id: `place-${i}`, top, trigger: 400 }));

  it('is nowhere at the top of the page, before the first heading is reached', () => {
    expect(currentPlace(page([500, 1500]))).toBeUndefined();
  });

  it('is at the last heading or step reached', () => {
    expect(currentPlace(page([-900, -100, 350, 900]))).toBe('place-2');
    expect(
      currentPlace([
        { id: 'step-a', top: 100, trigger: 80 },
        { id: 'intro', top: 50, trigger: 400 },
      ]),
    ).toBe('intro');
  });

  it('links to the twin page with the place, replacing any hash', () => {
    expect(placedHref('/fr/la-cooperation-policiere/', 'step-path-stop')).toBe('/fr/la-cooperation-policiere/#step-path-stop');
    expect(placedHref('/fr/methodes/#old', 'CF02')).toBe('/fr/methodes/#CF02');
    expect(placedHref('/en/#contents', undefined)).toBe('/en/');
  });

  it('gives a section named after a translated slug the twin’s name for the same section', () => {
    expect(twinId('police-cooperation-discussion', 'police-cooperation', 'la-cooperation-policiere')).toBe(
      'la-cooperation-policiere-discussion',
    );
    expect(twinId('la-cooperation-policiere-steps', 'la-cooperation-policiere', 'police-cooperation')).toBe('police-cooperation-steps');
    expect(twinId('police-cooperation', 'police-cooperation', 'la-cooperation-policiere')).toBe('la-cooperation-policiere');
  });

  it('leaves every other id as it is', () => {
    expect(twinId('step-path-cbsa', undefined, undefined)).toBe('step-path-cbsa');
    expect(twinId('police-cooperation-steps', 'police', undefined)).toBe('police-cooperation-steps');
    // A prefix is a whole slug, not the start of a longer one.
    expect(twinId('police-cooperation-steps', 'police-co', 'la-co')).toBe('police-cooperation-steps');
  });
});
