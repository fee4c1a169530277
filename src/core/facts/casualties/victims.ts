import {
  HYPOTHETICAL_CUES,
  INJURY_NOUNS,
  INJURY_VERBS,
  RELATIONAL_NOUNS,
  NEGATIONS,
  NOT_VICTIM_NAMES,
  PERSON_PLURAL,
  PERSON_SINGULAR,
  VICTIM_AUXILIARIES,
  VICTIM_OBJECT_PREDICATES,
  VICTIM_PREDICATES,
  VICTIM_SINGULAR_BE,
} from '../../lexicon/casualties.ts';
import { counterfactualBefore, figurative, isPossessiveHer } from './find.ts';
import { WordFilter, type Tok } from './tokens.ts';

/** One person reported killed or hit, without a figure: "Julian Bryant, 22, died", "he was shot". */
export interface Victim {
  kind: 'killed' | 'shot';
  /**
   * Who: the name in lower case for a named person ("julian bryant"), '@pron' for he/she (resolved later to the last
   * named victim), '@anon' for "the man", "a 23-year-old", "one of the victims".
   */
  key: string;
  /** Token range of the evidence: the person through the predicate. */
  from: number;
  to: number;
  /** True when the words tell the person hit lives ("is expected to survive", "was treated and released"). */
  alive?: boolean;
}

interface Predicate {
  words: string[];
  kind: 'killed' | 'shot';
  voice: 'passive' | 'intransitive' | 'object';
}

function table(rows: readonly string[], voiceOf: (parts: string[]) => Predicate['voice']): Map<string, Predicate[]> {
  const out = new Map<string, Predicate[]>();
  for (const row of rows) {
    const parts = row.split(';').map((p) => p.trim());
    const words = (parts[0] as string).split(' ');
    const list = out.get(words[0] as string) ?? [];
    list.push({ words, kind: parts[1] as 'killed' | 'shot', voice: voiceOf(parts) });
    list.sort((a, b) => b.words.length - a.words.length);
    out.set(words[0] as string, list);
  }
  return out;
}

const SUBJECT_PREDICATES = table(VICTIM_PREDICATES, (p) => p[2] as Predicate['voice']);
const OBJECT_PREDICATES = table(VICTIM_OBJECT_PREDICATES, () => 'object');
const AUX = new Set(VICTIM_AUXILIARIES);
const SINGULAR_BE = new Set(VICTIM_SINGULAR_BE);
const PLURAL_BE = new Set(['were', 'are', 'have']);
const BLOCK = new Set([...HYPOTHETICAL_CUES, ...NEGATIONS, 'attempted', 'nearly', 'almost']);
const NOT_NAME = new Set(NOT_VICTIM_NAMES);
const SINGULAR = new Set(PERSON_SINGULAR.filter((w) => !['he', 'she', 'him', 'himself', 'herself', 'one', 'security'].includes(w)));
const PLURAL = new Set(PERSON_PLURAL);
const INJURY_VERB = new Set(INJURY_VERBS);
const LIFE_VERBS = new Set(['took', 'claimed', 'ended', 'cost']);
const INJURY_NOUN = new Set(INJURY_NOUNS);
/** Every word a victim phrase can be found at: one lookup per token instead of four. */
const VICTIM_WORDS = new Set([...OBJECT_PREDICATES.keys(), ...SUBJECT_PREDICATES.keys(), ...INJURY_VERB, ...LIFE_VERBS]);
const VICTIM_FILTER = new WordFilter(VICTIM_WORDS);
const RELATIONAL = new Set(RELATIONAL_NOUNS);
const INJURY_PREDICATE: Predicate = { words: [], kind: 'shot', voice: 'intransitive' };
const NAME_SUFFIX = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'another', 'this', 'that']);
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth']);

/** Farthest an appositive may stretch between a name and its verb ("Robinson, a graduate of ..., died"). */
const MAX_APPOSITIVE = 25;

/** The word of token `i`, or '' outside the sentence (checked first: reading an array at a negative index is slow). */
function w(toks: readonly Tok[], i: number): string {
  return i >= 0 && i < toks.length ? (toks[i] as Tok).w : '';
}

function match(map: Map<string, Predicate[]>, toks: readonly Tok[], i: number): Predicate | null {
  for (const p of map.get(w(toks, i)) ?? []) {
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++) ok = w(toks, i + k) === p.words[k];
    if (ok) return p;
  }
  return null;
}

function isName(t: Tok | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const c = t.raw[0] as string;
  // Upper-case runs ("A 30-YEAR-OLD MAN WAS SHOT") are shouting, not names.
  if (t.raw.length > 1 && t.raw === t.raw.toUpperCase()) return false;
  return c !== c.toLowerCase() && !NOT_NAME.has(t.w) && !t.w.endsWith("'s");
}

/** A capitalized run ending before `e` ("Julian Bryant Jr."): its start and the surname as key. */
function nameBefore(toks: readonly Tok[], end: number): { from: number; key: string } | null {
  // "Vincent Holt Jr., 27,": the suffix's period is its own token.
  const e = w(toks, end - 1) === '.' && NAME_SUFFIX.has(w(toks, end - 2)) ? end - 1 : end;
  let k = e;
  let key: string | null = null;
  while (k > 0 && e - k < 5) {
    const t = toks[k - 1] as Tok;
    if (NAME_SUFFIX.has(t.w) && key === null) {
      k--;
      continue;
    }
    if (!isName(t)) break;
    key = key === null ? t.w : `${t.w} ${key}`;
    k--;
  }
  // "a columnist for the Portland Press Herald died", "a hunter on the Western Slope": a name after "the" is a place's
  // or an institution's, not a person's.
  if (key === null || k === e || w(toks, k - 1) === 'the') return null;
  // "23-year-old Davienne Lewis from Springfield": the place after "from" is not the person.
  if ((w(toks, k - 1) === 'from' || w(toks, k - 1) === 'of') && k >= 2) {
    const inner = nameBefore(toks, k - 1);
    if (inner) return inner;
  }
  return { from: k, key };
}

/** "the man", "a 23-year-old", "one of the victims", "the 4-year-old boy": an unnamed single person ending at `e`. */
function anonymousBefore(toks: readonly Tok[], e: number): { from: number; key: string } | null {
  const last = w(toks, e - 1);
  if (SINGULAR.has(last) || (last.endsWith('-old') && !PLURAL.has(w(toks, e)))) {
    for (let k = e - 1; k >= 0 && e - k <= 6; k--) {
      const x = w(toks, k);
      // "a fourth victim": someone besides the three told of before.
      if (ARTICLES.has(x) || x === 'one') return { from: k, key: ORDINALS.has(w(toks, k + 1)) ? `@rel:${w(toks, k + 1)}` : anonymousKey(last) };
      if (toks[k]?.kind === 'punct' || PLURAL.has(x)) return null;
    }
    return null;
  }
  for (let k = e - 1; k >= 1 && e - k <= 8; k--) {
    const x = w(toks, k);
    if (toks[k]?.kind === 'punct') return null;
    if (x === 'of' && w(toks, k - 1) === 'one') return { from: k - 1, key: '@anon' };
  }
  return null;
}

/** '@rel:father' for someone in particular ("his father"), told apart from the other unnamed; '@anon' otherwise. */
function anonymousKey(noun: string): string {
  return RELATIONAL.has(noun) ? `@rel:${noun}` : '@anon';
}

/** The single person ending at token `e` (a name, he/she, "the victim", "one of the men"), or null. */
function personBefore(toks: readonly Tok[], e: number): { from: number; key: string } | null {
  const x = w(toks, e - 1);
  if (x === 'he' || x === 'she') return { from: e - 1, key: '@pron' };
  if (x === ',') {
    for (let k = e - 2; k >= 0 && e - k <= MAX_APPOSITIVE; k--) {
      const y = w(toks, k);
      if (y === ',') {
        // "his father, Chris Few, was also shot": an appositive that is a name is the person's name.
        const inner = nameBefore(toks, e - 1);
        if (inner && inner.from === k + 1) return inner;
        const person = personAt(toks, k);
        if (person) return person;
      }
      if (y === '.' && NAME_SUFFIX.has(w(toks, k - 1))) continue;
      if (y === '.' || y === ';' || y === ':' || y === '"' || y === 'said') return null;
    }
    return null;
  }
  return personAt(toks, e);
}

function personAt(toks: readonly Tok[], e: number): { from: number; key: string } | null {
  const name = nameBefore(toks, e);
  if (name) return name;
  return anonymousBefore(toks, e) ?? modifiedPerson(toks, e) ?? relativePerson(toks, e);
}

/** Farthest a relative clause ("who was walking her dog") may run between a person and the verb. */
const MAX_RELATIVE = 10;

/**
 * "A woman who was walking her dog was shot", "a man who lives nearby was wounded": an unnamed person whose noun a
 * relative clause without punctuation separates from the verb. The clause must not tell of harm itself ("a man who
 * was shot …" is that clause's own report).
 */
function relativePerson(toks: readonly Tok[], e: number): { from: number; key: string } | null {
  for (let k = e - 1; k > 0 && e - k <= MAX_RELATIVE; k--) {
    const t = toks[k] as Tok;
    if (t.kind === 'punct' || VICTIM_WORDS.has(t.w)) return null;
    if (t.w === 'who') return anonymousBefore(toks, k);
  }
  return null;
}

/** Words that open a short modifier after a person: "a man in his 50s", "a woman sitting in the car". */
const MODIFIER_OPENERS = new Set(['in', 'at', 'on', 'from', 'inside', 'outside', 'near', 'with', 'sitting', 'standing', 'walking', 'riding', 'driving']);
/** Farthest a short modifier may run between a person and the verb. */
const MAX_MODIFIER = 6;

/**
 * "Another man in his late 50s was shot", "an 18-year-old woman sitting in the car was hit": an unnamed person whose
 * noun a short place or age phrase (no punctuation, no verb of its own) separates from the verb.
 */
function modifiedPerson(toks: readonly Tok[], e: number): { from: number; key: string } | null {
  for (let k = e - 1; k > 0 && e - k <= MAX_MODIFIER; k--) {
    const t = toks[k] as Tok;
    if (t.kind === 'punct' || AUX.has(t.w) || PLURAL_BE.has(t.w)) return null;
    if (!MODIFIER_OPENERS.has(t.w)) continue;
    // "sitting in the car": the person stands before the phrase's first opener, not its last.
    const person = anonymousBefore(toks, k);
    if (person) return person;
  }
  return null;
}

/** The single person right of `k`: him/her, a name, "a 17-year-old", "his girlfriend". */
function personAfter(toks: readonly Tok[], k: number): { to: number; key: string } | null {
  const x = w(toks, k);
  if (x === 'him' || x === 'her' && !isPossessiveHer(toks, k)) return { to: k + 1, key: '@pron' };
  let j = k;
  if (ARTICLES.has(x) || x === 'her' || x === 'one') {
    j++;
    while (j < toks.length && j - k <= 5) {
      const y = w(toks, j);
      if (SINGULAR.has(y) || (y.endsWith('-old') && !PLURAL.has(w(toks, j + 1)) && !isName(toks[j + 1]))) return { to: j + 1, key: anonymousKey(y) };
      if (y.endsWith('-old')) {
        j++;
        break;
      }
      if (toks[j]?.kind === 'punct' || PLURAL.has(y)) return null;
      j++;
    }
  } else if (x.endsWith('-old')) j++;
  let end = j;
  let key: string | null = null;
  while (end < toks.length && end - j < 4 && (isName(toks[end]) || (NAME_SUFFIX.has(w(toks, end)) && key !== null))) {
    if (!NAME_SUFFIX.has(w(toks, end))) key = key === null ? w(toks, end) : `${key} ${w(toks, end)}`;
    end++;
  }
  // "Placer County deputies", "Sacramento Police": a place or an institution, not a person.
  const next = toks[end];
  if (next && next.kind === 'word' && next.raw[0] !== next.w[0] && (NOT_NAME.has(next.w) || next.w.endsWith("'s"))) return null;
  // "the shooting of Larose teenager", "killing of Arkansas boy": a place before the person's noun, no name.
  if (key !== null && next && SINGULAR.has(next.w) && next.raw[0] === next.w[0]) return { to: end + 1, key: anonymousKey(next.w) };
  return key === null ? null : { to: end, key };
}

interface AuxScan {
  start: number;
  singular: boolean;
  plural: boolean;
  blocked: boolean;
}

function scanAux(toks: readonly Tok[], i: number): AuxScan {
  const out: AuxScan = { start: i, singular: false, plural: false, blocked: false };
  let j = i;
  while (j > 0 && i - j < 6) {
    const p = w(toks, j - 1);
    if (BLOCK.has(p) || p.endsWith("n't")) out.blocked = true;
    else if (SINGULAR_BE.has(p) || p === "'s") out.singular = true;
    else if (PLURAL_BE.has(p)) out.plural = true;
    else if (!AUX.has(p) && !(p.endsWith('ly') && p.length > 4)) break;
    j--;
  }
  out.start = j;
  return out;
}

function hypotheticalBefore(toks: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) if (BLOCK.has(w(toks, k))) return true;
  return counterfactualBefore(toks, i);
}

function subjectVictim(toks: readonly Tok[], i: number, p: Predicate, out: readonly Victim[]): Victim | null {
  const end = i + p.words.length;
  const aux = scanAux(toks, i);
  if (aux.blocked || aux.plural) return null;
  if (p.voice === 'passive' && !aux.singular && !(w(toks, i - 1) === 'injured' || w(toks, i - 1) === 'wounded')) {
    // "was shot in the head and pronounced dead": the second verb shares the first one's person.
    return coordinatedVictim(toks, aux.start, p, end, out);
  }
  let e = aux.start;
  // "and", and for a death "but" ("was rushed to a hospital but died"): the verb shares the clause's person.
  const joiner = w(toks, e - 1);
  if (joiner === 'and' || (joiner === 'but' && p.kind === 'killed')) return coordinatedVictim(toks, e, p, end, out);
  if (w(toks, e - 1) === 'who' || w(toks, e - 1) === 'that') {
    e--;
    // "Kim Park, who was shot in the arm, ...": the person the relative clause hangs on.
    if (w(toks, e - 1) === ',') e--;
  }
  const person = personBefore(toks, e);
  if (!person) return null;
  return { kind: p.kind, key: person.key, from: person.from, to: end };
}

function coordinatedVictim(toks: readonly Tok[], start: number, p: Predicate, end: number, out: readonly Victim[]): Victim | null {
  if (w(toks, start - 1) !== 'and' && w(toks, start - 1) !== 'but') return null;
  const prev = out[out.length - 1];
  if (!prev || prev.to > start - 1 || start - 1 - prev.to > 12) return clauseSubject(toks, start - 1, p, end);
  for (let k = prev.to; k < start - 1; k++) if (/^[.;:]$/.test(w(toks, k)) || w(toks, k) === 'who') return null;
  return { kind: p.kind, key: prev.key, from: prev.from, to: end };
}

/**
 * "The boy was taken off life support and passed away", "was treated and rushed to a hospital, but died": with no
 * victim before the "and" ("but"), the subject of the clause's first singular verb.
 */
function clauseSubject(toks: readonly Tok[], and: number, p: Predicate, end: number): Victim | null {
  for (let k = and - 1; k > 0 && and - k <= 15; k--) {
    const x = w(toks, k);
    if (x === '.' || x === ';' || x === 'who' || x === 'that' || (x === 'and' && w(toks, and) === 'and')) return null;
    if (x !== 'was' && x !== 'is' && x !== 'has') continue;
    const aux = scanAux(toks, k + 1);
    if (aux.blocked || aux.plural) return null;
    const person = personBefore(toks, aux.start);
    return person ? { kind: p.kind, key: person.key, from: person.from, to: end } : null;
  }
  return null;
}

function objectVictim(toks: readonly Tok[], i: number, p: Predicate): Victim | null {
  const end = i + p.words.length;
  if (hypotheticalBefore(toks, i)) return null;
  const before = w(toks, i - 1);
  // "was shot and killed" is the subject form; "to death of" and the like are not objects.
  if (SINGULAR_BE.has(before) || PLURAL_BE.has(before)) return null;
  const person = personAfter(toks, end);
  return person ? { kind: p.kind, key: person.key, from: i, to: person.to } : null;
}

/** "a shooting that took her life": the person is the possessive pronoun. */
function lifeTaken(toks: readonly Tok[], i: number): Victim | null {
  if (!LIFE_VERBS.has(w(toks, i))) return null;
  const who = w(toks, i + 1);
  if (who !== 'his' && who !== 'her') return null;
  const to = w(toks, i + 2) === 'own' ? i + 3 : i + 2;
  if (w(toks, to) !== 'life' || hypotheticalBefore(toks, i)) return null;
  return { kind: 'killed', key: '@pron', from: i, to: to + 1 };
}

/** "An injured woman was found", "a wounded teen walked in": a person the adjective says was hit. */
function hurtPerson(toks: readonly Tok[], i: number): Victim | null {
  const x = w(toks, i);
  if ((x !== 'injured' && x !== 'wounded') || !/^(?:a|an)$/.test(w(toks, i - 1))) return null;
  const noun = w(toks, i + 1);
  if (!SINGULAR.has(noun) && !noun.endsWith('-old')) return null;
  return { kind: 'shot', key: '@anon', from: i - 1, to: i + 2 };
}

const ALIVE = new Set(['survived', 'survives', 'survive', 'recovering', 'recover', 'recovered', 'released', 'non-life-threatening', 'minor', 'superficial', 'graze']);

/** How far after a person hit the words may tell he lives ("was shot in the leg, but survived"). */
const AFTER_ALIVE = 6;

function aliveIn(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ALIVE.has(w(toks, k))) return true;
  return false;
}

/** Every single person a sentence reports killed or hit without giving a figure, in order. */
export function findVictims(toks: readonly Tok[]): Victim[] {
  const out: Victim[] = [];
  for (let i = 0; i < toks.length; i++) {
    const x = w(toks, i);
    if (!VICTIM_FILTER.mayHave(x) || !VICTIM_WORDS.has(x)) continue;
    // Headline case ("Man Shot, Killed Few Blocks Away") capitalizes every word: names cannot be told apart.
    if (i > 0 && isName(toks[i])) continue;
    const obj = match(OBJECT_PREDICATES, toks, i);
    const v = hurtPerson(toks, i) ?? (obj ? objectVictim(toks, i, obj) : null) ?? subjectAt(toks, i, out) ?? lifeTaken(toks, i);
    if (v) {
      if (v.kind === 'shot' && aliveIn(toks, v.from, Math.min(toks.length, v.to + AFTER_ALIVE))) v.alive = true;
      out.push(v);
      i = Math.max(i, v.to - 1);
    }
  }
  return out;
}

function subjectAt(toks: readonly Tok[], i: number, out: readonly Victim[]): Victim | null {
  const p = match(SUBJECT_PREDICATES, toks, i) ?? injuryPhrase(toks, i);
  if (!p) return null;
  // "He is survived by his wife": the family left behind.
  if (/^surviv/.test(p.words[0] as string) && w(toks, i + 1) === 'by') return null;
  // "He is dead set on", "was shot down by the committee", "was hit in the face by a pie": figures of speech, no gunfire.
  if (figurative(toks, i, p.words, p.kind)) return null;
  // "An 8-year-old boy is recovering after being shot": the person is the clause's subject.
  // "after being accidentally shot": adverbs may stand between.
  let b = i - 1;
  while (b > 0 && i - b <= 2 && w(toks, b).endsWith('ly') && w(toks, b).length > 4) b--;
  if (w(toks, b) === 'being' && /^(?:after|following|from|of)$/.test(w(toks, b - 1))) {
    return clauseSubject(toks, b, p, i + p.words.length);
  }
  return subjectVictim(toks, i, p, out);
}

/** "suffered a single gunshot wound", "treated for minor injuries", "with a gunshot wound": the verb through its noun. */
function injuryPhrase(toks: readonly Tok[], i: number): Predicate | null {
  const x = w(toks, i);
  if (!INJURY_VERB.has(x) || (x === 'treated' && w(toks, i + 1) !== 'for')) return null;
  // "suffered what police described as a non-life threatening injury": a relative "what" reaches further.
  const reach = w(toks, i + 1) === 'what' ? 10 : 6;
  for (let k = i + 1; k < toks.length && k - i <= reach; k++) {
    const y = w(toks, k);
    if (INJURY_NOUN.has(y)) {
      const to = y === 'gunshot' && /^wounds?$/.test(w(toks, k + 1)) ? k + 2 : k + 1;
      if (x === 'with' && !/gunshot|bullet/.test(w(toks, to - 1) + w(toks, to - 2))) return null;
      return { ...INJURY_PREDICATE, words: toks.slice(i, to).map((t) => t.w) };
    }
    if (toks[k]?.kind === 'punct' && y !== ',' && y !== '-') return null;
  }
  return null;
}
