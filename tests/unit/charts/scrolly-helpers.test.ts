import { describe, expect, it } from 'vitest';
import { currentStepIndex, focusScrollDelta, motionDuration, scrollDeltaFor, triggerOffset } from '../../../src/client/step-geometry.ts';
import { REGISTRY } from '../../../src/charts/registry.ts';
import { ChartBuildError, jsonForScript, prepareChart, renderState, STEP_ID } from '../../../src/components/chart-build.ts';
import { realDataset } from './fixtures.ts';
import { stepTreeFiles } from '../../../src/components/step-trees.ts';
import { pictureStore, PICTURE_PATH } from '../../../src/components/picture-store.ts';
import type { SvgNode } from '../../../src/charts/types.ts';

/** Steps 300 px tall with 500 px between them, the first starting `first` px below the viewport top. */
const steps = (first: number) => Array.from({ length: 4 }, (_, i) => ({ top: first + i * 800, bottom: first + i * 800 + 300 }));

describe('current step from geometry', () => {
  it('is the first step before any step reaches the line', () => {
    expect(currentStepIndex(steps(900), 400)).toBe(0);
  });

  it('is the last step whose top has passed the trigger line', () => {
    expect(currentStepIndex(steps(400), 400)).toBe(0);
    expect(currentStepIndex(steps(-399), 400)).toBe(0);
    expect(currentStepIndex(steps(-400), 400)).toBe(1);
    expect(currentStepIndex(steps(-1300), 400)).toBe(2);
  });

  it('lands on the right step after a fling that skipped several steps in one frame', () => {
    expect(currentStepIndex(steps(-2100), 400)).toBe(3);
    expect(currentStepIndex(steps(-9000), 400)).toBe(3);
  });

  it('brings a step just past the line when scrolled by scrollDeltaFor', () => {
    const s = steps(1234);
    const delta = scrollDeltaFor(s[2]!.top, 400);
    const moved = s.map((b) => ({ top: b.top - delta, bottom: b.bottom - delta }));
    expect(currentStepIndex(moved, 400)).toBe(2);
  });
});

describe('trigger line and motion', () => {
  it('is a whole number of pixels, under the graphic on phones and mid-screen on wide screens', () => {
    expect(triggerOffset(800)).toBe(400);
    // Graphic pinned on top down to 460 px of a 844 px phone: the line is a fifth into the rest.
    expect(triggerOffset(844, 460)).toBe(537);
    expect(Number.isInteger(triggerOffset(777, 391.3))).toBe(true);
    // A graphic as tall as the screen still leaves the line on screen.
    expect(triggerOffset(600, 600)).toBe(576);
  });

  it('reads the motion variable, and is zero under reduced motion whatever the variable says', () => {
    expect(motionDuration(' 450ms', false)).toBe(450);
    expect(motionDuration('0.3s', false)).toBe(300);
    expect(motionDuration('0ms', false)).toBe(0);
    expect(motionDuration('', false)).toBe(0);
    expect(motionDuration('450ms', true)).toBe(0);
  });
});

describe('the step drawings the enhancer fetches', () => {
  const step = (x: number): SvgNode => ({
    tag: 'svg',
    attrs: { viewBox: '0 0 320 200' },
    children: [{ tag: 'circle', key: 'city:a', attrs: { cx: x } }],
  });

  it('are one file per layout holding every step in order, read back exactly as drawn', () => {
    const trees = { narrow: [step(1), step(2)], wide: [step(3), step(4), step(5)] };
    const urls = stepTreeFiles('fixture', trees);
    expect(Object.keys(urls).sort()).toEqual(['narrow', 'wide']);
    for (const layout of ['narrow', 'wide'] as const) {
      expect(urls[layout]).toMatch(new RegExp(`^${PICTURE_PATH}fixture-${layout}-steps\\.[A-Za-z0-9]{12}\\.json$`));
      expect(JSON.parse(pictureStore().get(urls[layout].slice(PICTURE_PATH.length))!)).toEqual(trees[layout]);
    }
  });

  it('are named by their content, so a changed drawing is never served from an old cache', () => {
    const first = stepTreeFiles('fixture', { narrow: [step(1)], wide: [step(1)] });
    const same = stepTreeFiles('fixture', { narrow: [step(1)], wide: [step(1)] });
    const changed = stepTreeFiles('fixture', { narrow: [step(9)], wide: [step(1)] });
    expect(same).toEqual(first);
    expect(changed.narrow).not.toBe(first.narrow);
    expect(changed.wide).toBe(first.wide);
  });
});

describe('registry', () => {
  it('names every chart by its folder', () => {
    expect(Object.keys(REGISTRY)).toContain('map');
    for (const [id, entry] of Object.entries(REGISTRY)) expect(entry.module.id).toBe(id);
  });

  it('give every chart a method note in both languages, sources, data files and a table whose rows fill its columns', () => {
    const data = realDataset();
    for (const [id, entry] of Object.entries(REGISTRY)) {
      expect(entry.method.en.length, id).toBeGreaterThan(20);
      expect(entry.method.fr.length, id).toBeGreaterThan(20);
      expect(entry.files.length, id).toBeGreaterThan(0);
      expect(entry.sources(data).length, id).toBeGreaterThan(0);
      const table = entry.table(data);
      expect(table.rows.length, id).toBeGreaterThan(0);
      for (const row of table.rows) for (const c of table.columns) expect(row, `${id}.${c.key}`).toHaveProperty(c.key);
    }
  });
});

describe('page markup helpers', () => {
  it('writes JSON that cannot close its <script> element', () => {
    const json = jsonForScript({ name: '</script><script>alert(1)</script>&' });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>&' });
  });

  it('accepts only stable, linkable step ids', () => {
    expect(STEP_ID.test('step-map-2013')).toBe(true);
    for (const bad of ['map-2013', 'step-', 'step-Map', 'step-map--2013', 'step map']) expect(STEP_ID.test(bad), bad).toBe(false);
  });
});

describe('scrolling for keyboard focus', () => {
  const boxes = [
    { top: -900, bottom: -300 },
    { top: 100, bottom: 1100 },
    { top: 1700, bottom: 2000 },
  ];

  it('scrolls just enough for the focused step to own the trigger line', () => {
    // Step 1 starts 100 px from the top, the line is at 400: nothing to do.
    expect(focusScrollDelta(boxes, 1, 400, { top: 120, bottom: 140 }, 800)).toBe(0);
    // Step 2's top is far below the line: bring it up to the line.
    const delta = focusScrollDelta(boxes, 2, 400, { top: 1710, bottom: 1730 }, 800);
    expect(delta).toBe(1300);
    expect(
      currentStepIndex(
        boxes.map((b) => ({ top: b.top - delta, bottom: b.bottom - delta })),
        400,
      ),
    ).toBe(2);
  });

  it('never scrolls the focused element off screen, even in a step taller than the screen', () => {
    // A link near the bottom of a long step 1 while step 2 has not reached the line: no scroll needed.
    expect(focusScrollDelta(boxes, 1, 400, { top: 760, bottom: 780 }, 800)).toBe(0);
    // A link below the fold inside step 1: scroll it into view, and step 1 still owns the line.
    const delta = focusScrollDelta(boxes, 1, 400, { top: 1000, bottom: 1020 }, 800);
    expect(delta).toBeGreaterThanOrEqual(1020 + 8 - 800);
    expect(1000 - delta).toBeGreaterThanOrEqual(0);
    expect(
      currentStepIndex(
        boxes.map((b) => ({ top: b.top - delta, bottom: b.bottom - delta })),
        400,
      ),
    ).toBe(1);
  });

  it('prefers keeping focus visible when the step cannot own the line', () => {
    const tight = [
      { top: 0, bottom: 100 },
      { top: 150, bottom: 900 },
    ];
    const delta = focusScrollDelta(tight, 0, 400, { top: 50, bottom: 70 }, 800);
    expect(50 - delta).toBeGreaterThanOrEqual(0);
    expect(70 - delta).toBeLessThanOrEqual(800);
  });
});

describe('build-time refusals', () => {
  const fake = (describe: () => string) =>
    ({
      entry: { module: { id: 'fake', aspect: () => 0.5, render: () => ({ tag: 'svg' }), describe } },
      data: {},
      aspect: 0.5,
    }) as unknown as Parameters<typeof renderState>[0];

  it('refuses a state whose chart gives no text alternative, naming the place and the state', () => {
    expect(() =>
      renderState(
        fake(() => '  '),
        { year: 1 },
        400,
        'en',
        '<Step id="step-x">',
      ),
    ).toThrow(/<Step id="step-x">: chart "fake" gives no text alternative for the state \{"year":1\}/);
  });

  it('passes on the chart’s own reason when it cannot draw a state', () => {
    const throwing = fake(() => {
      throw new Error('year 1 is outside the data');
    });
    expect(() => renderState(throwing, { year: 1 }, 400, 'en', '<Step id="step-x">')).toThrow(ChartBuildError);
    expect(() => renderState(throwing, { year: 1 }, 400, 'en', '<Step id="step-x">')).toThrow(
      /cannot be drawn: year 1 is outside the data/,
    );
  });

  it('refuses an unknown chart, listing the known ones', () => {
    expect(() => prepareChart('pie', new Request('http://127.0.0.1/'), '<Figure chart="pie">')).toThrow(
      /There is no chart "pie"\. Charts: (?=.*\bmap\b)(?=.*\btimeline\b)/,
    );
  });
});
