/**
 * The services, police and federal charts in a real build: a fixture chapter uses each of them (as
 * scrolly sequences and static figures), and the built page must carry, for each, its SVG with a text
 * alternative, a description per step state, a data table matching its CSV, and no broken number.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { csvParseRows } from 'd3-dsv';
import {
  buildWithChapter,
  fixtureSite,
  SERVICES_FIXTURE,
  SERVICES_FIXTURE_PATH,
  type FixtureBuild,
} from '../support/chart-fixture-site.ts';
import { builtPages } from '../support/built-pages.ts';

const FIXTURE = SERVICES_FIXTURE;
const CHARTS = ['services', 'police-path', 'police-contacts', 'crossings', 'removals', 'estimates'];

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

function textOfId(html: string, id: string): string {
  const m = new RegExp(`<(p|figcaption)[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return m ? plain(m[2]!) : '';
}

interface Block {
  readonly id: string;
  readonly chart: string;
  readonly html: string;
}

let build: FixtureBuild;
let html: string;
let blocks: Block[];

// A step the chart cannot draw: started at once, so that it builds alongside the fixture site.
let unknownCity: Promise<FixtureBuild>;

beforeAll(async () => {
  unknownCity = buildWithChapter(FIXTURE.replace("state={{ city: 'toronto' }}", "state={{ city: 'atlantis' }}"));
  [build] = await Promise.all([fixtureSite(inject('fixtureRoot')), unknownCity]);
  html = builtPages(build.dist).find((p) => p.path === SERVICES_FIXTURE_PATH)!.html;
  const opening = /<(section|figure) class="(scrolly|chart-figure)(?: [^"]*)?"[^>]*\bid="([^"]+)"[^>]*\bdata-chart="([^"]+)"[^>]*>/g;
  const found = [...html.matchAll(opening)];
  blocks = found.map((m, i) => ({
    id: m[3]!,
    chart: m[4]!,
    html: html.slice(m.index, found[i + 1]?.index ?? html.indexOf('</article>', m.index)),
  }));
});

describe('services, police and federal charts in a build', () => {
  it('draws every chart of the fixture', () => {
    expect(blocks.map((b) => b.chart).sort()).toEqual([...CHARTS].sort());
  });

  it('gives each chart a labelled SVG with a text alternative, and a table with the rows of its CSV', () => {
    for (const b of blocks) {
      expect(b.html, b.chart).toMatch(new RegExp(`<svg[^>]*\\brole="img"[^>]*aria-labelledby="${b.id}-desc"`));
      expect(textOfId(b.html, `${b.id}-desc`).length, b.chart).toBeGreaterThan(40);
      const rows = csvParseRows(readFileSync(join(build.dist, 'data/charts', `${b.chart}.csv`), 'utf8').replace(/^\ufeff/, ''));
      const tableRows = (/<details class="chart-table">[\s\S]*?<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(b.html)?.[1]?.match(/<tr[\s>]/g) ?? [])
        .length;
      expect(tableRows, b.chart).toBe(rows.length - 1);
      expect(b.html, b.chart).toMatch(/href="\/en\/sources\/#S\d{3}"/);
    }
  });

  it('describes every step’s own state, differently for different states', () => {
    for (const b of blocks.filter((x) => x.html.startsWith('<section'))) {
      const steps = [...b.html.matchAll(/<section class="step" id="(step-[^"]+)"/g)].map((m) => m[1]!);
      const texts = steps.map((s) => textOfId(b.html, `${s}-desc`));
      for (const t of texts) expect(t.length, b.chart).toBeGreaterThan(20);
      expect(new Set(texts).size, b.chart).toBe(steps.length);
    }
    const path = blocks.find((b) => b.chart === 'police-path')!;
    expect(textOfId(path.html, 'step-fx-path-3-desc')).toContain('Step 3 of 5 highlighted. A call to CBSA: Toronto police: 3,278 calls');
  });

  it('groups counts in thousands in the tables, as the prose writes them, and leaves years alone', () => {
    const removals = blocks.find((b) => b.chart === 'removals')!;
    const table = /<details class="chart-table">[\s\S]*?<\/details>/.exec(removals.html)![0].replace(/<[^>]+>/g, ' ');
    expect(table).toMatch(/\b7,513\b/);
    expect(table).not.toMatch(/\b7513\b/);
    expect(table).toMatch(/\b2019\b/);
    expect(table).not.toMatch(/\b2,0\d\d\b/);
  });

  it('writes no broken number into the page and stays light', () => {
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
    expect(gzipSync(html).length).toBeLessThan(120_000);
  });

  it('refuses a step whose state the chart cannot draw, naming the step and the reason', async () => {
    const result = await unknownCity;
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/<Step id="step-fx-services-toronto">[\s\S]*atlantis/);
  });
});
