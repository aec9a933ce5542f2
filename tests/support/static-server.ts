/**
 * A static file server for the built site, on 127.0.0.1 only. It applies the site's own _headers file
 * (the one static hosts read), so browser tests see the same security headers readers get. With
 * `compress` it also serves text files brotli- or gzip-compressed, as every real host does, for the
 * benchmarks (page weight, Lighthouse).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Reads a Netlify/Cloudflare-style _headers file: a path pattern line, then indented "Name: value" lines. */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.csv', '.txt', '.xml']);

type Encoding = 'br' | 'gzip';

function acceptedEncoding(req: IncomingMessage): Encoding | undefined {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  return /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
}

export interface ServerOptions {
  readonly port?: number;
  /** Serve text files compressed (brotli or gzip, as the browser accepts), like a real host. */
  readonly compress?: boolean;
}

export function startStaticServer(root: string, options: number | ServerOptions = {}): Promise<{ server: Server; url: string }> {
  const { port = 0, compress = false } = typeof options === 'number' ? { port: options } : options;
  // Compressed once per file and encoding, at the highest quality a host would precompress with.
  const compressed = new Map<string, Buffer>();
  const encode = (file: string, body: Buffer, encoding: Encoding): Buffer => {
    const key = `${encoding}:${file}`;
    let out = compressed.get(key);
    if (!out) {
      out = encoding === 'br' ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 });
      compressed.set(key, out);
    }
    return out;
  };
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const status = found ? 200 : 404;
    const body = found
      ? readFileSync(file)
      : existsSync(join(root, '404.html'))
        ? readFileSync(join(root, '404.html'))
        : Buffer.from('Not found');
    const headers: Record<string, string> = {
      'Content-Type': found ? (TYPES[extname(file)] ?? 'application/octet-stream') : 'text/html; charset=utf-8',
    };
    for (const rule of rules) if (rule.pattern.test(pathname)) for (const [k, v] of rule.headers) headers[k] = v;
    const encoding = compress && COMPRESSIBLE.has(found ? extname(file) : '.html') ? acceptedEncoding(req) : undefined;
    if (compress) headers['Vary'] = 'Accept-Encoding';
    if (encoding) {
      headers['Content-Encoding'] = encoding;
      res.writeHead(status, headers).end(encode(found ? file : '404', body, encoding));
      return;
    }
    res.writeHead(status, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actualPort}` });
    });
  });
}
