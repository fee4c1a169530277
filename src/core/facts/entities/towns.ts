import { COUNTRY_ROWS, lookupPlaceOnce, REGION_ROWS, UK_COUNTIES, US_STATE_ABBREVIATIONS } from '../../lexicon/places.ts';
import { INSTITUTION_WORDS, NON_PERSON_HEADS, NOT_NAME_WORDS, PLACE_OPENERS } from '../../lexicon/titles.ts';
import type { Doc } from '../../types.ts';
import { evidenceOf } from './cues.ts';
import type { Scan, StateTown } from './mentions.ts';
import { CALENDAR, HEADS, INSTITUTIONS, TITLES } from './words.ts';

/**
 * US towns and counties named with their state ("Dayton, Ohio", "MANASSAS, Va.", "Preble County, Ohio"): the lexicon
 * lists no towns, but the state after a comma marks one. So do a country, a nation of the UK or a British county after
 * a town abroad ("Sderot, Israel", "Luton, Bedfordshire"), read more strictly (ABROAD_AFTER). Read by the locations (a
 * place in its country) and the people (a town is nobody's name).
 */

/** The states by the forms they are written in (name or AP abbreviation: "Ohio", "Va.", "N.Y."); "Washington State" apart from the capital. */
const STATES = new Map<string, string>();
const STATE_NAMES = [
  ...REGION_ROWS.filter((r) => r.includes('; United States;') && !r.startsWith('Puerto')).map((r) => r.slice(0, r.indexOf(';')).replace(/ State$/, '')),
  'Georgia',
  'Montana',
  'Virginia',
  'Washington',
].sort();
US_STATE_ABBREVIATIONS.split(' ').forEach((forms, k) => {
  const name = STATE_NAMES[k] as string;
  for (const form of [name, ...forms.split(',')]) if (form !== '-') STATES.set(form, name === 'Washington' ? 'Washington State' : name);
});

/** Whether `name` is a US state as towns.ts reads them (with Georgia, Montana, Virginia and Washington, which the lexicon leaves out). */
export function isUsState(name: string): boolean {
  return STATES.has(name);
}

/**
 * Countries (their names: "Sderot, Israel"), the UK's nations and counties ("Luton, Bedfordshire", "Perth, Scotland")
 * after a town abroad, with the country they lie in; read more strictly than a US state (stateTowns). "Georgia" is the US
 * state here.
 */
const ABROAD = new Map<string, boolean>();
for (const row of COUNTRY_ROWS) {
  const name = row.slice(0, row.indexOf(';'));
  if (!STATES.has(name)) ABROAD.set(name, true);
}
for (const region of ['England', 'Scotland', 'Wales', 'Northern Ireland', ...UK_COUNTIES.split(',')]) ABROAD.set(region, false);
/**
 * A county of Britain named "…shire", opened by a compass word or not ("Bedfordshire", "North Yorkshire"), "East Sussex"
 * and the counties of Northern Ireland ("County Antrim").
 */
const SHIRE = '(?:(?:North|South|East|West) )?\\p{Lu}\\p{Ll}+shire|(?:East|West) Sussex|County (?:Antrim|Armagh|Down|Tyrone|Fermanagh)';
/**
 * Right after a country or a county: the end of a clause, a comma not opening a list of names, a dash or a bracket, or
 * a word that goes on about the place or the time ("Baghdad, Iraq.", "in Luton, Bedfordshire, on Monday", "Sderot,
 * Israel —"); not a verb or a noun the country is the subject or the qualifier of ("Richard Hill, England have",
 * "Ross Walker, UK economist"), nor "and" ("Scandinavia, Russia and").
 */
const ABROAD_AFTER = /^(?:[.;:!?)\]"”'\n]|,(?!\s+\p{Lu}[\p{L}.]*(?:,|\s+(?:and|or)\s))|\s+(?:on|in|at|near|where|when|last|this|after|said|police)\b|\s+[-–—(]|$)/u;

const WORD = "\\p{Lu}[\\p{L}'’-]*";
/** An abbreviation and its period inside a town's name ("St. Louis", "Ft. Myers", "Mt. Pleasant", "SAULT STE. MARIE"). */
const SAINT = '(?:S[Tt][Ee]?|F[Tt]|M[Tt])\\. ';
/** A comma, a space and a state ending the word, matched where ", " and a capital letter are. */
const STATE_AT = new RegExp(`, (${[...STATES.keys(), ...ABROAD.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/\./g, '\\.')).join('|')}|${SHIRE})(?![\\p{L}\\p{N}])`, 'uy');
/** One to four capitalised words not right after another (an abbreviation may sit inside: "St. Louis"), ending the text. */
const TOWN_END = new RegExp(`(?<!${WORD} |${SAINT}|[\\p{L}\\p{N}.-])((?:${WORD} |${SAINT}){0,3}${WORD})$`, 'u');
/** Words that end a US town's or county's name ("Colorado Springs", "Union City", "Preble County", "Copperas Cove", "Lehigh Acres", "Oak Lawn"). */
const TOWN_HEADS = new Set(['County', 'Parish', 'City', 'Town', 'Township', 'Village', 'Valley', 'Beach', 'Falls', 'Springs', 'Heights', 'Hills', 'Island', 'Bay', 'Harbor', 'Harbour', 'Creek', 'Ridge', 'Canyon', 'Cove', 'Coast', 'Mountain', 'Gardens', 'Station', 'Corner', 'Way', 'Acres', 'Estates', 'Lawn']);
/** Words that end names of buildings, streets, firms and events, not of a town ("Main Street, Ohio", "Kent State University, Ohio"). */
const NOT_TOWN_LAST = new Set([...NON_PERSON_HEADS, ...INSTITUTION_WORDS].filter((w) => !TOWN_HEADS.has(w)));
/** Words that open a town's name though NOT_NAME_WORDS keeps them from opening a person's ("North Charleston", "Lake Worth", "District Heights"). */
const TOWN_OPENERS = /^(?:(?:North|South|East|West)(?:ern|east|west)?|Central|Mount|Lake|District)$/;
/** Words that open a sentence or a clause or are no town ("In Dayton, Ohio", "Near Dallas, Texas", "Joint Base X"). */
const OPENERS = new Set(NOT_NAME_WORDS.filter((w) => !INSTITUTIONS.has(w) && !TOWN_OPENERS.test(w)));
/** Titles and honorifics of one word ("Gov.", "Sheriff") and verbs of saying: a name after one is a person's (the word before a town and its first word are single words). */
const PERSON_BEFORE = new Set([...TITLES, 'said', 'says', 'told', 'to']);
const PLACE_OPENER = new Set(PLACE_OPENERS);
/** Words inside names of bases and buildings, not of towns ("Joint Base San Antonio"). */
const NOT_INSIDE = /^(?:Base|Camp|Airport|Street|Road|Avenue|Hospital|Church|School|College)$/;

/** Searches of the whole text a document may make (a sentence start, a surname alone): beyond, no town (1 MB of "A B, Ohio." stays linear). */
const SEARCHES = 64;

/** A name in capitals ("ST. LOUIS") in title case ("St. Louis"). */
export function titled(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** How many times `part` (not empty) stands in `text`, counted left to right without overlaps, as `text.split(part)` would cut it; no array built. */
function occurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

/**
 * Towns and counties of the US named with their state, which the lexicon cannot list: one to four capitalised words
 * (without an opening word such as "In"), a comma and a state (its name or an AP abbreviation) not followed by another
 * capitalised word, a possessive or a hyphen ("Ohio State", "Texas Gov.", "Ohio's", "Ohio-based") nor by a person's
 * office ("Colorado attorney general"). Not a name after a title or a verb of saying, nor one ending with a building, a
 * street or a body ("Main Street", "Kent State University"); not a state in a list of states or counties ("Arizona,
 * Colorado and Utah", "Craig, Creek, Delaware, Haskell") nor of places abroad ("London, Frankfurt, New York and …");
 * not a word opening the sentence before a word in lower case or written in lower case elsewhere ("Soon, New York was"); not a person (a surname the article uses alone: "said
 * Brian Domonkos, Colorado supervisor … Domonkos said"); not a place the lexicon puts in the country the state is
 * named like ("Tbilisi, Georgia"). Names in capitals (datelines, captions) are given in title case.
 */
export function stateTowns(doc: Doc, scan: Scan): StateTown[] {
  if (scan.towns !== undefined) return scan.towns;
  const towns: StateTown[] = (scan.towns = []);
  const text = doc.text;
  let searches = 0;
  for (let i = text.indexOf(', '); i >= 0; i = text.indexOf(', ', i + 2)) {
    const c = text.charCodeAt(i + 2);
    if (c < 65 || c > 90) continue;
    STATE_AT.lastIndex = i;
    const form = STATE_AT.exec(text)?.[1];
    if (form === undefined) continue;
    const head = text.slice(Math.max(0, i - 60), i);
    const run = TOWN_END.exec(head)?.[1];
    // (A run as long as the slice may be cut from a longer word.)
    if (run === undefined || (run.length === head.length && i > 60)) continue;
    /** Whether the form names a country (true), a part of the UK (false) or a US state (undefined). */
    const abroad = STATES.has(form) ? undefined : (ABROAD.get(form) ?? false);
    const state = STATES.get(form) ?? form;
    const stateStart = i + 2;
    const stateEnd = stateStart + form.length;
    const after = text.slice(stateEnd, stateEnd + 24);
    if ((abroad !== undefined && !ABROAD_AFTER.test(after)) || (!form.endsWith('.') && /^(?:['’-]|\s+\p{Lu})/u.test(after) && !CALENDAR.has(/^\s+(\p{L}+)/u.exec(after)?.[1] ?? '')) || HEADS.has(/^,?\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '')) continue;
    let words = run.split(' ');
    const shouted = !/\p{Ll}/u.test(run);
    const keys = shouted ? titled(run).split(' ') : words;
    let lead = 0;
    // Not in a dateline in capitals ("FEDERAL WAY, Wash."), which opens with the town.
    while (!shouted && lead < words.length - 1 && OPENERS.has(keys[lead] as string)) lead++;
    const name = words.slice(lead).join(' ');
    const first = keys[lead] as string;
    const last = keys[keys.length - 1] as string;
    const start = stateStart - 2 - name.length;
    // The word before the town (its last run of non-spaces followed by one space). The match may start only at the text's
    // start or after a space, so the expression stays linear in its input (the redos suite runs it on 1 MiB).
    const before = /(?:^|\s)(\S+)\s$/.exec(text.slice(Math.max(0, start - 12), start))?.[1] ?? '';
    words = keys.slice(lead);
    /** Whether the town opens a sentence (a sentence end or the text's start right before it), as written in mixed case. */
    const opensSentence = !shouted && /(?:^|[.!?]["'’”]?\s)$/.test(text.slice(Math.max(0, start - 3), start));
    if (
      (!shouted && /\p{Lu}{2}/u.test(name)) ||
      (!shouted && OPENERS.has(first)) ||
      PERSON_BEFORE.has(before) ||
      PERSON_BEFORE.has(first) ||
      NOT_TOWN_LAST.has(last) ||
      /['’]s?$/.test(last) ||
      (words.length === 1 && (TOWN_HEADS.has(first) || TOWN_OPENERS.test(first))) ||
      (!TOWN_HEADS.has(last) && words.some((w) => INSTITUTIONS.has(w) || NOT_INSIDE.test(w))) ||
      STATES.has(name) ||
      (abroad !== undefined && (ABROAD.has(name) || name.endsWith('shire') || /,$/.test(before) || opensSentence)) ||
      (/^\p{Lu}.*,$/u.test(before) && (/^,\s+\p{Lu}/u.test(after) || (/^,?\s(?:and|or)\s/.test(after) && (lookupPlaceOnce(before.slice(0, -1))?.country ?? 'United States') !== 'United States'))) ||
      (words.length === 1 && opensSentence && (/^\s\p{Ll}/u.test(after) || ++searches > SEARCHES || text.includes(` ${first.toLowerCase()} `))) ||
      (words.length > 1 && !shouted && !PLACE_OPENER.has(first.replace(/\.$/, '')) && !TOWN_OPENERS.test(first) && !TOWN_HEADS.has(last) && (++searches > SEARCHES || occurrences(text, last) > occurrences(text, `${words[words.length - 2]} ${last}`)))
    ) {
      continue;
    }
    const known = lookupPlaceOnce(name);
    // Abroad, a name the lexicon knows is no unknown town ("Germany, France", "London, England").
    if (known !== null && (known.country === state || abroad !== undefined)) continue;
    towns.push({
      name: known !== null && known.country === 'United States' && (known.kind === 'city' || known.kind === 'region') ? known.name : shouted ? titled(name) : name,
      county: last === 'County' || last === 'Parish',
      state,
      country: abroad === undefined ? 'United States' : abroad ? form : 'United Kingdom',
      town: evidenceOf(text, start, start + name.length),
      written: evidenceOf(text, stateStart, stateEnd),
    });
  }
  return towns;
}
