import { ALIAS_ROOT, aliasChild, CLUB_PREFIXES, CLUB_SUFFIXES, entryWords, lookupPlace, mayStartPhrase, OUTLET_WORDS, TERRITORIAL_TITLES, WORD_ACRONYMS, wordMemo, type AliasNode, type PlaceEntry, type WordMemo } from '../../lexicon/places.ts';
import { WEEKDAY_NAMES } from '../../text/dates.ts';
import type { Doc, Evidence, Sentence } from '../../types.ts';
import { bare, possessive, startsUpper } from './cues.ts';
import { AGENCY_BY_ALIAS } from '../../lexicon/agencies.ts';
import { FIRST_NAMES_ALSO_PLACES, INSTITUTION_WORDS, NON_PERSON_HEADS, NOT_NAME_WORDS, TITLE_HEADS } from '../../lexicon/titles.ts';
import { personContext, TITLES } from './words.ts';

/** wordMemo of a word's text, kept on the word so every extractor asking about it costs one lookup. */
export function memoOf(word: Word): WordMemo {
  return (word.memo ??= wordMemo(word.text));
}

/** Word flags: facts about a word found while it is scanned, so extractors pass over most words without its text. */
export const WORD = {
  /** isCapitalized(text): an upper-case first letter, or "al-" and a letter. */
  capitalized: 1 << 0,
  /** startsUpper(text): `/^\p{Lu}/u`. */
  upper: 1 << 1,
  /** The text holds a hyphen. */
  hyphen: 1 << 2,
  /** Opens with an ASCII character that is neither an upper-case letter nor a lower-case one in a hyphenated word. */
  asciiNotName: 1 << 3,
  /** May hold a non-ASCII character (set on every word the scan met one in or right after); else it is all ASCII. */
  nonAscii: 1 << 4,
} as const;

/**
 * A word of a sentence with absolute offsets into the submitted text. Its text is sliced the first time it is read:
 * most words are only ever tested through `flags`. Serialises as `{ text, start, end }`.
 */
export class Word {
  start: number;
  end: number;
  /** WORD bits. */
  flags: number;
  /** The submitted text. */
  private source: string;
  private cached: string | undefined;
  /** wordMemo(text), once asked for through memoOf. */
  memo: WordMemo | undefined;

  constructor(source: string, start: number, end: number, flags: number) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.flags = flags;
    this.cached = undefined;
    this.memo = undefined;
  }

  get text(): string {
    return (this.cached ??= this.source.slice(this.start, this.end));
  }

  /** The first code unit of the text, without slicing it. */
  get first(): number {
    return this.source.charCodeAt(this.start);
  }

  toJSON(): { text: string; start: number; end: number } {
    return { text: this.text, start: this.start, end: this.end };
  }
}

/** A mention of a known actor or place ("Azeri", "Baku", "Russian-brokered") in one sentence. */
export interface ActorMention {
  entry: PlaceEntry;
  /** The words as written ("Azerbaijan's", "Russian"). */
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** First word index in the sentence's word list, and one past the last. */
  from: number;
  to: number;
  /** The part after a hyphen when the mention was a compound prefix ("brokered" in "Russian-brokered"), else null. */
  suffix: string | null;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?/gu;
const MAX_PHRASE = 6;

/** WORD_RE anchored where it is tried: for words holding non-ASCII characters. */
const WORD_AT = new RegExp(WORD_RE.source, 'uy');

/** Whether ASCII code `c` is a letter or a digit. */
function isAsciiAlnum(c: number): boolean {
  return ((c | 0x20) - 97) >>> 0 < 26 || (c - 48) >>> 0 < 10;
}

const ABD = /^Abd[eu]l$/;

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Set by asciiWordEnd: whether the word it measured holds a hyphen. */
let sawHyphen = false;

/**
 * The end of the WORD_RE match starting at `i` in `text` cut at `n`, when every character it looks at is ASCII, -1 when one is not (the
 * caller then runs WORD_RE itself), or `i` when no word starts there. Sets sawHyphen.
 */
function asciiWordEnd(text: string, i: number, n: number): number {
  let c = text.charCodeAt(i);
  sawHyphen = false;
  if (c >= 0x80) return -1;
  if (!isAsciiAlnum(c)) return i;
  let j = i + 1;
  for (;;) {
    while (j < n && isAsciiAlnum((c = text.charCodeAt(j)))) {
      // Two words glued by page extraction ("AleppoHow", "SalemVanessa", "linkJohn"): a capital after four lower-case
      // letters of the word opens the next word ("McDonald", "MacArthur", "DeShawn", "MaryEllen" have fewer before it).
      // The parts are no words apart (start = end), which the extractors read as one word where it matters.
      // "AbdulKadir", "AbdelRahman" are one name.
      if (c >= 65 && c <= 90 && j - i >= 4 && isAsciiLower(text.charCodeAt(j - 1)) && isAsciiLower(text.charCodeAt(j - 2)) && isAsciiLower(text.charCodeAt(j - 3)) && isAsciiLower(text.charCodeAt(j - 4)) && !(j - i === 5 && ABD.test(text.slice(i, j)))) return j;
      j++;
    }
    if (j >= n) return j;
    if (c >= 0x80) return -1;
    if (c !== 0x27 && c !== 0x2e && c !== 0x2d) return j;
    if (j + 1 >= n) return c === 0x2e ? j + 1 : j;
    const next = text.charCodeAt(j + 1);
    if (next >= 0x80) return -1;
    if (!isAsciiAlnum(next)) return c === 0x2e ? j + 1 : j;
    if (c === 0x2d) sawHyphen = true;
    j += 2;
  }
}

/** The WORD flags of `text` (a word as sentenceWords cuts it), from its text: for words with non-ASCII characters. */
function flagsOf(text: string): number {
  let flags = WORD.nonAscii;
  if (isCapitalized(text)) flags |= WORD.capitalized;
  if (startsUpper(text)) flags |= WORD.upper;
  if (text.includes('-')) flags |= WORD.hyphen;
  const c = text.charCodeAt(0);
  if (c < 0x80 && !(c >= 65 && c <= 90) && !(c >= 97 && c <= 122 && text.includes('-'))) flags |= WORD.asciiNotName;
  return flags;
}

/** The WORD flags of an all-ASCII word opening with code `c`, holding a hyphen or not, whose text is `source` from `i`. */
function asciiFlags(source: string, i: number, c: number, hyphen: boolean): number {
  if (c >= 65 && c <= 90) return WORD.capitalized | WORD.upper | (hyphen ? WORD.hyphen : 0);
  if (!hyphen) return WORD.asciiNotName;
  if (c < 97 || c > 122) return WORD.hyphen | WORD.asciiNotName;
  // "al-" and a letter counts as capitalised; the word is ASCII, so its fourth character is a letter when alphabetic.
  const al = c === 0x61 && source.charCodeAt(i + 1) === 0x6c && source.charCodeAt(i + 2) === 0x2d && ((source.charCodeAt(i + 3) | 0x20) - 97) >>> 0 < 26;
  return WORD.hyphen | (al ? WORD.capitalized : 0);
}

/**
 * The words of a sentence with absolute offsets; a final period is kept only on dotted abbreviations ("U.S."). They
 * are read from `text`, the submitted text the sentence is a slice of: a sentence's own text is often a sliced string,
 * slower to read character by character than its flat parent.
 */
export function sentenceWords(sentence: Sentence, text: string): Word[] {
  const words: Word[] = [];
  const n = sentence.end;
  let i = sentence.start;
  while (i < n) {
    let end = asciiWordEnd(text, i, n);
    let ascii = true;
    if (end < 0) {
      ascii = false;
      // Run on the sentence's own text, so a word cannot run past its end.
      WORD_AT.lastIndex = i - sentence.start;
      const m = WORD_AT.exec(sentence.text);
      end = m === null ? i : i + m[0].length;
    }
    if (end === i) {
      i++;
      continue;
    }
    // A final period stays only on dotted abbreviations ("U.S."): dropped when it is the word's only one.
    const cut = end - i > 2 && text.charCodeAt(end - 1) === 0x2e && text.indexOf('.', i) === end - 1 ? end - 1 : end;
    const flags = ascii ? asciiFlags(text, i, text.charCodeAt(i), sawHyphen) : flagsOf(text.slice(i, cut));
    words.push(new Word(text, i, cut, flags));
    i = end;
  }
  return words;
}

const AL_PREFIXED = /^al-\p{L}/u;

function isCapitalized(word: string): boolean {
  if (word.charCodeAt(0) === 0x61 && word.charCodeAt(1) === 0x6c && word.charCodeAt(2) === 0x2d && AL_PREFIXED.test(word)) return true;
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0] !== word[0]?.toLowerCase());
}

/**
 * True when only one plain space separates two words in the text (a phrase may not span punctuation; two words glued by
 * page extraction, "DaimlerChrysler", are not adjacent).
 */
export function adjacent(text: string, left: Word, right: Word): boolean {
  return right.start - left.end === 1 && text.charCodeAt(left.end) === 32;
}

/**
 * Whether a plural possessive's apostrophe and one space lie between two words ("Kurdistan Workers' Party", "Veterans'
 * Affairs"): the words of one name, as the tokens drop the final apostrophe.
 */
export function pluralPossessiveGap(text: string, left: Word, right: Word): boolean {
  if (right.start - left.end !== 2 || text.charCodeAt(left.end + 1) !== 32 || text.charCodeAt(left.end - 1) !== 0x73) return false;
  const c = text.charCodeAt(left.end);
  return c === 0x27 || c === 0x2019;
}

/** The longest known phrase starting at word `i`, as [entry, word count]; lower-case "of"/"the" may sit inside. */
function longestAt(text: string, words: Word[], i: number): [PlaceEntry, number] | null {
  let phrase = (words[i] as Word).text;
  let best: [PlaceEntry, number] | null = null;
  const memo = memoOf(words[i] as Word);
  if (memo.entry) best = [memo.entry, 1];
  if (!(memo.phrase ??= mayStartPhrase(phrase))) return best;
  // The alias trie prunes the walk: lookupPlace drops a leading "the", folds case and apostrophes and drops a final
  // "'s", so a phrase can be known only when its words (all but the first "the") spell a path of the trie, and none
  // longer once they do not.
  let node: AliasNode | undefined = phrase.toLowerCase() === 'the' ? ALIAS_ROOT : aliasChild(ALIAS_ROOT, phrase, false);
  for (let j = i + 1; node !== undefined && j < words.length && j < i + MAX_PHRASE; j++) {
    const w = words[j] as Word;
    if (!adjacent(text, words[j - 1] as Word, w) && !pluralPossessiveGap(text, words[j - 1] as Word, w)) break;
    phrase += ` ${w.text}`;
    const next: AliasNode | undefined = aliasChild(node, w.text, false);
    if ((w.flags & WORD.capitalized) !== 0 && (next !== undefined || aliasChild(node, w.text, true) !== undefined)) {
      const entry = lookupPlace(phrase);
      if (entry) best = [entry, j - i + 1];
    }
    node = next;
  }
  return best;
}

/** A hyphenated compound whose prefix is a known actor ("Russian-brokered", "US-led", "Armenian-Azerbaijani"). */
function compoundParts(word: Word, sentence: number, index: number): ActorMention[] {
  const parts = word.text.split('-');
  const found: ActorMention[] = [];
  let offset = word.start;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as string;
    const entry = part && isCapitalized(part) ? lookupPlace(part) : null;
    if (entry) {
      const rest = parts.slice(k + 1).join('-');
      found.push({ entry, text: part, start: offset, end: offset + part.length, sentence, from: index, to: index + 1, suffix: rest || null });
    }
    offset += part.length + 1;
  }
  return found;
}

const OUTLETS = new Set(OUTLET_WORDS);

const CLUB_WORDS = new Set(CLUB_SUFFIXES);

/**
 * Whether the word after a mention makes it a newspaper's or a club's name ("Washington Post", "Manchester United's",
 * "Nottingham Forest"): adjacent, and an outlet word, or after a city a club word; a possessive is read without its "'s".
 */
function outletAfter(text: string, words: readonly Word[], i: number, length: number, entry: PlaceEntry): boolean {
  const last = words[i + length - 1] as Word;
  const next = words[i + length];
  if (next === undefined || (next.flags & WORD.upper) === 0 || !adjacent(text, last, next)) return false;
  const word = bare(next.text);
  if (OUTLETS.has(word)) return true;
  if (entry.kind !== 'city') return false;
  // A plural of agents or a nation's demonym is as often a group of the city ("Chicago Republicans", "Boston Irish
  // leaders") as a club: read as a club only as a weekday is (clubAfter).
  if (CLUB_WORDS.has(word)) return true;
  if (TEAM_PLURAL.test(word) ? !NOT_TEAM.has(word) : DEMONYM_CLUBS.has(word)) return clubAfter(text, words, i, i + length, false);
  return WEEKDAYS.has(word) && clubAfter(text, words, i, i + length, true);
}

/** Demonyms that name a club after a city ("London Irish", "London Welsh"), but also a city's people. */
const DEMONYM_CLUBS = new Set(['Irish', 'Welsh', 'Scottish']);

/**
 * A plural of agents or members after a city names a team or a club ("Cleveland Cavaliers", "Pittsburgh Steelers",
 * "Boston Celtics", "Mumbai Indians", "Pittsburgh Penguins", "Glasgow Wheelers"), not the city; not an event
 * ("Athens Olympics", "Milan Indoors").
 */
const TEAM_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|[^o]ors|ics|ans|ins)$/u;
const NOT_TEAM = new Set(['Olympics', 'Paralympics']);
const WEEKDAYS = new Set(WEEKDAY_NAMES);
/** Words before a place that make a weekday after it the date of what happened there ("in San Francisco Wednesday"). */
const PLACE_BEFORE_DATE = new Set(['in', 'near', 'across', 'around', 'outside', 'inside', 'throughout', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'downtown', 'North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);
/** Words of a day's part after a weekday ("Miami Tuesday night"). */
const DAY_PART = /^(?:night|morning|afternoon|evening|nights|mornings|at|to|and|in|after|when|as|the)$/;
/** Words of sport: a text that holds one reads "Sheffield Wednesday" or "Cleveland Cavaliers" as the club. */
const SPORT = /\b(?:goals?|striker|midfielder|defender|goalkeeper|manager|league|fixtures?|relegation|promotion|Premiership|Championship|kick-off|penalty|match|coach|playoffs?|season|NBA|NFL|NHL|MLB|basketball|baseball|hockey|rugby|cricket|quarterback|touchdowns?|innings)\b/;
let sportText: string | null = null;
let sportFound = false;

/**
 * Whether the word after a city names a club with it ("Sheffield Wednesday", "Cleveland Cavaliers", "London Irish"),
 * not the day ("in San Francisco Wednesday", "in East Oakland Thursday night") or the city's people ("Chicago
 * Republicans"): not after a word that places an event in the city, nor (a weekday) before a day's part, and either
 * the pair comes back in the text or the text is about sport.
 */
function clubAfter(text: string, words: readonly Word[], i: number, day: number, weekday: boolean): boolean {
  const prev = words[i - 1];
  if (prev !== undefined && PLACE_BEFORE_DATE.has(prev.text)) return false;
  const next = words[day] as Word;
  const following = words[day + 1];
  if (weekday && following !== undefined && DAY_PART.test(following.text)) return false;
  const start = (words[i] as Word).start;
  const pair = text.slice(start, next.end);
  if (text.indexOf(pair, next.end) >= 0 || (start > 0 && text.lastIndexOf(pair, start - 1) >= 0)) return true;
  if (sportText !== text) {
    sportText = text;
    sportFound = SPORT.test(text);
  }
  return sportFound;
}

const CLUBS = new Set(CLUB_PREFIXES);
const TERRITORIAL = new Set(TERRITORIAL_TITLES);

/**
 * Whether the words before a place make it part of another name: a club's ("Real Madrid", "AC Milan") or a title's
 * territorial designation ("Duchess of Cambridge", "Prince of Wales").
 */
function nameBefore(text: string, words: readonly Word[], i: number, entry: PlaceEntry): boolean {
  const prev = words[i - 1];
  if (prev === undefined || entry.kind === 'group' || entry.kind === 'organization') return false;
  if ((prev.flags & WORD.upper) === 0 && prev.text !== 'of') return false;
  if (!adjacent(text, prev, words[i] as Word)) return false;
  if (CLUBS.has(prev.text)) return true;
  const title = words[i - 2];
  if (prev.text !== 'of' || title === undefined || !adjacent(text, title, prev)) return false;
  return TERRITORIAL.has(title.text) || (entry.name === 'Wales' && (title.text === 'Prince' || title.text === 'Princess'));
}

/** Whether a word is written in capitals only, two letters or more ("IS", "LYING"). */
function allCaps(word: Word): boolean {
  const n = word.end - word.start;
  if (n < 2 || (word.flags & WORD.upper) === 0) return false;
  const text = word.text;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

const WORD_LIKE = new Set(WORD_ACRONYMS);

/**
 * Whether an acronym that spells a word ("IS", "US") stands in text written in capitals ("SHE IS LYING", "SHOW US
 * YOUR MEDALS"): the words on both sides of it are in capitals too, one of them of three letters or more and naming
 * nothing known. There it is the word shouted, not the name ("US TV", "his US PGA title" keep theirs).
 */
function shouted(words: readonly Word[], i: number): boolean {
  const w = words[i] as Word;
  if (!WORD_LIKE.has(w.text)) return false;
  const before = words[i - 1];
  const after = words[i + 1];
  if (before === undefined || after === undefined || !allCaps(before) || !allCaps(after)) return false;
  return [before, after].some((o) => o.end - o.start >= 3 && memoOf(o).entry === null);
}

/** Every known actor or place named in a sentence, left to right, longest phrase first; not a newspaper's place. */
export function sentenceActors(doc: Doc, sentence: Sentence, words: Word[]): ActorMention[] {
  const found: ActorMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if ((w.flags & WORD.capitalized) === 0) continue;
    const hit = longestAt(doc.text, words, i);
    if (hit && (outletAfter(doc.text, words, i, hit[1], hit[0]) || nameBefore(doc.text, words, i, hit[0]) || (hit[1] === 1 && shouted(words, i)))) {
      i += hit[1] - 1;
      continue;
    }
    if (hit) {
      const last = words[i + hit[1] - 1] as Word;
      found.push({ entry: hit[0], text: doc.text.slice(w.start, last.end), start: w.start, end: last.end, sentence: sentence.index, from: i, to: i + hit[1], suffix: null });
      i += hit[1] - 1;
    } else if ((w.flags & WORD.hyphen) !== 0) {
      found.push(...compoundParts(w, sentence.index, i));
    }
  }
  return found;
}

export const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Whether the code point starting at `i` (or ending just before `i`, when `before`) is a letter or a number. */
export function letterOrNumberAt(text: string, i: number, before: boolean): boolean {
  if (before ? i <= 0 : i >= text.length) return false;
  const c = text.charCodeAt(before ? i - 1 : i);
  if (c < 0x80) return ((c | 0x20) - 97) >>> 0 < 26 || (c - 48) >>> 0 < 10;
  const pair = before && c >= 0xdc00 && c <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  const at = pair ? i - 2 : before ? i - 1 : i;
  const cp = text.codePointAt(at) as number;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}

/** A US town or county named with its state ("Dayton, Ohio"): facts/entities/towns.ts. */
export interface StateTown {
  name: string;
  /** A county or a parish ("Preble County"), else a town. */
  county: boolean;
  /** The state's name ("Virginia" for "Va."), or the county's or the country's ("Kent", "Iraq"). */
  state: string;
  /** The country the town lies in ("United States", "United Kingdom", "Iraq"): `state` itself when it names a country. */
  country: string;
  town: Evidence;
  /** The state as written. */
  written: Evidence;
}

/** Words and actor mentions of every sentence, computed once and shared by the extractors. */
export interface Scan {
  words: Word[][];
  actors: ActorMention[][];
  /** Starts of place words read as a person's first name instead ("Jordan" of "Jordan Henderson"). */
  firstNames?: Set<number>;
  /** The US towns named with their state, once asked for (stateTowns). */
  towns?: StateTown[];
}

const SURNAME = /^\p{Lu}\p{Ll}{2,}$/u;
const PLACE_FIRST_NAMES = new Set(FIRST_NAMES_ALSO_PLACES);
/** Before a place and its next word, or before that word alone, an article makes them a team or a thing ("the Dallas Cowboys", "the Cowboys"). */
const ARTICLES = new Set(['the', 'a', 'an']);
const NOT_SURNAME = new Set([...INSTITUTION_WORDS, ...NOT_NAME_WORDS, ...NON_PERSON_HEADS, ...OUTLET_WORDS]);

/**
 * Places that open a person's name ("Jordan Henderson", "Milan Kundera", "Israel Katz"): a place that is also a
 * common first name (FIRST_NAMES_ALSO_PLACES) right before a capitalised word the lexicon does not know, which the text
 * uses alone elsewhere after a word in lower case other than an article ("said Henderson"), as news reuses a surname,
 * or with an age or a verb of saying next to the two ("Georgia Jackson said", "Jordan Clay, 19,"); not a club ("Milan
 * fans"), nor a place before a noun ("Paris Club": "Club" is no surname reused alone); and places that are a person's
 * surname (placeSurname: "coach Joe Jordan", "Mr Wellington"). Their place reading is dropped and their starts
 * returned, for the people extractor to read them as part of a name.
 */
function placeFirstNames(doc: Doc, words: Word[][], actors: ActorMention[][]): Set<number> | undefined {
  let found: Set<number> | undefined;
  let bareUses: Set<string> | null = null;
  for (let i = 0; i < actors.length; i++) {
    const list = actors[i] as ActorMention[];
    const sentence = words[i] as Word[];
    for (let k = 0; k < list.length; k++) {
      const a = list[k] as ActorMention;
      if (a.to - a.from !== 1 || a.suffix !== null || (a.entry.kind !== 'city' && a.entry.kind !== 'country' && a.entry.kind !== 'region')) continue;
      // A surname ("coach Joe Jordan", "Mr Wellington").
      if (placeSurname(doc.text, sentence, a.from)) {
        (found ??= new Set()).add((sentence[a.from] as Word).start);
        list.splice(k, 1);
        k--;
        continue;
      }
      if (!PLACE_FIRST_NAMES.has(a.text)) continue;
      const w = sentence[a.from] as Word;
      const next = sentence[a.from + 1];
      const before = sentence[a.from - 1];
      if (next === undefined || !adjacent(doc.text, w, next) || bare(w.text) !== w.text || a.text !== w.text) continue;
      // A title right before the two names the person ("Defence Minister Israel Katz", "Gen. Jordan Clay").
      const titled = before !== undefined && adjacent(doc.text, before, w) && (TITLES.has(before.text) || NAME_ROLES.has(before.text));
      // Not a name's middle ("Frank Jordan Smith") or a phrase's ("the Paris Club" is ruled out by the bare-use test).
      if (!titled && before !== undefined && adjacent(doc.text, before, w) && ((before.flags & WORD.upper) !== 0 || ARTICLES.has(before.text))) continue;
      const surname = bare(next.text);
      if (!SURNAME.test(surname) || NOT_SURNAME.has(surname) || memoOf(next).entry !== null || lookupPlace(surname) !== null) continue;
      const after = sentence[a.from + 2];
      if (after !== undefined && adjacent(doc.text, next, after) && (after.flags & WORD.upper) !== 0) continue;
      // Only words opening with a capital (WORD.upper, startsUpper) can be a surname (SURNAME): the others are neither
      // sliced nor kept, which on a long text (a million characters) was most of the scan's time and garbage.
      if (!titled) {
        if (bareUses === null) {
          bareUses = new Set();
          for (const ws of words) {
            for (let m = 1; m < ws.length; m++) {
              const use = ws[m] as Word;
              if ((use.flags & WORD.upper) === 0) continue;
              const prev = ws[m - 1] as Word;
              if ((prev.flags & WORD.upper) !== 0 || ARTICLES.has(prev.text)) continue;
              bareUses.add(bare(use.text));
            }
          }
        }
        if (!bareUses.has(surname) && !personContext(doc.text, { start: w.start, end: next.end })) continue;
      }
      (found ??= new Set()).add(w.start);
      list.splice(k, 1);
      k--;
    }
  }
  return found;
}

/** Honorifics of a person's surname ("Mr Wellington", "Lord Liverpool", "Baroness Scotland"), never of a place. */
const PERSONAL_HONORIFIC = /^(?:Mrs?|Ms|Dr|Sir|Dame|Lord|Lady|Baron(?:ess)?)\.?$/;
/** Lower-case roles written right before a person's name ("coach Joe Jordan", "referee Hugh Dallas"). */
const NAME_ROLES = new Set(TITLE_HEADS.concat(['starring', 'writer']));

/**
 * Whether the place at word `i` is a person's surname: right after a personal honorific ("Mr Wellington"), or after a
 * first name (a capitalised word the lexicon does not know, that opens no name of a place or a body) that itself
 * follows a role ("coach Joe Jordan", "Mayor Frank Jordan", "starring Denzel Washington", "writer Tony Jordan") or an
 * outlet's possessive ("the Observer's Philip French", "CNN's Lisa France"), or that opens the text, a sentence or a
 * clause where a verb of saying or an age goes with the two ("said Michelle French.", "Nicole Washington, 34,"), with
 * no capitalised word after it ("referee Hugh Dallas", not "coach Frank Paris Saint-Germain").
 */
function placeSurname(text: string, sentence: readonly Word[], i: number): boolean {
  const w = sentence[i] as Word;
  const prev = sentence[i - 1];
  if (prev === undefined || !adjacent(text, prev, w) || (prev.flags & WORD.upper) === 0) return false;
  const after = sentence[i + 1];
  if (after !== undefined && adjacent(text, w, after) && (after.flags & WORD.upper) !== 0) return false;
  if (PERSONAL_HONORIFIC.test(prev.text)) return true;
  const role = sentence[i - 2];
  const joined = role !== undefined && adjacent(text, role, prev);
  if (!(joined && NAME_ROLES.has(role.text.toLowerCase())) && !(joined && (role.flags & WORD.upper) !== 0 ? outletOwner(role) : sayerContext(text, prev.start, w.end))) return false;
  return SURNAME.test(prev.text) && !NOT_SURNAME.has(prev.text) && memoOf(prev).entry === null && lookupPlace(prev.text) === null;
}

/** An outlet's possessive ("Observer's", "CNN's"), which opens the name of one of its people. */
function outletOwner(word: Word): boolean {
  if ((word.flags & WORD.upper) === 0 || !possessive(word.text)) return false;
  const owner = bare(word.text);
  return OUTLETS.has(owner) || AGENCY_BY_ALIAS.has(owner);
}

/** Right after a name: a word in lower case other than a verb of saying ("said African American women are …"). */
const LOWER_NOT_SAYING = /^ (?!(?:said|says|told|tells|added|adds|wrote|writes|explained|insisted|argued|warned|recalled)\b)\p{Ll}/u;

/**
 * Whether the words from `start` to `end` read as a person's name by what stands next to them: an age or a verb of
 * saying (personContext), not a verb of saying before a subject of reported speech ("He said Swim America would"),
 * nor after "of" ("the office of Develop Louisville said").
 */
function sayerContext(text: string, start: number, end: number): boolean {
  return personContext(text, { start, end }) && !LOWER_NOT_SAYING.test(text.slice(end, end + 12)) && !/\bof $/.test(text.slice(Math.max(0, start - 4), start));
}

const LINKS = '(?:(?:of|and|for|the|on|&) )*';
/** An acronym of three to six capitals ("FSA", "IRGC"). */
const ACRONYM = /^[A-Z]{3,6}$/;

/**
 * Whether the text spells out an acronym the lexicon gives a group or a body as the initials of another name: "the
 * Financial Services Authority (FSA)" makes "FSA" the UK regulator, not the Syrian rebels' Free Syrian Army. Only a
 * capitalised run whose words open with the acronym's letters, in order (linking words aside), and which the lexicon
 * does not read as the same entry and which shares no word with the entry's names, counts.
 */
function spelledOtherwise(text: string, acronym: string, entry: PlaceEntry, memo: Map<string, boolean>): boolean {
  const known = memo.get(acronym);
  if (known !== undefined) return known;
  const parts = [...acronym].map((c) => `${c}[\\p{Ll}\\p{Lu}'’-]*\\p{Ll}[\\p{Ll}'’-]*`);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${parts.join(` ${LINKS}`)}(?![\\p{L}\\p{N}])`, 'gu');
  let other = false;
  let own: Set<string> | null = null;
  for (const m of text.matchAll(re)) {
    if (lookupPlace(m[0]) === entry) continue;
    // A variant of the entry's own name ("Israeli Defence Forces" for "Israel Defense Forces") shares a word with it.
    own ??= entryWords(entry);
    if (!m[0].split(' ').some((w) => own?.has(w.toLowerCase()))) {
      other = true;
      break;
    }
  }
  memo.set(acronym, other);
  return other;
}

/** Nouns of irregular fighters, written in lower case, that the name of their group goes before ("Fano militiamen"). */
const IRREGULAR_NOUNS = new Set(['militiamen', 'militia', 'militias', 'rebels', 'militants', 'insurgents', 'separatists', 'guerrillas', 'guerillas', 'jihadists']);
/** Nouns of any armed force, which name an unknown group only after a people's adjective ("Tigrayan forces"). */
const FORCE_NOUNS = new Set(['forces', 'fighters']);
const IRREGULARS = new RegExp(`\\b(?:${[...IRREGULAR_NOUNS, ...FORCE_NOUNS].join('|')})\\b`);
/** A story of armed conflict: only there does a name before such a noun make an armed group. */
const ARMED_STORY = /\b(?:wars?|fighting|clash(?:es|ed)|troops|soldiers|army|military|offensive|insurgency|ceasefire|truce)\b/i;
/** Capitalised words before such a noun that describe the fighters or their politics ("Islamist militants", "Tory rebels"). */
const NOT_GROUP_NAMES = new Set([
  'Islamist', 'Islamic', 'Jihadist', 'Muslim', 'Christian', 'Shia', 'Shiite', 'Sunni', 'Tory', 'Labour', 'Conservative',
  'Republican', 'Democratic', 'Democrat', 'Liberal', 'Brexit', 'GOP', 'House', 'Government', 'Opposition', 'Police', 'Army',
  'Rebel', 'Separatist',
]);
/** Before a space before a word inside a sentence: a lower-case letter, a comma or a semicolon. */
const INSIDE_BEFORE = /[\p{Ll},;]/u;
/** A name's last word that is an adjective ("Ambazonian", "Tigrayan", "Congolese"): the group is named with its noun. */
const ADJECTIVE_END = /(?:an|ese|ish)$/;

/**
 * Armed groups the lexicon does not know, in a story of armed conflict: one or two capitalised words right before a
 * noun of irregular fighters in lower case ("Fano militiamen", "Ambazonian separatists"), not a known actor or place,
 * not a word that describes fighters or their politics (NOT_GROUP_NAMES) nor their backer ("Kurdish-led", "Iran-backed").
 * Named by those words ("Fano"), or with the noun after an adjective ("Ambazonian separatists").
 */
function unknownGroups(doc: Doc, words: readonly Word[][], actors: ActorMention[][]): void {
  if (!IRREGULARS.test(doc.text) || !ARMED_STORY.test(doc.text)) return;
  const entries = new Map<string, PlaceEntry>();
  // The capitalised words that stand inside a sentence (after a lower-case letter, a comma or a semicolon and a space).
  const inside = new Set<string>();
  for (const list of words) for (let k = 1; k < list.length; k++) {
    const w = list[k] as Word;
    if ((w.flags & WORD.capitalized) !== 0 && doc.text.charCodeAt(w.start - 1) === 0x20 && INSIDE_BEFORE.test(doc.text.charAt(w.start - 2))) inside.add(w.text);
  }
  for (let i = 0; i < words.length; i++) {
    const list = words[i] as Word[];
    for (let k = 1; k < list.length; k++) {
      const noun = list[k] as Word;
      const force = FORCE_NOUNS.has(noun.text);
      if (!force && !IRREGULAR_NOUNS.has(noun.text)) continue;
      let j = k;
      while (j > 0 && k - j < 2) {
        const w = list[j - 1] as Word;
        if ((w.flags & WORD.capitalized) === 0 || !adjacent(doc.text, w, list[j] as Word) || NOT_GROUP_NAMES.has(w.text) || /['’.]|-\p{Ll}/u.test(w.text)) break;
        j--;
      }
      if (j === k) continue;
      const first = list[j] as Word;
      const last = list[k - 1] as Word;
      const known = actors[i] as ActorMention[];
      if (known.some((a) => a.start < noun.start && a.end > first.start - 2)) continue;
      // A sentence's first word is capitalised whatever it is ("Armed militants"): a name only if it is so inside a sentence too.
      if (j === 0 && !inside.has(first.text)) continue;
      const adjective = ADJECTIVE_END.test(last.text);
      if (force && (!adjective || j !== k - 1)) continue;
      const end = adjective ? noun.end : last.end;
      const name = doc.text.slice(first.start, end);
      let entry = entries.get(name);
      if (entry === undefined) entries.set(name, (entry = { name, kind: 'group', country: null, metonym: false }));
      known.push({ entry, text: name, start: first.start, end, sentence: i, from: j, to: adjective ? k + 1 : k, suffix: null });
      known.sort((a, b) => a.start - b.start);
    }
  }
}

/** Scans the whole document once: words and actor mentions per sentence. */
export function scanDoc(doc: Doc): Scan {
  const words = doc.sentences.map((s) => sentenceWords(s, doc.text));
  const actors = doc.sentences.map((s, i) => sentenceActors(doc, s, words[i] as Word[]));
  unknownGroups(doc, words, actors);
  // A group's or a body's acronym the text spells out as another name stands for that name, not for the group.
  let memo: Map<string, boolean> | null = null;
  for (let i = 0; i < actors.length; i++) {
    const list = actors[i] as ActorMention[];
    for (let k = 0; k < list.length; k++) {
      const a = list[k] as ActorMention;
      if (a.to - a.from > 2 || a.suffix !== null || (a.entry.kind !== 'group' && a.entry.kind !== 'organization')) continue;
      // The acronym, alone or after "the" ("the FSA").
      const w = (words[i] as Word[])[a.to - 1] as Word;
      if (a.to - a.from === 2 && ((words[i] as Word[])[a.from] as Word).text.toLowerCase() !== 'the') continue;
      const acronym = bare(w.text);
      if (!ACRONYM.test(acronym)) continue;
      memo ??= new Map();
      if (spelledOtherwise(doc.text, acronym, a.entry, memo)) {
        list.splice(k, 1);
        k--;
      }
    }
  }
  const firstNames = placeFirstNames(doc, words, actors);
  return firstNames === undefined ? { words, actors } : { words, actors, firstNames };
}
