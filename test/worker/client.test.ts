import { exports } from 'cloudflare:workers';
import { hc } from 'hono/client';
import { describe, expect, it } from 'vitest';
import type { AppType } from '../../src/worker/index.ts';
import { seed } from './helpers.ts';

/** A typed client on the Worker under test (real routes, real local KV): `hc<AppType>()` from hono/client. */
const client = hc<AppType>('http://newsbrief.test', { fetch: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(new Request(input, init)) });

describe('hc<AppType>() typed client', () => {
  it('summarises with a typed body and reads a typed result', async () => {
    const res = await client.v1.summarize.$post({ json: { text: seed, options: { sentences: 2 } } });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const body = await res.json();
    // `body.summary.sentences` is typed from the zod schema: no casts.
    expect(body.summary.sentences).toHaveLength(2);
    expect(body.id).toMatch(/^[0-9a-f]{64}$/);
    const again = await client.v1.summaries[':id'].$get({ param: { id: body.id } });
    expect(again.status).toBe(200);
    if (again.status === 200) expect((await again.json()).id).toBe(body.id);
  });

  it('sends batches with typed items and gets typed per-item results', async () => {
    const res = await client.v1.summarize.batch.$post({ json: { items: [{ id: 'a', text: seed }, { id: 'b', html: '<p>One short paragraph here.</p>' }] } });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const body = await res.json();
    expect(body.items.map((i) => [i.id, i.status])).toEqual([['a', 200], ['b', 200]]);
    expect(body.items[1]?.result?.source?.type).toBe('html');
  });

  it('is typed: wrong fields do not compile', () => {
    // Never called: the @ts-expect-error lines fail `npm run typecheck` if the client lost its types.
    const typeChecks = async (): Promise<void> => {
      // @ts-expect-error `txt` is not a field of the summarize request
      await client.v1.summarize.$post({ json: { txt: 'x' } });
      const res = await client.v1.summarize.$post({ json: { text: 'x' } });
      if (res.status === 200) {
        // @ts-expect-error results have no `summaryText` field
        void (await res.json()).summaryText;
      }
    };
    expect(typeof typeChecks).toBe('function');
  });

  it('reaches public routes', async () => {
    const res = await client.healthz.$get();
    expect(((await res.json()) as { status: string }).status).toBe('ok');
  });
});
