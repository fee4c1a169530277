import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import app from '../../src/worker/index.ts';
import { cacheKey } from '../../src/worker/cache.ts';
import { call, problem, seed, summarize } from './helpers.ts';

/** Waits until the write that went through waitUntil has landed in KV. */
async function cachedValue(id: string): Promise<string | null> {
  for (let i = 0; i < 100; i++) {
    const value = await env.SUMMARIES.get(cacheKey(id));
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  return null;
}

/** Runs one request through the app with a replaced KV binding, and waits for its waitUntil work. */
async function withKv(kv: Partial<KVNamespace>, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const request = new Request('http://newsbrief.test/v1/summarize', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const res = await app.fetch(request, { ...env, SUMMARIES: kv as KVNamespace }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe('KV cache', () => {
  it('answers MISS, then HIT with a byte-identical body, and serves it by id', async () => {
    const article = { text: `${seed}\n\nCache test one.` };
    const first = await summarize(article);
    expect(first.status).toBe(200);
    expect(first.headers.get('X-Cache')).toBe('MISS');
    const firstBody = await first.text();
    const id = (JSON.parse(firstBody) as { id: string }).id;
    expect(first.headers.get('ETag')).toBe(`"${id}"`);
    expect(await cachedValue(id)).toBe(firstBody);

    const second = await summarize(article);
    expect(second.headers.get('X-Cache')).toBe('HIT');
    expect(await second.text()).toBe(firstBody);

    const byId = await call(`/v1/summaries/${id}`);
    expect(byId.status).toBe(200);
    expect(await byId.text()).toBe(firstBody);
    // The id names the content, so the answer may be kept; the digest of it too.
    expect(byId.headers.get('Cache-Control')).toBe('private, max-age=86400, immutable');
    expect((await call(`/v1/summaries/${id}?format=text`)).headers.get('Cache-Control')).toBe('private, max-age=86400, immutable');
  });

  it('answers 304 to If-None-Match with the result ETag, and 200 to another tag', async () => {
    const article = { text: 'Two soldiers were wounded on Monday. The ministry confirmed it.' };
    const first = await summarize(article);
    const etag = first.headers.get('ETag') as string;
    const notModified = await summarize(article, { 'If-None-Match': etag });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('ETag')).toBe(etag);
    expect(await notModified.text()).toBe('');
    const listed = await summarize(article, { 'If-None-Match': `"other", W/${etag}` });
    expect(listed.status).toBe(304);
    const other = await summarize(article, { 'If-None-Match': '"0000"' });
    expect(other.status).toBe(200);
  });

  it('reads If-None-Match: * as "if a cached result exists": 304 for one, 404 for an unknown id, 200 for a POST', async () => {
    const article = { text: 'Four soldiers were wounded on Friday. The ministry confirmed it.' };
    const first = await summarize(article);
    const id = (first.headers.get('ETag') as string).slice(1, -1);
    expect((await summarize(article, { 'If-None-Match': '*' })).status).toBe(200);
    expect((await summarize({ text: 'A never seen article about 12345 goats.' }, { 'If-None-Match': '*' })).status).toBe(200);
    await cachedValue(id);
    const kept = await call(`/v1/summaries/${id}`, { headers: { 'If-None-Match': '*' } });
    expect(kept.status).toBe(304);
    expect(kept.headers.get('Cache-Control')).toBe('private, max-age=86400, immutable');
    expect((await call(`/v1/summaries/${'1'.repeat(64)}`, { headers: { 'If-None-Match': '*' } })).status).toBe(404);
  });

  it('answers 304 on GET by id to If-None-Match, with a weak ETag for a digest both times', async () => {
    const first = await summarize({ text: 'Three soldiers were killed on Tuesday. The army confirmed it.' });
    const etag = first.headers.get('ETag') as string;
    const id = etag.slice(1, -1);
    const byId = await call(`/v1/summaries/${id}`, { headers: { 'If-None-Match': etag } });
    expect(byId.status).toBe(304);
    expect(await byId.text()).toBe('');
    const digest = await call(`/v1/summaries/${id}?format=markdown`);
    expect(digest.status).toBe(200);
    expect(digest.headers.get('Content-Type')).toMatch(/^text\/markdown/);
    expect(digest.headers.get('ETag')).toBe(`W/${etag}`);
    const digest304 = await call(`/v1/summarize?format=text`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'If-None-Match': `W/${etag}` },
      body: JSON.stringify({ text: 'Three soldiers were killed on Tuesday. The army confirmed it.' }),
    });
    expect(digest304.status).toBe(304);
    expect(digest304.headers.get('ETag')).toBe(`W/${etag}`);
    expect((await problem(await call(`/v1/summaries/${id}?sentences=5`))).status).toBe(422);
  });

  it('gives 404 problem for an unknown or malformed id', async () => {
    const unknown = await call(`/v1/summaries/${'0'.repeat(64)}`);
    expect(unknown.status).toBe(404);
    const p = await problem(unknown);
    expect(p.type).toBe('/problems/not-found');
    expect(p.detail).toContain('POST the article to /v1/summarize again');
    const malformed = await call('/v1/summaries/not-an-id');
    expect(malformed.status).toBe(404);
  });

  it('answers BYPASS with the full result when KV reads throw, and logs one line', async () => {
    const log = vi.spyOn(console, 'log');
    const put = vi.fn();
    const res = await withKv({ get: () => Promise.reject(new Error('KV down')), put }, { text: 'Fighting resumed. Ten people died.' });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Cache')).toBe('BYPASS');
    const body = (await res.json()) as { summary: { sentences: unknown[] } };
    expect(body.summary.sentences.length).toBe(2);
    expect(put).not.toHaveBeenCalled();
    expect(log.mock.calls.filter(([line]) => String(line).includes('kv read failed'))).toHaveLength(1);
    log.mockRestore();
  });

  it('still answers 200 MISS when the KV write throws', async () => {
    const res = await withKv(
      { get: () => Promise.resolve(null), put: () => Promise.reject(new Error('quota')) } as unknown as Partial<KVNamespace>,
      { text: 'Write failure test. Nothing breaks.' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Cache')).toBe('MISS');
  });

  it('recomputes and overwrites a corrupt stored value', async () => {
    const article = { text: 'Corrupt value test. The cache held garbage.' };
    const first = (await (await summarize(article)).json()) as { id: string };
    await cachedValue(first.id);
    await env.SUMMARIES.put(cacheKey(first.id), '{"id": "truncated');
    const res = await summarize(article);
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Cache')).toBe('MISS');
    const body = (await res.json()) as { id: string };
    expect(body.id).toBe(first.id);
    for (let i = 0; i < 100 && (await env.SUMMARIES.get(cacheKey(first.id)))?.startsWith('{"id": "trunc'); i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(JSON.parse((await env.SUMMARIES.get(cacheKey(first.id))) as string)).toEqual(body);
  });

  it('answers 503 on GET by id when KV is down', async () => {
    const ctx = createExecutionContext();
    const res = await app.fetch(
      new Request(`http://newsbrief.test/v1/summaries/${'a'.repeat(64)}`),
      { ...env, SUMMARIES: { get: () => Promise.reject(new Error('down')) } as unknown as KVNamespace },
      ctx,
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('5');
    await problem(res);
  });
});
