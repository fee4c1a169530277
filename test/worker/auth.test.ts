import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import app from '../../src/worker/index.ts';
import { problem } from './helpers.ts';

const KEY = 'nb_live_7f3a9c2e41d84b0f';
const OTHER_KEY = 'nb_live_second_key_0001';

/** SHA-256 hex of a key, as `API_KEYS` lists it. */
async function digest(key: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Sends a request with `API_KEYS` set to the digests of both keys. */
async function send(path: string, init: RequestInit = {}, apiKeys?: string): Promise<Response> {
  const ctx = createExecutionContext();
  const keys = apiKeys ?? `${await digest(KEY)}, ${await digest(OTHER_KEY)}`;
  const res = await app.fetch(new Request(`http://newsbrief.test${path}`, init), { ...env, API_KEYS: keys }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const post = (auth?: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) },
  body: JSON.stringify({ text: 'The council met on Tuesday. It approved the plan.' }),
});

describe('API keys (API_KEYS set)', () => {
  it('answers 401 problem+json with WWW-Authenticate without a key', async () => {
    const res = await send('/v1/summarize', post());
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer realm="newsbrief"/);
    expect((await problem(res)).type).toBe('/problems/unauthorized');
  });

  const wrong: Array<[string, string]> = [
    ['a wrong key', `Bearer ${KEY}x`],
    ['the digest instead of the key', 'Bearer 0000000000000000000000000000000000000000000000000000000000000000'],
    ['another scheme', `Basic ${KEY}`],
    ['an empty bearer', 'Bearer '],
  ];
  it.each(wrong)('answers 401 for %s', async (_name, auth) => {
    const res = await send('/v1/summarize', post(auth));
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toMatch(/error="invalid_(?:token|request)"/);
  });

  it('answers 200 with the right key, any of the listed ones, on every /v1/ route', async () => {
    expect((await send('/v1/summarize', post(`Bearer ${KEY}`))).status).toBe(200);
    expect((await send('/v1/summarize', post(`bearer ${OTHER_KEY}`))).status).toBe(200);
    const batch = await send('/v1/summarize/batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ items: [{ text: 'One sentence.' }] }),
    });
    expect(batch.status).toBe(200);
    expect((await send(`/v1/summaries/${'a'.repeat(64)}`)).status).toBe(401);
    expect((await send(`/v1/summaries/${'a'.repeat(64)}`, { headers: { Authorization: `Bearer ${KEY}` } })).status).toBe(404);
  });

  it('keeps /healthz, /openapi.json, /docs and / public', async () => {
    for (const path of ['/healthz', '/openapi.json', '/docs', '/']) expect((await send(path)).status, path).toBe(200);
  });

  it('fails closed when API_KEYS holds no valid digest', async () => {
    expect((await send('/v1/summarize', post(`Bearer ${KEY}`), 'not-a-digest')).status).toBe(401);
  });

  it('leaves the API open when API_KEYS is unset or empty (local development)', async () => {
    expect((await send('/v1/summarize', post(), '')).status).toBe(200);
  });
});
