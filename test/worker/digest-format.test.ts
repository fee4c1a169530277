import { describe, expect, it } from 'vitest';
import { call, problem, seed, summarize } from './helpers.ts';

describe('POST /v1/summarize?format=', () => {
  it('markdown: the digest (headline, summary bullets, toll per side, mediators, ceasefire) as text/markdown', async () => {
    const json = await summarize({ text: seed });
    const res = await call('/v1/summarize?format=markdown', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: seed }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('ETag')).toBe(`W/${json.headers.get('ETag')}`);
    const text = await res.text();
    expect(text).toMatch(/^## News brief: Armenia – Azerbaijan\n\n- /);
    expect(text).toContain('**Toll:** Armenia 3 killed, 5 wounded · Azerbaijan 1 killed, 2 wounded');
    expect(text).toMatch(/\*\*Mediators:\*\* .*Russia \(brokered\)/);
    const body = (await json.json()) as { summary: { sentences: Array<{ text: string }> } };
    for (const s of body.summary.sentences) expect(text).toContain(`- ${s.text.replace(/\s+/g, ' ').trim()}`);
  });

  it('text: the same digest without markup, for a text/plain body too', async () => {
    const res = await call('/v1/summarize?format=text&sentences=2', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: seed });
    expect(res.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    const text = await res.text();
    expect(text.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(2);
    expect(text).toContain('Toll: Armenia 3 killed, 5 wounded');
  });

  it("shows an article's control characters as U+FFFD instead of sending them to the terminal", async () => {
    const article = 'Rebels said five people were killed in Kabul on Monday.\x1b[2J\x1b]0;pwned\x07 Police\x9b31m confirmed it.';
    for (const format of ['text', 'markdown']) {
      const res = await call(`/v1/summarize?format=${format}`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: article });
      const text = await res.text();
      expect(text).toContain('Kabul');
      expect(text, format).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
      expect(text, format).toContain('0;pwned\ufffd');
    }
  });

  it('json (or no format) is the usual JSON; any other format is a 422 naming the field', async () => {
    const res = await call('/v1/summarize?format=json', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: seed }) });
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const p = await problem(await call('/v1/summarize?format=html', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: seed }) }));
    expect(p.status).toBe(422);
    expect(p.errors).toEqual([{ path: 'query.format', message: "Expected json, markdown or text, instead found 'html'." }]);
  });

  it('leaves problems and 304s alone', async () => {
    const p = await problem(await call('/v1/summarize?format=markdown', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));
    expect(p.status).toBe(422);
    const etag = (await summarize({ text: seed })).headers.get('ETag') ?? '';
    const res = await call('/v1/summarize?format=markdown', { method: 'POST', headers: { 'Content-Type': 'application/json', 'If-None-Match': `W/${etag}` }, body: JSON.stringify({ text: seed }) });
    expect(res.status).toBe(304);
  });
});

describe('Accept negotiation (no ?format=)', () => {
  const post = (accept: string) =>
    call('/v1/summarize', { method: 'POST', headers: { 'Content-Type': 'text/plain', Accept: accept }, body: seed });

  it('Accept: text/markdown gets the Markdown digest, text/plain the plain one, each with Vary: Accept', async () => {
    const md = await post('text/markdown');
    expect(md.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8');
    expect(md.headers.get('Vary')).toBe('Accept');
    expect(md.headers.get('ETag')).toMatch(/^W\/"[0-9a-f]{64}"$/);
    expect(md.headers.get('X-Cache')).toMatch(/^(HIT|MISS)$/);
    expect(md.headers.get('Server-Timing')).toContain('cache;desc=');
    expect(await md.text()).toMatch(/^## News brief: /);
    const plain = await post('text/plain;q=0.9, application/xml');
    expect(plain.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(await plain.text()).toContain('Toll: Armenia 3 killed, 5 wounded');
  });

  it('JSON for wildcards, for ties (axios sends application/json, text/plain, */*), for q=0 and for unknown types', async () => {
    for (const accept of ['*/*', 'application/json, text/plain, */*', 'text/markdown;q=0, */*', 'application/xml', 'text/*', 'text/plain;q=0.5, application/json;q=0.8']) {
      const res = await post(accept);
      expect(res.status, accept).toBe(200);
      expect(res.headers.get('Content-Type'), accept).toMatch(/^application\/json/);
      expect(res.headers.get('Vary'), accept).toBe('Accept');
    }
  });

  it('?format= wins over Accept, and a lookup by id negotiates too', async () => {
    const res = await call('/v1/summarize?format=json', { method: 'POST', headers: { 'Content-Type': 'text/plain', Accept: 'text/markdown' }, body: seed });
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.headers.get('Vary')).toBeNull();
    const { id } = (await res.json()) as { id: string };
    const digest = await call(`/v1/summaries/${id}`, { headers: { Accept: 'text/markdown' } });
    expect(digest.status).toBe(200);
    expect(digest.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8');
    expect(digest.headers.get('Cache-Control')).toBe('private, max-age=86400, immutable');
    expect(digest.headers.get('Vary')).toBe('Accept');
  });
});
