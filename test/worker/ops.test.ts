import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import app from '../../src/worker/index.ts';
import { call, seed, summarize } from './helpers.ts';

/** Sends a request with variables overridden. */
async function send(path: string, init: RequestInit, vars: Record<string, string>): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`http://newsbrief.test${path}`, init), { ...env, ...vars }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/** The JSON log lines written while `run` runs. */
async function logLines(run: () => Promise<unknown>): Promise<Array<Record<string, unknown>>> {
  const spy = vi.spyOn(console, 'log');
  try {
    await run();
    return spy.mock.calls.map((args) => JSON.parse(String(args[0])) as Record<string, unknown>);
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('request ids', () => {
  it('echoes a well-formed X-Request-Id and generates one otherwise, on success, problem and 304 answers', async () => {
    expect((await call('/healthz', { headers: { 'X-Request-Id': 'client-42.a:b' } })).headers.get('X-Request-Id')).toBe('client-42.a:b');
    const generated = (await call('/healthz', { headers: { 'X-Request-Id': 'bad id with spaces' } })).headers.get('X-Request-Id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect((await call('/nowhere')).headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    const first = await summarize({ text: 'The mayor spoke on Friday.' });
    const notModified = await summarize({ text: 'The mayor spoke on Friday.' }, { 'If-None-Match': first.headers.get('ETag') ?? '' });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('X-Request-Id')).not.toBeNull();
  });
});

describe('log lines', () => {
  it('writes one JSON line per request with route, status, cache, duration and sizes, never the text or the key', async () => {
    const secret = 'Zebra-unique-phrase-in-the-article.';
    const lines = await logLines(() => summarize({ text: `${seed}\n\n${secret}` }, { 'X-Request-Id': 'log-test-1', Authorization: 'Bearer sekrit-key-123' }));
    const mine = lines.filter((l) => l.requestId === 'log-test-1');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ level: 'info', method: 'POST', route: '/v1/summarize', status: 200, cache: 'MISS', source: 'text' });
    expect(typeof mine[0]?.ms).toBe('number');
    expect(mine[0]?.bytesOut).toBeGreaterThan(1000);
    const all = JSON.stringify(lines);
    expect(all).not.toContain('Zebra');
    expect(all).not.toContain('sekrit');
  });

  it('logs batches with their item count, and 404s with no route', async () => {
    const lines = await logLines(async () => {
      await call('/v1/summarize/batch', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'log-batch' },
        body: JSON.stringify({ items: [{ text: 'One.' }, { text: 'Two.' }] }),
      });
      await call('/missing', { headers: { 'X-Request-Id': 'log-404' } });
    });
    expect(lines.find((l) => l.requestId === 'log-batch')).toMatchObject({ route: '/v1/summarize/batch', items: 2, status: 200 });
    expect(lines.find((l) => l.requestId === 'log-404')).toMatchObject({ route: null, status: 404 });
  });
});

describe('Server-Timing', () => {
  it('reports the analysis time on a miss and the cache outcome on a hit', async () => {
    const text = 'The envoy arrived on Sunday. Talks began at once.';
    const miss = await summarize({ text });
    expect(miss.headers.get('Server-Timing')).toMatch(/^analysis;dur=\d+\.\d{2}, cache;desc=MISS$/);
    const hit = await summarize({ text });
    expect(hit.headers.get('Server-Timing')).toBe('cache;desc=HIT');
  });
});

describe('CORS (CORS_ORIGINS)', () => {
  const preflight: RequestInit = {
    method: 'OPTIONS',
    headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' },
  };

  it('is off by default: no CORS headers, preflight 405', async () => {
    const res = await call('/v1/summarize', preflight);
    expect(res.status).toBe(405);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('answers preflights before auth and exposes the API headers to listed origins only', async () => {
    const vars = { CORS_ORIGINS: 'https://app.example, https://other.example', API_KEYS: 'f'.repeat(64) };
    const ok = await send('/v1/summarize', preflight, vars);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('Access-Control-Allow-Origin')).toBe('https://app.example');
    expect(ok.headers.get('Access-Control-Allow-Headers')).toMatch(/Authorization/);
    const denied = await send('/healthz', { headers: { Origin: 'https://evil.example' } }, vars);
    expect(denied.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const allowed = await send('/healthz', { headers: { Origin: 'https://other.example' } }, vars);
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://other.example');
    expect(allowed.headers.get('Access-Control-Expose-Headers')).toMatch(/X-Request-Id/);
    // A browser client on another origin can read why a 401 came back.
    expect(allowed.headers.get('Access-Control-Expose-Headers')).toMatch(/WWW-Authenticate/);
  });

  it('allows any origin with *', async () => {
    const res = await send('/healthz', { headers: { Origin: 'https://any.example' } }, { CORS_ORIGINS: '*' });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });
});
