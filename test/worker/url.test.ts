import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import app from '../../src/worker/index.ts';
import { problem, summarize } from './helpers.ts';

const PAGES = 'https://pages.example';

/** POSTs `{ url }` to the app with some variables overridden (tighter timeout, smaller cap). */
async function withEnv(vars: Record<string, string>, body: unknown): Promise<Response> {
  const ctx = createExecutionContext();
  const request = new Request('http://newsbrief.test/v1/summarize', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const res = await app.fetch(request, { ...env, ...vars }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

interface UrlBody {
  id: string;
  title: string;
  summary: { sentences: Array<{ start: number; end: number; text: string }> };
  source: { type: string; url: string; contentType: string; text: string; publishedAt: string | null };
}

describe('POST /v1/summarize with url', () => {
  it('fetches the page, extracts the article, and answers offsets into source.text', async () => {
    const res = await summarize({ url: `${PAGES}/article.html` });
    expect(res.status).toBe(200);
    const body = (await res.json()) as UrlBody;
    expect(body.source).toMatchObject({ type: 'url', url: `${PAGES}/article.html`, contentType: 'text/html', publishedAt: '2024-03-05' });
    expect(body.title).toBe('Ceasefire holds in the valley');
    expect(body.source.text.startsWith('Fighting stopped on Monday')).toBe(true);
    for (const s of body.summary.sentences) expect(body.source.text.slice(s.start, s.end)).toBe(s.text);
    expect(res.headers.get('Server-Timing')).toMatch(/fetch;dur=/);
  });

  it('follows a redirect and reports the final URL; takes text/plain as the text itself', async () => {
    const redirected = (await (await summarize({ url: `${PAGES}/redirect` })).json()) as UrlBody;
    expect(redirected.source.url).toBe(`${PAGES}/article.html`);
    const plain = (await (await summarize({ url: `${PAGES}/plain.txt` })).json()) as UrlBody;
    expect(plain.source).toMatchObject({ contentType: 'text/plain', text: 'The truce held for a second day.\n\nNo new casualties were reported.' });
  });

  it('decodes a page in the charset of its byte-order mark, its Content-Type, or else its <meta>, as browsers do', async () => {
    const text = async (path: string): Promise<string> => ((await (await summarize({ url: `${PAGES}${path}` })).json()) as UrlBody).source.text;
    expect(await text('/legacy-meta')).toBe('Caf\u00e9 owner said: we don\u2019t know.');
    expect(await text('/legacy-header')).toBe('Na\u00efve plan.');
    expect(await text('/utf16-bom')).toBe('Ceasefire in G\u00f6ttingen holds.');
  });

  it('keys a page by its declared charset too: the same bytes in another charset are another text, not a HIT', async () => {
    const first = await summarize({ url: `${PAGES}/charset-flip` });
    const second = await summarize({ url: `${PAGES}/charset-flip` });
    expect(second.headers.get('X-Cache')).toBe('MISS');
    expect(second.headers.get('ETag')).not.toBe(first.headers.get('ETag'));
    const texts = [await first.json(), await second.json()].map((b) => (b as UrlBody).source.text);
    expect(texts).toEqual(['Caf\u00e9 talks resumed.', 'Caf\ufffd talks resumed.']);
  });

  it('caches by URL plus content hash: same page HIT, changed content MISS with a new id', async () => {
    const a = await summarize({ url: `${PAGES}/article.html`, options: { sentences: 1 } });
    const b = await summarize({ url: `${PAGES}/article.html`, options: { sentences: 1 } });
    expect(b.headers.get('X-Cache')).toBe('HIT');
    expect(await b.text()).toBe(await a.text());
    const c1 = await summarize({ url: `${PAGES}/changing` });
    const c2 = await summarize({ url: `${PAGES}/changing` });
    expect(c2.headers.get('X-Cache')).toBe('MISS');
    expect(c2.headers.get('ETag')).not.toBe(c1.headers.get('ETag'));
  });

  const refused: Array<[string, string]> = [
    ['another scheme', 'ftp://pages.example/article.html'],
    ['credentials', 'https://user:pw@pages.example/article.html'],
    ['localhost', 'http://localhost:8787/healthz'],
    ['a loopback IP', 'http://127.0.0.1/'],
    ['a private IP', 'http://192.168.1.10/'],
    ['an IPv6 literal', 'http://[::1]/'],
    ['not a URL', 'pages.example/article.html'],
    ['a redirect to a private host', `${PAGES}/to-private`],
  ];
  it.each(refused)('answers 422 url-refused for %s', async (_name, url) => {
    const p = await problem(await summarize({ url }));
    expect(p.status).toBe(422);
    expect(p.type).toBe('/problems/url-refused');
    // The field's message reads like every other one: a sentence, capitalised and closed.
    expect(p.errors?.[0]?.message).toMatch(/^[A-Z].*\.$/);
  });

  const upstream: Array<[string, string, RegExp]> = [
    ['a 404 page', `${PAGES}/missing`, /answered 404/],
    ['a PDF', `${PAGES}/pdf`, /application\/pdf/],
    ['a redirect loop', `${PAGES}/loop`, /redirected more than 5 times/],
  ];
  it.each(upstream)('answers 502 upstream-failed for %s', async (_name, url, detail) => {
    const p = await problem(await summarize({ url }));
    expect(p.status).toBe(502);
    expect(p.type).toBe('/problems/upstream-failed');
    expect(p.detail).toMatch(detail);
  });

  it('cuts a page off at MAX_FETCH_BYTES while it streams (502)', async () => {
    const p = await problem(await withEnv({ MAX_FETCH_BYTES: '5000' }, { url: `${PAGES}/big` }));
    expect(p.status).toBe(502);
    expect(p.detail).toMatch(/larger than the limit of 5000 bytes/);
  });

  it('answers 504 when the page takes longer than FETCH_TIMEOUT_MS', async () => {
    const p = await problem(await withEnv({ FETCH_TIMEOUT_MS: '200' }, { url: `${PAGES}/slow` }));
    expect(p.status).toBe(504);
    expect(p.type).toBe('/problems/upstream-timeout');
  });
});
