import { describe, expect, inject, it } from 'vitest';
import { seed, summarize } from './helpers.ts';

describe('CLI and Worker', () => {
  it('give a byte-identical body for the seed article', async () => {
    const cli = inject('cliSeedOutput');
    const worker = await (await summarize({ text: seed })).text();
    expect(cli).toBe(`${worker}\n`);
  });
});
