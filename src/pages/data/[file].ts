/**
 * "Get the data": each CSV of data/ served from the site itself as the editors keep it (validated first by
 * the build), starting with exactly one UTF-8 byte-order mark whatever the editor's spreadsheet saved:
 * without it, Excel opens the file in the computer's old code page and garbles every accent. Charts link
 * to narrower extracts under /data/charts/.
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_SCHEMAS } from '../../data/schemas.ts';
import { dataDir } from '../../data/load.ts';
import { withByteOrderMark } from '../../data/spreadsheet.ts';

export function getStaticPaths() {
  return ALL_SCHEMAS.map((schema) => ({ params: { file: schema.file } }));
}

export const GET: APIRoute = ({ params }) => {
  const text = readFileSync(join(dataDir(), String(params.file)), 'utf8');
  return new Response(withByteOrderMark(text), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
