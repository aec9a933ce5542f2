import { describe, expect, it } from 'vitest';
import {
  servicesChart,
  servicesData,
  servicesModel,
  COVERAGE_STYLES,
  type ServicesData,
  type ServicesState,
  type Coverage,
} from '../../../src/charts/services/chart.ts';
import { svgToString } from '../../../src/charts/svg-string.ts';
import { contrast } from '../../../src/charts/common/palette.ts';
import type { MunicipalityRow, ServiceCoverageRow, ServiceRow } from '../../../src/data/schemas.ts';
import { pd, provenance, realDataset } from './fixtures.ts';
import { attr, byKey, expectCleanTree, keys, markX, maybeByKey, num, textOf, walk } from './tree.ts';
import { overlappingText, smallText, textLines, textOutside } from './text-layout.ts';
import { chartStates, LAYOUT_WIDTHS } from './chart-states.ts';
import { minText } from '../../../src/charts/common/layout.ts';
import entry from '../../../src/charts/services/entry.ts';

function city(id: string, name: string, date?: string): MunicipalityRow {
  return {
    ...provenance,
    id,
    name_en: name,
    name_fr: name === 'Montreal' ? 'Montréal' : name,
    province: 'ON',
    status: 'adopted',
    status_date: date === undefined ? undefined : pd(date),
    status_note_en: 'note',
    status_note_fr: undefined,
    policy_name_en: undefined,
    policy_name_fr: undefined,
    police_covered: 'no',
    police_note_en: undefined,
    police_note_fr: undefined,
    lat: 45,
    lon: -75,
  };
}

// check:data requires label_fr; a name that reads the same in French (Police) passes it as is.
function service(id: string, label: string, jurisdiction: ServiceRow['jurisdiction'], label_fr = label): ServiceRow {
  return { id, label_en: label, label_fr, jurisdiction, description_en: label, description_fr: undefined, line: 2 };
}

function cov(city_id: string, service_id: string, coverage: Coverage): ServiceCoverageRow {
  return { ...provenance, id: `${city_id}-${service_id}`, city_id, service_id, coverage, detail_en: 'detail', detail_fr: undefined };
}

const data: ServicesData = {
  municipalities: [
    city('montreal', 'Montreal', '2017-02-20'),
    city('toronto', 'Toronto', '2013-02-21'),
    city('kingston', 'Kingston'),
    city('halifax', 'Halifax'),
  ],
  services: [
    service('shelters', 'Emergency shelters', 'municipal', 'Refuges d’urgence'),
    service('libraries', 'Public libraries', 'municipal_board', 'Bibliothèques publiques'),
    service('police', 'Police', 'municipal_board'),
    service('social-assistance', 'Social assistance (Ontario Works)', 'provincial', 'Aide sociale (Ontario au travail)'),
    service('health', 'Health care', 'provincial', 'Soins de santé'),
    service('unused', 'Never mentioned anywhere', 'federal'),
  ],
  serviceCoverage: [
    cov('toronto', 'shelters', 'covered'),
    cov('toronto', 'libraries', 'covered'),
    cov('toronto', 'social-assistance', 'status_required'),
    cov('toronto', 'police', 'outside_city_power'),
    cov('montreal', 'shelters', 'covered'),
    cov('montreal', 'police', 'not_covered'),
    cov('montreal', 'health', 'advocates_list'),
    cov('kingston', 'libraries', 'motion_only'),
  ],
};

const size = { width: 640, height: Math.round(640 * servicesChart.aspect(640)) };

describe('services model', () => {
  it('orders cities by date of their decision (undated last) and leaves out cities and services without rows', () => {
    const model = servicesModel(data);
    expect(model.cities.map((c) => c.id)).toEqual(['toronto', 'montreal', 'kingston']);
    expect(model.groups.map((g) => g.group.id)).toEqual(['municipal', 'board', 'outside']);
    expect(model.groups.flatMap((g) => g.services.map((s) => s.id))).not.toContain('unused');
  });

  it('groups provincial services under "outside city power"', () => {
    const outside = servicesModel(data).groups.find((g) => g.group.id === 'outside')!;
    expect(outside.services.map((s) => s.id)).toEqual(['social-assistance', 'health']);
  });
});

describe('services render', () => {
  const svg = servicesChart.render(data, {}, size, 'en');

  it('draws one mark per city and service, each coverage with its own shape', () => {
    // Keyed marks for the 8 coverage rows; the 7 empty cells are dashes in one path per service row.
    expect(keys(svg).filter((k) => k.startsWith('cell-'))).toHaveLength(8);
    const dashes = [...walk(svg)].filter((n) => attr(n, 'class') === 'not-mentioned');
    expect(dashes.map((n) => String(attr(n, 'd')).split('M').length - 1).reduce((a, b) => a + b, 0)).toBe(3 * 5 - 8);
    expect(byKey(svg, 'cell-toronto-shelters').tag).toBe('circle');
    expect(attr(byKey(svg, 'cell-toronto-social-assistance'), 'data-coverage')).toBe('status_required');
    expect(byKey(svg, 'cell-toronto-social-assistance').tag).toBe('path');
    expect(attr(byKey(svg, 'cell-montreal-police'), 'stroke')).toBe(COVERAGE_STYLES.not_covered.color);
    expect(maybeByKey(svg, 'cell-kingston-shelters')).toBeUndefined();
    const shapes = new Set(Object.values(COVERAGE_STYLES).map((s) => s.shape));
    expect(shapes.size).toBe(6);
  });

  it('uses mark colours with at least 3:1 contrast on white, all different', () => {
    const colours = Object.values(COVERAGE_STYLES).map((s) => s.color);
    for (const c of colours) expect(contrast(c)).toBeGreaterThanOrEqual(3);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('places columns in a band scale that follows the cities in the data', () => {
    const tx = (n: ReturnType<typeof byKey>) => num(n, 'cx');
    expect(tx(byKey(svg, 'cell-toronto-shelters'))).toBeLessThan(tx(byKey(svg, 'cell-montreal-shelters')));
    const more = servicesChart.render(
      { ...data, serviceCoverage: [...data.serviceCoverage, cov('halifax', 'shelters', 'covered')] },
      {},
      size,
      'en',
    );
    expect(maybeByKey(more, 'cell-halifax-shelters')).toBeDefined();
    // A fourth column narrows the others.
    const gap = (s: typeof svg) => tx(byKey(s, 'cell-montreal-shelters')) - tx(byKey(s, 'cell-toronto-shelters'));
    expect(gap(more)).toBeLessThan(gap(svg));
  });

  it('keeps every mark inside the drawing and has no NaN', () => {
    expectCleanTree(svg);
    for (const k of keys(svg).filter((k) => k.startsWith('cell-'))) {
      const n = byKey(svg, k);
      const cx = markX(n);
      expect(cx).toBeGreaterThan(0);
      expect(cx).toBeLessThan(size.width);
    }
    expect(svgToString(svg)).not.toContain('NaN');
  });

  it('has no highlight band without a city, and one on the chosen column with one', () => {
    expect(maybeByKey(svg, 'highlight')).toBeUndefined();
    const hi = servicesChart.render(data, { city: 'montreal' }, size, 'en');
    const band = byKey(hi, 'highlight');
    const cell = byKey(hi, 'cell-montreal-shelters');
    expect(num(band, 'x')).toBeLessThan(num(cell, 'cx'));
    expect(num(band, 'x') + num(band, 'width')).toBeGreaterThan(num(cell, 'cx'));
    expect(attr(byKey(hi, 'city-montreal'), 'font-weight')).toBe(700);
    expect(attr(byKey(hi, 'city-toronto'), 'font-weight')).toBe(400);
    expectCleanTree(hi);
  });

  it('starts the highlight band under the slanted city names, so no name runs across it', () => {
    // At 1280 px 'New Westminster' crossed Montreal's band, and 'Ajax' Vancouver's.
    for (const city of ['montreal', 'toronto']) {
      const hi = servicesChart.render(data, { city }, size, 'en');
      const top = num(byKey(hi, 'highlight'), 'y');
      for (const key of keys(hi).filter((k) => k.startsWith('city-'))) {
        const anchorY = Number(/translate\([^,]+,([^)]+)\)/.exec(attr(byKey(hi, key), 'transform') as string)![1]);
        expect(anchorY, `${city}: ${key}`).toBeLessThan(top);
      }
    }
  });

  it('labels in French with French city names', () => {
    const fr = servicesChart.render(data, {}, size, 'fr');
    expect(textOf(byKey(fr, 'city-montreal'))).toBe('Montréal');
    expect(textOf(fr)).toContain('Hors des pouvoirs de la Ville');
  });

  it('bolds the rows the highlighted city has a mark in and steps the others back', () => {
    const hi = servicesChart.render(data, { city: 'toronto' }, size, 'en');
    expect(attr(byKey(hi, 'service-social-assistance'), 'font-weight')).toBe(700);
    expect(attr(byKey(hi, 'service-health'), 'fill')).toBe('#595959');
    expect(
      attr(
        servicesChart.render(data, {}, size, 'en').children!.find((n) => typeof n !== 'string' && n.key === 'service-health') as never,
        'fill',
      ),
    ).toBe('#1a1a1a');
  });

  it('refuses an unknown city with the list of known ones', () => {
    expect(() => servicesChart.render(data, { city: 'atlantis' }, size, 'en')).toThrow(/atlantis.*toronto, montreal, kingston/);
    expect(() => servicesChart.describe(data, { city: 'halifax' }, 'en')).toThrow(/halifax/);
  });
});

describe('services describe', () => {
  it('summarises the whole grid', () => {
    const text = servicesChart.describe(data, {}, 'en');
    expect(text).toContain('5 services');
    expect(text).toContain('3 cities');
    expect(text).toContain('Provincial or federal (outside city power): Social assistance (Ontario Works) and Health care.');
    expect(text).toContain('Most often covered: Emergency shelters (2 of 3 cities)');
    expect(text).toContain('Social assistance (Ontario Works) (Toronto)');
  });

  it('describes one city', () => {
    const text = servicesChart.describe(data, { city: 'toronto' }, 'en');
    expect(text).toMatch(/^Toronto highlighted\. Covered by the policy: Emergency shelters and Public libraries\. Status still required/);
    expect(text).toContain('1 other service in the grid is not mentioned for Toronto.');
    expect(text).not.toEqual(servicesChart.describe(data, { city: 'montreal' }, 'en'));
  });

  it('speaks French', () => {
    const text = servicesChart.describe(data, { city: 'montreal' }, 'fr');
    expect(text).toContain('Montréal mise en évidence.');
    expect(text).toContain('Couverts par la politique\u00a0: Refuges d’urgence.');
    expect(servicesChart.describe(data, {}, 'fr')).toContain('Service le plus souvent couvert\u00a0: Refuges d’urgence (2 villes sur 3)');
  });
});

describe('services with the real data', () => {
  const real = realDataset();
  const model = servicesModel(real);

  it('has a column for every city in service_coverage.csv and a row for every service it names', () => {
    expect(model.cities.map((c) => c.id).sort()).toEqual([...new Set(real.serviceCoverage.map((r) => r.city_id))].sort());
    const svg = servicesChart.render(real, {}, size, 'en');
    expect(keys(svg).filter((k) => k.startsWith('cell-'))).toHaveLength(real.serviceCoverage.length);
    expectCleanTree(svg);
  });

  it('renders and describes every city state in both languages', () => {
    for (const c of model.cities) {
      for (const lang of ['en', 'fr'] as const) {
        expectCleanTree(servicesChart.render(real, { city: c.id }, { width: 360, height: 720 }, lang));
        const text = servicesChart.describe(real, { city: c.id }, lang);
        expect(text.length).toBeGreaterThan(40);
        expect(text).toContain(lang === 'fr' ? (c.name_fr ?? c.name_en) : c.name_en);
      }
    }
  });
});

describe('services on a phone', () => {
  const phone = { width: 320, height: Math.round(320 * servicesChart.aspect(320)) };

  it('transposes the overview into the services covered most often, one dot per city, and the ones out of reach', () => {
    const svg = servicesChart.render(data, {}, phone, 'en');
    expect(maybeByKey(svg, 'cell-toronto-shelters')).toBeUndefined();
    expect(textOf(byKey(svg, 'covered-shelters-label'))).toBe('Emergency shelters');
    expect(textOf(byKey(svg, 'covered-shelters-count'))).toBe('2');
    expect(textOf(byKey(svg, 'covered-libraries-count'))).toBe('1');
    expect(textOf(byKey(svg, 'covered-heading'))).toBe('Covered most often');
    // Health care is named by advocates in Montreal, never said to be outside city power: it is not in that list.
    expect(maybeByKey(svg, 'outside-health-label')).toBeUndefined();
    expect(keys(svg).filter((k) => k.startsWith('covered-') && k.endsWith('-label'))).toEqual([
      'covered-shelters-label',
      'covered-libraries-label',
    ]);
  });

  it('shows one city’s own list, grouped by what its sources say, each service labelled', () => {
    const svg = servicesChart.render(data, { city: 'toronto' }, phone, 'en');
    expect(textOf(byKey(svg, 'city-name'))).toBe('Toronto');
    expect(textOf(byKey(svg, 'city-count'))).toBe('4 services named by the sources');
    expect(textOf(byKey(svg, 'coverage-status_required'))).toBe('Status still required');
    expect(textOf(byKey(svg, 'item-social-assistance'))).toBe('Social assistance (Ontario Works)');
    expect(num(byKey(svg, 'coverage-covered'), 'y')).toBeLessThan(num(byKey(svg, 'coverage-status_required'), 'y'));
    expect(maybeByKey(svg, 'item-health')).toBeUndefined();
    expect(textOf(servicesChart.render(data, { city: 'montreal' }, phone, 'fr'))).toContain('Exclu par la politique');
  });

  it('says less rather than smaller when a city names more services than fit', () => {
    const many = Array.from({ length: 40 }, (_, i) => service(`s${i}`, `Service number ${i}`, 'municipal'));
    const crowded: ServicesData = { ...data, services: many, serviceCoverage: many.map((s) => cov('toronto', s.id, 'covered')) };
    const svg = servicesChart.render(crowded, { city: 'toronto' }, phone, 'en');
    expect(textOf(byKey(svg, 'more'))).toMatch(/^\d+ more in the table below$/);
    expect(smallText(svg, 13)).toEqual([]);
    expect(textOutside(svg, phone.width, phone.height)).toEqual([]);
    expect(overlappingText(svg)).toEqual([]);
  });

  it('keeps the layout’s height when a page reserves less', () => {
    const svg = servicesChart.render(data, {}, { width: 320, height: 200 }, 'en');
    expect(attr(svg, 'viewBox')).toBe(`0 0 320 ${phone.height}`);
  });
});

describe('services layout for every published state', () => {
  const real = realDataset();
  const states = chartStates('services');

  it('keeps text at full size, inside the drawing and apart, at phone and wide widths, in both languages', () => {
    expect(states.length).toBeGreaterThanOrEqual(6);
    for (const { where, state } of states) {
      for (const width of LAYOUT_WIDTHS) {
        for (const lang of ['en', 'fr'] as const) {
          const s = { width, height: Math.round(width * servicesChart.aspect(width)) };
          const svg = servicesChart.render(real, state as ServicesState, s, lang);
          const at = `${where} ${lang} ${width}px`;
          expectCleanTree(svg);
          expect(smallText(svg, minText(width)), at).toEqual([]);
          expect(overlappingText(svg), at).toEqual([]);
          expect(textOutside(svg, s.width, s.height), at).toEqual([]);
        }
      }
    }
  });

  it('keeps each group heading in the label column, clear of the first city’s column and its highlight, at every matrix width', () => {
    // At 1280 px "Provincial or federal: outside city power" ran across Toronto's highlighted column.
    for (const { where, state } of states) {
      for (const width of [481, 560, 640, 720, 800, 960, 1280, 1920]) {
        for (const lang of ['en', 'fr'] as const) {
          const s = { width, height: Math.round(width * servicesChart.aspect(width)) };
          const svg = servicesChart.render(real, state as ServicesState, s, lang);
          const marks = [...walk(svg)].filter((n) => n.key?.startsWith('cell-'));
          if (marks.length === 0) continue;
          const highlight = maybeByKey(svg, 'highlight');
          const columnsStart = Math.min(...marks.map((n) => markX(n) - 8), ...(highlight ? [num(highlight, 'x')] : []));
          const headings = textLines(svg).filter((l) => l.key?.startsWith('group-'));
          expect(headings.length, `${where} ${lang} ${width}px`).toBeGreaterThan(0);
          for (const line of headings)
            expect(line.x1, `${where} ${lang} ${width}px: ${line.key} "${line.text}"`).toBeLessThanOrEqual(columnsStart);
        }
      }
    }
  });

  it('labels every service of the step’s city, on a phone and wide', () => {
    for (const { where, state } of states) {
      const city = (state as ServicesState).city;
      if (!city) continue;
      for (const width of LAYOUT_WIDTHS) {
        const svg = servicesChart.render(real, { city }, { width, height: Math.round(width * servicesChart.aspect(width)) }, 'en');
        for (const row of real.serviceCoverage.filter((r) => r.city_id === city)) {
          const label = maybeByKey(svg, `item-${row.service_id}`) ?? maybeByKey(svg, `service-${row.service_id}`);
          expect(label, `${where} ${width}px ${row.service_id}`).toBeDefined();
        }
      }
    }
  });

  it('labels on a phone the services the overview step names', () => {
    const svg = servicesChart.render(real, {}, { width: 320, height: Math.round(320 * servicesChart.aspect(320)) }, 'en');
    for (const id of ['shelters', 'recreation', 'libraries', 'transit', 'fire', 'parks', 'social-housing'])
      byKey(svg, `covered-${id}-label`);
    for (const id of ['health-care', 'education']) byKey(svg, `outside-${id}-label`);
  });
});

describe('services table', () => {
  it('shows people’s words, keeping codes and ids for the CSV only', () => {
    const real = realDataset();
    const table = entry.table(real);
    const shown = table.columns.filter((c) => !c.csvOnly).map((c) => c.key);
    const codes = new Set([
      ...real.services.map((s) => s.id),
      ...real.municipalities.map((m) => m.id),
      'municipal',
      'municipal_board',
      'mixed',
      'provincial',
      'federal',
      'covered',
      'status_required',
      'not_covered',
      'outside_city_power',
      'motion_only',
      'advocates_list',
    ]);
    for (const r of table.rows) for (const k of shown) expect(codes.has(String(r[k])), `${k}=${r[k]}`).toBe(false);
    const toronto = table.rows.find((r) => r.city_id === 'toronto' && r.service_id === 'social-assistance')!;
    expect([toronto.run_by_en, toronto.coverage_label_en, toronto.coverage_label_fr]).toEqual([
      'Shared with other governments',
      'Status still required',
      'Statut toujours exigé',
    ]);
    expect(table.columns.filter((c) => c.csvOnly).map((c) => c.key)).toEqual(['city_id', 'service_id', 'jurisdiction', 'coverage']);
  });
});

describe('services step pictures on a phone', () => {
  const live = servicesData(realDataset());
  const states = chartStates('services');

  // A phone reader of the flat sequence (or of a printed handout) sees each city's list end its picture.
  it('crop a city’s picture to its list: the same list as the live chart, whole, at full size', () => {
    expect(states.length).toBeGreaterThanOrEqual(5);
    for (const { where, state } of states) {
      for (const lang of ['en', 'fr'] as const) {
        for (const width of [288, 320, 390]) {
          const at = `${where} ${lang} ${width}px`;
          const shared = Math.round(width * servicesChart.aspect(width));
          const height = servicesChart.pictureHeight!(live, state as ServicesState, width, lang);
          expect(height, at).toBeLessThanOrEqual(shared);
          const picture = servicesChart.render(live, state as ServicesState, { width, height }, lang);
          expect(String(attr(picture, 'viewBox')), at).toBe(`0 0 ${width} ${height}`);
          expect(smallText(picture, minText(width)), at).toEqual([]);
          expect(overlappingText(picture), at).toEqual([]);
          expect(textOutside(picture, width, height), at).toEqual([]);
          expect(keys(picture), at).toEqual(keys(servicesChart.render(live, state as ServicesState, { width, height: shared }, lang)));
        }
      }
    }
  });

  it('leaves no blank under a short list; the overview and the matrix keep the shared height', () => {
    const shared = Math.round(320 * servicesChart.aspect(320));
    expect(servicesChart.pictureHeight!(live, { city: 'hamilton' }, 320, 'en')).toBeLessThan(shared * 0.8);
    expect(servicesChart.pictureHeight!(live, {}, 320, 'en')).toBe(shared);
    expect(servicesChart.pictureHeight!(live, { city: 'hamilton' }, 640, 'en')).toBe(Math.round(640 * servicesChart.aspect(640)));
  });
});
