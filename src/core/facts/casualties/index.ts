import { CASUALTY_STEMS, DEATH_CAUSE_STEMS, SPORT_WORDS, VIOLENCE_WORDS } from '../../lexicon/casualties.ts';
import { CUE, sentenceCues, trustedBits } from '../../text/cuescan.ts';
import { isoDate, MONTH_NAMES, monthNumber } from '../../text/dates.ts';
import type { Casualties, CasualtyEvent, Doc, Evidence, Sentence } from '../../types.ts';
import {
  hasConflictWord,
  hasCurrentCue,
  hasHistoricalCue,
  isLongBefore,
  nearestSource,
  partyIn,
  type Source,
  sentenceSources,
  sideBetween,
  statedDate,
  statedPlace,
  yearOf,
  type StatedDate,
} from './attribute.ts';
import { assemble, type Report, type VictimReport } from './dedupe.ts';
import { findMentions, type Mention, type Part } from './find.ts';
import { isCapitalized, tokenizeRange, tokenizeSpan, type Tok } from './tokens.ts';
import { canonicalParty, lookupPlace } from '../../lexicon/places.ts';
import { findVictims } from './victims.ts';
import { numberWordValue } from './numbers.ts';

/** Largest background figure a follow-up article may still be about (larger ones are statistics). */
const FOLLOW_UP_MAX = 100;

/**
 * Roundup totals over many incidents ("22 wounded in weekend shootings across the city", "in separate shootings", "in an unrelated incident"):
 * background to the incident an article is about. "A wave of attacks across Iraq killed 107" is not one: coordinated
 * attacks are the day's incident. The alternatives, each after a word boundary.
 */
/** What a wave of a day's attacks is made of: "a wave of attacks across Iraq on Monday killed 107". */
const COORDINATED = String.raw`(?:\w+ )?(?:attacks|bombings|blasts|explosions|airstrikes)\b`;
/** A wave or series of attacks no day dates ("a series of attacks across Paris, killing 130"): a roundup still. */
const WAVE = new RegExp(String.raw`\b(?:wave|series) of ${COORDINATED}`, 'i');
const AGGREGATE_WORDS = String.raw`(?:separate (?:shootings|incidents|attacks)|(?:in|during) (?:a|an|another) (?:separate|unrelated) (?:shooting|incident|attack)|(?:shootings|violence) across|across the city|citywide|city-wide|weekend shootings|weekend of violence|violent weekend|bloody weekend|holiday weekend|(?:others|people) have been (?:shot|wounded|killed)(?: across| since| in the city| this)|violent night|violent day|string of|rash of|(?:recent|previous|earlier|similar) (?:incidents|attacks|shootings)|(?:wave|series) of(?! ${COORDINATED})|so far this (?:year|month)|this year|year to date|homicides this|killings this|(?:several|multiple|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|dozens of) (?:separate )?(?:shootings|incidents))\b`;

const SPORT = new RegExp(`\\b(?:${SPORT_WORDS.join('|')})\\b`, 'gi');
const VIOLENCE = new RegExp(`\\b(?:${VIOLENCE_WORDS.join('|')})\\b`, 'i');
/** Distinct sport words an article must name to be sport news (SPORT_WORDS). */
const SPORT_MIN = 4;

/**
 * Whether an article is sport news with no word of violence: its injuries ("a knee injury", "is recovering") and
 * displacements ("displaced by the arrival of a new keeper") are the players', no casualties. The violence test runs
 * first: it matches early in most articles that report casualties.
 */
function sportOnly(doc: Doc): boolean {
  const text = doc.title ? `${doc.title}\n${doc.text}` : doc.text;
  if (VIOLENCE.test(text)) return false;
  const seen = new Set<string>();
  SPORT.lastIndex = 0;
  for (let m = SPORT.exec(text); m !== null; m = SPORT.exec(text)) {
    seen.add(m[0].toLowerCase());
    if (seen.size >= SPORT_MIN) {
      SPORT.lastIndex = 0;
      return true;
    }
  }
  return false;
}

const DEATH_CAUSE = new RegExp(`\\b(?:${DEATH_CAUSE_STEMS.join('|')})`, 'i');
/** The words of a death that name no cause: "has died", "who died", "the death of", "passed away" (not "found dead"). */
const PLAIN_DEATH = /\b(?:died|dies|death|passed away)\b/i;

/** Sentences an article needs before the absence of any cause of death is read as an obituary. */
const OBITUARY_MIN_SENTENCES = 3;

/** A child's age ("Melina Torres, 7, of Quincy", "a 3-year-old"): a child's death is not taken for a natural one. */
const CHILD_AGE = /\b(?:1[0-7]|[0-9])-(?:year|month)-old\b|, (?:1[0-7]|[0-9]), /;

/**
 * Whether an article tells of deaths without a word of any violent or untimely cause (DEATH_CAUSE_STEMS) and of no
 * child: an obituary.
 */
function obituary(doc: Doc): boolean {
  // A sentence or two ("Ann Lee died on Sunday.") gives no context to tell a natural death by.
  if (doc.sentences.length < OBITUARY_MIN_SENTENCES) return false;
  const text = doc.title ? `${doc.title}\n${doc.text}` : doc.text;
  return !DEATH_CAUSE.test(text) && !CHILD_AGE.test(text);
}

/**
 * Whether report `r`'s sentence opens with its place ("In Gilroy, a gunman killed three"): a roundup's turn to another
 * town. The sentence is found by binary search (sentences are in text order): a search from the start for every
 * report made a text of many such reports quadratic.
 */
function fronted(doc: Doc, r: Pending, place: string): boolean {
  const at = r.evidence.start;
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid] as Doc['sentences'][number];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s.text.startsWith(`In ${place},`);
  }
  return false;
}

/** The one who shot, as the head of a counted phrase ("the gunman is dead", "police killed the suspect"). */
const SHOOTER_HEAD = /^(?:gunman|shooter|suspect|attacker|assailant|killer)$/;
/** Killed by the police right after the words of a death: the shooter ("he was shot and killed by officers"). */
const BY_POLICE = /^,? by (?:an? |the )?(?:police|officers?|deputies|deputy|troopers?|swat|agents?|an officer)\b/i;

/** The police as the subject of a death told after the toll ("before a police officer ... shot him dead"). */
const POLICE_BEFORE = /\b(?:police|officers?|deputies|deputy|troopers?)\b[^.;,]{0,80}$/i;

/** The head of an armed group no side names ("three of the militants", "two attackers"): see Report.armed. */
const ARMED_GROUP = /^(?:militants|insurgents|attackers|gunmen|rebels|terrorists|fighters)$/;

/** A report of someone taken to a hospital, who may be one of the dead. */
const TAKEN = /\bhospital/i;

/** Nouns a report of one victim uses for the person ("the boy was taken to a hospital"). */
const VICTIM_NOUN = '(?:victim|boy|girl|child|man|woman|teen|teenager|juvenile|infant|baby|toddler|student)';
/**
 * One person's care, told of by a pronoun, "the <victim noun>" or no subject of its own ("He was taken to a hospital",
 * "The victim was transported to Hilo Medical Center", "taken to the hospital in critical condition").
 */
const CARE_ONE = new RegExp(`^(?:(?:he|she|the ${VICTIM_NOUN}) [^.;]*|(?:taken|transported|rushed|airlifted|flown|in) [^.;]*)\\b(?:hospitals?|hospitali[sz]ed|center|condition)$`, 'i');
/** A sentence that opens by telling that person died: "He was later pronounced dead", "The victim succumbed to her injuries". */
const DIES_NEXT = new RegExp(`^(?:[^.;]{0,40}?[\\s,])?(?:he|she|the ${VICTIM_NOUN})(?: (?:was|has|had|later|then|reportedly|subsequently|eventually|also|been))* (?:died|succumbed|passed away|pronounced dead|declared dead)\\b`, 'i');

const NUM_WORD = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a dozen)';
const DAY_WORD = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

/**
 * Tallies over a span of time or over several shootings ("14 shot since 8 p.m.", "7 shot in 72 hours", "from Sunday to
 * early Monday", "in South Side shootings", "brought to 20 the number of people shot", "just hours after 12 officers
 * were shot"): background to the one incident coders count. The alternatives, each after a word boundary.
 */
const TALLY_WORDS = `(?:${[
  `(?:in|within|over) (?:about |just |less than |more than |a little more than |roughly |nearly |the past |the last )?${NUM_WORD} hours\\b`,
  `since \\d{1,2}(?::\\d\\d)? ?[ap]\\.?m\\b`,
  `from ${DAY_WORD} (?:\\w+ )?(?:to|into|through|until) (?:early |late )?${DAY_WORD}\\b`,
  `between ${DAY_WORD} (?:\\w+ )?and (?:early |late )?${DAY_WORD}\\b`,
  `(?:in|from) (?:[\\w-]+ ){0,2}shootings (?:across|around|throughout|citywide|over|since|from|on the|in the city)\\b`,
  `${NUM_WORD} (?:overnight |weekend |unrelated |different |other |separate |such |similar )?(?:shooting (?:incidents|attacks)|shootings)\\b`,
  `(?:pair|couple|number|handful) of shootings\\b`,
  `the number of (?:people|persons|victims) (?:shot|wounded|killed|injured)\\b`,
  `(?:\\d+|[a-z]+)-hour (?:stretch|span|period|window)\\b`,
  `(?:wounded|injured|shot|hurt|killed|dead) in (?!the\\b)(?:[\\w-]+ ){0,2}shootings\\b`,
  `over (?:the (?:past|last) )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several) days\\b`,
  `(?:over|in|during) the (?:past|last) (?:couple of |few |several |${NUM_WORD} )?(?:years|decades)\\b`,
  `in recent years\\b`,
  `(?:killed|slain|shot|died) (?:nationwide|across the (?:country|nation))\\b`,
  `in all of (?:\\d{4}|last year|the year)\\b`,
  `over the years\\b`,
  `weekend that saw\\b`,
  `(?:hours|days|weeks) (?:after|before) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a|an|another) \\w+ (?:were|was) (?:shot|killed|wounded)\\b`,
].join('|')})`;

/** Links to other stories: a video playlist entry ("1:51 Boy killed ...", "Shooting takes 2 lives | 0:38"), "Related coverage", "Read more". */
const VIDEO_ENTRY = String.raw`^\s*\d{1,2}:\d\d (?!a\.?m|p\.?m)|\| \d{1,2}:\d\d\s*$`;
const MORE_LINKS = String.raw`(?:related (?:coverage|articles?|stories|story|content|links?|video)|read more|previous story|related:|more news videos|trending stories|most read|recommended for you)\b`;

/**
 * A sentence of a roundup (AGGREGATE_WORDS), a tally (TALLY_WORDS) or a link to another story (VIDEO_ENTRY,
 * MORE_LINKS); a title of a roundup or a tally. One pass each, the word boundary the alternatives share tried once per
 * position.
 */
const ROUNDUP = new RegExp(`\\b(?:${AGGREGATE_WORDS}|${MORE_LINKS}|${TALLY_WORDS})|${VIDEO_ENTRY}`, 'i');
const TITLE_ROUNDUP = new RegExp(`\\b(?:${AGGREGATE_WORDS}|${TALLY_WORDS})`, 'i');

/**
 * An earlier incident of recent weeks: "last week", "two weeks ago", "earlier this month", or one the current incident
 * "comes after" ("The attacks came a day after a spate of bombings killed 17").
 */
const RECENT = /\b(?:last week|weeks ago|earlier this month|(?:comes?|came) (?:[\w-]+ ){0,3}?after)\b/i;

/** A month named without a day ("in March", "last December"): "may" only capitalized, so not the verb. */
const MONTH_ONLY = /\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id) (January|February|March|April|May|June|July|August|September|October|November|December)\b(?! \d)/;

/**
 * "a drive-by shooting that injured a dozen others in March": a month named alone (not in a clause about someone, "The
 * gunman, who was released in May, also wounded three"), months before the reference date
 * (in the reference year, or the year before for a later month), dates the sentence like a full date would: 'old'.
 * An earlier month of recent weeks ("In June at least 282 people were killed", published in July): 'recent'.
 */
function monthBefore(text: string, reference: string | null): 'old' | 'recent' | null {
  const m = MONTH_ONLY.exec(text);
  if (!m || inRelativeClause(text, m.index)) return null;
  // Unknown date: a month named alone is a period, not the day of the incident reported.
  if (!reference) return 'recent';
  const refYear = Number(reference.slice(0, 4));
  const refMonth = Number(reference.slice(5, 7));
  const month = monthNumber(m[1] as string) as number;
  if (month === refMonth) return null;
  const year = month > refMonth ? refYear - 1 : refYear;
  return isLongBefore(isoDate(year, month, 15), reference) ? 'old' : 'recent';
}

/** Whether position `at` of a sentence is inside a relative clause set off by a comma (", who moved here last week,"). */
function inRelativeClause(text: string, at: number): boolean {
  const comma = text.lastIndexOf(',', at);
  return comma >= 0 && /^\s*(?:who|whom|whose|which|where)\b/i.test(text.slice(comma + 1, at));
}

interface Context {
  reference: string | null;
  referenceYear: number | null;
  /** Whether a death was reported in an earlier mention. */
  killedSeen: boolean;
  /**
   * Per sentence, what it was found to state, read once: a sentence is read again as the one before the next, and by
   * impliedDeath. undefined until read.
   */
  dates: Array<StatedDate | null | undefined>;
  /** hasHistoricalCue and hasCurrentCue per sentence: 0 not read yet, 1 false, 2 true. */
  historicalCues: Uint8Array;
  currentCues: Uint8Array;
  /** Whether the document reports a lone attacker's crime (LONE_ATTACKER), read when first needed. */
  loneCrime?: boolean;
  /** Whether the document tells of a crime's pursuit (ARRESTS), read when first needed. */
  arrests?: boolean;
}

/** The date sentence `i` states (statedDate), read once per document. */
function dateOf(doc: Doc, i: number, ctx: Context): StatedDate | null {
  let date = ctx.dates[i];
  if (date === undefined) {
    date = statedDate((doc.sentences[i] as Sentence).text, ctx.reference);
    ctx.dates[i] = date;
  }
  return date;
}

function historicalCue(doc: Doc, i: number, ctx: Context): boolean {
  if (ctx.historicalCues[i] === 0) ctx.historicalCues[i] = hasHistoricalCue((doc.sentences[i] as Sentence).text, ctx.referenceYear) ? 2 : 1;
  return ctx.historicalCues[i] === 2;
}

function currentCue(doc: Doc, i: number, ctx: Context): boolean {
  if (ctx.currentCues[i] === 0) ctx.currentCues[i] = hasCurrentCue((doc.sentences[i] as Sentence).text) ? 2 : 1;
  return ctx.currentCues[i] === 2;
}

/**
 * A year right after a figure's words ("kidnapped his three daughters in 2007", "the deaths of six firefighters in
 * 1988"): before the reference year, an earlier event told inside a current sentence ("The father of a man who
 * kidnapped his three young daughters in 2007 opened fire this morning"). Only a month may stand before the year ("in
 * March 2007"; "killed in Room 1910", "in Apt. 2004" are none).
 */
const YEAR_AFTER = new RegExp(`^,? (?:in|during) (?:(?:${MONTH_NAMES.join('|')}) )?((?:19|20)\\d\\d)\\b(?! block)`);

/**
 * A war's toll to date right before a figure, in a sentence of the day ("agreed on Wednesday to …, two years after a war
 * that has killed hundreds of thousands").
 */
const WAR_TOLL_BEFORE = /\b(?:war|conflict|insurgency|fighting),? (?:that|which) (?:has|had|have) (?:already )?$/i;

/** "the deadliest since", "the worst attack since": a comparison with an earlier event. */
const SINCE_PAST = /\b(?:deadliest|worst|bloodiest|biggest|largest|highest)\b[^.;]{0,40}?\bsince\b/i;

/**
 * Where, in the document, a current sentence turns to an earlier event it is compared with ("Monday's attack was the
 * deadliest since an assault in August 2018", "Monday's toll was the highest since May 10, 2010, when 110 people were
 * killed"): the end of "since", when the sentence has a historical cue or a date after "since", and states its own
 * date before the comparison; else -1.
 */
function pastComparison(doc: Doc, i: number, ctx: Context): number {
  const s = doc.sentences[i] as Sentence;
  if (!s.text.includes('since')) return -1;
  const m = SINCE_PAST.exec(s.text);
  // The earlier event is told of by a cue ("in August 2018") or by its own date ("since May 10, 2010").
  if (!m || !(historicalCue(doc, i, ctx) || statedDate(s.text.slice(m.index + m[0].length), ctx.reference) !== null)) return -1;
  // The current event is named first ("Monday's attack was the deadliest since …"); in "the deadliest year since the
  // 1990s, four people were shot Saturday" the figures after "since" are today's. The date before the comparison is
  // read, not the sentence's first: "Monday's toll was the highest since May 10, 2010".
  if (statedDate(s.text.slice(0, m.index), ctx.reference) === null) return -1;
  return s.start + m.index + m[0].length;
}

/**
 * Whether a sentence is background: 'cue' for its own cue ("last year") or an undated continuation of a background
 * sentence on war; 'old' when it dates itself months before publication (background only if the article reports a
 * current toll too: a follow-up on an old incident is still about that incident); 'recent' when it tells of an
 * incident of recent weeks ("Last week a car bombing killed five", "In June at least 282 were killed" in July), with
 * no word of today: background only next to a current toll that is not the same figure (see extractCasualties); null
 * otherwise. A stated date of recent weeks ("on January 9" in an article of the 24th) is not read so: follow-ups on
 * an arrest or a trial date their incident so, next to figures of it that differ (tried: 18 GVA totals worse, 13 better).
 */
function background(doc: Doc, i: number, ctx: Context): 'cue' | 'old' | 'recent' | null {
  const date = dateOf(doc, i, ctx);
  if (date && isLongBefore(date.iso, ctx.reference)) return 'old';
  const text = (doc.sentences[i] as Sentence).text;
  const month = date ? null : monthBefore(text, ctx.reference);
  if (month === 'old') return 'old';
  if (isBackground(doc, i, date, ctx)) return 'cue';
  const recent = date ? null : RECENT.exec(text);
  if (!date && (month !== null || (recent !== null && !inRelativeClause(text, recent.index) && !currentCue(doc, i, ctx)))) return 'recent';
  return null;
}

/** Sentence `i`, stating `date`, is background (see background); the cues of a sentence are read once per document. */
function isBackground(doc: Doc, i: number, date: StatedDate | null, ctx: Context): boolean {
  const s = doc.sentences[i] as Sentence;
  const prev = doc.sentences[i - 1];
  const current = date !== null || currentCue(doc, i, ctx);
  if (historicalCue(doc, i, ctx)) return !current;
  if (current || !prev || prev.paragraph !== s.paragraph) return false;
  return historicalCue(doc, i - 1, ctx) && hasConflictWord(prev.text) && !currentCue(doc, i - 1, ctx);
}

/**
 * The side of a mention: named in its phrase, the speaker for "its troops", or the previous mention's for "two more".
 * A side that speaks between the two ("Thailand said eight of its soldiers were killed, while Cambodia reported 13
 * dead") reports its own dead, not the first side's (`prevTo`: where the previous mention ends, or -1).
 */
function partyOf(toks: readonly Tok[], m: Mention, previous: string | null, loneCrime?: () => boolean, sources: readonly Source[] = [], prevTo = -1): string | null {
  if (m.civilian) return 'civilians';
  const own = partyIn(toks, m.npFrom, m.npTo, true);
  // "eight Mexicans died" in a report of a gunman's crime: the victims' nationality, not a side that fought.
  // "beheaded 30 Ethiopian Christians": civilian captives put to death, who fought no one.
  if (own && nationalityOnly(toks, m.npFrom, m.npTo)) {
    if (ATROCITY.test(toks[m.from === m.npFrom ? m.to - 1 : m.from]?.w ?? '')) return 'civilians';
    if (loneCrime?.()) return null;
  }
  // "Washington was shot", "Jordan was reported missing": one person named like a country or a capital.
  if (own && m.count === 1 && placeNameOnly(toks, m.npFrom, m.npTo)) return null;
  if (own) return own;
  if (m.speaker) return nearestSource(sources, m.from)?.side ?? partyIn(toks, 0, m.npFrom);
  if (m.bare) return (previous !== null && prevTo >= 0 ? sideBetween(sources, prevTo - 1, m.from) : null) ?? previous;
  // "Israel said three soldiers were killed": a side's own soldiers, when it speaks of soldiers of no side named.
  if (FORCE_HEADS.test(toks[m.npTo - 1]?.w ?? '')) return nearestSource(sources, m.from)?.side ?? null;
  return null;
}

/** Heads of a phrase of a side's fighters, whose side is the speaker's when none is named. */
const FORCE_HEADS = /^(?:soldiers?|troops|servicem[ae]n|service members|marines|sailors|airmen|fighters)$/;

/** A nationality ("Mexicans", "Mexican"), not a country's name ("Philippines", "Mexico") nor a capital. */
function demonym(t: Tok | undefined): boolean {
  if (!t || !/^[A-Z][a-z]+$/.test(t.raw) || !canonicalParty(t.raw)) return false;
  const place = lookupPlace(t.raw);
  return place !== null && place.name !== t.raw && place.kind === 'country' && !place.metonym;
}

/** Civilians a nationality may qualify ("six Mexican nationals"); soldiers, police and guards are a side's. */
const CIVIL_HEADS = /^(?:nationals|citizens|tourists|residents|visitors|immigrants|migrants|people|men|women|children|shoppers|students|christians|muslims|jews|pilgrims|worshippers|hostages|captives|workers)$/;
/** Verbs of putting captives to death: whoever the victims are, they are no side in a fight. */
const ATROCITY = /^(?:behead|execut|massacr|slaughter)(?:ed|ing)$/;

/** A counted phrase that is one capitalised word naming a country or a capital by name ("Washington", "Jordan"). */
function placeNameOnly(toks: readonly Tok[], a: number, b: number): boolean {
  let name: Tok | null = null;
  for (let k = a; k < b; k++) {
    const t = toks[k] as Tok;
    if (t.kind !== 'word') continue;
    if (name) return false;
    name = t;
  }
  if (!name || !/^[A-Z][a-z]+$/.test(name.raw)) return false;
  const place = lookupPlace(name.raw);
  return place !== null && (place.name === name.raw || place.metonym);
}

/** A counted phrase that names only people's nationality: "eight Mexicans", "six Mexican nationals". */
function nationalityOnly(toks: readonly Tok[], a: number, b: number): boolean {
  const head = toks[b - 1];
  if (!head) return false;
  if (/s$/.test(head.raw) && demonym(head)) return true;
  if (!CIVIL_HEADS.test(head.w)) return false;
  for (let k = a; k < b - 1; k++) if (demonym(toks[k])) return true;
  return false;
}

/** A lone attacker's crime: "gunman", "shooter", "lone attacker" (the plural "gunmen" is as often an armed group). */
const LONE_ATTACKER = /\b(?:gunman|shooter|lone (?:attacker|wolf|gunman))\b/i;

/** Words of a crime's pursuit: a person "captured" in such a report is a fugitive arrested. */
const ARRESTS = /\b(?:arrest|suspect|charged with|custody|fugitive|manhunt|fled|police)/i;

/** A phrase that is a name or a pronoun only ("Doyle", "Dylann Roof", "he"). */
function nameOnly(toks: readonly Tok[], a: number, b: number): boolean {
  let words = 0;
  for (let k = a; k < b; k++) {
    const t = toks[k] as Tok;
    if (t.kind !== 'word') continue;
    if (!/^(?:he|she|him|her)$/.test(t.w) && !isCapitalized(t)) return false;
    words++;
  }
  return words > 0;
}

/** "five people had been injured; a girl shot in the foot and a boy shot in the leg were among them": no one new. */
const AMONG = /\bamong (?:them|those)\b/i;

/** Words that open a subject naming someone not told of before: "a woman", "another man". */
const NEW_SUBJECT = /^(?:a|an|another)$/;
/** Words between two mentions that make the second a part of the first ("including a boy who was shot"). */
const PART_OF = new Set(['including', 'among', 'of', 'who', 'whom', 'which', 'that', 'one']);

/** Whether mention `m` tells of someone new after `prev` in its sentence, in a clause of its own. */
function isNewPerson(toks: readonly Tok[], m: Mention, prev: Mention): boolean {
  // "Three others were hurt; another is in critical condition": one of the others.
  if (m.npFrom < prev.to || m.object || prev.others || !NEW_SUBJECT.test((toks[m.npFrom] as Tok).w)) return false;
  // "Teen Shot: A 17-year-old boy was shot": a blotter's heading, then its item.
  for (let k = prev.to; k < m.npFrom; k++) if (PART_OF.has((toks[k] as Tok).w) || (toks[k] as Tok).w === ':') return false;
  return true;
}

const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

/** The place "a second victim", "a third man" gives its person among those hit, or 0 ("the fourth child shot this year" is a tally of other incidents). */
function ordinalAt(toks: readonly Tok[], k: number): number {
  const article = toks[k]?.w;
  if (article !== 'a' && article !== 'an') return 0;
  const word = toks[k + 1]?.w ?? '';
  // "an 8th teen", "a 5th victim": the ordinal in digits.
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
  return digits ? Number(digits[1]) : (ORDINALS[word] ?? 0);
}

/** The side each conjunct names, when every conjunct names one and they are not all the same side; else null. */
function sidesOf(toks: readonly Tok[], parts: readonly Part[]): string[] | null {
  const out: string[] = [];
  for (const p of parts) {
    const side = partyIn(toks, p.from, p.to, true);
    if (!side) return null;
    out.push(side);
  }
  return out.some((x) => x !== out[0]) ? out : null;
}

/**
 * Some of the wounded told dead after them: "One of the wounded later died in hospital", "two of the injured have
 * since died", "one of those hurt succumbed to his wounds". Not "one of the victims" (the dead may be among them).
 */
const WOUNDED_DIED = /\b(?:one|two|three|four|five|\d+) of (?:the|those) (?:wounded|injured|hurt)\b[^.;]{0,40}?\b(?:died|succumbed)\b/i;

/** Farthest a claimed figure stands after the claim word, in tokens ("claimed responsibility for the attack in a statement on its radio station, saying its fighters had killed 25"). */
const CLAIM_REACH = 24;

/**
 * Whether the figure at token `at` is told as a claim: "claimed"/"claims" before it in its clause, or in a clause of
 * saying ("claimed responsibility, saying its fighters killed 25"); not "Though he claimed he meant no harm, the
 * shooter killed three", nor a toll's verb ("claimed 23 lives", "claimed the lives of", "claimed a fifth victim").
 */
function claimed(toks: readonly Tok[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= CLAIM_REACH; k--) {
    const x = (toks[k] as Tok).w;
    if (/^claim(?:s|ed|ing)?$/.test(x)) return !/\b(?:lives|life|victims?)\b/.test(`${toks[k + 1]?.w} ${toks[k + 2]?.w} ${toks[k + 3]?.w} ${toks[k + 4]?.w}`);
    if ((x === ',' && toks[k + 1]?.w !== 'saying') || x === ';' || x === ':') return false;
  }
  return false;
}

/** The prepositions of a place a toll is told for: "killed five in Kharkiv". */
const AT_PLACE = /^(?:in|at|near)$/;

/** The end of a capitalised place name from token `k` ("Kharkiv", "North Waziristan"), or `k` when none starts there. */
function placeRun(toks: readonly Tok[], k: number): number {
  let j = k;
  while (j - k < 4 && isCapitalized(toks[j])) j++;
  return j;
}

/**
 * The figure of an ellipsis after a toll told for a place: "five people were killed in Kharkiv and three in Odesa",
 * "killed five people in Kharkiv and three others in Odesa" (the verb and the noun left out): the count and the token
 * after it, or null. `at`: the token right after the toll's words.
 */
function placeEllipsis(toks: readonly Tok[], at: number): { count: number; to: number } | null {
  if (!AT_PLACE.test(toks[at]?.w ?? '')) return null;
  const place = placeRun(toks, at + 1);
  if (place === at + 1 || toks[place]?.w !== 'and') return null;
  const figure = toks[place + 1];
  const count = figure?.kind === 'num' && /^\d{1,5}$/.test(figure.raw) ? Number(figure.raw) : numberWordValue(figure?.w ?? '');
  if (count === null || count < 1) return null;
  let k = place + 2;
  if (/^(?:others|more|people)$/.test(toks[k]?.w ?? '')) k++;
  if (!AT_PLACE.test(toks[k]?.w ?? '')) return null;
  const end = placeRun(toks, k + 1);
  // "… and three in Odesa were wounded": the figure of a toll of its own.
  return end === k + 1 || /^(?:were|was|are|is|have|has|had)$/.test(toks[end]?.w ?? '') ? null : { count, to: end };
}

/** Nouns of a side's own fighters, who do its killing: "its fighters had killed 54". */
const OWN_FORCES = /^(?:fighters|militants|troops|forces|soldiers|men)$/;

/**
 * Whether the figure at token `at` is a side's claim of its own kills: "Al Shabaab said in a statement that it had
 * killed 54 soldiers", "the army said its troops killed 15 insurgents"; a verb of saying at most six words before the
 * pronoun.
 */
function ownKillClaim(toks: readonly Tok[], at: number): boolean {
  if (toks[at]?.w !== 'killed') return false;
  let k = at - 1;
  if (/^(?:had|has|have)$/.test(toks[k]?.w ?? '')) k--;
  const w = toks[k]?.w;
  if (w === 'it' || w === 'they') k--;
  else if (toks[k - 1]?.w === 'its' && OWN_FORCES.test(w ?? '')) k -= 2;
  else return false;
  if (toks[k]?.w === 'that') k--;
  for (let j = k; j >= 0 && k - j < 6; j--) if (/^(?:said|says|saying)$/.test((toks[j] as Tok).w)) return true;
  return false;
}

type Pending = Report & { old: boolean; recent?: boolean; object?: boolean; self?: boolean };
type PendingVictim = VictimReport & { historical: boolean; old: boolean };

/**
 * Reports of sentence `i`. `inherited()` gives the date stated by the sentence before it in the same paragraph; dates
 * are only read once the sentence is known to report casualties.
 */
function sentenceReports(doc: Doc, i: number, ctx: Context, inherited: () => StatedDate | null, victims: PendingVictim[]): Pending[] {
  const s = doc.sentences[i] as Sentence;
  // Read in the article: `s.text` is `doc.text.slice(s.start, s.end)`.
  const toks = tokenizeRange(doc.text, s.start, s.end);
  const mentions = findMentions(toks);
  // "A woman who was shot in the head died": the one hit in the relative clause is the one who died.
  const found = findVictims(toks);
  const people = mentions.some((m) => m.relative) ? found.map((v) => (v.kind === 'shot' && mentions.some((m) => m.relative && m.from <= v.from && v.to <= m.to) ? { ...v, kind: 'killed' as const } : v)) : found;
  if (mentions.length === 0 && people.length === 0) return [];
  const own = dateOf(doc, i, ctx);
  const date = own ?? inherited();
  const back = ROUNDUP.test(s.text) || (own === null && WAVE.test(s.text)) ? 'cue' : background(doc, i, ctx);
  const place = statedPlace(toks);
  // "Monday's attack was the deadliest since an assault in August 2018, with 150 soldiers killed at the time": the
  // sentence is dated today, but the figures after "since" and an earlier date are the past event's.
  const sinceAt = back === null ? pastComparison(doc, i, ctx) : -1;
  const sources = sentenceSources(toks);
  // "killed one ... before shooting himself": the shooter dead (see below), no one hit besides.
  // Only "before shooting himself": "and then shot himself. He is in critical condition" may tell of one who lives.
  const selfDead = mentions.some((m) => m.kind === 'shot' && m.self && toks[m.from - 1]?.w === 'before') && mentions.some((o) => o.kind === 'killed' && o.object && !o.self);
  // "One of the wounded later died in hospital": the span of the words whose death is of some of the wounded.
  const ofWounded = s.text.includes(' of the ') || s.text.includes(' of those ') ? WOUNDED_DIED.exec(s.text) : null;
  const diedFrom = ofWounded ? s.start + ofWounded.index : -1;
  const diedTo = ofWounded ? diedFrom + ofWounded[0].length : -1;
  const claims = s.text.includes('claim');
  // Whether the sentence tells of a death: its other figures are then near a death (`nearDeath`).
  const anyKilled = mentions.some((o) => o.kind === 'killed');
  // Whether the sentence tells of deaths other than `except`'s that are no shooter's: the gunman's victims.
  const hisVictims = (except?: Mention): boolean => mentions.some((o) => o !== except && o.kind === 'killed' && !o.self && !SHOOTER_HEAD.test((toks[o.npTo - 1] as Tok).w));
  const policeKilled: Pending[] = [];
  for (const v of people) {
    const start = (toks[v.from] as Tok).start;
    const end = (toks[v.to - 1] as Tok).end;
    if (selfDead && v.kind === 'shot' && SELF_HIT.test(doc.text.slice(start, end))) continue;
    // "A gunman killed three people before police shot and killed him", "… killed two before he was shot dead by police":
    // the shooter the police killed in the sentence of his victims, one dead besides them (a report, so that the
    // shooter rule of dedupe.ts counts him; only there: across sentences it is as often the one dead told again).
    const head = (toks[v.to - 1] as Tok).w;
    if (v.kind === 'killed' && (head === 'him' || head === 'he' || SHOOTER_HEAD.test(head)) && (BY_POLICE.test(doc.text.slice(end, s.end)) || POLICE_BEFORE.test(doc.text.slice(s.start, start))) && hisVictims()) {
      policeKilled.push({
        kind: 'killed', count: 1, low: null, high: null, party: null, dateKey: date?.key ?? null, date: date ? (date.iso ?? date.text) : null, place,
        source: nearestSource(sources, v.from)?.name ?? null, historical: back === 'cue', old: back === 'old', additive: false, armed: false,
        shooter: true, evidence: { start, end, text: doc.text.slice(start, end) },
      });
      continue;
    }
    victims.push({
      kind: v.kind,
      key: v.key,
      ...(v.alive ? { alive: true } : {}),
      date: date ? (date.iso ?? date.text) : null,
      place,
      source: nearestSource(sources, v.from)?.name ?? null,
      evidence: { start, end, text: doc.text.slice(start, end) },
      historical: back === 'cue',
      old: back === 'old',
    });
  }
  const out: Pending[] = [];
  let previous: string | null = null;
  // "He was taken to a hospital. He was later pronounced dead.": the person cared for is the one who died, not
  // someone wounded besides (coders count one dead). Read only for a report of one person's care.
  let diesNext: boolean | undefined;
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n] as Mention;
    if (m.kind === 'wounded' && m.count === 1 && n === mentions.length - 1) {
      const text = doc.text.slice((toks[m.from] as Tok).start, (toks[m.to - 1] as Tok).end);
      const next = doc.sentences[i + 1];
      if (next && CARE_ONE.test(text) && (diesNext ??= DIES_NEXT.test(next.text))) continue;
    }
    // "Doyle was captured late Wednesday", "He was captured outside Atlanta" in a report of a crime: the fugitive's
    // arrest, no one taken captive (a soldier, a pilot or a hostage is named by a noun).
    if (m.kind === 'captured' && m.count === 1 && (toks[m.to - 1] as Tok).w === 'captured' && nameOnly(toks, m.npFrom, m.npTo) && (ctx.arrests ??= ARRESTS.test(doc.text))) continue;
    const said = partyOf(toks, m, previous, () => (ctx.loneCrime ??= LONE_ATTACKER.test(doc.text)), sources, mentions[n - 1]?.to ?? -1);
    // "The RSF said it had killed 120 army soldiers": the soldiers a side claims to have killed are its foe's, not its own.
    const ownKill = ownKillClaim(toks, m.from);
    const party = ownKill && said !== null && said === nearestSource(sources, m.from)?.side && !partyIn(toks, m.npFrom, m.npTo, true) ? null : said;
    previous = party;
    const start = (toks[m.from] as Tok).start;
    const end = (toks[m.to - 1] as Tok).end;
    // "A man was killed ... Two others were shot": those hit are others than the dead, so wounded; so is one person
    // "also shot" after a death (coders count a victim told apart from the dead as injured).
    if (m.kind === 'killed') ctx.killedSeen = true;
    // "killed one and injured three before shooting himself": a shooter who turns the gun on himself after killing is dead.
    const kind = m.kind === 'shot' && m.self && selfDead ? 'killed' : m.kind === 'shot' && (m.others || m.alsoHit) && ctx.killedSeen ? 'wounded' : m.kind;
    // "A boy was wounded and three others were hurt": the others are besides the one hit before them in the sentence
    // (coders count each person hit once: the one plus the others).
    const before = out[out.length - 1];
    const hurt = (k: string): boolean => k === 'wounded' || k === 'shot';
    const besides = m.others && hurt(kind) && before !== undefined && hurt(before.kind) && before.count === 1 && !before.historical && !TAKEN.test(before.evidence.text) && !/\bamong\b/i.test(doc.text.slice(before.evidence.end, start)) ? 1 : 0;
    // "Four people were killed in Kharkiv, while four others died in Odesa": others dead besides the dead told before
    // in the sentence (not the same four told again). Not after one dead: "a gunman who was shot and killed after a
    // rampage that left two others dead" are others than the shooter.
    const othersDead = m.others && kind === 'killed' && before?.kind === 'killed' && before.count >= 2 && !before.historical && before.party === party && !/\bamong\b/i.test(doc.text.slice(before.evidence.end, start)) ? before.count : 0;
    // "A man was shot in the leg and a woman was wounded in the arm": a new person in a clause of its own adds to
    // those hit before in the sentence (coders count every person hit).
    const prevMention = mentions[n - 1];
    const fresh = !m.others && hurt(kind) && before !== undefined && hurt(before.kind) && !before.historical && prevMention !== undefined && isNewPerson(toks, m, prevMention) && !TAKEN.test(before.evidence.text + doc.text.slice(start, end)) && !AMONG.test(doc.text.slice(end, s.end)) ? before.count : 0;
    // "A third victim was grazed": the third person hit, so at least three hit in all (the dead among them).
    // "A third person has died": at least three dead (a later death adds to the toll).
    // Not "A second officer who was shot has died": the ordinal counts those shot, the relative clause's.
    const later = kind === 'killed' && !m.relative && /\b(?:died|dies|succumbed)\b/i.test(doc.text.slice(start, end));
    const nth = (hurt(kind) || later) && m.count === 1 && !m.object && !TAKEN.test(doc.text.slice(start, end)) ? ordinalAt(toks, m.npFrom) : 0;
    // "Five were killed in Kharkiv and three in Odesa": the figure of the ellipsis adds to the toll, unless it is the
    // subject of a toll of its own ("… and three in Odesa were wounded").
    const ellipsis = nth > 1 || m.low !== null ? null : placeEllipsis(toks, m.to);
    const more = ellipsis !== null && (mentions[n + 1]?.from ?? toks.length) >= ellipsis.to ? ellipsis : null;
    out.push({
      kind: nth > 1 && kind !== 'killed' ? 'shot' : kind,
      count: nth > 1 ? nth : m.count + besides + fresh + othersDead + (more?.count ?? 0),
      low: m.low,
      high: m.high,
      party,
      dateKey: date?.key ?? null,
      date: date ? (date.iso ?? date.text) : null,
      // "Five were killed in Kharkiv and three in Odesa": the place in the mention's own clause, before the next one.
      place: (place === null ? null : statedPlace(toks, m.to, (mentions[n + 1] as Mention | undefined)?.from)) ?? place,
      source: nearestSource(sources, m.from)?.name ?? null,
      // An unknown reference year compares as 0: no year is before it.
      historical: back === 'cue' || (sinceAt >= 0 && start > sinceAt) || Number(YEAR_AFTER.exec(doc.text.slice(end, end + 24))?.[1]) < (ctx.referenceYear as number) || WAR_TOLL_BEFORE.test(doc.text.slice(Math.max(0, start - 32), start)),
      old: back === 'old',
      recent: back === 'recent',
      additive: m.additive,
      armed: party === null && ARMED_GROUP.test((toks[m.npTo - 1] as Tok).w),
      object: m.object,
      self: m.self,
      also: m.also,
      ...(m.others ? { others: true } : {}),
      ...(nth > 1 ? { ordinal: true } : {}),
      ...(ownKill || (claims && claimed(toks, m.from)) ? { claim: true } : {}),
      ...(kind === 'killed' && start >= diedFrom && end <= diedTo ? { ofWounded: true } : {}),
      ...(kind !== 'killed' && anyKilled ? { nearDeath: true } : {}),
      shooter:
        kind === 'killed' &&
        m.count === 1 &&
        !m.self &&
        (SHOOTER_HEAD.test((toks[m.npTo - 1] as Tok).w) || BY_POLICE.test(doc.text.slice(end, s.end)) || ((toks[m.npTo - 1] as Tok).w === 'him' && POLICE_BEFORE.test(doc.text.slice(s.start, start)))) &&
        hisVictims(m),
      evidence: more === null ? { start, end, text: doc.text.slice(start, end) } : { start, end: (toks[more.to - 1] as Tok).end, text: doc.text.slice(start, (toks[more.to - 1] as Tok).end) },
    });
    // "killed 15 Armenian soldiers and 7 Azerbaijani soldiers": conjuncts that name different sides are each side's
    // toll (UCDP counts deaths per side), not the first side's sum.
    const split = m.parts && !m.civilian ? sidesOf(toks, m.parts) : null;
    if (split) {
      const whole = out.pop() as Pending;
      const last = split.length - 1;
      // Each conjunct's words; the first from the mention's start, the last to its end (the verb on either side).
      m.parts!.forEach((p, k) => {
        const a = (toks[k ? p.from : m.from] as Tok).start;
        const b = (toks[(k === last ? m.to : p.to) - 1] as Tok).end;
        out.push({ ...whole, count: p.count, low: null, high: null, party: (previous = split[k] as string), evidence: { start: a, end: b, text: doc.text.slice(a, b) } });
      });
    }
    // "A fourth man who was shot has died": one dead, and the ordinal counts those shot, so at least four hit in all
    // (the dead among them).
    const shotNth = m.relative && kind === 'killed' && m.count === 1 && !m.object ? ordinalAt(toks, m.npFrom) : 0;
    if (shotNth > 1) out.push({ ...(out[out.length - 1] as (typeof out)[number]), kind: 'shot', count: shotNth, low: null, high: null, additive: false, also: false });
  }
  return policeKilled.length === 0 ? out : [...out, ...policeKilled].sort((a, b) => a.evidence.start - b.evidence.start);
}

/**
 * Figures the title states ("3 dead, 2 hurt in shooting"): undated and unattributed unless the title names a side, so
 * the body's reports of the same toll absorb them (one count per side and type), and they raise the total only when
 * the body says less; a roundup title's ("22 wounded in weekend shootings") are background. Evidence offsets index
 * into the title.
 */
function titleReports(title: string): Pending[] {
  const aggregate = TITLE_ROUNDUP.test(title);
  const toks = tokenizeSpan(title, 0);
  const out: Pending[] = [];
  let previous: string | null = null;
  for (const m of findMentions(toks, true)) {
    const party = partyOf(toks, m, previous);
    previous = party;
    const start = (toks[m.from] as Tok).start;
    const end = (toks[m.to - 1] as Tok).end;
    out.push({
      kind: m.kind, count: m.count, low: m.low, high: m.high, party, dateKey: null, date: null, place: null, source: null,
      historical: aggregate, old: false, additive: false, evidence: { start, end, text: title.slice(start, end), in: 'title' },
    });
  }
  return out;
}

/**
 * Words that imply a least number of deaths without a figure of the dead: "a shooting death", "the deadly shooting"
 * (one); "a murder-suicide" (the victim and the shooter: two; "double" three, "triple" four; not "attempted").
 * ("Charged with two counts of murder" was tried: counts are per charge, not per victim.)
 */
export const IMPLIED_DEATH = /\b(?:shooting death|deadly shooting|(?<!non-?)fatal shooting|brain[- ]dead|homicide victim|fatal victim|(?:charged|accused|arrested|indicted|convicted) (?:with|of|for|in) (?:(?:first|second|third)-degree |capital |aggravated )?murder(?![-/ ]suicide| of (?:a |an |the )?(?:fetus|unborn))|(?:takes|took|taking) (?:his |her )?own life|(?<!attempted )(?:(double|triple|quadruple) )?murders?[-/ ]suicide)\b/i;
/** The cue families (text/cuescan.ts) a sentence needs before IMPLIED_DEATH / CASUALTY_STEMS can match it (0: run them on every sentence). */
const IMPLIED_BITS = trustedBits(CUE.impliedDeath, [IMPLIED_DEATH.source, IMPLIED_DEATH.flags], 3134559083);
const STEM_BITS = trustedBits(CUE.casualtyStems, [CASUALTY_STEMS.source, CASUALTY_STEMS.flags], 401700945);
const SUICIDE_ATTEMPT = /\b(?:attempted suicide|attempts suicide|attempting suicide|suicide attempt|tried to (?:kill|take) (?:himself|herself|his own life|her own life|their own life))\b/i;
/**
 * Words every SUICIDE_ATTEMPT match holds: a scan for two plain words skips ahead on their letters, where the full
 * expression tries each of its alternatives at every word boundary (about three times slower over an article).
 */
const SUICIDE_WORDS = /suicide|tried to /i;
/** The words of a suicide attempt the sentence (or title) does not say ended in death, or null. */
function suicideAttempt(doc: Doc): Evidence | null {
  const lives = (t: string): boolean => !/\b(?:died|dead|death|killed himself|killed herself)\b/i.test(t);
  const m = doc.title ? SUICIDE_ATTEMPT.exec(doc.title) : null;
  if (m && doc.title && lives(doc.title)) return { start: m.index, end: m.index + m[0].length, text: m[0], in: 'title' };
  // One pass over the text first: most articles tell of no suicide attempt, and then no sentence needs a look.
  if (!SUICIDE_WORDS.test(doc.text) || !SUICIDE_ATTEMPT.test(doc.text)) return null;
  for (const s of doc.sentences) {
    const x = SUICIDE_ATTEMPT.exec(s.text);
    if (x && lives(s.text)) return { start: s.start + x.index, end: s.start + x.index + x[0].length, text: x[0] };
  }
  return null;
}

/** Words of one person hit by their own shot: "shot himself", "a self-inflicted gunshot wound". */
const SELF_HIT = /\b(?:himself|herself|self-inflicted)\b/i;

/**
 * Whether everyone the current reports tell of as hit is one who shot him- or herself, and no death is someone's
 * object ("shot his wife dead, then shot himself": the shooter is apart from the dead).
 */
function selfShotDead(reports: readonly Omit<Pending, 'old' | 'recent'>[], victims: readonly VictimReport[]): boolean {
  let self = false;
  for (const r of reports) {
    if (r.historical || r.evidence.in === 'title') continue;
    if (r.kind === 'killed' && r.object) return false;
    if (r.kind !== 'shot' && r.kind !== 'wounded') continue;
    if (!SELF_HIT.test(r.evidence.text)) return false;
    self = true;
  }
  for (const v of victims) {
    if (v.kind !== 'shot') continue;
    if (!SELF_HIT.test(v.evidence.text)) return false;
    self = true;
  }
  return self;
}

/**
 * The shooter's own death told without a casualty word of its own: "then turned the gun on himself", "before taking
 * his own life", "was found dead of a self-inflicted gunshot wound". Not a survivor's ("turned the gun on himself
 * and is in critical condition") nor an attempt.
 */
const SELF_DEATH = /\b(?:turn(?:ed|ing|s)? (?:the|his|her|a) (?:[\w.-]+ )?\w*(?:gun|rifle|pistol|weapon|firearm) on (?:him|her)self|(?:took|taking|takes?) (?:his|her) own life|(?:dead|died) (?:[\w-]+ ){0,6}?(?:of|from) (?:an? |the )?(?:apparent |suspected |possible )?self-inflicted)/i;
/** Words that the one who turned the gun on himself lives: a hospital, a condition, survival. */
const SELF_LIVES = /hospital|condition|surviv|surgery|recover|treated|attempt|tried to/i;
/**
 * Right before a SELF_DEATH match, words that leave it undone: "before he could turn the gun on himself", "threatened
 * to take his own life", "talked him out of taking his own life", "did not turn the gun on himself".
 */
const SELF_UNDONE = /\b(?:could|would|might|not|n['’]t|never|out\s+of|threaten\w*|tried|attempt\w*)\s+(?:[\w-]+\s+){0,2}$/i;
/** Words every SELF_DEATH match holds (a scan for them skips most articles at once). */
const SELF_WORDS = /self|own life/i;

/**
 * Between a toll and the shooter's own death: a sentence's end or a colon or semicolon (the toll's people listed,
 * "Two died: a woman and her husband, who then turned the gun on himself"), or words that count him among the toll
 * ("including", "one of them", "both", "with the gunman turning the gun on himself").
 */
const BEFORE_SELF_STOP = /[.!?]\s|[:;]|including|among|along with|\bone of (?:them|whom)\b|\bboth\b|\bwith the (?:gunman|shooter|suspect|man|woman)\b/i;
/**
 * Most characters between a toll told as the shooter's objects ("killed his wife and two children") and the telling of
 * his own death: a digest's other story ("… killing her two passengers" in a crash) is no murder-suicide's toll.
 */
const OBJECT_SPAN = 1500;
/** Most characters between a toll and the shooter's own death told after it in its sentence (bounds the search). */
const BEFORE_SELF_SPAN = 300;

/** The evidence of the shooter's own death in a current sentence (SELF_DEATH), or null. */
function selfDeath(doc: Doc, ctx: Context): Evidence | null {
  if (!SELF_WORDS.test(doc.text)) return null;
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i] as Sentence;
    const m = SELF_DEATH.exec(s.text);
    if (!m || SELF_LIVES.test(s.text.slice(m.index + m[0].length)) || SUICIDE_ATTEMPT.test(s.text) || SELF_UNDONE.test(s.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const back = background(doc, i, ctx);
    if (back !== null && back !== 'recent') continue;
    const at = s.start + m.index;
    return { start: at, end: at + m[0].length, text: m[0] };
  }
  return null;
}

/** One person's care: a hospital or a condition ("was rushed to a hospital", "was in critical condition"). */
const CARE = /\b(?:hospitals?|hospitali[sz]ed|condition|medical center)\b/i;
/** Words that tell of someone besides the dead, or of one who lives (an expression's alternatives). */
const BESIDES_WORDS = 'also|too|another|other|second|surviv\\w*|recovering|released|stable|minor|non-life\\S*';
/** Words of a hurt (the care is then someone's wounds), of someone besides, or of one who lives. */
const NOT_CARE_ONLY = new RegExp(`\\b(?:${BESIDES_WORDS}|others|both|shot|shooting|wounded|wounds?|injured|injur(?:y|ies)|hurt|struck|hit|grazed|good|fair|treated)\\b`, 'i');
/**
 * Subjects that may be someone besides the dead: a relative ("her mother", "the child's father"), someone new ("a
 * female juvenile", "one of the victims") or one told by age alone ("the 56-year-old").
 */
const SOMEONE_ELSE = /^(?:his|her|their|its|my|a|an|one|another|the [\w-]+'s|the \d+|\d+)\b/i;
/** Words that tell of someone besides the dead, or of one who lives. */
const BESIDES_CARE = new RegExp(`\\b(?:${BESIDES_WORDS})\\b`, 'i');
/** A verb before its object ("shot his daughter", "grazed a baby"): the object is read as the subject is. */
const OBJECT_VERB = /^(?:shot|shoots|shooting|struck|striking|hit|hitting|grazed|wounded|wounding|injured|injuring) /i;
/** A death after care: "died", "has died", "was pronounced dead", "succumbed". */
const DIED = /\b(?:died|dies|pronounced dead|passed away|succumbed)\b/i;

/**
 * Whether the events tell of one person's care and one death after it (see extractCasualties): every current report of
 * the hurt counts one, the one counted is of care only (CARE, no NOT_CARE_ONLY word), no repeat tells of someone
 * besides, and a death is told as one that followed ("has died").
 */
function careOfTheDead(events: readonly CasualtyEvent[]): boolean {
  let care = 0;
  let died = false;
  let he = false;
  let she = false;
  let dead = '';
  for (const e of events) {
    if (e.evidence.in === 'title') continue;
    if (e.type === 'killed') {
      if (DIED.test(e.evidence.text)) died = true;
      dead += ` ${e.evidence.text}`;
    }
    if (e.type !== 'wounded') continue;
    if (e.count !== 1) return false;
    if (e.duplicateOf === null) {
      if (!CARE.test(e.evidence.text) || NOT_CARE_ONLY.test(e.evidence.text) || SOMEONE_ELSE.test(e.evidence.text)) return false;
      he = /^he\b/i.test(e.evidence.text);
      she = /^she\b/i.test(e.evidence.text);
      care++;
    } else if (BESIDES_CARE.test(e.evidence.text) || SOMEONE_ELSE.test(e.evidence.text.replace(OBJECT_VERB, ''))) return false;
  }
  // "An 8-year-old girl died ... He remains in the hospital": someone else.
  if ((he && /\b(?:girl|woman)\b/i.test(dead)) || (she && /\b(?:boy|man)\b/i.test(dead))) return false;
  return care === 1 && died;
}

/** "17 counts of attempted murder", "three counts of attempted second-degree homicide", "the attempted murders of five teenagers". */
const ATTEMPTED_MURDER = /\b(?:(\d{1,2}|[a-z]+) counts? of attempted (?:(?:first|second|third)[- ]degree )?(?:murder|homicide)|attempted murders of (\d{1,2}|[a-z]+) )/i;

/** The largest count of attempted murders a current sentence states (ATTEMPTED_MURDER), with its words, or null. */
function attemptedMurders(doc: Doc, ctx: Context): { count: number; evidence: Evidence } | null {
  if (!doc.text.includes('ttempted murder') && !doc.text.includes('ttempted homicide') && !doc.text.includes('ttempted first') && !doc.text.includes('ttempted second')) return null;
  let best: { count: number; evidence: Evidence } | null = null;
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i] as Sentence;
    const m = ATTEMPTED_MURDER.exec(s.text);
    if (!m) continue;
    const word = (m[1] ?? m[2]) as string;
    const count = /^\d+$/.test(word) ? Number(word) : numberWordValue(word.toLowerCase());
    if (!count || (best && best.count >= count)) continue;
    const back = background(doc, i, ctx);
    if (back !== null && back !== 'recent') continue;
    const at = s.start + m.index;
    best = { count, evidence: { start: at, end: at + m[0].length, text: m[0] } };
  }
  return best;
}

/** An event the words imply without a figure of their own (a murder-suicide's shooter, a suicide attempt, "a fatal shooting"). */
function impliedEvent(type: 'killed' | 'wounded', count: number, low: number | null, evidence: Evidence): CasualtyEvent {
  return { type, count, low, high: null, party: null, date: null, place: null, source: null, duplicateOf: null, evidence };
}

const MULTIPLE_EXTRA: Record<string, number> = { double: 1, triple: 2, quadruple: 3 };

interface Implied {
  least: number;
  evidence: Evidence;
}

function impliedAt(m: RegExpExecArray): number {
  if (/suicide$/i.test(m[0])) return 2 + (m[1] ? (MULTIPLE_EXTRA[m[1].toLowerCase()] ?? 0) : 0);
  return 1;
}

/**
 * The largest least number of deaths the title or a current sentence of the text implies, with its words as evidence
 * (not in a sentence about an earlier incident: "charged in the Sept. 16, 2010, shooting death of ...").
 */
function impliedDeath(doc: Doc, ctx: Context): Implied | null {
  let best: Implied | null = null;
  const consider = (m: RegExpExecArray | null, start: number, title: boolean): void => {
    if (!m) return;
    const least = impliedAt(m);
    if (least < 1 || (best && best.least >= least)) return;
    const at = start + m.index;
    best = { least, evidence: { start: at, end: at + m[0].length, text: m[0], ...(title ? { in: 'title' as const } : {}) } };
  };
  if (doc.title) consider(IMPLIED_DEATH.exec(doc.title), 0, true);
  const cues = sentenceCues(doc);
  for (let i = 0; i < doc.sentences.length; i++) {
    if (IMPLIED_BITS !== 0 && ((cues[i] as number) & IMPLIED_BITS) === 0) continue;
    const s = doc.sentences[i] as Sentence;
    const m = IMPLIED_DEATH.exec(s.text);
    // An incident of recent weeks ("the fatal shooting last week") is as often the one a follow-up is about.
    if (!m) continue;
    const back = background(doc, i, ctx);
    if (back !== null && back !== 'recent') continue;
    consider(m, s.start, false);
  }
  return best;
}

/**
 * Casualty facts of a document: killed, wounded, missing, captured and displaced, in total and per side, with every
 * report as an event pointing at its words. Repeated reports count once; background figures from earlier periods
 * are kept apart in `historical`. The title's figures count too (see titleReports). Event dates are ISO when they resolve against the publication date, else as written.
 */
export function extractCasualties(doc: Doc): Casualties {
  const reference = doc.publishedAt ?? doc.dateline?.date ?? null;
  const n = doc.sentences.length;
  const ctx: Context = { reference, referenceYear: yearOf(reference), killedSeen: false, dates: new Array(n), historicalCues: new Uint8Array(n), currentCues: new Uint8Array(n) };
  const reports: Pending[] = [];
  const victims: PendingVictim[] = [];
  let previousCandidate = false;
  const cues = sentenceCues(doc);
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i] as Sentence;
    const candidate = (STEM_BITS === 0 || ((cues[i] as number) & STEM_BITS) !== 0) && CASUALTY_STEMS.test(s.text);
    if (candidate) {
      const prev = doc.sentences[i - 1];
      const prevCandidate = previousCandidate;
      // A sentence passes its stated date on to the next one in its paragraph.
      const inherited = (): StatedDate | null =>
        prev && prev.paragraph === s.paragraph && (prevCandidate || /\d|day\b/i.test(prev.text)) ? dateOf(doc, i - 1, ctx) : null;
      reports.push(...sentenceReports(doc, i, ctx, inherited, victims));
    }
    previousCandidate = candidate;
  }
  if (doc.title && CASUALTY_STEMS.test(doc.title)) reports.push(...titleReports(doc.title));
  // An obituary ("Ray Charles, who died"): a natural death, no casualty, as "died of cancer" is none.
  const plain = (k: string, text: string): boolean => k === 'killed' && PLAIN_DEATH.test(text);
  if ((reports.some((r) => plain(r.kind, r.evidence.text)) || victims.some((v) => plain(v.kind, v.evidence.text))) && obituary(doc)) {
    for (let k = reports.length - 1; k >= 0; k--) if (plain((reports[k] as Pending).kind, (reports[k] as Pending).evidence.text)) reports.splice(k, 1);
    for (let k = victims.length - 1; k >= 0; k--) if (plain((victims[k] as PendingVictim).kind, (victims[k] as PendingVictim).evidence.text)) victims.splice(k, 1);
  }
  // Sport news: players' injuries and places lost are no casualties (deaths still are).
  const hurt = (k: string): boolean => k === 'wounded' || k === 'shot' || k === 'displaced';
  if ((reports.some((r) => hurt(r.kind)) || victims.some((v) => v.kind === 'shot')) && sportOnly(doc)) {
    for (let k = reports.length - 1; k >= 0; k--) if (hurt((reports[k] as Pending).kind)) reports.splice(k, 1);
    for (let k = victims.length - 1; k >= 0; k--) if ((victims[k] as PendingVictim).kind === 'shot') victims.splice(k, 1);
  }
  // Another town's shooting ("Ten people died in Dayton" after "22 killed in El Paso"): a figure stated in a place
  // other than the lead's, told in a later sentence, is another incident (as one of recent weeks).
  const lead = reports.find((r) => !r.historical && !r.old && !r.recent && r.place !== null && r.evidence.in !== 'title');
  if (lead?.place) {
    const home = lead.place.toLowerCase();
    for (const r of reports) {
      const at = r.place?.toLowerCase();
      if (at && r.evidence.start > lead.evidence.end && r.evidence.in !== 'title' && !at.includes(home) && !home.includes(at) && !r.historical && fronted(doc, r, r.place as string)) r.recent = true;
    }
  }
  const now = (r: Pending): boolean => !r.historical && !r.old && !r.recent;
  const anyCurrent = reports.some(now);
  // A figure of recent weeks equal to a current one is the same incident told again ("died last week" in a follow-up);
  // else it is background like an old one.
  // The current figures are indexed first (a search of all reports for each recent one was quadratic on a text of
  // many); a recent "shot" report matches a current figure of any kind, another one a figure of its kind ("shot" as
  // "wounded").
  const currentCounts = new Set<number>();
  const currentKeys = new Set<string>();
  for (const c of reports) {
    if (!now(c)) continue;
    currentCounts.add(c.count);
    currentKeys.add(`${c.kind === 'shot' ? 'wounded' : c.kind} ${c.count}`);
  }
  for (const r of reports) if (r.recent && !(r.kind === 'shot' ? currentCounts.has(r.count) : currentKeys.has(`${r.kind} ${r.count}`))) r.old = true;
  // With no current report at all, a follow-up's background ("the shooting last month killed a girl") is its incident;
  // statistics ("1,200 people were killed in crashes last year") stay background.
  // A survivor told of today ("she survived") does not make the deaths of the same follow-up background.
  const back = !reports.some((r) => !r.historical) && !victims.some((v) => !v.historical && v.kind === 'killed');
  const current = victims.filter((v) => back || (!v.historical && !(v.old && anyCurrent))).map(({ historical, old, ...v }) => v);
  // A shooter who killed himself is told of by "killing himself" (see selfKill below), not as one more besides.
  if (reports.some((r) => r.self && r.kind === 'killed')) for (const r of reports) r.shooter = false;
  const final = reports.map(({ old, recent, ...r }) => (back && r.count < FOLLOW_UP_MAX ? { ...r, historical: false } : old && anyCurrent ? { ...r, historical: true } : r));
  const out = assemble(final, current);
  const implied = impliedDeath(doc, ctx);
  // "a murder-suicide ... killed his wife and three children": the shooter is one more than the people he killed, when
  // every report of that toll names them as his objects.
  const toll = out.total.killed;
  // Not "accidentally killed himself": a child's accident, no shooter's suicide.
  const selfKill = reports.find((r) => r.self && r.kind === 'killed' && !r.historical && r.evidence.in !== 'title' && !/accidental/i.test(doc.text.slice(Math.max(0, r.evidence.start - 16), r.evidence.start)));
  const suicide = implied && implied.least >= 2 ? implied.evidence : (selfKill?.evidence ?? (toll !== null && toll >= 1 ? selfDeath(doc, ctx) : null));
  if (suicide && toll !== null && toll >= (implied?.least ?? 2) - 1) {
    const same = reports.filter((r) => !r.historical && r.kind === 'killed' && r.count === toll && r.evidence.in !== 'title' && !r.self);
    // A headline of the same toll ("shooting kills 2") tells the whole count.
    const headline = reports.some((r) => r.evidence.in === 'title' && r.kind === 'killed' && r.count === toll && !implied);
    // "Four people were killed ... then turned the gun on herself": a toll told before the shooter's own death, in its
    // sentence, is the victims' as an object's is (not "three died, including the gunman, who shot himself"; not "were
    // found dead in a murder-suicide", which names the whole).
    const victimsFirst = (r: Pending): boolean => suicide !== implied?.evidence && suicide.in !== 'title' && r.evidence.end <= suicide.start && suicide.start - r.evidence.end <= BEFORE_SELF_SPAN && !BEFORE_SELF_STOP.test(doc.text.slice(r.evidence.end, suicide.start));
    if (same.length > 0 && same.every((r) => (r.object && Math.abs(r.evidence.start - suicide.start) <= OBJECT_SPAN) || victimsFirst(r)) && !headline) {
      out.total.killed = toll + 1;
      out.events.push(impliedEvent('killed', 1, null, suicide));
    }
  }
  // "A 16-year-old was shot and killed ... Smith accidentally shot himself": one death no one else caused, and the one
  // hit is the one who shot himself, so the dead (coders count no one injured).
  if (out.total.killed === 1 && out.total.wounded === 1 && !implied && selfShotDead(final, current)) {
    out.total.wounded = 0;
  }
  // "The boy was rushed to a hospital ... A 4-year-old boy has died": in a story of one death told as a death after care,
  // one person's care told without a word of a hurt or of someone else is the dead person's (coders count one dead).
  if (out.total.killed === 1 && out.total.wounded === 1 && careOfTheDead(out.events)) out.total.wounded = 0;
  // "charged with 17 counts of attempted murder", "the attempted murders of five teenagers": one count per person shot
  // at and left alive, told in a report of the charges that gives no figure of the hurt (GVA counts them injured).
  if (!out.total.wounded) {
    const attempted = attemptedMurders(doc, ctx);
    if (attempted) {
      out.total.wounded = attempted.count;
      out.events.push(impliedEvent('wounded', attempted.count, null, attempted.evidence));
    }
  }
  // "kills husband, then attempts suicide": a shooter who tried to take their own life and lives is injured (GVA).
  if (!out.total.wounded) {
    const attempt = suicideAttempt(doc);
    if (attempt) {
      out.total.wounded = 1;
      out.events.push(impliedEvent('wounded', 1, 1, attempt));
    }
  }
  if (implied && (out.total.killed ?? 0) < implied.least && !(out.total.killed === 0 && implied.least === 1)) {
    const before = out.total.killed;
    out.total.killed = implied.least;
    // "Teen's shooting death ... he was shot in the chest": the one person reported hit is the one who died.
    if (before === null && implied.least === 1 && !/^fatal/i.test(implied.evidence.text) && out.total.wounded === 1 && out.events.every((e) => e.type !== 'wounded' || e.count === 1)) out.total.wounded = 0;
    out.events.push(impliedEvent('killed', implied.least, implied.least, implied.evidence));
  }
  return out;
}
