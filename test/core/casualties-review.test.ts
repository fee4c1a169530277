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

describe('two sides that each report their own dead', () => {
  it('keeps both reports and adds them up', () => {
    const text = 'Ukraine said six of its soldiers were killed, while Russia reported 11 dead.';
    const c = run(text);
    expect(sides(c)).toEqual([['Ukraine', 6, null], ['Russia', 11, null]]);
    expect(c.total.killed).toBe(17);
    expect(c.events.every((e) => e.duplicateOf === null)).toBe(true);
    expectEvidence(c, text);
  });

  it('reads "its" as the side of the source of its own clause', () => {
    const c = run('India said two of its soldiers died, while Pakistan said five of its troops were killed.');
    expect(sides(c)).toEqual([['India', 2, null], ['Pakistan', 5, null]]);
    expect(c.total.killed).toBe(7);
  });

  it('still gives "two more" the side told before when no other side speaks', () => {
    const c = run('Three Israeli soldiers were killed and two more were wounded, the army said.');
    expect(sides(c)).toEqual([['Israel', 3, 2]]);
  });
});

describe('"a third person": one person more, not three', () => {
  it('tells of one person in its event, and the two before stand beside it', () => {
    const text = 'Two women were shot outside a bar. A third person was wounded by a stray bullet.';
    const c = run(text);
    expect(c.total.wounded).toBe(3);
    expect(c.events.map((e) => [e.type, e.count, e.duplicateOf])).toEqual([['wounded', 2, null], ['wounded', 1, null]]);
    expectEvidence(c, text);
  });

  it('adds a later death to the dead told before', () => {
    const c = run('Two people were killed in the attack on Friday. A third person has died.');
    expect(c.total.killed).toBe(3);
    expect(c.events.map((e) => [e.count, e.duplicateOf])).toEqual([[2, null], [1, null]]);
  });

  it('leaves its repeats pointing at a figure of everyone', () => {
    const c = run('Three people were shot on Main Street. Two men were hit in the legs. A third person was grazed.');
    expect(c.total.wounded).toBe(3);
    expect(c.events.filter((e) => e.duplicateOf === null).map((e) => e.count)).toEqual([3]);
  });
});
