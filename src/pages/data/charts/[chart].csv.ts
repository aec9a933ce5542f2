/**
 * "Get the data" for each chart: exactly the rows it draws (the same ChartTable as the table under it),
 * at /data/charts/<chart>.csv, in UTF-8 with a header row of stable column names and the byte-order mark
 * Excel needs to read the accents.
 */
import type { APIRoute } from 'astro';
import { csvFormatRows } from 'd3-dsv';
import { REGISTRY, chartEntry } from '../../../charts/registry.ts';
import { siteData } from '../../../data/site-data.ts';
import { withByteOrderMark } from '../../../data/spreadsheet.ts';

export function getStaticPaths() {
  return Object.keys(REGISTRY).map((chart) => ({ params: { chart } }));
}

function chartCsv(chart: string): string {
  const table = chartEntry(chart).table(siteData());
  const keys = table.columns.map((c) => c.key);
  return withByteOrderMark(csvFormatRows([keys, ...table.rows.map((row) => keys.map((k) => String(row[k] ?? '')))]) + '\n');
}

export const GET: APIRoute = ({ params }) =>
  new Response(chartCsv(String(params.chart)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
