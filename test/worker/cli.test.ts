import { describe, expect, inject, it } from 'vitest';
import { call, seed, summarize } from './helpers.ts';

describe('CLI and Worker', () => {
  it('give a byte-identical body for the seed article', async () => {
    const cli = inject('cliSeedOutput');
    const worker = await (await summarize({ text: seed })).text();
    expect(cli).toBe(`${worker}\n`);
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
});
