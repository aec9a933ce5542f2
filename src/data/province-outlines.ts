/**
 * How far a point lies outside a province or territory, for the data check only (Node; never shipped).
 * A slipped digit in a city's longitude moves it hundreds of kilometres (Toronto at -97.38 sits in
 * Manitoba), still inside Canada's bounding box, so only the outlines can tell that the map would draw the
 * city in the wrong place. The outlines come from scripts/build-geometry.ts --outlines.
 */
import outlines from './province-outlines.json' with { type: 'json' };

type Ring = readonly (readonly number[])[];

const RINGS: Readonly<Record<string, readonly Ring[]>> = outlines.provinces;

const KM_PER_DEGREE_OF_LATITUDE = 111.2;

/** Even-odd rule over every ring, so a lake ring inside a province (if one is ever kept) counts as outside. */
function inside(rings: readonly Ring[], lon: number, lat: number): boolean {
  let within = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]! as [number, number];
      const [xj, yj] = ring[j]! as [number, number];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) within = !within;
    }
  }
  return within;
}

/**
 * Kilometres from the point to the nearest edge, on a flat map centred on the point: good to a few per
 * cent at the distances the check cares about (tens of kilometres), which is all it needs.
 */
function kmToEdge(rings: readonly Ring[], lon: number, lat: number): number {
  const kmPerDegreeOfLongitude = KM_PER_DEGREE_OF_LATITUDE * Math.cos((lat * Math.PI) / 180);
  const toKm = (p: readonly number[]): [number, number] => [(p[0]! - lon) * kmPerDegreeOfLongitude, (p[1]! - lat) * KM_PER_DEGREE_OF_LATITUDE];
  let nearest = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = toKm(ring[i - 1]!);
      const [bx, by] = toKm(ring[i]!);
      const dx = bx - ax;
      const dy = by - ay;
      const lengthSquared = dx * dx + dy * dy;
      const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
      nearest = Math.min(nearest, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return nearest;
}

/** 0 when the point lies inside the province or territory; undefined for a code with no outline. */
export function kmOutside(code: string, lat: number, lon: number): number | undefined {
  const rings = RINGS[code];
  if (!rings) return undefined;
  return inside(rings, lon, lat) ? 0 : kmToEdge(rings, lon, lat);
}

/** The province or territory the point lies in, if any (the sea and the United States are in none). */
export function provinceAt(lat: number, lon: number): string | undefined {
  return Object.keys(RINGS).find((code) => inside(RINGS[code]!, lon, lat));
}
