/**
 * Serves one page in pieces, pausing between them, as a slow link delivers a long page: the browser
 * paints what it has parsed during each pause, so a test can place the break where a partial page
 * would lay out differently from the whole one. Every other request is relayed to the site's server.
 */
import { createServer, type Server } from 'node:http';

export interface StalledPage {
  /** The URL path to serve in pieces, e.g. /en/some-slug/. */
  readonly path: string;
  readonly html: string;
  /** Character offsets in `html` after which the response pauses. */
  readonly breaks: readonly number[];
  readonly pauseMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function startStallingServer(siteUrl: string, stalled: StalledPage): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname === stalled.path) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      let from = 0;
      for (const at of [...stalled.breaks].sort((a, b) => a - b)) {
        res.write(stalled.html.slice(from, at));
        from = at;
        await sleep(stalled.pauseMs);
      }
      res.end(stalled.html.slice(from));
      return;
    }
    const relayed = await fetch(new URL(req.url ?? '/', siteUrl));
    const headers: Record<string, string> = {};
    relayed.headers.forEach((value, name) => {
      if (name !== 'content-encoding' && name !== 'content-length' && name !== 'transfer-encoding') headers[name] = value;
    });
    res.writeHead(relayed.status, headers).end(Buffer.from(await relayed.arrayBuffer()));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    });
  });
}

/**
 * Offsets just after each swatch of the legend list that starts at `legendStart` (a `<ul class="chart-legend"`):
 * where a pause leaves an item painted with its swatch but not its words.
 */
export function breaksAfterLegendSwatches(html: string, legendStart: number): number[] {
  if (legendStart < 0) return [];
  const end = html.indexOf('</ul>', legendStart);
  const breaks: number[] = [];
  for (let at = html.indexOf('chart-legend__swatch', legendStart); at > 0 && at < end; at = html.indexOf('chart-legend__swatch', at + 1)) {
    breaks.push(html.indexOf('</svg>', at) + '</svg>'.length);
  }
  return breaks;
}
