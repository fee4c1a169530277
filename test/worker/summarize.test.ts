import { describe, expect, it } from 'vitest';
import { call, problem, seed, summarize } from './helpers.ts';

interface Body {
  id: string;
  engine: string;
  summary: { text: string; sentences: Array<{ index: number; text: string; start: number; end: number; score: number }> };
  keywords: Array<{ term: string; score: number }>;
  stats: Record<string, number>;
}

describe('POST /v1/summarize', () => {
  it('summarises the seed in 3 sentences, in document order, each slicing back to the submitted text', async () => {
    const res = await summarize({ text: seed });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = (await res.json()) as Body;
    expect(body.id).toMatch(/^[0-9a-f]{64}$/);
    expect(body.engine).toMatch(/^newsbrief\//);
    const sentences = body.summary.sentences;
    expect(sentences).toHaveLength(3);
    for (const s of sentences) expect(seed.slice(s.start, s.end)).toBe(s.text);
    const indices = sentences.map((s) => s.index);
    expect([...indices].sort((a, b) => a - b)).toEqual(indices);
    expect(new Set(sentences.map((s) => s.text)).size).toBe(3);
    expect(body.summary.text).not.toMatch(/Creative Commons|licensed/i);
    expect(body.summary.text).toBe(sentences.map((s) => s.text).join(' '));
    expect(body.keywords.length).toBe(10);
    expect(body.stats.duplicatesDropped).toBe(2);
    expect(body.stats.boilerplateSkipped).toBe(1);
  });

  it('never returns the repeated Kalbajar sentences twice, however many sentences are asked for', async () => {
    const body = (await (await summarize({ text: seed, options: { sentences: 50 } })).json()) as Body;
    const texts = body.summary.sentences.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => t.startsWith('Azerbaijan said Armenian forces opened fire'))).toHaveLength(1);
    expect(texts.some((t) => /Creative Commons/.test(t))).toBe(false);
    expect(texts.length).toBe(Math.min(50, (body.stats.sentences ?? 0) - 3));
  });

  it('accepts text/plain with options as query parameters', async () => {
    const res = await call('/v1/summarize?sentences=5&keywords=0&title=Border%20clashes', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: seed,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body & { title: string };
    expect(body.summary.sentences).toHaveLength(5);
    expect(body.keywords).toEqual([]);
    expect(body.title).toBe('Border clashes');
    const same = (await (await summarize({ text: seed, title: 'Border clashes', options: { sentences: 5, keywords: 0 } })).json()) as Body;
    expect(same.id).toBe(body.id);
  });

  it('honours ratio and maxChars without cutting a sentence', async () => {
    const byRatio = (await (await summarize({ text: seed, options: { ratio: 0.1 } })).json()) as Body;
    expect(byRatio.summary.sentences.length).toBe(Math.ceil(0.1 * ((byRatio.stats.sentences ?? 0) - 3)));
    const limited = (await (await summarize({ text: seed, options: { sentences: 10, maxChars: 500 } })).json()) as Body;
    expect(limited.summary.text.length).toBeLessThanOrEqual(500);
    expect(limited.summary.sentences.length).toBeGreaterThan(0);
    for (const s of limited.summary.sentences) expect(seed.slice(s.start, s.end)).toBe(s.text);
  });

  it('answers a one-sentence article with that sentence', async () => {
    const body = (await (await summarize({ text: 'Only one sentence here.' })).json()) as Body;
    expect(body.summary.sentences.map((s) => s.text)).toEqual(['Only one sentence here.']);
  });

  it('gives identical input a byte-identical body, and different options a different id', async () => {
    const a = await (await summarize({ text: seed, options: { sentences: 4 } })).text();
    const b = await (await summarize({ options: { sentences: 4 }, text: seed })).text();
    expect(b).toBe(a);
    const c = (await (await summarize({ text: seed, options: { sentences: 2 } })).json()) as Body;
    expect(c.id).not.toBe((JSON.parse(a) as Body).id);
  });

  it('treats a default option spelled out like the default', async () => {
    const a = (await (await summarize({ text: 'A short article. It has two sentences.' })).json()) as Body;
    const b = (await (await summarize({ text: 'A short article. It has two sentences.', options: { sentences: 3, keywords: 10 } })).json()) as Body;
    expect(b.id).toBe(a.id);
  });
});

describe('GET /healthz', () => {
  it('reports ok and the engine', async () => {
    const res = await call('/healthz');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; engine: string };
    expect(body.status).toBe('ok');
    expect(body.engine).toMatch(/^newsbrief\//);
  });
});

describe('errors', () => {
  it('400 for malformed JSON', async () => {
    const res = await summarize('{"text": "abc",');
    expect(res.status).toBe(400);
    expect((await problem(res)).type).toBe('/problems/invalid-json');
  });

  it('400 for a body that is not UTF-8', async () => {
    const res = await call('/v1/summarize', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: new Uint8Array([0x48, 0xff, 0xfe, 0x49]) });
    expect(res.status).toBe(400);
    const p = await problem(res);
    expect(p.type).toBe('/problems/invalid-encoding');
    expect(p.detail).toContain('convert the text to UTF-8');
  });

  it.each([
    ['empty text', { text: '' }, 'text'],
    ['whitespace-only text', { text: ' \n\t ' }, 'text'],
    ['missing text', { title: 'x' }, 'text'],
    ['sentences 0', { text: 'A b.', options: { sentences: 0 } }, 'options.sentences'],
    ['sentences 51', { text: 'A b.', options: { sentences: 51 } }, 'options.sentences'],
    ['fractional sentences', { text: 'A b.', options: { sentences: 2.5 } }, 'options.sentences'],
    ['ratio 0', { text: 'A b.', options: { ratio: 0 } }, 'options.ratio'],
    ['ratio above 1', { text: 'A b.', options: { ratio: 1.5 } }, 'options.ratio'],
    ['keywords 51', { text: 'A b.', options: { keywords: 51 } }, 'options.keywords'],
    ['text of the wrong type', { text: 42 }, 'text'],
    ['options of the wrong type', { text: 'A b.', options: 'many' }, 'options'],
    ['unknown option', { text: 'A b.', options: { colour: 'red' } }, 'options.colour'],
    ['unknown field', { text: 'A b.', lang: 'en' }, 'lang'],
    ['bad publishedAt', { text: 'A b.', publishedAt: 'yesterday' }, 'publishedAt'],
    ['publishedAt with hour 25', { text: 'A b.', publishedAt: '2021-07-29T25:00:00Z' }, 'publishedAt'],
    ['publishedAt with words after the date', { text: 'A b.', publishedAt: '2021-07-29 is when' }, 'publishedAt'],
    ['a JSON array', [1, 2], ''],
    ['JSON null', null, ''],
  ])('422 for %s, naming the field', async (_name, body, path) => {
    const res = await summarize(JSON.stringify(body));
    expect(res.status).toBe(422);
    const p = await problem(res);
    expect(p.type).toBe('/problems/validation-failed');
    expect(p.errors?.map((e) => e.path)).toContain(path);
  });

  it.each([
    [{ options: { sentences: 0 } }, 'options.sentences', 'Expected an integer from 1 to 50, instead found 0.'],
    [{ options: { sentences: 2.5 } }, 'options.sentences', 'Expected an integer from 1 to 50, instead found 2.5.'],
    [{ options: { sentences: '3' } }, 'options.sentences', 'Expected an integer from 1 to 50, instead found the string "3".'],
    [{ options: { ratio: 0 } }, 'options.ratio', 'Expected a number above 0 and at most 1, instead found 0.'],
    [{ options: { keywords: 51 } }, 'options.keywords', 'Expected an integer from 0 to 50, instead found 51.'],
    [{ options: { maxChars: 0 } }, 'options.maxChars', 'Expected an integer from 1 to 1000000, instead found 0.'],
    [{ options: null }, 'options', 'Expected an object, instead found null.'],
    [{ title: 5 }, 'title', 'Expected a string, instead found 5.'],
    [{ title: 'x'.repeat(1001) }, 'title', 'Expected at most 1000 characters, instead found 1001 characters.'],
    [{ publishedAt: 'yesterday' }, 'publishedAt', 'Expected an ISO 8601 date such as 2021-07-29 or 2021-07-29T10:00:00Z.'],
    [{ publishedAt: '2021-02-30' }, 'publishedAt', 'Expected a date that exists in the calendar (years 0001 to 9999).'],
    [{ publishedAt: '0000-01-01T10:00Z' }, 'publishedAt', 'Expected a date that exists in the calendar (years 0001 to 9999).'],
  ])('422 says what to send: %j', async (fields, path, message) => {
    const p = await problem(await summarize({ text: 'A b.', ...fields }));
    expect(p.errors).toEqual([{ path, message }]);
    expect(p.detail).toBe(`${path}: ${message}`);
  });

  it('422 for an empty batch says how many items it needs', async () => {
    const res = await call('/v1/summarize/batch', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"items":[]}' });
    expect((await problem(res)).errors).toEqual([{ path: 'items', message: 'Expected at least 1 item, instead found 0 items.' }]);
  });

  it('422 naming each unknown field at its own path when there are several', async () => {
    const p = await problem(await summarize(JSON.stringify({ text: 'A b.', lang: 'en', source: 'x', options: { colour: 'red', size: 2 } })));
    expect(p.status).toBe(422);
    expect(p.errors?.map((e) => e.path).sort()).toEqual(['lang', 'options.colour', 'options.size', 'source']);
    expect(p.detail).toContain('lang: Unknown field: lang.');
  });

  it('422 for query options sent with a JSON body, which would be ignored', async () => {
    const res = await call('/v1/summarize?sentences=5&title=X', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Two men were hurt. Police came.' }) });
    const body = await problem(res);
    expect(body.status).toBe(422);
    expect(body.detail).toContain('sentences, title');
    const batch = await call('/v1/summarize/batch?sentences=2', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ items: [{ text: 'Two men were hurt.' }] }) });
    expect((await problem(batch)).status).toBe(422);
  });

  it('422 for text with no letter or digit (zero-width or control characters only)', async () => {
    for (const text of ['\u200b', '\u0000\u0001', ' \u00a0 ']) expect((await problem(await summarize({ text }))).status).toBe(422);
  });

  it('415 for a JSON request sent as text/plain (fetch with a string body), instead of summarising the JSON itself', async () => {
    const json = JSON.stringify({ text: 'Two soldiers were killed on Monday.', options: { sentences: 1 } });
    const res = await call('/v1/summarize', { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: json });
    expect(res.status).toBe(415);
    expect((await problem(res)).detail).toContain('Content-Type: application/json');
    // An article that merely starts with a brace, or JSON that is no request, is still an article.
    for (const body of ['{Updated} Two soldiers were killed.', '{"headline": "x"}']) {
      expect((await call('/v1/summarize', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body })).status).toBe(200);
    }
  });

  it("reads a query publishedAt's '+' offset as written, though a query string reads '+' as a space", async () => {
    const text = 'Two men were hurt on Wednesday. Police came.';
    const json = await summarize({ text, publishedAt: '2021-07-29T10:00:00+02:00' });
    const res = await call('/v1/summarize?publishedAt=2021-07-29T10:00:00+02:00', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: text });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBe(json.headers.get('ETag'));
    // A space anywhere else is still no date.
    const spaced = await call('/v1/summarize?publishedAt=2021-07-29%2010:00', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: text });
    expect(spaced.status).toBe(422);
  });

  it('422 for a bad query option on a text/plain body', async () => {
    const res = await call('/v1/summarize?sentences=abc', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'Some text.' });
    expect(res.status).toBe(422);
    expect((await problem(res)).errors).toEqual([{ path: 'options.sentences', message: "Expected an integer, instead found 'abc'." }]);
  });

  it('422 for an unknown or repeated query parameter on a text/plain body, naming it under query', async () => {
    const post = (query: string) => call(`/v1/summarize?${query}`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'Some text.' });
    expect((await problem(await post('colour=red'))).errors?.map((e) => e.path)).toEqual(['query.colour']);
    expect((await problem(await post('text=x'))).errors?.map((e) => e.path)).toEqual(['query.text']);
    expect((await problem(await post('sentences=1&sentences=9'))).errors?.map((e) => e.path)).toEqual(['query.sentences']);
    expect((await post('sentences=2&format=text')).status).toBe(200);
  });

  it('drops a byte-order mark that opens a text/plain body: same id as without it, offsets from the character after it', async () => {
    const text = 'Two soldiers were killed on Monday. The army said talks would resume.';
    const plain = (body: Uint8Array | string) => call('/v1/summarize', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const a = (await (await plain(bom)).json()) as { id: string; summary: { sentences: Array<{ start: number; end: number; text: string }> } };
    const b = (await (await plain(text)).json()) as { id: string };
    expect(a.id).toBe(b.id);
    for (const s of a.summary.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads title: null and publishedAt: null as not given (what the answer carries can be sent back)', async () => {
    const text = 'Two soldiers were killed on Monday. The army said talks would resume.';
    const withNulls = await summarize({ text, title: null, publishedAt: null });
    expect(withNulls.status).toBe(200);
    const a = (await withNulls.json()) as { id: string };
    const b = (await (await summarize({ text })).json()) as { id: string };
    expect(a.id).toBe(b.id);
  });

  it('422 for a format given twice, with a JSON body too, and on a lookup by id', async () => {
    const json = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Some text.' }) };
    const twice = await problem(await call('/v1/summarize?format=text&format=markdown', json));
    expect(twice.status).toBe(422);
    expect(twice.errors?.map((e) => e.path)).toEqual(['query.format']);
    const id = (await (await call('/v1/summarize', json)).json()) as { id: string };
    const lookup = await problem(await call(`/v1/summaries/${id.id}?format=text&format=markdown`));
    expect(lookup.status).toBe(422);
    expect(lookup.errors?.map((e) => e.path)).toEqual(['query.format']);
    expect((await call(`/v1/summaries/${id.id}?format=text`)).status).toBe(200);
  });

  it('413 for a body over the limit, declared or streamed', async () => {
    const big = 'a'.repeat(1024 * 1024 + 1);
    const declared = await call('/v1/summarize', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: big });
    expect(declared.status).toBe(413);
    expect((await problem(declared)).type).toBe('/problems/payload-too-large');
    const chunk = new TextEncoder().encode('b'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 2 * 1024 * 1024) controller.close();
        else {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        }
      },
    });
    const streamed = await call('/v1/summarize', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: stream, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(2 * 1024 * 1024);
  });

  it.each([
    ['no content type', undefined],
    ['form data', 'multipart/form-data; boundary=x'],
    ['xml', 'application/xml'],
    ['html', 'text/html'],
  ])('415 for %s', async (_name, type) => {
    const headers: Record<string, string> = type ? { 'Content-Type': type } : {};
    const res = await call('/v1/summarize', { method: 'POST', headers, body: new TextEncoder().encode('{"text":"A b."}') });
    expect(res.status).toBe(415);
    expect((await problem(res)).type).toBe('/problems/unsupported-media-type');
  });

  it('404 for an unknown route', async () => {
    const res = await call('/v2/nothing');
    expect(res.status).toBe(404);
    const p = await problem(res);
    expect(p.type).toBe('/problems/not-found');
    expect(p.detail).toBe('There is no route at /v2/nothing; the routes are listed at /docs.');
  });

  it.each([
    ['GET', '/v1/summarize', 'POST'],
    ['PUT', '/v1/summarize', 'POST'],
    ['DELETE', '/healthz', 'GET'],
    ['POST', '/v1/summaries/' + 'a'.repeat(64), 'GET'],
  ])('405 for %s %s with Allow', async (method, path, allowed) => {
    const res = await call(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toContain(allowed);
    expect((await problem(res)).type).toBe('/problems/method-not-allowed');
  });
});
