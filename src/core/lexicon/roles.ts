/**
 * Cues for mediator roles and ceasefire status, as data (CAMEO 045 mediate, 039 intent to mediate, 0871 declare
 * ceasefire, 107 demand ceasefire, 196 violate ceasefire). Each cue is a lower-case word or phrase matched on word
 * boundaries; a trailing `*` matches any word ending ("mediat*" → mediate, mediated, mediation).
 */
import type { CeasefireStatus, MediatorRole } from '../types.ts';

/** Pressing for something: a mediator urging it, or a ceasefire called for (peace word within reach: mediators). */
const PUSH_FOR: readonly string[] = ['pressing for', 'pushed for', 'pushing for', 'push for'];

/** Cues of each mediator role, strongest role first. */
export const MEDIATOR_CUES: ReadonlyArray<{ role: MediatorRole; cues: readonly string[] }> = [
  {
    role: 'brokered',
    cues: [
      'brokered', 'broker', 'brokers', 'brokering', 'arranged', 'negotiated', 'helped negotiate', 'helped to negotiate',
      'secured a', 'clinched', 'sealed',
    ],
  },
  {
    role: 'mediating',
    cues: [
      'mediat*', 'go-between', 'guarantor*', 'shuttle diplomacy', 'peace envoy',
      'envoy for peace', 'witnessed by', 'led the talks', 'chaired the talks', 'peace mission', 'diplomatic mission',
    ],
  },
  {
    role: 'offered',
    cues: [
      'offered to mediate', 'offered to help', 'offered help', 'offered its help', 'offered assistance', 'offered to host',
      'offered its good offices', 'good offices', 'ready to mediate', 'readiness', 'preparedness', 'stands ready',
      'stand ready', 'is ready to', 'was ready to', 'willing to mediate', 'willingness', 'offered a peace',
      'offered to facilitate', 'proposed to mediate', 'offer to mediate', 'offered mediation', 'offer of mediation',
      'peace initiative',
    ],
  },
  {
    role: 'urged',
    cues: [
      'urged', 'urging', 'urges', 'called on', 'calls on', 'calling on', 'called for', 'calls for', 'calling for',
      'appealed', 'appeals', 'appealing', 'demanded', 'demanding', 'demands', 'pressed', ...PUSH_FOR, 'encouraged', 'exhorted',
      'implored',
    ],
  },
];

/**
 * Humanitarian and rights bodies, by their names in the place lexicon's organisation rows: they report, treat and call
 * for restraint, and are go-betweens only where the text says they mediate or broker ("a prisoner exchange brokered by
 * the ICRC"), never for urging, hosting, facilitating or "offered help" (medical aid). Names not in the lexicon are inert.
 */
export const HUMANITARIAN_BODIES: readonly string[] = [
  'ICRC', 'Amnesty International', 'Human Rights Watch', 'Médecins Sans Frontières', 'Save the Children',
];

/** Order of strength of mediator roles, strongest first. */
export const ROLE_RANK: readonly MediatorRole[] = ['brokered', 'mediating', 'offered', 'urged'];

/** Words naming what a mediator brokers or a party accepts. */
export const DEAL_WORDS: readonly string[] = [
  'ceasefire', 'cease-fire', 'cease fire', 'truce', 'armistice', 'peace deal', 'peace agreement', 'peace accord',
  'peace plan', 'peace pledge', 'peace talks', 'talks', 'negotiations', 'deal', 'agreement', 'accord',
  'cessation of hostilities', 'de-escalation', 'peace',
  // What a go-between arranges between sides besides a truce: "a prisoner exchange brokered by the ICRC", "brokered
  // the swap", "negotiated the release of the hostages".
  'prisoner*', 'swap', 'release of',
];

/** Words that name a ceasefire itself (status is only read from sentences holding one of these). */
export const CEASEFIRE_WORDS: readonly string[] = [
  'ceasefire*', 'cease-fire*', 'cease fire', 'truce*', 'armistice', 'cessation of hostilities', 'peace deal*',
  'peace agreement*', 'peace accord*', 'peace pledge', 'halt to the fighting', 'halt the fighting', 'stop the fighting',
];

/**
 * Cues of each ceasefire status, checked in this order within a sentence (the first status found wins). A sentence with
 * none reads as agreed ("the truce in Gaza"), so the forms of a truce not yet made are listed: "seeking", "trying to
 * broker", "being discussed". The forms of "urge" and "seek", not "urg*" and "seek*", which found "urgently" and
 * "asylum seekers" in a truce in force.
 */
export const CEASEFIRE_CUES: ReadonlyArray<{ status: CeasefireStatus; cues: readonly string[] }> = [
  {
    status: 'collapsed',
    cues: [
      'collapsed', 'collapse of', 'end of the truce', 'end of the ceasefire', 'end to the truce', 'end to the ceasefire', 'broke down', 'breakdown of', 'broken down', 'in tatters', 'fell apart',
      'ended the ceasefire', 'ended the truce', 'ended their truce', 'ended their ceasefire', 'ended its truce',
      'ended its ceasefire', 'shattered', 'shattering', 'abandoned', 'called off', 'pulled out of', 'withdrew from',
      'no longer in force', 'suspended the', 'scrapped', 'unravel*', 'expired',
    ],
  },
  {
    status: 'violated',
    cues: [
      'violat*', 'breach*', 'broke the', 'broken the', 'broke a', 'broke an', 'broken a', 'broken an', 'breaking the', 'breaking a',
      'breaking an', 'despite the ceasefire', 'despite the truce', 'in defiance of',
      'flouted', 'continuing to shell', 'continued to shell', 'continue to shell', 'failed to stop', 'failed to hold',
    ],
  },
  {
    status: 'agreed',
    cues: [
      'agreed', 'agree to', 'agrees', 'accepted', 'accepts', 'signed', 'sign', 'brokered', 'took effect', 'takes effect',
      'came into force', 'came into effect', 'in force', 'in effect', 'holding', 'held', 'declared', 'announced',
      'reached', 'put to an end', 'ended thanks to', 'observ*', 'respected', 'implemented', 'pledge', 'pledged',
      'secured', 'struck', 'sealed', 'mediated',
    ],
  },
  {
    status: 'proposed',
    cues: [
      'propos*', 'offered', 'offer', 'plan for', 'draft', 'put forward', 'floated', 'suggested', 'negotiat*', 'talks', 'to broker', 'been brokering', 'is brokering',
      'to agree', 'being discussed',
      // A side ready for one, a truce in prospect or within reach: none yet ("ready for a humanitarian ceasefire").
      'ready for', 'open to', 'potential', 'prospect*', 'consider*', 'within reach', 'studying', 'any truce', 'any ceasefire',
    ],
  },
  {
    status: 'called_for',
    cues: [
      'called for', 'calls for', 'calling for', 'call for', 'urge', 'urged', 'urges', 'urging', 'demand*', 'appeal*', 'pressed for', ...PUSH_FOR,
      'sought', 'seek', 'seeks', 'seeking',
    ],
  },
];

/**
 * Verbs that make a truce proposed only with the ceasefire words as their object ("efforts to reach a truce", "Israel
 * rejected a ceasefire", "working towards a truce", "Egypt offers a truce"), never by themselves: a truce in force
 * "has allowed aid to reach civilians", "offers a chance", and troops "moved toward the border" during it.
 */
export const CEASEFIRE_OBJECT_CUES: readonly string[] = ['to reach', 'to secure', 'offer*', 'reject*', 'discuss*', 'toward*'];

/** Cues that a party took a ceasefire on ("Armenia's defense ministry said it had accepted the ceasefire"). */
export const ACCEPT_CUES: readonly string[] = [
  'accepted', 'accepts', 'agreed', 'agrees', 'signed', 'signs', 'committed to', 'abide by', 'declared',
];

/**
 * Markers of a historical sentence: background about an earlier war or deal, which must not set today's status
 * or make a mediator. Matched case-insensitively as regular-expression sources (each bounded, no nesting).
 */
export const HISTORICAL_MARKERS: readonly string[] = [
  '\\blast year\\b', '\\byears? ago\\b', '\\bdecades? ago\\b', '\\bin the (?:19|20)\\d0s\\b', '\\bin (?:19|20)\\d\\d\\b',
  '\\bafter the war\\b', '\\bend of (?:a|the) war\\b', '\\bduring the [\\w-]{1,20} war\\b', '\\b\\d+-day war\\b',
  '\\bearlier war\\b', '\\bsince the end\\b',
  '\\bhistory\\b', '\\bthen-[A-Z]', '\\bin the past\\b', '\\bback in\\b',
];

/** Markers of violations alleged while a ceasefire stands. */
export const VIOLATION_CUES: readonly string[] = [
  'violat*', 'breach*', 'continuing to shell', 'continued to shell', 'continue to shell', 'opened fire', 'shelling',
  'broke the', 'flouted',
];

/** Objects that make an "urged" or "offered" cue about peace ("urged restraint", "ready to help"). */
export const PEACE_OBJECTS: readonly string[] = [
  'restraint', 'self-restraint', 'calm', 'peace*', 'ceasefire', 'cease-fire', 'truce', 'talks', 'dialogue', 'negotiat*',
  'de-escalat*', 'settlement', 'resolution', 'resolve', 'diplomacy', 'diplomatic', 'mediat*', 'facilitat*', 'help',
  'assist*', 'contribute', 'end the violence', 'end to the violence', 'end the fighting', 'end to the fighting',
  'stop the fighting', 'end the conflict', 'end to the conflict', 'end the war', 'reconcil*', 'good offices',
  'lay down their arms', 'stop fighting',
];

/** Words after a side's name that make it a fighting side ("Azerbaijani forces", "Taliban militants"). */
export const FORCE_NOUNS: readonly string[] = [
  'forces', 'force', 'troops', 'military', 'army', 'soldiers', 'soldier', 'militants', 'militant', 'fighters', 'rebels',
  'insurgents', 'guards', 'border guards', 'servicemen', 'serviceman', 'positions', 'side', 'police', 'militia',
  'militiamen', 'jets', 'warplanes', 'drones', 'airstrikes', 'air strikes', 'artillery', 'commandos', 'defense ministry',
  'defence ministry', 'ministry of defense', 'ministry of defence', 'armed forces', 'gunmen', 'bombers', 'commander',
  'government', 'regime', 'insurgent', 'navy', 'air force', 'warships', 'missiles', 'rockets', 'peacekeepers',
];

/**
 * Leaders whose forces news names by the leader ("Assad's forces", "troops loyal to Gaddafi", "Saddam's army"), lower
 * case, with their country: read only in those shapes (parties), never as a name of the country.
 */
export const LEADER_COUNTRIES: Readonly<Record<string, string>> = {
  assad: 'Syria', gaddafi: 'Libya', qaddafi: 'Libya', gadhafi: 'Libya', kadhafi: 'Libya', saddam: 'Iraq',
  // Heads of state or government of countries often at war, in the shapes above ("Putin's troops", "forces loyal to
  // President Hadi", "Erdogan's army"); a leader who leads one side of a civil war against the state (Haftar) is left out.
  putin: 'Russia', zelensky: 'Ukraine', netanyahu: 'Israel', erdogan: 'Turkey', hadi: 'Yemen', bashir: 'Sudan', abiy: 'Ethiopia',
};

/**
 * Verbs of fighting, attacking or claiming that mark the actor just before them as a side. "stormed" only with a place
 * after it ("stormed the town"), not "stormed to victory" or "stormed into the final".
 */
export const CONFLICT_VERBS: readonly string[] = [
  'attack*', 'shell*', 'fired', 'opened fire', 'killed', 'kills', 'launched', 'clash*', 'fought', 'fight*', 'struck',
  'bomb*', 'invad*', 'claimed responsibility', 'claimed the attack', 'carried out', 'accused', 'blamed', 'raided',
  'ambushed', 'shot down', 'captured', 'seized', 'retook', 'besieged', 'targeted', 'offensive', 'airstrike*',
  'retaliat*', 'threatened', 'occupied', 'stormed the', 'stormed a', 'stormed an', 'detonated', 'counter-attack*', 'counterattack*',
  // Nouns and verbs of fighting the forms above miss: "Israel's assault on Gaza" (not "assaulted", more often a crime's),
  // "troops exchanged fire", "forces repelled the attack", "militants abducted". Not "invasion": "the US-led invasion of
  // Iraq" is mostly background.
  'assault on', 'exchanged fire', 'repelled', 'repulsed', 'abducted', 'kidnapped', 'battled', 'battling',
];

/**
 * The state an armed group wages its war on, by the group's name in GROUP_ROWS: a side with the group when the story
 * names it ("an IRA bomb in Birmingham" is a war on the United Kingdom). Groups of many lands (Islamic State, al-Qaeda)
 * have none.
 */
export const GROUP_STATES: Readonly<Record<string, string>> = Object.fromEntries(
  ('Taliban:Afghanistan|Houthis:Yemen|al-Shabab:Somalia|PKK:Turkey|ELN:Colombia|FARC:Colombia|IRA:United Kingdom|Boko Haram:Nigeria|' +
    'Abu Sayyaf:Philippines|Moro Islamic Liberation Front:Philippines|New People\'s Army:Philippines|ETA:Spain|Tehrik-i-Taliban Pakistan:Pakistan|' +
    'Tamil Tigers:Sri Lanka|Barisan Revolusi Nasional:Thailand|Hamas:Israel|Rapid Support Forces:Sudan')
    .split('|')
    .map((pair) => pair.split(':')),
);

