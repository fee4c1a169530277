import { CONFLICT_WORDS, CURRENT_CUES, HISTORICAL_CUES, SOURCE_NOUNS, SOURCE_VERBS } from '../../lexicon/casualties.ts';
import { canonicalParty, lookupPlace } from '../../lexicon/places.ts';
import { isoDate, MONTH_NAMES, MONTH_WORD, parseIsoDate, resolveMonthDay, WEEKDAY_NAMES } from '../../text/dates.ts';
import { numberWordValue } from './numbers.ts';
import { isCapitalized, WordFilter, type Tok } from './tokens.ts';

/** The date a sentence states, resolved when a reference date is known. */
export interface StatedDate {
  /** `YYYY-MM-DD` when resolved, else null. */
  iso: string | null;
  /** What groups reports of one day: the ISO date, or the words in lower case ("wednesday"). */
  key: string;
  /** The words as written. */
  text: string;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phraseRegex(phrases: readonly string[]): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(`(?:^|[^\\p{L}])(?:${sorted.map(escape).join('|')})(?![\\p{L}])`, 'iu');
}

const HISTORICAL = phraseRegex(HISTORICAL_CUES);
const CONFLICT = phraseRegex(CONFLICT_WORDS);
const CURRENT = phraseRegex(CURRENT_CUES);
const WAR_DURATION = /\b\d{1,4}-(?:day|week|month|year) (?:war|conflict)\b/i;
const DECADE = /\b(?:19|20)\d0s\b/;
/** A digit, which WAR_DURATION, DECADE, NARRATED_DATE, YEAR_PHRASE and MONTH_YEAR_PHRASE all need. */
const DIGIT = /[0-9]/;
const YEAR_PHRASE = /\b(?:in|since|of|during|between|from|by) ((?:18|19|20)\d\d)\b/gi;
/**
 * A war's toll to date, told in the perfect: "The war in Sudan has killed an estimated 150,000 people", "The insurgency,
 * now in its 14th year, has killed …", "The conflict has displaced 8 million people and killed …", "the death toll from
 * the two-year war has risen to 35,000", "40,000 Palestinians have been killed in the war".
 */
const WAR_TOLL_PERFECT = /\b(?:war|conflict|insurgency)\b[^.;!?]{0,60}?\b(?:has|have) (?:been )?(?:[\w,'’-]+ ){0,8}?(?:killed|died|claimed|risen|displaced)\b|\b(?:has|have) (?:been )?(?:killed|died) (?:in|during|since) the (?:[\w-]+ ){0,2}?(?:war|conflict|insurgency)\b/i;
/** A tally of the year so far ("So far in 2017, 150 people have been murdered"): background whatever the year. */
const YEAR_SO_FAR = /\b(?:so|thus) far (?:in|during|this) (?:(?:18|19|20)\d\d|the year)\b|\bin (?:18|19|20)\d\d (?:so|thus) far\b/i;
/** A month of a year ("in July 2016", "in October 2013"): background when the year is before the reference year. */
const MONTH_YEAR_PHRASE = new RegExp(`\\b(?:in|since|of|during|between|from|by|until) (?:early |late |mid-)?${MONTH_WORD}\\.? ((?:18|19|20)\\d\\d)\\b`, 'gi');
/**
 * A dated event told as a story of the past: "One of the deadliest was in October 2013, when 14 guards were killed",
 * "It happened on June 3, 2012". Background without a reference date: the incident being reported is dated by its
 * day ("on Monday"), not narrated with "was in" or "…, when".
 */
const NARRATED_DATE = new RegExp(
  `\\b(?:(?:was|were|came|happened|occurred|took place) (?:in|on) (?:early |late |mid-)?${MONTH_WORD}\\.? (?:\\d{1,2}(?:st|nd|rd|th)?,? )?(?:18|19|20)\\d\\d\\b` +
    `|(?:in|on) (?:early |late |mid-)?${MONTH_WORD}\\.? (?:\\d{1,2}(?:st|nd|rd|th)?,? )?(?:18|19|20)\\d\\d,? when\\b)`,
  'i',
);
const WEEKDAYS = WEEKDAY_NAMES.map((d) => d.toLowerCase());
const WEEKDAY = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
const RELATIVE_DAY = /\b(yesterday|today|tonight|last night)\b/i;
const MONTH_DAY = /\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2})(?:st|nd|rd|th)?(?:,? ((?:19|20)\d\d))?\b/;
const SOURCE_VERB = new Set(SOURCE_VERBS);
const SOURCE_VERB_FILTER = new WordFilter(SOURCE_VERB);
const SOURCE_NOUN = new Set(SOURCE_NOUNS);
const NOT_PLACES = new Set([...WEEKDAYS, ...MONTH_NAMES.map((m) => m.toLowerCase()), 'the']);

function dayNumber(iso: string): number {
  return Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}

function isoFromDay(day: number): string | null {
  const d = new Date(day * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The latest date on or before `reference` falling on `weekday` (news says "Wednesday" for the past one). */
function resolveWeekday(weekday: string, reference: string | null): string | null {
  if (!reference) return null;
  const ref = dayNumber(reference);
  const target = WEEKDAYS.indexOf(weekday.toLowerCase());
  const refWeekday = (((ref + 4) % 7) + 7) % 7;
  return isoFromDay(ref - ((refWeekday - target + 7) % 7));
}

/** The first date a sentence states (a month and day, a weekday, "yesterday"), or null. */
export function statedDate(text: string, reference: string | null): StatedDate | null {
  const md = MONTH_DAY.exec(text);
  if (md) {
    const written = md[2] ? `${md[1]}, ${md[2]}` : (md[1] as string);
    const iso = resolveMonthDay(written.replace(/\.(?= )/, ''), reference);
    if (iso || /^[A-Z]/.test(md[1] as string)) return { iso, key: iso ?? written.toLowerCase(), text: md[0] };
  }
  const wd = WEEKDAY.exec(text);
  if (wd) {
    const iso = resolveWeekday(wd[1] as string, reference);
    return { iso, key: iso ?? (wd[1] as string).toLowerCase(), text: wd[1] as string };
  }
  const rel = RELATIVE_DAY.exec(text);
  if (rel) {
    const word = (rel[1] as string).toLowerCase();
    const back = word === 'yesterday' || word === 'last night' ? 1 : 0;
    const iso = reference ? isoFromDay(dayNumber(reference) - back) : null;
    return { iso, key: iso ?? (back ? 'yesterday' : 'today'), text: rel[1] as string };
  }
  return null;
}

/** True when a sentence speaks of an earlier war or period ("last year", "in 1994", "the 44-day war"). */
export function hasHistoricalCue(text: string, referenceYear: number | null): boolean {
  if (HISTORICAL.test(text) || YEAR_SO_FAR.test(text) || WAR_TOLL_PERFECT.test(text)) return true;
  // Every other cue holds a digit ("the 44-day war", "the 1990s", "in 1994", "in July 2016"): two sentences in three
  // have none, and are spared the five expressions (about 3 µs a sentence).
  if (!DIGIT.test(text)) return false;
  if (WAR_DURATION.test(text) || DECADE.test(text) || NARRATED_DATE.test(text)) return true;
  if (yearBefore(YEAR_PHRASE, text, referenceYear)) return true;
  // Only against a known year: without one, "In July 2016, …" is as likely the incident reported.
  return referenceYear !== null && yearBefore(MONTH_YEAR_PHRASE, text, referenceYear);
}

/**
 * Whether a match of the global expression `re` in `text` states a year (its first group) before `year`, or any year
 * when `year` is null. exec in a loop, not matchAll: matchAll copies the expression on every call.
 */
function yearBefore(re: RegExp, text: string, year: number | null): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (year === null || Number(m[1]) < year) {
      re.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** True when a background sentence is about war or violence, so an undated sentence after it continues it. */
export function hasConflictWord(text: string): boolean {
  return CONFLICT.test(text);
}

/** True when a sentence anchors itself in the current event ("on Wednesday", "today"). */
export function hasCurrentCue(text: string): boolean {
  return CURRENT.test(text);
}

/** True when a resolved date lies well before the reference date (more than 60 days). */
export function isLongBefore(iso: string | null, reference: string | null): boolean {
  if (!iso || !reference) return false;
  return dayNumber(reference) - dayNumber(iso) > 60;
}

/** A plain capitalized word ("Reeves", "Hotel", "New"), not in capitals throughout. */
function nameWord(t: Tok | undefined): boolean {
  return isCapitalized(t) && /^[A-Z][a-z]+$/.test(t.raw);
}

/** Capitalized words that open a sentence or a phrase without being part of a name ("The Israeli army"). */
const OPENERS = new Set(['the', 'a', 'an', 'and', 'but', 'in', 'on', 'at', 'of', 'for', 'from', 'as', 'after', 'when', 'while', 'both', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'some', 'many', 'most', 'all', 'more', 'several', 'another', 'other', 'one', 'about', 'nearly', 'over', 'least', 'including', 'among', 'by', 'with', 'to', 'if', 'some', 'no', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'that', 'there', 'then', 'also', 'only', 'local', 'pro']);
/** Words after a country's name that make an institution of it ("Israel Defense Forces", "Pakistan Army"), still that side's. */
const INSTITUTION = new Set(['defense', 'defence', 'army', 'forces', 'force', 'police', 'border', 'government', 'air', 'navy', 'naval', 'ministry', 'military', 'national', 'guard', 'guards', 'security', 'armed', 'special', 'coast', 'revolutionary', 'liberation', 'islamic', 'democratic', 'state', 'federal', 'central', 'interior', 'foreign', 'civil', 'red', 'royal', 'body', 'independent', 'human', 'health', 'news', 'today', 'times', 'post']);
/** People a place names the home of ("a Georgia boy", "Berlin teen dies", "an Athens man"): not a side in a conflict. */
const PEOPLE = /^(?:boys?|girls?|m[ae]n|wom[ae]n|teens?|teenagers?|moms?|mothers?|fathers?|dads?|child|children|kids?|toddlers?|bab(?:y|ies)|infants?|residents?|natives?|students?|couple|family|cops?|officers?|deputy|deputies|trooper)$/;

/**
 * A side named at token `k`, unless the word is part of a longer proper name ("Jordan Reeves", "Dontay Jordan",
 * "Hotel Rwanda", "New Mexico"), a place someone is from ("a Georgia boy"), a word in capitals throughout a shouted
 * line, or a lower-case word after "The" ("The male victim": not Malé).
 */
/** Words that make a demonym before them a dog's breed. */
const BREEDS = /^(?:shepherds?|malinois|mastiffs?|bulldogs?|pointers?|sheepdogs?|cattle-?dogs?)$/;

function partyAt(toks: readonly Tok[], k: number): { party: string; len: number } | null {
  const t = toks[k];
  if (!isCapitalized(t)) return null;
  const next = toks[k + 1];
  if (isCapitalized(next) && next.start === t.end + 1) {
    const two = canonicalParty(`${t.raw} ${next.raw}`);
    if (two) return { party: two, len: 2 };
  }
  // "US HE WAS SHOT": a line in capitals, where every word looks like a name or an acronym.
  if (t.raw.length > 1 && t.raw === t.raw.toUpperCase() && [toks[k - 1], next].some((x) => isCapitalized(x) && x.raw.length > 1 && x.raw === x.raw.toUpperCase() && !canonicalParty(x.raw))) return null;
  const one = canonicalParty(t.raw);
  if (!one) return null;
  // "His German shepherd was also shot", "a Belgian Malinois": a dog's breed, no side.
  if (next && BREEDS.test(next.w)) return null;
  const prev = toks[k - 1];
  // "Fifteen Armenian soldiers": a figure opening the sentence is no first name.
  if (nameWord(prev) && (prev as Tok).end + 1 === t.start && !OPENERS.has((prev as Tok).w) && numberWordValue((prev as Tok).w) === null && !canonicalParty((prev as Tok).raw)) return null;
  // A country or city by its name (not a demonym: "Israeli soldiers" stay Israel's).
  const byName = lookupPlace(t.raw)?.name === t.raw || lookupPlace(t.raw)?.metonym === true;
  if (byName && next && next.start === t.end + 1) {
    if (nameWord(next) && !INSTITUTION.has(next.w) && !canonicalParty(next.raw) && !isCapitalized(toks[k + 2])) return null;
    if (PEOPLE.test(next.w)) return null;
  }
  return { party: one, len: 1 };
}

/** The first side named within tokens [a, b) (by name, demonym, possessive or capital), or null; with `agentStops`, none after "by". */
export function partyIn(toks: readonly Tok[], a: number, b: number, agentStops = false): string | null {
  for (let k = a; k < b; k++) {
    // In a counted phrase, "16 men, described by Islamic State as ...": a side after "by" is the agent, not the people counted.
    if (agentStops && (toks[k] as Tok).w === 'by') return null;
    const p = partyAt(toks, k);
    if (p) return p.party;
  }
  return null;
}

/** Where the words of a source before its verb start ("the Thai army said"). */
function sourceStart(toks: readonly Tok[], verb: number): number {
  let k = verb;
  while (k > 0 && verb - k < 6) {
    const t = toks[k - 1] as Tok;
    if (!(isCapitalized(t) || SOURCE_NOUN.has(t.w) || t.w.endsWith("'s"))) break;
    k--;
  }
  return k;
}

function sourceName(toks: readonly Tok[], a: number, b: number): string | null {
  while (a < b && /^(?:the|of|'s)$/.test(toks[a]?.w ?? '')) a++;
  while (b > a && /^(?:the|of)$/.test(toks[b - 1]?.w ?? '')) b--;
  if (a >= b) return null;
  const first = toks[a] as Tok;
  if (b - a === 1 && !SOURCE_NOUN.has(first.w) && first.raw[0] === (first.raw[0] as string).toLowerCase()) return null;
  if (/^(?:he|she|it|they|we|i|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(first.w)) return null;
  return joinRaw(toks, a, b);
}

function joinRaw(toks: readonly Tok[], a: number, b: number): string {
  let out = (toks[a] as Tok).raw;
  for (let k = a + 1; k < b; k++) out += ((toks[k] as Tok).start === (toks[k - 1] as Tok).end ? '' : ' ') + (toks[k] as Tok).raw;
  return out;
}

/** Where the words of a source after "according to" end. */
function sourceEnd(toks: readonly Tok[], at: number): number {
  let k = at;
  while (k < toks.length && k - at < 7) {
    const t = toks[k] as Tok;
    if (!(isCapitalized(t) || SOURCE_NOUN.has(t.w) || t.w.endsWith("'s"))) break;
    k++;
  }
  return k;
}

/** A source named in a sentence, the token it sits at (its verb, or "according"), and the side it names, if any. */
export interface Source {
  at: number;
  name: string;
  /** The side the source's words name ("Thailand said", "the Russian defence ministry said"), or null. */
  side: string | null;
}

/** Sources named in a sentence ("the ministry said", "according to Trend"), with the token they sit at. */
export function sentenceSources(toks: readonly Tok[]): Source[] {
  const out: Source[] = [];
  for (let k = 0; k < toks.length; k++) {
    const x = (toks[k] as Tok).w;
    if (SOURCE_VERB_FILTER.mayHave(x) && SOURCE_VERB.has(x)) {
      const a = sourceStart(toks, k);
      const name = sourceName(toks, a, k);
      if (name) out.push({ at: k, name, side: partyIn(toks, a, k) });
    } else if (x === 'according' && toks[k + 1]?.w === 'to') {
      const b = sourceEnd(toks, k + 2);
      const name = sourceName(toks, k + 2, b);
      if (name) out.push({ at: k, name, side: partyIn(toks, k + 2, b) });
    }
  }
  return out;
}

/** The source nearest a mention: the closest before it, else the closest after it. */
export function nearestSource(sources: readonly Source[], at: number): Source | null {
  let before: Source | null = null;
  for (const s of sources) {
    if (s.at <= at) before = s;
    else return before ?? s;
  }
  return before;
}

/** The side of the last source told in tokens (from, to): a new speaker between two figures, or null. */
export function sideBetween(sources: readonly Source[], from: number, to: number): string | null {
  let side: string | null = null;
  for (const s of sources) if (s.at > from && s.at < to && s.side) side = s.side;
  return side;
}

/** The first place a sentence (or its tokens from `from` to `to`) names after "in", "near" or "at" ("in Kalbajar district"), or null. */
export function statedPlace(toks: readonly Tok[], from = 0, to = toks.length): string | null {
  for (let k = from; k + 1 < to; k++) {
    const x = (toks[k] as Tok).w;
    if (x !== 'in' && x !== 'near' && x !== 'at' && x !== 'outside') continue;
    let a = k + 1;
    if (toks[a]?.w === 'the') a++;
    let b = a;
    while (b < toks.length && b - a < 4) {
      const t = toks[b] as Tok;
      if (!isCapitalized(t) || NOT_PLACES.has(t.w)) break;
      b++;
    }
    if (b === a) continue;
    const name = joinRaw(toks, a, b);
    const entry = lookupPlace(name);
    if (entry && entry.kind !== 'group' && entry.kind !== 'organization') return name;
    if (!entry && !canonicalParty(name)) return name;
  }
  return null;
}

/** The year of an ISO date, or null. */
export function yearOf(iso: string | null): number | null {
  const d = parseIsoDate(iso);
  return d ? Number(d.slice(0, 4)) : null;
}
