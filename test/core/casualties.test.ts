import { describe, expect, it } from 'vitest';
import seed from '../fixtures/seed.txt?raw';
import { buildDoc } from '../../src/core/doc.ts';
import { extractCasualties } from '../../src/core/facts/casualties/index.ts';
import type { Casualties } from '../../src/core/types.ts';

function run(text: string, publishedAt: string | null = null, title: string | null = null): Casualties {
  return extractCasualties(buildDoc({ text, publishedAt, title }));
}

/** Every event's evidence slices its source (the title for `in: 'title'`, else the text) to its words. */
function expectEvidence(c: Casualties, text: string, title = ''): void {
  for (const e of [...c.events, ...c.historical]) {
    const source = e.evidence.in === 'title' ? title : text;
    expect(source.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
  }
}

describe('casualties on the seed article', () => {
  const c = run(seed);

  it('counts the current flare-up once: 4 killed, 7 wounded', () => {
    expect(c.total).toEqual({ killed: 4, wounded: 7, missing: null, captured: null, displaced: null });
  });

  it('attributes the casualties to each side', () => {
    const row = (party: string) => c.byParty.find((p) => p.party === party);
    expect(row('Armenia')).toMatchObject({ killed: 3, wounded: 5 });
    expect(row('Azerbaijan')).toMatchObject({ killed: 1, wounded: 2 });
    expect(c.byParty.map((p) => p.party).sort()).toEqual(['Armenia', 'Azerbaijan']);
  });

  it('keeps the 2020 war figures in historical only', () => {
    expect(c.historical.map((e) => [e.type, e.count])).toEqual([['killed', 5000], ['displaced', 10000]]);
    expect(c.historical[0]?.low).toBe(5000);
    expect(c.events.some((e) => e.count >= 5000)).toBe(false);
  });

  it('marks the repeated July 23 reports as duplicates', () => {
    const dups = c.events.filter((e) => e.duplicateOf !== null);
    expect(dups.map((e) => e.evidence.text)).toEqual([
      'an Azerbaijani serviceman was killed',
      'an Azerbaijani serviceman died',
      '3 Armenian servicemen received slight injuries',
    ]);
    for (const e of dups) expect(c.events[e.duplicateOf as number]?.count).toBe(e.count);
  });

  it('gives every event evidence that slices to its words', () => {
    for (const e of [...c.events, ...c.historical]) {
      expect(seed.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    }
    expect(c.events[0]?.evidence.text).toBe('three of its troops were killed');
    expect(c.events[0]?.source).toBe('Armenia’s Defense Ministry');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(run(seed))).toBe(JSON.stringify(c));
  });
});

const trueCases: Array<[string, Partial<Casualties['total']>, string]> = [
  ['Police said a man was shot and killed on Main Street on Sunday.', { killed: 1, wounded: null }, 'a man was shot and killed'],
  ['Two people were shot, one fatally, in the parking lot.', { killed: 1, wounded: 1 }, 'Two people were shot'],
  ['At least 20 civilians were killed in the air strike.', { killed: 20 }, 'At least 20 civilians were killed'],
  ['Dozens of villagers were wounded in the attack.', { wounded: 12 }, 'Dozens of villagers were wounded'],
  ['The blast killed forty-eight people and injured a dozen others.', { killed: 48, wounded: 12 }, 'killed forty-eight people'],
  ['The death toll rose to 1,200 on Friday, the ministry said.', { killed: 1200 }, 'death toll rose to 1,200'],
  ['Hundreds of soldiers were captured and 30 are missing.', { captured: 100, missing: 30 }, 'Hundreds of soldiers were captured'],
  ['More than 1.2 million people have been displaced by the fighting.', { displaced: 1_200_000 }, 'More than 1.2 million people have been displaced'],
  ['No casualties were reported after the shelling.', { killed: 0, wounded: 0 }, 'No casualties'],
  ['A teen was shot in the leg. He was taken to a hospital.', { killed: null, wounded: 1 }, 'A teen was shot'],
  ['Three men were shot Saturday. One of them died at the hospital.', { killed: 1, wounded: 2 }, 'Three men were shot'],
  ['Four of the five victims were killed in the crash.', { killed: 4 }, 'Four of the five victims were killed'],
  ['Police named one of the three men shot and killed on Friday.', { killed: 3 }, 'one of the three men shot and killed'],
  ['The gunman killed two and wounded three before fleeing.', { killed: 2, wounded: 3 }, 'wounded three'],
  ['Both men were shot dead outside the shop.', { killed: 2 }, 'Both men were shot dead'],
  ['Two men were shot at a bus stop.Both died at the hospital.', { killed: 2, wounded: 0 }, 'Both died'],
  ['They were both wounded by gunfire on the porch.', { wounded: 2 }, 'both wounded'],
  ['Three adults and two teens ages 14 and 15 were wounded.', { wounded: 5 }, 'Three adults and two teens ages 14 and 15 were wounded'],
  ['A 12 year-old girl was killed in the crossfire.', { killed: 1 }, 'A 12 year-old girl was killed'],
  ['Ann Lee, 31, and Bo Park, 54, were killed at the store.', { killed: 2 }, 'Ann Lee, 31, and Bo Park, 54, were killed'],
  ['Six people, including the gunman, were killed.', { killed: 6 }, 'Six people, including the gunman, were killed'],
  ['Two victims, a man and a woman, died at the scene.', { killed: 2 }, 'Two victims, a man and a woman, died'],
  ['A family of four was found dead in the house.', { killed: 4 }, 'A family of four was found dead'],
  ['4 Shot, 1 Killed Outside Club', { killed: 1, wounded: 3 }, '1 Killed'],
  ['On Sunday two men were killed near the bar.', { killed: 2 }, 'two men were killed'],
  ['Both Lee and his daughter died in the fire.', { killed: 2 }, 'Both Lee and his daughter died'],
  ['The two men are in critical but stable condition.', { wounded: 2 }, 'The two men are in critical but stable condition'],
  ['A woman was rushed to Mercy General Hospital by friends.', { wounded: 1 }, 'A woman was rushed to Mercy General Hospital'],
  ['A girl was airlifted to a regional hospital.', { wounded: 1 }, 'A girl was airlifted to a regional hospital'],
  ['The gunman killed his wife and two children.', { killed: 3 }, 'killed his wife and two children'],
  ['He shot and killed a 9-year-old and her grandmother.', { killed: 2 }, 'killed a 9-year-old and her grandmother'],
  ['1 killed 3 injured in weekend shooting', { killed: 1, wounded: 3 }, '3 injured'],
  ['Ann Lee, 20, Bo Park, 21, and Cy Young, 30, were wounded.', { wounded: 3 }, 'Ann Lee, 20, Bo Park, 21, and Cy Young, 30, were wounded'],
  ['Ann Lee, Bo Park and Cy Young were struck by bullets.', { wounded: 3 }, 'Ann Lee, Bo Park and Cy Young were struck by bullets'],
  ['Four women, ranging in age from 31 to 40, were shot.', { wounded: 4 }, 'Four women, ranging in age from 31 to 40, were shot'],
  ['The attack left a man dead and his brother injured.', { killed: 1, wounded: 1 }, 'his brother injured'],
  ['He shot all three before fleeing.', { wounded: 3 }, 'shot all three'],
  ['Three more people are at a hospital, police said.', { wounded: 3 }, 'Three more people are at a hospital'],
  ['Four federal law enforcement officers were shot.', { wounded: 4 }, 'Four federal law enforcement officers were shot'],
  ['The father and stepmother of a boy who was accidentally shot were charged.', { wounded: 1 }, 'a boy who was accidentally shot'],
  ['Boy, 8, accidentally shoots himself at home', { wounded: 1 }, 'shoots himself'],
  ['The gunman wounds two guards and flees.', { wounded: 2 }, 'wounds two guards'],
  ['He shot and killed his mother, stepfather, and grandmother.', { killed: 3 }, 'killed his mother, stepfather, and grandmother'],
  ['He opened fire, killing her and another woman.', { killed: 2 }, 'killing her and another woman'],
  ['Police say he killed Ann Lee and her daughter, Kim, at home.', { killed: 2 }, 'killed Ann Lee and her daughter'],
  ['She fatally shot her husband and three sons.', { killed: 4 }, 'fatally shot her husband and three sons'],
  ['The two victims – Ann Lee, 16, and Bo Park, 13 – died.', { killed: 2 }, 'The two victims – Ann Lee, 16, and Bo Park, 13 – died'],
  ['Lee was one of five people shot at the bar.', { wounded: 5 }, 'one of five people shot'],
  ['His mother, grandmother and a family friend were wounded.', { wounded: 3 }, 'His mother, grandmother and a family friend were wounded'],
  ['Three others suffered minor gunshot wounds.', { wounded: 3 }, 'Three others suffered minor gunshot wounds'],
  ['He is accused of killing 30-year-old Ann Lee and her son.', { killed: 2 }, 'killing 30-year-old Ann Lee and her son'],
  ['The shooting killed Ann Lee, 21, and Bo Park, 22, on Friday.', { killed: 2 }, 'killed Ann Lee, 21, and Bo Park, 22'],
  ['He opened fire, shooting two people outside the bar.', { wounded: 2 }, 'shooting two people'],
  ['Police said the man shot a 12-year-old', { wounded: 1 }, 'shot a 12-year-old'],
  ['He was found guilty of murdering two men at a dice game.', { killed: 2 }, 'murdering two men'],
  ['Two men were struck in the legs.', { wounded: 2 }, 'Two men were struck'],
  ['The other four people have minor injuries.', { wounded: 4 }, 'The other four people have minor injuries'],
  ['She was one of six people who were wounded.', { wounded: 6 }, 'one of six people who were wounded'],
  ['He killed a young couple and shot two others.', { killed: 2, wounded: 2 }, 'shot two others'],
  ['The couple were found dead in their home.', { killed: 2 }, 'The couple were found dead'],
  ['A man was killed on Monday. Two others were shot.', { killed: 1, wounded: 2 }, 'Two others were shot'],
  ['She killed her daughter, Kim Lee, and her father.', { killed: 2 }, 'killed her daughter, Kim Lee, and her father'],
  ['He shot his wife, Ann Lee, 34, and their son.', { wounded: 2 }, 'shot his wife, Ann Lee, 34, and their son'],
  ['Five police officers died that night.', { killed: 5 }, 'Five police officers died'],
  ['He brutally killed them both.', { killed: 2 }, 'killed them both'],
  ['His mom and younger brother were dead.', { killed: 2 }, 'His mom and younger brother were dead'],
  ['Two children, ages 3 and 5, and their mother were found dead.', { killed: 3 }, 'Two children, ages 3 and 5, and their mother were found dead'],
  ['He shot both children in the yard.', { wounded: 2 }, 'shot both children'],
  ['A man died at the scene. Police said he and four others were shot.', { killed: 1, wounded: 4 }, 'he and four others were shot'],
  ['A boy was killed on Monday. A woman and two other men were also shot.', { killed: 1, wounded: 3 }, 'A woman and two other men were also shot'],
  ['The fight left two people dead and five others injured.A third man was arrested.', { killed: 2, wounded: 5 }, 'five others injured'],
  ['Two women, 22 and 26, were also injured.', { wounded: 2 }, 'Two women, 22 and 26, were also injured'],
  ['Two men, one 17 and the other 21, suffered gunshot wounds.', { wounded: 2 }, 'Two men, one 17 and the other 21, suffered gunshot wounds'],
  ['Police said three victims, 19, 20 and 25, were shot.', { wounded: 3 }, 'three victims, 19, 20 and 25, were shot'],
  ['Four men, ages 31, 32, 33 and 34, and his 4-year-old son were taken to hospitals.', { wounded: 5 }, 'Four men, ages 31, 32, 33 and 34, and his 4-year-old son were taken to hospitals'],
  ['The two men, both 23 — one from Elm Street — were each shot.', { wounded: 2 }, 'both 23 — one from Elm Street — were each shot'],
  ['Police said four people and two vehicles were shot.', { wounded: 4 }, 'four people and two vehicles were shot'],
  ['Four people, including an 11-year-old, were shot.', { wounded: 4 }, 'Four people, including an 11-year-old, were shot'],
  ['Five shooting victims were transported to local hospitals for treatment.', { wounded: 5 }, 'Five shooting victims were transported to local hospitals'],
  ['Four others, 41-year-old Ron Dern; 22-year-old Tia Jack, who is pregnant; 24-year-old Ty Jenk; and 53-year-old Ada Carr, were injured.', { wounded: 4 }, 'Four others, 41-year-old Ron Dern; 22-year-old Tia Jack, who is pregnant; 24-year-old Ty Jenk; and 53-year-old Ada Carr, were injured'],
  ['On Nov. 17, 8-year-old Ann Lee was killed.', { killed: 1 }, '17, 8-year-old Ann Lee was killed'],
  ['Three other men inside the home were injured.', { wounded: 3 }, 'Three other men inside the home were injured'],
  ['Two men between the ages of 20 and 25 were shot.', { wounded: 2 }, 'Two men between the ages of 20 and 25 were shot'],
  ['Both men inside the car were killed, and three others were injured.', { killed: 2, wounded: 3 }, 'Both men inside the car were killed'],
  ['The officer was killed on Saturday. A woman was also killed.', { killed: 2 }, 'A woman was also killed'],
  ['Gunmen killed 12 villagers on Tuesday. Three policemen were also killed.', { killed: 15 }, 'Three policemen were also killed'],
  ['A gunman killed three people at a mall on Saturday before police shot and killed him.', { killed: 4 }, 'killed three people'],
  ['Five people were killed in Kharkiv and three in Odesa on Monday.', { killed: 8 }, 'Five people were killed in Kharkiv and three in Odesa'],
  ['Four residents of the town were killed on Monday.', { killed: 4 }, 'Four residents of the town were killed'],
  ['An Israeli strike killed a family of six in Gaza City on Monday.', { killed: 6 }, 'killed a family of six'],
  ['Three members of the same family were killed in the strike on Monday.', { killed: 3 }, 'Three members of the same family were killed'],
  ['Russian strikes killed five people in Kharkiv and three others in Odesa on Monday.', { killed: 8 }, 'killed five people in Kharkiv and three others in Odesa'],
  ['Five people were killed in Kharkiv and three in Odesa were wounded on Monday.', { killed: 5 }, 'Five people were killed'],
  ['A man shot and killed a robbery suspect at a restaurant on Monday.', { killed: 1 }, 'shot and killed a robbery suspect'],
  ['A triple murder shocked the town. Her husband Kevin and daughter Grace were also killed.', { killed: 3 }, 'triple murder'],
  ['One man died. All four victims were taken to the hospital.', { killed: 1, wounded: 3 }, 'All four victims were taken to the hospital'],
  ['Ann Lee was killed. Bo Park, 22, was also shot and killed.', { killed: 2 }, 'Bo Park, 22, was also shot and killed'],
  ['A man was shot and killed. His nephew was also shot and is in fair condition.', { killed: 1, wounded: 1 }, 'His nephew was also shot'],
  ['A girl was wounded in the arm and two others were hurt by flying glass.', { wounded: 3 }, 'two others were hurt'],
  // Minor injuries tell the people live: injured, not among the dead.
  ['Two men were killed and two men suffered minor injuries.', { killed: 2, wounded: 2 }, 'two men suffered minor injuries'],
  ['Two men died. Two other men received non-life threatening injuries.', { killed: 2, wounded: 2 }, 'Two other men received non-life threatening injuries'],
  ['A man shot his estranged wife and her brother on Friday.', { wounded: 2 }, 'shot his estranged wife and her brother'],
  ['A man was shot in the foot and a woman was grazed on the arm.', { wounded: 2 }, 'a woman was grazed'],
  ['A deputy was hit in the shoulder during the exchange of gunfire.', { wounded: 1 }, 'A deputy was hit in the shoulder'],
  ['A girl younger than 10 was shot in the arm.', { wounded: 1 }, 'A girl younger than 10 was shot'],
  ['Three men were sent to the hospital after the fight.', { wounded: 3 }, 'Three men were sent to the hospital'],
  ['On Aug. 9, a girl and two boys were injured by gunfire.', { wounded: 3 }, '9, a girl and two boys were injured'],
  ['A woman was hit by stray gunfire on her porch.', { wounded: 1 }, 'A woman was hit by stray gunfire'],
  ['A 15 and 16-year-old were shot near the park.', { wounded: 2 }, 'A 15 and 16-year-old were shot'],
  // A shooter who tried to take their own life and lives is counted injured (GVA).
  ['A man shot and killed his brother, then attempted suicide.', { killed: 1, wounded: 1 }, 'attempted suicide'],
  ['Two officers who entered the apartment were wounded.', { wounded: 2 }, 'Two officers who entered the apartment were wounded'],
  // Tallies over hours or several shootings are background to the incident reported.
  ['A man was shot in the leg on Elm Street. Police said 14 people were shot in the city in about 12 hours.', { wounded: 1 }, 'A man was shot'],
  ['A woman was wounded on Oak Avenue. Seven people were wounded in shootings across the city from Friday to early Monday.', { wounded: 1 }, 'A woman was wounded'],
  ['Two men were shot outside a bar. Nine people were wounded in weekend Dayton shootings over a 30-hour stretch.', { wounded: 2 }, 'Two men were shot'],
  // An ordinal tells how many were hit (or died) in all: "a third victim" is the third.
  ['A man was killed on the porch. A third victim was grazed.', { killed: 1, wounded: 2 }, 'A third victim was grazed'],
  ['Two men were shot on Sunday. A second person has died, police said.', { killed: 2 }, 'A second person has died'],
  ['Police now say an 8th teen was injured in the party shooting.', { wounded: 8 }, 'an 8th teen was injured'],
  // A relative clause between the person and the verb.
  ['A woman who was walking her dog was shot in the leg.', { wounded: 1 }, 'A woman who was walking her dog was shot'],
  ['A man who lives nearby was wounded, police said.', { wounded: 1 }, 'A man who lives nearby was wounded'],
  // Not for someone taken to a hospital, who may be one of the dead.
  ['A man was killed. A third man was taken to a hospital.', { killed: 1, wounded: 1 }, 'A third man was taken to a hospital'],
  ['Five people were shot, including a girl who was hit in the hand.', { wounded: 5 }, 'Five people were shot'],
  // One shooting, no sides: a second source's larger figure is an update (GVA), not a dispute to settle low (ACLED).
  ['Two people were wounded in the shooting, police said. Three people were wounded, the hospital said.', { wounded: 3 }, 'Three people were wounded'],
  ['Armenia said five Armenian soldiers were killed on Monday. Azerbaijan said eight Armenian soldiers were killed on Monday.', { killed: 5 }, 'five Armenian soldiers were killed'],
  ['Two men were treated and released at the hospital.', { wounded: 2 }, 'Two men were treated and released'],
  ['Two women were treated for minor injuries.', { wounded: 2 }, 'Two women were treated for minor injuries'],
  ['Three other people were treated at a hospital and released.', { wounded: 3 }, 'Three other people were treated at a hospital'],
  ['Two other men later showed up at a hospital with gunshot wounds.', { wounded: 2 }, 'Two other men later showed up at a hospital'],
  ['A woman drove herself to the hospital.', { wounded: 1 }, 'A woman drove herself to the hospital'],
  ['Two of the teens were taken by ambulance to a hospital.', { wounded: 2 }, 'Two of the teens were taken by ambulance to a hospital'],
  ['One boy was killed; the three other teens survived.', { killed: 1, wounded: 3 }, 'the three other teens survived'],
  ['The shooting left one person dead and sent one other person to the hospital.', { killed: 1, wounded: 1 }, 'sent one other person to the hospital'],
  ['Officers found three victims who were suffering from gunshot wounds.', { wounded: 3 }, 'three victims who were suffering from gunshot wounds'],
  ['Police arrested the triple-homicide suspect on Friday.', { killed: 3 }, 'triple-homicide'],
  ['He killed his wife, two sons, then himself.', { killed: 4 }, 'killed his wife, two sons, then himself'],
  ['A man shot his son and then himself.', { wounded: 1 }, 'shot his son'],
  ['Three victims, a 25-year-old man, a 30-year-old man, and a 41-year-old woman, were taken to a hospital.', { wounded: 3 }, 'Three victims, a 25-year-old man, a 30-year-old man, and a 41-year-old woman, were taken to a hospital'],
  // Knives, beatings and fire kill and wound too (ACLED and UCDP count every violent death, not only gunfire).
  ['Four people were stabbed to death and seven wounded in the knife attack.', { killed: 4, wounded: 7 }, 'Four people were stabbed to death'],
  ['Two men were beaten to death by the mob.', { killed: 2 }, 'Two men were beaten to death'],
  ['Three villagers were hacked to death in the raid.', { killed: 3 }, 'Three villagers were hacked to death'],
  ['Two children were burned to death when the house was set alight.', { killed: 2 }, 'Two children were burned to death'],
  ['Three people were stabbed in the attack.', { wounded: 3 }, 'Three people were stabbed'],
  ['Two men were stabbed on Friday night. One of them later died in hospital.', { killed: 1, wounded: 1 }, 'Two men were stabbed'],
  ['A knife-wielding man stabbed five people, killing two.', { killed: 2, wounded: 3 }, 'stabbed five people'],
  ['Five people drowned when the ferry sank.', { killed: 5 }, 'Five people drowned'],
  // Tolls told with what they are of, and deaths counted as lives.
  ['The death toll from the earthquake rose to 300.', { killed: 300 }, 'death toll from the earthquake rose to 300'],
  ["The toll from Sunday's attack has risen to 45.", { killed: 45 }, "toll from Sunday's attack has risen to 45"],
  ['The number of dead rose to 40 on Monday.', { killed: 40 }, 'number of dead rose to 40'],
  ['The attack claimed 23 lives.', { killed: 23 }, '23 lives'],
  // A range counts its low end (ACLED); "two dozen" is 24; a rising toll's latest figure.
  ['Between 40 and 90 villagers were killed.', { killed: 40 }, 'Between 40 and 90 villagers were killed'],
  ['Gunmen killed more than two dozen fighters.', { killed: 24 }, 'killed more than two dozen fighters'],
  // A bare figure next to the verb, after a counted noun, is a subject of its own, with or without "more than".
  ['Some 3,000 civilians and more than 40 wounded were evacuated.', { wounded: 40 }, 'more than 40 wounded'],
  ['The attack killed 20, with the death toll rising to 22 on Monday.', { killed: 22 }, 'death toll rising to 22'],
  ['Nine people were killed on Friday. Earlier that year, soldiers killed 13 protesters.', { killed: 9 }, 'Nine people were killed'],
  // A toll over years is background; a video playlist entry is another story.
  ['Two men were shot on Friday. The feud has claimed two lives over the past few years.', { killed: null, wounded: 2 }, 'Two men were shot'],
  ['A man was shot on Main Street. Shooting in Elm City takes 2 lives | 0:38', { killed: null, wounded: 1 }, 'A man was shot'],
];

describe('casualty figures in hand-written sentences', () => {
  it.each(trueCases)('%s', (text, expected, evidence) => {
    const c = run(text);
    expect(c.total).toMatchObject(expected);
    expect(c.events.map((e) => e.evidence.text)).toContain(evidence);
    for (const e of c.events) expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    // A duplicate points at the first report, not at another duplicate.
    for (const e of c.events) if (e.duplicateOf !== null) expect(c.events[e.duplicateOf]?.duplicateOf).toBeNull();
  });

  it('attributes through demonyms and "civilians"', () => {
    const c = run('Two Israeli soldiers and five Palestinian civilians were killed. Three Syrians were wounded.');
    expect(c.byParty).toEqual(expect.arrayContaining([
      expect.objectContaining({ party: 'Syria', wounded: 3 }),
    ]));
    const d = run('Five Afghan civilians were killed in the strike.');
    expect(d.byParty).toEqual([expect.objectContaining({ party: 'civilians', killed: 5 })]);
  });

  it('counts a death with a natural word nearby that is not its cause, and a killing whatever follows', () => {
    expect(run('Two people died in the shooting at the cancer center.').total.killed).toBe(2);
    const c = run('The man who killed his neighbour was suffering from dementia.');
    expect(c.events.length + c.historical.length).toBe(1);
  });

  it('keeps a tally of the year so far out of the current toll', () => {
    const c = run('Four men were shot dead at the restaurant. So far in 2017, 150 people have been murdered.', '2017-06-01');
    expect(c.total.killed).toBe(4);
    expect(c.historical.map((e) => e.count)).toEqual([150]);
  });

  it('keeps a month of an earlier year out of the current toll', () => {
    const c = run('A suicide bomber killed 30 people at a rally in Kabul on Saturday. In July 2016, a suicide bomb attack on a rally in Kabul killed about 80.', '2018-08-20');
    expect(c.total.killed).toBe(30);
    expect(c.historical.map((e) => e.count)).toEqual([80]);
  });

  it('keeps a dated event told as past ("was in October 2013, when …") out of the current toll, with no publication date', () => {
    const c = run('Eight border guards have been killed in clashes with militants. One of the deadliest attacks was in October 2013, when 14 border guards were killed near the city.', null);
    expect(c.total.killed).toBe(8);
    expect(c.historical.map((e) => e.count)).toEqual([14]);
    expect(run('The second death of a baby occurred in September 2008. A nurse was killed on Monday.', null).total.killed).toBe(1);
    // Without a publication date, a month and year alone may be the incident reported.
    expect(run('In July 2016, a suicide bomb attack on a rally in Kabul killed about 80.', null).total.killed).toBe(80);
  });

  it('counts people an accident or a disaster reports missing by their trade ("three fishermen went missing")', () => {
    expect(run('Three fishermen went missing on Sunday. The coast guard is searching.', '2024-05-08').total.missing).toBe(3);
    expect(run('Two hikers are missing after the storm.', '2024-05-08').total.missing).toBe(2);
    // A counted plural and one person of a trade joined by "and" add up, for the missing as for the dead.
    expect(run('Two hikers and a climber are missing after the storm.', '2024-05-08').total.missing).toBe(3);
    expect(run('Two hikers and a climber were killed by the avalanche.', '2024-05-08').total.killed).toBe(3);
    // A second conjunct naming one person by an unlisted trade ("their guide", "a translator", "the bomber").
    expect(run('Two hikers and their guide are missing.', '2024-05-08').total.missing).toBe(3);
    expect(run('Two soldiers and a translator were killed on Monday.', '2024-05-08').total.killed).toBe(3);
    expect(run('Twenty-six people and the bomber were killed on Monday.', '2024-05-08').total.killed).toBe(27);
    expect(run('Two soldiers and a dog were killed on Monday.', '2024-05-08').total.killed).toBeNull();
  });

  it('reads "sustained what police say are minor injuries" and "taken privately to a hospital" for a group', () => {
    expect(run('Four other teenagers, ages 13 to 17, sustained what police say are non-life threatening injuries.').total.wounded).toBe(4);
    expect(run('Two other people were taken privately to a hospital.').total.wounded).toBe(2);
    // One person so taken may be the one who died, told of elsewhere.
    expect(run('A man was shot and killed on Monday. He was taken immediately to the hospital.').total).toMatchObject({ killed: 1, wounded: null });
  });

  it('counts dead bodies, not institutions ("two different examination bodies")', () => {
    expect(run('The tests were set by two different examination bodies.').total.killed).toBeNull();
    expect(run('Police found five charred bodies in the house.').total.killed).toBe(5);
    expect(run('Police identified four people whose bodies were found.').total.killed).toBe(4);
  });

  it('reads "missing" with an object as the verb "miss", not missing people', () => {
    expect(run('He fired at two others on the sidewalk but missing both.').total.missing).toBeNull();
    expect(run('He was missing the shoe from his left leg.').total.missing).toBeNull();
    expect(run('She was reported missing the morning of January 12.').total.missing).toBe(1);
    expect(run('Three hikers went missing a week ago.').total.missing).toBe(3);
  });

  it('counts no captive for a fugitive captured, a suspect, or a video that "captured" gunshots', () => {
    const crime = 'A man opened fire at a bar on Monday, police said, wounding two people.';
    expect(run(`${crime} He was captured outside Atlanta on Friday.`).total.captured).toBeNull();
    expect(run(`${crime} One suspect was captured by a police dog.`).total.captured).toBeNull();
    expect(run(`${crime} Police captured the man accused of the shooting.`).total.captured).toBeNull();
    expect(run(`${crime} One cell phone video captured four gunshots.`).total.captured).toBeNull();
    expect(run('A father and son captured a monster alligator in the lake.').total.captured).toBeNull();
    // Soldiers, hostages and a person named as kidnapped still are.
    expect(run('Two soldiers were captured by the rebels on Monday.').total.captured).toBe(2);
    expect(run(`${crime} Mr Gustafsson was kidnapped in the desert.`).total.captured).toBe(1);
  });

  it('reads digits that are part of a name or a title as no count ("Apollo 13", "50 Cent")', () => {
    expect(run('The rapper 50 Cent was shot outside a studio in 2000.').total.wounded).toBe(1);
    expect(run('Sales of Doom 3 were hurt by piracy.').total.wounded).toBeNull();
    expect(run('The Zone 5 officers accidentally shot a man.').total.wounded).toBe(1);
    // A count after an opening adverb, a place or a plural label stays one.
    expect(run('Only 3 people were hurt.').total.wounded).toBe(3);
    expect(run('In Baghdad 12 people were killed on Monday.').total.killed).toBe(12);
    expect(run('Related Headlines 5 shot in a park.').total.wounded).toBe(5);
    expect(run('More than 200 Chibok schoolgirls were kidnapped.').total.captured).toBe(200);
    // A day, a month or an outlet in capitals before a count leaves it a count.
    expect(run('Police said Tuesday 3 people were killed in the shooting.').total.killed).toBe(3);
    expect(run('Officials said Friday 12 soldiers were killed in the attack.').total.killed).toBe(12);
    expect(run('Police told CNN 3 people were killed in the shooting.').total.killed).toBe(3);
  });

  it('adds up different days and counts a repeated report once', () => {
    const text = 'Two soldiers were killed on Monday, the army said. Three more were killed on Tuesday. Two soldiers were killed on Monday, the ministry said.';
    expect(run(text, '2024-05-08').total.killed).toBe(5);
  });

  it('counts "three others wounded" told on two days once', () => {
    const text = 'One man was killed and three others wounded on Monday. On Tuesday police said three others were wounded.';
    expect(run(text, '2024-05-08').total).toMatchObject({ killed: 1, wounded: 3 });
  });

  it('reads a singular appositive as one person, not the figure before it', () => {
    expect(run('The sister of the two boys, Ann Lee, died on Sunday.').total.killed).toBe(1);
  });

  it('does not count as wounded someone taken to a hospital where he died', () => {
    const c = run('A man was shot and rushed to St. Mary Hospital, where he died.');
    expect(c.total).toMatchObject({ killed: 1 });
    expect(c.total.wounded ?? 0).toBe(0);
  });

  it('reads a possessive after a number as no count', () => {
    expect(run("Police said the 911 caller's father was dead.").total.killed).toBe(1);
  });

  it('takes the largest figure of a side over several days, unless a day says it adds', () => {
    const text = 'Two men were killed on Saturday night. Police said on Monday that two men were killed and three men were wounded.';
    expect(run(text, '2024-05-08').total).toMatchObject({ killed: 2, wounded: 3 });
    const update = 'Two people were wounded on Saturday. On Sunday, police said three people had been wounded.';
    expect(run(update, '2024-05-08').total.wounded).toBe(3);
  });

  it('counts the background of a follow-up with no current report, but not a statistic', () => {
    expect(run('Police arrested a man on Friday. The shooting last month killed a 4-year-old girl, police said.', '2024-05-08').total.killed).toBe(1);
    expect(run('Last year 1,200 people were killed in crashes in the state.', '2024-05-08').total.killed).toBeNull();
  });

  it('reads "a shooting death" or "the deadly shooting" with no figure as one death, the one reported hit', () => {
    const c = run("A man was charged on Friday in his neighbor's shooting death. Police said she was shot in the chest.", '2024-05-08');
    expect(c.total).toMatchObject({ killed: 1, wounded: 0 });
    expectEvidence(c, "A man was charged on Friday in his neighbor's shooting death. Police said she was shot in the chest.");
    expect(run('Police are still looking for a motive in the deadly shooting.', '2024-05-08', 'Deadly shooting').total.killed).toBe(1);
    expect(run('In 2010 he was charged in a shooting death in Ohio.', '2024-05-08').total.killed).toBeNull();
    expect(run('Police are investigating the fatal shooting on Elm Street.', '2024-05-08').total.killed).toBe(1);
    expect(run('A couple was charged in the non-fatal shooting on Elm Street.', '2024-05-08').total.killed).toBeNull();
    expect(run('A man was charged with murder in the shooting of a woman at her apartment.', '2024-05-08').total.killed).toBe(1);
    expect(run('A man was charged with attempted murder in the shooting.', '2024-05-08').total.killed).toBeNull();
    expect(run('Police identified the homicide victim on Monday.', '2024-05-08').total.killed).toBe(1);
  });

  it('keeps roundup totals over many incidents out of the total', () => {
    const text = 'Two men were shot on Oak Street on Sunday. Police said 22 people were wounded in weekend shootings across the city.';
    expect(run(text, '2024-05-08', '3 dead, 22 wounded in weekend shootings').total).toMatchObject({ killed: null, wounded: 2 });
    expect(run('Four people were killed in separate shootings on Friday.', '2024-05-08').total.killed).toBe(4);
    expect(run('A man was shot on Elm Street on Sunday.', '2024-05-08', 'Violent night leaves 2 dead, 8 injured').total).toMatchObject({ killed: null, wounded: 1 });
    expect(run('Two men were shot on Elm Street. At least 40 other people have been shot since Friday.', '2024-05-08').total.wounded).toBe(2);
  });

  it('keeps links to other stories out of the total', () => {
    const text = 'A man was shot on Main Street on Sunday.\n\n1:51 Teen killed in crash on highway\n\nRelated coverage: Two killed in bar shooting';
    expect(run(text, '2024-05-08').total).toMatchObject({ killed: null, wounded: 1 });
  });

  it('reads a murder-suicide as at least the victim and the shooter dead', () => {
    expect(run('Police are investigating a murder-suicide at a home on Elm Street.', '2024-05-08').total.killed).toBe(2);
    expect(run('Deputies are investigating a double murder-suicide at a farm.', '2024-05-08').total.killed).toBe(3);
    expect(run('Police called it an attempted murder-suicide.', '2024-05-08').total.killed).toBeNull();
    expect(run('Police called the deaths of the couple a murder/suicide.', '2024-05-08').total.killed).toBe(2);
    expect(run('Police called it a murder-suicide. The man killed his wife and three children.', '2024-05-08').total.killed).toBe(5);
    expect(run('Police called it a murder-suicide. Two people were found dead in the home.', '2024-05-08').total.killed).toBe(2);
    expect(run('He fatally shot his wife and their son before killing himself.', '2024-05-08').total.killed).toBe(3);
    expect(run('He fatally shot his brother and killed himself.', '2024-05-08', 'Shooting kills 2 brothers').total.killed).toBe(2);
  });

  it('reads one who shot himself as the one dead when no death is the object of another shooting', () => {
    const accident = 'A 15-year-old boy was shot and killed on Monday. Deputies said Sam Cole accidentally shot himself while cleaning a rifle.';
    expect(run(accident, '2024-05-08').total).toMatchObject({ killed: 1, wounded: 0 });
    // The shooter of another's death who shot himself and lives is injured.
    expect(run('A man fatally shot his wife on Sunday and then shot himself. He is in critical condition.', '2024-05-08').total).toMatchObject({ killed: 1, wounded: 1 });
  });

  it('reads a death whose subject carries the relative clause of the shooting as the death of that person', () => {
    const c = run('A 20-year-old man who was shot in the chest on Monday died at a hospital.', '2024-05-08');
    expect([c.total.killed, c.total.wounded ?? 0]).toEqual([1, 0]);
    expect(c.events.filter((e) => e.type === 'wounded' && e.duplicateOf === null)).toEqual([]);
    const self = run('The 3-year-old who accidentally shot himself Monday has died.', '2024-05-08');
    expect([self.total.killed, self.total.wounded ?? 0]).toEqual([1, 0]);
    expect(run('Two of the four people who were shot died at the scene.', '2024-05-08').total).toMatchObject({ killed: 2, wounded: 2 });
    // The ordinal counts those shot, not the dead; a clause on another noun or the clause's own verb is no such death.
    expect(run('A second officer who was shot has died.', '2024-05-08').total.killed).toBe(1);
    expect(run('The father of a boy who was shot has died.', '2024-05-08').total.killed).toBeNull();
    expect(run('Police arrested a man in a quadruple shooting that killed a 16-year-old boy.', '2024-05-08').total).toMatchObject({ killed: 1, wounded: 3 });
  });

  it('reads the ordinal of one shot who died as a count of those shot, the dead among them', () => {
    const c = run('Three people who were shot Sunday night are expected to survive. A fourth man who was shot has died.', '2024-05-08');
    expect(c.total).toMatchObject({ killed: 1, wounded: 3 });
  });

  it('counts the plural deaths of a charge ("the killings of four women") and keeps a suspended age out of counts', () => {
    expect(run('He was arrested in the killings of four women.', '2024-05-08').total.killed).toBe(4);
    expect(run('He was charged in the murders of Ann Lee and Bo Park.', '2024-05-08').total.killed).toBe(2);
    expect(run('Police seek a shooter in the deaths of 14- and 18-year-olds.', '2024-05-08').total.killed).not.toBe(14);
  });

  it('reads several people also shot after a death as wounded besides the dead', () => {
    expect(run('Two men were killed on Monday. Her father and a 15-year-old boy were also shot.', '2024-05-08').total).toMatchObject({ killed: 2, wounded: 2 });
  });

  it('lets the body state a vague headline figure exactly', () => {
    expect(run('At least 18 people were taken to local hospitals with gunshot wounds on Sunday.', '2024-05-08', '9 dead, dozens injured in shooting').total.wounded).toBe(18);
    // A figure that is no longer dozens is no exact statement of it (a claim): the headline's stands.
    expect(run('Dozens died in the attack on Monday. A spokesman for the group claimed 190 were dead.', '2024-05-08', 'Car bomb kills dozens at base').total.killed).toBe(12);
  });

  it('reads a demonym before a dog breed as no side', () => {
    const c = run('A man was killed on Monday. His German shepherd was also shot.', '2024-05-08');
    expect(c.byParty.map((p) => p.party)).not.toContain('Germany');
    expect(run('Two German soldiers were killed on Monday.', '2024-05-08').byParty.map((p) => p.party)).toEqual(['Germany']);
  });

  it('keeps background figures out of the total', () => {
    const c = run('Last year the war killed more than 3,000 people. On Monday, two people were killed in new clashes.');
    expect(c.total.killed).toBe(2);
    expect(c.historical.map((e) => e.count)).toEqual([3000]);
  });

  it('lets a side\'s claim of its own kills give way to the sides\' figures', () => {
    const c = run(
      'Militants stormed a base on Friday, killing 10 Ugandan soldiers, an army spokesman said. The army said its troops killed 18 of the attackers. The group said in a statement that it had killed 54 soldiers.',
    );
    expect(c.total.killed).toBe(28);
    expect(c.events.find((e) => e.count === 54)?.duplicateOf).not.toBeNull();
    // The soldiers a side claims to have killed are not its own.
    const rsf = run('Fighting killed 23 civilians on Monday, medics said. The RSF said it had killed 120 army soldiers.');
    expect(rsf.byParty.map((p) => p.party)).not.toContain('Rapid Support Forces');
    // A claim no other figure answers stands.
    expect(run('The army said on Friday that its troops had killed 15 insurgents.').total.killed).toBe(15);
  });

  it('keeps a war\'s toll to date out of the total, in a sentence of the day too', () => {
    const truce = run('Strikes killed three people on Tuesday. The truce ended more than a year of fighting that killed nearly 4,000 people.');
    expect(truce.total.killed).toBe(3);
    expect(truce.historical.map((e) => e.count)).toEqual([4000]);
    const talks = run('The two sides agreed on Wednesday to end a war that has killed hundreds of thousands of people. Dozens of civilians were killed in air strikes last week.');
    expect(talks.total.killed).toBe(12);
  });

  it.each([
    ['The Health Ministry says more than 40,000 Palestinians have been killed in the war.', 40000],
    ['The conflict has displaced more than 8 million people and killed at least 15,000, according to the UN.', 15000],
    ['The insurgency, now in its 14th year, has killed more than 40,000 people.', 40000],
    ['The war in Sudan has killed an estimated 150,000 people.', 150000],
    ['The death toll from the two-year war has risen to 35,000.', 35000],
    ['The rebels have been blamed for killing thousands of civilians over the past decade.', 1000],
    ['Rescuers said they had recovered 120 bodies from the rubble since the truce began.', 120],
  ])('reads a war\'s toll told in the perfect as background: %s', (background, count) => {
    const c = run(`An air strike killed 15 people on Wednesday. ${background}`);
    expect(c.total.killed).toBe(15);
    expect(c.historical.map((e) => e.count)).toContain(count);
  });

  it('keeps a toll in the perfect of the fighting reported as the day\'s', () => {
    expect(run('At least 12 people have been killed in the fighting, officials said.').total.killed).toBe(12);
  });
});

const titleCases: Array<[string, string, Partial<Casualties['total']>]> = [
  ['2 dead, 3 hurt in shooting outside bar', 'Police are looking for the gunman. The bar was closed on Sunday.', { killed: 2, wounded: 3 }],
  ['Man shot and killed in parking lot', 'Officers found the body near a store, police said.', { killed: 1 }],
  ['Three killed in shooting', 'Three people were killed in a shooting on Monday night.', { killed: 3 }],
  ['Man killed in shooting', 'Two men were killed in the shooting, police said.', { killed: 2 }],
  ['2 adults, 3 children dead in house fire', 'Firefighters found the bodies on Sunday.', { killed: 5 }],
  ['Woman, 3-year-old hurt in crash', 'The crash happened at noon.', { wounded: 2 }],
  // The age of the victim's son counts nobody: the body's toll stands.
  ['10-year-old son of slain man names gunman', 'The shooting spree on Wednesday left four dead, police said.', { killed: 4 }],
  ['16-year-old shot on 36th Street', 'Two men were shot there last year, police said.', { wounded: 1 }],
  ['5 murdered in small town; suspect dead', 'The bodies were found on Sunday.', { killed: 6 }],
  // Everyone hit per the headline caps a larger figure the body tells of the neighbourhood.
  ['Girl, 10, Among 3 Wounded in Shooting', 'The shooting happened on Sunday.', { wounded: 3 }],
  // A headline drops the article before the object of its verb, not after a participle.
  ['Teen accidentally shoots 6-year-old cousin in leg', 'Read the full story.', { wounded: 1 }],
  ['Father kills neighbor after argument over fence', 'Read the full story.', { killed: 1 }],
  ['Bullet grazes teen outside skate park', 'Read the full story.', { wounded: 1 }],
  ['5-year-old hit by stray bullet while sleeping', 'Read the full story.', { wounded: 1 }],
  ['Boy, 6, finds gun in closet, shoots self', 'Read the full story.', { wounded: 1 }],
  // A headline's comma before a figure joins objects like "and".
  ['Gunman kills wife, 2 children in farmhouse', 'Read the full story.', { killed: 3 }],
  // A month named alone, months before publication, dates a background sentence.
  ['Man wounded on Elm Street', 'A man was wounded on Elm Street on Monday. A shooting in January injured 12 people at the same corner.', { wounded: 1 }],
  ['Gunfire at block party: 3 people shot', 'Gunfire broke out at a block party late Saturday. The three victims were taken to a hospital. Police said 12 people were shot in the neighborhood during May.', { wounded: 3 }],
  ['Two shot, one fatally, at block party', 'A man died and a woman was hurt. Police said 12 people were shot in the neighborhood during May.', { killed: 1, wounded: 1 }],
];

describe('figures in the title', () => {
  it.each(titleCases)('%s', (title, text, expected) => {
    const c = run(text, '2024-05-08', title);
    expect(c.total).toMatchObject(expected);
    expectEvidence(c, text, title);
  });

  it('marks title evidence and indexes it into the title', () => {
    const title = 'Police: 4 injured in shooting';
    const c = run('The shooting happened late on Friday.', null, title);
    expect(c.total.wounded).toBe(4);
    expect(c.events[0]?.evidence).toEqual({ start: 8, end: 17, text: '4 injured', in: 'title' });
  });

  it('lets a figure the title states with a numeral stand over other incidents in the body', () => {
    const text = 'Two men were killed at a bar on Monday. On Friday, another man was shot dead on Oak Street.';
    expect(run(text, '2024-05-08', '2 killed in bar shooting').total.killed).toBe(2);
    expect(run(text, '2024-05-08').total.killed).toBe(3);
  });

  it('reads a comma after an object as an appositive, not another person', () => {
    expect(run('He shot a 9-year-old girl, his niece, in the leg.').total.wounded).toBe(1);
    expect(run('He shot two children, one of them a baby.').total.wounded).toBe(2);
  });

  it('counts someone who suffered injuries and died as killed only', () => {
    const c = run('A man suffered serious injuries in the shooting. He died at the hospital on Monday.');
    expect(c.total).toMatchObject({ killed: 1 });
    expect(c.total.wounded ?? 0).toBe(0);
  });

  it('does not join an object across a second verb', () => {
    const c = run('The crash claimed the life of a woman and injured a baby.');
    expect(c.total).toMatchObject({ killed: 1, wounded: 1 });
  });

  it('reads a figure of things in a headline list as no count', () => {
    expect(run('It was a long night.', null, 'Violent weekend: 17 scenes, 7 dead, 14 hurt').total).toMatchObject({ killed: 7, wounded: 14 });
  });

  it('does not let a hospital figure in the title stand for everyone wounded', () => {
    const c = run('Nineteen people were wounded in the shooting on Sunday.', '2024-05-08', '3 still in hospital after club shooting');
    expect(c.total.wounded).toBe(19);
  });

  it('lets the lead update the headline by a death or two, not by a statistic', () => {
    expect(run('Police say three people, including an infant, were slain inside a home.', '2024-05-08', 'Man kills 2 teens at home').total.killed).toBe(3);
    expect(run('Police said 12 people were killed.', '2024-05-08', '2 killed in shooting at bar').total.killed).toBe(2);
  });

  it('does not add the title to the same toll in the body', () => {
    const c = run('Two men were killed on Saturday, police said.', '2024-05-08', 'Two killed in shooting');
    expect(c.total.killed).toBe(2);
  });
});

const victimCases: Array<[string, Partial<Casualties['total']>, string]> = [
  ['Julian Bryant, 22, died Wednesday night, police said.', { killed: 1 }, 'Julian Bryant, 22, died'],
  ['John Lee was shot in the chest. He was pronounced dead at the scene.', { killed: 1, wounded: 0 }, 'He was pronounced dead'],
  ['Jackson fired at Milner, killing him.', { killed: 1 }, 'killing him'],
  ['The boy was taken off life support and passed away.', { killed: 1 }, 'The boy was taken off life support and passed away'],
  ['Lisa Hart, 19, was shot and killed, and her brother, Sam Hart, 17, was wounded.', { killed: 1, wounded: 1 }, 'her brother, Sam Hart, 17, was wounded'],
  ['An 8-year-old boy is recovering after being shot in the hand.', { killed: null, wounded: 1 }, 'An 8-year-old boy is recovering after being shot'],
  ['A boy, 9, is recovering after being accidentally shot at home.', { wounded: 1 }, 'A boy, 9, is recovering after being accidentally shot'],
  ['Kim Park, who was shot in the arm, was treated and released.', { wounded: 1 }, 'Kim Park, who was shot'],
  ['The gunman, Tom Reed, fatally shot himself.', { killed: 1, wounded: null }, 'fatally shot himself'],
  ['Doctors say his daughter is now brain dead.', { killed: 1 }, 'his daughter is now brain dead'],
  ['She was declared brain dead upon arrival.', { killed: 1 }, 'She was declared brain dead'],
  ['A girl was shot at home. Doctors have declared her brain dead.', { killed: 1, wounded: 0 }, 'brain dead'],
  ['The gun went off, fatally striking Kim in the back.', { killed: 1 }, 'fatally striking Kim'],
  ['Vincent Holt Jr., 27, was shot eight times and pronounced dead.', { killed: 1, wounded: 0 }, 'Vincent Holt Jr., 27, was shot eight times and pronounced dead'],
  ['The shooting sent four people to the hospital.', { wounded: 4 }, 'sent four people to the hospital'],
  ['A 9-year-old boy is recovering at home.', { wounded: 1 }, 'A 9-year-old boy is recovering'],
  ['Four people were killed. An injured woman was found outside the house.', { killed: 4, wounded: 1 }, 'An injured woman'],
  ['Three people were killed. One woman survived.', { killed: 3, wounded: 1 }, 'One woman survived'],
  ['He killed his wife and two sons. A fourth person was also shot but survived.', { killed: 3, wounded: 1 }, 'A fourth person was also shot'],
  ['Ann Cole, 31, died at the scene. Her friend, Bo Park, is expected to survive.', { killed: 1, wounded: 1 }, 'Bo Park, is expected to survive'],
  // Someone told alive is not the unnamed dead.
  ['A 6-year-old died at the hospital. Her 9-year-old cousin is expected to survive.', { killed: 1, wounded: 1 }, 'Her 9-year-old cousin is expected to survive'],
  ['A woman in her late 40s was shot in the hand.', { wounded: 1 }, 'A woman in her late 40s was shot'],
  // "The shooting of a girl": she was hit; with no death reported, she is counted injured.
  ['Police arrested a man in the shooting of a 7-year-old girl.', { wounded: 1 }, 'shooting of a 7-year-old'],
  ['Police said the 45-year-old was stabbed to death in his home.', { killed: 1 }, 'the 45-year-old was stabbed to death'],
];

describe('people reported killed or hit without a figure', () => {
  it.each(victimCases)('%s', (text, expected, evidence) => {
    const c = run(text);
    expect(c.total).toMatchObject(expected);
    expect(c.events.map((e) => e.evidence.text)).toContain(evidence);
    for (const e of c.events) expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
  });

  it('counts a person named three times once', () => {
    const text = 'Ann Cole was shot on Friday. Cole died at the hospital. Police said Ann Cole, 31, died of her wounds.';
    expect(run(text).total).toMatchObject({ killed: 1, wounded: 0 });
  });

  it('lets a stated figure stand over the people named', () => {
    const text = 'Three people were killed in the shooting. Ann Cole, 31, died at the scene.';
    expect(run(text).total.killed).toBe(3);
  });
});

const falsePositives: Array<[string, string]> = [
  ['shooting percentage', 'Their shooting percentage fell to 38 after 2 losses.'],
  ['jobs', 'The deal killed 300 jobs.'],
  ['golf headline', 'Tiger shoots 66 to lead by 2 on Friday.'],
  ['shot to fame', 'She was shot to fame after 2 hit songs.'],
  ['wounded by defeats', 'He was wounded by the 3 defeats.'],
  ['careers', 'The election killed 3 careers.'],
  ['died off', 'Sales died off after 2 months.'],
  ['ratio', 'Heart disease kills 1 in 5 Americans.'],
  ['survived cancer', 'She survived cancer twice and ran 3 marathons.'],
  ['condition after illness', 'The captain is in stable condition after a heart attack.'],
  ['condition after surgery', 'The patient was in good condition after surgery.'],
  ['hospitalized with flu', 'About 30 patients were hospitalized with flu this week.'],
  ['dead links', 'The investigation found 3 dead links on the website.'],
  ['dead accounts', 'The company has 12 dead accounts.'],
  ['ideas', '3 ideas were killed in the meeting.'],
  ['struck by beauty', 'He was struck by the beauty of the 3 paintings.'],
  ['struck off', 'She was struck off the register for 2 years.'],
  ['struck by the ball', 'The player was struck in the face by the ball.'],
  ['survived a purge', 'Three executives survived the purge.'],
  ['shooting stats', 'Curry shot 12 of 20 from the field on Friday.'],
  ['missing from the squad', 'Ten players are missing from the squad because of the flu.'],
  ['hurt feelings', 'He was hurt by 2 comments on social media.'],
  ['teams survived', 'Four teams survived the first round.'],
  ['jobs displaced', 'About 1,200 workers were displaced by the factory closure.'],
  ['merger', 'The merger displaced 40 employees.'],
  ['rivals', 'The firm displaced 2 rivals to become the top seller.'],
  ['hockey', 'The Rangers killed 5 penalties in the third period.'],
  ['politics', '3 amendments were killed by the Senate.'],
  ['bills', 'Republicans killed 2 bills on Tuesday.'],
  ['business', 'The company killed 3 product lines to save money.'],
  ['tech', 'Netflix killed 2 shows on Friday.'],
  ['deals', '3 deals died in the first quarter.'],
  ['trophies', 'The club captured 3 trophies this season.'],
  ['contracts', 'Amazon captured 5 of the 10 largest contracts.'],
  ['animals', 'The heat wave killed 40 cows on the farm.'],
  ['trees', 'The drought killed 2 million trees.'],
  ['germs', 'The new antibiotic kills 5 strains of bacteria.'],
  ['houses', 'Lightning struck 2 houses in the village.'],
  ['golf round', 'Scheffler shot 68 in the final round to win by three strokes.'],
  ['golf par', 'She shot 2 under par on Thursday.'],
  ['shot down', 'He was shot down by the referee when he asked for a review.'],
  ['drones', 'Russia shot down 3 drones over the city.'],
  ['dead set', 'He is dead set on running for office with 3 allies.'],
  ['dead tired', '2 of the runners were dead tired after the race.'],
  ['basketball', 'Curry shot 12 three-pointers as the Warriors won on Friday.'],
  ['football', 'The team struck 4 goals in the second half.'],
  ['film', 'The director shot 40 scenes in Rome last month.'],
  ['hit by a pie', 'He was hit in the face by a pie at the charity event.'],
  ['hit by a tackle', 'The striker was hit in the leg by a hard tackle but played on.'],
  ['age', 'The man, aged 28, was arrested at the scene.'],
  ['age in apposition', 'John Smith, 25, was charged with robbery.'],
  ['hyphenated age', 'The 12-year-old boy went home.'],
  ['time', 'The meeting was held at 3 p.m. and lasted an hour.'],
  ['clock time', 'The convoy left at 17:00 and arrived on time.'],
  ['duration', 'The 44-day war ended with a ceasefire.'],
  ['year', 'In 2020 the two countries signed a deal.'],
  ['unit size', 'A 300-strong battalion arrived at the border.'],
  ['road name', 'Traffic on Route 66 was slow.'],
  ['G20', 'The G20 summit opened in Rome.'],
  ['hypothetical', 'Officials warned the new weapon could kill thousands.'],
  ['counterfactual', 'Doctors said the round could have pierced her lung and killed her.'],
  ['times after more', 'The officer fired two more times at the fleeing car.'],
  ['threat', 'The group threatened to kill 20 hostages.'],
  ['conditional', 'If the dam breaks, hundreds would be killed.'],
  ['negation', 'The five soldiers were not injured in the crash.'],
  ['denial', 'The army denied that 20 soldiers were killed.'],
  ['month day', 'The August 14 shooting is under investigation.'],
  ['attempted murder', 'Smith was charged with the attempted murder of John Doe.'],
  ['could have been', 'Police said the man could have been killed.'],
  ['named, not hurt', 'Officer Dana Cruz was not injured.'],
  ['threat to a person', 'The suspect threatened to kill his neighbor.'],
  ['charged with attempted murder', 'He was charged with attempted murder and robbery.'],
  ['caliber', 'He fired a .223 rifle at the house.'],
  ['station name', 'Witnesses told News 8 the street was quiet.'],
  ['things hit', 'Two cars were hit by gunfire.'],
  ['a visit', 'The mayor went to the hospital to see the officers.'],
  ['survived unharmed', 'Two children in the house survived unharmed.'],
  ['headline case', 'Officers Say Man Found Near Park After Party'],
  ['age apart from its number', 'The 19 year-old victim was named on Monday.'],
  ['slide caption', 'Image 12 of 30 shows the street at night.'],
  ['sides, not names', 'Israeli and Palestinian civilians were killed.'],
  ['ages after both', 'The brothers, both 19, were arrested on Sunday.'],
  ['condition of a building', 'The house was in poor condition, a neighbour said.'],
  ['hospital visit', 'The officer was driven to a hospital to meet the doctors.'],
  ['emergency number', 'The 911 caller said shots were fired.'],
  ['places in a list', 'Paris, London and Rome were hit by storms.'],
  ['hospital as a place', 'The meeting is at the hospital on Monday.'],
  ['wounds as a noun', 'Old wounds to the party were reopened by the vote.'],
  ['couple as a few', 'A couple of days later the shop reopened.'],
  ['history of injuries', 'He has a history of injuries and no criminal record.'],
  ['struck as in a deal', 'The storm struck the city, and the mayor struck a deal.'],
  ['shooting as a noun', 'The shooting happened at 2 a.m. near the shooting range.'],
  ['slide numbers', 'Image 3 of 12 A crowd gathers at the vigil.'],
  ['photo credit before a figure', 'Photo: Ann Lee, Chronicle Seven people attended the vigil.'],
  ['number in a possessive', 'The 3 brothers\' lawyer spoke on Monday.'],
  ['ages before a verb', 'The victims, all younger than 45, were injured.'],
  ['stab wounds', 'Two men suffered stab wounds in the fight.'],
  ['survived by family', 'He is survived by his wife and two sons.'],
  ['people at a place, not hurt', 'Police said 20 people at the party were not hurt.'],
  ['the month May', 'On May 17, police said, the victims were shot.'],
  ['search warrants', 'Police executed 35 search warrants.'],
  ['stabbed in the back by allies', 'The senator said he was stabbed in the back by his party.'],
  ['lives saved', 'Doctors saved 100 lives with the new drug.'],
  ['a family of three lives', 'The family of 3 lives in Ohio.'],
  ['drowned out', 'His voice was drowned out by 3 drums.'],
  ['drowned in paperwork', 'She drowned in paperwork for 2 weeks.'],
  ['drowned sorrows', 'Thousands of fans drowned their sorrows after the defeat.'],
  ['rockets that struck', 'Seventeen rockets struck near the base.'],
  ['almost lost her life', 'The girl almost lost her life in the crash.'],
  ['nearly died', 'He nearly died after the attack.'],
  ['drones that struck', 'Nine drones struck the refinery.'],
  ['natural causes', 'Freberg died of natural causes at a Santa Monica hospital.'],
  ['an illness', 'The cricketer has passed away at the age of 84 after a short battle with skin cancer.'],
  ['a heart attack', 'She died of a heart attack at her home.'],
  ['in his sleep', 'The singer died in his sleep at 92.'],
  ['missing out', 'Maldonado lines up 11th, missing out on a place in the final session.'],
  ['things that disappeared', 'An audit found that almost 2 million files disappeared from the archive.'],
  ['things missing', 'The clerk said three paintings and a couple of photos were missing.'],
  ['a topic missing', 'Critics said information on Zoloft was missing from the report.'],
  ['survived an attempt', 'The mayor survived an attempt to remove him from office last year.'],
  ['a film shot abroad', 'The drama was shot mostly in Morocco, with some scenes made in Spain.'],
  ['a film shot in two languages', 'The epic has been shot simultaneously in Tamil and English.'],
  ['a game up the charts', 'The racing game Speedway 4 shot straight to the top of the charts.'],
  ['captured the imagination', 'What has really captured the public imagination is her age.'],
  ['captured in a portrait', 'A young farmhand from a Devon estate is captured in a striking portrait.'],
  ['captured on camera', 'The man was captured on camera leaving the shop on Friday.'],
  ['a video that captured someone', 'That video also captured a man grieving over a body on the sidewalk.'],
  ['captured video', 'SKY 4 captured video of detectives removing bags of evidence.'],
  ['captured, a word on, on camera', 'Dallas woman captured dancing on camera at the festival.'],
  ['an attacker who fled', 'Police were called but the attacker had disappeared by the time they arrived.'],
  ['taken to hospital ill', 'The band cancelled the tour after drummer Al Cole was taken to hospital suffering from flu-like symptoms.'],
  ['treated for asthma', 'His mother said he had been treated at Leeds General Infirmary hospital for asthma.'],
  ['taken to a hospital for smoke inhalation', 'Three police officers were transported to a hospital for smoke inhalation.'],
  ['taken to a hospital for an evaluation', 'She was transported to the hospital for an evaluation.'],
];

describe('not casualties', () => {
  it.each(falsePositives)('%s: %s', (_label, text) => {
    const c = run(text);
    expect(c.events).toEqual([]);
    expect(c.historical).toEqual([]);
    expect(c.total).toEqual({ killed: null, wounded: null, missing: null, captured: null, displaced: null });
  });

  it('keeps yearly rates out of the current toll', () => {
    for (const text of ['Malaria kills about 600,000 people a year.', 'Smoking kills 8 million people every year, the WHO said.']) {
      const c = run(text);
      expect(c.total.killed).toBeNull();
      expect(c.historical).toHaveLength(1);
    }
  });

  it('still counts people killed by disease, weather and fire, and players injured', () => {
    expect(run('The virus killed 3 people in the city last week.').total.killed).toBe(3);
    expect(run('The storm killed 2 people in Texas on Monday.').total.killed).toBe(2);
    expect(run('3 players were injured in the bus crash on Monday.').total.wounded).toBe(3);
    expect(run('He was shot dead in the street.').total.killed).toBe(1);
    expect(run('The plane was shot down, killing 3 crew members.').total.killed).toBe(3);
    expect(run('Three crew members are missing from the boat after it sank.').total.missing).toBe(3);
    expect(run('He was hurt by a falling tree.').total.wounded).toBe(1);
    expect(run('The gunman shot 4 of the 5 people inside.').total.wounded).toBe(4);
    expect(run('The hurricane displaced 5,000 residents.').total.displaced).toBe(5000);
    expect(run('Three people were struck by stray bullets.').total.wounded).toBe(3);
    expect(run('A boy was struck by a car on Friday.').total.wounded).toBe(1);
    expect(run('3 people survived the shooting.').total.wounded).toBe(3);
    expect(run('The guard was in stable condition after the shooting.').total.wounded).toBe(1);
    expect(run('Two men were hospitalized with gunshot wounds.').total.wounded).toBe(2);
    expect(run('The outbreak has infected 200 people and 4 have died.').total.killed).toBe(4);
    expect(run('Police said 2 men and a woman were shot.').total.wounded).toBe(3);
    expect(run('Police said the gunman shot 70, killing 12.').total).toMatchObject({ killed: 12, wounded: 58 });
    expect(run('He was shot to death on Friday.').total.killed).toBe(1);
    expect(run('The rebels captured 3 soldiers on Monday.').total.captured).toBe(3);
  });

  it('reads a basketball position in a headline as no shooting', () => {
    expect(run('The team announced it.', null, 'Shooting guard signs 3-year deal').events).toEqual([]);
  });

  it('reads a golf score in a headline as no shooting', () => {
    expect(run('He played well.', null, 'Man shot 2 under par at Augusta').events).toEqual([]);
  });

  it('still counts someone hit by gunfire, and people shot in sports news', () => {
    expect(run('A woman was hit in the leg by a stray bullet on Friday.').total.wounded).toBe(1);
    expect(run('A man was shot in the parking lot after the team scored 4 goals.').total.wounded).toBe(1);
  });

  it('handles empty text', () => {
    expect(run('')).toEqual({
      total: { killed: null, wounded: null, missing: null, captured: null, displaced: null },
      byParty: [],
      events: [],
      historical: [],
    });
  });
});

describe('someone cared for who then died is counted dead, not wounded', () => {
  it.each([
    ['A boy was shot on Elm Street. He was transported in critical condition to City Hospital, where he later died.'],
    ['A man was shot in the chest. The man was rushed to a local hospital, where he passed away two days later.'],
    ['A girl was shot in her home. She was taken to a hospital. She was later pronounced dead.'],
    ['A teen was shot on Friday. The victim was taken to County Medical Center. Police said the victim succumbed to his injuries.'],
  ])('%s', (text) => {
    const c = run(text);
    expect(c.total.killed).toBe(1);
    expect(c.total.wounded ?? 0).toBe(0);
  });

  it('still counts a second person taken to a hospital, or one whose death the next sentence does not tell', () => {
    expect(run('A man was shot and killed. His brother was taken to a hospital. He died at the scene.').total).toMatchObject({ killed: 1, wounded: 1 });
    expect(run('A woman was killed on Main Street. He was taken to a hospital. Police are looking for the gunman.').total).toMatchObject({ killed: 1, wounded: 1 });
  });
});

describe('sides are not read from names of people or home towns', () => {
  it.each([
    ['Jordan Reeves, 2, was shot and killed on Friday.'],
    ['Officer Chad Montgomery was wounded in the exchange.'],
    ['A 15-year-old Georgia boy has been shot dead.'],
    ['The male victim was struck in the leg.'],
    ['A New Mexico officer was killed on Sunday.'],
    ['POLICE SAY US HE WAS ACCIDENTALLY SHOT IN THE LEG.'],
  ])('%s', (text) => {
    const c = run(text);
    expect(c.events.length).toBeGreaterThan(0);
    expect(c.byParty).toEqual([]);
  });

  it('still reads a side by its name, its demonym or its institutions', () => {
    expect(run('Three Israeli soldiers were killed on Monday.').byParty.map((p) => p.party)).toEqual(['Israel']);
    expect(run('Two Pakistan Army soldiers were killed in the attack.').byParty.map((p) => p.party)).toEqual(['Pakistan']);
    expect(run('Four Ukrainian civilians and two Russian soldiers were killed.').byParty.length).toBeGreaterThan(0);
  });
});

describe('civilians among others hit', () => {
  it('gives a group to civilians only when every part of it is civilians', () => {
    expect(run('Five officers and four civilians were injured in the shooting.').byParty).toEqual([]);
    expect(run('At least three officers and one civilian have been shot.').byParty).toEqual([]);
    expect(run('Four civilians were injured in the shooting.').byParty.map((p) => [p.party, p.wounded])).toEqual([['civilians', 4]]);
  });
});

describe('a side named after "by" in a counted phrase', () => {
  it('is the agent, not the side of the people counted', () => {
    expect(run('The video showed at least 16 men, described by Islamic State as enemies, being shot.').byParty).toEqual([]);
    expect(run('At least 16 Syrian soldiers were killed on Sunday.').byParty.map((p) => p.party)).toEqual(['Syria']);
  });
});

describe('a person named as shot in an article that counts the dead without naming them', () => {
  it('is one of the dead, not someone wounded besides', () => {
    expect(run('Dylan Smith, 15, was accidentally shot at a home on Sunday.', null, 'Teen killed in accidental shooting').total).toMatchObject({ killed: 1, wounded: 0 });
    expect(run('A couple and their two children were found dead on Sunday. Police said Smith shot his wife.').total).toMatchObject({ killed: 4, wounded: 0 });
  });

  it('stays wounded when the words tell the person apart from the dead', () => {
    expect(run('Two people were found dead in the house. Faith Green was also shot.').total).toMatchObject({ killed: 2, wounded: 1 });
    expect(run('Two people were found dead in the house. The surviving victim, Faith Green, was found wounded.').total).toMatchObject({ killed: 2, wounded: 1 });
  });
});

describe('sport news', () => {
  const match = 'The striker scored twice as the league leaders won the cup match. The coach praised the squad.';

  it("reads players' injuries as no casualties", () => {
    expect(run(`${match} Duff sustained a knee injury and is recovering.`).events).toEqual([]);
    expect(run(`${match} The keeper has been displaced by the arrival of a new signing.`).total.displaced ?? null).toBeNull();
  });

  it('still counts deaths, and people hurt by violence at a game', () => {
    expect(run(`${match} A former player was found dead at his home.`).total.killed).toBe(1);
    expect(run(`${match} A car bomb exploded outside the stadium and 17 people were slightly injured.`).total.wounded).toBe(17);
  });
});

describe('an obituary', () => {
  it('tells of a natural death, no casualty', () => {
    expect(run('Actress Jane Roe, known for her roles in the Carry On films, has died aged 71. Roe, who died on Saturday, began her career on the stage. She is survived by her son.').events).toEqual([]);
  });

  it('still counts a death with a cause of violence or accident in the article, or a child', () => {
    expect(run('Jane Roe, 71, has died. She was hit by a car on Main Street last week. She was a teacher.').total.killed).toBe(1);
    expect(run('Jane Roe, 7, of Quincy, died Friday. She loved arts and crafts. She was in the first grade.').total.killed).toBe(1);
    expect(run('More than a dozen people died in protests across the country.').total.killed).toBe(12);
  });
});

describe("a broadcaster's number", () => {
  it.each([
    ['WPXI 11 News Two brothers, ages 11 and 16, were shot.', 11],
    ['7 Action News 17-year-old Reginald Moore was shot and killed on Sunday.', 7],
    ['A witness told 13 News two people were shot.', 13],
  ])('%s', (text, station) => {
    expect(run(text).events.some((e) => e.count === station)).toBe(false);
  });

  it('leaves the count of a person after it', () => {
    expect(run('7 Action News 17-year-old Reginald Moore was shot and killed on Sunday.').total.killed).toBe(1);
  });
});

describe('bodies that are institutions', () => {
  it('reads "public bodies" and "governing bodies" as no dead', () => {
    expect(run('The act gives a right of access to information held by about 100,000 public bodies.').events).toEqual([]);
    expect(run('Sport has 40 governing bodies in the country.').events).toEqual([]);
  });

  it('still counts bodies found', () => {
    expect(run('Police recovered 12 bodies from the river on Monday.').total.killed).toBe(12);
  });
});

describe('wars and genocides long past', () => {
  it('keeps their tolls in historical', () => {
    const c = run('Veterans gathered on Sunday. Tens of millions of Soviet citizens died in World War II. Some six million people perished in the Holocaust.');
    expect(c.total.killed).toBeNull();
    expect(c.historical.length).toBe(2);
  });
});

describe('a named person left dead or found shot', () => {
  it('counts a name as the object of "left" before "dead"', () => {
    expect(run('Police are investigating a shooting. The argument spilled outside, leaving Ann Lee, 29, dead and two men wounded.').total).toMatchObject({ killed: 1, wounded: 2 });
    expect(run('Police are investigating a shooting. The rampage on Friday left Smith and a female student dead.').total.killed).toBe(2);
  });

  it('counts "found a man shot to death" and "found Ray shot to death"', () => {
    expect(run('Police are investigating a shooting. Officers found a man shot to death in a car.').total.killed).toBe(1);
    expect(run('Police are investigating a shooting. Deputies found Ray shot to death in a ditch.').total.killed).toBe(1);
  });

  it('does not count a victim already told of, found wounded', () => {
    expect(run('Police are investigating a shooting. The older teen ran downstairs and found the boy wounded.').total.wounded).toBeNull();
  });
});

describe('survived and recovering with no wound told', () => {
  it('reads a country recovering from a war or a recession as no casualty', () => {
    expect(run('Output grew by 2% last year. Freedonia is recovering from a 14-year civil war that ended in 2003.').events).toEqual([]);
    expect(run('Shares rose on Monday. Ruritania is recovering from last year\'s recession.').events).toEqual([]);
  });

  it('reads "survived the war" and "survived minor scares" as no casualty', () => {
    expect(run('Major Ann Lee, of the county regiment, survived the war and lived into her 70s.').events).toEqual([]);
    expect(run('The top seeds survived minor scares to reach the last eight.').events).toEqual([]);
  });

  it('still counts a person recovering from gunshot wounds', () => {
    expect(run('A man was shot on Main Street on Monday. He is recovering from gunshot wounds.').total.wounded).toBe(1);
  });
});

describe('victims\' nationality in a lone attacker\'s crime', () => {
  it('names no side for "eight Mexicans" or "six Mexican nationals" killed by a gunman', () => {
    const c = run('A gunman opened fire at a store on Saturday. Officials said six Mexican nationals were killed and seven more were injured.');
    expect(c.total).toMatchObject({ killed: 6, wounded: 7 });
    expect(c.byParty).toEqual([]);
    expect(run('A gunman opened fire at a store on Saturday. The government said eight Mexicans died.').byParty).toEqual([]);
  });

  it('keeps the side of soldiers, and of nationals where no lone attacker is told of', () => {
    expect(run('A gunman opened fire on Saturday. Two Iraqi soldiers were killed.').byParty[0]?.party).toBe('Iraq');
    expect(run('Rockets hit the town on Saturday. The government said eight Mexicans died.').byParty[0]?.party).toBe('Mexico');
  });

  it('counts civilian captives put to death as civilians, not their country\'s side', () => {
    const c = run('Militants beheaded 30 Ethiopian Christians on a beach on Sunday.');
    expect(c.byParty.map((p) => [p.party, p.killed])).toEqual([['civilians', 30]]);
    expect(run('Militants executed 12 Iraqi soldiers on Sunday.').byParty[0]?.party).toBe('Iraq');
  });

  it('never counts fewer wounded in all than the sides\' wounded together', () => {
    // One side's dead are not taken from another side's hit.
    const c = run('A civilian was shot in the arm on Monday. A second civilian was shot in the leg. An officer died at the scene.');
    expect(c.total).toMatchObject({ killed: 1, wounded: 2 });
    // A headline of some of those hit does not cap the body's count of others.
    const d = run('Two officers were shot on Monday. One of the four civilians who were shot is in critical condition.', null, '2 cops shot in gunfight');
    const sides = d.byParty.reduce((n, p) => n + (p.wounded ?? 0), 0);
    expect(sides).toBe(4);
    expect(d.total.wounded).toBeGreaterThanOrEqual(sides);
  });

  it('names no side for one person named like a country or a capital ("Washington was shot")', () => {
    expect(run('Washington was shot in the leg on Monday, police said.').byParty).toEqual([]);
    expect(run('Jordan was reported missing on Friday.').byParty).toEqual([]);
    expect(run('Two Israeli soldiers were killed on Monday.').byParty[0]?.party).toBe('Israel');
  });
});

describe('a past toll in a sentence that compares today\'s attack with it', () => {
  it('keeps the figures after "the deadliest since" an earlier event in historical', () => {
    const text = "A car bomb hit a base on Monday, killing 12 soldiers. Officials called Monday's attack the deadliest since an assault in the city in August 2018, with hundreds of fighters killed at the time.";
    const c = extractCasualties(buildDoc({ text, title: null, publishedAt: '2020-03-03' }));
    expect(c.total.killed).toBe(12);
    expect(c.historical.length).toBe(1);
  });

  it('counts figures after "since" when the sentence dates them later', () => {
    const text = "In the city's deadliest year since the late 1990s, four people were found shot to death on Saturday.";
    expect(extractCasualties(buildDoc({ text, title: null, publishedAt: '2020-03-03' })).total.killed).toBe(4);
  });
});

describe('a list of names before a verb that shows no number', () => {
  it('counts each name joined by "and" before "died"', () => {
    expect(run('Police said Tom Reed, Al Cole and Joe Dunn died at the scene on Friday.').total.killed).toBe(3);
    expect(run('Police said Tom Reed, 31, Al Cole, 19, and Joe Dunn, 40, died on Friday.').total.killed).toBe(3);
    expect(run('Ann Lee, 18, and Bo Park, 22, died at the hospital, officers said.').total.killed).toBe(2);
  });

  it('counts names that carry their ages in front ("29-year-old Al Cole")', () => {
    const text = 'Officials said 61-year-old Tom Reed, 29-year-old Al Cole and 40-year-old Joe Dunn died inside the shop.';
    const c = run(text);
    expect(c.total.killed).toBe(3);
    expectEvidence(c, text);
    expect(run('Officials said 61-year-old Tom Reed, 29-year-old Al Cole and 40-year-old Joe Dunn were killed.').total.killed).toBe(3);
  });

  it('keeps one person when a single name goes with "died"', () => {
    expect(run('Police said Joe Dunn, 40, died at the hospital on Friday.').total.killed).toBe(1);
    expect(run('The victim, Joe Dunn, died at the hospital, and his brother was arrested.').total.killed).toBe(1);
  });
});

describe('missing people next to missing things', () => {
  it('still counts people who went missing', () => {
    expect(run('Officials said twelve miners are missing after the collapse.').total.missing).toBe(12);
    expect(run('Two soldiers are still missing with their weapons, the army said.').total.missing).toBe(2);
    expect(run('Ann Lee was reported missing on Friday.').total.missing).toBe(1);
    expect(run('Two soldiers were captured in a raid on the village.').total.captured).toBe(2);
  });
});

describe('an earlier incident of recent weeks next to the article\'s own', () => {
  const lead = 'A car bomb killed 12 people and injured 12 more in Kabul on Monday.';
  it('keeps the figures of "last week", "two weeks ago" or "earlier this month" in historical', () => {
    for (const when of ['Last week', 'Two weeks ago', 'Earlier this month']) {
      const c = run(`${lead} ${when} a car bombing in the city killed five and wounded 110.`, '2019-01-24');
      expect(c.total).toMatchObject({ killed: 12, wounded: 12 });
      expect(c.historical.map((e) => e.count)).toEqual([5, 110]);
    }
  });
  it('still counts the incident of last week a follow-up is about', () => {
    const c = run('A woman was shot and killed last week outside her home, police said. Her neighbour said she was a nurse.', '2019-01-24');
    expect(c.total.killed).toBe(1);
  });
  it('does not date a figure by a time word in a clause about someone ("who moved here last week", "released in May")', () => {
    for (const clause of ['who moved to the city last week', 'who was released from prison in May']) {
      for (const date of [null, '2019-07-24']) {
        const c = run(`A gunman killed two people in Dallas on Monday. The gunman, ${clause}, also wounded three others.`, date);
        expect(c.total).toMatchObject({ killed: 2, wounded: 3 });
      }
    }
  });
  it('keeps a figure of last week that repeats the current one as the same incident', () => {
    const c = run('The woman shot and killed last week was a nurse. Police said on Tuesday that one woman died.', '2019-01-24');
    expect(c.total.killed).toBe(1);
    expect(c.historical).toEqual([]);
  });
});

describe('a day\'s wave of attacks and the tallies of earlier months', () => {
  const lead = "A wave of attacks across the country on Monday killed 107 people in the deadliest day in more than two years.";
  it('counts a wave of attacks dated today as the incident, not a roundup', () => {
    expect(run(lead, '2013-07-23').total.killed).toBe(107);
  });
  it('keeps a tally of an earlier month in historical, with or without a publication date', () => {
    for (const at of ['2013-07-23', null]) {
      const c = run(`${lead} In June at least 282 people were killed.`, at);
      expect(c.total.killed).toBe(107);
      expect(c.historical.map((e) => e.count)).toEqual([282]);
    }
  });
  it('keeps a series of attacks no day dates as background', () => {
    const c = run('The country has been on alert since a series of attacks across the capital killed 130 people. A blast on Friday injured 11 people.');
    expect(c.total).toMatchObject({ killed: null, wounded: 11 });
  });
  it('keeps the figures after "the highest since" an earlier date in historical', () => {
    const c = run("Monday's toll was the highest since May 10, 2010, when 110 people were killed. Bombs killed 107 people on Monday.");
    expect(c.total.killed).toBe(107);
    expect(c.historical.map((e) => e.count)).toEqual([110]);
  });
  it('adds no one for people hit told "among them"', () => {
    const c = run('Police found five people had been injured; a girl shot in the foot and a boy shot in the leg were among them.');
    expect(c.total.wounded).toBe(5);
  });
});

describe('a figure after "the death of", "the deaths of", "the murder of"', () => {
  it('counts "caused the death of at least 50 people" and "the deaths of 12 soldiers"', () => {
    expect(run('The explosion caused the death of at least 50 people, officials said.').total.killed).toBe(50);
    expect(run('The attacks caused the deaths of 12 soldiers.').total.killed).toBe(12);
    expect(run('Police are investigating the murder of three people in the town.').total.killed).toBe(3);
  });
  it('reads no count in an age written apart or a year after "of"', () => {
    expect(run('A man was charged in the death of his 3 yr old son.').total.killed).not.toBe(3);
    expect(run('A man was charged in the shooting death of 15 year-old Sam Lee.').total.killed).toBe(1);
  });
  it('keeps a toll the current incident "came after" in historical', () => {
    const c = run('A bomb killed four people in the market on Monday. The attack came a day after a car bombing killed 17 people.');
    expect(c.total.killed).toBe(4);
    expect(c.historical.map((e) => e.count)).toEqual([17]);
  });
});

describe('an armed group no side names, next to a named side', () => {
  it('adds "three of the militants" to the soldiers of a named side', () => {
    const c = run('Militants attacked a checkpoint on Monday, killing eight Afghan soldiers. Three of the militants were killed in the fighting.');
    expect(c.total.killed).toBe(11);
    expect(c.events.filter((e) => e.duplicateOf === null).map((e) => e.count).sort()).toEqual([3, 8]);
    expect(c.byParty.map((p) => p.party)).toEqual(['Afghanistan']);
  });
  it('still reads an unattributed figure of people as the total of the sides', () => {
    expect(run('Militants attacked a checkpoint on Monday, killing eight Afghan soldiers. Eleven people were killed.').total.killed).toBe(11);
  });
});

describe('a roundup\'s turn to another town', () => {
  it('keeps "In Gilroy, a gunman killed three" after the lead\'s El Paso toll in historical', () => {
    const c = run('A gunman killed 22 people at a Walmart in El Paso on Saturday. In Gilroy, a gunman killed three people at a festival.', '2019-08-05');
    expect(c.total.killed).toBe(22);
    expect(c.historical.map((e) => [e.count, e.place])).toEqual([[3, 'Gilroy']]);
  });
  it('keeps a later figure of the lead\'s own town current', () => {
    const c = run('A gunman killed 22 people at a Walmart in El Paso on Saturday. In El Paso, two more people died in hospital on Monday.', '2019-08-05');
    expect(c.historical).toEqual([]);
  });
});

describe('"in a separate shooting"', () => {
  it('keeps the figures of a separate incident in historical', () => {
    const c = run('A man was shot and killed on Oak Street on Sunday. In a separate shooting, two women were wounded on Elm Street.');
    expect(c.total.killed).toBe(1);
    expect(c.total.wounded).toBeNull();
    expect(c.historical.map((e) => [e.type, e.count])).toEqual([['wounded', 2]]);
  });
});

describe('a reduced passive after "identify" or "name"', () => {
  it('counts the person whose name is given ("Police identify woman killed in ...")', () => {
    const c = run('Police identify woman killed in a shooting on Elm Street.');
    expect(c.total.killed).toBe(1);
    expect(c.events[0]?.evidence.text).toBe('woman killed');
  });

  it('reads no one hit in "identify the suspect who shot a child" as a reduced passive', () => {
    const c = run('Police asked for help identifying the suspect who shot at a car.');
    expect(c.total.wounded).toBeNull();
  });
});

describe('the shooter killed besides his victims', () => {
  it('adds the gunman the police killed to the dead he killed, once', () => {
    const c = run('Two guards were fatally shot on Monday before officers killed the gunman. The gunman was killed by police.');
    expect(c.total.killed).toBe(3);
  });

  it('keeps the headline count of his victims and adds him', () => {
    const c = run('Two guards were fatally shot on Monday before officers killed the gunman.', null, 'Inmate who killed 2 guards identified');
    expect(c.total.killed).toBe(3);
  });

  it('adds no one when the suspect is the only dead', () => {
    const c = run('Officers returned fire, killing the suspect. The suspect was killed by police, a spokesman said.');
    expect(c.total.killed).toBe(1);
  });

  it('leaves a shooter who killed himself to the murder-suicide rules (no one more for "the gunman was found dead")', () => {
    const lead = 'Police said he shot and killed his wife before killing himself.';
    expect(run(lead).total.killed).toBe(2);
    expect(run(`${lead} Officers said the gunman was found dead.`).total.killed).toBeLessThanOrEqual(2);
  });
});

describe('two figures of the hurt that differ by the dead', () => {
  it('takes "four people were injured" as everyone hit when "three others" are told apart from the dead', () => {
    const c = run('Four people were injured in the shooting on Sunday. A man died at the scene, and three other people were taken to hospitals.');
    expect(c.total).toMatchObject({ killed: 1, wounded: 3 });
  });

  it('keeps the larger figure told beside the death ("one dead and four injured")', () => {
    const c = run('The shooting left one woman dead and four injured on Sunday. Three other women were taken to a hospital.');
    expect(c.total).toMatchObject({ killed: 1, wounded: 4 });
  });
});

describe('"killings", "slayings" and "fatality" as nouns of the dead', () => {
  it('counts "four Platte County killings" and "one fatality"', () => {
    expect(run('He is a person of interest in four Platte County killings.').total.killed).toBe(4);
    expect(run('Police said there was one fatality and ten people were treated.').total.killed).toBe(1);
  });

  it('reads no dead in a tally of killings ("299 killings in the city", "the two most recent killings")', () => {
    const c = run('A man was shot and killed on Friday. As of Monday, there had been 299 killings in the city. The two most recent killings occurred on Thursday.');
    expect(c.total.killed).toBe(1);
  });

  it('keeps "five killings in all of 2014" in historical', () => {
    const c = run('A man was shot and killed on Friday. They have handled five killings in all of 2014.', '2014-10-16');
    expect(c.total.killed).toBe(1);
  });
});

describe('one hit "among" the others', () => {
  it('counts an officer "among the four others taken to the hospital" once, not besides them', () => {
    const c = run('One man was killed. One police officer was slightly wounded and was among the four others taken to the hospital.');
    expect(c.total).toMatchObject({ killed: 1, wounded: 4 });
  });
});

describe('a shooter who shoots himself after killing', () => {
  it('counts him among the dead ("killed one and injured three before shooting himself")', () => {
    const c = run('Police said the gunman killed one and injured three before shooting himself.');
    expect(c.total).toMatchObject({ killed: 2, wounded: 3 });
  });

  it('adds no one for a child who "accidentally killed himself" in a list of other accidents', () => {
    const c = run('There is the boy who accidentally killed himself with a pistol, and the girl who shot her brother. The man died at the hospital.');
    expect(c.total.killed).toBe(1);
  });
});

describe('a shooter who turns the gun on himself, told without a casualty word', () => {
  it('counts him among the dead ("then turned the shotgun on himself", "before taking his own life")', () => {
    expect(run('Police believe the farmer fatally shot his wife and four children and then turned the shotgun on himself.').total.killed).toBe(6);
    expect(run('Deputies said the man killed three people before he took his own life.').total.killed).toBe(4);
    expect(run('A man suspected of killing two neighbors was found dead in his truck of a self-inflicted gunshot wound.').total.killed).toBe(3);
  });

  it('counts a toll told before his death in its sentence as his victims ("Four people were killed ... then turned the gun on herself")', () => {
    expect(run('Four people were killed and one injured after a woman opened fire at a house, then turned the gun on herself.').total).toMatchObject({ killed: 5, wounded: 1 });
  });

  it('adds no one when the toll includes him, he lives, or the headline tells the whole toll', () => {
    expect(run('Three people died, including the gunman, who turned the gun on himself.').total.killed).toBe(3);
    expect(run('The man killed two people, then turned the gun on himself and is in critical condition at a hospital.').total.killed).toBe(2);
    expect(run('Two children and their mother were found dead in an apparent murder-suicide. Police said the mother turned the gun on herself.').total.killed).toBe(3);
    expect(run('The man killed his wife. He then turned the gun on himself.', null, 'Shooting kills 2 in quiet town').total.killed).toBe(2);
    expect(run('Two people died: a woman and her husband, who then turned the gun on himself.').total.killed).toBe(2);
    expect(run('Three were killed, one of them the gunman, who turned the gun on himself.').total.killed).toBe(3);
    expect(run('Three were killed, with the gunman turning the gun on himself.').total.killed).toBe(3);
  });

  it('adds no one for a death that did not happen ("before he could", "threatened to", "out of", "did not")', () => {
    expect(run('A man killed his wife and was shot by officers before he could turn the gun on himself.').total.killed).toBe(1);
    expect(run('A man killed his wife and then threatened to take his own life, police said.').total.killed).toBe(1);
    expect(run('A man killed his wife. Officers talked him out of taking his own life.').total.killed).toBe(1);
    expect(run('A man killed his wife. He did not turn the gun on himself.').total.killed).toBe(1);
    expect(run('A man killed his wife and then proceeded to turn the gun on himself.').total.killed).toBe(2);
  });
});

describe('a figure of people after a possessive or "the"', () => {
  it('counts "killed his two sons", "killed the two men", "shot their three young children"', () => {
    expect(run('The father killed his two sons on Friday.').total.killed).toBe(2);
    expect(run('Police said he killed the two men outside the bar.').total.killed).toBe(2);
    expect(run('Police said he shot their three young children.').total.wounded).toBe(3);
  });

  it('reads a count after a capitals dateline ("CHICAGO Two men were shot"), not after a capitals headline\'s word of death', () => {
    expect(run('CHICAGO Two men were shot and killed on the South Side on Sunday, police said.').total.killed).toBe(2);
    expect(run('SUSPECT KILLED Hundreds gather to mourn the victims of the shooting.').total.killed).not.toBe(100);
  });

  it('reads no people in "shot her 2 times"', () => {
    expect(run('The man shot her 2 times in the leg.').total.wounded).toBe(1);
  });

  it('counts "him" among "him and two others" (those hit are three, one of them the dead)', () => {
    expect(run('Four people were shot, three fatally. Nobody knows who shot him and two others.').total).toMatchObject({ killed: 3, wounded: 1 });
  });
});

describe('numbers that are no count after a casualty word', () => {
  it('reads no 223 hurt in "a single shot 223" (a gun\'s kind)', () => {
    expect(run('A man was injured on Sunday. The weapon was a single shot 223, deputies said.').total.wounded).toBe(1);
  });

  it('reads no hundreds dead in a capitals headline run into the text ("SUSPECT KILLED Hundreds gather")', () => {
    expect(run('OFFICERS SHOT, SUSPECT KILLED Hundreds gather to mourn two slain officers on Monday.').total.killed).toBe(3);
  });

  it('reads no one hurt in "injuring one of the family dogs" (an animal after a noun of people)', () => {
    expect(run('The gun went off, killing the girl and injuring one of the family dogs.').total).toMatchObject({ killed: 1, wounded: null });
    expect(run('Two family members were injured.').total.wounded).toBe(2);
  });

  it('reads no one hurt in "killed Victoria and injured one of the family dogs" (no object shared across "and")', () => {
    expect(run('The gun went off, struck and killed Victoria and injured one of the family dogs, deputies said.').total).toMatchObject({ killed: 1, wounded: 0 });
    expect(run('The gunman killed his wife and injured two of her children.').total).toMatchObject({ killed: 1, wounded: 2 });
  });
});

describe('"shot at" people', () => {
  it('reads no one hit in the shooters who "shot at them"', () => {
    expect(run('The gunman shot at them.').events).toEqual([]);
    expect(run('Two men shot at them, striking the woman.').total.wounded).toBe(1);
  });

  it('reads "her" before a noun as a possessive: those "shot at her home" were hit', () => {
    expect(run('A 30-year-old woman shot at her home Tuesday night is in critical condition.').total.wounded).toBe(1);
    expect(run('Two people shot at her house on Elm Street were taken to the hospital.').total.wounded).toBe(2);
    expect(run('A teenager shot at her birthday party on Saturday remains in stable condition.').total.wounded).toBe(1);
    expect(run('Four shot at the apartments were taken to the hospital.').total.wounded).toBe(4);
    expect(run('The two males shot at them, striking the woman.').total.wounded).toBe(1);
    expect(run('The gunman shot at her.').events).toEqual([]);
    expect(run('The gunman shot at her while she drove away.').events).toEqual([]);
  });

  it('still reads "Two men shot at a gas station" as two hit (a place after "at")', () => {
    expect(run('Two men shot at a gas station Friday were taken to a hospital.').total.wounded).toBe(2);
  });
});

describe('captives next to a picture', () => {
  it('counts those captured when the picture is far after them or of them ("a video of captured soldiers")', () => {
    expect(run('Rebels captured two soldiers and later released a video of them.').total.captured).toBe(2);
  });

  it('counts captured photographers, and those captured before a picture word ("footage released by the group")', () => {
    expect(run('Islamic State militants captured two Japanese photographers near Aleppo, the group said.').total.captured).toBe(2);
    expect(run('Rebels captured a photographer and two soldiers near the border.').total.captured).toBe(3);
    expect(run('Militants captured 12 soldiers, footage released by the group showed.').total.captured).toBe(12);
    expect(run('The shooting was captured on surveillance video.').events).toEqual([]);
  });
});

describe('a figure dated by an earlier year inside a current sentence', () => {
  it('keeps "kidnapped his three young daughters in 2007" out of the totals of a shooting "this morning"', () => {
    const c = run('The father of a man who kidnapped his three young daughters in 2007 opened fire at the courthouse this morning, killing two women.', '2013-02-11');
    expect(c.total).toMatchObject({ killed: 2, captured: null });
    expect(c.historical.map((e) => [e.type, e.count])).toEqual([['captured', 3]]);
  });

  it('reads no year in a room or flat number ("in Apt. 2004", "in Room 1910")', () => {
    expect(run('A man was shot dead in Apt. 2004 on Tuesday night.', '2016-05-01').historical).toEqual([]);
    const c = run('Three people were killed in Room 1910 of the Grand Hotel on Tuesday. Two others were wounded.', '2016-05-01');
    expect(c.total).toMatchObject({ killed: 3, wounded: 2 });
    expect(c.historical).toEqual([]);
    expect(run('Gunmen kidnapped three workers in March 2010. Two guards were killed on Monday.', '2016-06-01').historical.map((e) => e.count)).toEqual([3]);
  });

  it('reads no year in "in the 2000 block", nor an earlier one in the reference year', () => {
    expect(run('Two men were shot and killed in the 2000 block of West 76th Street.', '2016-09-18').total.killed).toBe(2);
    expect(run('Gunmen kidnapped three workers in March 2016 near the border.', '2016-06-01').total.captured).toBe(3);
  });
});

describe('nouns of people in US shooting reports', () => {
  it('counts "an eighth-grader", "two bailiffs", "a hunter"', () => {
    expect(run('A Lodi eighth-grader died Friday after being accidentally shot at his home.').total.killed).toBe(1);
    expect(run('Two bailiffs were killed at the courthouse.').total.killed).toBe(2);
    expect(run('A hunter was wounded on Sunday.').total.wounded).toBe(1);
  });
});

describe('a death joined by "but" to the care of its person', () => {
  it('counts one dead in "was rushed to a hospital but died"', () => {
    expect(run('The woman was rushed to a hospital but died a short time later.').total.killed).toBe(1);
    expect(run('The woman was shot and rushed to a hospital, but died a short time later.').total).toMatchObject({ killed: 1, wounded: 0 });
  });

  it('reads no death in "was shot in the chest but survived"', () => {
    expect(run('The woman was shot in the chest but survived.').total).toMatchObject({ killed: null, wounded: 1 });
  });
});

describe('one person hit and one dead (GVA counts a victim once)', () => {
  it('reads a person alive from words shortly after the hit ("was shot in the leg but survived")', () => {
    expect(run('Two people were killed in the shooting on Monday. Mary Stone was shot in the leg but survived.').total).toMatchObject({ killed: 2, wounded: 1 });
  });

  it('counts the one person told hit beside the one dead as the dead told of again ("his friend was shot")', () => {
    expect(run('Jamal Carter died at the hospital on Monday. Police said his friend was shot while they were playing with a gun.').total).toMatchObject({ killed: 1, wounded: 0 });
  });

  it('still counts two people told hit beside the one dead', () => {
    expect(run('Jamal Carter died at the hospital on Monday. Police said his friend was shot while they were playing with a gun. Her sister was shot too.').total).toMatchObject({ killed: 1, wounded: 2 });
  });

  it('counts a named dead person told wounded again once ("Felder was wounded"), but not another man', () => {
    const text = 'A 16-year-old student died on Sunday. Police said Antrez Felder died at the hospital. Felder was wounded in the chest outside a store.';
    expect(run(text).total).toMatchObject({ killed: 1, wounded: 0 });
    expect(run(`${text} Another man was wounded.`).total).toMatchObject({ killed: 1, wounded: 1 });
  });
});

describe('"were hit" as a shooting', () => {
  it('counts "Seven people, ranging in age from 17 to 27, were hit" as seven hit', () => {
    expect(run('Gunfire broke out outside a bar on Sunday. Seven people, ranging in age from 17 to 27, were hit.').total.wounded).toBe(7);
  });

  it('reads no one hit in "were hit hard", "were hit by a car", "both of her legs were hit"', () => {
    expect(run('Seven towns were hit hard by the storm.').total.wounded).toBeNull();
    expect(run('Two officers were hit by a car on Monday.').total.wounded).toBeNull();
    expect(run('A woman was shot on Friday. Police said both of her legs were hit.').total.wounded).toBe(1);
  });
});

describe('people "with serious injuries"', () => {
  it('counts "one victim fatally wounded and three others with serious injuries" as three wounded', () => {
    expect(run('The shooting left one victim fatally wounded and three others with serious injuries.').total).toMatchObject({ killed: 1, wounded: 3 });
  });

  it('reads no one hurt in "charged with causing serious injuries"', () => {
    expect(run('He was charged with causing serious injuries.').total.wounded).toBeNull();
  });
});

describe('"was hit" counted or placed on the body', () => {
  it('counts one person "hit twice" or "hit in one of her legs", not one "hit by a car" or "hit hard"', () => {
    expect(run('A gunman fired into the crowd. A woman was hit twice in the shooting.').total.wounded).toBe(1);
    expect(run('A teen was also hit in one of his legs during the shooting.').total.wounded).toBe(1);
    expect(run('The boy was hit by a car after the shooting.').total.wounded).toBeNull();
    expect(run('The owner was hit hard by the gunfire that damaged his shop.').total.wounded).toBeNull();
    expect(run('His car was hit twice by gunfire.').total.wounded).toBeNull();
  });

  it('finds the person before a phrase like "sitting in the car" and counts one "also hit" beside the dead', () => {
    const text = 'Police said John Reyes, 19, was shot and killed outside a store. A woman sitting in the car was also hit in one of her legs.';
    expect(run(text).total).toMatchObject({ killed: 1, wounded: 1 });
  });
});

describe('counts of attempted murder', () => {
  it('reads "charged with six counts of attempted murder" as six hurt when nothing else tells of the hurt', () => {
    expect(run('The gunman who opened fire at the party was charged with six counts of attempted murder on Monday.').total.wounded).toBe(6);
  });

  it('leaves a stated figure of the hurt as it is', () => {
    const text = 'Three people were wounded in the shooting. The suspect faces four counts of attempted murder.';
    expect(run(text).total.wounded).toBe(3);
  });
});

describe('one person cared for, then dead', () => {
  it('reads one care told without a hurt beside a death told after it as the dead person', () => {
    const text = 'Police said a 6-year-old boy found a gun in the bedroom. Sam Lee was rushed to Mercy Hospital. The boy died on Tuesday.';
    expect(run(text).total).toMatchObject({ killed: 1, wounded: 0 });
  });

  it('keeps the care of a relative or of someone the words tell apart', () => {
    expect(run('A 6-year-old boy died on Tuesday. His father was rushed to Mercy Hospital.').total).toMatchObject({ killed: 1, wounded: 1 });
    expect(run('An 8-year-old girl died on Tuesday. He remains in the hospital.').total).toMatchObject({ killed: 1, wounded: 1 });
  });
});

describe('a death after a reduced relative clause ("a man injured in a shooting has died")', () => {
  it('reads the death of the one the participle told hurt, not one more hurt', () => {
    expect(run('A man injured in a shooting last week has died, police said.').total).toMatchObject({ killed: 1 });
    expect(run('A man injured in a shooting last week has died, police said.').total.wounded ?? 0).toBe(0);
    expect(run('Two men wounded in the attack on Friday died.').total).toMatchObject({ killed: 2 });
  });
});

describe('a blotter heading before its item', () => {
  it('reads "Teen Shot: A 16-year-old boy was shot in the leg" as one person', () => {
    expect(run('Teen Shot: A 16-year-old boy was shot in the leg early Monday.').total.wounded).toBe(1);
    expect(run('A boy was shot in the leg and a 20-year-old man was shot in the arm.').total.wounded).toBe(2);
  });
});

describe('a capitalized place or institution is no victim name', () => {
  it('counts one death in "a columnist for the Portland Herald died ... John Reyes, 71, was fatally shot"', () => {
    const text = 'A former columnist for the Portland Herald died at his home on Monday. John Reyes, 71, was fatally shot when a gun went off.';
    expect(run(text).total.killed).toBe(1);
  });

  it('reads "the killing of Arkansas boy" as an unnamed boy', () => {
    const c = run('Two men are charged in the killing of Arkansas boy.');
    expect(c.total.killed).toBe(1);
    expect(c.events.map((e) => e.evidence.text)).toContain('killing of Arkansas boy');
  });
});

describe('"hit in one of" needs a part of the body', () => {
  it('reads no one hit in "was hit in one of the worst ways"', () => {
    expect(run('He was hit in one of the worst ways by news of the shooting.').total.wounded ?? 0).toBe(0);
    expect(run('A teen was hit in both legs during the shooting.').total.wounded).toBe(1);
  });
});

describe('an undated count of one side beside a dated count of another', () => {
  it('repeats nothing: both sides count, and neither report points at the other', () => {
    const c = extractCasualties(buildDoc({ text: 'Clashes wounded five Lebanese soldiers on Thursday.\nThree Israeli soldiers were wounded.' }));
    expect(c.events.map((e) => [e.count, e.party, e.duplicateOf])).toEqual([
      [5, 'Lebanon', null],
      [3, 'Israel', null],
    ]);
    expect(c.total.wounded).toBe(8);
  });
});

describe('"was hit" alone', () => {
  it('reads a person hit with no other casualty word, and no thing or team hit', () => {
    const wounded = (text: string) => extractCasualties(buildDoc({ text })).total.wounded;
    expect(wounded('A woman was hit twice in the chest on Monday night.')).toBe(1);
    expect(wounded('The city was hit hard by the recession last year.')).toBeNull();
    expect(wounded('The company was hit with a fine of $5 million.')).toBeNull();
  });
});

describe('a toll that later rose', () => {
  it('takes the new figure after "later" or "since"', () => {
    const killed = (text: string) => extractCasualties(buildDoc({ text })).total.killed;
    expect(killed('A gunman killed four people on Sunday. The death toll later rose to five.')).toBe(5);
    expect(killed('A gunman killed four people on Sunday. The death toll has since risen to five.')).toBe(5);
  });
});

describe("a war's toll to date", () => {
  it('is background, not the total of the day', () => {
    const c = run('Shelling killed 42 civilians in El Fasher on Saturday, activists said. The war, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million.');
    expect(c.total.killed).toBe(42);
    expect(c.total.displaced).toBeNull();
    expect(c.historical.map((e) => e.evidence.text)).toEqual(['killed tens of thousands of people', 'displaced more than 12 million']);
  });
});

describe("a side's own soldiers", () => {
  it('are the speaking side when no side is named with them', () => {
    const sides = (text: string) => run(text).byParty.map((b) => `${b.party}:${b.killed ?? '-'}/${b.wounded ?? '-'}`);
    expect(sides('Israel said three soldiers were killed in Gaza on Monday.')).toEqual(['Israel:3/-']);
    expect(sides("Russia's defence ministry said 12 servicemen were wounded.")).toEqual(['Russia:-/12']);
    expect(sides('Ukraine said 15 Russian soldiers were killed.')).toEqual(['Russia:15/-']);
    expect(sides('Dallas police said two officers were shot.')).toEqual([]);
  });
});

describe('tolls of different towns', () => {
  it('add up, each town once; a larger figure of no town stands for them all', () => {
    const killed = (text: string) => run(text).total.killed;
    expect(killed('Russian strikes killed five people in Kharkiv on Monday. Three people were killed in Odesa.')).toBe(8);
    expect(killed('Russian strikes killed five people in Kharkiv on Monday. Three people were killed in Odesa. In all, 12 people died in the strikes on Monday.')).toBe(12);
    expect(killed('Two people were killed in Chicago on Sunday. Police said the two were killed in Chicago.')).toBe(2);
    // In one sentence: each clause's own town, and a town after "in" is no person of the list.
    expect(killed('Five were killed in Kharkiv on Monday and three people were killed in Odesa.')).toBe(8);
  });

  it('do not add up undated: another town\'s toll may be another incident told for comparison', () => {
    const c = run('Two people were killed in Milwaukee. The shooting came hours before three officers were shot dead in Baton Rouge.');
    expect(c.total.killed).toBe(2);
  });
});

describe('a figure before a source of another nationality', () => {
  it('is the object of the verb of harm, and a toll "since" the war began is background', () => {
    const c = run('Missiles struck Kyiv overnight, killing at least 11 people and wounding 47, Ukrainian officials said Thursday. More than 12,000 civilians have been killed since the full-scale invasion, the UN says.');
    expect([c.total.killed, c.total.wounded]).toEqual([11, 47]);
    expect(c.historical.map((e) => e.count)).toEqual([12000]);
  });
});

describe('a claim told after a long clause', () => {
  it('gives way to the figure of police and medics', () => {
    const c = run('A car bomb exploded outside a hotel on Friday, killing at least 15 people, police and medics said. The militant group claimed responsibility for the attack in a statement on its radio station, saying its fighters had killed 25 government officials and soldiers.');
    expect(c.total.killed).toBe(15);
  });
});
