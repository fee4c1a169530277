import { describe, expect, it } from 'vitest';
import seed from '../fixtures/seed.txt?raw';
import { buildDoc } from '../../src/core/doc.ts';
import { extractFacts } from '../../src/core/facts/index.ts';
import { canonicalParty, countryOf } from '../../src/core/lexicon/places.ts';
import type { CeasefireStatus, Facts, MediatorRole } from '../../src/core/types.ts';

function facts(text: string, publishedAt: string | null = '2021-07-29'): Facts {
  return extractFacts(buildDoc({ text, publishedAt }));
}

function roleOf(f: Facts, name: string): MediatorRole | undefined {
  return f.mediators.find((m) => m.name === name)?.role;
}

describe('seed article: sides, mediators, ceasefire', () => {
  const f = facts(seed);

  it('finds Armenia and Azerbaijan as the parties, with the demonym and capital aliases', () => {
    expect(f.parties.map((p) => p.name).sort()).toEqual(['Armenia', 'Azerbaijan']);
    const az = f.parties.find((p) => p.name === 'Azerbaijan');
    expect(az?.aliases).toEqual(expect.arrayContaining(['Azerbaijani', 'Azeri', 'Baku']));
  });

  it('lists Russia as brokered and Iran as offered, and neither party as a mediator', () => {
    expect(roleOf(f, 'Russia')).toBe('brokered');
    expect(roleOf(f, 'Iran')).toBe('offered');
    expect(f.mediators.map((m) => m.name)).not.toContain('Armenia');
    expect(f.mediators.map((m) => m.name)).not.toContain('Azerbaijan');
  });

  it('reads the ceasefire as Russian-brokered, accepted by both sides', () => {
    expect(['agreed', 'violated']).toContain(f.ceasefire.status);
    expect(f.ceasefire.brokeredBy).toEqual(['Russia']);
    expect(f.ceasefire.acceptedBy).toEqual(['Armenia', 'Azerbaijan']);
    expect(f.ceasefire.violationsAlleged).toBe(true);
  });

  it('gives evidence that slices back to the submitted text', () => {
    const all = [
      ...f.parties.flatMap((p) => p.evidence),
      ...f.mediators.flatMap((m) => m.evidence),
      ...f.ceasefire.evidence,
    ];
    expect(all.length).toBeGreaterThan(5);
    for (const e of all) expect(seed.slice(e.start, e.end)).toBe(e.text);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(facts(seed))).toBe(JSON.stringify(f));
  });
});

describe('parties', () => {
  it('does not make the victims’ nationality a side', () => {
    const f = facts('A gunman killed 20 shoppers in Texas. Officials said eight Mexicans died in the attack.');
    expect(f.parties).toEqual([]);
  });
});

describe('canonicalParty', () => {
  it.each([
    ['Azeri', 'Azerbaijan'], ['Armenian', 'Armenia'], ['Baku', 'Azerbaijan'], ['ISIS', 'Islamic State'],
    ['Moscow', 'Russia'], ['the Taliban', 'Taliban'], ['U.S.', 'United States'], ['Azerbaijan’s', 'Azerbaijan'],
  ])('%s → %s', (mention, party) => {
    expect(canonicalParty(mention)).toBe(party);
  });

  it.each([['is'], ['Kalbajar'], ['United Nations'], ['Reading'], ['']])('%s is not a party', (mention) => {
    expect(canonicalParty(mention)).toBeNull();
  });

  it('knows which country a place lies in', () => {
    expect(countryOf('Kalbajar')).toBe('Azerbaijan');
    expect(countryOf('Yerevan')).toBe('Armenia');
  });
});

const STATUS_CASES: Array<[CeasefireStatus, string]> = [
  ['none', 'Taliban fighters attacked an Afghan army checkpoint on Monday, killing four soldiers.'],
  ['called_for', 'Afghan forces clashed with Taliban fighters. The United Nations called for an immediate ceasefire.'],
  ['proposed', 'Afghan forces clashed with Taliban fighters. Qatar proposed a three-day truce to both sides.'],
  ['agreed', 'Afghan forces fought Taliban fighters for a week. Both sides agreed to a ceasefire on Sunday.'],
  ['violated', 'Azerbaijani forces shelled Armenian positions, violating the ceasefire agreed on Monday.'],
  ['violated', 'Rebels fought government troops on Monday and broke an 18-month ceasefire, the army said.'],
  ['violated', 'Armenian and Azerbaijani troops exchanged fire, breaking a truce that had held since March.'],
  ['violated', 'Thai and Cambodian troops clashed on Monday. A ceasefire announced by Malaysia on Sunday failed to stop the fighting.'],
  ['collapsed', 'Fighting between Israel and Hezbollah resumed on Monday, shattering a two-month ceasefire.'],
  ['collapsed', 'The Houthis ended their truce with the Saudi-led coalition and resumed attacks on Monday, killing five soldiers.'],
  ['collapsed', 'Israeli troops and Hamas fighters clashed again after the truce collapsed on Tuesday.'],
  ['called_for', 'Afghan forces clashed with Taliban fighters. The United Nations is seeking a ceasefire.'],
  ['proposed', 'Afghan forces clashed with Taliban fighters. Qatar is trying to broker a truce.'],
  ['proposed', 'Afghan forces clashed with Taliban fighters. Efforts to reach a ceasefire have intensified.'],
  ['proposed', 'Afghan forces clashed with Taliban fighters. Diplomats are working towards a truce.'],
  ['proposed', 'Afghan forces clashed with Taliban fighters. The Taliban rejected a ceasefire on Monday.'],
  ['proposed', 'Israeli strikes killed 30 people in Gaza. Hamas said it had accepted an Egyptian-Qatari ceasefire proposal, but Israel said the terms were far from its demands.'],
  ['agreed', 'Afghan forces fought Taliban fighters for a week. The Taliban accepted the ceasefire on Sunday.'],
];

describe('sides that are no sides', () => {
  it.each([
    ['a match between two countries', 'Australia beat India by five wickets in the final match between Australia and India on Sunday.'],
    ['the police of the country an attack happened in', 'A man stabbed four officers to death in Paris on Thursday, and French police shot him dead.'],
    ['a country that launched a lawsuit', 'The US film industry has launched legal action against people who share films online.'],
    ['a president who launched a rebuilding plan', "Sri Lanka's president has launched a reconstruction drive worth $3bn."],
  ])('%s', (_label, text) => {
    expect(facts(text).parties).toEqual([]);
  });

  it.each([
    ['a football club', 'The striker is to join Brazilian side Santos on loan. He scored twice on Saturday. His agent said the move suited him. The fee was not disclosed.'],
    ['a pocket knife', 'The Swiss Army knife tops the list of classic gadgets. The list was compiled by a magazine. Readers voted online. The toaster came second.'],
    ['a police raid on a website', 'Dutch police raided a file-sharing site on Monday. The site let users swap films. Its owners face charges. The industry welcomed the move.'],
    ['a court case and trade talks', 'Lawyers said the legal fight between Russia and the oil firm would go on. The Japanese government is in talks about airline routes. Shares rose 3%. Analysts expect higher profits.'],
  ])('not in a story without fighting: %s', (_label, text) => {
    expect(facts(text).parties).toEqual([]);
  });

  it('does not make a force noun inside a name a side', () => {
    const text = 'Gunmen attacked a convoy near the dam, killing two guards. The U.S. Army Corps of Engineers said the dam was safe. Troops sealed off the area. The U.S. Army Corps of Engineers will inspect it on Friday.';
    expect(facts(text).parties).toEqual([]);
    expect(facts('Gunmen attacked a convoy near the dam. U.S. troops Monday sealed off the area. U.S. forces killed two gunmen.').parties.map((p) => p.name)).toEqual(['United States']);
  });

  it('does not make a country a side for troops named outside the fighting', () => {
    const standby = 'Fighting between rebels and the army killed 20 people in the north. Rebels attacked two towns on Monday. The clashes spread to the capital. British troops are on standby to evacuate British nationals. A company of 100 British troops has been put on standby.';
    expect(facts(standby).parties).toEqual([]);
    const fought = 'Fighting between rebels and the army killed 20 people in the north. Rebels attacked two towns on Monday. The clashes spread to the capital. British troops fought the rebels near the airport.';
    expect(facts(fought).parties.map((p) => p.name)).toEqual(['United Kingdom']);
  });

  it('makes a country a side for troops that enter, advance or patrol in a story about fighting', () => {
    const entered = 'Israeli troops entered Jenin on Monday. Palestinian gunmen opened fire on the soldiers. Two militants were killed in the raid.';
    expect(facts(entered).parties.map((p) => p.name)).toEqual(['Israel', 'Palestine']);
    const patrolled = 'Indian soldiers patrolled the Line of Control on Monday. Pakistani troops fired mortars across the border, killing two civilians. Tensions have risen since the attack.';
    expect(facts(patrolled).parties.map((p) => p.name)).toEqual(['India', 'Pakistan']);
  });

  it('makes the agent of a passive fighting verb a side ("seized by", "targeted by"), not of "hit by" or "held by"', () => {
    const seized = 'The engineer was seized by the Taliban near the border in March. Fighting in the province has killed dozens. Two soldiers died in a roadside bomb on Friday.';
    expect(facts(seized).parties.map((p) => p.name)).toEqual(['Taliban']);
    const shotDown = 'The fighter jet was shot down by Turkey near the border. The pilot was killed in the attack. Clashes followed on the ground.';
    expect(facts(shotDown).parties.map((p) => p.name)).toEqual(['Turkey']);
    const hit = 'Exporters were hit by the United States with new tariffs. The trade war has hurt farmers. The clashes over steel go on. Talks resume in May.';
    expect(facts(hit).parties).toEqual([]);
  });

  it('does not make a side of forces named only as a count of victims or targets ("killed five U.S. servicemen")', () => {
    const home = 'A gunman killed five U.S. servicemen at a recruiting office in Ohio. The attack lasted ten minutes. The shooting shocked the town. Police said the gunman acted alone.';
    expect(facts(home).parties).toEqual([]);
    const war = 'Gunmen killed five U.S. soldiers near Kandahar. U.S. troops returned fire and killed two of the attackers. The attack lasted ten minutes.';
    expect(facts(war).parties.map((p) => p.name)).toEqual(['United States']);
  });

  it('makes the other side of a truce or of peace talks a side ("talks with British ministers" on a ceasefire)', () => {
    // al-Qaeda, not the IRA: an IRA story names the United Kingdom a side of itself (GROUP_STATES).
    const truce = 'Al-Qaeda bombed two pubs in the city, killing 21 people. The attacks went on all spring. In June al-Qaeda called a ceasefire and held secret talks with British ministers. The ceasefire collapsed within weeks.';
    expect(facts(truce).parties.map((p) => p.name)).toEqual(['al-Qaeda', 'United Kingdom']);
    const trade = 'Al-Qaeda bombed two pubs in the city, killing 21 people. The attacks went on all spring. Later the minister held trade talks with British ministers. The bombing campaign resumed in May.';
    expect(facts(trade).parties.map((p) => p.name)).toEqual(['al-Qaeda']);
    const negotiate = 'A suicide bomber killed five people at a nightclub on Friday. The attack was the first since the truce. Gunmen fired rockets at the town. "We are ready to negotiate with Israel to reach a lasting peace," the leader said.';
    expect(facts(negotiate).parties.map((p) => p.name)).toEqual(['Israel']);
  });

  it('reads "fighters from" an armed group as its force, not "fighters from" a country they come from', () => {
    const group = 'Islamic State militants attacked the border town on Monday, killing 12. Fighters from the Kurdish YPG have been on the offensive in the north since March. The fighting continued overnight.';
    expect(facts(group).parties.map((p) => p.name)).toEqual(['Islamic State', 'YPG']);
    const origin = 'Islamic State militants attacked the border town on Monday, killing 12. Foreign fighters from Tunisia have been on the offensive in the north since March. The fighting continued overnight.';
    expect(facts(origin).parties.map((p) => p.name)).toEqual(['Islamic State']);
  });

  it('reads "fighter" as a force only right after the side', () => {
    const aces = "Bombs and rockets hit the city. The war has killed thousands. The clashes spread. He became one of Britain's greatest fighter aces. Britain's greatest fighter pilots were honoured.";
    expect(facts(aces).parties).toEqual([]);
  });

  it('gives government forces named without a country to the country the story is about', () => {
    const home = "Government forces attacked Houthi positions near Taiz on Monday. The Houthis fought back across Yemen. Dozens were killed in the clashes, Yemen's state media said.";
    expect(facts(home).parties.map((p) => p.name)).toEqual(['Houthis', 'Yemen']);
    const backed = 'Iranian-backed government forces attacked Islamic State fighters near Mosul on Monday. Iran said it had sent advisers. Iran denies sending troops. Iran has long backed Baghdad.';
    expect(facts(backed).parties.map((p) => p.name)).toEqual(['Islamic State']);
    // Islamic State, not the Houthis: a Houthi story names Yemen a side of itself (GROUP_STATES).
    const unclear = 'Government forces attacked Islamic State positions on Monday. The militants fought back. Dozens were killed in the clashes, officials in Iraq and Syria said.';
    expect(facts(unclear).parties.map((p) => p.name)).toEqual(['Islamic State']);
  });

  it('reads a capital before a noun of attack as the place, not the attacker', () => {
    const text = 'Two men were charged over the Brussels bombings. Police detained three others in Brussels over the Paris attacks. The attacks killed 130. Bombs exploded at the airport.';
    expect(facts(text).parties).toEqual([]);
  });

  it('does not read a shouted "IS" as the Islamic State', () => {
    const text = 'Gunmen attacked a nightclub, killing one man. The attack wounded 15 people. Police said the gunfire came from two groups.\n\nTRANSCRIPT FOLLOWS. GOOD MORNING TO ALL OF YOU. THIS IS A TRAGEDY THAT HAS STRUCK OTHER COMMUNITIES AND NOW IT IS HERE. IS EVERYONE READY? THE SHOOTER IS STILL AT LARGE.';
    expect(facts(text).parties).toEqual([]);
    expect(facts('IS fighters attacked the town. IS militants killed 20 soldiers. The attack lasted hours.').parties.map((p) => p.name)).toEqual(['Islamic State']);
  });

  it('makes a country whose killing of someone is reported a side', () => {
    const base = 'Iraqi militias attacked a base. The attack killed two soldiers. Fighting continued for hours. Lawmakers voted to expel US troops after ';
    expect(facts(`${base}the United States' killing of a general in a drone strike. US troops remain in the country.`).parties.map((p) => p.name)).toContain('United States');
    expect(facts(`${base}a general died in Baghdad. US troops remain in the country.`).parties.map((p) => p.name)).not.toContain('United States');
  });

  it('does not make the sides of a world war sides of today', () => {
    const text = 'The battle was fought by Australian and New Zealand forces during World War One. A service was held. The war killed thousands. Australian troops landed at dawn.';
    expect(facts(text).parties).toEqual([]);
  });

  it('keeps an armed group that fights in a story mostly about other things', () => {
    const text = 'The Taliban claimed responsibility for the bombing. The market reopened on Tuesday. Shopkeepers swept the streets. Bread prices rose.';
    expect(facts(text).parties.map((p) => p.name)).toEqual(['Taliban']);
  });

  it('keeps the sides of a short story about fighting', () => {
    expect(facts('Turkish troops shelled Kurdish positions near the border on Monday.').parties.map((p) => p.name)).toContain('Turkey');
  });

  it('keeps a country that launched an offensive or missiles', () => {
    expect(facts('Russia launched a new offensive in the east of Ukraine on Monday.').parties.map((p) => p.name)).toContain('Russia');
    expect(facts('Iran launched missiles at Israel overnight, the army said.').parties.map((p) => p.name)).toContain('Iran');
  });

  it('keeps a government that makes a truce with an armed group', () => {
    const f = facts('The IRA agreed to a truce and ceasefire with the British government in February. The IRA then bombed a hotel in London, the army said.');
    expect(f.parties.map((p) => p.name)).toEqual(['IRA', 'United Kingdom']);
  });
});

describe('ceasefire status', () => {
  it.each(STATUS_CASES)('%s: %s', (status, text) => {
    expect(facts(text).ceasefire.status).toBe(status);
  });

  const NOT_CURRENT: Array<[string, string]> = [
    ['a ceasefire in last year’s war', 'Armenian and Azerbaijani forces clashed on Wednesday. Last year’s war ended with a ceasefire.'],
    ['a ceasefire line as a place', 'Indian and Pakistani troops exchanged fire across the ceasefire line in Kashmir.'],
    ['a truce of the 1990s', 'Rebels attacked an army base on Monday. A truce signed in the 1990s had kept the peace for years.'],
    ['a truce dated in an earlier year', 'Rebels attacked an army base on Monday. The attack ended a truce that began on December 22, 1974.'],
    ['a truce in a feud', 'The two rappers called a truce in their long feud on Monday. Fans welcomed the news.'],
    ['a truce in a patent war', 'Apple and Samsung agreed to a truce in their patent war on Tuesday, ending a costly legal battle.'],
    ['a truce of a party at war with itself, in quotes', 'The opposition leader said it was a government "at war with itself". An expert said a truce between the factions would not last.'],
    ['an anti-violence programme in a crime story', 'Workers from Chicago CeaseFire went to the scene of the shooting. Two men were shot and one died.'],
    ['an anti-violence vigil in a story with an army word', 'A man was shot on Monday. At a cease fire vigil on Wednesday, his aunt, an army nurse, said he was better.'],
    ['a truce of a world war', 'Rebels attacked an army base on Monday. The famous Christmas truce of the First World War was remembered in a service.'],
  ];
  it.each(NOT_CURRENT)('%s does not set the status', (_label, text) => {
    expect(facts(text).ceasefire.status).toBe('none');
  });

  it('keeps a ceasefire between unnamed sides in a story about fighting', () => {
    expect(facts('Fighting in the north killed 20 people. The army and the rebels agreed to a ceasefire on Sunday.').ceasefire.status).toBe('agreed');
  });

  it('keeps a ceasefire with no sides found when a state brokered it, an armed group is named, or rockets flew', () => {
    expect(facts('A ceasefire brokered by Egypt took hold on Friday. Markets reopened.').ceasefire.status).toBe('agreed');
    expect(facts('Hamas agreed to a truce on Friday, officials said.').ceasefire.status).toBe('agreed');
    expect(facts('The truce held overnight after 11 days of rocket fire and air raids.').ceasefire.status).toBe('agreed');
  });

  it.each([
    ['a world war as a yardstick', 'Russian forces shelled Kharkiv. Both sides agreed to the largest prisoner exchange and ceasefire seen in Europe since World War Two.'],
    ['a war still going', 'Russian forces shelled Kharkiv. Both sides have agreed to a ceasefire for the first time since the war began.'],
    ['a war over as a yardstick', 'Azerbaijani forces shelled Armenian villages. On Monday both sides agreed to a ceasefire, the first since the war ended.'],
  ])('%s does not make the sentence history', (_label, text) => {
    expect(facts(text).ceasefire.status).toBe('agreed');
  });

  const WAR = 'Israeli troops and Hamas fighters clashed for weeks. ';
  it.each([
    'The ceasefire has allowed aid to reach civilians in Gaza.',
    'The truce brought urgently needed food and fuel into Gaza.',
    'During the truce, thousands of asylum seekers crossed the border.',
    'The truce offers a rare chance for families to return home.',
    'The two sides met on Monday to discuss extending the truce.',
    'Hamas rejected accusations that it had fired rockets during the truce.',
    'During the ceasefire, Israeli tanks moved toward the border.',
    'The ceasefire gives both sides time to secure their positions.',
    'Officials discussed Israel\'s compliance with the ceasefire.',
    'The U.N. discussed Gaza\'s reconstruction under the truce.',
  ])('a truce in force stays agreed: %s', (text) => {
    expect(facts(WAR + text).ceasefire.status).toBe('agreed');
  });

  it.each([
    ['called_for', 'Egypt is seeking a truce.'],
    ['called_for', 'The UN urges a ceasefire.'],
    ['proposed', 'Egypt is leading efforts to reach a peace deal.'],
    ['proposed', 'Israel rejected a ceasefire.'],
    ['proposed', 'Mediators are working towards a truce.'],
    ['proposed', 'Egypt offers a truce.'],
    ['proposed', 'Hamas rejected a new U.S.-brokered ceasefire.'],
    ['proposed', 'Hamas said it rejects Israel’s truce.'],
    ['proposed', 'The truce was rejected by Hamas on Monday.'],
    ['proposed', 'A ceasefire is under discussion.'],
  ] as Array<[CeasefireStatus, string]>)('%s: a truce as the object of the verb: %s', (status, text) => {
    expect(facts(WAR + text).ceasefire.status).toBe(status);
  });

  it('records who accepted the ceasefire and who brokered it', () => {
    const f = facts('Armenian and Azerbaijani forces clashed on the border. Moscow brokered a ceasefire on Thursday. Armenia said it accepted the ceasefire. Azerbaijan also accepted the ceasefire.');
    expect(f.ceasefire.status).toBe('agreed');
    expect(f.ceasefire.brokeredBy).toEqual(['Russia']);
    expect(f.ceasefire.acceptedBy).toEqual(['Armenia', 'Azerbaijan']);
  });
});

const ROLE_CASES: Array<[MediatorRole, string, string]> = [
  ['brokered', 'Qatar', 'Israeli forces and Hamas fighters clashed for days until a Qatari-brokered truce took hold.'],
  ['brokered', 'Russia', 'Armenian and Azerbaijani troops clashed. A ceasefire brokered by Moscow took effect on Friday.'],
  ['mediating', 'Cuba', 'Colombian troops fought ELN rebels. Cuba hosted peace talks between the government and the ELN.'],
  ['brokered', 'Qatar', 'Israeli strikes killed 20 Palestinians in Gaza. Qatar helped negotiate the release of 50 hostages held by Hamas.'],
  ['mediating', 'Norway', 'Sri Lankan forces clashed with rebels. Norway has been mediating between the two sides.'],
  ['offered', 'Turkey', 'Russian and Ukrainian forces fought near Kharkiv. Turkey offered to mediate between the sides.'],
  ['offered', 'Iran', 'Armenian and Azerbaijani forces clashed. Iran voiced readiness to help resolve the dispute.'],
  ['urged', 'China', 'Indian and Pakistani troops exchanged fire. China called on both sides to show restraint.'],
  ['urged', 'United Nations', 'Israeli forces and Hamas fighters clashed. The UN urged an immediate return to talks.'],
  ['urged', 'United Nations', 'Israeli forces fought Hamas in Gaza. The UN Security Council passed a resolution demanding an immediate ceasefire.'],
  // Mediators joined by "and" or commas share the role.
  ['brokered', 'Qatar', 'Israeli forces and Hamas fighters clashed. Qatar and Egypt brokered a ceasefire on Sunday.'],
  ['brokered', 'Egypt', 'Israeli forces and Hamas fighters clashed. Qatar and Egypt brokered a ceasefire on Sunday.'],
  ['brokered', 'United States', "Sudan's army and the RSF fought in Khartoum. They agreed to a truce brokered by Saudi Arabia and the United States."],
  ['mediating', 'Qatar', 'Israeli forces and Hamas fighters clashed. The truce was mediated by Egypt, Qatar and the United States.'],
  // The other ways news names a go-between: "of X" after a noun of mediation, auspices, talks hosted or led by X,
  // envoys, compounds of "sponsored" or "hosted", the host of a meeting about peace, coordinated compounds.
  ['mediating', 'Egypt', 'Israeli forces and Hamas fighters clashed. The two sides agreed to a truce through the mediation of Egypt.'],
  ['mediating', 'African Union', 'Sudanese troops fought rebels in Darfur. Talks resumed under the auspices of the African Union.'],
  ['mediating', 'United Nations', 'Yemeni forces fought the Houthis near Hodeidah. The sides met under UN auspices to discuss prisoner swaps and a truce.'],
  ['mediating', 'Qatar', 'Afghan troops fought the Taliban. The talks between the Taliban and US officials, hosted by Qatar, resumed on Monday.'],
  ['mediating', 'Turkey', 'Russian and Ukrainian forces fought near Kharkiv. Negotiations led by Turkey continued for a third day.'],
  ['mediating', 'Norway', 'Government troops fought the rebels. Peace talks facilitated by Norway began in the jungle.'],
  ['mediating', 'United Nations', 'Houthi fighters attacked government positions. UN envoy Hans Berg held talks with both sides on Sunday.'],
  ['mediating', 'United Nations', 'Army troops clashed with the RSF. The UN special envoy to Sudan said the truce was fragile.'],
  ['mediating', 'United Nations', 'Israeli troops clashed with Hamas fighters in Gaza. The UN envoy to the Middle East, Tor Wennesland, urged both sides to return to a ceasefire.'],
  ['mediating', 'Qatar', 'Afghan forces fought the Taliban. The Taliban met a US peace envoy in Qatar on Monday.'],
  ['mediating', 'Norway', "Government troops fought the rebels in the east. Norway's chief peace negotiator arrived on Wednesday to revive the stalled talks."],
  ['mediating', 'Qatar', 'Israeli troops shelled Gaza. Negotiators from Israel and Hamas gathered in the Qatari capital, Doha, for talks on a truce.'],
  ['mediating', 'Egypt', 'Israeli troops shelled Gaza. Mediators from Egypt and Qatar met Hamas officials to discuss a truce.'],
  ['mediating', 'Qatar', "Israeli troops shelled Gaza. Qatar's prime minister met Hamas leaders in Doha on Wednesday for talks on a truce."],
  ['mediating', 'United Nations', 'Government troops fought the rebels in the north. UN-sponsored talks opened in the capital.'],
  ['brokered', 'United States', "Sudan's army and the RSF fought in Khartoum. The army quit US and Saudi-brokered ceasefire talks."],
  ['brokered', 'United States', "Sudan's army and the RSF fought in Khartoum. The army quit the US-Saudi-brokered ceasefire talks."],
  ['brokered', 'Egypt', 'Israeli forces and Hamas fighters clashed. A truce was reached with the help of Egypt on Sunday.'],
];

describe('mediator roles', () => {
  it.each(ROLE_CASES)('%s: %s in "%s"', (role, name, text) => {
    expect(roleOf(facts(text), name)).toBe(role);
  });

  it('reads an offer to host talks as an offer, and talks hosted as mediation', () => {
    const war = 'Russian forces shelled Kharkiv, killing five. Ukrainian troops fought back. ';
    expect(roleOf(facts(war + 'Turkish President Recep Tayyip Erdogan offered to host new talks in Istanbul.'), 'Turkey')).toBe('offered');
    expect(roleOf(facts(war + 'Turkey hosted talks between the two sides in Istanbul.'), 'Turkey')).toBe('mediating');
  });

  it('keeps one entry per name with its strongest role and all its evidence', () => {
    const f = facts('Armenian and Azerbaijani forces clashed. Russia called for restraint. Later Russia brokered a ceasefire.');
    const russia = f.mediators.filter((m) => m.name === 'Russia');
    expect(russia).toHaveLength(1);
    expect(russia[0]?.role).toBe('brokered');
    expect(russia[0]?.evidence.length).toBe(2);
  });

  const FALSE_POSITIVES: Array<[string, string, string]> = [
    ['a mediator named only in a historical paragraph', 'Norway', 'Sri Lankan troops attacked rebel positions on Monday. In 2002, Norway brokered a ceasefire between the two sides.'],
    ['a party that accepted a ceasefire', 'Armenia', 'Armenian and Azerbaijani forces clashed. Russia brokered a ceasefire. Armenia accepted the ceasefire.'],
    ['a party urging the other side', 'Azerbaijan', 'Armenian and Azerbaijani forces clashed on Wednesday. Azerbaijan urged Armenia to start negotiations.'],
    ['urging vigilance, not peace', 'France', 'Gunmen attacked a market in Mali, killing six soldiers. France urged vigilance at its embassies.'],
    ['the host city of talks with its own ministers', 'United Kingdom', 'IRA leaders agreed to hold secret talks with British ministers in London, the group said.'],
    ['an ambassador', 'Afghanistan', "Taliban fighters attacked Kunduz. Afghanistan's envoy to the United Nations called for peace talks."],
    ['an ambassador named outside peace-making', 'Saudi Arabia', 'Rebels shelled the city. The plot to kill the Saudi envoy was foiled, officials said.'],
    ['a side hosting a meeting', 'Russia', 'Russian troops shelled Kharkiv. Russian and Turkish officials met in Moscow to discuss a ceasefire.'],
    ['a summit hosted by a country', 'France', 'Rebels attacked an army base. The summit hosted by France discussed aid and trade.'],
    ['a militia sponsored by a country', 'Iran', 'Iranian-sponsored militias attacked the base, killing two soldiers.'],
    ['talks on trade in a story without a conflict', 'Belgium', 'EU ministers held talks in Brussels on the budget. They agreed to meet again in March.'],
    ['a ministry mediating a strike', 'Argentina', 'The Argentine labour ministry has been mediating between the union and the management.'],
    ['the one pressed, not the one pressing', 'United States', 'Israeli and Palestinian forces clashed. The US, pressed by Europe, is now more willing to engage in the search for a settlement.'],
    ['a side of the talks where they are held', 'India', 'Share prices rose under the military-backed government. Talks between India and Pakistan on a dam in Indian-administered Kashmir failed.'],
    ['the place of another event', 'Belgium', 'Rebels attacked an army base. The talks covered other topics ahead of an EU summit in Brussels.'],
    ['the place of another clause', 'France', 'Rebels attacked an army base. Italy favours an early start to talks, but there is scepticism in France.'],
    ['donors urged to give', 'United Kingdom', 'Rebels attacked an army base. Britain urged other donors to contribute to the fund.'],
  ];
  it.each(FALSE_POSITIVES)('not a mediator: %s', (_label, name, text) => {
    expect(roleOf(facts(text, '2021-07-29'), name)).toBeUndefined();
  });

  it('"called on both sides to lay down their arms" is urged', () => {
    expect(roleOf(facts('Armenian and Azerbaijani troops clashed. The African Union called on both sides to lay down their arms.'), 'African Union')).toBe('urged');
  });

  it('"calls for restraint" is urged, not offered', () => {
    expect(roleOf(facts('Armenian and Azerbaijani troops clashed. Iran calls for restraint from both sides.'), 'Iran')).toBe('urged');
  });

  it('"pushed for a ceasefire" is urged, and the truce pushed for is called for', () => {
    const f = facts('Israeli jets struck Gaza as Hamas fired rockets. Egypt is pushing for a truce. France pushed for talks.');
    expect(roleOf(f, 'Egypt')).toBe('urged');
    expect(roleOf(f, 'France')).toBe('urged');
    expect(f.ceasefire.status).toBe('called_for');
    expect(roleOf(facts('Israeli jets struck Gaza as Hamas fired rockets. Germany is pressing for a ceasefire.'), 'Germany')).toBe('urged');
    expect(roleOf(facts('Rebels attacked an army base. Britain pushed for a bigger budget rebate.'), 'United Kingdom')).toBeUndefined();
  });

  it('"pushed for" something else, with talks in the next clause, is no urging; a peace word close by still is', () => {
    expect(roleOf(facts('Israeli jets struck Gaza as Hamas fired rockets. The US pushed for sanctions on Iran while talks on a truce continued.'), 'United States')).toBeUndefined();
    expect(roleOf(facts('Israeli jets struck Gaza as Hamas fired rockets. Egypt is pushing for an immediate ceasefire.'), 'Egypt')).toBe('urged');
  });
});

describe('sides named in less common ways', () => {
  const names = (text: string): string[] => facts(text).parties.map((p) => p.name).sort();

  it('takes the second side of "between X\'s army and Y"', () => {
    expect(names('Fighting between the Sri Lankan army and the Tamil Tigers flared in the north. Dozens of soldiers were killed.')).toEqual(['Sri Lanka', 'Tamil Tigers']);
    expect(names('Clashes between government troops and the Rapid Support Forces spread to the capital. Shelling killed 30 people.')).toContain('Rapid Support Forces');
    expect(names("Saudi Arabia hosted talks in Jeddah between Sudan's army and the paramilitary Rapid Support Forces, which agreed to a truce.")).toEqual(['Rapid Support Forces', 'Sudan']);
  });

  it('reads what a side launched past a long object ("launched one of its largest aerial attacks")', () => {
    const text = 'Russia launched one of its largest aerial attacks overnight, firing 400 drones at cities and killing 14 people, officials said. Nine people were killed in Kyiv. Three people died in Lviv in the attack.';
    expect(names(text)).toContain('Russia');
  });

  it('makes the country another state strikes the other side of a war between states', () => {
    const text = 'Russia launched a large aerial attack overnight, firing 400 drones at cities across Ukraine and killing 14 people, officials said. Moscow said it had targeted military facilities. Nine people were killed in Kyiv.';
    const got = facts(text).parties;
    expect(got.map((p) => p.name)).toEqual(['Russia', 'Ukraine']);
    const ukraine = got.find((p) => p.name === 'Ukraine');
    for (const e of ukraine?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('reads a truce two states reached or a peace they signed after their fighting as theirs', () => {
    expect(names('India and Pakistan reached a ceasefire understanding on Saturday after four days of fighting, officials said.')).toEqual(['India', 'Pakistan']);
    expect(names('Ethiopia and Eritrea signed a peace deal in Riyadh on Sunday, ending two decades of hostility. The border war of 1998 to 2000 killed 80,000 people.')).toEqual(['Eritrea', 'Ethiopia']);
  });

  it('reads a truce agreed by a group named with its acronym in brackets', () => {
    expect(names("Myanmar's military government and the Myanmar National Democratic Alliance Army (MNDAA) agreed to a ceasefire after talks mediated by China.")).toEqual(['Myanmar', 'Myanmar National Democratic Alliance Army']);
  });

  it('takes the second side after a long or abbreviated first one', () => {
    expect(names('Clashes between the Democratic Republic of the Congo and Rwanda flared on the border.')).toEqual(['Democratic Republic of the Congo', 'Rwanda']);
    expect(names('Talks between the United States of America and Iran on the war failed.')).toEqual(['Iran', 'United States']);
  });

  it('does not read "between" over punctuation', () => {
    expect(names('Border closures between towns - and Palestinian money problems - hurt trade, the bank said. Shares fell.')).toEqual([]);
  });

  it('makes an armed group fought by troops a side', () => {
    expect(names('Sri Lankan troops captured a rebel base from the Tamil Tigers on Sunday. Fighting killed 40 people.')).toEqual(['Sri Lanka', 'Tamil Tigers']);
    expect(names('Afghan security forces clashed with the Taliban in Kunduz. Dozens were killed in the fighting.')).toEqual(['Afghanistan', 'Taliban']);
  });

  it('does not make a country whose people were attacked a side', () => {
    expect(names('Militants attacked a Kenyan university, killing 70 students. The militants were later shot dead.')).not.toContain('Kenya');
  });

  it('reads special forces and government troops as a country\'s forces, and "have been fighting" as active', () => {
    expect(names('Gunmen seized a hotel on Friday. French special forces killed two of the gunmen.')).toEqual(['France']);
    expect(names('A car bomb killed 30 people in a market. Iraqi forces have been fighting militants in the north for months.')).toEqual(['Iraq']);
    expect(names('Russian forces shelled the town. Ukrainian troops counter-attacked near the river, killing ten soldiers.')).toEqual(['Russia', 'Ukraine']);
  });

  it('does not make the agent of deeds compared with the story\'s a side', () => {
    const text = 'A bomb killed 30 people at a market in Baghdad. The attack was similar to those carried out by al-Qaeda in the past. Iraqi troops clashed with gunmen near the market.';
    expect(names(text)).not.toContain('al-Qaeda');
    expect(names('A bomb killed 30 people at a market in Baghdad. The attack was carried out by al-Qaeda, police said.')).toContain('al-Qaeda');
  });
});

describe('mediators named in less common ways', () => {
  const WAR = ' Israeli airstrikes killed 40 people in Gaza, and Hamas fired rockets at Israel.';
  it.each([
    ['hosting a round of talks', 'Egypt', 'Egypt hosted a round of indirect talks between the two sides.'],
    ['an intermediary', 'Qatar', 'Qatar acted as an intermediary between the two sides.'],
    ['shuttling between the sides', 'Egypt', 'An Egyptian delegation shuttled between the two sides.'],
    ['an envoy shuttling', 'United Nations', 'The UN envoy shuttled between the sides on Monday.'],
    ['convening talks', 'Egypt', 'Egypt convened talks between the two sides.'],
    ['organising talks', 'Egypt', 'Egypt organised a new round of talks.'],
  ])('%s', (_label, name, text) => {
    expect(roleOf(facts(text + WAR), name)).toBeDefined();
  });

  it.each([
    ['a host of a dinner', 'Egypt', 'Egypt hosted a dinner for the visiting ministers.'],
    ['a bus shuttling', 'Egypt', 'Egyptian buses shuttled pilgrims to the airport.'],
    ['an organised match', 'Egypt', 'Egypt organised a football match for the visiting ministers.'],
    ['a rally ahead of talks', 'Egypt', 'Egypt organised a rally ahead of talks.'],
  ])('not a mediator: %s', (_label, name, text) => {
    expect(roleOf(facts(text + WAR), name)).toBeUndefined();
  });
});

describe('sides and go-betweens, continued', () => {
  const names = (text: string): string[] => facts(text).parties.map((p) => p.name).sort();

  it('makes an armed group that vows or warns of attacks a side', () => {
    expect(names('Israeli airstrikes killed 40 people in Gaza. Hamas vowed revenge for the deaths of its commanders.')).toContain('Hamas');
    expect(names('Bombs killed 20 people in three cities on Monday. Days earlier the Taliban had warned they would step up attacks.')).toContain('Taliban');
  });

  it('makes no side of a group that pledges to "strike a deal", and keeps the agent of an attack that "wounded other civilians"', () => {
    expect(names('Hamas pledged to strike a deal with rival factions.')).not.toContain('Hamas');
    expect(names('Hamas pledged to strike back at Israel after the raid on Gaza.')).toContain('Hamas');
    expect(names('The attack, which also wounded other civilians, was carried out by al-Qaeda in the town.')).toContain('al-Qaeda');
  });

  it('makes the home country of "government forces" fighting "between" a side, and no mediator', () => {
    const f = facts('Sri Lanka\'s president appealed for peace on Monday. Sri Lanka has suffered from a long conflict between government forces and the Tamil Tigers. Norway\'s peace envoy will arrive on Friday to revive talks.');
    expect(f.parties.map((p) => p.name).sort()).toEqual(['Sri Lanka', 'Tamil Tigers']);
    expect(f.mediators.map((m) => m.name)).toEqual(['Norway']);
  });

  it.each([
    ['mediation efforts by X', 'Egypt', 'Mediation efforts by Egypt continued on Monday.'],
    ['negotiators from X', 'Qatar', 'Negotiators from Qatar met Hamas officials.'],
    ['leading efforts', 'Egypt', 'Egypt is leading efforts to reach a truce.'],
  ])('a mediator: %s', (_label, name, text) => {
    expect(roleOf(facts(`${text} Israeli airstrikes killed 40 people in Gaza, and Hamas fired rockets at Israel.`), name)).toBe('mediating');
  });
});

describe('a side named before an appositive', () => {
  it('is the agent of the verb after it', () => {
    const names = facts('A car bomb exploded outside a hotel in Mogadishu, killing 15 people. Al Shabaab, the al Qaeda-linked militant group, claimed responsibility for the attack.').parties.map((p) => p.name);
    expect(names).toContain('al-Shabab');
  });
});

describe('soldiers who were the targets', () => {
  const names = (text: string): string[] => facts(text).parties.map((p) => p.name).sort();

  it('are a side when another state\'s forces kill them', () => {
    expect(names('Russian forces killed 40 Ukrainian troops near Bakhmut on Monday.')).toEqual(['Russia', 'Ukraine']);
    expect(names('A gunman killed two police officers in Dallas.')).toEqual([]);
  });

  it('are no side: "were the targets of bombing(s)" stays passive', () => {
    expect(names('The IRA bombed two pubs in Birmingham, England. Off-duty soldiers were the targets of bombings in England that year, the IRA said.')).toEqual(['IRA']);
  });
});

describe('storming', () => {
  const names = (text: string): string[] => facts(text).parties.map((p) => p.name).sort();

  it('makes an armed group that stormed a place a side', () => {
    expect(names('The Taliban stormed the town of Kunduz on Friday. Shops stayed shut on Saturday.')).toEqual(['Taliban']);
  });

  it('does not make a side of protesters who stormed a building, nor of a team that stormed into a final', () => {
    const war = 'An air strike killed 25 fighters on Sunday. The militia vowed revenge. Clashes went on overnight.';
    expect(names(`Hundreds of Iraqi protesters stormed the US embassy in Baghdad. ${war}`)).not.toContain('Iraq');
    expect(names(`France stormed into the final on Sunday. ${war}`)).not.toContain('France');
  });

  it('still makes a side of an armed group whose supporters attacked', () => {
    expect(names('Islamic State supporters carried out the attack on the church, police said.')).toEqual(['Islamic State']);
    expect(names('Hamas supporters attacked Israeli soldiers near the border fence')).toContain('Hamas');
  });

  it('does not make a side of a country whose football fans attacked others', () => {
    const text = 'Russian fans attacked English supporters in the old port. Police fired tear gas as violence flared. Fighting continued overnight, and clashes broke out again on Sunday.';
    expect(names(text)).toEqual([]);
  });
});

describe('armed groups known from their dead', () => {
  const names = (text: string): string[] => facts(text).parties.map((p) => p.name).sort();

  it('makes a group a side when a count of it was killed ("killed 20 Taliban", "12 PKK terrorists were neutralised")', () => {
    expect(names('The army said it had killed 20 Taliban in Helmand on Monday.')).toEqual(['Taliban']);
    expect(names('Afghan army commandos killed 20 Taliban')).toContain('Taliban');
    expect(names('Turkish jets neutralised 12 PKK terrorists near the border, the ministry said.')).toContain('PKK');
  });

  it('makes a group a side when its counted fighters were killed ("20 Taliban fighters were killed")', () => {
    expect(names('20 Taliban fighters were killed in Helmand, officials said.')).toEqual(['Taliban']);
  });

  it.each([
    'Twelve Hezbollah lawmakers walked out of parliament on Tuesday, saying the reform plan was dead.',
    'Officials said 3 PKK prisoners were among the dead at a collapsed prison.',
    '4 Hamas members were killed when a tunnel collapsed during construction',
  ])('makes no side of a counted group that is not the killing\'s object nor its fighters: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('does not make a side of a group whose counted members were exchanged', () => {
    expect(names('Five Taliban detainees were exchanged for an aid worker on Monday. He flew home to his family.')).toEqual([]);
  });
});

describe('hosts of talks', () => {
  it('gives one piece of evidence that runs from the host to the talks it hosts', () => {
    const text = 'Qatar hosted a round of indirect talks on Monday. Israeli airstrikes killed 40 people in Gaza, and Hamas fired rockets at Israel.';
    const qatar = facts(text).mediators.find((m) => m.name === 'Qatar');
    expect(qatar?.role).toBe('mediating');
    expect(qatar?.evidence.map((e) => e.text)).toEqual(['Qatar hosted a round of indirect talks']);
  });

  it('gives a facilitator the same evidence, from the facilitator to the talks', () => {
    const norway = facts('Israeli troops and Hamas fighters clashed for weeks. Norway facilitated the talks that led to the truce.').mediators.find((m) => m.name === 'Norway');
    expect(norway?.role).toBe('mediating');
    expect(norway?.evidence.map((e) => e.text)).toEqual(['Norway facilitated the talks']);
  });
});

describe("a leader's forces", () => {
  const names = (text: string): string[] => facts(text).parties.map((p) => p.name).sort();

  it.each([
    ["Assad's forces", 'Syria', "Assad's forces shelled rebel-held districts of Aleppo on Monday. Fighting raged across the city."],
    ['forces loyal to Gaddafi', 'Libya', 'Forces loyal to Gaddafi attacked Misrata with rockets. The fighting went on for days.'],
    ["Saddam Hussein's army", 'Iraq', "Saddam Hussein's army invaded Kuwait. Troops clashed at the border for weeks."],
    ['troops loyal to President Bashar al-Assad', 'Syria', 'Troops loyal to President Bashar al-Assad retook the town from Islamic State fighters.'],
  ])('makes the leader\'s country a side: %s', (_label, name, text) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['the leader alone', 'Assad said the talks would go on. The war has killed thousands. Rebels attacked a checkpoint.'],
    ['forces that fight him', 'Anti-Assad forces attacked army posts in the north. Fighting was heavy. Dozens were killed in the clashes.'],
    ['a fallen regime\'s members', "Troops hunted members of Saddam's regime after the invasion. Fighting went on. Dozens were killed."],
  ])('no side from %s', (_label, text) => {
    expect(names(text)).not.toContain(/Saddam/.test(text) ? 'Iraq' : 'Syria');
  });
});

describe('sides from leaders, aliases and attacked forces', () => {
  const names = (text: string): string[] => facts(text).parties.map((p) => p.name).sort();

  it.each([
    ["Putin's troops", 'Russia', "Putin's troops shelled the town overnight. Ukrainian soldiers fought back. Several people were killed in the fighting."],
    ['forces loyal to President Hadi', 'Yemen', 'Forces loyal to President Hadi attacked rebel positions near the port. The fighting killed 30. The rebels said they repelled the attack.'],
  ])("makes a current leader's country a side: %s", (_label, name, text) => {
    expect(names(text)).toContain(name);
  });

  it('reads no leader into a longer name: militiamen loyal to Hadi al-Amiri are not Yemen’s', () => {
    expect(names('Militiamen loyal to Hadi al-Amiri attacked Houthi positions near the port. The fighting killed 30. The Houthis said they repelled the attack.')).toEqual(['Houthis']);
  });

  it('knows the short forms of armed groups: RSF, LNA', () => {
    expect(names('The RSF attacked army positions in the capital. The Sudanese army launched airstrikes on RSF bases. Fighting has killed hundreds.')).toEqual(['Rapid Support Forces', 'Sudan']);
    expect(names('The LNA launched an offensive on the capital. The fighting killed hundreds. The LNA said it had taken the airport.')).toContain('Libyan National Army');
  });

  it('makes no side of a place before a clause in -ing: "pushed into Syria, attacking"', () => {
    expect(names("Turkish troops pushed deeper into Syria, attacking YPG fighters. The offensive has killed dozens. The YPG vowed to fight on.")).toEqual(['Turkey', 'YPG']);
  });

  it('makes no side of a town where "the attack" took place', () => {
    expect(names('The singer was performing in Kabul when the alleged attack took place. He was beaten and kicked. Police said the attack was not political, and the attacker was arrested.')).toEqual([]);
  });

  it('makes a side of the state whose soldiers an armed group kills', () => {
    expect(names('A suicide bomber blew himself up at a checkpoint in the capital, killing eight Iraqi soldiers. Islamic State claimed the bombing. The group has carried out a wave of attacks this year.')).toEqual(['Iraq', 'Islamic State']);
  });

  it('but not of the state whose servicemen a lone gunman kills', () => {
    expect(names('A gunman opened fire at a recruiting office, killing four U.S. Marines. Police shot the gunman dead. The attack shocked the city, and the shooting is under investigation.')).toEqual([]);
  });

  it('reads fighting in "exchanged fire" and "repelled", and "X\'s assault on Y"', () => {
    expect(names('Houthi fighters attacked government positions near the city. Yemeni government forces repelled the attack. Dozens were killed in the fighting.')).toEqual(['Houthis', 'Yemen']);
    expect(names("Israel's assault on the town continued on Tuesday. Hamas fired rockets at Tel Aviv. The war has killed thousands.")).toEqual(['Hamas', 'Israel']);
  });
});

describe('ceasefires refused or not yet agreed', () => {
  const status = (sentence: string): string => facts(`Rebels attacked an army base on Monday. Troops fought back. ${sentence}`).ceasefire.status;

  it.each([
    ['proposed', 'The government rejected the idea of a ceasefire.'],
    ['proposed', 'The prime minister ruled out a truce.'],
    ['proposed', 'The rebels refused to agree to a ceasefire.'],
    ['proposed', 'The army said it would not accept a ceasefire.'],
    ['proposed', 'The rebels are expected to sign the truce next week.'],
    ['called_for', 'The envoy urged both sides to agree to a ceasefire.'],
    ['called_for', 'The bishops called on the two sides to sign a truce.'],
    ['collapsed', 'The truce expired on Friday.'],
    ['agreed', 'The two sides agreed to sign a ceasefire on Sunday.'],
    ['agreed', 'The truce, which the rebels had earlier rejected, took effect at midnight.'],
    ['proposed', 'The rebel commander said his fighters were ready for a humanitarian ceasefire.'],
    ['proposed', 'The army said it was open to a truce.'],
    ['proposed', 'Officials said a ceasefire was within reach.'],
    ['agreed', 'The truce, considered fragile, has held since Monday.'],
    ['proposed', 'A spokesman said Moscow was studying the proposal but that any truce must address the causes of the war.'],
    ['proposed', 'Missiles and drones struck the capital and two other cities overnight, killing at least 11 people, hours after the president said he was ready for a 30-day ceasefire.'],
  ])('%s: %s', (want, sentence) => {
    expect(status(sentence)).toBe(want);
  });
});

describe('urging in another clause', () => {
  const war = 'Russian forces shelled the city on Monday, killing five. Ukrainian troops fought back. ';

  it('makes no mediator of a call for sanctions while talks on a truce go on', () => {
    expect(facts(`${war}France called for sanctions against Moscow while talks on a truce stalled.`).mediators).toEqual([]);
    expect(facts(`${war}Britain urged sanctions, saying a truce alone would not stop the attacks.`).mediators).toEqual([]);
  });

  it('still reads a call for a truce', () => {
    expect(roleOf(facts(`${war}France called for an immediate truce, while Britain urged sanctions.`), 'France')).toBe('urged');
  });
});

describe('coordinated sides and peacekeepers', () => {
  const names = (text: string): string[] => facts(text).parties.map((p) => p.name).sort();

  it('gives the verb after a shared force to both sides: "Indian and Pakistani troops exchanged fire"', () => {
    expect(names('Indian and Pakistani troops exchanged fire across the border on Monday. Two soldiers were killed. Villagers fled the shelling.')).toEqual(['India', 'Pakistan']);
  });

  it('reads peacekeepers as a force', () => {
    expect(names('Nigerian peacekeepers attacked rebel positions outside the town. The fighting killed twelve. Rebels said they had repelled the attack.')).toEqual(['Nigeria']);
  });
});

describe('agents of nouns of attack, and ground retaken', () => {
  const names = (text: string): string[] => facts(text).parties.map((p) => p.name).sort();

  it('makes a side of the agent of "an attack by X"', () => {
    expect(names("Nigeria's military said it repelled an attack by Boko Haram on a base in the north. Several insurgents were killed. The army lost two soldiers.")).toEqual(['Boko Haram', 'Nigeria']);
  });

  it('makes a side of the group ground is to be retaken from', () => {
    expect(names("Iraq's army launched an offensive to retake the city from Islamic State. The operation began at dawn. Heavy fighting was reported.")).toEqual(['Iraq', 'Islamic State']);
  });
});

describe('more armed groups and verbs', () => {
  const names = (text: string): string[] => facts(text).parties.map((p) => p.name).sort();

  it('knows the BRN of southern Thailand, and reads "battled" as fighting', () => {
    expect(names('Suspected BRN insurgents detonated a roadside bomb, killing four Thai soldiers. The BRN has waged an insurgency for years. Troops launched a search.')).toEqual(['Barisan Revolusi Nasional', 'Thailand']);
    expect(names('Philippine troops battled Abu Sayyaf fighters on the island. The fighting killed dozens. Abu Sayyaf vowed revenge.')).toEqual(['Abu Sayyaf', 'Philippines']);
  });
});

describe('the state an armed group wages war on', () => {
  const names = (text: string): string[] => facts(text).parties.map((p) => p.name).sort();

  it('is a side when the story names it', () => {
    expect(names('An IRA bomb exploded in a pub in Birmingham, killing 21 people. The IRA later admitted the attack. British police arrested six men.')).toEqual(['IRA', 'United Kingdom']);
  });

  it('but a group of many lands wages war on no one state', () => {
    expect(names('Islamic State claimed the attack in Lyon, which injured 13 people. French police are hunting the bomber. Islamic State has carried out attacks across Europe.')).toEqual(['Islamic State']);
  });
});

describe('a truce broker is no side', () => {
  it('keeps Russia out of the parties of "a ceasefire brokered by Russia … after clashes killed 10 soldiers", as its broker', () => {
    const facts = extractFacts(buildDoc({ text: 'Armenia and Azerbaijan agreed to a ceasefire brokered by Russia on Monday after clashes killed 10 soldiers.' }));
    expect(facts.parties.map((p) => p.name)).not.toContain('Russia');
    expect(facts.mediators.map((m) => [m.name, m.role])).toEqual([['Russia', 'brokered']]);
  });

  it('keeps both brokers of a truce as brokers when the sentence goes on to tell of fighting', () => {
    const text = "Sudan's army and the Rapid Support Forces agreed to a seven-day truce brokered by Saudi Arabia and the United States, but fighting resumed within hours.";
    const facts = extractFacts(buildDoc({ text }));
    expect(facts.parties.map((p) => p.name)).not.toContain('United States');
    expect(facts.mediators.map((m) => m.name)).toEqual(['Saudi Arabia', 'United States']);
  });
});

describe('a truce in a story with no sides named yet', () => {
  const status = (text: string) => extractFacts(buildDoc({ text })).ceasefire.status;
  it('is a war truce when a state urges it or an armed group is named, not a feud', () => {
    expect(status('Turkey called for an immediate ceasefire in Gaza on Monday.')).toBe('called_for');
    expect(status('The ceasefire took effect on Wednesday. Israel accused Hezbollah of breaking the peace hours later.')).toBe('agreed');
    expect(status('The two rappers agreed to a truce in their feud.')).toBe('none');
  });
});

describe('a place named as where, not who', () => {
  it('makes no side of the country where floods or a fire killed people', () => {
    const parties = (text: string) => extractFacts(buildDoc({ text })).parties.map((p) => p.name);
    expect(parties('Floods in Brazil have killed 143 people.')).toEqual([]);
    expect(parties('A fire at a garment factory near Dhaka killed 52 workers on Thursday.')).toEqual([]);
  });
});

describe('a backer of fighters', () => {
  it('is no side: "Rwanda-backed M23 rebels"', () => {
    const facts = extractFacts(buildDoc({ text: 'A truce between the Democratic Republic of Congo and Rwanda-backed M23 rebels was signed in Doha on Saturday.' }));
    expect(facts.parties.map((p) => p.name)).toEqual(['Democratic Republic of the Congo', 'M23']);
  });
});

describe('a source closing the sentence', () => {
  it('tells, it does not fight: "…, the U.S. military said."', () => {
    const parties = (text: string) => extractFacts(buildDoc({ text })).parties.map((p) => p.name);
    expect(parties('Houthi rebels attacked a ship, killing three crew members, the U.S. military said.')).toEqual(['Houthis']);
    expect(parties('Israeli troops killed five militants in Jenin, the Israeli military said.')).toEqual(['Israel']);
  });
});

describe('sides of a truce made with an armed group', () => {
  const f = (text: string) => extractFacts(buildDoc({ text }));
  it('makes both sides of "X and <armed group> agreed to a ceasefire" parties and acceptors', () => {
    const israel = f('Israel and Hamas agreed to a ceasefire on Thursday after eleven days of fighting.');
    expect(israel.parties.map((p) => p.name).sort()).toEqual(['Hamas', 'Israel']);
    expect(israel.ceasefire.acceptedBy).toEqual(['Hamas', 'Israel']);
    expect(f("Sudan's army and the RSF agreed to a 72-hour ceasefire after weeks of fighting.").parties.map((p) => p.name).sort()).toEqual(['Rapid Support Forces', 'Sudan']);
    expect(f('The Taliban and the United States signed a peace deal in Doha on Saturday, ending 18 years of war.').ceasefire.acceptedBy).toEqual(['Taliban', 'United States']);
  });

  it('makes no sides of two states that agree on a truce elsewhere', () => {
    const sponsors = f('The US and Russia agreed on a ceasefire in Syria. Syrian government forces shelled rebel positions near Aleppo.');
    expect(sponsors.parties.map((p) => p.name)).toEqual(['Syria']);
    expect(sponsors.ceasefire.acceptedBy).toEqual([]);
    expect(f('Hamas and Fatah agreed to form a unity government. Israeli forces raided Jenin, killing five militants.').parties.map((p) => p.name)).not.toContain('Fatah');
  });
});

describe('mediators named after the noun, and humanitarian bodies', () => {
  const WAR = 'Israeli airstrikes killed 40 people in Gaza, and Hamas fired rockets at Israel. ';
  it.each([
    ['mediating', 'Qatar', 'Mediators Egypt and Qatar said a deal was close.'],
    ['mediating', 'Egypt', 'Hamas handed its response to the mediators, Qatar and Egypt, on Tuesday.'],
    ['mediating', 'Qatar', 'Hamas said the mediator Qatar had received its answer.'],
    ['mediating', 'Qatar', 'Qatar, which along with Egypt and the United States has been mediating, said talks would resume.'],
    ['mediating', 'African Union', 'The talks in Pretoria were convened by the African Union.'],
    ['mediating', 'United Nations', 'UN envoy Tor Wennesland urged calm.'],
    ['brokered', 'ICRC', 'The prisoner exchange was brokered by the International Committee of the Red Cross.'],
  ] as Array<[MediatorRole, string, string]>)('%s: %s in "%s"', (role, name, text) => {
    expect(roleOf(facts(WAR + text), name)).toBe(role);
  });

  it.each([
    ['a comma and a speaker', 'Israel', 'Hamas handed its answer to the mediators, Israel said on Monday.'],
    ['a humanitarian body urging', 'ICRC', 'The Red Cross called for an immediate ceasefire.'],
    ['a humanitarian body facilitating an evacuation', 'ICRC', 'The ICRC facilitated the evacuation of civilians.'],
    ['an envoy on a topic', 'United Nations', 'The UN special envoy for climate action visited the region.'],
  ])('not a mediator: %s', (_label, name, text) => {
    expect(roleOf(facts(WAR + text), name)).toBeUndefined();
  });
});

describe("a go-between named by a person: the person's country", () => {
  const WAR = 'Russian troops shelled Kharkiv and Ukrainian forces fired back. ';
  it('takes the affiliation written with the name, or the one country whose holder of the title is named without a name', () => {
    expect(roleOf(facts(WAR + 'Turkish President Recep Tayyip Erdogan, who has offered to mediate, spoke to both leaders.'), 'Turkey')).toBe('offered');
    expect(roleOf(facts(WAR + 'Egyptian intelligence chief Abbas Kamel has been mediating between the two sides.'), 'Egypt')).toBe('mediating');
    const anaphor = facts('Prime Minister Ruth Bell has returned from her peace mission to the Middle East. Israeli and Palestinian officials said the Norwegian prime minister was trusted by both sides after years of war.');
    expect(roleOf(anaphor, 'Norway')).toBe('mediating');
  });

  it('does not take the country of another holder of the title, a person without one, or a leader who only urges', () => {
    expect(facts(WAR + 'President Trump said he had brokered a ceasefire. Ukrainian President Volodymyr Zelensky welcomed it.').mediators).toEqual([]);
    expect(facts(WAR + 'Pope Francis offered to mediate between the two sides.').mediators).toEqual([]);
    expect(roleOf(facts(WAR + 'French President Emmanuel Macron urged both sides to return to talks.'), 'France')).toBe('urged');
    expect(facts(WAR + 'Foreign Minister Ana Ruiz called for talks. The Spanish foreign minister spoke on Monday.').mediators).toEqual([]);
  });
});

describe('go-betweens at work, joint and on their way', () => {
  const WAR = 'Fighting between Sudanese army troops and the Rapid Support Forces killed 12 people in Khartoum on Monday. ';
  it.each([
    ['trying to broker a truce', 'IGAD', 'mediating', 'IGAD has been trying to broker a ceasefire.'],
    ['brokering a truce still', 'Egypt', 'mediating', 'Egypt has been brokering a truce between the two.'],
    ['having helped broker one', 'Egypt', 'brokered', 'Egypt helped broker a truce on Sunday.'],
    ['a deal brokered by', 'Egypt', 'brokered', 'The prisoner exchange was brokered by Egypt.'],
    ['both halves of a compound', 'Saudi Arabia', 'brokered', 'A Saudi-US brokered ceasefire collapsed within hours.'],
    ['the other half', 'United States', 'brokered', 'A Saudi-US brokered ceasefire collapsed within hours.'],
    ['co-sponsoring talks', 'Saudi Arabia', 'mediating', 'Washington and Riyadh co-sponsored the talks.'],
    ['co-hosting talks', 'United States', 'mediating', 'The United States and Saudi Arabia, which co-hosted the talks, urged calm.'],
    ['travelling to mediate', 'Ethiopia', 'mediating', "Ethiopia's prime minister Abiy Ahmed flew to Khartoum to mediate."],
  ] as const)('%s', (_label, name, role, text) => {
    expect(roleOf(facts(WAR + text), name)).toBe(role);
  });

  it('does not take the place a go-between travels to for the go-between', () => {
    expect(facts(`${WAR}Ethiopia's prime minister Abiy Ahmed flew to Doha to mediate.`).mediators.map((m) => m.name)).toEqual(['Ethiopia']);
  });

  it('no go-between in a co-hosted fundraiser', () => {
    expect(roleOf(facts(`${WAR}Norway co-hosted a fundraiser.`), 'Norway')).toBeUndefined();
  });
});

describe('armed groups the lexicon does not know', () => {
  const names = (text: string): string[] => facts(text).parties.map((p) => p.name).sort();

  it.each([
    ['a name before "militiamen"', 'Clashes between Ethiopian federal forces and Fano militiamen in Amhara killed at least 30 people.', ['Ethiopia', 'Fano']],
    ['an adjective, named with its noun', 'Soldiers clashed with Ambazonian separatists in Bamenda, killing four. The army sent more troops.', ['Ambazonian separatists']],
    ['a hyphenated name', 'Mai-Mai militiamen attacked Congolese troops near Beni. The army said it had repelled the Mai-Mai fighters.', ['Democratic Republic of the Congo', 'Mai-Mai']],
    ['a people\'s forces', 'Ethiopian troops clashed with Tigrayan forces near Mekele on Monday. The Tigrayan forces withdrew.', ['Ethiopia', 'Tigrayan forces']],
  ])('makes a side of %s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['rebels of a political party', 'Tory rebels clashed with the government over the war in Ukraine.'],
    ['a description of the fighters', 'Islamist militants attacked an army post, and troops fought back.'],
    ['a backer of the fighters', 'Kurdish-led militias fought for the town, and troops withdrew.'],
    ['forces named by no people', 'Troops said Western forces and Allied fighters had left the town before the fighting.'],
  ])('makes no side of %s', (_label, text) => {
    expect(names(text).filter((n) => /Tory|Islamist|Kurdish|Western|Allied/.test(n))).toEqual([]);
  });

  it('takes no word that only opens a sentence for a name ("Armed militants")', () => {
    expect(names('Armed militants attacked an army post, and troops fought back.')).toEqual([]);
  });

  it('needs a story of armed conflict', () => {
    expect(names('Fano militiamen held a concert in the square on Sunday.')).toEqual([]);
  });
});

describe("a people's strikes and shelling", () => {
  const names = (text: string): string[] => facts(text).parties.map((p) => p.name).sort();

  it('makes a side of the state whose shelling killed ("died in Turkish shelling")', () => {
    expect(names('Ten civilians died in Turkish shelling of Kurdish villages in northern Syria, the SDF said.')).toContain('Turkey');
  });

  it('does not read labour strikes as fighting', () => {
    expect(names('British strikes closed rail lines on Monday, and unions said talks had failed.')).toEqual([]);
  });
});

describe('a group whose targets were struck', () => {
  it('makes a side of the group ("struck more than 40 Hamas targets")', () => {
    const text = 'Israeli airstrikes killed at least 27 Palestinians overnight, health officials said. The Israeli military said it had struck more than 40 Hamas targets.';
    expect(facts(text).parties.map((p) => p.name)).toEqual(['Israel', 'Hamas']);
  });
});

describe('a truce in a trade war', () => {
  const text =
    'GENEVA (Reuters) - The United States and China agreed on Monday to a 90-day truce in their trade war, slashing tariffs on each other\'s goods after talks in Geneva brokered by Switzerland, officials said. Markets rallied on the news.';

  it('is no ceasefire, and its broker no mediator', () => {
    const f = facts(text);
    expect(f.ceasefire.status).toBe('none');
    expect(f.mediators).toEqual([]);
  });

  it('stays a ceasefire where there is fighting too', () => {
    expect(facts(`${text} Troops clashed on the border on Sunday.`).ceasefire.status).not.toBe('none');
  });
});

describe('a truce being brokered', () => {
  const WAR = 'Fighting between Sudanese army troops and the Rapid Support Forces killed 12 people in Khartoum on Monday. ';
  it.each([
    ['Egypt has been brokering a truce between the two.', 'proposed'],
    ['Egypt is brokering a truce between the two.', 'proposed'],
    ['After brokering a truce, Egypt withdrew.', 'agreed'],
  ] as const)('%s', (text, status) => {
    expect(facts(WAR + text).ceasefire.status).toBe(status);
  });
});

describe('two states that agree a truce ending their fighting', () => {
  const names = (text: string): string[] => facts(text).parties.map((p) => p.name).sort();

  it.each([
    ['Armenia and Azerbaijan agreed to a ceasefire after two days of clashes along the border.', ['Armenia', 'Azerbaijan']],
    ['India and Pakistan agreed on Saturday to a full and immediate ceasefire, U.S. President Donald Trump said, after four days of missile and drone strikes.', ['India', 'Pakistan']],
  ])('are its sides: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['The United States and Russia agreed on a ceasefire in Syria.', 'The US and Russia agreed on Friday to a ceasefire in Syria, where fighting has killed thousands.'])(
    'are not, when no fighting of theirs is told: %s',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});
