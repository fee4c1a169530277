import { CONFLICT_VERBS, FORCE_NOUNS, GROUP_STATES, LEADER_COUNTRIES } from '../../lexicon/roles.ts';
import type { Doc, Evidence, Sentence } from '../../types.ts';
import { byString, compileCues, evidenceOf, uniqueEvidence } from '../entities/cues.ts';
import type { ActorMention, Scan } from '../entities/mentions.ts';
import type { HistoricalFlags } from '../ceasefire/historical.ts';
import { WEEKDAY_PATTERN } from '../../text/dates.ts';

/** A side of the conflict with the aliases seen and the mentions that made it one. */
export interface Party {
  name: string;
  aliases: string[];
  evidence: Evidence[];
}

interface Tally {
  score: number;
  /** An armed group: a side in any story that names it fighting, unlike a country (aboutFighting). */
  group: boolean;
  /**
   * A mention fights, stands "between X and Y", or names its force in a sentence about fighting: a country needs one.
   * Else its "troops on standby", "soldiers stationed overseas" or "military buildings" are no side of a fight.
   */
  strong: boolean;
  /** Its forces are named as killed or attacked (attackedForces): a side when an armed group is one. */
  attacked: boolean;
  /** Where the country itself is first named as struck ("attacks on Ukraine", "at cities across Ukraine"): targetedLand. */
  targeted?: { start: number; end: number };
  first: number;
  /** The length of the first mention (its evidence when only GROUP_STATES makes it a side). */
  firstLength: number;
  aliases: Set<string>;
  evidence: Evidence[];
}

/** Force nouns that name an armed side only when it fights: the police and the government of any news story. */
const WEAK_FORCES = new Set(['police', 'government']);
/** A word between a side and its force noun: "French special forces", "Syrian government troops". */
const FORCE_MODIFIER = `(?:(?:special|(?:pro-)?government|ground|elite|naval|federal)\\s+)?`;
const FORCE_AFTER = new RegExp(`^(?:'s|’s)?\\s+${FORCE_MODIFIER}(?:${FORCE_NOUNS.filter((n) => !WEAK_FORCES.has(n)).map((n) => n.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
/**
 * Weak forces, and security forces: "Iraqi security forces" of a story about a strike on a base that hosts foreign
 * troops are the host's police work, "Afghan security forces clashed with the Taliban" a side.
 */
const WEAK_FORCE_AFTER = new RegExp(`^(?:'s|’s)?\\s+(?:${FORCE_MODIFIER}(?:${[...WEAK_FORCES].join('|')})|security\\s+forces)\\b`, 'i');
/** A capitalised word after the force noun makes it part of a name: a Swiss Army Knife, the U.S. Army Corps of Engineers, the Navy Yard, Romanian side Dinamo. */
const NAME_AFTER = new RegExp(`^\\s+(?!${WEEKDAY_PATTERN})[A-Z][a-z]`);

/** The force noun `re` finds right after an actor, when it is not part of a name. */
function forceAfter(re: RegExp, after: string): boolean {
  const m = re.exec(after);
  return m !== null && !NAME_AFTER.test(after.slice(m[0].length));
}

/** Words of war and peace-making, in which a government is a side ("a truce with the British government"). */
const WAR_OR_PEACE = /\b(?:wars?|truce|ceasefire|cease-fire|peace|talks|negotiat\w*|conflicts?|hostilit\w*|insurgen\w*|rebels?)\b/i;
/** Words that make "between X and Y" a conflict between sides rather than a match, a flight or trade. */
const CONFLICT_CONTEXT = /\b(?:wars?|clash\w*|fight\w*|conflicts?|border|tensions?|ceasefire|cease-fire|truce|hostilit\w*|battles?|skirmish\w*|disputes?|peace|talks|negotiat\w*|attacks?|violence|offensive|standoff|front ?line|shell\w*|strikes?|killed|invasion)\b/i;
const CONFLICT = compileCues(CONFLICT_VERBS);
/** A possessive's killing: "the United States' killing of Qasem Soleimani" (not "attacks across Paris, killing 130"). */
const KILLING_OF = /^(?:'s|’s|'|’)?\s+killing\s+of\b/i;
const VERB_WINDOW = 28;
/** An appositive right after a mention: ", the al Qaeda-linked militant group,". */
const APPOSITIVE = /^,\s(?:the|an?)\s[^,.;:]{1,48},\s/i;
const MAX_EVIDENCE = 8;
const MIN_SCORE = 3;
/** An armed group named at all is likely a side: a one-off bonus at its first mention. */
const GROUP_BONUS = 2;
const SHARE_OF_TOP = 0.25;
/** Words of fighting shared by FIGHTING and ACTION (regular-expression sources, matched on word boundaries). */
const COMBAT_WORDS = [
  'wars?', 'fighting', 'fought', 'clash(?:es|ed)?', 'battles?', 'ceasefire', 'truce', 'rebels?', 'militants?', 'insurgen\\w*',
  'inva(?:sion|ded)', 'air ?strikes?', 'shell(?:ing|ed)', 'bomb(?:s|ing|ings|ed)?', 'killed', 'attack(?:s|ed|ing)?', 'artillery',
  'missiles?', 'rockets?', 'raids?', 'blasts?', 'explosions?', 'wounded', 'hostages?', 'gunfire', 'combat', 'occupation',
  'conflicts?', 'violence', 'jihadi\\w*', 'terror\\w*',
];

/** A case-insensitive test for any of `words` as a whole word. */
function anyWord(words: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${words.join('|')})\\b`, 'i');
}

/**
 * Words of fighting (not "army" or "military": a Swiss Army knife, a military ruler). A country is a side only in a story
 * with at least three sentences (or a third, in a short one) that hold one: else its "Romanian side", "police raided", "legal
 * fight between Russia and Yukos" or "government in talks" are sport, policing, law or business, not war.
 */
const FIGHTING = anyWord([...COMBAT_WORDS, 'offensive', 'troops', 'soldiers', 'fighters', 'forces', 'militias?', 'gunmen', 'weapons']);

/**
 * FIGHTING without the force nouns and weapons (a sentence naming troops is not yet about fighting), with "offensive"
 * only as a noun ("launched an offensive", not "offensive comments"), with mortars, and with what troops do in the
 * field ("Israeli troops entered Jenin", "Indian soldiers patrolled the Line of Control", "troops advanced on the town").
 */
const ACTION = anyWord([
  ...COMBAT_WORDS, '(?:an|the|military|ground|counter-?)\\s+offensive', 'mortars?', 'entered', 'advanc(?:ed|ing)', 'withdr(?:ew|awn|awal)',
  'retreat(?:ed|ing)', 'patroll(?:ed|ing)', '(?:re)?captured', 'seized', 'stormed', 'overr?an', 'besieg\\w*', 'siege', 'ambush\\w*',
  'opened fire', 'front ?lines?', 'exchanged fire', 'repell?ed', 'assault(?:s|ed)?', 'incursions?',
]);

/** True when enough of the story's sentences are about fighting for it to have sides (FIGHTING). */
function aboutFighting(doc: Doc): boolean {
  const need = Math.min(3, Math.ceil(doc.sentences.length / 3));
  let n = 0;
  for (const s of doc.sentences) if (FIGHTING.test(s.text) && ++n >= need) return true;
  return false;
}

/** The side a mention names: a country, a capital standing for it, or an armed group; else null. */
export function partyName(actor: ActorMention): string | null {
  if (actor.entry.metonym) return actor.entry.country;
  return actor.entry.kind === 'country' || actor.entry.kind === 'group' ? actor.entry.name : null;
}

/** "between" or "between the" right before a mention: the first side of "between X and Y". */
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/i;

/**
 * The second side of "between X and Y" whatever X is, up to six words: "between the Sri Lankan army and the Tamil
 * Tigers", "between government forces and the Taliban", "talks between the Afghan government and the Taliban",
 * "between Sudan's army and the paramilitary Rapid Support Forces".
 */
const BETWEEN_AND = /\bbetween\s+(?:the\s+)?(?:[a-z][\w.'’-]*\s+){1,6}and\s+(?:the\s+)?(?:(?:paramilitary|militant|rebel|armed|insurgent|separatist|jihadist|islamist)\s+)?$/i;

function between(text: string, actors: ActorMention[], k: number, sentence: string): boolean {
  const a = actors[k] as ActorMention;
  const before = text.slice(Math.max(0, a.start - 36), a.start);
  const named = BETWEEN_BEFORE.test(before) || (before.includes('and ') && BETWEEN_AND.test(text.slice(Math.max(0, a.start - 84), a.start)));
  return named && CONFLICT_CONTEXT.test(sentence);
}

const LAUNCHED_RE = /attack|offensive|strike|raid|assault|missile|rocket|drone|operation|invasion|bomb|shell|incursion/i;
/** A determiner or a possessive before a capital: "the Paris attacks", "Saturday's Kabul bombing". */
const PLACE_BEFORE = /\b(?:the|a|an|this|that|these|those|last|recent|latest|deadly|twin|\w+['’]s)\s+$/i;
/**
 * The actor's people, not its forces: victims (group 1), and a country's civilians who storm or attack ("Iraqi protesters
 * stormed the embassy", "Russian fans attacked"). An armed group's supporters who attack are its own ("Islamic State
 * supporters carried out the attack"): after a group only group 1 counts.
 */
const VICTIM_RE = /^(?:'s|’s)?\s+(?:protesters|demonstrators|supporters|fans|hooligans|crowds?|mobs?|(civilians?|nationals?|citizens?|people|family|families|victims?|man|woman|men|women|children|passengers|journalists?|shoppers|worshippers))\b/i;
const PASSIVE_RE = /\b(?:was|were|been|being|is|are)\b/i;
const VICTIM_VERB_RE = /\b(?:died|dead|killed|wounded|injured|hurt|among)\b/i;

/**
 * "Azerbaijan shelled", "the Taliban claimed responsibility": a fighting verb right after the actor (or phrase) ending at
 * `end`, in the active voice; `capital`, the start of a mention that is a capital standing for its country, else -1;
 * `start`, the start of any mention (to tell a place named before the verb's noun).
 */
function conflictVerbAfter(text: string, end: number, capital = -1, group = false, start = capital): boolean {
  // "Floods in Brazil have killed 143", "a fire near Dhaka killed 52": a place named as where, not who.
  if (start >= 0 && PLACE_COMPLEMENT.test(text.slice(Math.max(0, start - 32), start))) return false;
  // "Al Shabaab, the al Qaeda-linked militant group, claimed responsibility": the verb after an appositive.
  const from = end + (APPOSITIVE.exec(text.slice(end, end + 64))?.[0].length ?? 0);
  const window = text.slice(from, from + VERB_WINDOW);
  if (VICTIM_RE.exec(window)?.[group ? 1 : 0]) return false;
  CONFLICT.lastIndex = 0;
  const m = CONFLICT.exec(window);
  CONFLICT.lastIndex = 0;
  if (!m) return false;
  const between = window.slice(0, m.index);
  // "the Brussels bombings", "last year's Paris attacks": a capital before a noun of attack names where, not who.
  if (capital >= 0 && /^\s+$/.test(between) && /^(?:attacks?|bomb(?:ing|ings|s)|shell(?:ing|s))$/i.test(m[0]) && PLACE_BEFORE.test(text.slice(Math.max(0, capital - 24), capital))) return false;
  // "fight*" also finds nouns: "a Russian fighter" is a force, "one of Britain's greatest fighter aces" is not.
  if (/^fighters?$/i.test(m[0])) return /^(?:'s|’s)?\s+$/.test(between);
  // "launched an advertising campaign", "launched legal action": launching is fighting only when what is launched is.
  if (/^launched$/i.test(m[0]) && !LAUNCHED_RE.test(text.slice(end + m.index, end + m.index + 48))) return false;
  // "pushed into Syria, attacking Kurdish fighters", "strikes across Yemen, bombing": after a comma a verb in -ing starts a
  // clause of the sentence's subject, not of the place before it.
  if (/ing$/i.test(m[0]) && between.includes(',')) return false;
  // "performing in Ulan Bator when the alleged attack took place": a place (`start`, the mention's start, after "in"),
  // and the attack after an article a noun whose agent is not named ("Baghdad said the attack" speaks for the state).
  if (start >= 0 && /\b(?:the|a|an|this)\s+(?:[\w-]+\s+)?$/i.test(between) && /\b(?:in|at|near|outside|inside|across|into|capital)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) return false;
  // "eight Mexicans died in the attack": the actor's people are its victims, not a side. "Iraqi forces have been
  // fighting", "troops are attacking": a verb in -ing after "been" or "are" is active.
  return !/[.;:!?]/.test(between) && (!PASSIVE_RE.test(between) || (/ing$/i.test(m[0]) && /\b(?:is|are|was|were|been)\s+$/i.test(between))) && !VICTIM_VERB_RE.test(between);
}

/**
 * The agent of a passive fighting verb, named right after it: "he was seized by al-Qaeda", "the stadium was targeted by
 * ETA", "soldiers killed by Taliban fighters", "the jet was shot down by Turkey". It did the deed as surely as the actor
 * before an active verb (conflictVerbAfter); so does the agent of a noun of attack ("an attack by Boko Haram", "airstrikes
 * by the coalition"). Not "hit by" or "struck by" (sanctions, a recession), nor "held by" (prisoners, a title).
 */
const AGENT_BEFORE = /\b(?:killed|murdered|attacked|seized|captured|abducted|kidnapped|shot(?:\s+down)?|downed|bombed|shelled|targeted|ambushed|executed|beheaded|carried\s+out|launched|fired|invaded|occupied|besieged|overrun|raided|stormed|attacks?|assaults?|offensive|raids?|(?:air\s?)?strikes?|bombings?|shelling|ambush|incursion)\s+by\s+(?:the\s+)?$/i;

/**
 * The other side of a truce or of peace-making, named right after it: "a truce with the British government", "secret
 * talks with British ministers", "ready to negotiate with Israel" (talks, negotiating and dialogue only in a sentence
 * about a ceasefire or peace), "its peace process with the Palestinians". Scored like "between X and Y": parties make truces and peace with each other ("talks with Qatar" on a
 * truce names a go-between, which thirdParties keeps out). Not "war with": "Russia's war with Georgia in 2008", in an
 * undated story, made a side of Georgia alone.
 */
const COUNTERPART_BEFORE = /\b(?:(truce|ceasefire|cease-fire|armistice|peace\s+(?:talks|deal|process|agreement|accord|negotiations))|talks|negotiations|negotiat(?:e|ed|ing)|dialogue)\s+with\s+(?:the\s+)?$/i;
const TRUCE_OR_PEACE = /\b(?:truce|ceasefire|cease-fire|armistice|peace)\b/i;

/** Whether the mention starting at `start` is named as the counterpart of a truce, war or peace talks (COUNTERPART_BEFORE). */
function counterpart(text: string, start: number, sentence: string): boolean {
  if (!WITH_BEFORE.test(text.slice(Math.max(0, start - 11), start))) return false;
  const m = COUNTERPART_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return m !== null && (m[1] !== undefined || TRUCE_OR_PEACE.test(sentence));
}

/**
 * A truce or peace deal taken on by the words right before: "agreed to a ceasefire", "have accepted the truce", "signed a
 * peace agreement", "announced a three-day ceasefire" (a possessive's force first: "Sudan's army agreed to a truce").
 */
const POSSESSIVE_FORCE = `^(?:['’]s(?:\\s+[a-z][\\w-]*){1,2})?\\s+`;
const ACCEPTS_TRUCE = new RegExp(`${POSSESSIVE_FORCE}(?:(?:ha(?:s|ve|d)|both|also)\\s+){0,2}(?:agreed|accepted|signed|declared|announced|reached|observed)\\s+(?:(?:to|on)\\s+)?(?:[\\w-]+\\s+){0,6}?(?:ceasefire|cease-fire|truce|armistice|peace\\s+(?:deal|agreement|accord))\\b`, 'i');
/** Fighting a truce two states agree ends: "after four days of strikes", "following clashes" (not "where fighting has"). */
const PAIR_FIGHTING = /\b(?:after|following|ending|to end)\b[^.;]{0,40}?\b(?:fighting|clashes|strikes|shelling|hostilit(?:y|ies)|skirmishes)\b/i;
/** The gap of "X and Y", a possessive's force between: "Israel and Hamas", "Sudan's army and the RSF". */
const PAIR_GAP = new RegExp(`${POSSESSIVE_FORCE}and\\s+(?:the\\s+)?$`, 'i');

/**
 * Whether mention `k` takes on a truce or peace deal as a side: an armed group itself ("Hamas agreed to a ceasefire"),
 * or either of "X and Y" when one is a group ("Israel and Hamas agreed to a ceasefire", "Colombia and the FARC signed a
 * peace agreement") or when the sentence tells of the fighting the truce ends (PAIR_FIGHTING: "Armenia and Azerbaijan
 * agreed to a ceasefire after two days of clashes"). The side of a truce made with an armed group is its foe; a truce
 * two states agree with no fighting of theirs told ("the US and Russia agreed on a ceasefire in Syria") is as often a
 * sponsors' deal as a warring pair's, and gives no side.
 */
function agreedTruce(text: string, actors: ActorMention[], k: number, sentence: string): boolean {
  const a = actors[k] as ActorMention;
  const next = actors[k + 1];
  const prev = actors[k - 1];
  const pair = (x: ActorMention, y: ActorMention): boolean => y.start - x.end <= 40 && (x.entry.kind === 'group' || y.entry.kind === 'group' || PAIR_FIGHTING.test(sentence)) && partyName(x) !== null && y.suffix === null && PAIR_GAP.test(text.slice(x.end, y.start));
  // What follows a mention, past an acronym in brackets ("the Myanmar National Democratic Alliance Army (MNDAA) agreed").
  const after = (end: number): string => text.slice(end, end + 90).replace(/^\s*\([^()]{1,16}\)/, '');
  if (next && pair(a, next)) return ACCEPTS_TRUCE.test(after(next.end));
  return a.suffix === null && ACCEPTS_TRUCE.test(after(a.end)) && (prev && a.start - prev.end <= 40 && PAIR_GAP.test(text.slice(prev.end, a.start)) ? pair(prev, a) : a.entry.kind === 'group');
}

/** "with" or "with the" right before a mention: the cheap test before COUNTERPART_BEFORE. */
const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/i;

/**
 * A group's force named before it: "fighters from the YPG", "militants of al-Shabab", "gunmen loyal to the Houthis". Only
 * for armed groups: "foreign fighters from Tunisia" and "troops from Britain" name where fighters come from, not a side.
 */
const FORCE_OF = /\b(?:fighters|militants|gunmen|insurgents|rebels|troops|forces|militiamen|commanders?)\s+(?:from|of|loyal\s+to)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;

/**
 * An armed group named as what is fought: "an offensive against the Tamil Tigers", "troops fighting al-Shabab", "captured
 * the town from the LTTE", "airstrikes on Islamic State". A group fought by armed forces is a side as surely as one
 * that fights (a country is not: "attacked a Kenyan university" names the victim), in a sentence about fighting (ACTION).
 */
const TARGET_BEFORE = /\b(?:against|fighting|fought|(?:clash\w*|battles?|fighting|fought|war)\s+with|(?:attacks?|offensive|war|(?:air\s?)?strikes?|raids?)\s+on|(?:(?:re)?captur(?:e|ed|ing)|retak(?:e|en|ing)|retook|seiz(?:e|ed|ing)|took)\b[^.;:!?]{0,40}?\bfrom)\s+(?:the\s+)?$/i;

/**
 * An armed group's threat of violence: "al-Qaeda warned it would mount new attacks", "Hamas vowed revenge", "the
 * Taliban's leader has vowed to keep fighting". A group that threatens war is a side of it (a country's threats, often
 * rhetoric, are left to the verbs of CONFLICT_VERBS).
 */
const THREAT_AFTER = /^(?:['’]s(?:\s+[\w-]+){1,3}?)?\s+(?:ha(?:s|ve|d)\s+)?(?:warned|vowed|pledged|promised)\b[^.;:!?]{0,50}?\b(?:attack|reveng|aveng|retaliat|war\b|fight|strike(?!\s+(?:a|an)\s+(?:deal|balance|agreement|chord|pose|bargain))|bomb|kill|retake|jihad)/i;

/**
 * Deeds compared with the story's, not the story's: "similar to those carried out by al-Qaeda", "the hallmarks of attacks
 * launched by Islamic State", "such attacks have been carried out by ETA before", "earlier attacks claimed by ETA".
 * Their agent is background. "earlier", "past" and "other" count only before a word of attack ("other civilians" in
 * "which also wounded other civilians, was carried out by al-Qaeda" compares nothing).
 */
const LIKE_BEFORE = /\b(?:similar|those|such|hallmarks?|reminiscent|previous\w*|(?:earlier|past|other)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|strikes?|raids?|massacres?|atrocities|killings?|incidents?))\b[^.;:!?]{0,60}$/i;

/** "by" or "by the" right before a mention: the cheap test before AGENT_BEFORE, which most mentions fail. */
const BY_BEFORE = /\bby\s+(?:the\s+)?$/i;
/** A place word of a noun phrase, right before the mention: "floods in", "a fire near", "the clashes outside". */
const PLACE_COMPLEMENT = /\b\w+\s+(?:in|near|outside|across|inside)\s+(?:the\s+)?$/;
/** A source's words closing a sentence after the mention: "…, the U.S. military said.", "…, Israeli officials told AFP." */
const TRAILING_SOURCE = /^(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:said|says|reported|reports|told\s+[\w.]+(?:\s+[\w.]+)?|announced|confirmed|added)\s*[.!"”’]*\s*$/i;

/** The maker of a truce or of talks, right before the mention: "a ceasefire brokered by Russia", "talks hosted by Qatar". */
const PEACEMAKER_BEFORE = /\b(?:brokered|mediated|hosted|facilitated|sponsored|negotiated|arranged|overseen|monitored|guaranteed|convened|chaired|organi[sz]ed)\s+by\s+(?:the\s+)?$/i;

/** Whether an apostrophe ends the mention or follows it ("the United States'", "Russia's"), by character codes. */
function possessive(text: string, a: ActorMention): boolean {
  const apostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
  const w = a.text;
  const last = w.charCodeAt(w.length - 1);
  return apostrophe(last) || (last === 0x73 && apostrophe(w.charCodeAt(w.length - 2))) || apostrophe(text.charCodeAt(a.end));
}

/** A count right before a mention: "five U.S. servicemen", "12 Iranian border guards". */
const COUNTED = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|hundreds\s+of)\s+(?:the\s+)?$/i;

/** A verb of attack and a figure right before a group whose targets it hit: "struck more than 40 Hamas targets". */
const STRUCK_BEFORE = /\b(?:struck|hit|targeted|bombed|shelled|pounded|destroyed|attacked|raided)\s+(?:(?:more\s+than|at\s+least|about|some|over|nearly|dozens\s+of|hundreds\s+of|[\d,]+|[a-z]+)\s+){0,2}(?:the\s+)?$/i;
const TARGETS_AFTER = /^\s+(?:targets|positions|sites|posts|bases|tunnels|launchers|strongholds|hideouts|commanders|fighters|militants)\b/i;

/** The ending of a people's adjective as a mention is written ("Indian", "Chinese", "British", "Israeli"). */
const DEMONYM = /(?:an|ese|ish|i)$/;
/** Strikes and weapons right after a people's adjective: "Indian strikes", "Russian missiles", "Israeli drone strikes". */
const WEAPONS_AFTER = /^\s+(?:(?:missile|drone|artillery|rocket)\s+)?(?:strikes|shelling|bombardment|missiles|drones|rockets)\b/i;

/**
 * How strongly one mention marks its actor as a side, negative when it is strong (see Tally.strong); `strength` false
 * when that is known already (an armed group, or a country with a strong mention), to skip the sentence test.
 */
function mentionScore(doc: Doc, actors: ActorMention[], k: number, strength: boolean): number {
  const a = actors[k] as ActorMention;
  const { text: sentence, start: sentenceStart } = doc.sentences[a.sentence] as Sentence;
  let score = 0;
  /** The text just before the mention, and in its sentence (each test below is anchored at its end). */
  const lead = doc.text.slice(Math.max(0, a.start - 32), a.start);
  const clause = doc.text.slice(Math.max(sentenceStart, a.start - 72), a.start);
  const group = a.entry.kind === 'group';
  // A truce's broker is no side, whatever the sentence goes on to tell: "a ceasefire brokered by Russia on Monday after
  // clashes killed 10 soldiers" (the verb after it is the clashes', not Russia's).
  if (BY_BEFORE.test(lead) && PEACEMAKER_BEFORE.test(lead)) return 0;
  // "Rwanda-backed M23 rebels", "Iranian-backed Houthis": the backer is named as the fighters' sponsor, not as a side.
  if (a.suffix === 'backed') return 0;
  // "…, killing three crew members, the U.S. military said.": a source closing the sentence tells, it does not fight.
  if (/,\s*(?:the\s+)?$/i.test(lead) && TRAILING_SOURCE.test(doc.text.slice(a.end, Math.min(sentenceStart + sentence.length, a.end + 48)))) return 0;
  const among = between(doc.text, actors, k, sentence) || counterpart(doc.text, a.start, sentence) || agreedTruce(doc.text, actors, k, sentence);
  if (among) score += 3;
  const next = actors[k + 1];
  const shared = next && /^\s+and\s+(?:the\s+)?$/i.test(doc.text.slice(a.end, next.start)) ? FORCE_AFTER.exec(doc.text.slice(next.end, next.end + 40)) : null;
  const coordinated = shared !== null;
  const demonym = a.suffix === null && a.text !== a.entry.name && DEMONYM.test(a.text);
  const fights =
    // A people's adjective is never the place a complement names: "wounded in the Indian strikes" names who struck.
    conflictVerbAfter(doc.text, a.end, a.entry.metonym ? a.start : -1, group, demonym ? -1 : a.start) ||
    // "killed in the Indian strikes", "Russian missiles": a people's weapons or strikes in a sentence of harm.
    (demonym && WEAPONS_AFTER.test(doc.text.slice(a.end, a.end + 24)) && HARMED.test(sentence)) ||
    // "Indian and Pakistani troops exchanged fire": the verb after the shared force is both sides'.
    (shared !== null && conflictVerbAfter(doc.text, (next as ActorMention).end + shared[0].length)) ||
    (possessive(doc.text, a) && KILLING_OF.test(doc.text.slice(a.end, a.end + 20))) ||
    (BY_BEFORE.test(lead) && AGENT_BEFORE.test(lead) && !LIKE_BEFORE.test(clause));
  const after = doc.text.slice(a.end, a.end + 40);
  // "French police", "the British government": a side's force only when it fights, or in a sentence about war or peace.
  const weak = forceAfter(WEAK_FORCE_AFTER, after) && (fights || WAR_OR_PEACE.test(sentence));
  const force =
    coordinated ||
    forceAfter(FORCE_AFTER, after) ||
    weak ||
    (a.suffix !== null && /^(?:led|backed|held|controlled)$/.test(a.suffix) === false && FORCE_AFTER.test(` ${a.suffix}`)) ||
    (group && FORCE_OF.test(clause));
  if (force) score += 2;
  // An armed group that fights, threatens, is fought ("an offensive against the Taliban") or is known from its fighters
  // killed: counted as the object of the killing ("killed 20 Taliban", "neutralised 12 PKK terrorists"), or with a force
  // noun in a sentence of killing ("20 Taliban fighters were killed"); not "4 Hamas members were killed" in an accident,
  // "3 PKK prisoners were among the dead", "Twelve Hezbollah lawmakers".
  if (
    fights ||
    (group &&
      (THREAT_AFTER.test(doc.text.slice(a.end, a.end + 90)) ||
        (TARGET_BEFORE.test(clause) && ACTION.test(sentence)) ||
        (STRUCK_BEFORE.test(clause) && TARGETS_AFTER.test(after)) ||
        (COUNTED.test(lead) && (/\b(?:kill(?:ed|ing)|neutrali[sz]ed)\s+\S+\s+(?:of\s+)?$/i.test(lead) || (force && /\b(?:killed|dead|slain)\b/i.test(sentence))))))
  )
    score += 2;
  if (a.sentence === 0 && score > 0) score += 1;
  // "the shooting killed five U.S. servicemen", "fired at two U.S. military buildings": forces counted are the toll or the
  // target, not a side at war; a side needs its forces named where they fight.
  return strength && (among || fights || (force && !COUNTED.test(lead) && ACTION.test(sentence))) ? -score : score;
}

/**
 * A mention's words without a possessive ending or a leading "the". Each expression runs only on words that can match
 * it (ending in s or an apostrophe, starting with a t): most mentions are plain names.
 */
function aliasOf(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  const bare = last === 0x73 || last === 0x27 || last === 0x2019 ? text.replace(/(?:'s|’s|'|’)$/, '') : text;
  const first = bare.charCodeAt(0);
  return first === 0x74 || first === 0x54 ? bare.replace(/^the\s+/i, '') : bare;
}

/** A side not yet scored, first named at `start`..`end`. */
function newTally(group: boolean, start: number, end: number): Tally {
  return { score: 0, group, strong: false, attacked: false, first: start, firstLength: end - start, aliases: new Set(), evidence: [] };
}

function tallyMention(tallies: Map<string, Tally>, name: string, a: ActorMention, score: number, strong: boolean, text: string): void {
  let t = tallies.get(name);
  if (!t) {
    t = newTally(a.entry.kind === 'group', a.start, a.end);
    tallies.set(name, t);
  }
  if (strong) t.strong = true;
  t.score += score;
  t.aliases.add(aliasOf(a.text));
  if (score > 0 && t.evidence.length < MAX_EVIDENCE) t.evidence.push(evidenceOf(text, a.start, a.end));
}

/** Between a country and "government forces" it names or backs: nothing, a possessive, or "-backed", "-led". */
const BACKER_GAP = /^(?:['’]s?)?[\s-]*(?:(?:backed|led|allied|supported|trained|armed)\s+)?$/i;

/** Government forces named without their country, tried where "overnment" stands: "government forces attacked". */
const GOVERNMENT_FORCES = /government(?:-led|-backed)?\s+(?:forces|troops|soldiers|army|militias?|coalition|fighters)\b/iy;

/**
 * "Government forces" (or "pro-government troops", "a pro-government coalition fighting") with no country before them
 * are the forces of the country the story is about: the one its places name most (at least twice, and more than any
 * other). The first such phrase counts as a mention of it: enough to make it a side, never to outweigh the sides named.
 * Found with indexOf, not an expression over every sentence: most stories have no such phrase.
 */
function governmentForces(doc: Doc, scan: Scan, historical: HistoricalFlags, tallies: Map<string, Tally>): void {
  const text = doc.text;
  // The phrases come in text order, and so do the sentences: one cursor finds each phrase's sentence.
  let si = 0;
  for (let at = text.indexOf('overnment'); at > 0; at = text.indexOf('overnment', at + 9)) {
    const start = at - 1;
    GOVERNMENT_FORCES.lastIndex = start;
    if (/[\p{L}\p{N}]/u.test(text.charAt(start - 1)) || !GOVERNMENT_FORCES.test(text)) continue;
    const end = GOVERNMENT_FORCES.lastIndex;
    while (si < doc.sentences.length && (doc.sentences[si] as Sentence).end <= start) si++;
    const sentence = doc.sentences[si];
    if (!sentence || sentence.start > start || historical.at(sentence.index)) continue;
    // "Syrian government forces": the mention before already counts. "Iranian-backed government forces": the forces are
    // not the backer's, and whose they are is not said.
    if ((scan.actors[sentence.index] ?? []).some((a) => a.end <= start && (start - a.end <= 2 || (start - a.end <= 24 && BACKER_GAP.test(text.slice(a.end, start)))))) continue;
    const home = homeCountry(scan);
    const t = home === null ? undefined : tallies.get(home);
    if (!t) return;
    const fights = conflictVerbAfter(text, end);
    // "the conflict between government forces and the Tamil Tigers": one of two sides, scored as "between X and Y" is.
    const among = BETWEEN_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && CONFLICT_CONTEXT.test(sentence.text);
    t.score += fights ? 4 : among ? 3 : 2;
    if (fights || among || ACTION.test(sentence.text)) t.strong = true;
    if (t.evidence.length < MAX_EVIDENCE) t.evidence.push(evidenceOf(text, start, end));
    return;
  }
}

const LEADERS = Object.keys(LEADER_COUNTRIES).join('|');
/**
 * A leader's forces (LEADER_COUNTRIES): "Assad's forces", "Saddam Hussein's army", "the Gaddafi regime", "pro-Assad
 * militias" (group 1, the force in group 2), "troops loyal to President Bashar al-Assad" (group 3).
 */
const LEADER_FORCES = new RegExp(
  `\\b(?:(?:pro-)?(${LEADERS})(?:\\s+Hussein)?(?:['’]s)?\\s+(forces|troops|army|soldiers|militias?|regime|government)|(?:forces|troops|soldiers|fighters|militias?|militiamen)\\s+loyal\\s+to\\s+(?:[\\w.-]+\\s+){0,3}?(?:al-)?(${LEADERS})(?:\\s+Hussein)?)\\b`,
  'gi',
);
/** Any leader's name: a text without one holds no leader's forces, and this search is about five times cheaper. */
const ANY_LEADER = new RegExp(LEADERS, 'i');

/**
 * A leader's forces count as a mention of his country's forces (see mentionScore): 2 for the force, 2 more when they
 * fight, strong when they fight or the sentence is about fighting. His regime or government only when it fights:
 * "members of Saddam's regime", "toppled the Gaddafi regime" name a fallen state's people, not a side. Not "anti-Assad
 * forces", who fight him. The leader is no alias of the country: "Assad said" or "talks with Assad" name a man.
 */
function leaderForces(doc: Doc, historical: HistoricalFlags, tallies: Map<string, Tally>): void {
  const text = doc.text;
  if (!ANY_LEADER.test(text)) return;
  let si = 0;
  LEADER_FORCES.lastIndex = 0;
  for (let m = LEADER_FORCES.exec(text); m !== null; m = LEADER_FORCES.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/anti-$/i.test(text.slice(Math.max(0, start - 5), start))) continue;
    // "militiamen loyal to Hadi al-Amiri": a name goes on after the leader's, and it is another man.
    if (m[3] !== undefined && /^\s+(?:al-|bin\s+)?[A-Z]/.test(text.slice(end, end + 8))) continue;
    while (si < doc.sentences.length && (doc.sentences[si] as Sentence).end <= start) si++;
    const sentence = doc.sentences[si];
    if (!sentence || sentence.start > start || historical.at(sentence.index)) continue;
    const fights = conflictVerbAfter(text, end);
    if (!fights && /^[gr]/i.test(m[2] ?? '')) continue;
    const name = LEADER_COUNTRIES[(m[1] ?? m[3] ?? '').toLowerCase()] as string;
    let t = tallies.get(name);
    if (!t) tallies.set(name, (t = newTally(false, start, end)));
    t.score += (fights ? 4 : 2) + (sentence.index === 0 ? 1 : 0);
    if (fights || ACTION.test(sentence.text)) t.strong = true;
    if (t.evidence.length < MAX_EVIDENCE) t.evidence.push(evidenceOf(text, start, end));
  }
}

/** The country the story's mentions name most, at least twice and more than any other; else null. */
function homeCountry(scan: Scan): string | null {
  const counts = new Map<string, number>();
  for (const actors of scan.actors) for (const a of actors) if (a.entry.kind === 'country' || a.entry.metonym) {
    const name = partyName(a) as string;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 1;
  let tie = false;
  for (const [name, n] of counts) {
    if (n > most) [best, most, tie] = [name, n, false];
    else if (n === most) tie = true;
  }
  return tie ? null : best;
}

/**
 * A short capitalised mention inside capitals ("IT IS A TRAGEDY", "THINGS THAT PROTECT US" in a transcript): a word,
 * not the acronym of a side.
 */
function shouted(text: string, a: ActorMention): boolean {
  if (a.text.length > 3) return false;
  const around = text.slice(Math.max(0, a.start - 24), a.start) + text.slice(a.end, a.end + 24);
  return !/[a-z]/.test(around) && /[A-Z]{2}/.test(around);
}

/** Words of a sentence in which forces counted are killed or attacked. */
const HARMED = /\b(?:killed|killing|dead|died|slain|wounded|injured|attack(?:s|ed|ing)?|ambush(?:ed)?|targeted|bomb(?:ed|ing))\b/i;
const ATTACKED_BONUS = 2;

/**
 * A country's forces counted in a sentence of killing or attack ("killing eight Iraqi soldiers", "two Turkish soldiers
 * were wounded"). Not "an attack on U.S. and Afghan forces", the partners of the forces attacked.
 */
function attackedForces(doc: Doc, a: ActorMention): boolean {
  const after = doc.text.slice(a.end, a.end + 40);
  if (!forceAfter(FORCE_AFTER, after) && !forceAfter(WEAK_FORCE_AFTER, after)) return false;
  return COUNTED.test(doc.text.slice(Math.max(0, a.start - 32), a.start)) && HARMED.test((doc.sentences[a.sentence] as Sentence).text);
}

/** Before a country struck as a whole: "strikes on", "an invasion of", "at cities across", "struck". */
const STRUCK_LAND = /\b(?:(?:attacks?|strikes?|air ?strikes?|assault|offensive|invasion|bombardment|barrage|missiles?|drones?|rockets?)\s+(?:on|against|of|into)|(?:at|on)\s+(?:cities|towns|targets|infrastructure|energy\s+facilities)\s+(?:across|in|throughout)|(?:struck|invaded|attacked|bombarded|pounded))\s+(?:the\s+)?$/i;

/**
 * A country named as the land another state strikes, in a sentence of attack ("Russia fired drones at cities across
 * Ukraine", "Russia's invasion of Ukraine"); not as a possessive or an adjective. Its state is a side of a war between
 * states (see extractParties), not of one that an armed group fights on its soil ("Israeli strikes on Lebanon" in a
 * story of Hezbollah).
 */
function targetedLand(doc: Doc, a: ActorMention): boolean {
  if (a.entry.kind !== 'country' || a.suffix !== null || a.text !== a.entry.name) return false;
  return STRUCK_LAND.test(doc.text.slice(Math.max(0, a.start - 48), a.start)) && HARMED.test((doc.sentences[a.sentence] as Sentence).text);
}

/**
 * The sides of the conflict: actors that fight, are fought, stand "between X and Y" or take on a truce with an armed
 * group (agreedTruce), minus third parties.
 */
export function extractParties(doc: Doc, scan: Scan, thirdParties: ReadonlySet<string>, historical: HistoricalFlags): Party[] {
  const tallies = new Map<string, Tally>();
  scan.actors.forEach((actors, i) => {
    actors.forEach((a, k) => {
      const name = partyName(a);
      if (!name || shouted(doc.text, a)) return;
      const group = a.entry.kind === 'group' && !tallies.has(name) ? GROUP_BONUS : 0;
      const score = historical.at(i) ? 0 : mentionScore(doc, actors, k, a.entry.kind !== 'group' && tallies.get(name)?.strong !== true);
      tallyMention(tallies, name, a, Math.abs(score) + group, score < 0, doc.text);
      if (score !== 0 && a.entry.kind !== 'group' && attackedForces(doc, a)) (tallies.get(name) as Tally).attacked = true;
      if (!historical.at(i) && targetedLand(doc, a)) (tallies.get(name) as Tally).targeted ??= { start: a.start, end: a.end };
    });
  });
  leaderForces(doc, historical, tallies);
  let top = 0;
  for (const t of tallies.values()) top = Math.max(top, t.score);
  // Only a story where something already marks a side (the others, most, skip the search): "government forces"
  // fighting nobody named make no side of their country.
  if (top > 0) {
    governmentForces(doc, scan, historical, tallies);
    for (const t of tallies.values()) top = Math.max(top, t.score);
  }
  const threshold = Math.max(MIN_SCORE, top * SHARE_OF_TOP);
  // A state whose soldiers or police an armed group kills is a side of that group's war ("a Taliban bomb killed 12
  // Afghan soldiers"); with no armed group among the sides, they are the toll of a lone gunman or an accident.
  let groupSide = false;
  for (const [name, t] of tallies) {
    if (!t.group || t.score < threshold) continue;
    groupSide = true;
    // The state the group wages its war on, when the story names it (GROUP_STATES).
    const state = tallies.get(GROUP_STATES[name] ?? '');
    if (!state) continue;
    [state.score, state.strong] = [Math.max(state.score, threshold), true];
    if (state.evidence.length === 0) state.evidence.push(evidenceOf(doc.text, state.first, state.first + state.firstLength));
  }
  // So is a state whose soldiers another state's forces kill ("Russian forces killed 40 Ukrainian troops").
  const warOn = groupSide || [...tallies.values()].some((t) => t.strong && t.score >= threshold && !t.attacked);
  if (warOn) for (const t of tallies.values()) if (t.attacked) [t.score, t.strong] = [t.score + ATTACKED_BONUS, true];
  // A war between states: with no armed group a side, the country another side strikes is the other side.
  const stateSide = [...tallies.values()].some((t) => !t.group && t.strong && t.score >= threshold && !t.targeted);
  if (!groupSide && stateSide) {
    for (const t of tallies.values()) {
      if (!t.targeted || t.score >= threshold) continue;
      [t.score, t.strong] = [threshold, true];
      if (t.evidence.length === 0) t.evidence.push(evidenceOf(doc.text, t.targeted.start, t.targeted.end));
    }
  }
  let fighting: boolean | undefined;
  return [...tallies.entries()]
    .filter(([name, t]) => t.score >= threshold && !(thirdParties.has(name) && t.score < top * 0.5) && (t.group || (t.strong && (fighting ??= aboutFighting(doc)))))
    .sort((a, b) => a[1].first - b[1].first || byString(a[0], b[0]))
    .map(([name, t]) => ({ name, aliases: [...t.aliases].sort(byString), evidence: uniqueEvidence(t.evidence) }));
}
