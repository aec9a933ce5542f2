/**
 * Charts in the built HTML, readable without JavaScript: every figure and scrolly sequence carries its
 * SVG, its text alternative, every step's text and description, its sources, method note, "data last
 * updated" date, data table and a "Get the data" CSV holding exactly the table's rows.
 *
 * Checked on the real build and on a build of a copy of the project with a fixture chapter that uses
 * every scrolly chart (so the checks run even before the story uses them all), plus a build that must
 * be refused because a step asks for a state its chart cannot draw.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { csvParseRows } from 'd3-dsv';
import { buildWithChapter, CHART_FIXTURE, CHART_FIXTURE_PATH, fixtureSite, type FixtureBuild } from '../support/chart-fixture-site.ts';
import { builtPages, type BuiltPage } from '../support/built-pages.ts';
import { REGISTRY } from '../../src/charts/registry.ts';
import { siteData } from '../../src/data/site-data.ts';
import { decodeEntities } from '../support/html-text.ts';

const siteDir = inject('siteDir');
const FIXTURE = CHART_FIXTURE;

const decode = decodeEntities;
const plain = (html: string) => decode(html.replace(/<[^>]+>/g, '')).trim();

function textOfId(html: string, id: string): string {
  const m = new RegExp(`<(p|figcaption)[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return m ? plain(m[2]!) : '';
}

interface ChartBlock {
  readonly id: string;
  readonly chart: string;
  readonly kind: 'scrolly' | 'figure';
  readonly html: string;
}

/** Each chart block of a page: from its opening tag to the next block (or the end of the chapter body). */
function chartBlocks(page: BuiltPage): ChartBlock[] {
  const opening = /<(section|figure) class="(scrolly|chart-figure)(?: [^"]*)?"[^>]*\bid="([^"]+)"[^>]*\bdata-chart="([^"]+)"[^>]*>/g;
  const found = [...page.html.matchAll(opening)];
  return found.map((m, i) => ({
    id: m[3]!,
    chart: m[4]!,
    kind: m[2] === 'scrolly' ? 'scrolly' : 'figure',
    html: page.html.slice(m.index, found[i + 1]?.index ?? page.html.indexOf('</article>', m.index)),
  }));
}

/** Every problem with one chart block, in words. */
function problemsOf(block: ChartBlock, dist: string): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`#${block.id} (${block.chart}): ${what}`);
  const svg = new RegExp(`<svg[^>]*\\brole="img"[^>]*aria-labelledby="${block.id}-desc"[^>]*>`).exec(block.html);
  if (!svg) say('no main <svg role="img" aria-labelledby="…-desc">');
  else if (!/viewBox="0 0 \d+(\.\d)? \d+(\.\d)?"/.test(svg[0])) say('the main SVG has no viewBox to reserve its box');
  if (textOfId(block.html, `${block.id}-desc`).length < 20) say('no text alternative for the main graphic');
  if (!/<figcaption[^>]*>[\s\S]*?class="chart-title"/.test(block.html)) say('no <figcaption> with the title');
  if (!/<details class="chart-table">[\s\S]*?<table[\s>][\s\S]*?<tbody[^>]*>\s*<tr[\s>]/.test(block.html))
    say('no data table with rows in <details>');
  if (!/class="chart-notes__method"><span[^>]*>[^<]+<\/span>\s*\S/.test(block.html)) say('no method note');
  if (!/<time datetime="\d{4}-\d{2}-\d{2}">/.test(block.html)) say('no "data last updated" date');
  if (!/class="cite"[\s\S]*?href="\/(en|fr)\/sources\/#S\d{3}"/.test(block.html)) say('no source links');
  const link = new RegExp(`href="/data/charts/${block.chart}\\.csv"`).test(block.html);
  if (!link) say('no "Get the data" link to /data/charts/<chart>.csv');
  const csvPath = join(dist, 'data/charts', `${block.chart}.csv`);
  if (!existsSync(csvPath)) say(`the CSV ${csvPath} was not built`);
  else {
    const rows = csvParseRows(readFileSync(csvPath, 'utf8').replace(/^\ufeff/, ''));
    const tableRows = (
      /<details class="chart-table">[\s\S]*?<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(block.html)?.[1]?.match(/<tr[\s>]/g) ?? []
    ).length;
    if (rows.length - 1 !== tableRows) say(`the CSV has ${rows.length - 1} rows but the table shows ${tableRows}`);
  }
  if (block.kind === 'scrolly') {
    const steps = [...block.html.matchAll(/<section class="step" id="(step-[^"]+)"[^>]*data-state="([^"]*)"/g)];
    if (steps.length === 0) say('no steps');
    for (const [, stepId] of steps) {
      const desc = textOfId(block.html, `${stepId}-desc`);
      if (desc.length < 20) say(`step ${stepId} has no description of its state`);
      if (!new RegExp(`<a class="step-link" href="#${stepId}"`).test(block.html)) say(`step ${stepId} has no link to itself`);
    }
    const pictures = [...block.html.matchAll(/<picture>[\s\S]*?<\/picture>/g)].map((m) => m[0]);
    const distinct = new Set(steps.map((s) => s[2])).size;
    if (pictures.length < Math.min(distinct, steps.length) || pictures.length > steps.length)
      say(`${pictures.length} step pictures for ${steps.length} steps (${distinct} distinct states)`);
    for (const picture of pictures) {
      for (const [, file] of picture.matchAll(/(?:src|srcset)="(\/_astro\/[^"]+\.svg)"/g))
        if (!existsSync(join(dist, file!))) say(`the step picture ${file} was not written`);
    }
    // The enhancer moves the sticky graphic to drawings made at build time: one file per layout, a tree per step.
    const treeFiles = /data-step-trees="([^"]*)"/.exec(block.html)?.[1];
    if (!treeFiles) say('no step drawings for the enhancer (data-step-trees)');
    else {
      const urls = JSON.parse(decode(treeFiles)) as Record<string, string>;
      for (const layout of ['narrow', 'wide']) {
        const file = urls[layout] ? join(dist, urls[layout]) : '';
        if (!file || !existsSync(file)) {
          say(`the ${layout} step drawings ${urls[layout] ?? '(none named)'} were not written`);
          continue;
        }
        const trees = JSON.parse(readFileSync(file, 'utf8')) as { tag?: string; attrs?: { viewBox?: string } }[];
        if (trees.length !== steps.length) say(`the ${layout} step drawings hold ${trees.length} trees for ${steps.length} steps`);
        if (trees.some((t) => t.tag !== 'svg' || !t.attrs?.viewBox)) say(`a ${layout} step drawing is not an <svg> tree with a viewBox`);
      }
    }
  }
  return problems;
}

describe('charts in the real build', () => {
  const pages = builtPages(siteDir);

  it('serves "Get the data" for every registered chart, with exactly the rows its table shows', () => {
    const data = siteData();
    for (const [id, entry] of Object.entries(REGISTRY)) {
      const text = readFileSync(join(siteDir, 'data/charts', `${id}.csv`), 'utf8');
      // One byte-order mark, so Excel reads the accents as UTF-8.
      expect(text.startsWith('\ufeff') && !text.startsWith('\ufeff\ufeff'), id).toBe(true);
      const rows = csvParseRows(text.slice(1));
      const table = entry.table(data);
      expect(rows[0], id).toEqual(table.columns.map((c) => c.key));
      expect(rows.length - 1, id).toBe(table.rows.length);
      expect(rows.slice(1), id).toEqual(table.rows.map((r) => table.columns.map((c) => String(r[c.key] ?? ''))));
    }
  });

  it('gives every chart on every page its SVG, text alternatives, table, sources, method, date and data link', () => {
    const blocks = pages.flatMap((p) => chartBlocks(p));
    expect(blocks.length, 'the story uses charts').toBeGreaterThan(0);
    const problems = blocks.flatMap((b) => problemsOf(b, siteDir));
    expect(problems).toEqual([]);
  });

  it('leaves no step outside a scrolly sequence and no unprocessed step marker', () => {
    for (const p of pages) expect(p.html, p.path).not.toContain('sanctuary-step-');
  });
});

describe('charts in a build with a chapter using every scrolly chart', () => {
  let build: FixtureBuild;
  let page: BuiltPage;
  // The chapters that must not build, started at once so they build alongside the fixture site.
  let yearOutsideData: Promise<FixtureBuild>;
  let duplicateStepId: Promise<FixtureBuild>;

  beforeAll(async () => {
    yearOutsideData = buildWithChapter(FIXTURE.replace('state={{ year: 2014 }}', 'state={{ year: 1999 }}'));
    duplicateStepId = buildWithChapter(FIXTURE.replace('id="step-fixture-map-2017-again"', 'id="step-fixture-map-2017"'));
    [build] = await Promise.all([fixtureSite(inject('fixtureRoot')), yearOutsideData, duplicateStepId]);
    page = builtPages(build.dist).find((p) => p.path === CHART_FIXTURE_PATH)!;
  });

  it('finds the map and timeline sequences and the static figure, each complete', () => {
    const blocks = chartBlocks(page);
    expect(blocks.map((b) => `${b.kind}:${b.chart}`)).toEqual(['scrolly:map', 'scrolly:timeline', 'figure:map']);
    expect(blocks.flatMap((b) => problemsOf(b, build.dist))).toEqual([]);
  });

  it('shows the last step’s state in the main graphic and every step’s own state inside it', () => {
    const map = chartBlocks(page)[0]!;
    expect(textOfId(map.html, 'fixture-map-desc')).toMatch(/latest status \(\d{4}\)/);
    expect(textOfId(map.html, 'step-fixture-map-2013-desc')).toMatch(/end of 2013: \d+ cit(y|ies) had acted\. Adopted: Toronto/);
    expect(textOfId(map.html, 'step-fixture-map-2014-desc')).toMatch(/end of 2014/);
    // The repeated 2017 state gets its description but no second picture.
    expect((map.html.match(/<picture>/g) ?? []).length).toBe(4);
    expect(textOfId(map.html, 'step-fixture-map-2017-again-desc')).toBe(textOfId(map.html, 'step-fixture-map-2017-desc'));
  });

  it('writes the map geometry once per page and reuses it with <use> in every narrow and wide drawing', () => {
    expect((page.html.match(/<g id="shared-map-basemap">/g) ?? []).length).toBe(1);
    // Two panels (the enlarged corridor and the rest of Canada) in each live drawing, narrow and wide; the
    // step pictures are files of their own.
    const [map, , figure] = chartBlocks(page);
    expect((map!.html.match(/<use href="#shared-map-basemap" transform="[^"]+"\/>/g) ?? []).length).toBe(2 * 2);
    expect((figure!.html.match(/<use href="#shared-map-basemap" transform="[^"]+"\/>/g) ?? []).length).toBe(2 * 2);
    // Two maps, a timeline, every step's picture and three tables still travel in well under 100 KB.
    expect(gzipSync(page.html).length).toBeLessThan(100_000);
  });

  it('keeps every step’s narration, in order, with its link', () => {
    const order = [...page.html.matchAll(/<section class="step" id="(step-[^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual([
      'step-fixture-map-2013',
      'step-fixture-map-2014',
      'step-fixture-map-2017',
      'step-fixture-map-2017-again',
      'step-fixture-map-2022',
      'step-fixture-timeline-all',
      'step-fixture-timeline-council',
      'step-fixture-timeline-police',
    ]);
    expect(plain(page.html)).toContain('Hamilton next.');
    expect(page.html).toContain(
      '<a class="step-link" href="#step-fixture-map-2014" aria-label="Step 2 of 5: link to this step">Step 2 of 5</a>',
    );
  });

  it('refuses to build a step whose state the chart cannot draw, naming the step and the reason', async () => {
    const result = await yearOutsideData;
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/<Step id="step-fixture-map-2014">[\s\S]*year 1999 is outside the data/);
  });

  it('refuses a step id that is not a stable step- link target', async () => {
    const result = await duplicateStepId;
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/the id "step-fixture-map-2017" is used twice on this page/);
  });
});
