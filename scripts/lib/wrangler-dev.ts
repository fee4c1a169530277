/**
 * Starts `wrangler dev` on 127.0.0.1 for a script or a browser test: its own process group (so the whole group can be
 * stopped), a throwaway KV directory, `/healthz` polled until it answers 200. Used by `npm run load` and
 * `npm run test:browser`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** A running `wrangler dev` and how to stop it. */
export interface Dev {
  url: string;
  /** Stops the process group (hard after five seconds) and removes the KV directory. */
  stop(): Promise<void>;
  /** The last 20,000 characters wrangler printed. */
  output(): string;
}

export interface DevOptions {
  /** Preferred port; the first free one from there is used. Default: any free port. */
  port?: number;
  /** A wrangler config other than `wrangler.toml`. */
  config?: string;
  /** `--var NAME:VALUE` pairs. */
  vars?: Record<string, string>;
  /** More wrangler arguments (an inspector port, a log level). */
  args?: string[];
  readyTimeoutMs?: number;
}

/** True when nothing listens on this local port. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The first free port on 127.0.0.1 from `from` on, or any free port when `from` is 0. */
export async function freePort(from = 0, exclude: readonly number[] = []): Promise<number> {
  if (from === 0) {
    return new Promise((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        server.close(() => resolve(port));
      });
    });
  }
  for (let port = from; port < from + 100; port++) {
    if (!exclude.includes(port) && (await portIsFree(port))) return port;
  }
  throw new Error(`expected a free port in ${from}..${from + 99}, found none`);
}

/** Starts wrangler dev and waits for `/healthz`; throws with wrangler's output when it does not come up. */
export async function startDev(options: DevOptions = {}): Promise<Dev> {
  const port = await freePort(options.port ?? 0);
  const persist = mkdtempSync(join(tmpdir(), 'newsbrief-dev-'));
  const varArgs = Object.entries(options.vars ?? {}).flatMap(([k, v]) => ['--var', `${k}:${v}`]);
  const child = spawn(
    process.execPath,
    [
      join(PROJECT_ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js'), 'dev', '--ip', '127.0.0.1', '--port', String(port),
      '--persist-to', persist, '--show-interactive-dev-session=false',
      ...(options.config ? ['--config', options.config] : []), ...varArgs, ...(options.args ?? []),
    ],
    {
      cwd: PROJECT_ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', CI: '1' },
    },
  );
  let log = '';
  const keep = (chunk: Buffer): void => {
    log = (log + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = (signal: NodeJS.Signals): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.pid !== undefined) {
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(persist, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const timeout = options.readyTimeoutMs ?? 90_000;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) return { url, stop, output: () => log };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`expected wrangler dev to answer 200 on ${url}/healthz within ${timeout / 1000} s, found none; its output:\n${log}`);
}
