import {
  AUXILIARIES,
  BE_FORMS,
  CIVILIAN_NOUNS,
  DETERMINERS,
  FATAL_ADVERBS,
  HOSPITAL_VERBS,
  INSTITUTION_BODY_WORDS,
  HYPOTHETICAL_CUES,
  LABEL_WORDS,
  MULTIPLE_NOUNS,
  NOT_VICTIM_NAMES,
  MULTIPLE_WORDS,
  MEASURE_WORDS,
  FIGURATIVE_AFTER,
  ILLNESS_NOUNS,
  NATURAL_DEATH_CAUSES,
  BODY_PARTS,
  JOB_NOUNS,
  MISSING_THINGS,
  LIFE_TAKERS,
  FIGURATIVE_CAUSES,
  NON_PERSON_NOUNS,
  PICTURE_WORDS,
  SHOT_THINGS,
  NEGATIONS,
  NONE_BOTH_NOUNS,
  NONE_WORDS,
  PERSON_PLURAL,
  PERSON_SINGULAR,
  PLURAL_AUXILIARIES,
  SINGULAR_AUXILIARIES,
  SPEAKER_POSSESSIVES,
  SUBJECT_STOPS,
  TRIGGER_ROWS,
  type CasualtyKind,
  type TriggerForm,
} from '../../lexicon/casualties.ts';
import { canonicalParty, lookupPlace } from '../../lexicon/places.ts';
import { numberWordValue, readQuantity, type Quantity } from './numbers.ts';
import { isCapitalized, WordFilter, type Tok } from './tokens.ts';

/** A casualty figure found in one sentence, before attribution. */
export interface Mention {
  kind: CasualtyKind;
  count: number;
  low: number | null;
  high: number | null;
  /** Token range of the evidence (figure through casualty word). */
  from: number;
  to: number;
  /** Token range of the counted noun phrase (for party attribution). */
  npFrom: number;
  npTo: number;
  /** True when the subject uses "its/their/our": the side is the sentence's speaker. */
  speaker: boolean;
  /** True when the phrase has no noun of its own ("two more"): it shares the side of the mention before it. */
  bare: boolean;
  civilian: boolean;
  /** True when the phrase adds to earlier casualties ("two more", "another man", "three other people"). */
  additive: boolean;
  /** True for "others", "other people": people besides those reported before. */
  others: boolean;
  /** True for the object of an active verb ("killed his wife", "killing two"): people the shooter shot, not himself. */
  object?: boolean;
  /** True for "A woman was also killed": one new person besides those reported. */
  also?: boolean;
  /** True for "Her son was also shot": one more person hit, besides those reported before. */
  alsoHit?: boolean;
  /** True for "killing himself", "fatally shot herself": the shooter alone. */
  self?: boolean;
  /** True for "The boy who was shot has died": the death of the previous mention's subject, which it replaces. */
  relative?: boolean;
  /**
   * The counted conjuncts of a subject or an object that adds up figures ("15 Armenian soldiers and 7 Azerbaijani
   * soldiers"), when there are two or more: each its own count and token range, so that sides named apart are told
   * apart (see sentenceReports).
   */
  parts?: Part[];
}

/** One counted conjunct of a phrase that adds up figures (Mention.parts). */
export interface Part {
  count: number;
  from: number;
  to: number;
}

interface Trigger {
  words: string[];
  kind: CasualtyKind;
  form: TriggerForm;
}

const TRIGGERS = new Map<string, Trigger[]>();
for (const row of TRIGGER_ROWS) {
  const [phrase = '', kind = '', form = ''] = row.split(';').map((p) => p.trim());
  const words = phrase.split(' ');
  const list = TRIGGERS.get(words[0] as string) ?? [];
  list.push({ words, kind: kind as CasualtyKind, form: form as TriggerForm });
  list.sort((a, b) => b.words.length - a.words.length);
  TRIGGERS.set(words[0] as string, list);
}

const AUX = new Set(AUXILIARIES);
const BE = new Set(BE_FORMS);
const PLURAL_AUX = new Set(PLURAL_AUXILIARIES);
const SINGULAR_AUX = new Set(SINGULAR_AUXILIARIES);
const FATAL = new Set(FATAL_ADVERBS);
const HYPOTHETICAL = new Set(HYPOTHETICAL_CUES);
const NEGATION = new Set(NEGATIONS);
const NONE = new Set(NONE_WORDS);
const NONE_BOTH = new Set(NONE_BOTH_NOUNS);
const DET = new Set(DETERMINERS);
const SINGULAR = new Set(PERSON_SINGULAR);
const PLURAL = new Set(PERSON_PLURAL);
const CIVILIAN = new Set(CIVILIAN_NOUNS);
const SPEAKER = new Set(SPEAKER_POSSESSIVES);
const STOPS = new Set(SUBJECT_STOPS);
const LABELS = new Set(LABEL_WORDS);
const MULTIPLE = new Map(MULTIPLE_WORDS);
const MULTIPLE_NOUN = new Map(MULTIPLE_NOUNS);
const MEASURES = new Set(MEASURE_WORDS);
const NON_PERSON = new Set(NON_PERSON_NOUNS);
const JOBS = new Set(JOB_NOUNS);
/** Nouns of things that go missing (MISSING_THINGS, NON_PERSON_NOUNS, MEASURE_WORDS): no missing people. */
const MISSING_THING = new Set([...MISSING_THINGS, ...NON_PERSON_NOUNS, ...MEASURE_WORDS]);
const ILLNESS = new Set(ILLNESS_NOUNS);
const ILLNESS_PREPS = new Set(['after', 'following', 'with', 'from', 'for', 'suffering']);
/** NATURAL_DEATH_CAUSES by their first word: the words that must follow it ([] for a one-word cause). */
const NATURAL_DEATH = new Map<string, string[][]>();
for (const cause of NATURAL_DEATH_CAUSES) {
  const [first, ...rest] = cause.split(' ') as [string, ...string[]];
  NATURAL_DEATH.set(first, [...(NATURAL_DEATH.get(first) ?? []), rest]);
}
/** How far after a death its natural cause is looked for, in tokens ("at the age of 84 after a short battle with skin cancer"). */
const NATURAL_DEATH_WINDOW = 14;

/** Words that tell of a death without its cause ("died", "passed away"); "killed" is violence whatever follows. */
const NATURAL_DEATH_TRIGGERS = new Set(['died', 'dies', 'passed', 'death', 'deaths', 'dead', 'deceased', 'lost']);
/** Words that introduce the cause of a death. */
const CAUSE_PREPS = new Set(['of', 'from', 'after', 'following', 'with']);
/** How far after its preposition a natural cause may stand ("after a short battle with skin cancer"). */
const CAUSE_REACH = 6;

/**
 * Whether the clause after a death at `end` names a natural cause after a cause preposition ("of natural causes",
 * "after a long illness"; not "in the shooting at the cancer centre"), or says "in his sleep". It stops at the
 * clause's first punctuation.
 */
function naturalDeath(toks: readonly Tok[], end: number): boolean {
  let prep = -1;
  for (let j = end; j < end + NATURAL_DEATH_WINDOW && j < toks.length; j++) {
    if (toks[j]?.kind === 'punct') return false;
    const word = w(toks, j);
    if (CAUSE_PREPS.has(word)) prep = j;
    if (word === 'in' && w(toks, j + 2) === 'sleep' && (w(toks, j + 1) === 'his' || w(toks, j + 1) === 'her')) return true;
    if (prep < 0 || j - prep > CAUSE_REACH) continue;
    for (const rest of NATURAL_DEATH.get(word) ?? []) if (rest.every((x, k) => w(toks, j + 1 + k) === x)) return true;
  }
  return false;
}
const BODY = new Set([...BODY_PARTS, 'helmet']);
const INSTITUTION_BODY = new Set(INSTITUTION_BODY_WORDS);
const FIGURATIVE = new Map(FIGURATIVE_AFTER.map(([t, next]) => [t, new Set(next)]));

/** "dead set on", "dead tired", "shot down the plan": a one-word trigger at `i` used as a figure of speech. */
const CAUSES = new Map<string, Array<{ prep: string[]; nouns: Set<string> }>>();
for (const row of FIGURATIVE_CAUSES) {
  const [t, prep, nouns] = row.split(';').map((x) => x.trim()) as [string, string, string];
  CAUSES.set(t, [...(CAUSES.get(t) ?? []), { prep: prep === '-' ? [] : prep.split(' '), nouns: new Set(nouns.split(' ')) }]);
}

/**
 * "dead set on", "dead tired", "shot down the plan": a one-word trigger at `i` used as a figure of speech; "missing
 * from the squad", "hurt by the comments": a trigger whose cause or place is no harm.
 */
export function figurative(toks: readonly Tok[], i: number, words: readonly string[], kind: CasualtyKind): boolean {
  // "in stable condition after a heart attack", "hospitalized with flu", "survived cancer": illness, no harm done.
  if (kind === 'wounded' || kind === 'shot') {
    const end = i + words.length;
    const from = ILLNESS_PREPS.has(w(toks, end)) ? end + 1 : words[0] === 'survived' ? end : -1;
    if (from >= 0) for (let j = from; j < from + 4; j++) if (ILLNESS.has(w(toks, j))) return true;
  }
  // "died of natural causes", "passed away after a battle with cancer": a natural death, no violence.
  if (kind === 'killed' && NATURAL_DEATH_TRIGGERS.has(words[0] as string) && naturalDeath(toks, i + words.length)) return true;
  if (words.length === 1 && FIGURATIVE.get(words[0] as string)?.has(w(toks, i + 1)) === true) return true;
  // "100,000 public bodies", "sport's governing bodies": institutions, not the dead.
  if (words.length === 1 && words[0] === 'bodies' && INSTITUTION_BODY.has(w(toks, i - 1))) return true;
  // "3 dead links", "12 dead accounts": "dead" before a thing.
  if (words.length === 1 && words[0] === 'dead' && NON_PERSON.has(w(toks, i + 1))) return true;
  const end = i + words.length;
  // "struck by the beauty of", "struck in the face by the ball", "struck off the register": no gunfire.
  if (words.length === 1 && words[0] === 'struck' && struckNoShot(toks, end)) return true;
  // "Seven people ... were hit": a bare "hit" only after "were", and not "were hit hard", "were hit with fines", nor
  // "both of her legs were hit", "the two fingers that were hit" (a body part, not more people).
  if (words.length === 1 && words[0] === 'hit' && (w(toks, i - 1) !== 'were' || HIT_NOT_SHOT.has(w(toks, end)) || HIT_PARTS.has(w(toks, i - 2)) || HIT_PARTS.has(w(toks, i - 3))) && !hitTimes(toks, i, end)) return true;
  // "hit in the leg by a stray bullet" is a shooting; "hit in the face by a pie", "by a hard tackle" is not.
  if (words[0] === 'hit' && w(toks, end) === 'by' && !hitByGunfire(toks, end + 1)) return true;
  // A picture within three words before "captured" (not "a video of captured soldiers"), or five after it before any
  // number or comma ("captured on camera", not "captured 12 soldiers, footage showed").
  if (words[0] === 'captured') {
    for (let j = w(toks, i - 1) === 'of' ? i + 1 : i - 3; j < end + 5; j++) {
      if (j >= end && (w(toks, j) === ',' || readQuantity(toks, j))) break;
      if (PICTURE_WORDS.test(w(toks, j))) return true;
    }
  }
  for (const cause of CAUSES.get(words[words.length - 1] as string) ?? []) {
    let k = 0;
    while (k < cause.prep.length && w(toks, end + k) === cause.prep[k]) k++;
    if (k < cause.prep.length) continue;
    const from = end + k;
    for (let j = from; j < from + 4; j++) if (cause.nouns.has(w(toks, j))) return true;
  }
  return false;
}

/** Adverbs between "was"/"were" and "hit" ("was also hit", "were reportedly hit"). */
const HIT_ADVERBS = new Set(['also', 'reportedly', 'apparently', 'allegedly', 'then', 'later', 'each', 'both', 'all', 'critically', 'seriously']);
/** Words that count the shots that hit ("hit twice", "hit several times"). */
const HIT_COUNTS = new Set(['once', 'twice', 'several', 'multiple', 'numerous', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** Which one of the body's parts: "hit in one of her legs", "in both legs", "in his left arm". */
const HIT_WHICH = new Set(['both', 'one', 'left', 'right', 'upper', 'lower']);

/**
 * "A woman was hit twice", "he was also hit several times", "was hit in one of her legs", "in his left arm": a person
 * hit by bullets the words count or place on the body, after "was"/"were" (and adverbs). Not "was hit by a car", "was
 * hit hard".
 */
function hitTimes(toks: readonly Tok[], i: number, end: number): boolean {
  let k = i - 1;
  while (k > 0 && HIT_ADVERBS.has(w(toks, k))) k--;
  if (w(toks, k) !== 'was' && w(toks, k) !== 'were') return false;
  const next = w(toks, end);
  if (next === 'in') {
    // The part of the body named within four words ("in one of her legs", "in both legs", "in his left arm").
    let which = end + 1;
    if (w(toks, which) === 'his' || w(toks, which) === 'her' || w(toks, which) === 'the') which++;
    if (!HIT_WHICH.has(w(toks, which))) return false;
    for (let j = which + 1; j <= which + 3; j++) if (HIT_PARTS.has(w(toks, j))) return true;
    return false;
  }
  if (next === 'at' && w(toks, end + 1) === 'least') return toks[end + 2]?.kind === 'num' && w(toks, end + 3) === 'times';
  if (toks[end]?.kind === 'num') return w(toks, end + 1) === 'times';
  return HIT_COUNTS.has(next) && (next === 'once' || next === 'twice' || w(toks, end + 1) === 'times');
}

/** Words after "were hit" that tell no shooting ("hit hard", "hit with"). */
const HIT_PARTS = new Set([...BODY_PARTS, 'fingers', 'toes', 'hands', 'feet', 'shoulders']);
const HIT_NOT_SHOT = new Set(['hard', 'with', 'up', 'out', 'back', 'home', 'again', 'the', 'a', 'an', 'their', 'his', 'her']);

/** What "hit in the arm by …" may name and still be a shooting. */
const GUNFIRE = new Set(['bullet', 'bullets', 'gunfire', 'round', 'rounds', 'shot', 'shots', 'gunshot', 'pellet', 'pellets', 'shotgun', 'shrapnel', 'fragment', 'fragments', 'fire', 'sniper', 'gunman', 'shooter']);

/** Whether one of the four words from `k` ("a stray bullet", "gunfire") names gunfire. */
function hitByGunfire(toks: readonly Tok[], k: number): boolean {
  for (let j = k; j < k + 4 && j < toks.length; j++) if (GUNFIRE.has(w(toks, j))) return true;
  return false;
}

/** What "struck by" may name and be no harm: a ball in play, a thought. */
const STRUCK_BY_HARMLESS = new Set(['ball', 'puck', 'pitch', 'bouncer', 'delivery', 'shuttlecock', 'beauty', 'thought', 'idea', 'sense', 'fact', 'similarity', 'contrast', 'scale', 'lack', 'resemblance', 'irony', 'size', 'number', 'quality', 'warmth', 'kindness']);

/** After "struck" at `end`: "off", or "by" a ball or a thought (within six words: "in the face by the ball"). */
function struckNoShot(toks: readonly Tok[], end: number): boolean {
  if (w(toks, end) === 'off') return true;
  for (let k = end; k < end + 6; k++) {
    const x = w(toks, k);
    if (x === 'by') {
      for (let j = k + 1; j < k + 4; j++) if (STRUCK_BY_HARMLESS.has(w(toks, j))) return true;
      return false;
    }
    if (x !== 'in' && x !== 'on' && x !== 'the' && x !== 'his' && x !== 'her' && x !== 'down' && !BODY.has(x)) return false;
  }
  return false;
}
const HOSPITAL_VERB = new Set(HOSPITAL_VERBS);
const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'aug', 'sept',
  'oct', 'nov', 'dec',
]);
/** Months: a number after one is a day ("August 14"); after a weekday it is a count ("on Sunday two men were shot"). */
const MONTHS = new Set([...CALENDAR].filter((x) => !x.endsWith('day')));
/** Words after ", 25" that make the number an age in apposition ("Darrell Hawkins, 34, who"). */
const AGE_FOLLOWERS = new Set([',', '', 'and', '.', 'who', 'was', 'were', 'is', ')', ';', 'of', 'had', 'has']);
/** Words after which "both" opens a subject ("police said both died") rather than following one ("they both died"). */
const BOTH_OPENERS = new Set(['said', 'says', 'say', 'and', 'that', 'but', 'where', 'when', 'police', 'officials']);
/** What closes an appositive before its verb: "Two victims, a man and a woman, died", "the victims – Ann and Bo – died". */
const APPOSITION_MARKS = new Set([',', '–', '—', '-']);
/** Farthest back a counted subject may stand before an appositive: "Three victims, a man, a woman and a boy, were". */
const MAX_APPOSITION = 24;
/** Things that are shot or hit besides people. */
const THINGS = new Set(SHOT_THINGS);

/** Capitalised words that are no person's name. */
const NOT_NAMES = new Set([...NOT_VICTIM_NAMES, ...DETERMINERS, ...SUBJECT_STOPS, 'both', 'all']);
/** Longest subject phrase scanned, in tokens. */
const MAX_SUBJECT = 20;
/** Longest stretch of auxiliaries and adverbs between a subject and its verb. */
const MAX_AUX = 6;

/** The word of token `i`, or '' outside the sentence (checked first: reading an array at a negative index is slow). */
function w(toks: readonly Tok[], i: number): string {
  return i >= 0 && i < toks.length ? (toks[i] as Tok).w : '';
}

function matchTrigger(toks: readonly Tok[], i: number): Trigger | null {
  const list = TRIGGERS.get(w(toks, i));
  if (list) {
    for (const t of list) {
      let ok = true;
      for (let k = 1; k < t.words.length && ok; k++) ok = w(toks, i + k) === t.words[k];
      if (ok) return t;
    }
  }
  return PHRASE_STARTS.has(w(toks, i)) ? conditionPhrase(toks, i) ?? hospitalPhrase(toks, i) ?? inHospital(toks, i) ?? injuryPhrase(toks, i) : null;
}

const INJURY_VERBS = new Set(['suffered', 'sustained', 'received', 'suffering', 'sustaining', 'suffers', 'have', 'has', 'had', 'treated', 'with']);
const INJURY_NOUNS = new Set(['injuries', 'injury', 'wounds', 'wound']);

const SURVIVABLE = new Set(['non-life-threatening', 'non-life', 'minor', 'superficial', 'non-fatal', 'nonfatal', 'non-critical', 'graze']);

/** "received non-life threatening injuries", "suffered a graze wound": the verb through its injury noun. */
function injuryPhrase(toks: readonly Tok[], i: number): Trigger | null {
  if (!INJURY_VERBS.has(w(toks, i))) return null;
  // "treated for gunshot wounds", not "treated the wounded".
  const treated = w(toks, i) === 'treated';
  if (treated && w(toks, i + 1) !== 'for') return null;
  // "sustained what police say are non-life threatening injuries": a relative "what" reaches further.
  const reach = w(toks, i + 1) === 'what' ? 10 : 6;
  for (let k = i + 1; k < toks.length && k - i <= reach; k++) {
    const x = w(toks, k);
    if (INJURY_NOUNS.has(x)) {
      // "found two women with gunshot wounds", not "with minor injuries" after a crash.
      if (w(toks, i) === 'with' && !/^(?:gunshot|bullet)$/.test(w(toks, k - 1))) return null;
      // "suffered fatal injuries" is a death.
      // A stab wound is no gunshot.
      for (let j = i + 1; j < k; j++) if (/^(?:fatal|mortal|deadly|fatally|stab)$/.test(w(toks, j))) return null;
      // Hit, like "shot": wounded unless reported dead elsewhere; "non-life-threatening", "minor" injuries tell the
      // person lives (coders count them as injured, not among the dead).
      for (let j = i + 1; j < k; j++) if (SURVIVABLE.has(w(toks, j))) return phraseTrigger(toks, i, k + 1, 'wounded');
      return phraseTrigger(toks, i, k + 1, 'shot');
    }
    if (toks[k]?.kind === 'punct' && x !== '-') return null;
    // "suffering from a gunshot wound": "from" right after the verb opens the injury.
    if ((x === 'from' && k === i + 1 && /^suffer/.test(w(toks, i))) || (treated && k === i + 1)) continue;
    if (x === 'and' || x === 'to' || x === 'from' || x === 'in' || x === 'of' || x === 'no' || x === 'any') return null;
  }
  return null;
}

/** "three others are in the hospital", "he remains hospitalized": someone kept in a hospital, after a be-verb. */
function inHospital(toks: readonly Tok[], i: number): Trigger | null {
  if (w(toks, i) !== 'in' && w(toks, i) !== 'at') return null;
  const p = w(toks, i - 1);
  if (!/^(?:is|are|was|were|remains|remain|remained|still)$/.test(p)) return null;
  const k = /^(?:the|a|an|area|local)$/.test(w(toks, i + 1)) ? i + 2 : i + 1;
  if (!/^hospitals?$/.test(w(toks, k)) || diesAfter(toks, k + 1)) return null;
  return phraseTrigger(toks, i, k + 1);
}

/** A listed trigger, unless it takes someone to a hospital where they died. */
function triggerAt(toks: readonly Tok[], i: number): Trigger | null {
  const t = matchTrigger(toks, i);
  // "is survived by his wife", "survived unharmed": no one hit.
  if (t && t.words[0] === 'survived' && /^(?:by|unharmed|uninjured|unscathed|unhurt)$/.test(w(toks, i + 1))) return null;
  if (t && figurative(toks, i, t.words, t.kind)) return null;
  // "in critical condition to Holy Cross Hospital, where she later died" too.
  if (t && t.kind === 'wounded' && /^(?:hospitals?|condition)$/.test(t.words[t.words.length - 1] as string) && diesAfter(toks, i + t.words.length)) return null;
  return t;
}

const CONDITION_WORDS = new Set(['critical', 'serious', 'stable', 'fair', 'good', 'grave', 'guarded', 'satisfactory', 'life-threatening']);
const CONDITION_FILLERS = new Set(['but', 'and', 'or', ',', 'very', 'extremely', 'now', 'still', 'listed']);
const HOSPITAL_MOVES = new Set(['taken', 'transported', 'rushed', 'airlifted', 'flown', 'driven', 'brought', 'carried']);
const ARRIVALS = new Set(['arrived', 'showed', 'walked', 'went', 'self-transported', 'drove', 'checked']);
const PHRASE_STARTS = new Set(['in', 'at', ...HOSPITAL_MOVES, ...INJURY_VERBS, ...ARRIVALS]);

/** Where the place starts after "by ambulance to", "by private vehicle to", or -1. */
function byEnd(toks: readonly Tok[], by: number): number {
  for (let k = by + 1; k < toks.length && k - by <= 4; k++) {
    const t = toks[k] as Tok;
    if (t.w === 'to') return k + 1;
    if (t.kind !== 'word') return -1;
  }
  return -1;
}

/** Where the place starts after an arrival verb ("showed up at", "drove himself to"), or -1. */
function arrivalEnd(toks: readonly Tok[], i: number): number {
  for (let k = i + 1; k < toks.length && k - i <= 3; k++) {
    const x = w(toks, k);
    if (x === 'to' || x === 'at' || x === 'into') return k + 1;
    if (!/^(?:up|himself|herself|themselves|later|then|themself|in)$/.test(x)) return -1;
  }
  return -1;
}

/** "in critical but stable condition", "in serious, stable condition": a person wounded. */
function conditionPhrase(toks: readonly Tok[], i: number): Trigger | null {
  if (w(toks, i) !== 'in') return null;
  let seen = false;
  for (let k = i + 1; k < toks.length && k - i <= 5; k++) {
    const x = w(toks, k);
    // "transported in critical condition to a hospital, where she later died": the person is counted dead.
    if (x === 'condition' && seen) return diesAfter(toks, k + 1) ? null : phraseTrigger(toks, i, k + 1);
    if (CONDITION_WORDS.has(x)) seen = true;
    else if (!CONDITION_FILLERS.has(x)) return null;
  }
  return null;
}

/** "rushed to Baylor Scott & White Hospital", "airlifted to a Charleston-area hospital": a person hurt. */
function hospitalPhrase(toks: readonly Tok[], i: number): Trigger | null {
  // "taken to a hospital", "treated at a hospital".
  const treated = w(toks, i) === 'treated' && (w(toks, i + 1) === 'at' || w(toks, i + 1) === 'in');
  // "showed up at a hospital", "drove himself to the hospital", "arrived at an area hospital".
  // "taken by ambulance to", "transported by private vehicle to".
  const carried = HOSPITAL_MOVES.has(w(toks, i)) && w(toks, i + 1) === 'by' ? byEnd(toks, i + 1) : -1;
  // "taken privately to", "transported initially to": one adverb before "to".
  const moved = HOSPITAL_MOVES.has(w(toks, i)) && /ly$/.test(w(toks, i + 1)) && w(toks, i + 2) === 'to' ? i + 3 : carried;
  const arrived = ARRIVALS.has(w(toks, i)) ? arrivalEnd(toks, i) : moved;
  if (!treated && arrived < 0 && (!HOSPITAL_MOVES.has(w(toks, i)) || w(toks, i + 1) !== 'to')) return null;
  for (let k = arrived > 0 ? arrived : i + 2; k < toks.length && k - i <= 8; k++) {
    const x = w(toks, k);
    if (x === 'hospital' || x === 'hospitals' || (x === 'center' && w(toks, k - 1) === 'medical')) {
      // "driven to the hospital to see her son" is a visit.
      return diesAfter(toks, k + 1) || w(toks, k + 1) === 'to' ? null : phraseTrigger(toks, i, k + 1);
    }
    if (toks[k]?.kind === 'punct' && x !== '&' && x !== '-') return null;
    if (x === 'and' || x === 'where' || x === 'for' || x === 'by' || x === 'with') return null;
  }
  return null;
}

/** "... to the hospital, where he died": the person taken there is counted dead, not wounded. */
function diesAfter(toks: readonly Tok[], from: number): boolean {
  for (let k = from; k < toks.length && k - from < 15; k++) {
    const x = w(toks, k);
    if (x === '.' || x === ';') return false;
    if (x === 'died' || x === 'dead' || x === 'succumbed' || x === 'death' || x === 'deceased') return true;
    // "where he passed away two days later".
    if (x === 'passed' && w(toks, k + 1) === 'away') return true;
  }
  return false;
}

function phraseTrigger(toks: readonly Tok[], i: number, end: number, kind: CasualtyKind = 'wounded'): Trigger {
  return { words: toks.slice(i, end).map((t) => t.w), kind, form: 'intransitive' };
}

/** "ages 14 and 15", "aged 19, 20 and 24": a number in a list of ages after "ages" / "aged". */
function isAgeList(toks: readonly Tok[], from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= 12; k--) {
    const x = w(toks, k);
    if (x === 'ages' || x === 'aged' || (x === 'age' && (w(toks, k + 1) === 'from' || w(toks, k + 1) === 'between'))) return true;
    if (!(toks[k]?.kind === 'num' || x === 'and' || x === ',' || x === 'to' || x === 'from' || x === 'between' || (x === 'of' && w(toks, k - 1) === 'ages') || numberWordValue(x) !== null)) return false;
  }
  return false;
}

/** Verbs and adverbs after "<age>," that show the digits were an age in apposition: "the men, 19 and 26, were". */
const AFTER_AGE = new Set(['were', 'was', 'are', 'is', 'had', 'have', 'has', 'remain', 'remains', 'remained', 'suffered', 'sustained', 'also', 'each', 'both', 'all']);

/**
 * "the men, 19 and 26, were injured", "all younger than 45, were", "one 17 and the other 21, suffered": digits closed
 * by a comma and a verb (alone or in a list of digits), or after "one"/"other", are ages.
 */
function isAgeBeforeVerb(toks: readonly Tok[], i: number): boolean {
  const before = w(toks, i - 1);
  if ((before === 'one' || before === 'other') && /^(?:and|,|\))$/.test(w(toks, i + 1))) return true;
  // "two females, 28 and 27, and one male, 24": digits right after a person noun and a comma are ages.
  if (before === ',' && (PLURAL.has(w(toks, i - 2)) || SINGULAR.has(w(toks, i - 2))) && /^(?:and|,|\))$/.test(w(toks, i + 1))) return true;
  // ... and the digits listed after such an age.
  if ((before === 'and' || before === ',') && toks[i - 2]?.kind === 'num' && isAgeBeforeVerb(toks, i - 2)) return true;
  let k = i + 1;
  while (k + 1 < toks.length && (w(toks, k) === 'and' || w(toks, k) === ',') && toks[k + 1]?.kind === 'num') k += 2;
  if (w(toks, k) === ',' && w(toks, k + 1) === 'and' && toks[k + 2]?.kind === 'num') return false;
  return w(toks, k) === ',' && AFTER_AGE.has(w(toks, k + 1));
}

/** "News" as a name (capitalized), one or two words on ("13 News", "7 Action News"). */
function newsNameAt(toks: readonly Tok[], k: number): boolean {
  const news = (t: Tok | undefined): boolean => t !== undefined && (t.raw === 'News' || t.raw === 'NEWS');
  return news(toks[k]) || (isCapitalized(toks[k]) && news(toks[k + 1]));
}

/** Digits [from, to) that name a broadcaster: before "News" as a name, or after a call sign in capitals ("WPXI", "KTVU"). */
function isStation(toks: readonly Tok[], from: number, to: number): boolean {
  return newsNameAt(toks, to) || /^[KW][A-Z]{2,3}$/.test(toks[from - 1]?.raw ?? '');
}

/**
 * Digits that are part of a name or title in running text: after one capitalised word inside the sentence ("the
 * Apollo 13 astronauts", "Sales of Doom 3", "the Zone 5 officers"; not a plural, "Related Headlines 5 shot", nor title
 * case, "Leaves 4 Wounded"), or
 * before one capitalised word that ends the name ("50 Cent was shot"; not "30 Ethiopians", "276 Chibok schoolgirls").
 */
function nameNumber(toks: readonly Tok[], q: Quantity): boolean {
  const p = toks[q.from - 1];
  const n = toks[q.to];
  // Not a day or a month ("Police said Tuesday 3 people were killed"), nor an outlet or a body in capitals before a
  // count ("told CNN 3 people"): capitals name a number only as a station's ("WPXI 11").
  const acronym = /^[A-Z]{2,}$/.test(p?.raw ?? '');
  if (!headline && isCapitalized(p) && !isCapitalized(n) && !/(?<!')s$/.test(p.raw) && !DET.has(p.w) && !STOPS.has(p.w) && !CALENDAR.has(p.w) && numberWordValue(p.w) === null && (!acronym || isStation(toks, q.from, q.to))) {
    // Not the sentence's first word, capitalized whatever it is ("Only 3 were hurt"), unless a name in capitals.
    if ((toks[q.from - 2]?.kind === 'word' || acronym) && !LOCATIVES.has(w(toks, q.from - 2)) && !canonicalParty(p.raw) && !matchTrigger(toks, q.from - 1)) return true;
  }
  if (q.value < 2 || !isCapitalized(n) || !/[a-z]/.test(n.raw) || /s$/.test(n.raw) || SINGULAR.has(n.w) || PLURAL.has(n.w) || canonicalParty(n.raw) || matchTrigger(toks, q.to)) return false;
  const next = toks[q.to + 1];
  return next === undefined || next.kind === 'punct' || AUX.has(next.w);
}

/** Verbs of harm whose object a figure is. */
const HARM_VERBS = new Set(['killing', 'wounding', 'injuring', 'killed', 'wounded', 'injured']);

/** True when the number at `i` is a label, a time, a measure or a year, not a count of people. */
function isNotCount(toks: readonly Tok[], q: Quantity): boolean {
  const before = w(toks, q.from - 1);
  const after = w(toks, q.to);
  const t0 = toks[q.from];
  if (t0?.kind === 'num' && q.to === q.from + 1 && nameNumber(toks, q)) return true;
  // "the deaths of 14- and 18-year-olds": an age whose "-year-old" the next one carries.
  const dash = toks[q.to];
  if (t0?.kind === 'num' && dash?.w === '-' && dash.start === (toks[q.to - 1] as Tok).end && w(toks, q.to + 1) === 'and') return true;
  // "the 911 caller's father", "the 3 men's lawyer": a number inside a possessive phrase or an emergency number.
  if (after.endsWith("'s") || t0?.w === '911') return true;
  // "a family of five" is five people.
  if (before === 'of' && /^(?:family|group|total)$/.test(w(toks, q.from - 2))) return false;
  // "one of five people shot": the whole after a part.
  const part = toks[q.from - 2];
  if (before === 'of' && part && (part.kind === 'num' || numberWordValue(part.w) !== null) && !LABELS.has(w(toks, q.from - 3)) && !/^(?:1[89]|20)\d\d$/.test(t0?.w ?? '')) return false;
  // "killed 5 penalties", "3 product lines", "2 million trees": things or animals within two words, before any person.
  // "captured 5 of the 10 largest contracts": the whole after "of" names the things.
  // "injuring one of the family dogs", "two police horses": a noun of people as a modifier of an animal's.
  const of = after === 'of' ? 5 : 0;
  for (let j = q.to + (of ? 1 : 0); j < q.to + 2 + of; j++) {
    const x = w(toks, j);
    // "12 militant positions": a noun of people as a modifier of a thing's too.
    if (NON_PERSON.has(x) || ((/^(?:family|police)$/.test(x) || SINGULAR.has(x)) && NON_PERSON.has(w(toks, j + 1)))) return true;
    if (PLURAL.has(x) || SINGULAR.has(x) || (toks[j]?.kind !== 'word' && !(of && toks[j]?.kind === 'num'))) break;
  }
  // "kills man, 18 Jose Estrada fatally wounded": a figure right after a person and a comma is the person's age.
  // A name follows it, not people ("killing wife, 2 young children").
  if (before === ',' && SINGULAR.has(w(toks, q.from - 2)) && t0?.kind === 'num' && q.value < 120 && isCapitalized(toks[q.to]) && !PLURAL.has(after) && !PLURAL.has(w(toks, q.to + 1))) return true;
  // "kills 1 in 5 Americans": a ratio.
  if (after === 'in' && toks[q.to + 1]?.kind === 'num') return true;
  // "shot 12 of 20 from the field": a shooting percentage, not people.
  if (before === 'shot' && after === 'of' && toks[q.to + 1]?.kind === 'num' && !PLURAL.has(w(toks, q.to + 2)) && !SINGULAR.has(w(toks, q.to + 2))) return true;
  // "shot 68 in the final round", "shot 2 under par": a golf score.
  // "Tiger shoots 66 to lead", "shot 68 to win": a round of golf (59 to 79) that leads or wins.
  if (/^(?:shot|shoots|shooting|cards|carded)$/.test(before) && /^(?:59|6\d|7\d)$/.test(t0?.w ?? '') && after === 'to' && /^(?:lead|take|win|share|move|tie|grab|claim|finish|go|reach|make)$/.test(w(toks, q.to + 1))) return true;
  if (before === 'shot') for (let j = q.to; j < q.to + 5; j++) if (/^(?:par|round|under-par|over-par)$/.test(w(toks, j))) return true;
  // "a single shot 223", "a warning shot": the noun "shot" (a gun's kind, a shot fired), no verb with an object.
  if (before === 'shot' && /^(?:single|lone|warning)$/.test(w(toks, q.from - 2))) return true;
  // "SUSPECT KILLED Hundreds gather to mourn": a capitals headline's last word (a word of death or harm) before the
  // text's first one; not a dateline ("CHICAGO Two men were shot").
  if (/^(?:KILL(?:ED|S)?|DEAD|DIE[DS]?|SHOT|SLAIN|WOUNDED|INJURED|HURT|MURDERED|STABBED)$/.test(toks[q.from - 1]?.raw ?? '') && /^[A-Z][a-z]/.test(t0?.raw ?? '')) return true;
  // "the deaths of 12 soldiers", "the murder of three people", "claimed the lives of 12": a death's object, not a label like "Class of 2012"; an
  // age written apart ("the death of his 3 yr old son", "of eight month Jayden") is none.
  const deathOf = before === 'of' && /^(?:(?:death|murder|killing|slaying)s?|lives)$/.test(w(toks, q.from - 2)) && !/[ -](?:year|yr|month|week|day)s?\b/.test(`${t0?.w} ${after}`);
  if ((LABELS.has(before) && !deathOf) || MEASURES.has(after) || MONTHS.has(before) || MONTHS.has(before.replace(/\.$/, ''))) return true;
  // "WPXI 11 News", "7 Action News", "told 13 News", "WAVE 3": a broadcaster's name, not a count.
  if (t0?.kind === 'num' && q.to === q.from + 1 && isStation(toks, q.from, q.to)) return true;
  // "shot three more times": a measure after "more"; "younger than 12", "under 18": an age limit.
  if (after === 'more' && MEASURES.has(w(toks, q.to + 1))) return true;
  if (before === 'than' && /^(?:younger|older|under|over)$/.test(w(toks, q.from - 2))) return true;
  // "Aug. 9": the abbreviation's period is its own token.
  if (before === '.' && MONTHS.has(w(toks, q.from - 2)) && t0?.kind === 'num') return true;
  // "May 17": the month, not the modal.
  if (before === 'may' && toks[q.from - 1]?.raw === 'May' && t0?.kind === 'num') return true;
  if (t0?.kind === 'num' && q.to === q.from + 1 && isAgeBeforeVerb(toks, q.from)) return true;
  // "Nov. 17, 8-year-old Ann Lee was killed", "Aug. 4, Jim Ray, 27, was found": digits closed by a comma before a
  // person of their own are a day or an age, not a count; not the object of a verb of harm before a source's words
  // ("killing 11 and wounding 47, Ukrainian officials said").
  if (t0?.kind === 'num' && q.to === q.from + 1 && after === ',' && (isCapitalized(toks[q.to + 1]) || w(toks, q.to + 1).endsWith('-old')) && !HARM_VERBS.has(before)) return true;
  // "both 19, and", "both 23 — one lives": an age.
  if (before === 'both' && t0?.kind === 'num' && /^(?:,|and|\)|—|–|-)$/.test(after)) return true;
  // "a 16 and 17-year-old": the first age of two.
  if (t0?.kind === 'num' && after === 'and' && w(toks, q.to + 1).endsWith('-old')) return true;
  // ".223 caliber": digits right after a period are no count.
  if (before === '.' && t0?.kind === 'num' && (toks[q.from - 1] as Tok).end === t0.start && !isCapitalized(toks[q.from - 2])) return true;
  // "12 year-old girl", "a 28 years-old": an age written apart from its number.
  if (/^(?:years?|months?|weeks?|days?)-old$/.test(after)) return true;
  if (isAgeList(toks, q.from)) return true;
  const t = toks[q.from];
  if (t && t.kind === 'num' && /^(?:1[89]|20)\d\d$/.test(t.w) && !PLURAL.has(after)) return true;
  // "John Smith, 25," is an age.
  if (before === ',' && q.to === q.from + 1 && t?.kind === 'num' && (AGE_FOLLOWERS.has(after) || (isCapitalized(toks[q.from - 2]) && !matchTrigger(toks, q.from - 2)))) return true;
  return false;
}

interface AuxScan {
  /** Index after the subject (the first auxiliary, or the trigger). */
  end: number;
  passive: boolean;
  plural: boolean;
  singular: boolean;
  fatal: boolean;
  blocked: boolean;
  /** Index of a "both" among the auxiliaries ("they were both shot"), or -1. */
  both: number;
}

/** Walks left from a trigger over auxiliaries and adverbs ("were reportedly later"). */
function scanAux(toks: readonly Tok[], i: number): AuxScan {
  let j = i;
  const out: AuxScan = { end: i, passive: false, plural: false, singular: false, fatal: false, blocked: false, both: -1 };
  while (j > 0 && i - j < MAX_AUX) {
    const p = w(toks, j - 1);
    const prevTrigger = j >= 3 && p === 'and' ? matchTrigger(toks, j - 2) : null;
    if (prevTrigger && prevTrigger.words.length === 1) {
      j -= 2;
      continue;
    }
    // "Both died", "police said both were killed": "both" opens the subject (2), it is no adverb.
    if (p === 'both' && (j < 2 || toks[j - 2]?.kind === 'punct' || BOTH_OPENERS.has(w(toks, j - 2)))) break;
    if (HYPOTHETICAL.has(p) || NEGATION.has(p) || p.endsWith("n't")) out.blocked = true;
    else if (FATAL.has(p)) out.fatal = true;
    else if (!AUX.has(p) && !(p.endsWith('ly') && p.length > 4)) break;
    if (p === 'both') out.both = j - 1;
    if (BE.has(p)) out.passive = true;
    if (PLURAL_AUX.has(p)) out.plural = true;
    if (SINGULAR_AUX.has(p)) out.singular = true;
    j--;
  }
  out.end = j;
  return out;
}

function isNounPhraseWord(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (t.kind === 'num') return true;
  if (t.kind === 'punct') {
    if (t.w !== ',') return false;
    const a = toks[k - 1];
    const b = toks[k + 1];
    return a?.kind === 'num' || b?.kind === 'num' || (isCapitalized(a) && isCapitalized(b)) || (isCapitalized(b) && SINGULAR.has(a?.w ?? '')) ||
      b?.w === 'ages' || b?.w === 'aged' ||
      (b?.w === 'and' && isCapitalized(a) && isCapitalized(toks[k + 2]));
  }
  const x = t.w;
  if (x === 'at') return toks[k + 1]?.w === 'least' || toks[k + 1]?.w === 'most';
  // "Five shooting victims": a noun before "victims", not a verb.
  if ((x === 'shooting' || x === 'gunshot') && /^victims?$/.test(toks[k + 1]?.w ?? '')) return true;
  if (STOPS.has(x) && x !== 'and') return false;
  if (CALENDAR.has(x)) return false;
  if (DET.has(x) || SINGULAR.has(x) || PLURAL.has(x) || NONE.has(x) || x === 'and' || x === "one's") return true;
  if (numberWordValue(x) !== null || /^(?:hundred|thousand|million|billion)$/.test(x) || x === 'dozen' || x === 'dozens' || x === 'hundreds' || x === 'thousands' || x === 'tens' || x === 'scores') return true;
  if (isCapitalized(t)) return true;
  if (x.endsWith('-old') || x.endsWith("'s") || x.endsWith('s')) return true;
  // "two hikers and their guide": a second conjunct's noun of a person's trade (personNoun).
  if (((w(toks, k - 2) === 'and' && OWNER.test(w(toks, k - 1))) || (w(toks, k - 1) === 'and' && x.includes('-'))) && agentNoun(x)) return true;
  return /^(?:couple|younger|older|little|baby|infant|young|old|elderly|unidentified|unknown|unarmed|armed|innocent|local|other|estranged|former|longtime|adoptive|biological|injured|wounded|unnamed|alleged|pregnant|teenage|foreign|enemy|military|police|border|security|government|army|rebel|civilian|off-duty|on-duty|masked|lone|suspected|second|third|fourth|fifth)$/.test(x);
}

interface Subject {
  count: number;
  low: number | null;
  high: number | null;
  from: number;
  speaker: boolean;
  bare: boolean;
  civilian: boolean;
  /** The counted conjuncts, when figures were added up (Mention.parts). */
  parts?: Part[];
}

/** Counts one conjunct of a subject: a figure, "both", "none", or a singular person. */
function countConjunct(toks: readonly Tok[], a: number, b: number, singularAux: boolean, part: boolean, pluralAux = false): (Omit<Subject, 'from' | 'speaker' | 'civilian'> & { things?: boolean }) | null {
  let q: Quantity | null = null;
  for (let k = a; k < b; k++) {
    const cand = readQuantity(toks, k);
    if (cand && cand.to <= b && !isNotCount(toks, cand)) {
      // "four of the five victims were killed": the part, not the whole ("one of the three men shot" is the whole).
      if (part && q && w(toks, q.to) === 'of') break;
      q = cand;
      k = cand.to - 1;
    }
  }
  let hasNoun = false;
  let singular = false;
  let none = false;
  let both = false;
  for (let k = a; k < b; k++) {
    const x = w(toks, k);
    if (PLURAL.has(x) && x !== 'more') hasNoun = true;
    if (SINGULAR.has(x) || x.endsWith('-old') || (pluralAux && k === b - 1 && k > a && !isCapitalized(toks[k]) && personNoun(toks, a, x))) singular = true;
    if (NONE.has(x) || (x === 'one' && w(toks, k - 1) === 'no')) none = true;
    if (x === 'both') both = true;
    if (isCapitalized(toks[k]) && k > a) hasNoun = true;
  }
  if (none) return { count: 0, low: null, high: null, bare: false };
  // "four people and two vehicles were shot", "two cars were hit by gunfire": things, not people.
  for (let k = a; k < b; k++) if (THINGS.has(w(toks, k))) return { count: 0, low: null, high: null, bare: true, things: true };
  // "17 scenes, 7 dead": in a headline list, a figure of things is no count of people.
  if (q && headline && w(toks, b) === ',' && q.to < b && !hasNoun && !singular && /s$/.test(w(toks, b - 1)) && !isCapitalized(toks[b - 1])) return null;
  if (q) return { count: q.value, low: q.low, high: q.high, bare: !hasNoun && !singular };
  // "the couple were found dead": two people.
  if (w(toks, b - 1) === 'couple') return { count: 2, low: null, high: null, bare: false };
  if (both) return { count: 2, low: null, high: null, bare: !hasNoun };
  if (singular) return { count: 1, low: null, high: null, bare: false };
  // "Montez Graves, 31, and Ronnie Graves, 54, were killed": each name under a plural verb is one person; not a known
  // place after a preposition ("Five were killed in Kharkiv and three people were killed in Odesa").
  if (pluralAux && isNameRun(toks, a, b) && !(b - a === 1 && PLACE_PREPOSITIONS.has(w(toks, a - 1)) && lookupPlace((toks[a] as Tok).raw) !== null)) return { count: 1, low: null, high: null, bare: false };
  // "a shooting that left Ann Lee, 29, dead", "leaving Fryberg and a student dead": a name as the object of "left"
  // before "dead" is one person, as it is before a singular verb.
  // "Police found Ray shot to death": so is a name as the object of "found" before the participle.
  if (((LEFT_VERBS.has(w(toks, a - 1)) && leftDead(toks, b)) || (FOUND_VERBS.has(w(toks, a - 1)) && /^(?:shot|dead|slain|killed)$/.test(w(toks, b)) && w(toks, b + 1) !== 'up')) && isNameRun(toks, a, b)) {
    return { count: 1, low: null, high: null, bare: false };
  }
  // "Shellsea was killed", "the player is dead": one named or determined person with a singular verb.
  if (singularAux && (isCapitalized(toks[a]) || /^(?:a|an|the|his|her|their|its|another)$/.test(w(toks, a)))) {
    return { count: 1, low: null, high: null, bare: false };
  }
  return null;
}

/** Prepositions before a place's name. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'outside', 'across', 'into', 'to', 'of', 'on']);

/** Determiners before a noun of one person ("a translator", "their guide"). */
const OWNER = /^(?:a|an|the|his|her|their|its|our)$/;

/**
 * "Two soldiers and a translator were killed", "two hikers and their guide", "the pilot and co-pilot": one conjunct of
 * a plural subject that is a determiner and a noun of a person's trade not listed (a known person noun after a hyphen,
 * or an agent noun: -er, -or, -ist, -ian, -ant), one person.
 */
function personNoun(toks: readonly Tok[], a: number, x: string): boolean {
  return agentNoun(x) && (x.includes('-') || OWNER.test(w(toks, a)));
}

function agentNoun(x: string): boolean {
  const dash = x.lastIndexOf('-');
  if (dash > 0) return SINGULAR.has(x.slice(dash + 1)) && !PRONOUN_OBJECTS.has(x.slice(dash + 1));
  return /(?:[^e]er|or|ist|ian|ant|guide)$/.test(x) && !THINGS.has(`${x}s`) && !NON_PERSON.has(`${x}s`);
}

const LEFT_VERBS = new Set(['left', 'leaving', 'leaves', 'leave']);
const FOUND_VERBS = new Set(['found', 'find', 'finds', 'discovered']);
/** Verbs that give the name of someone a reduced passive tells of ("identify man killed"). */
const IDENTIFY_VERBS = new Set(['identify', 'identifies', 'identified', 'identifying', 'name', 'names', 'named', 'naming']);

/** "dead" at `b`, or after "and" and a short second conjunct ("Fryberg and a female student dead"). */
function leftDead(toks: readonly Tok[], b: number): boolean {
  if (w(toks, b) === 'dead') return true;
  if (w(toks, b) !== 'and') return false;
  for (let k = b + 1; k < b + 8; k++) {
    const t = toks[k];
    if (!t || (t.kind === 'punct' && t.w !== ',') || t.w === 'and') return false;
    if (t.w === 'dead') return true;
  }
  return false;
}

/** A person's name with an optional age ("Ronnie Graves, 54,", "Ann Lee Jr."): capitalised words that name no side. */
function isNameRun(toks: readonly Tok[], a: number, b: number): boolean {
  let words = 0;
  for (let k = a; k < b; k++) {
    const t = toks[k] as Tok;
    if (t.w === ',' || t.w === '.' || t.w === 'jr' || t.w === 'sr') continue;
    if (t.kind === 'num') {
      if (w(toks, k - 1) !== ',') return false;
      continue;
    }
    if (!isCapitalized(t) || NOT_NAMES.has(t.w) || SINGULAR.has(t.w) || PLURAL.has(t.w) || canonicalParty(t.raw)) return false;
    words++;
  }
  return words > 0 && words <= 4 && isCapitalized(toks[a]);
}

/**
 * The subject left of `end` (not reaching back to `floor`, where an earlier figure ends): its extent and its count,
 * or null when it gives no figure. "Two victims, a man and a woman, died": a counted phrase before an appositive.
 */
function subjectLeft(toks: readonly Tok[], end: number, plural: boolean, singularAux: boolean, part = false, floor = 0): Subject | null {
  const direct = subjectBefore(toks, end, plural, singularAux, part, floor);
  const mark = w(toks, end - 1);
  // "Three victims, a man, a woman, and a boy, were": a direct subject that starts after a comma may be the tail of an
  // appositive list; the counted head before it wins when it counts more.
  if (!direct && !singularAux && !APPOSITION_MARKS.has(mark)) return locativeSubject(toks, end, plural, part, floor);
  // "Four people, including an 11-year-old, were shot": the tail after "including" is part of the counted head.
  const tail = direct && (w(toks, direct.from - 1) === ',' || (w(toks, direct.from - 1) === 'including' && w(toks, direct.from - 2) === ','));
  if ((direct && (mark !== ',' || !tail)) || singularAux || !APPOSITION_MARKS.has(mark)) return direct;
  let best = direct;
  for (let c = end - 2; c > floor && end - c <= MAX_APPOSITION; c--) {
    const x = w(toks, c);
    // "Four others, Ann Lee, 41; Bo Park, 22; and Cy Young, were injured": a semicolon list inside the appositive.
    if (x === '.' || (x === ';' && mark !== ',') || x === ':' || x === 'said' || x === 'say' || x === 'says') break;
    if (x !== mark) continue;
    const s = subjectBefore(toks, c, plural, false, part, floor);
    // "The sister of the two boys, Ann Lee, died" is about the sister.
    if (s && s.count >= 2 && hasDigitOrWord(toks, s.from, c) && !headedBySingular(toks, s.from - 1, c)) {
      if (!best) best = s;
      // The head's figure is a word or digits of its own ("Three victims"), not an age inside the list.
      else if (s.count > best.count && isFigureHead(toks, s.from)) return s;
    }
  }
  return best;
}

const LOCATIVES = new Set(['in', 'inside', 'at', 'outside', 'near', 'on', 'from', 'between', 'with']);

/**
 * "Three other men inside the home were injured", "two people in the car were shot": a counted subject followed by a
 * short place phrase (a preposition and up to four words, no punctuation), a short relative clause or an "of" phrase.
 */
function locativeSubject(toks: readonly Tok[], end: number, plural: boolean, part: boolean, floor: number): Subject | null {
  for (let k = end - 2; k > floor && end - k <= 10; k--) {
    const t = toks[k] as Tok;
    if (t.kind === 'punct' || matchTrigger(toks, k)) return null;
    // "Three troopers who entered the home were wounded": a short relative clause, like a place phrase; "Four
    // residents of the town were killed", "three members of the same family": a short "of" phrase.
    if (!LOCATIVES.has(t.w) && t.w !== 'who' && t.w !== 'of') continue;
    // The place phrase is short; "between the ages of 18 and 23" may run longer.
    if (end - k > 6 && t.w !== 'between' && t.w !== 'who') continue;
    const s = subjectBefore(toks, k, plural, false, part, floor);
    return s && s.count >= 2 && (isFigureHead(toks, s.from) || w(toks, s.from) === 'both') && !s.bare ? s : null;
  }
  return null;
}

/** A figure alone from `from` to `to`, with or without a modifier ("4", "more than 40"). */
function bareFigure(toks: readonly Tok[], from: number, to: number): boolean {
  if (to - from === 1) return isFigureHead(toks, from);
  const q = readQuantity(toks, from);
  return q !== null && q.to === to && isFigureHead(toks, to - 1);
}

/** A subject opening with a plain figure ("Three victims", "4 men"), not an age ("25-year-old"). */
function isFigureHead(toks: readonly Tok[], from: number): boolean {
  const t = toks[from];
  return t !== undefined && (numberWordValue(t.w) !== null || /^\d+$/.test(t.w));
}

/** "Both Bass and his daughter": two, whatever each conjunct says. */
function bothAnd(toks: readonly Tok[], from: number, end: number): Subject | null {
  if (w(toks, from) !== 'both' || toks[from + 1]?.kind === 'num') return null;
  let ands = 0;
  for (let k = from + 2; k < end - 1; k++) if (w(toks, k) === 'and') ands++;
  if (ands !== 1) return null;
  return { count: 2, low: null, high: null, from, speaker: false, bare: false, civilian: false };
}

/**
 * Headlines join subjects with commas: "2 adults, 3 children dead", "Woman, 3-year-old killed". Only while reading a
 * title, and only before a figure or a person.
 */
let headline = false;

function headlineComma(toks: readonly Tok[], k: number): boolean {
  if (!headline || w(toks, k) !== ',') return false;
  const next = w(toks, k + 1);
  return toks[k + 1]?.kind === 'num' || numberWordValue(next) !== null || SINGULAR.has(next) || PLURAL.has(next) || next.endsWith('-old');
}

/**
 * "Ann Lee, 20, and Bo Park died": two names joined by "and" right before a verb that shows no number (past tense)
 * are a plural subject, so a list of names before them counts each name ("Ray West, Bo Dean and Al Hill died").
 */
function namesJoined(toks: readonly Tok[], end: number): boolean {
  const last = nameStart(toks, end);
  if (last < 0 || w(toks, last - 1) !== 'and') return false;
  return nameStart(toks, w(toks, last - 2) === ',' ? last - 2 : last - 1) >= 0;
}

/** Where a name ending at `end` starts ("Bo Park", "Bo Park, 22,", "22-year-old Bo Park"), or -1. */
function nameStart(toks: readonly Tok[], end: number): number {
  let k = end;
  if (w(toks, k - 1) === ',') k--;
  if (toks[k - 1]?.kind === 'num' && w(toks, k - 2) === ',') k -= 2;
  const close = k;
  while (k > 0 && close - k < 4 && isCapitalized(toks[k - 1])) k--;
  if (k >= close || !isNameRun(toks, k, close)) return -1;
  // "29-year-old Bo Park": the age before the name.
  return w(toks, k - 1).endsWith('-old') ? k - 1 : k;
}

/** "Ray West, Bo Dean and Al Hill were shot": a comma between two names in a list. */
function nameListComma(toks: readonly Tok[], k: number): boolean {
  if (w(toks, k) !== ',') return false;
  // "Ann Lee, 29-year-old Bo Park": an age before the next name.
  const n = w(toks, k + 1).endsWith('-old') ? k + 1 : k;
  if (!isCapitalized(toks[n + 1]) || !isCapitalized(toks[n + 2]) || canonicalParty((toks[n + 1] as Tok).raw)) return false;
  if (numberWordValue(w(toks, n + 1)) !== null || numberWordValue(w(toks, n + 2)) !== null) return false;
  // "Ann Lee, 20, Bo Park": the name before may end with an age.
  return isCapitalized(toks[k - 1]) || (toks[k - 1]?.kind === 'num' && w(toks, k - 2) === ',');
}

/**
 * "four federal law enforcement officers": up to three unknown lower-case modifiers between a figure and its noun.
 * Returns where the figure starts, or `from` when there is none.
 */
function modifiersBack(toks: readonly Tok[], from: number, floor: number): number {
  const head = w(toks, from);
  if (!PLURAL.has(head) && !PLURAL.has(w(toks, from + 1)) && !PLURAL.has(w(toks, from + 2))) return from;
  for (let k = from - 1; k > floor && from - k <= 3; k--) {
    const t = toks[k] as Tok;
    if (t.kind !== 'word' || (STOPS.has(t.w) && t.w !== 'police') || isCapitalized(t) || matchTrigger(toks, k)) return from;
    const before = toks[k - 1];
    if (before && (before.kind === 'num' || numberWordValue(before.w) !== null)) return k - 1;
  }
  return from;
}

/** With "who"/"that" among the auxiliaries before `i`, the "of" the subject may not reach back over; else 0. */
function relativeFloor(toks: readonly Tok[], end: number, i: number): number {
  let rel = false;
  for (let k = end; k < i; k++) if (/^(?:who|that|which)$/.test(w(toks, k))) rel = true;
  if (!rel) return 0;
  for (let k = end - 1; k >= 0 && end - k <= MAX_SUBJECT; k--) {
    const x = w(toks, k);
    if (x === 'of') {
      // "two of the men who were shot" are two of those shot; "the father of a boy who was shot" is not shot.
      const p = toks[k - 1];
      return p && (p.kind === 'num' || numberWordValue(p.w) !== null || /^(?:all|some|each|both|none|many|several|most)$/.test(p.w)) ? 0 : k + 1;
    }
    if (x === '.' || x === ';') break;
  }
  return 0;
}

/** "his mother, grandmother and a friend were wounded": a comma between one-person nouns in a list. */
function nounListComma(toks: readonly Tok[], k: number): boolean {
  if (w(toks, k) !== ',' || !SINGULAR.has(w(toks, k - 1)) || PRONOUN_OBJECTS.has(w(toks, k - 1))) return false;
  const next = w(toks, k + 1);
  return (SINGULAR.has(next) && !PRONOUN_OBJECTS.has(next)) || /^(?:a|an|the|his|her|their)$/.test(next);
}

/** True when a phrase in [a, b) is one person "of" a group ("the sister of the two boys"). */
function headedBySingular(toks: readonly Tok[], a: number, b: number): boolean {
  for (let k = Math.max(a, 1); k < b; k++) if (w(toks, k) === 'of' && (SINGULAR.has(w(toks, k - 1)) || k === a)) return true;
  return false;
}

function subjectBefore(toks: readonly Tok[], end: number, plural: boolean, singularAux: boolean, part: boolean, floor: number): Subject | null {
  let from = end;
  for (;;) {
    while (from > floor && end - from < MAX_SUBJECT && (isNounPhraseWord(toks, from - 1) || headlineComma(toks, from - 1) || (plural && nounListComma(toks, from - 1)))) from--;
    const over = modifiersBack(toks, from, floor);
    if (over === from) break;
    from = over;
  }
  // "Girl, 10, Among 3 Wounded": the girl is one of the three, not one more.
  for (let k = end - 1; k > from; k--) {
    if (w(toks, k) === 'among') {
      from = k + 1;
      break;
    }
  }
  while (from < end && (w(toks, from) === 'and' || w(toks, from) === ',')) from++;
  if (from >= end) return null;
  // "between 40 and 90 villagers": one range, not two groups to add up.
  const at = w(toks, from) === 'between' ? from : w(toks, from - 1) === 'between' ? from - 1 : -1;
  if (at >= 0) {
    const range = readQuantity(toks, at);
    if (range && range.high !== null && range.to <= end) return { count: range.value, low: range.low, high: range.high, from: at, speaker: false, bare: range.to === end, civilian: false };
  }
  const two = bothAnd(toks, from, end);
  if (two) return two;
  let total = 0;
  let low: number | null = null;
  let high: number | null = null;
  let bare = true;
  let parts = 0;
  let things = 0;
  let civilianParts = 0;
  let start = from;
  let conj = from;
  const list: Part[] = [];
  for (let k = from; k <= end; k++) {
    if (k < end && w(toks, k) !== 'and' && !headlineComma(toks, k) && !(plural && (nameListComma(toks, k) || nounListComma(toks, k)))) continue;
    // ", and" (a serial comma) leaves nothing between the two.
    if (k === conj && parts > 0 && w(toks, k - 1) === ',') {
      conj = k + 1;
      continue;
    }
    const c = countConjunct(toks, conj, k, singularAux && k === end, part, plural);
    if (!c) {
      // An uncounted first conjunct ("Police said Sunday a man") is not part of the subject.
      if (parts === 0) {
        conj = k + 1;
        start = k + 1;
        continue;
      }
      // "two juveniles ages 14 and 15": the last age is not a conjunct.
      if (isAgeList(toks, conj)) {
        conj = k + 1;
        continue;
      }
      return null;
    }
    // "has infected 200 people and 4 have died": a bare figure next to the verb after a counted noun is its own
    // subject, not a second conjunct.
    if (parts > 0 && k === end && c.bare && !c.things && !bare && things === 0 && bareFigure(toks, conj, k)) {
      total = 0;
      parts = 0;
      civilianParts = 0;
      bare = true;
      start = conj;
      list.length = 0;
    }
    if (c.things) things++;
    if (hasCivilian(toks, conj, k)) civilianParts++;
    total += c.count;
    if (c.count > 0) list.push({ count: c.count, from: conj, to: k });
    low = parts === 0 ? c.low : null;
    high = parts === 0 ? c.high : null;
    bare = bare && c.bare;
    parts++;
    conj = k + 1;
  }
  if (parts === 0 || things === parts) return null;
  // "a 16 and 17-year-old were shot": two ages of two people, the first without its "-year-old".
  if (parts === 1 && total === 1 && w(toks, start).endsWith('-old') && w(toks, start - 1) === 'and' && toks[start - 2]?.kind === 'num') {
    total = 2;
    start -= w(toks, start - 3) === 'a' ? 3 : 2;
  }
  if (parts === 1 && total === 1 && plural && !hasDigitOrWord(toks, start, end)) return null;
  let speaker = false;
  for (let k = start; k < end; k++) if (SPEAKER.has(w(toks, k))) speaker = true;
  // "three officers and one civilian": civilians only when every conjunct is ("two civilians and a child" is not
  // told apart either way, so only a conjunct naming someone else breaks it).
  const civilian = parts === 1 ? hasCivilian(toks, start, end) : civilianParts === parts;
  return { count: total, low, high, from: start, speaker, bare, civilian, ...(list.length >= 2 && list.length === parts ? { parts: list } : {}) };
}

function hasCivilian(toks: readonly Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (CIVILIAN.has(w(toks, k))) return true;
  return false;
}

function hasDigitOrWord(toks: readonly Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (toks[k]?.kind === 'num' || numberWordValue(w(toks, k)) !== null) return true;
  return false;
}

/** "her" at `k` before a word that is not a preposition or a conjunction ("at her home", not "at her while"). */
export function isPossessiveHer(toks: readonly Tok[], k: number): boolean {
  const next = toks[k + 1];
  return next !== undefined && next.kind === 'word' && !/^(?:in|at|on|and|with|while|as|after|before|during|inside|outside|near|when)$/.test(next.w);
}

/** The object right of `start` ("three people", "a man", "himself"), or null. */
function objectRight(toks: readonly Tok[], start: number, deaths = false): (Subject & { to: number }) | null {
  const first = objectOne(toks, start);
  if (!first) return null;
  // "killed his wife and two children", "shot a man and a woman": conjoined objects add up.
  let out = first;
  let closed = first;
  for (let n = 0; n < 4 && (w(toks, out.to) === 'and' || w(toks, out.to) === ','); n++) {
    // "his mother, stepfather, and grandmother": a list closed by "and"; a comma alone opens an appositive ("a girl,
    // his niece").
    // A headline's comma joins like "and" ("wounded an 8-year-old, 2 others").
    const and = w(toks, out.to) === 'and' || w(toks, out.to + 1) === 'and' || (headline && w(toks, out.to) === ',' && (toks[out.to + 1]?.kind === 'num' || numberWordValue(w(toks, out.to + 1)) !== null));
    const at = w(toks, out.to) === ',' && w(toks, out.to + 1) === 'and' ? out.to + 2 : out.to + 1;
    // "killed her daughter, Meredith Lee, and her father": the name after a comma is the daughter's.
    let appositive = w(toks, out.to) === ',' && SINGULAR.has(w(toks, out.to - 1)) ? nameRunAt(toks, at) : at;
    if (appositive > at && w(toks, appositive) === ',' && toks[appositive + 1]?.kind === 'num' && w(toks, appositive + 2) === ',') appositive += 2;
    if (appositive > at && w(toks, appositive) === ',') {
      out = { ...out, to: appositive };
      continue;
    }
    // "killed his wife, two children and then himself", "killed 2 children, herself": the shooter as the last conjunct.
    const self = w(toks, at) === 'then' ? at + 1 : at;
    if (deaths && /^(?:himself|herself|self)$/.test(w(toks, self)) && (and || w(toks, out.to) === ',')) {
      out = { ...out, count: out.count + 1, low: null, high: null, to: self + 1, bare: false, parts: undefined };
      closed = out;
      break;
    }
    const next = objectOne(toks, at, true);
    if (!next || next.bare || matchTrigger(toks, next.to) || hasTrigger(toks, out.to + 1, next.to)) break;
    out = { ...out, count: out.count + next.count, low: null, high: null, to: next.to, bare: false, civilian: out.civilian && next.civilian, parts: [...(out.parts ?? [{ count: out.count, from: out.from, to: out.to }]), { count: next.count, from: next.from, to: next.to }] };
    if (and) closed = out;
  }
  return closed;
}

const PRONOUN_OBJECTS = new Set(['he', 'she', 'him', 'himself', 'herself', 'one']);

/** The end of a person's name starting at `k` ("Ann Lee", "Eddie Lyons Jr."), or `k` when there is none. */
function nameRunAt(toks: readonly Tok[], k: number): number {
  let j = k;
  while (j < toks.length && j - k < 4 && isCapitalized(toks[j]) && !NOT_NAMES.has(w(toks, j)) && !canonicalParty((toks[j] as Tok).raw)) j++;
  return j;
}

/**
 * Whether the phrase in [a, b) counts only others ("two others", "a woman and two other men"): not when it joins
 * someone named or he/she to them ("he and four others", "Lee and the four other teens", "shot him and two others" count
 * him too).
 */
function hasOther(toks: readonly Tok[], a: number, b: number): boolean {
  const first = w(toks, a);
  // "shot him and two others": the one told of before is among them ("her" is as often a possessive: left alone).
  const known = first === 'he' || first === 'she' || first === 'him' || (isCapitalized(toks[a]) && !DET.has(first) && !SINGULAR.has(first) && numberWordValue(first) === null);
  for (let k = a; k < b; k++) {
    const x = w(toks, k);
    if (x === 'and' && known) return false;
    if (x === 'other' || x === 'others') return true;
  }
  return false;
}

function hasTrigger(toks: readonly Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (matchTrigger(toks, k)) return true;
  return false;
}

/** Words before a figure of people an object may open with: "his two sons", "the three men". */
const OWNERS = new Set(['his', 'her', 'their', 'the']);

function objectOne(toks: readonly Tok[], start: number, listed = false): (Subject & { to: number }) | null {
  // "shot all three": the figure after "all".
  let k = w(toks, start) === 'all' && readQuantity(toks, start + 1) ? start + 1 : start;
  const one = (to: number): Subject & { to: number } => ({ count: 1, low: null, high: null, from: k, to, speaker: false, bare: false, civilian: false });
  const x0 = w(toks, k);
  // "killing her and another woman": a pronoun object (not "her son").
  if ((x0 === 'him' || x0 === 'her') && w(toks, k + 1) === 'and') return one(k + 1);
  // "killed them both", "shot both children".
  if (x0 === 'them' && w(toks, k + 1) === 'both') return { ...one(k + 2), count: 2 };
  if (x0 === 'both' && PLURAL.has(w(toks, k + 1))) return { ...one(k + 2), count: 2 };
  // "shot a woman and a man, killing both.": the two just named.
  if (x0 === 'both' && (k + 1 >= toks.length || toks[k + 1]?.kind === 'punct')) return { ...one(k + 1), count: 2 };
  // "killed a family of five": the family's members.
  if ((x0 === 'a' || x0 === 'an') && w(toks, k + 1) === 'family' && w(toks, k + 2) === 'of') {
    const members = numberWordValue(w(toks, k + 3)) ?? (/^\d{1,2}$/.test(w(toks, k + 3)) ? Number(w(toks, k + 3)) : null);
    if (members !== null && members >= 2) return { ...one(k + 4), count: members };
  }
  // "killed Ann Lee and her daughter", "his mother, stepfather, and grandmother" (an appositive name after a comma is
  // no new person: "her daughter, Kim").
  const afterComma = w(toks, start - 1) === ',';
  if (listed && SINGULAR.has(x0) && !PRONOUN_OBJECTS.has(x0)) return one(k + 1);
  // "killed his two sons", "shot their three young children", "killed the two men": a figure after a possessive or
  // "the", with a noun of people (not "shot her 2 times").
  if (OWNERS.has(x0) && readQuantity(toks, k + 1)) {
    const owned = objectOne(toks, k + 1);
    if (owned && !owned.bare && owned.count >= 2) return { ...owned, from: k };
  }
  // "killed 30-year-old Rachael Johnson and her son", "killed Ann Lee, 21, and Bo Park, 22".
  const at = x0.endsWith('-old') && toks[k]?.kind === 'num' ? k + 1 : k;
  const name = nameRunAt(toks, at);
  if (name > at) {
    const end = w(toks, name) === ',' && toks[name + 1]?.kind === 'num' && (w(toks, name + 2) === ',' || w(toks, name + 2) === 'and') ? name + 2 : name;
    const next = w(toks, end) === ',' ? w(toks, end + 1) : w(toks, end);
    if ((listed && !afterComma) || next === 'and') return one(end);
  }
  if (w(toks, k) === 'and' && matchTrigger(toks, k + 1)) return null;
  const q = readQuantity(toks, k);
  // "1 killed 3 injured": the figure belongs to the next participle.
  if (q && matchTrigger(toks, q.to)?.form === 'passive') return null;
  if (q && !isNotCount(toks, q)) {
    let to = q.to;
    let civilian = false;
    let hasNoun = false;
    while (to < toks.length && to - q.to < 4 && isNounPhraseWord(toks, to) && w(toks, to) !== 'and' && w(toks, to) !== ',') {
      if (CIVILIAN.has(w(toks, to))) civilian = true;
      if (PLURAL.has(w(toks, to)) || SINGULAR.has(w(toks, to))) hasNoun = true;
      to++;
    }
    // "killed 2013" or "killing 3 p.m." were filtered above; "killing one" still needs a person or nothing after it.
    return { count: q.value, low: q.low, high: q.high, from: q.from, to, speaker: false, bare: !hasNoun, civilian };
  }
  const x = w(toks, k);
  if (x === 'himself' || x === 'herself' || (headline && x === 'self')) return { count: 1, low: null, high: null, from: k, to: k + 1, speaker: false, bare: false, civilian: false };
  // "Teen shoots 5-year-old boy", "Man shoots neighbor": a headline drops the article before its object.
  // Not after a participle: "Wounded teen", "slain girl" name someone, not an object.
  if (headline && !listed && /(?:s|ing)$/.test(w(toks, k - 1))) {
    const head = x.endsWith('-old') && SINGULAR.has(w(toks, k + 1)) ? k + 1 : k;
    if (SINGULAR.has(w(toks, head)) && !PRONOUN_OBJECTS.has(w(toks, head)) && !PLURAL.has(w(toks, head + 1))) return one(head + 1);
  }
  if (DET.has(x) && x !== 'of' && x !== 'more' && x !== 'others') {
    for (let j = k + 1; j < toks.length && j <= k + 4; j++) {
      const y = w(toks, j);
      if (y === 'couple' && w(toks, j + 1) !== 'of') return { ...one(j + 1), count: 2 };
      const ageHead = y.endsWith('-old') && !isNounPhraseWord(toks, j + 1);
      if ((SINGULAR.has(y) && y !== 'one' && y !== 'he' && y !== 'she') || ageHead || (y.endsWith('-old') && w(toks, j + 1) === 'and')) {
        if (x === 'the' && PLURAL_AUX.has(w(toks, j + 1))) return null;
        return { count: 1, low: null, high: null, from: k, to: j + 1, speaker: false, bare: false, civilian: CIVILIAN.has(y) };
      }
      if (!isNounPhraseWord(toks, j) || PLURAL.has(y) || y === 'and') break;
    }
  }
  return null;
}

function hasAlso(toks: readonly Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (w(toks, k) === 'also') return true;
  return false;
}

const ADDITIVE = new Set(['more', 'another', 'additional', 'further', 'second', 'new']);

function mention(kind: CasualtyKind, s: Subject, from: number, to: number, npTo: number, toks: readonly Tok[], object = false): Mention {
  let additive = false;
  let self = false;
  for (let k = s.from; k < npTo; k++) {
    if (ADDITIVE.has(w(toks, k))) additive = true;
    if (/^(?:himself|herself|self)$/.test(w(toks, k))) self = true;
  }
  return {
    kind, count: s.count, low: s.low, high: s.high, from, to, npFrom: s.from, npTo, speaker: s.speaker, bare: s.bare,
    civilian: s.civilian, additive, others: hasOther(toks, s.from, npTo), object: object && !self,
    self: object && self && npTo === s.from + 1,
    alsoHit: kind === 'shot' && !object && hasAlso(toks, npTo, to),
    ...(s.parts ? { parts: s.parts } : {}),
    // "A woman was also killed", "Three policemen were also killed": more dead besides those told before.
    also: kind === 'killed' && !object && (s.count === 1 ? /^(?:a|an|another)$/.test(w(toks, s.from)) || isNameRun(toks, s.from, npTo) : s.count >= 2 && s.low === null && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(w(toks, s.from)) && !hasOther(toks, s.from, npTo)) && hasAlso(toks, npTo, to),
  };
}

/** "no casualties were reported", "no injuries", "without casualties". */
function findNone(toks: readonly Tok[], i: number, trig: Trigger | null): Mention[] {
  const x = w(toks, i);
  const prev = w(toks, i - 1);
  const prev2 = w(toks, i - 2);
  const negated = prev === 'no' || prev === 'without' || (prev2 === 'no' && /^(?:other|further|serious|immediate|reported|known|major|more)$/.test(prev));
  if (!negated) return [];
  const at = prev === 'no' || prev === 'without' ? i - 1 : i - 2;
  const zero: Subject = { count: 0, low: null, high: null, from: at, speaker: false, bare: false, civilian: false };
  if (NONE_BOTH.has(x)) return [mention('killed', zero, at, i + 1, i + 1, toks), mention('wounded', zero, at, i + 1, i + 1, toks)];
  if (trig && trig.form === 'noun') return [mention(trig.kind, zero, at, i + trig.words.length, i + 1, toks)];
  return [];
}

function tollMention(toks: readonly Tok[], i: number, trig: Trigger): Mention | null {
  const end = tollVerbAfterPhrase(toks, i + trig.words.length);
  for (let k = end; k < toks.length && k < end + 6; k++) {
    const x = w(toks, k);
    if (x === '.' || x === ';') break;
    const q = readQuantity(toks, k);
    if (q && !isNotCount(toks, q)) {
      const s: Subject = { count: q.value, low: q.low, high: q.high, from: q.from, speaker: false, bare: true, civilian: false };
      return mention(trig.kind, s, i, q.to, q.to, toks);
    }
    if (!TOLL_VERBS.has(x) && !TOLL_LINKS.has(x)) break;
  }
  return null;
}

/** Verbs that tell a toll's figure after it ("rose to 300", "has risen to 45"). */
const TOLL_VERBS = new Set(['rose', 'risen', 'climbed', 'jumped', 'increased', 'reached', 'stands', 'stood', 'hit', 'grew', 'grown', 'surpassed', 'passed', 'topped', 'exceeded', 'has', 'had', 'is', 'was']);
/** Other words that may stand between a toll and its figure ("the toll now stands at", "rising to", ","). */
const TOLL_LINKS = new Set(['have', 'now', 'later', 'since', 'further', 'at', 'to', 'of', 'already', 'rising', 'climbing', 'reaching', 'standing', 'increasing', 'jumping', 'hitting', 'passing', 'topping', 'exceeding', ',']);

/**
 * Where the figure of a toll may start to be looked for: right after the trigger, or after a phrase that says what the
 * toll is of and the verb that follows it ("the death toll from the earthquake rose to 300", "the toll from Sunday's
 * attack has risen to 45").
 */
function tollVerbAfterPhrase(toks: readonly Tok[], end: number): number {
  const prep = w(toks, end);
  if (prep !== 'from' && prep !== 'in') return end;
  for (let k = end + 1; k < toks.length && k <= end + 8; k++) {
    const x = w(toks, k);
    if (TOLL_VERBS.has(x)) return k;
    if (x === '.' || x === ';' || x === ',') break;
  }
  return end;
}

const TAKERS = new Set(LIFE_TAKERS);

/** Nouns that count acts of killing: a figure of them is one incident's dead only when small and not a series. */
const SERIES_NOUNS = new Set(['killings', 'slayings']);
/** Largest figure of killings read as one incident's dead (more is a city's or a year's tally). */
const SERIES_MAX = 9;
/** Words between a figure and SERIES_NOUNS that make it a count of incidents. */
const SERIES_WORDS = new Set(['recent', 'separate', 'unrelated', 'other', 'previous', 'earlier', 'similar', 'more']);

/** Figure right before a noun trigger: "three deaths", "12 civilian fatalities". */
function nounMention(toks: readonly Tok[], i: number, trig: Trigger): Mention | null {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = toks[k] as Tok;
    if (t.kind === 'num' || numberWordValue(t.w) !== null || t.w === 'dozens' || t.w === 'hundreds' || t.w === 'thousands') {
      let from = k;
      while (from > 0 && i - from < 6 && (readQuantity(toks, from - 1)?.to ?? 0) > k) from--;
      const q = readQuantity(toks, from);
      if (!q || q.to > i || isNotCount(toks, q)) return null;
      // "claimed 23 lives", not "saved 100 lives".
      if (trig.words[0] === 'lives' && !TAKERS.has(w(toks, from - 1))) return null;
      // "five charred bodies", not "two different examination bodies": only words of a dead body between.
      if (trig.words[0] === 'bodies') for (let j = q.to; j < i; j++) if (!/(?:ed|ly)$|^(?:dead|more|other|lifeless|headless|additional|of|the|their|these|those|whose|people|victims)$/.test(w(toks, j))) return null;
      // "four Platte County killings", "4 gunfire slayings": the dead of one incident; not a tally of incidents ("299
      // killings in Baltimore", "the two most recent killings", "two separate slayings").
      if (SERIES_NOUNS.has(trig.words[0] as string)) {
        if (q.value > SERIES_MAX) return null;
        for (let j = q.to; j < i; j++) if (SERIES_WORDS.has(w(toks, j))) return null;
      }
      const s: Subject = { count: q.value, low: q.low, high: q.high, from, speaker: false, bare: true, civilian: false };
      return mention(trig.kind, s, from, i + trig.words.length, i, toks);
    }
    if (t.kind !== 'word' || STOPS.has(t.w)) return null;
  }
  if (w(toks, i + 1) === 'of' && trig.words[0] === 'death') {
    const o = objectRight(toks, i + 2);
    if (o) return mention(trig.kind, o, i, o.to, o.to, toks);
  }
  return null;
}

/**
 * A subject before a participle with no "was/were" reads as passive ("three killed", "Man shot in park") only when it
 * carries a figure or opens the sentence (a headline); otherwise the participle is an active verb ("he shot").
 */
function reducedPassive(toks: readonly Tok[], s: Subject, at: number): boolean {
  const first = w(toks, s.from);
  if (first === 'he' || first === 'she' || first === 'they' || first === 'who') return false;
  if (hasDigitOrWord(toks, s.from, s.from + 4) || /^(?:dozens|hundreds|thousands|tens|scores|both)$/.test(first)) return true;
  // "left a boy dead and a woman wounded": a small clause joined to one before it.
  if (w(toks, s.from - 1) === 'and' && /^(?:dead|killed|wounded|injured|hurt)$/.test(w(toks, s.from - 2))) return true;
  // "Officers found a man shot to death": the object of "found" with a participle, as "a man was found shot". Only a
  // new person ("a", "an", a name): "found the boy wounded" re-tells the state of a victim who later died.
  if (FOUND_VERBS.has(w(toks, s.from - 1)) && (first === 'a' || first === 'an' || isCapitalized(toks[s.from]))) return true;
  // "Police identify man killed in crash", "Police named the woman shot on Friday": the person whose name is given
  // (not "identify the suspect who shot a child": the participle must follow the noun).
  if (IDENTIFY_VERBS.has(w(toks, s.from - 1)) && !isCapitalized(toks[s.from])) {
    let k = s.from;
    while (k < at && !/^(?:who|that|which)$/.test(w(toks, k))) k++;
    if (k === at) return true;
  }
  return s.from === 0;
}

/**
 * "was shot in the head and pronounced dead", "were wounded and later died": a verb joined by "and" to the previous
 * mention of the sentence shares its subject.
 */
function coordinated(toks: readonly Tok[], at: number, kind: CasualtyKind, i: number, end: number, previous: Mention | null): Mention | null {
  if (!previous || w(toks, at - 1) !== 'and' || previous.kind === kind || previous.to > at) return null;
  for (let k = previous.to; k < at - 1; k++) if (/^[.;:]$/.test(w(toks, k)) || w(toks, k) === 'who' || matchTrigger(toks, k)) return null;
  if (previous.npFrom >= previous.from && previous.npTo <= previous.to && previous.npFrom < previous.npTo) {
    return { ...previous, kind, from: i, to: end, additive: false };
  }
  return null;
}

/** Participles of a hurt that open a reduced relative clause ("a man injured in a shooting"). */
const REDUCED_PARTICIPLES = new Set(['injured', 'wounded', 'shot', 'hurt', 'hospitalized', 'hospitalised', 'struck', 'hit', 'grazed']);

/** Farthest a main verb may stand after the relative clause's casualty word ("who was shot on Main Street on Monday has died"). */
const RELATIVE_REACH = 12;

/**
 * "The boy who was shot on Monday has died", "a man who shot himself died": a death whose subject carries a relative
 * clause with the previous mention of the sentence is that subject's death: it replaces the mention (those hit who
 * died are dead, not hit besides). The clause must run to the verb with no punctuation, conjunction or other casualty
 * word ("The man, who was shot, died" is read by the subject scan).
 */
function relativeDeath(toks: readonly Tok[], at: number, kind: CasualtyKind, i: number, end: number, previous: Mention | null): Mention | null {
  if (kind !== 'killed' || !previous || (previous.kind !== 'shot' && previous.kind !== 'wounded') || previous.to > at || at - previous.to > RELATIVE_REACH) return null;
  // "the father of a boy who was shot has died": the clause hangs on the boy, the death may be the father's.
  if (w(toks, previous.from - 1) === 'of') return null;
  // The death is the main verb: "the shooting that killed" is the relative clause's own.
  for (let k = at; k < i; k++) if (/^(?:who|that|which)$/.test(w(toks, k))) return null;
  for (let k = previous.to; k < at; k++) {
    const x = w(toks, k);
    // "in a shooting", "in Sunday's shooting": the noun, not the verb.
    if (x === 'shooting' && (w(toks, k - 1) === 'a' || w(toks, k - 1) === 'the' || w(toks, k - 1).endsWith("'s") || w(toks, k - 2) === 'a' || w(toks, k - 2) === 'the')) continue;
    if (toks[k]?.kind === 'punct' || x === 'and' || x === 'or' || x === 'who' || x === 'that' || matchTrigger(toks, k)) return null;
  }
  // "The boy who was shot": the counted subject, then "who"/"that"; "A man injured in a shooting last week has died": the
  // counted subject, then its participle with no "was" (a reduced relative clause).
  const reduced = REDUCED_PARTICIPLES.has(w(toks, previous.npTo)) && !AUX.has(w(toks, previous.npTo - 1));
  if (previous.npFrom === previous.from && previous.npFrom < previous.npTo && (/^(?:who|that)$/.test(w(toks, previous.npTo)) || reduced)) {
    // "Two of the four people who were shot died": two of those hit dead, the others hit still (a mention besides).
    if (w(toks, previous.from + 1) === 'of') {
      const q = readQuantity(toks, previous.from);
      if (!q || q.to !== previous.from + 1) return null;
      return { ...previous, kind, count: q.value, low: q.low, high: q.high, from: i, to: end, npTo: q.to, additive: false, object: false };
    }
    return { ...previous, kind, to: end, additive: false, object: false, relative: true };
  }
  // "A boy who accidentally shot himself": the shooter alone after "who", its subject before it.
  if (!previous.self && !/^(?:himself|herself)$/.test(w(toks, previous.to - 1))) return null;
  let r = previous.from - 1;
  while (r > 0 && r >= previous.from - 3 && w(toks, r).endsWith('ly')) r--;
  if (!/^(?:who|that)$/.test(w(toks, r))) return null;
  const s = subjectBefore(toks, r, false, true, false, 0);
  if (!s || s.count !== 1) return null;
  return { ...previous, kind, count: 1, low: null, high: null, from: s.from, to: end, npFrom: s.from, npTo: r, additive: false, object: false, self: false, relative: true };
}

function hasJobNoun(toks: readonly Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (JOBS.has(w(toks, k))) return true;
  return false;
}

/** Who does the harm: one who disappears has fled the scene, no missing person. */
const OFFENDERS = new Set(['attacker', 'attackers', 'gunman', 'gunmen', 'shooter', 'shooters', 'assailant', 'assailants', 'robber', 'robbers', 'intruder', 'intruders', 'burglar', 'burglars', 'thief', 'thieves', 'suspect', 'suspects', 'culprit', 'culprits', 'perpetrator', 'perpetrators', 'kidnapper', 'kidnappers', 'abductor', 'abductors']);

/** Prepositions of a topic ("information on Prozac", "the file about Lee"): a name after one is no subject. */
const TOPIC_PREPS = new Set(['on', 'about', 'regarding', 'concerning']);

/**
 * "almost 1.5 million posts disappeared", "a couple of pictures missing", "information on Prozac was missing": a
 * counted phrase of things (MISSING_THING) with no person noun, a name the subject scan found after a preposition of
 * a topic, or an offender who disappeared (fled), reports no missing people.
 */
function missingThing(toks: readonly Tok[], m: Mention): boolean {
  if (TOPIC_PREPS.has(w(toks, m.npFrom - 1)) && isCapitalized(toks[m.npFrom])) return true;
  // "one suspect was captured", "the female suspect who was captured": an offender at the head.
  // "captured the man accused of shooting", "a man suspected of running away": one pursued.
  if (OFFENDERS.has(w(toks, m.npTo - 1)) || /^(?:accused|suspected|wanted)$/.test(w(toks, m.npTo))) return true;
  let thing = false;
  for (let k = m.npFrom; k < m.npTo; k++) {
    const x = w(toks, k);
    // "the attacker had disappeared by the time officers arrived": he fled; no one is missing.
    if (OFFENDERS.has(x)) return true;
    if (PLURAL.has(x) || SINGULAR.has(x)) return false;
    if (MISSING_THING.has(x)) thing = true;
  }
  return thing;
}

/**
 * An object of the verb "miss" at `k`: a pronoun or "both", or a determiner before a word that is no time ("reported
 * missing the morning of May 2").
 */
function missesObject(toks: readonly Tok[], k: number): boolean {
  return /^(?:both|them|him|it|his|their|its)$/.test(w(toks, k)) || (/^(?:the|a|an|her)$/.test(w(toks, k)) && /^[a-z]+$/.test(w(toks, k + 1)) && !/^(?:morning|night|day|evening|afternoon|weekend|week|next|same|following)$/.test(w(toks, k + 1)));
}

/** A mention for the trigger at `i` (subject, object or adjacent figure), or null. */
function mentionAt(toks: readonly Tok[], i: number, trig: Trigger, previous: Mention | null, floor: number): Mention | null {
  const end = i + trig.words.length;
  if (trig.form === 'toll') return tollMention(toks, i, trig);
  if (trig.form === 'noun') return nounMention(toks, i, trig);
  if (trig.form === 'gerund') {
    const fatal = FATAL.has(w(toks, i - 1)) ? 'killed' : trig.kind;
    const o = objectRight(toks, end, fatal === 'killed');
    // "lost four fighters", "has lost 31,000 soldiers"; not "lost four games", "lost 12 jobs".
    if (o && trig.words.length === 1 && trig.words[0] === 'lost' && !toks.slice(o.from, o.to).some((t) => LOST_FORCES.has(t.w))) return null;
    // "killed his wife" names whom someone killed; "the deaths of the couple" does not.
    return o ? mention(fatal, o, i, o.to, o.to, toks, trig.words[trig.words.length - 1] !== 'of') : null;
  }
  const aux = scanAux(toks, i);
  if (aux.blocked) return null;
  const kind: CasualtyKind = aux.fatal && (trig.kind === 'shot' || trig.kind === 'wounded') ? 'killed' : trig.kind;
  if (trig.form === 'passive' && !aux.passive) {
    const o = objectRight(toks, end, kind === 'killed');
    // "executed 35 search warrants": an object of "executed" must be people.
    if (o && o.bare && trig.words[0] === 'executed') return null;
    if (o) return mention(kind, o, i, o.to, o.to, toks, true);
    // "killed Victoria and injured one of the family dogs": after an object, a figure of things after the verb
    // (rejected above) means the same doer acted again; the object does not carry over.
    if (previous?.object && readQuantity(toks, end)) return null;
    // "The two men shot at them": they fired, no subject of a reduced passive ("Four shot at the apartments"); "her"
    // only as an object, not before a noun ("A woman shot at her home").
    const at = w(toks, end + 1);
    if (trig.words[0] === 'shot' && w(toks, end) === 'at' && (at === 'him' || at === 'them' || (at === 'her' && !isPossessiveHer(toks, end + 1)))) return null;
    // "A father and son captured a monster alligator", "One neighbor captured a car": the verb has an object (no
    // person), so it is active.
    if (trig.words[0] === 'captured' && DET.has(w(toks, end)) && w(toks, end) !== 'at') return null;
  }
  // "one of six people who were wounded": the relative clause is about the six.
  let who = false;
  for (let k = aux.end; k < i; k++) if (/^(?:who|that|which)$/.test(w(toks, k))) who = true;
  const finite = (aux.passive || trig.form === 'intransitive') && !who;
  // "the father of a boy who was shot": a relative clause hangs on the noun right before it.
  const relative = relativeFloor(toks, aux.end, i);
  const plural = aux.plural || (!aux.singular && !aux.passive && trig.form === 'intransitive' && namesJoined(toks, aux.end));
  const s = subjectLeft(toks, aux.end, plural, aux.singular, finite, Math.max(floor, relative));
  if (!s && aux.both >= 0) {
    // "they were both shot": two, whoever "they" are.
    const two: Subject = { count: 2, low: null, high: null, from: aux.both, speaker: false, bare: true, civilian: false };
    return mention(kind, two, aux.both, end, aux.both + 1, toks);
  }
  if (!s) return coordinated(toks, aux.end, kind, i, end, previous) ?? relativeDeath(toks, aux.end, kind, i, end, previous);
  if (trig.form === 'passive' && !aux.passive && !reducedPassive(toks, s, i)) return null;
  // "A man shot and killed a robbery suspect": a participle opening a sentence of the body before a determiner has an
  // object (read or not), so it is active, and its subject the doer.
  if (trig.form === 'passive' && !aux.passive && s.from === 0 && !headline && DET.has(w(toks, end)) && w(toks, end) !== 'at') return null;
  // "found all four with gunshot wounds"; no bare figure otherwise ("on Hwy 150 with a gunshot wound").
  if (trig.words[0] === 'with' && s.bare && !/^(?:all|both|the|those|these|,|)$/.test(w(toks, s.from - 1))) return null;
  // "All four victims were taken to the hospital": everyone hit, the dead too.
  const everyone = kind === 'wounded' && w(toks, s.from) === 'all' && /^(?:hospitals?|center)$/.test(trig.words[trig.words.length - 1] as string);
  return mention(everyone ? 'shot' : kind, s, s.from, end, aux.end, toks);
}

/** The fighters whose figure after "lost" is of the dead ("lost four fighters"). */
const LOST_FORCES = new Set(['soldiers', 'troops', 'fighters', 'servicemen', 'personnel', 'militants', 'rebels', 'officers', 'policemen', 'men', 'soldier', 'fighter']);

/** True when the sentence frames the figure as hypothetical or a threat ("if", "could"), before the trigger. */
function hypotheticalBefore(toks: readonly Tok[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 4; k--) {
    const x = w(toks, k);
    if (x === ',' || x === '.' || x === ';') break;
    if (HYPOTHETICAL.has(x) || x === 'denied' || x === 'denies' || x === 'deny') return true;
  }
  return counterfactualBefore(toks, from);
}

const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'when', 'after', 'before', 'because', 'where', 'while']);

/** Farthest back "could have" may stand before the verb it frames. */
const COUNTERFACTUAL_REACH = 12;

/**
 * "The bullet could have hit her in the heart and killed her": what did not happen, however far the verb stands from
 * "could have" in the clause.
 */
export function counterfactualBefore(toks: readonly Tok[], from: number): boolean {
  for (let k = from - 1; k > 0 && from - k <= COUNTERFACTUAL_REACH; k--) {
    const x = w(toks, k);
    // A new clause ("might have led to a shooting that left two dead") tells what did happen.
    if (x === '.' || x === ';' || x === ':' || CLAUSE_OPENERS.has(x)) return false;
    if (x === 'have' && /^(?:could|would|might)$/.test(w(toks, k - 1))) return true;
  }
  return false;
}

/** "two were shot, one fatally": a figure right before "fatally" is a death. */
function fatallyMention(toks: readonly Tok[], i: number): Mention | null {
  if (w(toks, i) !== 'fatally' || matchTrigger(toks, i + 1)) return null;
  const q = readQuantity(toks, i - 1) ?? readQuantity(toks, i - 3);
  if (!q || q.to !== i && !(w(toks, q.to) === 'of' && q.to + 2 === i)) return null;
  const s: Subject = { count: q.value, low: q.low, high: q.high, from: q.from, speaker: false, bare: true, civilian: false };
  return mention('killed', s, q.from, i + 1, q.to, toks);
}

/** "a quadruple shooting" (four hit), "a triple homicide" (three killed). */
function multipleMention(toks: readonly Tok[], i: number): Mention | null {
  const x = w(toks, i);
  const dash = x.indexOf('-');
  // "a triple-homicide suspect": one hyphenated word.
  if (dash > 0) {
    const n = MULTIPLE.get(x.slice(0, dash));
    const kind = MULTIPLE_NOUN.get(x.slice(dash + 1));
    if (n === undefined || kind === undefined) return null;
    const s: Subject = { count: n, low: null, high: null, from: i, speaker: false, bare: true, civilian: false };
    return mention(kind, s, i, i + 1, i + 1, toks);
  }
  const n = MULTIPLE.get(x);
  const kind = MULTIPLE_NOUN.get(w(toks, i + 1));
  if (n === undefined || kind === undefined) return null;
  const s: Subject = { count: n, low: null, high: null, from: i, speaker: false, bare: true, civilian: false };
  return mention(kind, s, i, i + 2, i + 2, toks);
}

/** "sent four people to the hospital", "left three others in the hospital": a counted group wounded. */
function hospitalMention(toks: readonly Tok[], i: number): Mention | null {
  if (!HOSPITAL_VERB.has(w(toks, i))) return null;
  const q = readQuantity(toks, i + 1);
  if (!q || isNotCount(toks, q)) return null;
  let k = q.to;
  while (k < toks.length && k - q.to < 3 && (PLURAL.has(w(toks, k)) || (SINGULAR.has(w(toks, k)) && !PRONOUN_OBJECTS.has(w(toks, k))) || /^(?:other|more|young|adult)$/.test(w(toks, k)))) k++;
  if (!/^(?:to|in|into)$/.test(w(toks, k))) return null;
  let h = k + 1;
  if (/^(?:the|a|an|area|local|two|several|different|nearby)$/.test(w(toks, h))) h++;
  if (!/^hospitals?$/.test(w(toks, h))) return null;
  const s: Subject = { count: q.value, low: q.low, high: q.high, from: q.from, speaker: false, bare: k === q.to, civilian: false };
  return mention('wounded', s, i, h + 1, k, toks);
}

/** Every word a figure can be found at (a trigger, "quadruple", "sent", "fatally"), besides negated words. */
const MENTION_WORDS = new Set([...TRIGGERS.keys(), ...MULTIPLE.keys(), ...HOSPITAL_VERB, ...PHRASE_STARTS, 'fatally']);
for (const m of MULTIPLE.keys()) for (const n of MULTIPLE_NOUN.keys()) MENTION_WORDS.add(`${m}-${n}`);
const MENTION_FILTER = new WordFilter(MENTION_WORDS);

/** Whether the word at `i` may follow a negation ("no", "without", "no other"), so findNone must look at it. */
function mayBeNegated(toks: readonly Tok[], i: number): boolean {
  const prev = w(toks, i - 1);
  return prev === 'no' || prev === 'without' || w(toks, i - 2) === 'no';
}

/** Every casualty figure in one sentence's tokens, in order; `title` for a headline (commas may join its subjects). */
export function findMentions(toks: readonly Tok[], title = false): Mention[] {
  headline = title;
  try {
    return mentionsOf(toks);
  } finally {
    headline = false;
  }
}

function mentionsOf(toks: readonly Tok[]): Mention[] {
  const out: Mention[] = [];
  let last = -1;
  for (let i = 0; i < toks.length; i++) {
    const x = w(toks, i);
    if (!(MENTION_FILTER.mayHave(x) && MENTION_WORDS.has(x)) && !mayBeNegated(toks, i)) continue;
    const trig = triggerAt(toks, i);
    const none = findNone(toks, i, trig);
    if (none.length > 0) {
      out.push(...none);
      continue;
    }
    const multiple = multipleMention(toks, i);
    if (multiple) {
      out.push(multiple);
      last = i + 1;
      i++;
      continue;
    }
    const hospital = hospitalMention(toks, i);
    if (hospital) {
      out.push(hospital);
      last = hospital.to - 1;
      i = hospital.to - 1;
      continue;
    }
    const fatal = fatallyMention(toks, i);
    if (fatal) {
      out.push(fatal);
      continue;
    }
    if (!trig) continue;
    // "almost lost her life", "nearly died": what did not happen.
    if (w(toks, i - 1) === 'almost' || w(toks, i - 1) === 'nearly') continue;
    // "shot and killed": the second verb carries the type.
    if (trig.words.length === 1 && w(toks, i + 1) === 'and' && matchTrigger(toks, i + 2)?.form === 'passive') continue;
    const m = mentionAt(toks, i, trig, out[out.length - 1] ?? null, last + 1);
    if (m?.relative) {
      out[out.length - 1] = m;
      last = m.to - 1;
      i = Math.max(i, m.to - 1);
      continue;
    }
    // "1,200 workers were displaced by the closure", "displaced 40 employees": jobs lost, not homes fled.
    if (m && m.kind === 'displaced' && hasJobNoun(toks, m.npFrom, m.npTo)) continue;
    // "The female suspect who was captured", "the gunman was captured": an arrest, no casualty.
    if (m && (m.kind === 'missing' || m.kind === 'captured') && missingThing(toks, m)) continue;
    // "firing at two others but missing both", "he was missing the shoe": the verb "miss" with an object.
    if (m && x === 'missing' && missesObject(toks, i + 1)) continue;
    // "He was taken immediately to the hospital": one person taken with an adverb is as often the one who died there
    // (told of elsewhere); a group ("two other people were taken privately to a hospital") counts.
    if (m && m.count < 2 && HOSPITAL_MOVES.has(trig.words[0] as string) && /ly$/.test(trig.words[1] as string)) continue;
    if (m && m.from > last && !hypotheticalBefore(toks, Math.min(m.from, i))) {
      out.push(m);
      last = m.to - 1;
      i = Math.max(i, m.to - 1);
    }
  }
  return out;
}
