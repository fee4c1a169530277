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
