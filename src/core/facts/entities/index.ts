import { AGENCY_BY_ALIAS, AMBIGUOUS_AGENCIES, SOURCE_CUES } from '../../lexicon/agencies.ts';
import { lookupPlaceOnce, OUTLET_WORDS, type PlaceEntry } from '../../lexicon/places.ts';
import { NOT_BODY_WORDS, NOT_NAME_WORDS } from '../../lexicon/titles.ts';
import type { Doc, Evidence, Facts } from '../../types.ts';
import { bare, byString, compileCues, evidenceOf, hasCue, possessive, startsUpper, uniqueEvidence } from './cues.ts';
import { adjacent, letterOrNumberAt, memoOf, pluralPossessiveGap, WORD, type Scan, type Word } from './mentions.ts';
import { DESCRIPTOR } from './people.ts';
import { isUsState, stateTowns, titled } from './towns.ts';
import { CALENDAR, INSTITUTIONS, TITLES } from './words.ts';

export { extractPeople } from './people.ts';

const NOT_BODY = new Set(NOT_BODY_WORDS);
const OPENERS = new Set(NOT_NAME_WORDS.filter((w) => !INSTITUTIONS.has(w)));
/** Institution words that are emblems more than heads: "Red Cross and Red Crescent" is one movement. */
const SYMBOL_HEADS = new Set(['Cross', 'Crescent']);
/** Royal titles, which open names of places and bodies too. */
const ROYAL = new Set(['King', 'Queen', 'Prince', 'Princess']);
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', 'de']);
/** Compass words, which NOT_NAME_WORDS keeps from opening a run but which may open an organisation's name. */
/** A sentence's first word that opens no name: a gerund ("Giving"), a length or an age ("Ten-year", "Five-day"). */
const NOT_NAME_OPENING = /^(?:\p{Lu}\p{Ll}+ing|\p{Lu}\p{Ll}+-(?:year|month|week|day|hour)s?(?:-old)?)$/u;
const DIRECTIONS = new Set(['North', 'South', 'East', 'West', 'Northwest', 'Northeast', 'Southwest', 'Southeast', 'Northern', 'Southern', 'Eastern', 'Western', 'Central']);
/**
 * Adjectives NOT_NAME_WORDS keeps from opening a run that open many institutions' names ("International Olympic
 * Committee", "Federal Bureau of Investigation", "Muslim Council of Britain", "State Department"): right before the run,
 * they belong to the name, even when the run is one word.
 */
const NAME_ADJECTIVES = new Set(['International', 'Federal', 'State', 'Local', 'Islamic', 'Muslim', 'Arab', 'Christian', 'Sunni', 'Shiite']);
/** The longest connector: a longer word is none, and its text need not be read. */
const CONNECTOR_MAX = Math.max(...[...CONNECTORS].map((c) => c.length));
const AMBIGUOUS = new Set(AMBIGUOUS_AGENCIES);
const CUE = compileCues(SOURCE_CUES);
const CUE_WINDOW = 40;

/** Every alias, longest first, then by code unit: the order agencyMatches tries them in at a position. */
const AGENCY_ORDER = [...AGENCY_BY_ALIAS.keys()].sort((a, b) => b.length - a.length || byString(a, b));
/** The aliases by their first two characters (both ASCII), in AGENCY_ORDER. */
const AGENCY_BY_PREFIX: Array<string[] | undefined> = new Array(128 * 128);
/** 1 for an ASCII character some alias opens with. */
const AGENCY_FIRST = new Uint8Array(128);
for (const alias of AGENCY_ORDER) {
  const key = alias.charCodeAt(0) * 128 + alias.charCodeAt(1);
  (AGENCY_BY_PREFIX[key] ??= []).push(alias);
  AGENCY_FIRST[alias.charCodeAt(0)] = 1;
}
/**
 * The aliases in `text` (index and alias), left to right without overlaps, each between characters that are no letter
 * or digit, the longest at a position. Every alias is two characters or more, the first two ASCII (a test checks).
 */
function agencyMatches(text: string): Array<{ index: number; alias: string }> {
  const found: Array<{ index: number; alias: string }> = [];
  const n = text.length - 1;
  for (let i = 0; i < n; i++) {
    const c0 = text.charCodeAt(i);
    if (c0 >= 128 || AGENCY_FIRST[c0] === 0) continue;
    const c1 = text.charCodeAt(i + 1);
    if (c1 >= 128) continue;
    const bucket = AGENCY_BY_PREFIX[c0 * 128 + c1];
    if (bucket === undefined || letterOrNumberAt(text, i, true)) continue;
    for (const alias of bucket) {
      if (!text.startsWith(alias, i) || letterOrNumberAt(text, i + alias.length, false)) continue;
      found.push({ index: i, alias });
      i += alias.length - 1;
      break;
    }
  }
  return found;
}

/** News agencies and outlets cited in the text; names that are also words ("Trend") need a citing cue nearby. */
export function extractSources(doc: Doc): Facts['sources'] {
  const found = new Map<string, Evidence[]>();
  for (const m of agencyMatches(doc.text)) {
    const start = m.index;
    const end = start + m.alias.length;
    const canonical = AGENCY_BY_ALIAS.get(m.alias) as string;
    if (AMBIGUOUS.has(canonical) && !hasCue(CUE, doc.text.slice(Math.max(0, start - CUE_WINDOW), end + CUE_WINDOW))) continue;
    const list = found.get(canonical) ?? [];
    list.push(evidenceOf(doc.text, start, end));
    found.set(canonical, list);
  }
  return [...found.entries()]
    .sort((a, b) => (a[1][0] as Evidence).start - (b[1][0] as Evidence).start || byString(a[0], b[0]))
    .map(([name, evidence]) => ({ name, evidence }));
}

function capitalised(word: Word): boolean {
  return (word.flags & WORD.upper) !== 0;
}

/** `word.replace(/(?:'s|’s)$/, '')`. */
function withoutPossessiveS(word: string): string {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 0x73) return word;
  const c = word.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019 ? word.slice(0, -2) : word;
}

/** NOT_NAME_OPENING.test(word.text), asked only of a word ending in "ing" or holding a hyphen (as every match does). */
function notNameOpening(word: Word): boolean {
  return ((word.flags & WORD.hyphen) !== 0 || word.text.endsWith('ing')) && NOT_NAME_OPENING.test(word.text);
}

/**
 * How many "X and Y" runs of one document may look for their parts elsewhere in the text (standsAlone reads the whole
 * text each time): a bound that keeps the organisations linear in the text's length whatever it holds (a 1 MB text of
 * distinct "A1 Police and B1 Bank" runs would otherwise take seconds). News articles have a handful.
 */
const STANDS_ALONE_SEARCHES = 32;

/**
 * Whether the text from `start` to `end` is found elsewhere in `text` between word boundaries and not next to `link`
 * (after it when `link` opens with a space, else before it): a name the article uses on its own.
 */
function standsAlone(text: string, start: number, end: number, link: string): boolean {
  const name = text.slice(start, end);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at === start) continue;
    const stop = at + name.length;
    if (letterOrNumberAt(text, at, true) || letterOrNumberAt(text, stop, false)) continue;
    if (link.startsWith(' ') ? text.startsWith(link, stop) : text.startsWith(link, at - link.length)) continue;
    return true;
  }
  return false;
}

/**
 * Whether word `k` is part of a word the scan cut in two ("Denver" and "Police" of "DenverPolice", glued by page
 * extraction): such a part is no institution word, and opens a run even when it is an opener ("NorthBay Medical Center").
 */
function glued(words: Word[], k: number): boolean {
  const w = words[k] as Word;
  return (k > 0 && (words[k - 1] as Word).end === w.start) || (k + 1 < words.length && (words[k + 1] as Word).start === w.end);
}

/** Ranks written before an office ("Assistant Police Chief", "Deputy Police Commissioner"). */
const RANKS = new Set(['Assistant', 'Deputy', 'Acting', 'Interim', 'Vice']);

/** A dash or a colon and white space between two words: what follows opens a clause ("MEMPHIS, Tenn. -- Police"). */
const CLAUSE_GAP = /[-–—:]\s+$/;

/**
 * Whether words `i` to `k` (not included) name a body's portfolio: an institution word, then "of" or "for" ("Department
 * of"), not then a place or an actor the lexicon knows alone.
 */
function portfolio(words: Word[], i: number, k: number): boolean {
  for (let m = i + 1; m < k - 1; m++) {
    const w = words[m] as Word;
    // Not a body named for a place that ends before the list ("Bank of America and Citigroup", "University of
    // California and Dan Gillmor"; but "University of Iowa Hospitals and Clinics").
    if ((w.text === 'of' || w.text === 'for') && INSTITUTIONS.has((words[m - 1] as Word).text)) return m + 2 < k || memoOf(words[m + 1] as Word).entry === null;
  }
  return false;
}

/**
 * Whether words `from` to `to` (not included) are each capitalised, and none is an acronym ("FBI", "U.S."), a title
 * ("Attorney"), a place or an actor the lexicon knows, or a weekday or a month.
 */
function portfolioItems(words: Word[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let m = from; m < to; m++) {
    const w = words[m] as Word;
    if (!capitalised(w) || CALENDAR.has(w.text) || TITLES.has(w.text) || /^[A-Z.]{2,}$/.test(w.text) || memoOf(w).entry !== null) return false;
  }
  return true;
}

/** A link no text holds before a word: standsAlone with it counts every other use of the words. */
const NO_LINK = '\u0000';

/**
 * Whether a comma and a space before word `j` go on listing a body's portfolio ("Bureau of Alcohol, Tobacco, Firearms
 * and Explosives", "Department for Environment, Food and Rural Affairs"): words `i` to `j` name a portfolio, and from
 * `j` come items of one or two capitalised words separated by ", ", the last after " and ".
 */
function commaInPortfolio(text: string, words: Word[], i: number, j: number): boolean {
  const before = words[j - 1] as Word;
  if ((words[j] as Word).start - before.end !== 2 || text.charCodeAt(before.end) !== 0x2c || text.charCodeAt(before.end + 1) !== 0x20) return false;
  // Only near the run's start: a portfolio's name is short, and a run of many lists stays linear in its length.
  if (j - i > 8 || !capitalised(before) || !portfolio(words, i, j)) return false;
  let k = j;
  for (let items = 0; items < 6; items++) {
    let last = k;
    const second = words[k + 1];
    if (second !== undefined && second.start - (words[k] as Word).end === 1 && capitalised(second) && second.text !== 'and') last = k + 1;
    if (!portfolioItems(words, k, last + 1)) return false;
    const next = words[last + 1];
    const after = words[last + 2];
    if (next === undefined) return false;
    const gap = next.start - (words[last] as Word).end;
    if (next.text === 'and') return gap === 1 && after !== undefined && after.start - next.end === 1 && portfolioItems(words, last + 2, last + 3);
    if (gap !== 2 || text.charCodeAt((words[last] as Word).end) !== 0x2c) return false;
    k = last + 1;
  }
  return false;
}

/** An acronym or a seat of government standing for its country: a name of a body by itself before "and". */
const BODY_ALONE = /^(?:[A-Z]{2,6}|Pentagon|Kremlin|White House|Whitehall)$/;

/** Words for a saint that open names of hospitals, schools and churches. */
const SAINTS = new Set(['St', 'Saint', 'Ste', 'Sainte']);

/**
 * Whether words `i`, `i + 1` are a saint and their possessive name before another capitalised word ("St. Mary's
 * Medical Center", "Saint Joseph's Hospital"): the body's name starts at the saint, not after the possessive (which
 * names an owner elsewhere: "Oklahoma's East Central University").
 */
function saintOpens(text: string, words: readonly Word[], i: number): boolean {
  const w = words[i] as Word;
  // Every saint word opens with "S": most words are ruled out without slicing their text.
  if (w.first !== 0x53 || !SAINTS.has(w.text)) return false;
  const name = words[i + 1];
  const after = words[i + 2];
  if (name === undefined || after === undefined || !capitalised(name) || !possessive(name.text) || !capitalised(after)) return false;
  const gap = name.start - w.end;
  return (gap === 1 || (gap === 2 && text.charCodeAt(w.end) === 0x2e)) && after.start - name.end === 1;
}

/** Whether "of" is one of words `i` to `j` (not included). */
function ofIn(words: readonly Word[], i: number, j: number): boolean {
  for (let m = i; m < j; m++) if ((words[m] as Word).text === 'of') return true;
  return false;
}

/** Capitalised runs holding an institution word ("Armenian Foreign Ministry", "Thames Valley Police"). */
function institutionRuns(doc: Doc, words: Word[], budget: { searches: number }): Evidence[] {
  const runs: Evidence[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i] as Word;
    // Most words are in lower case and open no run (a saint's word is capitalised too): passed over first.
    if (!capitalised(first)) {
      i++;
      continue;
    }
    const saint = saintOpens(doc.text, words, i);
    // Not the start of a name: a sentence's opening gerund or length ("Giving the Scottish Parliament", "Ten-year
    // Cottonwood Police"), or a possessive owner ("Oklahoma's East Central University": the university is the name);
    // nor the second part of a glued word ("Police" of "DenverPolice"), which the scan cut but which is one word here.
    if (!saint && ((i > 0 && (words[i - 1] as Word).end === first.start) || (OPENERS.has(first.text) && !glued(words, i)) || (i === 0 ? notNameOpening(first) : (first.flags & WORD.hyphen) !== 0 && DESCRIPTOR.test(first.text)) || (!INSTITUTIONS.has(withoutPossessiveS(first.text)) && possessive(first.text)))) {
      i++;
      continue;
    }
    let j = i + 1;
    let hasInstitution = INSTITUTIONS.has(first.text) && !glued(words, i);
    // A plural possessive's apostrophe joins the words of one name ("Kurdistan Workers' Party", "Teachers' Union",
    // "Department of Veterans' Affairs") between capitalised words, not after an institution word ("Dragoon Guards'
    // Amazing Grace"); so does no gap at all, between the parts of a word the scan cut ("MetroHealth Medical Center").
    while (j < words.length && ((words[j] as Word).start - (words[j - 1] as Word).end === 1 || (saint && j === i + 1) || (hasInstitution && commaInPortfolio(doc.text, words, i, j)) || (words[j] as Word).start === (words[j - 1] as Word).end || (capitalised(words[j] as Word) && capitalised(words[j - 1] as Word) && !INSTITUTIONS.has((words[j - 1] as Word).text) && pluralPossessiveGap(doc.text, words[j - 1] as Word, words[j] as Word))) && !(hasInstitution && possessive((words[j - 1] as Word).text))) {
      const w = words[j] as Word;
      const next = words[j + 1];
      if (capitalised(w)) {
        // "Coast Guard Commandant Admiral John Reyes", "Court of Appeal Mr Beavis": a title right after the
        // institution's name, before another capitalised word, opens a person, not more of the name; a weekday or a
        // month ends it ("District Court Tuesday").
        if (hasInstitution && TITLES.has(w.text) && capitalised(words[j - 1] as Word) && next !== undefined && capitalised(next)) break;
        if (CALENDAR.has(w.text)) break;
        hasInstitution ||= INSTITUTIONS.has(withoutPossessiveS(w.text)) && !glued(words, j);
      } else {
        // A connector joins two capitalised parts of one name ("Council on Foreign Relations"), not a date ("Court on Friday").
        const joins = w.end - w.start <= CONNECTOR_MAX && CONNECTORS.has(w.text) && next !== undefined && capitalised(next) && !CALENDAR.has(next.text);
        if (!joins) break;
        // "European Central Bank on Greek debt": a lone place or demonym after the connector is no part of the name.
        const after = words[j + 2];
        if (w.text !== 'of' && w.text !== 'the' && !(after !== undefined && after.start - next.end === 1 && capitalised(after)) && lookupPlaceOnce(next.text) !== null) break;
      }
      j++;
    }
    // "West Midlands Police and David Cameron": what follows "and" is part of the name only if it names a body too;
    // and not when what comes before is a whole name already, of two words or more ending in its institution word
    // ("South Yorkshire Police and West Midlands Police", "Deutsche Bank and Credit Suisse Group"; "Foreign and
    // Commonwealth Office", "Department of Health and Human Services" end in none). "Red Cross and Red Crescent" is one
    // name. A later "and" is read the same way ("Maritime and Coastguard Agency and Natural England").
    for (let k = i + 1; k < j - 1; k++) {
      if ((words[k] as Word).text !== 'and') continue;
      let body = false;
      for (let m = k + 1; m < j; m++) body ||= INSTITUTIONS.has(withoutPossessiveS((words[m] as Word).text));
      const head = (words[k - 1] as Word).text;
      // "Department of Trade and Industry", "Bureau of Alcohol, Tobacco, Firearms and Explosives": after "of" or "for",
      // a few capitalised words after "and" name the rest of the body's portfolio, when neither part is a name the
      // article uses on its own ("Bank of England and Barclays").
      // A name of two words or more after "and" whose last word the article uses elsewhere ("Dan Gillmor … Gillmor
      // said") is a person's or a firm's.
      if (!body && budget.searches > 0 && portfolio(words, i, k) && j - k - 1 <= 3 && portfolioItems(words, k + 1, j)) {
        budget.searches--;
        const last = words[j - 1] as Word;
        if (!standsAlone(doc.text, (words[i] as Word).start, (words[k - 1] as Word).end, ' and') && !standsAlone(doc.text, (words[k + 1] as Word).start, last.end, 'and ') && (j - k - 1 === 1 || !standsAlone(doc.text, last.start, last.end, NO_LINK))) continue;
      }
      if (!body || (k - i >= 2 && INSTITUTIONS.has(head) && !SYMBOL_HEADS.has(head))) {
        // A list of a portfolio read up to this "and" ends at its first comma instead ("State Administration of Radio").
        j = k;
        for (let m = saint ? i + 2 : i + 1; m < k; m++) {
          if ((words[m] as Word).start - (words[m - 1] as Word).end !== 2) continue;
          j = m;
          break;
        }
        break;
      }
      // "Chief Constable Chris Sims and West Midlands Police", "Chancellor Gerhard Schroeder and European Commission":
      // a title and a name before "and", no body: the body's name starts after it. Royal titles open places as often
      // ("Prince George's County", "King Drive", "Queen Mary University") and are left alone.
      let titled = false;
      for (let m = i; m < k - 1 && !titled; m++) {
        const w = words[m] as Word;
        const n = words[m + 1] as Word;
        titled = TITLES.has(w.text) && !ROYAL.has(w.text) && capitalised(n) && !possessive(n.text) && !INSTITUTIONS.has(n.text);
      }
      // "IMF and World Bank", "Pentagon and State Department", "Rosneft and China's National Petroleum Corporation": an
      // acronym, a body the lexicon knows or a seat of government before "and", or an owner after it, ends the name.
      if (!titled && k - i <= 2 && !SYMBOL_HEADS.has(head)) {
        const left = doc.text.slice((words[i] as Word).start, (words[k - 1] as Word).end);
        const known = lookupPlaceOnce(left);
        titled = BODY_ALONE.test(left) || (known !== null && (known.kind === 'group' || known.kind === 'organization'));
      }
      for (let m = k + 1; m < j - 1 && !titled; m++) titled = possessive((words[m] as Word).text);
      // "Kate Bush and Joy Division": two names, when the article names each on its own elsewhere.
      if (!titled && budget.searches > 0) {
        budget.searches--;
        titled = standsAlone(doc.text, (words[i] as Word).start, (words[k - 1] as Word).end, ' and') && standsAlone(doc.text, (words[k + 1] as Word).start, (words[j - 1] as Word).end, 'and ');
      }
      if (titled) {
        let inst = false;
        for (let m = i; m < k; m++) inst ||= INSTITUTIONS.has(withoutPossessiveS((words[m] as Word).text));
        if (!inst) {
          j = k;
          hasInstitution = false;
          break;
        }
      }
    }
    // "Bank of Ireland on Baggot Street": the body's name ends before the "on" that opens its address.
    if (j - i > 3 && NOT_BODY.has((words[j - 1] as Word).text)) {
      for (let k = i + 1; k < j - 1; k++) {
        if ((words[k] as Word).text !== 'on') continue;
        j = k;
        hasInstitution = false;
        for (let m = i; m < j; m++) hasInstitution ||= INSTITUTIONS.has(withoutPossessiveS((words[m] as Word).text));
        break;
      }
    }
    // A run without an institution word is no organisation: nothing more to ask about it.
    if (!hasInstitution) {
      i = j;
      continue;
    }
    // "Police Chief Mike Marshman", "Assistant Police Chief Steve Dolunt": an institution word (after a rank) before a
    // title and a name is part of the person's title, not a body's name ("Major" opens names of units too: "State
    // Police Major Crimes Unit").
    const title = words[j];
    const named = words[j + 1];
    if (title !== undefined && named !== undefined && TITLES.has(title.text) && title.text !== 'Major' && title.start - (words[j - 1] as Word).end === 1 && capitalised(named)) {
      let ranks = true;
      for (let k = i; k < j - 1 && ranks; k++) ranks = RANKS.has((words[k] as Word).text);
      if (ranks) {
        i = j;
        continue;
      }
    }
    const prev = words[i - 1];
    const gap = prev === undefined ? '' : doc.text.slice(prev.end, first.start);
    const joined = prev !== undefined && /^['’]?\s$/.test(gap);
    // Not before a lone word the name goes on after a connector ("International Committee of the Red Cross",
    // "International Centre for the Study of …"): the run would be its truncated head.
    const after = words[j];
    const adjective = prev !== undefined && gap === ' ' && NAME_ADJECTIVES.has(prev.text) && !(j === i + 1 && after !== undefined && CONNECTORS.has(after.text));
    // A lone institution word opening the sentence ("Police said …") or a clause after a dash or a colon ("MEMPHIS,
    // Tenn. -- Police are searching", "UPDATE: Police said") is capitalised for its place, not as a name; elsewhere
    // ("the Senate voted") the capital names the body, unless it is the tail of a name not read as one ("Kurdistan
    // Workers' Party", "al-Nusra Front", "West Bank").
    const lone = j === i + 1 && !adjective && (i === 0 || (joined && (capitalised(prev) || prev.text.includes('-') || /['’]\s$/.test(gap))) || CLAUSE_GAP.test(gap));
    // A compass word before the run belongs to the name ("Northern Ireland Office"), and so does an adjective.
    const from = adjective || (!lone && joined && DIRECTIONS.has(prev.text)) ? prev.start : first.start;
    const text = lone ? '' : withoutPossessiveS(doc.text.slice(from, (words[j - 1] as Word).end));
    // A law, a building or a street named after the body ("Parliament Act", "Houses of Parliament", "Parliament Square").
    const last = words[j - 1] as Word;
    const second = words[i + 1];
    // So is a county named like one ("Union County", not "Medical Center of Peach County").
    if (text !== '' && (NOT_BODY.has(last.text) || (NOT_BODY.has(first.text) && second !== undefined && second.text === 'of' && from === first.start) || ((last.text === 'County' || last.text === 'Parish') && !ofIn(words, i, j)))) {
      i = j;
      continue;
    }
    const place = text === '' ? null : lookupPlaceOnce(text);
    if (text !== '' && (place === null || (place.kind !== 'region' && place.kind !== 'city'))) runs.push(evidenceOf(doc.text, from, from + text.length));
    i = j;
  }
  return runs;
}

/**
 * What the lexicon makes of an institution's name: the group or body it names when the name is an alias of one
 * ("Syrian Democratic Forces", "UN Security Council"), also after words that describe a group ("Provisional Irish
 * Republican Army", "Sudanese Rapid Support Forces"); `other` when words before an international body's alias make
 * it another body ("American Red Cross", "National Security Council"); else null.
 */
function lexiconBody(name: string): { entry: PlaceEntry; other: boolean } | null {
  const entry = lookupPlaceOnce(name);
  if (entry !== null) return entry.kind === 'group' || entry.kind === 'organization' ? { entry, other: false } : null;
  for (let k = name.indexOf(' '); k >= 0; k = name.indexOf(' ', k + 1)) {
    const tail = lookupPlaceOnce(name.slice(k + 1));
    if (tail === null) continue;
    if (tail.kind === 'group') return { entry: tail, other: false };
    return tail.kind === 'organization' ? { entry: tail, other: true } : null;
  }
  return null;
}

/** The length of the article and space a mention opens with ("The " of "The European Union"), else 0. */
function articleLength(mention: string): number {
  return (mention.charCodeAt(0) | 0x20) === 0x74 && /^the\s/i.test(mention) ? mention.indexOf(' ') + 1 : 0;
}

/** Organisations: institutions named in capitals, plus armed groups and international bodies from the lexicon. */
export function extractOrganizations(doc: Doc, scan: Scan): Facts['organizations'] {
  const found = new Map<string, Evidence[]>();
  const add = (name: string, e: Evidence): void => {
    const list = found.get(name) ?? [];
    list.push(e);
    found.set(name, list);
  };
  const budget = { searches: STANDS_ALONE_SEARCHES };
  scan.words.forEach((words, i) => {
    const actors = scan.actors[i] ?? [];
    /** Lexicon mentions inside a run that names another body ("Red Cross" in "American Red Cross"): not that body. */
    const others: Evidence[] = [];
    for (const e of institutionRuns(doc, words, budget)) {
      // Only a run the actor scan found a group or a body in can name one (most have none: no lookup for them).
      const body = actors.some((a) => (a.entry.kind === 'group' || a.entry.kind === 'organization') && a.start < e.end && a.end > e.start) ? lexiconBody(e.text) : null;
      if (body === null) add(e.text, e);
      else if (body.other) {
        add(e.text, e);
        others.push(e);
      } else if (!actors.some((a) => a.entry === body.entry && a.start < e.end && a.end > e.start)) add(body.entry.name, e);
      // Else a mention of the group inside the run lists it under its lexicon name, once.
    }
    for (const a of actors) {
      if (a.entry.kind !== 'group' && a.entry.kind !== 'organization') continue;
      if (others.some((e) => a.start > e.start && a.end <= e.end)) continue;
      add(a.entry.name, evidenceOf(doc.text, a.start + articleLength(a.text), a.end));
    }
  });
  // "Police Prefecture" after "Paris Police Prefecture", "Commission" after "European Commission": a name that ends
  // exactly one longer name of the article, after a place, a demonym or an acronym (or a lone institution word after
  // anything), is that body named short, when the article names it in full first ("Armenia's Defense Ministry" before
  // "the Armenian Defense Ministry" may be another's); not after a connector or an owner ("Houses of Parliament", "the Queen's
  // Guard"), nor a national body after words that make a branch of it ("Parliamentary Labour Party").
  if (found.size > 1) {
    // Each name's tails (of at most six words), with the one longer name they end ('' for more than one):
    // linear in the names' length.
    const longer = new Map<string, string>();
    for (const long of found.keys()) {
      let k = long.length;
      for (let n = 0; n < 6 && (k = long.lastIndexOf(' ', k - 1)) > 0; n++) {
        const short = long.slice(k + 1);
        if (!found.has(short)) continue;
        const prefix = long.slice(0, k);
        const before = prefix.slice(prefix.lastIndexOf(' ') + 1);
        if (CONNECTORS.has(before) || possessive(before) || !(!short.includes(' ') || /^[A-Z.]{2,5}$/.test(prefix) || lookupPlaceOnce(prefix) !== null)) continue;
        longer.set(short, longer.has(short) ? '' : long);
      }
    }
    for (const [short, long] of longer) {
      const into = found.get(long);
      const from = found.get(short) as Evidence[];
      if (into === undefined || (from[0] as Evidence).start < (into[0] as Evidence).start) continue;
      into.push(...from);
      found.delete(short);
    }
  }
  return [...found.entries()]
    .filter(([name]) => !genericBody(name))
    .map(([name, ev]) => ({ name, evidence: uniqueEvidence(ev) }))
    .sort((a, b) => (a.evidence[0] as Evidence).start - (b.evidence[0] as Evidence).start || byString(a.name, b.name));
}

/**
 * A body word alone, or a company's board, names no body a reader could look up ("the Trust said", "Police said", "an
 * Army veteran", "the Board of Directors"); a legislature or a cabinet alone names the country's ("the Senate voted").
 */
function genericBody(name: string): boolean {
  return INSTITUTIONS.has(name) ? !/^(?:Parliament|Senate|Congress|Cabinet|Assembly)$/.test(name) : /^Board of (?:Directors|Trustees|Governors)$/.test(name);
}

/**
 * The places found, by name: a name the article gives a US town ("Paris, Texas", "Bristol, Tenn.") names that town again
 * alone; but "Georgia" the country and the US state are two (georgiaAsState reads which one an article means).
 */
type LocationMap = Map<string, { name: string; type: Facts['locations'][number]['type']; country: string | null; evidence: Evidence[] }>;

/** The key of the country Georgia in a LocationMap (any other place's is its name). */
const GEORGIA = 'Georgia\u0000';

/** The entry of a place in `found`, made when missing. */
function placeOf(found: LocationMap, name: string, type: Facts['locations'][number]['type'], country: string | null): { evidence: Evidence[] } {
  const key = country === 'Georgia' && name === 'Georgia' ? GEORGIA : name;
  let item = found.get(key);
  if (item === undefined) found.set(key, (item = { name, type, country, evidence: [] }));
  return item;
}

/**
 * The places of the dateline ("KABUL, Afghanistan —", "COLUMBUS, Ohio (AP) —"), which the sentences start after: each
 * part the lexicon knows, and a first part it does not know when a later part names its region or country.
 */
function datelinePlaces(doc: Doc, found: LocationMap, claimed: ReadonlyArray<{ start: number; end: number }>): void {
  const place = doc.dateline?.place;
  const span = doc.dateline?.span;
  if (!place || !span) return;
  const raw = doc.text.slice(span.start, span.end);
  const parts = place.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const entries = parts.map((p) => lookupPlaceOnce(p));
  let from = 0;
  parts.forEach((part, k) => {
    // Found case-insensitively in the submitted text ("KABUL"), without lower-casing it (which can change lengths).
    const re = new RegExp(part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'gi');
    re.lastIndex = from;
    const m = re.exec(raw);
    if (m === null) return;
    const at = m.index;
    from = at + m[0].length;
    const entry = entries[k] ?? null;
    const later = entries.slice(k + 1).find((e) => e !== null && (e.kind === 'country' || e.kind === 'region')) ?? null;
    let name: string;
    let type: Facts['locations'][number]['type'];
    let country: string | null;
    // A town of the US and its state ("MANASSAS, Va. —", "PARIS, Texas —"), listed by stateTowns whatever else the lexicon makes of them.
    if (inClaimed(claimed, span.start + at, span.start + at + 1)) return;
    if (entry !== null && entry.kind !== 'group' && entry.kind !== 'organization') {
      name = entry.metonym ? part : entry.name;
      type = entry.kind === 'country' ? 'country' : entry.kind === 'region' ? 'region' : 'city';
      country = entry.country;
    } else if (entry === null && k === 0 && later !== null) {
      name = part;
      type = 'city';
      country = later.country;
    } else return;
    placeOf(found, name, type, country).evidence.push(evidenceOf(doc.text, span.start + at, span.start + from));
  });
}

/** Whether `start`-`end` lies in one of the spans `claimed` (in text order, apart): the last starting at or before it. */
function inClaimed(claimed: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  let lo = 0;
  let hi = claimed.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((claimed[mid] as { start: number }).start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && end <= (claimed[lo - 1] as { end: number }).end;
}

/**
 * "Georgia" read by the lexicon as the country is the US state in an article that names the state with a town
 * ("Atlanta, Georgia", "Macon, Ga.") or names a US state or town other than through the country, with no sign of the
 * country: "Tbilisi", "Georgian", "Republic of Georgia" or Russia in the text, or two other countries named.
 */
function georgiaAsState(text: string, found: LocationMap): void {
  const country = found.get(GEORGIA);
  if (country === undefined) return;
  let us = found.has('Georgia');
  let abroad = 0;
  for (const v of found.values()) {
    us ||= v.country === 'United States' && v.type !== 'country' && v.name !== 'Washington';
    if (v.type === 'country' && v.country !== 'United States') abroad++;
  }
  if (!us || abroad > 2 || /Tbilisi|Georgian|Republic of Georgia|Russia/.test(text)) return;
  placeOf(found, 'Georgia', 'region', 'United States').evidence.push(...country.evidence);
  found.delete(GEORGIA);
}

/**
 * Words before "police" that name a force's kind, not its town ("Capitol Police", "Transit police", "Riot police",
 * "Border police"), or that describe the officers ("Responding police", "Additional police", "Retired"), counts and
 * ordinals ("Forty police", "Fourth Precinct"), page furniture ("Open Gallery", "Call"); and ranks (RANKS). (Not every
 * participle: "Sinking Spring", "Kettering".) Openers ("Local", "Our", "Two"), institutions ("University") and
 * newspapers' words ("Independent") stop the run already, by their own lists.
 */
const NOT_POLICE_TOWN = /^(?:County|City|Metro(?:politan)?|Met|Township|Park|Capitol|Transit|Tribal|Campus|Riot|Armed|Senior|More|Yellow|World|Border|Military|National|Railway|School|Housing|Secret|Special|Mounted|Unified|Borough|Village|College|Citizen|Your|Great|Additional|Initial|Multiple|Unconfirmed|Backup|Traffic|Auxiliary|Plainclothes|Undercover|Uniformed|Religious|Morality|Precinct|Responding|Retired|Using|Call|Photos|Gallery|Twenty|Thirty|Forty|Fifty|Hundreds|Dozens|First|Second|Third|Fourth|Fifth)$/;

/** The words of newspapers' names ("Sentinel", "Chronicle"), before the words of teams' and streets'. */
const NEWSPAPERS = new Set(OUTLET_WORDS.slice(0, OUTLET_WORDS.indexOf('City')));

/** Searches of the whole text policeTowns may make (a sentence's first word): beyond, no town (1 MB of "Abc police." stays linear). */
const POLICE_SEARCHES = 16;

/**
 * Towns named by their police ("Arlington police said", "the Oak Lawn Police Department"), and counties ("Madison County
 * sheriff's deputies", "a Wayne County judge", in an article naming US places): one to three capitalised
 * words right before "police", none an opener, a title, an institution word, a force's kind, an acronym, a descriptor
 * or a place the lexicon knows ("British Transport Police") or a newspaper's word ("Houston Chronicle Police"; "Orlando
 * Sentinel Orlando Police" names Orlando), and the run no such place (listed already), nor, but for a county, a photo
 * credit's name or outlet after a slash or a bar ("Newsday / Ellen Yan Police"). A US town where the article names other US places, else of no known country.
 */
function policeTowns(doc: Doc, scan: Scan, found: LocationMap): void {
  let us: boolean | undefined;
  let uk: boolean | undefined;
  let searches = 0;
  for (const words of scan.words) {
    for (let k = 1; k < words.length; k++) {
      const p = words[k] as Word;
      const county = p.first === 0x43;
      // (Most words have another length or first letter: their text is not read.)
      if (p.end - p.start !== 6 || (!county && (p.first | 0x20) !== 0x70) || (p.text !== 'police' && p.text !== 'Police' && p.text !== 'County')) continue;
      let i = k;
      while (i > 0 && k - i < 3) {
        const w = words[i - 1] as Word;
        if (!capitalised(w) || !adjacent(doc.text, w, words[i] as Word) || OPENERS.has(w.text) || TITLES.has(w.text) || INSTITUTIONS.has(w.text) || NOT_POLICE_TOWN.test(w.text) || RANKS.has(w.text) || /\p{Lu}\p{Lu}|['’.]/u.test(w.text) || (!county && w.text.includes('-')) || DESCRIPTOR.test(w.text) || memoOf(w).entry !== null || NEWSPAPERS.has(w.text)) break;
        i--;
      }
      if (i === k) continue;
      const start = (words[i] as Word).start;
      if (!county && /[/|] $/.test(doc.text.slice(start - 2, start))) continue;
      const end = county ? p.end : (words[k - 1] as Word).end;
      const name = doc.text.slice(start, end);
      // Not the tail of a longer name ("St. Louis", "Colorado Springs"), nor a sentence's first word the text writes in
      // lower case ("Yellow police tape … yellow").
      if (/(?:\b(?:St|Ste|Ft|Mt)\.|\p{Lu}\p{L}*) $/u.test(doc.text.slice(Math.max(0, start - 16), start)) || (i === 0 && k === 1 && (++searches > POLICE_SEARCHES || doc.text.includes(` ${name.toLowerCase()} `))) || lookupPlaceOnce(name) !== null || isUsState(name)) continue;
      us ??= [...found.values()].some((v) => v.country === 'United States');
      // A county only in an article about the US ("Notts County", "Ross County" are clubs).
      if (county && !us) continue;
      // A force of the UK named with a capital ("Northumbria Police", "Wiltshire Police"; not a "Police Department")
      // polices a county or a region, in an article naming a country or a region of the UK and no place of the US
      // ("Coatbridge police station" is the town's; "Birmingham", "Cambridge" are US towns too).
      const region = county || (p.text === 'Police' && !us && !/^ (?:Department|Dept)\b/.test(doc.text.slice(p.end, p.end + 12)) && (uk ??= [...found.values()].some((v) => v.country === 'United Kingdom' && v.type !== 'city')));
      placeOf(found, name, region ? 'region' : 'city', us ? 'United States' : region && !county ? 'United Kingdom' : null).evidence.push(evidenceOf(doc.text, start, end));
    }
  }
}

/** Places named in the text: countries by name, regions, cities and capitals, with the country they lie in. */
export function extractLocations(doc: Doc, scan: Scan): Facts['locations'] {
  const found: LocationMap = new Map();
  /** Spans of towns and their states ("New Paris, Ohio", "Atlanta, Georgia"): no lexicon place inside them ("Paris", the country "Georgia"). */
  const claimed: Array<{ start: number; end: number }> = [];
  for (const t of stateTowns(doc, scan)) {
    placeOf(found, t.name, t.county ? 'region' : 'city', t.country).evidence.push(t.town);
    placeOf(found, t.state, t.state === t.country ? 'country' : 'region', t.country).evidence.push(t.written);
    claimed.push({ start: t.town.start, end: t.written.end });
  }
  datelinePlaces(doc, found, claimed);
  for (const actors of scan.actors) {
    for (const a of actors) {
      const { entry } = a;
      if (claimed.length > 0 && inClaimed(claimed, a.start, a.end)) continue;
      // "The London Stock Exchange": the place is "London", without the article a phrase may open with.
      const article = articleLength(a.text);
      const written = bare(article === 0 ? a.text : a.text.slice(article));
      // A capital as written, in title case when written in capitals ("ISLAMABAD/NEW DELHI (Reuters)").
      const name = !entry.metonym ? entry.name : /\p{Ll}/u.test(written) ? written : titled(written);
      if (entry.kind === 'group' || entry.kind === 'organization') continue;
      if (entry.kind === 'country' && !entry.metonym && written.toLowerCase() !== entry.name.toLowerCase() && !/^(?:the )?(?:US|U\.S\.|UK|U\.K\.|USA|UAE|DRC|Britain|America|Burma|Holland)$/.test(written)) continue;
      const type = entry.kind === 'country' ? 'country' : entry.kind === 'region' ? 'region' : 'city';
      placeOf(found, name, type, entry.country).evidence.push(evidenceOf(doc.text, a.start + article, a.start + article + written.length));
    }
  }
  georgiaAsState(doc.text, found);
  policeTowns(doc, scan, found);
  return [...found.values()]
    .map((v) => ({ name: v.name, type: v.type, country: v.country, evidence: uniqueEvidence(v.evidence) }))
    .sort((a, b) => (a.evidence[0] as Evidence).start - (b.evidence[0] as Evidence).start || byString(a.name, b.name));
}
