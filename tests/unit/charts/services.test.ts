import { describe, expect, it } from 'vitest';
import { servicesChart, servicesModel, COVERAGE_STYLES, type ServicesData, type Coverage } from '../../../src/charts/services/chart.ts';
import { svgToString } from '../../../src/charts/svg-string.ts';
import { contrast } from '../../../src/charts/common/palette.ts';
import type { MunicipalityRow, ServiceCoverageRow, ServiceRow } from '../../../src/data/schemas.ts';
import { pd, provenance, realDataset } from './fixtures.ts';
import { attr, byKey, expectCleanTree, keys, markX, maybeByKey, num, textOf, walk } from './tree.ts';

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

function service(id: string, label: string, jurisdiction: ServiceRow['jurisdiction'], label_fr?: string): ServiceRow {
  return { id, label_en: label, label_fr, jurisdiction, description_en: label, description_fr: undefined, line: 2 };
}

function cov(city_id: string, service_id: string, coverage: Coverage): ServiceCoverageRow {
  return { ...provenance, id: `${city_id}-${service_id}`, city_id, service_id, coverage, detail_en: 'detail', detail_fr: undefined };
}

const data: ServicesData = {
  municipalities: [city('montreal', 'Montreal', '2017-02-20'), city('toronto', 'Toronto', '2013-02-21'), city('kingston', 'Kingston'), city('halifax', 'Halifax')],
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

  it('labels in French with French city names', () => {
    const fr = servicesChart.render(data, {}, size, 'fr');
    expect(textOf(byKey(fr, 'city-montreal'))).toBe('Montréal');
    expect(textOf(fr)).toContain('Hors des pouvoirs de la ville');
  });

  it('lays out on a narrow screen too', () => {
    const w = 360;
    const narrow = servicesChart.render(data, { city: 'toronto' }, { width: w, height: Math.round(w * servicesChart.aspect(w)) }, 'en');
    expectCleanTree(narrow);
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
    expect(text).toContain('Provincial or federal: outside city power: Social assistance (Ontario Works) and Health care.');
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
    expect(servicesChart.describe(data, {}, 'fr')).toContain('Le plus souvent couvert\u00a0: Refuges d’urgence (2 villes sur 3)');
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
        expect(text).toContain(lang === 'fr' ? c.name_fr ?? c.name_en : c.name_en);
      }
    }
  });
});

describe('services in a box narrower than its layout', () => {
  it('lays out at a wider width with the ratio it was given', () => {
    const svg = servicesChart.render(data, {}, { width: 360, height: Math.round(360 * servicesChart.aspect(640)) }, 'en');
    expect(attr(svg, 'viewBox')).toBe(`0 0 480 ${Math.round((480 * Math.round(360 * servicesChart.aspect(640))) / 360 * 10) / 10}`);
    expectCleanTree(svg);
  });
});
