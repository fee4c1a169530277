import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import app from '../../src/worker/index.ts';
import { call, problem, seed, summarize } from './helpers.ts';
import { ARTICLE_HTML } from './url-pages.ts';

interface Item {
  index: number;
  id: string | null;
  status: number;
  cache?: string;
  result?: { id: string; summary: { text: string }; source?: { type: string } };
  problem?: { type: string; status: number; errors?: Array<{ path: string }> };
}

/** POSTs a batch body. */
function batch(body: unknown): Promise<Response> {
  return call('/v1/summarize/batch', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

describe('POST /v1/summarize/batch', () => {
  const items = [
    { id: 'seed', text: seed, options: { sentences: 2 } },
    { id: 'bad', text: '   ' },
    { id: 'page', html: ARTICLE_HTML },
  ];

  it('422 for any query parameter, saying that this route reads none', async () => {
    const p = await problem(await call('/v1/summarize/batch?x=1', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ items }) }));
    expect(p.status).toBe(422);
    expect(p.errors?.map((e) => e.path)).toEqual(['query.x']);
    expect(p.detail).toMatch(/^This route reads no query parameters/);
  });

  it('answers 2 results and 1 problem in input order; the repeated batch comes from the cache', async () => {
    const res = await batch({ items });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Cache')).toBe('MISS');
    const first = (await res.json()) as { items: Item[] };
    expect(first.items.map((i) => [i.index, i.id, i.status])).toEqual([
      [0, 'seed', 200],
      [1, 'bad', 422],
      [2, 'page', 200],
    ]);
    expect(first.items[1]?.problem).toMatchObject({ type: '/problems/validation-failed', status: 422 });
    expect(first.items[1]?.problem?.errors?.[0]?.path).toBe('text');
    expect(first.items[2]?.result?.source?.type).toBe('html');

    const again = await batch({ items });
    expect(again.headers.get('X-Cache')).toBe('HIT');
    const second = (await again.json()) as { items: Item[] };
    expect(second.items.map((i) => i.cache)).toEqual(['HIT', undefined, 'HIT']);
    expect(JSON.stringify(second.items.map((i) => i.result))).toBe(JSON.stringify(first.items.map((i) => i.result)));
  });

  it('caches items like single requests: a batch item is a HIT for POST /v1/summarize and by id', async () => {
    const text = `${seed}\n\nA sentence only this test adds.`;
    const body = (await (await batch({ items: [{ text }] })).json()) as { items: Item[] };
    const single = await summarize({ text });
    expect(single.headers.get('X-Cache')).toBe('HIT');
    const result = body.items[0]?.result;
    expect(((await single.json()) as { id: string }).id).toBe(result?.id);
    expect((await call(`/v1/summaries/${result?.id}`)).status).toBe(200);
  });

  it('gives per-item problems for unknown fields, two sources and non-objects, without failing the others', async () => {
    const res = await batch({ items: [{ text: 'One fine sentence here.', colour: 'red' }, { text: 'a', html: '<p>b</p>' }, 42, { text: 'Another sentence.' }] });
    const body = (await res.json()) as { items: Item[] };
    expect(body.items.map((i) => i.status)).toEqual([422, 422, 422, 200]);
  });

  it('sends no X-Cache and no analysis time when every item failed: nothing was computed, read or stored', async () => {
    const res = await batch({ items: [{ text: ' ' }, { text: 'x', html: '<p>y</p>' }] });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Cache')).toBeNull();
    expect(res.headers.get('Server-Timing')).toBeNull();
    await batch({ items });
    const hit = await batch({ items });
    expect(hit.headers.get('X-Cache')).toBe('HIT');
    expect(hit.headers.get('Server-Timing')).not.toMatch(/analysis/); // all from the cache
  });

  it('refuses an empty batch, a missing items array and more than MAX_BATCH_ITEMS items with 422', async () => {
    for (const bad of [{ items: [] }, {}, { items: 'x' }]) expect((await problem(await batch(bad))).status).toBe(422);
    expect((await problem(await batch({}))).detail).toBe('items: Expected an array; the field is missing.');
    const tooMany = await problem(await batch({ items: Array.from({ length: 21 }, (_, i) => ({ text: `Item ${i}.` })) }));
    expect(tooMany.status).toBe(422);
    expect(tooMany.detail).toMatch(/at most 20 items, instead found 21/);
  });

  it('takes its limit from MAX_BATCH_ITEMS', async () => {
    const ctx = createExecutionContext();
    const request = new Request('http://newsbrief.test/v1/summarize/batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ items: [{ text: 'One.' }, { text: 'Two.' }, { text: 'Three.' }] }),
    });
    const res = await app.fetch(request, { ...env, MAX_BATCH_ITEMS: '2' }, ctx);
    await waitOnExecutionContext(ctx);
    expect((await problem(res)).detail).toMatch(/at most 2 items/);
  });

  it('keeps the single-request body rules: 415 for text/plain, 400 for malformed JSON', async () => {
    expect((await call('/v1/summarize/batch', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' })).status).toBe(415);
    expect((await call('/v1/summarize/batch', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"items":' })).status).toBe(400);
    expect((await call('/v1/summarize/batch')).status).toBe(405);
  });
});
