import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { analysisId } from '../../src/core/id.ts';
import { cacheKey } from '../../src/worker/cache.ts';
import { toHex } from '../../src/core/hash.ts';
import app from '../../src/worker/index.ts';
import { DISCORD_PATH } from '../../src/worker/routes/integrations/discord.ts';
import { call, problem, seed } from './helpers.ts';

const APP_ID = '123456789012345678';
const TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5.token-part_2';

let keys: CryptoKeyPair;
let otherKeys: CryptoKeyPair;
let publicKeyHex: string;

beforeAll(async () => {
  keys = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  otherKeys = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  publicKeyHex = toHex((await crypto.subtle.exportKey('raw', keys.publicKey)) as ArrayBuffer);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const now = (): number => Math.floor(Date.now() / 1000);

/** A `/summarize` interaction with the given string options. */
function command(options: Record<string, string>, name = 'summarize'): Record<string, unknown> {
  return {
    id: '1',
    type: 2,
    application_id: APP_ID,
    token: TOKEN,
    version: 1,
    data: { id: '2', name, type: 1, options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })) },
  };
}

/** A request signed the way Discord signs it: Ed25519 over timestamp + raw body. */
async function signed(
  body: unknown,
  options: { timestamp?: number; key?: CryptoKey; headers?: Record<string, string | null>; raw?: boolean } = {},
): Promise<Request> {
  const text = options.raw ? String(body) : JSON.stringify(body);
  const timestamp = String(options.timestamp ?? now());
  const signature = await crypto.subtle.sign({ name: 'Ed25519' }, options.key ?? keys.privateKey, new TextEncoder().encode(timestamp + text));
  const headers = new Headers({ 'Content-Type': 'application/json', 'X-Signature-Timestamp': timestamp, 'X-Signature-Ed25519': toHex(signature) });
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  return new Request(`http://newsbrief.test${DISCORD_PATH}`, { method: 'POST', headers, body: text });
}

/** Sends a request with the test public key configured and waits for its `waitUntil` work. */
async function send(request: Request): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(request, { ...env, DISCORD_PUBLIC_KEY: publicKeyHex }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/** True when the KV cache holds an analysis of `text`. */
async function analysed(text: string): Promise<boolean> {
  const id = await analysisId({ text, title: null, publishedAt: null, options: {} });
  return (await env.SUMMARIES.get(cacheKey(id))) !== null;
}

interface Embed {
  title: string;
  description: string;
  fields: Array<{ name: string; value: string }>;
  footer: { text: string };
}
interface InteractionResponse {
  type: number;
  data?: { content?: string; embeds?: Embed[]; flags?: number; allowed_mentions?: unknown };
}

/** Captures what the Worker sends to Discord's webhook API, passing every other fetch through. */
function captureDiscord(): Array<{ url: string; method: string; body: { content?: string; embeds?: Embed[] } }> {
  const original = globalThis.fetch;
  const sent: Array<{ url: string; method: string; body: { content?: string; embeds?: Embed[] } }> = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith('https://discord.com/')) {
      sent.push({ url, method: init?.method ?? 'GET', body: JSON.parse(String(init?.body)) as { embeds?: Embed[] } });
      return new Response('{}', { headers: { 'Content-Type': 'application/json' } });
    }
    return original(input, init);
  });
  return sent;
}

describe('POST /integrations/discord/interactions', () => {
  it('answers a signed PING with PONG', async () => {
    const res = await send(await signed({ id: '1', type: 1, application_id: APP_ID, token: TOKEN, version: 1 }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it('answers a signed /summarize with the seed article with type 4 and an embed', async () => {
    const res = await send(await signed(command({ text: seed })));
    expect(res.status).toBe(200);
    const body = (await res.json()) as InteractionResponse;
    expect(body.type).toBe(4);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    const embed = body.data?.embeds?.[0];
    expect(embed?.title).toBe('News brief: Armenia – Azerbaijan');
    expect(embed?.description).toMatch(/^• /);
    expect(embed?.fields.map((f) => f.name)).toEqual(['Toll', 'Mediators', 'Ceasefire']);
    expect(embed?.fields[0]?.value).toContain('Armenia: 3 killed, 5 wounded');
    expect(embed?.fields[1]?.value).toContain('Russia (brokered)');
  });

  it('answers /summarize without options with an ephemeral usage message', async () => {
    const body = (await (await send(await signed(command({})))).json()) as InteractionResponse;
    expect(body).toMatchObject({ type: 4, data: { content: expect.stringMatching(/^Usage: /), flags: 64 } });
  });

  it('answers an unknown command with an ephemeral notice', async () => {
    const body = (await (await send(await signed(command({ text: 'x' }, 'other')))).json()) as InteractionResponse;
    expect(body).toMatchObject({ type: 4, data: { content: 'Unknown command /other.', flags: 64 } });
  });

  it('defers a URL (type 5) and edits the original response through the webhook from waitUntil', async () => {
    const sent = captureDiscord();
    const body = (await (await send(await signed(command({ url: 'https://pages.example/article.html' })))).json()) as InteractionResponse;
    expect(body).toEqual({ type: 5 });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe('PATCH');
    expect(sent[0]?.url).toBe(`https://discord.com/api/v10/webhooks/${APP_ID}/${TOKEN}/messages/@original`);
    expect(sent[0]?.body.embeds?.[0]?.title).toBe('Ceasefire holds in the valley');
    expect(sent[0]?.body.embeds?.[0]?.description).toContain('Fighting stopped on Monday');
  });

  it('treats a bare link in the text option as a URL, and refuses a URL it will not fetch at once, deferring nothing', async () => {
    for (const url of ['http://127.0.0.1/admin', 'ftp://pages.example/x']) {
      const sent = captureDiscord();
      const body = (await (await send(await signed(command(url.startsWith('http') ? { text: url } : { url })))).json()) as InteractionResponse;
      expect(body.type).toBe(4);
      expect(body.data?.content).toMatch(/^Could not summarise: /);
      expect(sent).toHaveLength(0);
    }
  });
});

describe('POST /integrations/discord/interactions refuses unsigned and malformed requests', () => {
  const marker = (name: string): string => `${seed}\n\nDiscord marker: ${name}.`;

  const unsigned: Array<[string, (text: string) => Promise<Request>]> = [
    ['a signature by another key', async (t) => signed(command({ text: t }), { key: otherKeys.privateKey })],
    ['a 10-minute-old timestamp', async (t) => signed(command({ text: t }), { timestamp: now() - 600 })],
    ['no signature', async (t) => signed(command({ text: t }), { headers: { 'X-Signature-Ed25519': null } })],
    ['no timestamp', async (t) => signed(command({ text: t }), { headers: { 'X-Signature-Timestamp': null } })],
    ['a signature that is not hex', async (t) => signed(command({ text: t }), { headers: { 'X-Signature-Ed25519': 'zz'.repeat(64) } })],
    ['a signature of the wrong length', async (t) => signed(command({ text: t }), { headers: { 'X-Signature-Ed25519': 'ab'.repeat(32) } })],
    ['a signature for another body', async (t) => {
      const good = await signed(command({ text: `${t} ` }));
      return new Request(good.url, { method: 'POST', headers: good.headers, body: JSON.stringify(command({ text: t })) });
    }],
    ['a signature with a swapped timestamp', async (t) => {
      const good = await signed(command({ text: t }), { timestamp: now() - 30 });
      const headers = new Headers(good.headers);
      headers.set('X-Signature-Timestamp', String(now()));
      return new Request(good.url, { method: 'POST', headers, body: JSON.stringify(command({ text: t })) });
    }],
  ];
  it.each(unsigned)('answers 401 for %s and runs no analysis', async (name, build) => {
    const text = marker(name);
    const res = await send(await build(text));
    // Every 401 carries a challenge (RFC 9110 §11.6.1), as the OpenAPI document says; here the platform's signature.
    expect(res.headers.get('WWW-Authenticate')).toBe('Discord-Ed25519 realm="newsbrief"');
    const p = await problem(res);
    expect(p.status).toBe(401);
    expect(p.type).toBe('/problems/unauthorized');
    expect(await analysed(text)).toBe(false);
  });

  it('stores the analysis of a correctly signed command (so the check above can fail)', async () => {
    const text = marker('signed');
    expect((await send(await signed(command({ text })))).status).toBe(200);
    expect(await analysed(text)).toBe(true);
  });

  it('answers 401 to a signed PING when no public key is configured', async () => {
    const req = await signed({ type: 1 });
    const p = await problem(await call(DISCORD_PATH, { method: 'POST', headers: req.headers, body: JSON.stringify({ type: 1 }) }));
    expect(p.status).toBe(401);
    expect(p.detail).toMatch(/DISCORD_PUBLIC_KEY/);
  });

  const malformed: Array<[string, string, number]> = [
    ['invalid JSON', '{"type":', 400],
    ['a JSON array', '[1]', 400],
    ['no type', '{"id":"1"}', 400],
    ['a command without a token', JSON.stringify({ type: 2, application_id: APP_ID, data: { name: 'summarize' } }), 400],
    ['a command without data', JSON.stringify({ type: 2, application_id: APP_ID, token: TOKEN }), 400],
    ['a component interaction', JSON.stringify({ type: 3, application_id: APP_ID, token: TOKEN, data: {} }), 400],
  ];
  it.each(malformed)('answers %i for a signed body with %s', async (_name, body, status) => {
    expect((await problem(await send(await signed(body, { raw: true })))).status).toBe(status);
  });

  it('answers 413 for a body over 64 KiB and 415 for a form body', async () => {
    expect((await problem(await send(await signed(command({ text: 'x'.repeat(70 * 1024) }))))).status).toBe(413);
    const form = await signed(command({ text: 'x' }), { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect((await problem(await send(form))).status).toBe(415);
  });

  it('answers 405 with Allow for GET', async () => {
    const res = await call(DISCORD_PATH);
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('POST');
  });
});
