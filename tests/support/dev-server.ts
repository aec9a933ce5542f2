/**
 * Starts `astro dev` on a free port of 127.0.0.1 against a folder of data (a temporary copy, never the
 * editors' data/), for tests of the live preview.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build.ts';

export interface DevServer {
  readonly url: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`astro dev did not answer on ${url} within ${timeoutMs} ms:\n${output()}`);
}

/**
 * The environment for a dev server started from a test: Vite turns off its WebSocket (and with it every
 * page reload) when it sees VITEST in the environment, and NODE_ENV=test would change Astro's mode.
 */
function devEnvironment(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST') env[key] = value;
  }
  return { ...env, SANCTUARY_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' };
}

export async function startDevServer(dataDir: string): Promise<DevServer> {
  const port = await freePort();
  let log = '';
  const child = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: PROJECT_ROOT,
      env: devEnvironment(dataDir),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (d) => (log += String(d)));
  child.stderr!.on('data', (d) => (log += String(d)));
  const url = `http://127.0.0.1:${port}/`;
  const output = () => log;
  await waitUntilServing(url, child, output, 60_000);
  return {
    url,
    output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
