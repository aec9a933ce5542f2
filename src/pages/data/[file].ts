/**
 * "Get the data": each CSV of data/ served from the site itself, byte for byte as the editors keep it
 * (validated first by the build). Charts link to narrower extracts under /data/charts/.
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_SCHEMAS } from '../../data/schemas.ts';
import { dataDir } from '../../data/load.ts';

export function getStaticPaths() {
  return ALL_SCHEMAS.map((schema) => ({ params: { file: schema.file } }));
}

export const GET: APIRoute = ({ params }) => {
  const body = readFileSync(join(dataDir(), String(params.file)));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
