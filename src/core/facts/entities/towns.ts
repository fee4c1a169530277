import { lookupPlaceOnce, US_STATE_ROWS } from '../../lexicon/places.ts';
import { HONORIFICS, INSTITUTION_WORDS, NON_PERSON_HEADS, NOT_NAME_WORDS, PLACE_OPENERS, TITLE_HEADS } from '../../lexicon/titles.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../text/dates.ts';
import type { Doc, Evidence } from '../../types.ts';
import { evidenceOf, possessive } from './cues.ts';
import { letterOrNumberAt, WORD, type Scan, type StateTown, type Word } from './mentions.ts';

/**
 * US towns and counties named with their state ("Dayton, Ohio", "MANASSAS, Va.", "Preble County, Ohio"): the lexicon
 * lists no towns, but the state after a comma marks one. Read by the locations (a place in the US) and the people (a
 * town is nobody's name).
 */

const INSTITUTIONS = new Set(INSTITUTION_WORDS);
const OPENERS = new Set(NOT_NAME_WORDS.filter((w) => !INSTITUTIONS.has(w)));
const CALENDAR = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);
const DIRECTIONS = ['North', 'South', 'East', 'West', 'Northwest', 'Northeast', 'Southwest', 'Southeast', 'Northern', 'Southern', 'Eastern', 'Western', 'Central'];
/** Capitalised titles and honorifics ("Gov.", "Sheriff"): a name after one is a person's. */
const TITLES = new Set([...HONORIFICS.filter((h) => !h.includes(' ')), ...TITLE_HEADS.map((t) => t.charAt(0).toUpperCase() + t.slice(1))]);

/** A US state as written (its name or an AP abbreviation: "Ohio", "Va.", "N.Y."), with the state's name. */
interface StateForm {
  form: string;
  state: string;
}

/**
 * The forms of US_STATE_ROWS by their first word as sentenceWords cuts it ("Va" for "Va.", "N.Y." for "N.Y.", "New"
 * for "New York"). "Washington" is named "Washington State", apart from the capital.
 */
const STATE_FORMS = new Map<string, StateForm[]>();
for (const row of US_STATE_ROWS) {
  const [name = '', abbreviations = ''] = row.split(';').map((part) => part.trim());
  const state = name === 'Washington' ? 'Washington State' : name;
  for (const form of [name, ...abbreviations.split(',').map((a) => a.trim())]) {
    if (form === '') continue;
    const first = form.split(' ')[0] as string;
    const key = first.length > 2 && first.indexOf('.') === first.length - 1 ? first.slice(0, -1) : first;
    const list = STATE_FORMS.get(key) ?? [];
    list.push({ form, state });
    STATE_FORMS.set(key, list);
  }
}

/** A dateline part that is a US state ("Va.", "Ohio"), else null. */
export function stateOfPart(part: string): string | null {
  const key = part.split(' ')[0] as string;
  const list = STATE_FORMS.get(key.length > 2 && key.indexOf('.') === key.length - 1 ? key.slice(0, -1) : key);
  return list?.find((f) => f.form === part)?.state ?? null;
}

/** Words that end a US town's or county's name ("Colorado Springs", "Union City", "Preble County"). */
const TOWN_HEADS = new Set(['County', 'Parish', 'City', 'Town', 'Township', 'Village', 'Valley', 'Beach', 'Falls', 'Springs', 'Heights', 'Hills', 'Island', 'Bay', 'Harbor', 'Harbour', 'Creek', 'Ridge', 'Canyon']);
/** Words that end names of buildings, streets, firms and events, not of a town ("Main Street, Ohio", "Kent State University, Ohio"). */
const NOT_TOWN_LAST = new Set([...NON_PERSON_HEADS, ...INSTITUTION_WORDS].filter((w) => !TOWN_HEADS.has(w)));
/** Abbreviations before a period inside a town's name ("St. Louis", "Ft. Myers", "Mt. Pleasant"). */
const TOWN_ABBREVIATIONS = new Set(['St', 'Ste', 'Ft', 'Mt', 'Pt']);
/** Words that open a town's name though NOT_NAME_WORDS keeps them from opening a person's ("North Charleston", "Lake Worth"). */
const TOWN_OPENERS = new Set([...DIRECTIONS, 'Mount', 'Lake']);
/** A word in capitals ("MANASSAS"), written in a dateline or a caption: its name is given in title case. */
const SHOUTED = /^[A-Z][A-Z'’.-]*[A-Z][A-Z'’.-]*$/;

/**
 * Towns and counties of the US named with their state ("Dayton, Ohio", "MANASSAS, Va.", "Preble County, Ohio"), which
 * the lexicon cannot list: one to four capitalised words, a comma and a state (its name or an AP abbreviation) not
 * followed by another capitalised word, possessive or hyphen ("Ohio State", "Texas Gov.", "Ohio's", "Ohio-based").
 * The state is named too ("Va." is Virginia). Not a person's name (a title or an honorific before it) nor a run ending
 * with a building, a street or a body ("Main Street", "Kent State University"); a sentence's opening word ("In") and
 * other words that open no name are left out of it.
 */
export function stateTowns(doc: Doc, scan: Scan): StateTown[] {
  if (scan.towns !== undefined) return scan.towns;
  const towns: StateTown[] = [];
  const text = doc.text;
  for (const words of scan.words) {
    for (let k = 1; k < words.length; k++) {
      const w = words[k] as Word;
      if ((w.flags & WORD.upper) === 0 || text.charCodeAt(w.start - 1) !== 0x20 || text.charCodeAt(w.start - 2) !== 0x2c || (words[k - 1] as Word).end !== w.start - 2) continue;
      const forms = STATE_FORMS.get(w.text);
      if (forms === undefined) continue;
      const hit = forms.find((f) => text.startsWith(f.form, w.start) && !letterOrNumberAt(text, w.start + f.form.length, false));
      if (hit === undefined) continue;
      const stateEnd = w.start + hit.form.length;
      const after = text.slice(stateEnd, stateEnd + 24);
      // Not "Ohio State", "Texas Gov.", "Ohio's", "Ohio-based", "Colorado attorney general" (a person's office).
      if (!hit.form.endsWith('.') && /^(?:['’-]|\s+\p{Lu})/u.test(after) && !CALENDAR.has(/^\s+(\p{L}+)/u.exec(after)?.[1] ?? '')) continue;
      const head = /^,?\s+(\p{Ll}+)/u.exec(after)?.[1];
      if (head !== undefined && TITLE_HEAD_WORDS.has(head)) continue;
      // The town: capitalised words right before the comma ("St. Louis": an abbreviation and its period inside).
      let from = k - 1;
      while (from > 0 && k - from < 5) {
        const prev = words[from - 1] as Word;
        const gap = (words[from] as Word).start - prev.end;
        if ((prev.flags & WORD.upper) === 0 || !((gap === 1 && text.charCodeAt(prev.end) === 0x20) || (gap === 2 && text.charCodeAt(prev.end) === 0x2e && TOWN_ABBREVIATIONS.has(titled(prev.text))))) break;
        from--;
      }
      if (k - from >= 5) continue;
      const before = words[from - 1];
      if (before !== undefined && before.end + 2 >= (words[from] as Word).start && (TITLES.has(withoutFinalDot(before.text)) || SAYING.has(before.text))) continue;
      while (from < k - 1 && LEADING.has(titled((words[from] as Word).text))) from++;
      const keys: string[] = [];
      let mixed = false;
      let caps = 0;
      for (let m = from; m < k; m++) {
        const t = (words[m] as Word).text;
        if (SHOUTED.test(t)) caps++;
        else if ((words[m] as Word).flags & WORD.upper) keys.push(t);
        else mixed = true;
      }
      const shouted = caps === k - from;
      if (mixed || (caps > 0 && !shouted)) continue;
      keys.length = 0;
      for (let m = from; m < k; m++) keys.push(shouted ? titled((words[m] as Word).text) : (words[m] as Word).text);
      const first = keys[0] as string;
      const last = keys[keys.length - 1] as string;
      // One word that opens no name, or names no town alone ("In", "Heights", "Southeast").
      if (LEADING.has(first) || TITLES.has(withoutFinalDot(first)) || NOT_TOWN_LAST.has(last) || possessive(last) || (keys.length === 1 && (TOWN_HEADS.has(first) || TOWN_OPENERS.has(first)))) continue;
      let inside = false;
      for (let m = 0; m < keys.length; m++) inside ||= INSTITUTIONS.has(keys[m] as string) || (m > 0 && OPENERS.has(keys[m] as string) && !TOWN_OPENERS.has(keys[m] as string)) || ((keys[m] as string).includes('.') && !TOWN_ABBREVIATIONS.has(withoutFinalDot(keys[m] as string)));
      if (inside && !TOWN_HEADS.has(last)) continue;
      const firstWord = words[from] as Word;
      const lastWord = words[k - 1] as Word;
      // A town split from its abbreviation by the sentence's end ("ST. | LOUIS, Mo.").
      const cut = from === 0 ? /(?:^|[^\p{L}])((?:St|Ste|Ft|Mt)\.\s)$/iu.exec(text.slice(Math.max(0, firstWord.start - 6), firstWord.start)) : null;
      const start = cut === null ? firstWord.start : firstWord.start - (cut[1] as string).length;
      const written = text.slice(start, lastWord.end);
      // A list of states or counties ("Arizona, Colorado and Utah", "Craig, Creek, Delaware, Haskell"); a word that
      // opens the sentence before a word in lower case, or is written in lower case elsewhere ("Soon, New York was",
      // "Soon, Texas"); or a person (a surname the
      // article uses alone: "said Brian Domonkos, Colorado supervisor … Domonkos said").
      if (stateOfPart(written) !== null) continue;
      if (before !== undefined && before.end + 2 === firstWord.start && text.charCodeAt(before.end) === 0x2c && /^,\s+\p{Lu}/u.test(after)) continue;
      if (from === 0 && cut === null && !shouted && keys.length === 1 && (/^\s\p{Ll}/u.test(after) || new RegExp(`\\b${first.toLowerCase().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\b`).test(text))) continue;
      if (keys.length >= 2 && !PLACE_OPENER.has(first) && !TOWN_HEADS.has(last) && usedAlone(text, words[k - 2] as Word, lastWord)) continue;
      const known = lookupPlaceOnce(written);
      // "Tbilisi, Georgia": a place the lexicon puts in the country the state is named like.
      if (known !== null && known.country === hit.state) continue;
      const name = known !== null && known.country === 'United States' && (known.kind === 'city' || known.kind === 'region') ? known.name : shouted ? titled(written) : written;
      towns.push({ name, county: last === 'County' || last === 'Parish', state: hit.state, town: evidenceOf(text, start, lastWord.end), written: evidenceOf(text, w.start, stateEnd) });
    }
  }
  scan.towns = towns;
  return towns;
}

/** A word or a name in capitals ("ST. LOUIS") in title case ("St. Louis"). */
function titled(word: string): string {
  return word.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Lower-case title heads after a state: the name before it is a person's ("John Walsh, Colorado attorney general"). */
const TITLE_HEAD_WORDS = new Set(TITLE_HEADS);
/**
 * Words that open a sentence or a clause, not a town's name, left out of it ("In Dayton, Ohio", "Near Dallas, Texas"):
 * the openers of names, but for those that open names of places ("District Heights", "North Charleston", "Lake Worth").
 */
const LEADING = new Set([...OPENERS].filter((w) => !TOWN_OPENERS.has(w) && !/^(?:District|Province|Region|Kingdom|Republic|Islands|Sea|River|Gulf|Base|Camp|Gate|Zone|Strait|Side|Bridge|Square|Hall|Church|Airport|Street|Road|Hospital|Mosque|Cathedral)$/.test(w)));

const PLACE_OPENER = new Set(PLACE_OPENERS);
/** Verbs of saying before a name: what follows is a person's ("said John Smith, Texas ..."). */
const SAYING = new Set(['said', 'says', 'told', 'to']);

/** Whether `last`'s text is written elsewhere in `text` as a word of its own, not right after `prev`'s text: a surname. */
function usedAlone(text: string, prev: Word, last: Word): boolean {
  const word = last.text;
  const before = `${prev.text} `;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === last.start || letterOrNumberAt(text, at, true) || letterOrNumberAt(text, at + word.length, false)) continue;
    if (at >= before.length && text.startsWith(before, at - before.length)) continue;
    return true;
  }
  return false;
}

/** `word` without one final period. */
function withoutFinalDot(word: string): string {
  return word.charCodeAt(word.length - 1) === 0x2e ? word.slice(0, -1) : word;
}

