import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import app from '../../src/worker/index.ts';
import { call, problem } from './helpers.ts';

// The hostile-input matrix: every malformed, oversized or adversarial request gets a 4xx application/problem+json
// answer with the documented problem type, never a 500; hostile but valid input gets a 200. One row per attack.

const MiB = 1024 * 1024;
const enc = new TextEncoder();
const bytes = (...parts: Array<string | number[]>): Uint8Array => {
  const chunks = parts.map((p) => (typeof p === 'string' ? enc.encode(p) : new Uint8Array(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
};
const nested = (depth: number, open: string, close: string, inner = 'null'): string => open.repeat(depth) + inner + close.repeat(depth);

interface Row {
  name: string;
  path?: string;
  contentType?: string | null;
  /** A Content-Encoding header. */
  encoding?: string;
  body: () => BodyInit;
  status: number;
  /** The problem type slug, for a 4xx. */
  type?: string;
  /** Another acceptable slug, when the runtime decides which of two 400s it is. */
  orType?: string;
}

const JSON_TYPE = 'application/json';
/** `text` compressed on the fly (a stream, so no length is declared). */
const compressed = (text: string, format: 'gzip'): ReadableStream<Uint8Array> =>
  new Blob([text]).stream().pipeThrough(new CompressionStream(format) as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);

const ROWS: Row[] = [
  // Encoding
  { name: 'invalid UTF-8 byte in a JSON body', body: () => bytes('{"text":"A ', [0xff], ' b."}'), status: 400, type: 'invalid-encoding' },
  { name: 'overlong UTF-8 encoding of "/"', body: () => bytes('{"text":"A ', [0xc0, 0xaf], '."}'), status: 400, type: 'invalid-encoding' },
  { name: 'UTF-8-encoded lone surrogate (CESU)', body: () => bytes('{"text":"A ', [0xed, 0xa0, 0x80], '."}'), status: 400, type: 'invalid-encoding' },
  { name: 'UTF-8 sequence cut at the end of the body', body: () => bytes('{"text":"A b."}', [0xe2, 0x82]), status: 400, type: 'invalid-encoding' },
  { name: 'invalid UTF-8 in a text/plain body', contentType: 'text/plain', body: () => bytes('War ', [0xfe], ' ended.'), status: 400, type: 'invalid-encoding' },
  { name: 'UTF-16 body declared as JSON', body: () => bytes([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), status: 400, type: 'invalid-encoding' },
  // Content types
  { name: 'no Content-Type (bytes, so fetch adds none)', contentType: null, body: () => bytes('{"text":"A b."}'), status: 415, type: 'unsupported-media-type' },
  { name: 'Content-Type text/html', contentType: 'text/html', body: () => '<p>A b.</p>', status: 415, type: 'unsupported-media-type' },
  { name: 'Content-Type application/xml', contentType: 'application/xml', body: () => '<a>b</a>', status: 415, type: 'unsupported-media-type' },
  { name: 'Content-Type multipart/form-data', contentType: 'multipart/form-data; boundary=x', body: () => '--x--', status: 415, type: 'unsupported-media-type' },
  { name: 'Content-Type garbage', contentType: ';;;\u00e9', body: () => '{"text":"A b."}', status: 415, type: 'unsupported-media-type' },
  { name: 'JSON sent as application/octet-stream', contentType: 'application/octet-stream', body: () => '{"text":"A b."}', status: 415, type: 'unsupported-media-type' },
  // Nesting
  { name: 'JSON array nested 10,000 deep as the body', body: () => nested(10_000, '[', ']'), status: 422, type: 'validation-failed' },
  { name: 'JSON object nested 10,000 deep under an unknown key', body: () => `{"text":"A b.","x":${nested(10_000, '{"a":', '}')}}`, status: 422, type: 'validation-failed' },
  { name: 'JSON nested 10,000 deep as options', body: () => `{"text":"A b.","options":${nested(10_000, '[', ']')}}`, status: 422, type: 'validation-failed' },
  { name: 'JSON nested 10,000 deep as the text', body: () => `{"text":${nested(10_000, '[', ']')}}`, status: 422, type: 'validation-failed' },
  { name: 'JSON nested 10,000 deep, unclosed', body: () => `{"text":${'['.repeat(10_000)}`, status: 400, type: 'invalid-json' },
  // Numbers
  { name: 'sentences 1e309 (Infinity once parsed)', body: () => '{"text":"A b.","options":{"sentences":1e309}}', status: 422, type: 'validation-failed' },
  { name: 'sentences with 30 digits', body: () => '{"text":"A b.","options":{"sentences":123456789012345678901234567890}}', status: 422, type: 'validation-failed' },
  { name: 'sentences -1e309', body: () => '{"text":"A b.","options":{"sentences":-1e309}}', status: 422, type: 'validation-failed' },
  { name: 'ratio 1e-400 (0 once parsed)', body: () => '{"text":"A b.","options":{"ratio":1e-400}}', status: 422, type: 'validation-failed' },
  { name: 'keywords 2^53 + 1', body: () => '{"text":"A b.","options":{"keywords":9007199254740993}}', status: 422, type: 'validation-failed' },
  { name: 'maxChars 1e308', body: () => '{"text":"A b.","options":{"maxChars":1e308}}', status: 422, type: 'validation-failed' },
  { name: 'text given as a huge number', body: () => '{"text":1e999}', status: 422, type: 'validation-failed' },
  { name: 'a 10,000-digit number', body: () => `{"text":"A b.","options":{"sentences":${'9'.repeat(10_000)}}}`, status: 422, type: 'validation-failed' },
  { name: 'query title=%FF (not UTF-8) on text/plain', path: '/v1/summarize?title=%FF', contentType: 'text/plain', body: () => 'A b.', status: 400, type: 'invalid-request' },
  { name: 'query with a nameless parameter on text/plain', path: '/v1/summarize?=5', contentType: 'text/plain', body: () => 'A b.', status: 422, type: 'validation-failed' },
  { name: 'query sentences=1e999 on text/plain', path: '/v1/summarize?sentences=1e999', contentType: 'text/plain', body: () => 'A b.', status: 422, type: 'validation-failed' },
  { name: 'query sentences with 40 digits on text/plain', path: `/v1/summarize?sentences=${'9'.repeat(40)}`, contentType: 'text/plain', body: () => 'A b.', status: 422, type: 'validation-failed' },
  // Duplicate keys: rejected (RFC 7493 I-JSON); JSON.parse would silently keep the last one.
  { name: 'duplicate key at the top level', body: () => '{"text":"A b.","text":"C d."}', status: 400, type: 'invalid-json' },
  { name: 'duplicate key inside options', body: () => '{"text":"A b.","options":{"sentences":2,"sentences":3}}', status: 400, type: 'invalid-json' },
  { name: 'duplicate key spelled with an escape', body: () => '{"text":"A b.","t\\u0065xt":"C d."}', status: 400, type: 'invalid-json' },
  // Bodies that end early or are not JSON
  { name: 'empty JSON body', body: () => '', status: 400, type: 'invalid-json' },
  { name: 'JSON cut mid-string', body: () => '{"text":"A b', status: 400, type: 'invalid-json' },
  { name: 'JSON cut after a comma', body: () => '{"text":"A b.",', status: 400, type: 'invalid-json' },
  { name: 'JSON followed by garbage', body: () => '{"text":"A b."} trailing', status: 400, type: 'invalid-json' },
  { name: 'two JSON documents', body: () => '{"text":"A b."}{"text":"C d."}', status: 400, type: 'invalid-json' },
  { name: 'JSON with a comment', body: () => '{"text":"A b." /* hi */}', status: 400, type: 'invalid-json' },
  { name: 'JSON with single quotes', body: () => "{'text':'A b.'}", status: 400, type: 'invalid-json' },
  { name: 'NaN literal', body: () => '{"text":"A b.","options":{"ratio":NaN}}', status: 400, type: 'invalid-json' },
  {
    name: 'a body stream that fails half-way',
    body: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(enc.encode('{"text":"A b'));
          controller.error(new Error('connection reset'));
        },
      }),
    status: 400,
    // workerd may hand the handler the bytes that arrived and end the stream instead of failing the read.
    type: 'invalid-request',
    orType: 'invalid-json',
  },
  // Size
  { name: '1 MiB + 1 byte of JSON', body: () => `{"text":"${'a'.repeat(MiB + 1 - 11)}"}`, status: 413, type: 'payload-too-large' },
  { name: '1 MiB + 1 byte of text/plain', contentType: 'text/plain', body: () => 'a'.repeat(MiB + 1), status: 413, type: 'payload-too-large' },
  {
    name: '1 MiB + 1 byte streamed without a length',
    contentType: 'text/plain',
    body: () => {
      let sent = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          const n = Math.min(64 * 1024, MiB + 1 - sent);
          if (n <= 0) return controller.close();
          sent += n;
          controller.enqueue(enc.encode('b'.repeat(n)));
        },
      });
    },
    status: 413,
    type: 'payload-too-large',
  },
  // Hostile but valid: answered
  { name: 'NUL characters and lone surrogate escapes in the text', body: () => '{"text":"A\\u0000 b.\\ud800 C\\udc00 d. \\ud83d\\udca5 War ended."}', status: 200 },
  { name: 'a byte-order mark before the JSON', body: () => bytes([0xef, 0xbb, 0xbf], '{"text":"Talks failed. Fighting resumed."}'), status: 200 },
  { name: 'right-to-left text with combining marks', body: () => JSON.stringify({ text: '\u0645\u0631\u062d\u0628\u0627\u064b. \u05e9\u05dc\u05d5\u05dd\u05b0. e\u0301\u0301\u0301.' }), status: 200 },
  { name: 'upper-case media type with parameters', contentType: 'APPLICATION/JSON; charset=UTF-8', body: () => '{"text":"A b."}', status: 200 },
  { name: 'a charset other than UTF-8', contentType: 'text/plain; charset=iso-8859-1', body: () => 'Caf\u00e9 bombed.', status: 415, type: 'unsupported-media-type' },
  { name: 'exactly 1 MiB of text/plain', contentType: 'text/plain', body: () => 'War went on. '.repeat(Math.ceil(MiB / 13)).slice(0, MiB), status: 200 },
  // Compressed bodies: not read, a 415 that says so (not a 400 for bytes that are not UTF-8)
  { name: 'a gzip body', encoding: 'gzip', body: () => compressed('{"text":"Talks failed. Fighting resumed."}', 'gzip'), status: 415, type: 'unsupported-media-type' },
  { name: 'a br body, text/plain', contentType: 'text/plain', encoding: 'br', body: () => bytes([0x1b, 0x00]), status: 415, type: 'unsupported-media-type' },
  { name: 'Content-Encoding: identity', encoding: 'identity', body: () => '{"text":"Talks failed. Fighting resumed."}', status: 200 },
  // Other routes
  { name: 'batch body nested 10,000 deep', path: '/v1/summarize/batch', body: () => nested(10_000, '[', ']'), status: 422, type: 'validation-failed' },
  { name: 'batch with a duplicate key', path: '/v1/summarize/batch', body: () => '{"items":[],"items":[]}', status: 400, type: 'invalid-json' },
];

/** Sends one row's request through the Worker (real routes, real local KV). */
function send(row: Row): Promise<Response> {
  const headers: Record<string, string> = {};
  const type = row.contentType === undefined ? JSON_TYPE : row.contentType;
  if (type !== null) headers['Content-Type'] = type;
  if (row.encoding !== undefined) headers['Content-Encoding'] = row.encoding;
  const body = row.body();
  return call(row.path ?? '/v1/summarize', { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
}

describe('hostile requests', () => {
  for (const row of ROWS) {
    it(`${row.status} for ${row.name}`, { timeout: 60_000 }, async () => {
      const res = await send(row);
      if (row.status === 200) {
        expect(res.status, await res.clone().text()).toBe(200);
        const body = (await res.json()) as { id: string; summary: { text: string } };
        expect(body.id).toMatch(/^[0-9a-f]{64}$/);
        return;
      }
      expect(res.status).not.toBe(500);
      const p = await problem(res);
      const type = row.orType && p.type === `/problems/${row.orType}` ? row.type : p.type.replace('/problems/', '');
      expect({ status: res.status, type }).toEqual({ status: row.status, type: row.type });
    });
  }

  it('ignores a hostile X-Request-Id (10,000 characters, control characters) and answers with its own', async () => {
    const res = await call('/v1/summarize', {
      method: 'POST',
      headers: { 'Content-Type': JSON_TYPE, 'X-Request-Id': `${'x'.repeat(10_000)}\t;` },
      body: '{"text":"A b."}',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Request-Id')?.length ?? 0).toBeLessThanOrEqual(128);
  });

  it('answers 404, not 500, for a 4,000-character result id', async () => {
    const res = await call(`/v1/summaries/${'f'.repeat(4000)}`);
    expect(res.status).toBe(404);
    await problem(res);
  });
});

/** One request through the app with extra variables, waiting for its waitUntil work. */
async function withVars(vars: Record<string, string>, url: string, text: string): Promise<Response> {
  const ctx = createExecutionContext();
  const request = new Request(url, { method: 'POST', headers: { 'Content-Type': JSON_TYPE }, body: JSON.stringify({ text }) });
  const res = await app.fetch(request, { ...env, ...vars }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe('the test-only KV fault switch (src/worker/faults.ts, used by npm run load)', () => {
  it('with every other KV call failing, every request still answers 200, some of them BYPASS', async () => {
    const caches: string[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await withVars({ KV_FAULTS: 'every-other' }, 'http://127.0.0.1:8787/v1/summarize', `Fault run ${i % 3}. Talks failed.`);
      expect(res.status).toBe(200);
      caches.push(res.headers.get('X-Cache') ?? '');
    }
    expect(caches).toContain('BYPASS');
  });

  it('stays off for a request to a non-loopback host, even with the variable set', async () => {
    for (let i = 0; i < 6; i++) {
      const res = await withVars({ KV_FAULTS: 'every-other' }, 'https://newsbrief.example.com/v1/summarize', `Public host ${i}. Talks failed.`);
      expect(res.status).toBe(200);
      expect(res.headers.get('X-Cache')).toBe('MISS');
    }
  });
});
