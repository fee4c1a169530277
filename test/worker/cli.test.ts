import { describe, expect, inject, it } from 'vitest';
import { call, seed, summarize } from './helpers.ts';

describe('CLI and Worker', () => {
  it('give a byte-identical body for the seed article', async () => {
    const cli = inject('cliSeedOutput');
    const worker = await (await summarize({ text: seed })).text();
    expect(cli).toBe(`${worker}\n`);
  });

  it('give a byte-identical body for an HTML page, given with --html or as a JSONL line; the CLI fetches no URL', async () => {
    const { page, single, jsonl } = inject('cliHtml');
    const worker = await (await summarize({ html: page })).text();
    expect(single).toBe(`${worker}\n`);
    const [html, url] = jsonl.map((l) => JSON.parse(l) as { ref: string; source?: { type: string }; error?: { errors: Array<{ path: string }> } });
    expect(html).toMatchObject({ ref: 'page', source: { type: 'html' } });
    expect(JSON.stringify({ ...html, ref: undefined, line: undefined })).toBe(worker);
    expect(url).toMatchObject({ ref: 'web', error: { errors: [{ path: 'url' }] } });
  });

  it('read a byte-order mark alike (dropped) and both refuse bytes that are not UTF-8', async () => {
    const text = 'Three soldiers were killed on Monday. The army confirmed it.';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const worker = await (await call('/v1/summarize', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: bytes })).text();
    expect(inject('cliBomOutput')).toBe(`${worker}\n`);
    const invalid = inject('cliInvalidUtf8');
    expect(invalid.status).toBe(1);
    expect(JSON.parse(invalid.stderr)).toMatchObject({ type: '/problems/invalid-encoding', status: 400 });
  });

  it('read JSONL lines as the API reads bodies: BOM dropped, invalid UTF-8 and duplicate keys refused, one line each', async () => {
    const { status, lines } = inject('cliJsonl');
    // Every line is answered; the exit status says that some failed.
    expect(status).toBe(1);
    const [first, second, third] = lines.map((l) => JSON.parse(l) as { ref: unknown; id?: string; error?: { type: string } });
    const worker = (await (await summarize({ text: 'Three soldiers were killed on Monday. The army confirmed it.' })).json()) as { id: string };
    expect(lines).toHaveLength(3);
    expect(first).toMatchObject({ ref: 'bom', line: 1, id: worker.id });
    expect(second).toMatchObject({ ref: 2, line: 2, error: { type: '/problems/invalid-encoding' } });
    expect(third).toMatchObject({ ref: 3, line: 3, error: { type: '/problems/invalid-json' } });
  });

  it('exit 2 with no command, print the engine with --version, the API digest with --format, and refuse text with article', async () => {
    const { none, version, markdown, both } = inject('cliUsage');
    expect(none).toBe(2);
    expect(version).toMatch(/^newsbrief\/\d+\.\d+\.\d+\n$/);
    const digest = await (await call('/v1/summarize?format=markdown', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: seed })).text();
    expect(markdown).toBe(digest);
    expect(both.status).toBe(1);
    const [a, b, c] = both.lines.map((l) => JSON.parse(l) as { ref: unknown; line: number; error?: { errors: Array<{ path: string }> } });
    expect(a).toMatchObject({ ref: 1, line: 1, error: { errors: [{ path: 'article' }] } });
    // The second line's own id is "1": a string, so it cannot be taken for line 1.
    expect(b).toMatchObject({ ref: '1', line: 2 });
    expect(b?.error).toBeUndefined();
    // An id must be a string, as in a batch item; the line number stands in for it.
    expect(c).toMatchObject({ ref: 3, line: 3, error: { errors: [{ path: 'id' }] } });
    // A line that sent "article" is told about "article", not about a "text" it does not have.
    const d = JSON.parse(both.lines[3] ?? '{}') as { ref: unknown; error?: { detail: string; errors: Array<{ path: string }> } };
    expect(d).toMatchObject({ ref: 'blank', error: { errors: [{ path: 'article' }] } });
    expect(d.error?.detail).toMatch(/^article: Expected article text/);
  });

  it('ends quietly with 0 when its reader closes the pipe early (| head)', () => {
    const { status, stderr } = inject('cliClosedPipe');
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('refuse JSONL lines with fields the API does not know, unless --ignore-unknown (top level only) is given', async () => {
    const { strict, lenient } = inject('cliJsonlExtra');
    const parse = (l: string) => JSON.parse(l) as { ref: string; id?: string; error?: { errors: Array<{ path: string }> } };
    expect(strict.map(parse).map((r) => [r.ref, r.error?.errors.map((e) => e.path)])).toEqual([
      ['a', ['highlights']],
      ['b', ['options.sentense', 'source']],
    ]);
    const worker = (await (await summarize({ text: 'Three soldiers were killed on Monday. The army confirmed it.' })).json()) as { id: string };
    const [a, b] = lenient.map(parse);
    expect(a).toMatchObject({ ref: 'a', id: worker.id });
    expect(b?.error?.errors.map((e) => e.path)).toEqual(['options.sentense']);
  });

  it('exit 2 with a message, not a stack trace, when the JSONL file cannot be read', () => {
    const { status, stderr } = inject('cliJsonlMissing');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^Cannot read .*missing\.jsonl: ENOENT/);
  });
});
