import { describe, expect, it } from 'vitest';
import type { CouncilActionRow, EventRow } from '../../../src/data/schemas.ts';
import {
  isHighlighted,
  STRANDS,
  timelineChart,
  timelineDomain,
  yearPosition,
  yearScale,
  type TimelineData,
} from '../../../src/charts/timeline/chart.ts';
import { timelineData, timelineRows } from '../../../src/charts/timeline/data.ts';
import { svgToString } from '../../../src/charts/svg-string.ts';
import { attr, byKey, expectCleanTree, keys, textOf, walk, walkPlaced } from './tree.ts';
import { pd, provenance, realDataset } from './fixtures.ts';
import { minText } from '../../../src/charts/common/layout.ts';
import timelineEntry from '../../../src/charts/timeline/entry.ts';
import { overlapping, publishedStates, textBoxes } from './published-states.ts';

function action(id: string, date: string): CouncilActionRow {
  return {
    id,
    city_id: 'toronto',
    date: pd(date),
    date_end: undefined,
    date_inferred: false,
    body: 'council',
    action_en: `Council acted (${id}).`,
    action_fr: `Le conseil a agi (${id}).`,
    outcome: 'adopted',
    votes_for: undefined,
    votes_against: undefined,
    unanimous: false,
    status_after: undefined,
    ...provenance,
  } as CouncilActionRow;
}

function event(id: string, date: string, category: EventRow['category'], title = `Event ${id}`): EventRow {
  return {
    id,
    date: pd(date),
    category,
    city_id: undefined,
    title_en: title,
    title_fr: `Événement ${id}`,
    description_en: 'What happened.',
    description_fr: undefined,
    ...provenance,
  } as EventRow;
}

const municipalities = [{ id: 'toronto', name_en: 'Toronto', name_fr: 'Toronto' }] as never;
const base = {
  municipalities,
  councilActions: [action('a13', '2013-02-20'), action('a14', '2014-06'), action('a17', '2017')],
  events: [
    event('p06', '2006-05', 'police'),
    event('f17', '2017-01-29', 'federal'),
    event('s15', '2015-11', 'study'),
    event('c17', '2017-02-24', 'city'),
  ],
};
const SIZE = { width: 640, height: 397 };
const data = (): TimelineData => timelineData(base);
const lit = (state: Parameters<typeof timelineChart.render>[1]) =>
  [...walk(timelineChart.render(data(), state, SIZE, 'en'))]
    .filter((n) => attr(n, 'data-on') === '1')
    .map((n) => n.key!.slice(5))
    .sort();

describe('timeline data', () => {
  it('puts each row in its strand, ordered by date, at the end of its month or the middle of its year when the day is unknown', () => {
    const items = data().items;
    expect(items.map((i) => `${i.id}:${i.strand}`)).toEqual([
      'p06:police',
      'a13:council',
      'a14:council',
      's15:other',
      'f17:federal',
      'c17:council',
      'a17:council',
    ]);
    expect(yearPosition('2017')).toBe(2017.5);
    expect(yearPosition('2017-02')).toBeGreaterThan(yearPosition('2017-02-28'));
    expect(yearPosition('2017-02')).toBeLessThan(yearPosition('2017-03-01'));
    expect(yearPosition('2017-01-01')).toBeGreaterThan(2017);
    expect(yearPosition('2017-12-31')).toBeLessThan(2018);
    expect(yearPosition('2017-12')).toBeLessThan(2018);
  });

  it('puts a month without its day after every item dated to a day of that month, on the chart and in the table, and never gives it a day', () => {
    // London's council acted in "late January 2017" (CF08): after its committee's vote of January 30
    // and the federal reaction of January 29, not before them.
    const rows = timelineRows({
      ...base,
      councilActions: [
        action('council-2017-01', '2017-01'),
        action('committee-2017-01-30', '2017-01-30'),
        action('z-2017-01-31', '2017-01-31'),
      ],
      events: [event('ban-2017-01-29', '2017-01-29', 'federal'), event('feb-2017-02-01', '2017-02-01', 'federal')],
    });
    expect(rows.map((r) => r.item.id)).toEqual([
      'ban-2017-01-29',
      'committee-2017-01-30',
      'z-2017-01-31',
      'council-2017-01',
      'feb-2017-02-01',
    ]);
    const table = timelineEntry.table({
      ...base,
      councilActions: [action('council-2017-01', '2017-01'), action('committee-2017-01-30', '2017-01-30')],
      events: [],
    } as never);
    expect(table.rows.map((r) => [r.id, r.date, r.date_label_en, r.date_label_fr])).toEqual([
      ['committee-2017-01-30', '2017-01-30', 'January 30, 2017', '30 janvier 2017'],
      ['council-2017-01', '2017-01', 'January 2017', 'janvier 2017'],
    ]);
    const d = timelineData(realDataset());
    const ids = d.items.map((i) => i.id);
    expect(ids.indexOf('london-2017-council')).toBeGreaterThan(ids.indexOf('london-2017-committee'));
    expect(ids.indexOf('london-2017-council')).toBeGreaterThan(ids.indexOf('hussen-travel-ban-2017'));
    expect(ids.indexOf('london-2017-council')).toBeLessThan(ids.indexOf('ottawa-2017-02-councillors'));
    const tree = timelineChart.render(d, { strand: 'council', from: 2017, to: 2017 }, { width: 1280, height: 794 }, 'en');
    const cx = (id: string) => Number(attr(byKey(tree, `item:${id}`), 'cx'));
    expect(cx('london-2017-council')).toBeGreaterThan(cx('london-2017-committee'));
    expect(timelineChart.describe(d, { strand: 'council', from: 2017, to: 2017 }, 'en')).not.toMatch(/January 3[01]/);
  });

  it('names the city of a council action in both languages and keeps sources out of the browser data', () => {
    const first = data().items.find((i) => i.id === 'a13')!;
    expect(first.title.en).toBe('Toronto: Council acted (a13).');
    expect(first.title.fr).toBe('Toronto : Le conseil a agi (a13).');
    expect(JSON.stringify(data())).not.toContain('S001');
    expect(timelineRows(base)[0]!.sourceIds).toEqual(['S001']);
  });

  it('maps years to pixels linearly across the range it is given', () => {
    const x = yearScale([2006, 2018], [100, 700]);
    expect(x(2006)).toBe(100);
    expect(x(2018)).toBe(700);
    expect(x(2012)).toBe(400);
  });

  it('takes its domain from the rows: a later event extends the axis', () => {
    expect(timelineDomain(data())).toEqual([2006, 2018]);
    const later = timelineData({ ...base, events: [...base.events, event('x30', '2030-03', 'federal')] });
    expect(timelineDomain(later)).toEqual([2006, 2031]);
    const tree = timelineChart.render(later, { strand: 'all' }, SIZE, 'en');
    expect(keys(tree)).toContain('tick:2031');
    expect(keys(timelineChart.render(data(), { strand: 'all' }, SIZE, 'en'))).not.toContain('tick:2031');
  });
});

describe('timeline states', () => {
  it('highlights the strand and period a state names, and nothing else', () => {
    expect(lit({ strand: 'all' })).toHaveLength(7);
    expect(lit({ strand: 'police' })).toEqual(['p06']);
    expect(lit({ strand: 'council' })).toEqual(['a13', 'a14', 'a17', 'c17']);
    expect(lit({ strand: 'council', from: 2013, to: 2014 })).toEqual(['a13', 'a14']);
    expect(lit({ strand: 'all', from: 2017 })).toEqual(['a17', 'c17', 'f17']);
  });

  it('draws every item in every state (faded when not highlighted), so marks move rather than vanish', () => {
    const a = keys(timelineChart.render(data(), { strand: 'all' }, SIZE, 'en')).filter((k) => k.startsWith('item:'));
    const b = keys(timelineChart.render(data(), { strand: 'police' }, SIZE, 'en')).filter((k) => k.startsWith('item:'));
    expect(a.sort()).toEqual(b.sort());
    const faded = byKey(timelineChart.render(data(), { strand: 'police' }, SIZE, 'en'), 'item:a13');
    expect(attr(faded, 'data-on')).toBe('0');
  });

  it('outlines the marks of the lanes in focus only: a faded lane’s marks share one line and merge into a band', () => {
    const tree = timelineChart.render(data(), { strand: 'police' }, SIZE, 'en');
    expect(attr(byKey(tree, 'item:p06'), 'stroke')).not.toBe('none');
    for (const id of ['a13', 'a14', 'a17', 'c17', 'f17']) expect(attr(byKey(tree, `item:${id}`), 'stroke')).toBe('none');
  });

  it('shades the period and counts highlighted items in the lanes in focus only', () => {
    const tree = timelineChart.render(data(), { strand: 'council', from: 2013, to: 2014 }, SIZE, 'en');
    expect(Number(attr(byKey(tree, 'period'), 'width'))).toBeGreaterThan(0);
    expect(Number(attr(byKey(timelineChart.render(data(), { strand: 'all' }, SIZE, 'en'), 'period'), 'width'))).toBe(0);
    expect(textOf(byKey(tree, 'lane:council'))).toBe('City actions (2)');
    // Police marks in those years are drawn grey; a count of 0 beside them would read as none.
    expect(textOf(byKey(tree, 'lane:police'))).toBe('Police');
    expect(textOf(byKey(timelineChart.render(data(), { strand: 'police' }, SIZE, 'en'), 'lane:police'))).toMatch(/^Police \(\d+\)$/);
    expectCleanTree(tree);
  });

  it('names the highlighted period on its band, or under it in the axis row where the first lane’s heading leaves no room', () => {
    const period = (state: Parameters<typeof timelineChart.render>[1], width: number, lang: 'en' | 'fr' = 'en') => {
      const tree = timelineChart.render(
        timelineData(realDataset()),
        state,
        { width, height: Math.round(width * timelineChart.aspect(width)) },
        lang,
      );
      const band = byKey(tree, 'period');
      const label = [...walk(tree)].find((n) => n.key === 'period-label');
      return { tree, band: [Number(attr(band, 'x')), Number(attr(band, 'x')) + Number(attr(band, 'width'))], label };
    };
    for (const width of [320, 640]) {
      const { band, label } = period({ strand: 'all', from: 2017, to: 2023 }, width, 'fr');
      expect(textOf(label!), `${width} px`).toBe('2017–2023');
      expect(attr(label!, 'text-anchor')).toBe('end');
      expect(Number(attr(label!, 'x'))).toBeLessThanOrEqual(band[1]!);
    }
    expect(textOf(period({ strand: 'police', from: 2018, to: 2023 }, 320).label!)).toBe('2018–2023');
    // Beside "Gestes municipaux (11)" on a phone there is no room in the band: the name takes the axis
    // row under the band instead, in place of the year labels it would meet.
    const phone = period({ strand: 'council', from: 2013, to: 2016 }, 320, 'fr');
    expect(textOf(phone.label!)).toBe('2013–2016');
    expect(Number(attr(phone.label!, 'y'))).toBeGreaterThan(Number(attr(byKey(phone.tree, 'period'), 'height')));
    const years = [...walk(phone.tree)].filter((n) => n.key?.startsWith('year:')).map(textOf);
    expect(years).toContain('2010');
    expect(years).toContain('2020');
    expect(years).not.toContain('2015');
    const wide = period({ strand: 'council', from: 2013, to: 2016 }, 640);
    expect(textOf(wide.label!)).toBe('2013–2016');
    expect(Number(attr(wide.label!, 'y'))).toBeLessThan(Number(attr(byKey(wide.tree, 'period'), 'height')));
    expect(period({ strand: 'all' }, 640).label).toBeUndefined();
  });

  it('names the highlighted items on the chart when there are few of them', () => {
    const labels = (state: Parameters<typeof timelineChart.render>[1]) =>
      [...walk(timelineChart.render(data(), state, SIZE, 'en'))].filter((n) => n.key?.startsWith('label:')).map(textOf);
    expect(labels({ strand: 'police' })).toEqual(['Event p06 (2006)']);
    expect(labels({ strand: 'council', from: 2013, to: 2014 }).sort()).toEqual(['Toronto (2013)', 'Toronto (2014)']);
    expect(labels({ strand: 'all' })).toEqual([]); // seven items: the table names them
  });

  it('stays readable on a phone: lane labels move above the lanes', () => {
    const tree = timelineChart.render(data(), { strand: 'all' }, { width: 320, height: 198 }, 'fr');
    expect(textOf(byKey(tree, 'lane:council'))).toBe('Gestes municipaux (4)');
    expect(Number(attr(byKey(tree, 'lane:council'), 'x'))).toBeLessThan(20);
  });

  it('refuses states it cannot show, saying why', () => {
    expect(() => timelineChart.render(data(), { strand: 'army' } as never, SIZE, 'en')).toThrow(/strand: 'all' \| 'council'/);
    expect(() => timelineChart.render(data(), { strand: 'all', from: 2017, to: 2013 }, SIZE, 'en')).toThrow(
      /from \(2017\) comes after to \(2013\)/,
    );
    expect(() => timelineChart.describe(data(), { strand: 'all', from: 1990 }, 'en')).toThrow(/between 2006 and 2017/);
  });

  it('escapes titles when serialised', () => {
    const evil = timelineData({ ...base, events: [event('e', '2010', 'police', '<img src=x onerror=alert(1)>')] });
    expect(svgToString(timelineChart.render(evil, { strand: 'all' }, SIZE, 'en'))).not.toContain('<img');
    expect(isHighlighted(evil.items[0]!, { strand: 'police' })).toBe(true);
  });
});

describe('timeline describe', () => {
  it('is non-empty and specific to each state', () => {
    const states = [
      { strand: 'all' },
      { strand: 'council' },
      { strand: 'police' },
      { strand: 'federal' },
      { strand: 'council', from: 2013, to: 2014 },
    ] as const;
    const texts = states.map((s) => timelineChart.describe(data(), s, 'en'));
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts[2]).toBe('Timeline, police events, 2006–2017: 1 of 7 dated items highlighted. 2006: Event p06.');
    expect(texts[4]).toMatch(/^Timeline, city actions, 2013–2014: 2 of 7/);
    expect(timelineChart.describe(data(), { strand: 'council' }, 'fr')).toMatch(/^Frise chronologique, gestes municipaux/);
  });

  it('keys only the lanes that some state of the figure brings into colour', () => {
    const keys = (states?: unknown[]) => timelineEntry.legend!(realDataset(), states).map((item) => item.key);
    expect(keys([{ strand: 'council', from: 2013, to: 2016 }, { strand: 'council' }])).toEqual(['council']);
    expect(keys([{ strand: 'council' }, { strand: 'police' }])).toEqual(['council', 'police']);
    expect(keys([{ strand: 'all' }])).toEqual([...STRANDS]);
    expect(keys()).toEqual([...STRANDS]);
  });

  it('agrees its French verb with the number of items highlighted', () => {
    expect(timelineChart.describe(data(), { strand: 'police' }, 'fr')).toMatch(/: 1 des 7 éléments datés est mis en évidence\./);
    expect(timelineChart.describe(data(), { strand: 'council', from: 2013, to: 2014 }, 'fr')).toMatch(
      /: 2 des 7 éléments datés sont mis en évidence\./,
    );
    expect(timelineChart.describe(data(), { strand: 'police', from: 2016, to: 2016 }, 'fr')).toMatch(
      /: aucun des 7 éléments datés n’est mis en évidence\.$/,
    );
  });

  it('lists sentence-like titles without doubling their closing period', () => {
    const withPeriods = timelineData({
      ...base,
      events: [event('p06', '2006-05', 'police', 'Police adopt a rule.'), event('p07', '2007-05', 'police', 'A board says no.')],
    });
    expect(timelineChart.describe(withPeriods, { strand: 'police' }, 'en')).toMatch(
      /highlighted\. 2006: Police adopt a rule; 2007: A board says no\.$/,
    );
  });

  it('lists the first items and points to the table for the rest', () => {
    expect(timelineChart.describe(data(), { strand: 'all' }, 'en')).toMatch(/And 1 more, listed in the table\.$/);
  });

  it('covers the real data', () => {
    const d = timelineData(realDataset());
    for (const strand of ['all', 'council', 'police', 'federal'] as const)
      expect(timelineChart.describe(d, { strand }, 'en')).toMatch(/highlighted/);
  });
});

describe('timeline callouts and axis', () => {
  it('calls out the items a state names, in any number the rows allow, and refuses unknown ids', () => {
    const tree = timelineChart.render(data(), { strand: 'all', label: ['a13', 'f17', 'p06'] }, SIZE, 'en');
    expect(
      keys(tree)
        .filter((k) => k.startsWith('label:'))
        .sort(),
    ).toEqual(['label:a13', 'label:f17', 'label:p06']);
    expect(textOf(byKey(tree, 'label:f17'))).toBe('Event f17 (2017)');
    expect(() => timelineChart.render(data(), { strand: 'all', label: ['nope'] }, SIZE, 'en')).toThrow(/"nope" is not one of them/);
  });

  it('leaves the year off a callout inside a one-year band, whose heading already says it', () => {
    const inBand = timelineChart.render(data(), { strand: 'all', from: 2017, to: 2017, label: ['f17', 'a13'] }, SIZE, 'en');
    expect(textOf(byKey(inBand, 'label:f17'))).toBe('Event f17');
    expect(textOf(byKey(inBand, 'label:a13'))).toBe('Toronto (2013)');
    const span = timelineChart.render(data(), { strand: 'all', from: 2016, to: 2017, label: ['f17'] }, SIZE, 'fr');
    expect(textOf(byKey(span, 'label:f17'))).toMatch(/\(2017\)$/);
  });

  it('shows year labels only as often as they fit side by side', () => {
    const years = (width: number) =>
      keys(
        timelineChart.render(data(), { strand: 'all' }, { width, height: Math.round(width * timelineChart.aspect(width)) }, 'en'),
      ).filter((k) => k.startsWith('year:'));
    expect(years(1280).length).toBeGreaterThan(years(320).length);
    for (const width of [288, 320, 640, 1280]) {
      const tree = timelineChart.render(
        data(),
        { strand: 'all' },
        { width, height: Math.round(width * timelineChart.aspect(width)) },
        'en',
      );
      expect(overlapping(textBoxes(tree).filter((b) => b.key.startsWith('year:'))), `${width}`).toEqual([]);
    }
  });
});

describe('timeline on the real data, in every published state and at every width', () => {
  const real = realDataset();
  const d = timelineData(real);
  const states = publishedStates('timeline');

  it('finds the published states', () => {
    expect(states.length).toBeGreaterThanOrEqual(10);
  });

  it('calls out every city a step names that has a highlighted city action', () => {
    // A reader who skims the pictures should find on the chart each city the step's words point to.
    const cities = real.municipalities.map((m) => ({ id: m.id, names: [m.name_en, m.name_fr] }));
    for (const { where, state, prose } of states) {
      if (!where.startsWith('content/')) continue;
      const lit = d.items.filter((i) => i.strand === 'council' && isHighlighted(i, state as never));
      const labelled = new Set((state.label as string[] | undefined) ?? []);
      for (const city of cities) {
        if (!city.names.some((name) => new RegExp(`(^|[^\\p{L}])${name}([^\\p{L}]|$)`, 'u').test(prose))) continue;
        const ofCity = lit.filter((i) => i.id.startsWith(`${city.id}-`));
        if (ofCity.length === 0) continue;
        expect(
          ofCity.some((i) => labelled.has(i.id)),
          `${where}: ${city.id} is named, and none of ${ofCity.map((i) => i.id).join(', ')} is in label`,
        ).toBe(true);
      }
    }
  });

  it('names every item the step lists, keeps text at or above the minimum, and never overlaps text, crosses a label with a leader or one leader with another', () => {
    for (const { where, state } of states) {
      for (const width of [288, 320, 390, 640, 1280]) {
        const size = { width, height: Math.round(width * timelineChart.aspect(width)) };
        const tree = timelineChart.render(d, state as never, size, 'en');
        const at = `${where} at ${width}px`;
        const boxes = textBoxes(tree);
        for (const b of boxes) {
          expect(b.fontSize, `${at}: ${b.key}`).toBeGreaterThanOrEqual(minText(width));
          expect(b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= size.height, `${at}: ${b.key} inside`).toBe(true);
        }
        expect(overlapping(boxes), at).toEqual([]);
        // From a 320 px phone up every item the step names is called out; at 288 px (a 320 px phone's
        // box) a crowded year may leave one or two to the description and the table.
        const named = (state.label as string[] | undefined) ?? [];
        const missing = named.filter((id) => !keys(tree).includes(`label:${id}`));
        if (width >= 320) expect(missing, at).toEqual([]);
        else expect(missing.length, `${at}: ${missing.join(', ')}`).toBeLessThanOrEqual(Math.floor(named.length / 2));
        const leaderSegments: { key: string; from: number; a: readonly [number, number]; b: readonly [number, number] }[] = [];
        for (const { node: leader, dx, dy } of [...walkPlaced(tree)].filter((p) => p.node.key?.startsWith('leader:'))) {
          // Leaders are drawn in their lane's frame; the text boxes are in the drawing's.
          const [[mx, my], [riseTo], [ex, ey]] = String(attr(leader, 'd'))
            .replace(/^M/, '')
            .split(/[VL]/)
            .map((p) => p.split(',').map(Number)) as [[number, number], [number], [number, number]];
          const path = [
            [mx + dx, my + dy],
            [mx + dx, riseTo + dy],
            [ex + dx, ey + dy],
          ] as const;
          const from = path[0][0];
          leaderSegments.push({ key: leader.key!, from, a: path[0], b: path[1] }, { key: leader.key!, from, a: path[1], b: path[2] });
          for (const b of boxes) {
            if (b.key === `label:${leader.key!.slice(7)}`) continue;
            for (let i = 0; i < 2; i++) {
              for (let t = 0; t <= 1; t += 0.05) {
                const x = path[i]![0]! + (path[i + 1]![0]! - path[i]![0]!) * t;
                const y = path[i]![1]! + (path[i + 1]![1]! - path[i]![1]!) * t;
                expect(x > b.x0 + 1 && x < b.x1 - 1 && y > b.y0 + 1 && y < b.y1 - 1, `${at}: ${leader.key} crosses ${b.key}`).toBe(false);
              }
            }
          }
        }
        // Two leaders that cross leave the reader to guess which name goes with which mark (from the 320 px
        // drawing up; 288 px is a phone's box, where a crowded step may still need one crossing). Marks
        // stacked in one column are named in a ladder, without leaders.
        const side = (p: (typeof leaderSegments)[number], [x, y]: readonly [number, number]) =>
          (p.b[0] - p.a[0]) * (y - p.a[1]) - (p.b[1] - p.a[1]) * (x - p.a[0]);
        for (const p of leaderSegments)
          for (const q of leaderSegments) {
            if (p.key >= q.key) continue;
            const cross = side(p, q.a) * side(p, q.b) < 0 && side(q, p.a) * side(q, p.b) < 0;
            if (width >= 320) expect(cross, `${at}: ${p.key} crosses ${q.key}`).toBe(false);
          }
        if (state.strand !== 'all') {
          // In the lane a state is about, marks never sit on one another.
          const marks = [...walkPlaced(tree)]
            .filter(({ node: n }) => n.key?.startsWith('item:') && attr(n, 'fill') !== '#b8b8b8' && n.tag === 'circle')
            .map(({ node: n, dx, dy }) => ({ key: n.key, x: Number(attr(n, 'cx')) + dx, y: Number(attr(n, 'cy')) + dy }));
          for (const m of marks)
            for (const o of marks) if (m !== o) expect(Math.hypot(m.x - o.x, m.y - o.y), `${at}: ${m.key} / ${o.key}`).toBeGreaterThan(5.9);
        }
      }
    }
  });

  it('ties every callout to its own mark: a leader starts on it and passes over no other mark, a name without one sits beside it', () => {
    // Leaders rising from one stack ran together (2017 on a phone): six names, one line, one stack.
    const marksOf = (tree: ReturnType<typeof timelineChart.render>) =>
      [...walkPlaced(tree)]
        .filter(({ node: n }) => n.key?.startsWith('item:'))
        .map(({ node: n, dx, dy }) => {
          const a = n.attrs ?? {};
          if (n.tag === 'circle') return { id: n.key!.slice(5), x: Number(a.cx) + dx, y: Number(a.cy) + dy, r: Number(a.r) };
          if (n.tag === 'rect') {
            const half = Number(a.width) / 2;
            return { id: n.key!.slice(5), x: Number(a.x) + half + dx, y: Number(a.y) + half + dy, r: half };
          }
          const xy = [...String(a.d).matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
          const [xs, ys] = [xy.map((p) => p[0]), xy.map((p) => p[1])];
          const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          return { id: n.key!.slice(5), x: (x0 + x1) / 2 + dx, y: (y0 + y1) / 2 + dy, r: Math.min(x1 - x0, y1 - y0) / 2 };
        });
    for (const { where, state } of states) {
      for (const width of [320, 390, 640, 1280, 1920]) {
        for (const lang of ['en', 'fr'] as const) {
          const size = { width, height: Math.round(width * timelineChart.aspect(width)) };
          const tree = timelineChart.render(d, state as never, size, lang);
          const at = `${where} ${lang} at ${width}px`;
          const marks = marksOf(tree);
          const boxes = new Map(textBoxes(tree).map((b) => [b.key, b]));
          const leaders = new Map(
            [...walkPlaced(tree)].filter((p) => p.node.key?.startsWith('leader:')).map((p) => [p.node.key!.slice(7), p] as const),
          );
          for (const key of keys(tree).filter((k) => k.startsWith('label:'))) {
            const id = key.slice(6);
            const own = marks.find((m) => m.id === id)!;
            const others = marks.filter((m) => m.id !== id);
            const placed = leaders.get(id);
            if (placed) {
              const [[mx, my], [riseTo], [ex, ey]] = String(attr(placed.node, 'd'))
                .replace(/^M/, '')
                .split(/[VL]/)
                .map((p) => p.split(',').map(Number)) as [[number, number], [number], [number, number]];
              const path = [
                [mx + placed.dx, my + placed.dy],
                [mx + placed.dx, riseTo + placed.dy],
                [ex + placed.dx, ey + placed.dy],
              ] as const;
              expect(Math.hypot(path[0][0] - own.x, path[0][1] - own.y), `${at}: ${id}'s leader starts on its mark`).toBeLessThanOrEqual(
                own.r + 2,
              );
              for (let i = 0; i < 2; i++)
                for (let t = 0; t <= 1; t += 0.02) {
                  const x = path[i]![0] + (path[i + 1]![0] - path[i]![0]) * t;
                  const y = path[i]![1] + (path[i + 1]![1] - path[i]![1]) * t;
                  const hit = others.find((m) => Math.hypot(x - m.x, y - m.y) < m.r);
                  expect(hit?.id, `${at}: ${id}'s leader passes over ${hit?.id}`).toBeUndefined();
                }
            } else {
              // A name with no leader stands right beside its own mark, nearer to it than to any other.
              const box = boxes.get(key)!;
              const gapTo = (m: (typeof marks)[number]) =>
                Math.hypot(Math.max(box.x0 - m.x, 0, m.x - box.x1), Math.max(box.y0 - m.y, 0, m.y - box.y1));
              expect(gapTo(own), `${at}: ${id} beside its mark`).toBeLessThanOrEqual(own.r + 6);
              const nearer = others.filter((m) => gapTo(m) < gapTo(own) + 0.5).map((m) => m.id);
              expect(nearer, `${at}: marks as near to ${id}'s name as its own`).toEqual([]);
            }
          }
        }
      }
    }
  });

  it('writes every callout in full, in both languages, from a 288 px box up', () => {
    // "CBSA lost track of…" leaves the reader guessing: a title wraps onto a third line rather than shorten.
    for (const { where, state } of states) {
      for (const width of [288, 320, 390, 640, 1280]) {
        for (const lang of ['en', 'fr'] as const) {
          const size = { width, height: Math.round(width * timelineChart.aspect(width)) };
          const tree = timelineChart.render(d, state as never, size, lang);
          const labels = [...walk(tree)].filter((n) => n.key?.startsWith('label:')).map((n) => textOf(n));
          expect(
            labels.filter((l) => l.includes('…')),
            `${where} ${lang} at ${width}px`,
          ).toEqual([]);
        }
      }
    }
  });

  it('moves a lane the steps are not about as one group: its marks keep their own coordinates from step to step', () => {
    // A step that changes the lanes' heights then moves a few groups, not every mark in every frame.
    const width = 390;
    const size = { width, height: Math.round(width * timelineChart.aspect(width)) };
    const drawn = states.map(({ where, state }) => ({ where, state, tree: timelineChart.render(d, state as never, size, 'en') }));
    let groupsMoved = 0;
    for (let i = 1; i < drawn.length; i++) {
      const [before, after] = [drawn[i - 1]!, drawn[i]!];
      for (const strand of STRANDS) {
        const aboutIt = (s: Record<string, unknown>) => s.strand === 'all' || s.strand === strand;
        if (aboutIt(before.state) || aboutIt(after.state)) continue;
        const lane = (tree: typeof before.tree) => byKey(tree, `strand:${strand}`);
        const marks = (tree: typeof before.tree) =>
          [...walk(lane(tree))].filter((n) => n.key?.startsWith('item:')).map((n) => `${n.key} ${JSON.stringify(n.attrs)}`);
        expect(marks(after.tree), `${before.where} → ${after.where}: ${strand}`).toEqual(marks(before.tree));
        if (attr(lane(after.tree), 'transform') !== attr(lane(before.tree), 'transform')) groupsMoved++;
      }
    }
    expect(groupsMoved).toBeGreaterThan(0);
  });

  it('marks in the table, in both languages, each date worked out rather than stated by a source', () => {
    const rows = timelineEntry.table(real).rows;
    const inferred = new Set(real.councilActions.filter((a) => a.date_inferred).map((a) => a.id));
    expect(inferred.size).toBeGreaterThan(0);
    for (const row of rows) {
      const worked = inferred.has(String(row.id));
      expect(String(row.date_label_en).endsWith(' (likely)'), String(row.id)).toBe(worked);
      expect(String(row.date_label_fr).endsWith(' (date probable)'), String(row.id)).toBe(worked);
      expect(row.date_inferred).toBe(worked ? 'yes' : 'no');
    }
  });

  it('shows the strand in words and no ids in the table; the CSV keeps both', () => {
    const table = timelineEntry.table(real);
    const shown = table.columns.filter((c) => !c.csvOnly).map((c) => c.key);
    expect(shown).not.toContain('id');
    expect(shown).not.toContain('city_id');
    expect(shown).not.toContain('strand');
    const ids = new Set([
      ...real.councilActions.map((a) => a.id),
      ...real.events.map((e) => e.id),
      ...real.municipalities.map((m) => m.id),
      'council',
      'police',
      'federal',
      'other',
    ]);
    for (const row of table.rows)
      for (const key of shown) if (key !== 'source_ids') expect(ids.has(String(row[key])), `${key}=${row[key]}`).toBe(false);
    expect(table.rows.find((r) => r.strand === 'other')!.strand_label_en).toBe('Studies, advocacy');
    expect(table.columns.map((c) => c.key)).toEqual(
      expect.arrayContaining(['id', 'city_id', 'strand', 'strand_label_en', 'strand_label_fr']),
    );
  });
});
