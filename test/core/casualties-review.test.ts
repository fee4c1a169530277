import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/doc.ts';
import { extractCasualties } from '../../src/core/facts/casualties/index.ts';
import type { Casualties } from '../../src/core/types.ts';

function run(text: string, publishedAt: string | null = null, title: string | null = null): Casualties {
  return extractCasualties(buildDoc({ text, publishedAt, title }));
}

const sides = (c: Casualties) => c.byParty.map((p) => [p.party, p.killed, p.wounded]);

/** Every event's evidence slices the text to its words. */
function expectEvidence(c: Casualties, text: string): void {
  for (const e of [...c.events, ...c.historical]) expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
}

describe('one phrase that names the tolls of two sides', () => {
  it('gives each side its own figure, as an object', () => {
    const text = 'The overnight shelling killed 11 Georgian soldiers and 4 Russian soldiers.';
    const c = run(text);
    expect(c.total.killed).toBe(15);
    expect(sides(c)).toEqual([['Georgia', 11, null], ['Russia', 4, null]]);
    expectEvidence(c, text);
  });

  it('gives each side its own figure, as a subject opened by a number word', () => {
    const c = run('Nine Indian soldiers and three Chinese soldiers were wounded in the brawl.');
    expect(c.total.wounded).toBe(12);
    expect(sides(c)).toEqual([['India', null, 9], ['China', null, 3]]);
  });

  it('keeps a phrase of one side and someone of no side together', () => {
    const c = run('Two Turkish soldiers and an interpreter were killed.');
    expect(sides(c)).toEqual([['Turkey', 3, null]]);
  });
});
