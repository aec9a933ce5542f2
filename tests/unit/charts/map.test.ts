import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { CouncilActionRow, MunicipalityRow } from '../../../src/data/schemas.ts';
import { CITY_STATUSES } from '../../../src/data/schemas.ts';
import { contrast } from '../../../src/charts/common/palette.ts';
import { basemapDefs, mapChart, statusAt, STATUS_ORDER, type MapData } from '../../../src/charts/map/chart.ts';
import { CANADA, cityHistories, mapData } from '../../../src/charts/map/data.ts';
import { overlaps, placeLabels, searchLabels } from '../../../src/charts/common/labels.ts';
import { STATUS_STYLE } from '../../../src/charts/common/status-style.ts';
import { WATER } from '../../../src/charts/common/palette.ts';
import { minText, NARROW_DRAW_WIDTH, WIDE_DRAW_WIDTH } from '../../../src/charts/common/layout.ts';
import { textWidth } from '../../../src/charts/common/draw.ts';
import mapEntry from '../../../src/charts/map/entry.ts';
import { overlapping, publishedStates, textBoxes } from './published-states.ts';
import { svgToString } from '../../../src/charts/svg-string.ts';
import { attr, byKey, expectCleanTree, keys, maybeByKey, textOf, walk } from './tree.ts';
import { pd, provenance, realDataset } from './fixtures.ts';

function city(id: string, over: Partial<MunicipalityRow> = {}): MunicipalityRow {
  return {
    id,
    name_en: id[0]!.toUpperCase() + id.slice(1),
    name_fr: id[0]!.toUpperCase() + id.slice(1),
    province: 'ON',
    status: 'adopted',
    status_date: undefined,
    status_note_en: 'note',
    status_note_fr: undefined,
    policy_name_en: undefined,
    policy_name_fr: undefined,
    police_covered: 'no',
    police_note_en: undefined,
    police_note_fr: undefined,
    lat: 43.65,
    lon: -79.38,
    ...provenance,
    ...over,
  } as MunicipalityRow;
}

function action(
  id: string,
  cityId: string,
  date: string,
  statusAfter?: CouncilActionRow['status_after'],
  sources = ['S001'],
): CouncilActionRow {
  return {
    id,
    city_id: cityId,
    date: pd(date),
    date_end: undefined,
    date_inferred: false,
    body: 'council',
    action_en: 'Something happened.',
    action_fr: undefined,
    outcome: 'adopted',
    votes_for: undefined,
    votes_against: undefined,
    unanimous: false,
    status_after: statusAfter,
    ...provenance,
    source_ids: sources,
  } as CouncilActionRow;
}

const base = {
  municipalities: [
    city('toronto', { status: 'adopted', status_date: pd('2013-02-21') }),
    city('vancouver', { lat: 49.28, lon: -123.12, province: 'BC', status: 'renamed', status_date: pd('2018') }),
    city('winnipeg', { lat: 49.9, lon: -97.14, province: 'MB', status: 'declined', status_date: pd('2017-02-02') }),
    city('halifax', { lat: 44.65, lon: -63.57, province: 'NS', status: 'no_action' }),
  ],
  councilActions: [
    action('t1', 'toronto', '2013-02-20', 'adopted', ['S001']),
    action('v0', 'vancouver', '2014-08'),
    action('v1', 'vancouver', '2016-04-06', 'adopted', ['S028']),
    action('w1', 'winnipeg', '2017-02-02', 'declined', ['S050']),
  ],
};

const SIZE = { width: 640, height: 546 };
const data = () => mapData(base, 'test-basemap');

describe('map data: years and statuses follow the rows', () => {
  it('spans the first council action to the latest decision', () => {
    const d = data();
    expect(d.firstYear).toBe(2013);
    expect(d.lastYear).toBe(2018); // vancouver's status_date
  });

  it('a new, later action extends the years the map can show', () => {
    expect(() => mapChart.render(data(), { year: 2024 }, SIZE, 'en')).toThrow(/outside the data.*2013 to 2018/);
    const later = mapData({ ...base, councilActions: [...base.councilActions, action('h1', 'halifax', '2024-03-01', 'debated')] }, 'b');
    expect(later.lastYear).toBe(2024);
    expect(keys(mapChart.render(later, { year: 2024 }, SIZE, 'en'))).toContain('city:halifax');
  });

  it('gives each city its status at the end of each year, ending on municipalities.status', () => {
    const d = data();
    const vancouver = d.cities.find((c) => c.id === 'vancouver')!;
    expect(statusAt(vancouver, 2013)).toBeUndefined();
    expect(statusAt(vancouver, 2014)).toBe('debated'); // raised in public, no status yet
    expect(statusAt(vancouver, 2016)).toBe('adopted');
    expect(statusAt(vancouver, 2018)).toBe('renamed'); // the latest status comes from municipalities.csv
    const halifax = d.cities.find((c) => c.id === 'halifax')!;
    expect(statusAt(halifax, 2017)).toBeUndefined();
    expect(statusAt(halifax, 2018)).toBe('no_action');
  });

  it('projects west to the left of east and every city inside the frame', () => {
    const d = data();
    const x = (id: string) => d.cities.find((c) => c.id === id)!.x;
    expect(x('vancouver')).toBeLessThan(x('winnipeg'));
    expect(x('winnipeg')).toBeLessThan(x('toronto'));
    expect(x('toronto')).toBeLessThan(x('halifax'));
    for (const c of d.cities) {
      expect(c.x).toBeGreaterThan(0);
      expect(c.x).toBeLessThan(d.frame.width);
      expect(c.y).toBeGreaterThan(0);
      expect(c.y).toBeLessThan(d.frame.height);
    }
  });

  it('keeps the sources of the row behind each change', () => {
    const h = cityHistories(base).histories.find((x) => x.city.id === 'vancouver')!;
    expect(h.changes.map((c) => [c.year, c.status, c.sourceIds.join(';')])).toEqual([
      [2014, 'debated', 'S001'],
      [2016, 'adopted', 'S028'],
      [2018, 'renamed', 'S001'],
    ]);
  });
});

describe('map render: each state draws its own marks', () => {
  it('draws only the cities that had acted by the end of the year', () => {
    const cities = (year: number) =>
      keys(mapChart.render(data(), { year }, SIZE, 'en'))
        .filter((k) => k.startsWith('city:'))
        .sort();
    expect(cities(2013)).toEqual(['city:toronto']);
    expect(cities(2014)).toEqual(['city:toronto', 'city:vancouver']);
    expect(cities(2017)).toEqual(['city:toronto', 'city:vancouver', 'city:winnipeg']);
    expect(cities(2018)).toEqual(['city:halifax', 'city:toronto', 'city:vancouver', 'city:winnipeg']);
  });

  it('marks a status by colour and shape, and the mark changes when the status does', () => {
    const at = (year: number) => byKey(mapChart.render(data(), { year }, SIZE, 'en'), 'city:vancouver');
    expect(attr(at(2014), 'data-status')).toBe('debated');
    expect(at(2014).tag).toBe('path'); // triangle
    expect(attr(at(2016), 'data-status')).toBe('adopted');
    expect(at(2016).tag).toBe('circle');
    expect(attr(at(2016), 'fill')).toBe(STATUS_STYLE.adopted.color);
    expect(attr(at(2018), 'stroke')).toBe(STATUS_STYLE.renamed.color); // a ring: drawn by its outline
  });

  it('shows the year and the count of cities, and reuses the basemap instead of repeating it', () => {
    const tree = mapChart.render(data(), { year: 2017 }, SIZE, 'en');
    expect(textOf(byKey(tree, 'year'))).toBe('2017');
    expect(textOf(byKey(tree, 'count'))).toBe('3 cities');
    for (const panel of ['base:corridor', 'base:rest']) {
      const use = [...walk(byKey(tree, panel))].find((n) => n.tag === 'use')!;
      expect(attr(use, 'href')).toBe('#test-basemap');
    }
    expect([...walk(tree)].some((n) => n.tag === 'path' && String(attr(n, 'd') ?? '').length > 2000)).toBe(false);
    expectCleanTree(tree);
  });

  it('lays out for the width it is given, no taller than a phone’s sticky area allows', () => {
    const small = mapChart.render(data(), { year: 2018 }, { width: 320, height: 333 }, 'en');
    expect(attr(small, 'viewBox')).toBe('0 0 320 333');
    for (const width of [288, 320, 390, 430]) expect(mapChart.aspect(width)).toBeLessThanOrEqual(1.1);
    expect(mapChart.aspect(640)).toBeLessThan(mapChart.aspect(320));
  });

  it('enlarges the corridor above the rest of Canada, which outlines the enlarged area', () => {
    const tree = mapChart.render(data(), { year: 2018 }, { width: 320, height: 333 }, 'en');
    const panel = (key: string) => {
      const nodes = [...walk(byKey(tree, key))];
      const clip = nodes.find((n) => n.tag === 'rect')!;
      const use = nodes.find((n) => n.tag === 'use')!;
      const clipped = nodes.find((n) => attr(n, 'clip-path'))!;
      const id = String(
        attr(
          nodes.find((n) => n.tag === 'clipPath')!,
          'id',
        ),
      );
      return {
        y: Number(attr(clip, 'y')),
        scale: Number(/scale\(([\d.]+)\)/.exec(String(attr(use, 'transform')))![1]),
        id,
        ref: attr(clipped, 'clip-path'),
      };
    };
    const corridor = panel('base:corridor');
    const rest = panel('base:rest');
    expect(corridor.scale / rest.scale).toBeGreaterThan(3); // the corridor is enlarged
    expect(corridor.y).toBeLessThan(rest.y);
    expect(corridor.ref).toBe(`url(#${corridor.id})`);
    expect(corridor.id).not.toBe(rest.id);
    // Ids differ between drawings that share a page: a figure's narrow and wide drawings, each step's picture.
    const clipOf = (state: Parameters<typeof mapChart.render>[1], size = SIZE) =>
      String(
        attr(
          [...walk(byKey(mapChart.render(data(), state, size, 'en'), 'base:corridor'))].find((n) => n.tag === 'clipPath')!,
          'id',
        ),
      );
    const ids = [
      clipOf({ year: 2018 }),
      clipOf({ year: 2017 }),
      clipOf({ year: 2017, highlight: ['declined'] }),
      clipOf({ year: 2017, label: ['toronto'] }),
      corridor.id,
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(clipOf({ year: 2017 })).toBe(clipOf({ year: 2017 })); // and stay the same from one build to the next
    expect(ids.every((id) => id.startsWith('test-basemap-corridor-'))).toBe(true);
    // Toronto is drawn in the corridor panel; Vancouver, Winnipeg and Halifax in the rest of Canada.
    const y = (id: string) => Number(attr(byKey(tree, `city:${id}`), 'cy') ?? NaN);
    expect(y('toronto')).toBeLessThan(rest.y);
    expect(Number(attr(byKey(tree, 'outline'), 'y'))).toBeGreaterThan(rest.y);
    expect(textOf(byKey(tree, 'outline-caption'))).toBe('Enlarged above');
    expect(textOf(byKey(mapChart.render(data(), { year: 2018 }, { width: 320, height: 333 }, 'fr'), 'outline-caption'))).toBe(
      'Voir en haut',
    );
  });

  it('labels the cities a state names first, and refuses an unknown city id', () => {
    const crowded: MapData = {
      ...data(),
      cities: Array.from({ length: 40 }, (_, i) => ({
        ...data().cities[0]!,
        id: `c${i}`,
        name: { en: `A rather long town name ${i}`, fr: `Ville ${i}` },
        x: 680 + (i % 4),
        y: 797 + i / 3,
      })),
    };
    const labelled = (state: Parameters<typeof mapChart.render>[1]) =>
      keys(mapChart.render(crowded, state, { width: 320, height: 333 }, 'en')).filter((k) => k.startsWith('label:c'));
    expect(labelled({ year: 2013 })).not.toContain('label:c39');
    expect(labelled({ year: 2013, label: ['c39'] })).toContain('label:c39');
    expect(() => mapChart.render(data(), { year: 2013, label: ['atlantis'] }, SIZE, 'en')).toThrow(
      /label is a list of city ids.*Known ids: toronto/,
    );
  });

  it('labels cities in the page language without overlaps', () => {
    const d: MapData = {
      ...data(),
      cities: data().cities.map((c) => (c.id === 'halifax' ? { ...c, name: { en: 'Halifax', fr: 'Halifax (fr)' } } : c)),
    };
    const tree = mapChart.render(d, { year: 2018 }, SIZE, 'fr');
    const labels = [...walk(tree)].filter((n) => n.key?.startsWith('label:'));
    expect(labels.map(textOf)).toContain('Halifax (fr)');
  });

  it('brings chosen statuses forward: others fade and lose their labels, and the description says so', () => {
    const tree = mapChart.render(data(), { year: 2018, highlight: ['declined', 'no_action'] }, SIZE, 'en');
    expect(attr(byKey(tree, 'city:winnipeg'), 'opacity')).toBe(1);
    expect(attr(byKey(tree, 'city:toronto'), 'opacity')).toBe(0.3);
    const labelled = keys(tree)
      .filter((k) => k.startsWith('label:'))
      .sort();
    expect(labelled).toEqual(['label:halifax', 'label:winnipeg']);
    const plain = mapChart.describe(data(), { year: 2018 }, 'en');
    const focused = mapChart.describe(data(), { year: 2018, highlight: ['declined', 'no_action'] }, 'en');
    expect(focused).not.toBe(plain);
    expect(focused).toMatch(/Highlighted: “declined” and “no action found”\./);
    // A label with a comma of its own stays one item of the list.
    expect(mapChart.describe(data(), { year: 2018, highlight: ['referred', 'declined'] }, 'fr')).toContain(
      'En évidence\u00a0: «\u00a0renvoyée, non adoptée\u00a0» et «\u00a0refusée\u00a0».',
    );
    expect(() => mapChart.render(data(), { year: 2018, highlight: ['sanctuary'] as never }, SIZE, 'en')).toThrow(
      /highlight is a list of statuses/,
    );
  });

  it('refuses a state it cannot show, saying why', () => {
    expect(() => mapChart.render(data(), { year: 0 }, SIZE, 'en')).toThrow(/year 0 is outside the data/);
    expect(() => mapChart.describe(data(), { year: 2012 }, 'en')).toThrow(/2013 to 2018/);
    expect(() => mapChart.describe(data(), {} as never, 'en')).toThrow(/a state is \{ year/);
  });

  it('escapes city names from the CSV when serialised', () => {
    const evil = mapData(
      {
        ...base,
        municipalities: [
          ...base.municipalities.slice(0, 3),
          city('halifax', { name_en: '<script>x</script>', lat: 44.65, lon: -63.57, status: 'no_action' }),
        ],
      },
      'b',
    );
    const markup = svgToString(mapChart.render(evil, { year: 2018 }, SIZE, 'en'));
    expect(markup).not.toContain('<script>');
    expect(mapChart.describe(evil, { year: 2018 }, 'en')).toContain('<script>x</script>'); // plain text; Astro escapes it
  });
});

describe('map describe: a text alternative per state', () => {
  it('is non-empty, differs between states and names the cities and their status', () => {
    const d = data();
    const texts = [2013, 2014, 2016, 2017, 2018].map((year) => mapChart.describe(d, { year }, 'en'));
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts[0]).toMatch(/end of 2013: 1 city had acted\. Adopted: Toronto\./);
    expect(texts[1]).toMatch(/Debated, no policy: Vancouver/);
    expect(texts[1]).toMatch(/New or changed in 2014: Vancouver/);
    expect(texts[4]).toMatch(/latest status \(2018\): 4 cities/);
    expect(texts[4]).toMatch(/No action found: Halifax/);
  });

  it('is written in French for the French edition', () => {
    const fr = mapChart.describe(data(), { year: 2017 }, 'fr');
    expect(fr).toMatch(/^Carte du Canada à la fin de 2017/);
    expect(fr).toMatch(/Refusée\u00a0: Winnipeg/);
  });
});

describe('map styling and geometry', () => {
  it('gives every status a mark colour with at least 3:1 contrast on the page and a unique colour–shape pair', () => {
    for (const status of CITY_STATUSES) expect(contrast(STATUS_STYLE[status].color), status).toBeGreaterThanOrEqual(3);
    const pairs = CITY_STATUSES.map((s) => `${STATUS_STYLE[s].color}/${STATUS_STYLE[s].shape}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect([...STATUS_ORDER].sort()).toEqual([...CITY_STATUSES].sort());
  });

  it('ships a small committed basemap with the Great Lakes, written once as <defs>', () => {
    const bytes = ['canada.json', 'great-lakes.json'].map(
      (f) => readFileSync(new URL(`../../../src/charts/map/${f}`, import.meta.url)).length,
    );
    expect(bytes[0]! + bytes[1]!).toBeLessThan(40_000);
    const defs = svgToString(basemapDefs(CANADA, 'x-basemap'));
    expect(defs).toMatch(/^<defs><g id="x-basemap">(<path[^>]*>){3}<\/g><\/defs>$/);
    expect(defs).toContain(`fill="${WATER}"`);
  });

  it('puts Toronto and Hamilton on Lake Ontario’s shore, not inland', () => {
    // Lake Ontario is the first ring of the lakes path; both cities lie within a few km of its outline.
    const ring = CANADA.lakes
      .split('Z')[0]!
      .slice(1)
      .split('L')
      .map((p) => p.split(',').map(Number) as [number, number]);
    const d = mapData(realDataset(), 'b');
    for (const id of ['toronto', 'hamilton']) {
      const c = d.cities.find((x) => x.id === id)!;
      const nearest = Math.min(...ring.map(([x, y]) => Math.hypot(x - c.x, y - c.y)));
      expect(nearest, id).toBeLessThan(2.5); // frame units: about 12 km
    }
  });

  it('places labels that never overlap each other and stay inside the bounds', () => {
    const requests = Array.from({ length: 12 }, (_, i) => ({
      key: `c${i}`,
      text: `City number ${i}`,
      x: 100 + (i % 3) * 6,
      y: 100 + i * 4,
      r: 5,
    }));
    const placed = placeLabels(requests, [], { x0: 0, y0: 0, x1: 300, y1: 300 }, 12);
    expect(placed.length).toBeGreaterThan(3);
    for (const a of placed) {
      expect(a.box.x0).toBeGreaterThanOrEqual(0);
      expect(a.box.x1).toBeLessThanOrEqual(300);
      for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box), `${a.key} / ${b.key}`).toBe(false);
    }
    expect(placed.some((p) => p.leader)).toBe(true);
  });

  it('moves a placed label to another of its spots when that makes room for one the greedy order dropped', () => {
    // A strip between a title band and a foot band: each label fits only beside its mark. A is placed
    // first and takes its first choice, to the right, where B's only spot is.
    const bands = [
      { x0: 0, y0: 0, x1: 200, y1: 12 },
      { x0: 0, y0: 28, x1: 200, y1: 40 },
    ];
    const marks = [
      { x0: 55, y0: 15, x1: 65, y1: 25, key: 'a' },
      { x0: 145, y0: 15, x1: 155, y1: 25, key: 'b' },
    ];
    const requests = [
      { key: 'a', text: 'Aaaa', x: 60, y: 20, r: 3 },
      { key: 'b', text: 'Bbbbbbbbbbbb', x: 150, y: 20, r: 3 },
    ];
    const placed = placeLabels(requests, [...bands, ...marks], { x0: 0, y0: 0, x1: 200, y1: 40 }, 10);
    const at = Object.fromEntries(placed.map((p) => [p.key, p]));
    expect(Object.keys(at).sort()).toEqual(['a', 'b']);
    expect(at.a!.anchor).toBe('end');
    expect(at.b!.anchor).toBe('end');
    expect(overlaps(at.a!.box, at.b!.box)).toBe(false);
  });
});

describe('label search', () => {
  // A strip between two bands, three marks in a row: each name fits only beside its mark, and a name to
  // the right of one mark overlaps one to the left of the next. Greedy, each takes the right; the last
  // has no right (the edge), and moving one other label does not free its left.
  const bands = [
    { x0: 0, y0: 0, x1: 200, y1: 12 },
    { x0: 0, y0: 28, x1: 200, y1: 40 },
  ];
  const xs = { a: 56, b: 126, c: 195 };
  const marks = Object.entries(xs).map(([key, x]) => ({ x0: x - 4, y0: 16, x1: x + 4, y1: 24, key }));
  const requests = Object.entries(xs).map(([key, x]) => ({ key, text: 'Nnnnnnn', x, y: 20, r: 3 }));
  const bounds = { x0: 0, y0: 0, x1: 200, y1: 40 };
  const fewer = (leftOut: readonly string[], than: readonly string[]) => leftOut.length < than.length;

  it('finds a placement for every name where the greedy pass leaves one out', () => {
    const greedy = placeLabels(requests, [...bands, ...marks], bounds, 10);
    expect(greedy.map((l) => l.key).sort()).toEqual(['a', 'b']);
    const found = searchLabels(requests, [...bands, ...marks], bounds, 10, greedy, fewer, 1000);
    expect(found.map((l) => l.key).sort()).toEqual(['a', 'b', 'c']);
    for (const l of found) {
      expect(l.anchor, l.key).toBe('end');
      for (const o of found) if (o !== l) expect(overlaps(l.box, o.box), `${l.key} / ${o.key}`).toBe(false);
    }
  });

  it('stops at its budget and then keeps what it started from', () => {
    const greedy = placeLabels(requests, [...bands, ...marks], bounds, 10);
    expect(searchLabels(requests, [...bands, ...marks], bounds, 10, greedy, fewer, 2)).toEqual(greedy);
  });
});

describe('map on the real data', () => {
  it('draws every municipality in the latest state and describes every year', () => {
    const real = realDataset();
    const d = mapData(real, 'real');
    const tree = mapChart.render(d, { year: d.lastYear }, SIZE, 'en');
    for (const m of real.municipalities) expect(maybeByKey(tree, `city:${m.id}`), m.id).toBeDefined();
    for (let year = d.firstYear; year <= d.lastYear; year++) expect(mapChart.describe(d, { year }, 'en').length).toBeGreaterThan(30);
  });
});

describe('map on the real data, in every published state and at every width', () => {
  const real = realDataset();
  const d = mapData(real, 'real');
  const states = publishedStates('map');
  const WIDTHS = [288, 320, 390, 640, 1280];

  it('finds the published states', () => {
    expect(states.length).toBeGreaterThanOrEqual(7);
  });

  it('names every city it shows in both drawings of every published state, in both languages', () => {
    // On a phone the western cities crowd the panel's edge: greedy placement left Vancouver, New
    // Westminster or Fredericton nameless in the 2022 maps (the front page's opening picture among them).
    for (const { where, state } of states)
      for (const width of [NARROW_DRAW_WIDTH, WIDE_DRAW_WIDTH])
        for (const lang of ['en', 'fr'] as const) {
          const size = { width, height: Math.round(width * mapChart.aspect(width)) };
          const tree = mapChart.render(d, state as never, size, lang);
          const inFocus = [...walk(tree)].filter((n) => n.key?.startsWith('city:') && Number(n.attrs?.opacity ?? 1) === 1);
          expect(inFocus.length, where).toBeGreaterThan(1);
          const nameless = inFocus.map((n) => n.key!.slice(5)).filter((id) => !keys(tree).includes(`label:${id}`));
          expect(nameless, `${where} ${JSON.stringify(state)} at ${width}px, ${lang}`).toEqual([]);
          // The outline's caption sits inside the outline, where no city is drawn and no name can meet it.
          const outline = byKey(tree, 'outline');
          const [x0, y0] = [Number(attr(outline, 'x')), Number(attr(outline, 'y'))];
          const [x1, y1] = [x0 + Number(attr(outline, 'width')), y0 + Number(attr(outline, 'height'))];
          const caption = byKey(tree, 'outline-caption');
          const fontSize = Number(attr(caption, 'font-size'));
          const rows = (caption.children ?? []).map((row) => textOf(row as never));
          const top = Number(attr(caption, 'y')) - fontSize * 0.8;
          const bottom = Number(attr(caption, 'y')) + (rows.length - 1) * (fontSize + 2) + fontSize * 0.25;
          const at = `${where} at ${width}px, ${lang}: the outline's caption`;
          expect(rows.join(' '), at).toBe(lang === 'en' ? 'Enlarged above' : 'Voir en haut');
          expect(fontSize, at).toBeGreaterThanOrEqual(minText(width));
          for (const row of rows) expect(textWidth(row, fontSize), `${at}: "${row}"`).toBeLessThanOrEqual(x1 - x0 - 4);
          expect(top >= y0 && bottom <= y1, `${at}: rows ${top}–${bottom} inside ${y0}–${y1}`).toBe(true);
        }
  });

  it('labels every city a step names, keeps text at or above the minimum and never overlaps text or marks', () => {
    const names = new Map(real.municipalities.map((m) => [m.id, m.name_en]));
    for (const { where, state, prose } of states) {
      // Every city named in the step's own words must be named in its `label` list.
      const named = [...names].filter(([, name]) => new RegExp(`\\b${name}\\b`).test(prose)).map(([id]) => id);
      if (where.startsWith('content/')) expect(state.label ?? [], where).toEqual(expect.arrayContaining(named));
      for (const width of WIDTHS) {
        const size = { width, height: Math.round(width * mapChart.aspect(width)) };
        const tree = mapChart.render(d, state as never, size, 'en');
        const boxes = textBoxes(tree);
        const at = `${where} at ${width}px`;
        for (const b of boxes) {
          expect(b.fontSize, `${at}: ${b.key}`).toBeGreaterThanOrEqual(minText(width));
          expect(b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= size.height, `${at}: ${b.key} inside`).toBe(true);
        }
        expect(overlapping(boxes), at).toEqual([]);
        const marks = [...walk(tree)]
          .filter((n) => n.key?.startsWith('city:'))
          .map((n) => {
            const a = n.attrs!;
            if (n.tag === 'circle') return { key: n.key!, x: Number(a.cx), y: Number(a.cy) };
            if (n.tag === 'rect') return { key: n.key!, x: Number(a.x) + Number(a.width) / 2, y: Number(a.y) + Number(a.height) / 2 };
            const pts = String(a.d)
              .split(/[MLZ]/)
              .filter(Boolean)
              .map((p) => p.split(',').map(Number) as [number, number]);
            const xs = pts.map((p) => p[0]);
            const ys = pts.map((p) => p[1]);
            return { key: n.key!, x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
          });
        for (const m of marks) {
          for (const o of marks) if (m !== o) expect(Math.hypot(m.x - o.x, m.y - o.y), `${at}: ${m.key} / ${o.key}`).toBeGreaterThan(9);
          for (const b of boxes)
            if (b.key !== `label:${m.key.slice(5)}`)
              expect(m.x > b.x0 && m.x < b.x1 && m.y > b.y0 && m.y < b.y1, `${at}: ${b.key} covers ${m.key}`).toBe(false);
        }
        for (const id of (state.label as string[] | undefined) ?? []) expect(keys(tree), `${at}: ${id} labelled`).toContain(`label:${id}`);
      }
    }
  });

  it('shows the table in words: no status codes, province codes or ids on the page, all of them in the CSV', () => {
    const table = mapEntry.table(real);
    const shown = table.columns.filter((c) => !c.csvOnly).map((c) => c.key);
    const codes = new Set<string>([
      ...CITY_STATUSES,
      ...real.municipalities.map((m) => m.id),
      ...real.municipalities.map((m) => m.province),
    ]);
    for (const row of table.rows)
      for (const key of shown) if (key !== 'source_ids') expect(codes.has(String(row[key])), `${key}=${row[key]}`).toBe(false);
    expect(table.columns.map((c) => c.key)).toEqual(
      expect.arrayContaining(['city_id', 'status', 'province', 'status_label_en', 'status_label_fr', 'province_name_en']),
    );
    const toronto = table.rows.find((r) => r.city_id === 'toronto')!;
    expect([toronto.city_en, toronto.province_name_en, toronto.status_label_en, toronto.province_name_fr]).toEqual([
      'Toronto',
      'Ontario',
      'Adopted',
      'Ontario',
    ]);
  });
});
