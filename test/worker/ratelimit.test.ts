import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import app from '../../src/worker/index.ts';
import { problem } from './helpers.ts';

/** The test config binds TEST_RATE_LIMITER (3 requests per 60 s, the real local simulator); the app gets it as RATE_LIMITER. */
const testEnv = env as typeof env & { TEST_RATE_LIMITER: RateLimit };

/** Sends a request to the app with `bindings` over the test env. */
async function send(path: string, headers: Record<string, string>, bindings: Record<string, unknown>): Promise<Response> {
  const ctx = createExecutionContext();
  const init: RequestInit = path.startsWith('/v1/summarize')
    ? { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ text: 'The plan was approved.' }) }
    : { headers };
  const res = await app.fetch(new Request(`http://newsbrief.test${path}`, init), { ...env, ...bindings }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe('rate limits', () => {
  it('answers 429 problem+json with Retry-After past the limit, per client IP', async () => {
    const limited = { RATE_LIMITER: testEnv.TEST_RATE_LIMITER };
    // The simulator's 60 s windows are aligned to the wall clock: four requests that straddle a minute start a new
    // window midway (four 200s). Such a run is tried again, from a fresh client, at most twice more.
    let ip = { 'CF-Connecting-IP': '203.0.113.7' };
    let statuses: number[] = [];
    let last: Response | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      ip = { 'CF-Connecting-IP': `203.0.113.${20 + attempt}` };
      const window = Math.floor(Date.now() / 60_000);
      statuses = [];
      for (let i = 0; i < 4; i++) {
        last = await send('/v1/summarize', ip, limited);
        statuses.push(last.status);
      }
      if (Math.floor(Date.now() / 60_000) === window) break;
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last?.headers.get('Retry-After')).toBe('60');
    expect(last?.headers.get('RateLimit-Remaining')).toBe('0');
    expect(last?.headers.get('RateLimit-Policy')).toBe('100;w=60');
    expect((await problem(last as Response)).type).toBe('/problems/rate-limited');
    // Another client still gets through; public routes are never limited.
    expect((await send('/v1/summarize', { 'CF-Connecting-IP': '203.0.113.8' }, limited)).status).toBe(200);
    expect((await send('/healthz', ip, limited)).status).toBe(200);
  });

  it('limits per API key when keys are on, whatever the IP', async () => {
    let calls: string[] = [];
    const fake: RateLimit = { limit: async ({ key }) => ((calls = [...calls, key]), { success: calls.filter((k) => k === key).length <= 1 }) };
    const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('k1')))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const bindings = { RATE_LIMITER: fake, API_KEYS: digest };
    expect((await send('/v1/summarize', { Authorization: 'Bearer k1', 'CF-Connecting-IP': '198.51.100.1' }, bindings)).status).toBe(200);
    expect((await send('/v1/summarize', { Authorization: 'Bearer k1', 'CF-Connecting-IP': '198.51.100.2' }, bindings)).status).toBe(429);
    expect(calls[0]).toMatch(/^key:[0-9a-f]{16}$/);
    expect(calls[0]).toBe(calls[1]);
    expect(calls.join()).not.toContain('k1,');
  });

  it('sends RateLimit-Policy on allowed /v1/ answers, and lets requests through when the limiter fails', async () => {
    const ok = await send('/v1/summarize', {}, {});
    expect(ok.headers.get('RateLimit-Policy')).toBe('100;w=60');
    const broken: RateLimit = { limit: async () => { throw new Error('limiter down'); } };
    expect((await send('/v1/summarize', {}, { RATE_LIMITER: broken })).status).toBe(200);
  });
});
