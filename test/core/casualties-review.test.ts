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

describe('others dead besides the dead told before in the sentence', () => {
  it('adds them', () => {
    const c = run('Four people were killed in an airstrike in the north, while four others died in shelling in the south.');
    expect(c.total.killed).toBe(8);
  });

  it('does not add them to one dead, who may be the shooter', () => {
    const c = run('The gunman was shot and killed after a rampage that left two others dead.');
    expect(c.total.killed).toBe(3);
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

describe('some of the wounded who died later', () => {
  it('moves them from the wounded to the dead', () => {
    const text = 'One man was killed and four were wounded. One of the wounded later died in hospital.';
    const c = run(text);
    expect([c.total.killed, c.total.wounded]).toEqual([2, 3]);
    expectEvidence(c, text);
  });

  it('reads "succumbed" and a count of them', () => {
    const c = run('Two soldiers were killed and six were injured in the blast. Two of the injured have since succumbed to their wounds.');
    expect([c.total.killed, c.total.wounded]).toEqual([4, 4]);
  });

  it('counts once a death told again after it', () => {
    const c = run('Four people were shot on Sunday. One of the wounded has died. Lee later died at the hospital.');
    expect([c.total.killed, c.total.wounded]).toEqual([1, 3]);
    expect(c.events.filter((e) => e.type === 'killed' && e.duplicateOf === null)).toHaveLength(1);
  });
});

describe("a group's claim next to an official figure", () => {
  it('takes the official figure and keeps the claim as an event that repeats it, with its claimant', () => {
    const text = 'The interior ministry said 14 policemen were killed. The rebels claimed they had killed 40 policemen.';
    const c = run(text);
    expect(c.total.killed).toBe(14);
    expect(c.events.map((e) => [e.count, e.source, e.duplicateOf])).toEqual([[14, 'interior ministry', null], [40, 'rebels', 0]]);
    expectEvidence(c, text);
  });

  it('reads a claim told before the official figure, and one told with "saying"', () => {
    expect(run('The Taliban claimed 60 were dead. Officials said 9 soldiers were killed.').total.killed).toBe(9);
    expect(run('The group claimed responsibility, saying its fighters killed 25 soldiers. The army said seven soldiers died.').total.killed).toBe(7);
  });

  it('does not take a toll that "claimed lives" nor a claim of another clause for a claim', () => {
    expect(run('The fire claimed 23 lives, officials said. Earlier reports said 12 people were killed.').total.killed).toBe(23);
    expect(run('Though he claimed he meant no harm, the gunman killed three people. Police said two people died.').total.killed).toBe(3);
  });
});

describe('people found "with gunshot wounds"', () => {
  it('counts a figure of people with gunshot wounds as wounded', () => {
    const text = 'Upon arrival, officers found two women with gunshot wounds.';
    const c = run(text);
    expect(c.total.wounded).toBe(2);
    expect(c.events[0]?.evidence.text).toBe('two women with gunshot wounds');
    expectEvidence(c, text);
  });

  it('takes one of them who died from the wounded', () => {
    expect(run('Officers found two women with gunshot wounds. One of them died at the hospital.').total).toMatchObject({ killed: 1, wounded: 1 });
  });

  it('does not count the dead found with gunshot wounds as wounded', () => {
    expect(run('Police found two men dead with gunshot wounds.').total).toMatchObject({ killed: 2, wounded: null });
  });

  it('needs gunfire: "with minor injuries" after a crash is no shooting figure here', () => {
    expect(run('Two people with minor injuries were treated.').total.wounded).toBeNull();
  });

  it('reads no road number as a count ("on Hwy 150 with a gunshot wound")', () => {
    expect(run('Deputies found Sanchez in the bedroom of a residence on Hwy 150 with a gunshot wound to the head.').total.wounded).not.toBe(150);
  });

  it('keeps the larger figure when it is of people treated and released', () => {
    const text =
      'Shane Simpson, 16, was killed. Three other teenage boys were found with gunshot wounds at the scene. ' +
      'Officers then located another teenage boy with a gunshot wound. The four teenagers were treated and released.';
    expect(run(text).total).toMatchObject({ killed: 1, wounded: 4 });
  });
});

describe('an age after a person and a comma', () => {
  it('reads "man, 18 Jose Estrada" as an age and a name, not eighteen dead', () => {
    expect(run('SAPD: 15-year-old shoots, kills man, 18 Jose Estrada fatally wounded inside home').total.killed).toBe(1);
  });

  it('still counts people after a comma ("the man, 3 children and a woman")', () => {
    expect(run('Police said the man, 3 children and a woman were shot.').total.wounded).toBe(4);
  });
});

describe('a national tally', () => {
  it('is background to the incident ("19 officers had been slain nationwide in July")', () => {
    const text = 'A San Diego police officer was shot and killed on Thursday. Figures showed that 19 officers had been slain nationwide in July.';
    expect(run(text).total.killed).toBe(1);
  });
});

describe('fighters "lost"', () => {
  it.each([
    ['The rebels said they had lost four fighters.', 4],
    ['The army lost 12 soldiers in the ambush.', 12],
  ])('counts the fighters a side lost as dead: %s', (text, killed) => {
    expect(run(text).total.killed).toBe(killed);
  });

  it.each(['The team lost four games in a row.', 'The company lost 300 jobs.', 'Democrats lost 12 seats.', 'She lost 20 pounds.'])('counts nothing else lost: %s', (text) => {
    expect(run(text).total.killed).toBeNull();
  });

  it("keeps a war's losses to date as background", () => {
    const text = 'A Russian missile strike on Kharkiv killed 12 people on Monday. Ukraine has lost 31,000 soldiers since the invasion began, Zelensky said.';
    expect(run(text).total.killed).toBe(12);
  });
});

describe('"claimed the lives of"', () => {
  it.each([
    ['The attack claimed the lives of 12 people.', 12],
    ['The blast claimed the lives of 12.', 12],
    ['The fire took the lives of 12 residents on Monday.', 12],
  ])('counts the dead: %s', (text, killed) => {
    expect(run(text).total.killed).toBe(killed);
  });

  it('reads no figure of the dead in "the life of 20-year-old"', () => {
    expect(run('A shooting claimed the life of 20–year–old José Sanchez.').total.killed).not.toBe(20);
  });

  it('keeps the tolls of other, recent incidents as background', () => {
    const text = 'A San Diego officer was killed on Thursday. It came after recent incidents in Dallas and Baton Rouge that collectively claimed the lives of eight officers.';
    expect(run(text).total.killed).toBe(1);
  });

  it("keeps a war's toll to date as background", () => {
    const text = 'Militants beheaded 12 prisoners on Monday. The civil war in Syria is thought to have already claimed the lives of more than 200,000 people.';
    expect(run(text).total.killed).toBe(12);
  });
});

describe('"killing both"', () => {
  it.each(['The suspect shot a woman, 32, and a man, 40, killing both.', 'He shot his wife and her sister, killing both.'])('counts the two just named as dead: %s', (text) => {
    expect(run(text).total).toMatchObject({ killed: 2 });
    expect(run(text).total.wounded ?? 0).toBe(0);
  });
});

describe('targets struck', () => {
  it.each(['The Israeli military said it had struck more than 40 Hamas targets, including rocket launchers.', 'Jets struck 12 militant positions overnight.'])('are no people hit: %s', (text) => {
    expect(run(text).total.wounded).toBeNull();
  });
});

describe('a gunman the police shot dead after his toll', () => {
  it('counts him among the dead ("before a police officer ... shot him dead")', () => {
    expect(run('A gunman opened fire at a mall, killing three people before a police officer who was at the mall on an unrelated call shot him dead.').total.killed).toBe(4);
  });
});
