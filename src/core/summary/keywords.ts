import { isStopWord, stem, TokenInterner, tokenSpans, WordHashSet, type TokenSpan } from '../text/tokenize.ts';
import type { Keyword, Sentence } from '../types.ts';
import { roundScore } from '../round.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/dates.ts';
import { articleOf, tableOf, type TermTable } from './terms.ts';
import { lookupPlace } from '../lexicon/places.ts';
import { FIRST_NAMES_ALSO_WORDS, TITLE_HEADS } from '../lexicon/titles.ts';

interface Entry {
  surface: string;
  weight: number;
  /** Order of the first occurrence; -1 for a stem's entry not met yet (its slot was made for the token being read). */
  first: number;
  /** A stem the title holds (its weight counts 1.5 times). */
  bonus: boolean;
  /** The entry's key: a stem, or the lower-cased words of a name (names have a map of their own: `entries`). */
  key: string;
  /** For a name of several words, the stems of its words ("Coast Guard": coast, guard). */
  parts: string[] | null;
  /** Seen after a determiner ("the attack", "a rally"): a noun, whatever its ending. */
  noun: boolean;
  /** Seen in lower case: a common word, not a name. */
  lower: boolean;
  /** Seen other than as a lone capitalised word right after a name and its possessive (see `chain`). */
  loose: boolean;
  /** The name of several words it followed, with a possessive, when it was a lone capitalised word ("Kurdistan Workers' Party"). */
  chain: Entry | null;
  /** As written when it opened a sentence, capitalised ("Turkey"). */
  opener: string | null;
  /** A name met other than opening a sentence. */
  inner: boolean;
  /** A word met capitalised inside a sentence, not after a capitalised word ("… beat Arsenal"). */
  free: boolean;
}

/**
 * Words before a noun: a word seen after one is no verb or adverb ("the attack", "a rally", "his family"). Found by
 * hash (see WordHashSet), so a token the summariser numbered is looked up by the hash its interner keeps.
 */
const DETERMINERS = new WordHashSet(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'every', 'each', 'another']);

/**
 * Past forms that name the news (killings, arrests, trials, disasters, elections), kept as keywords while other past
 * tenses and participles seen only as verbs ("announced", "happened", "opened", "began") are ranked down.
 */
const NEWS_VERBS = new WordHashSet([
  'killed', 'wounded', 'injured', 'murdered', 'stabbed', 'attacked', 'assaulted', 'ambushed', 'beheaded', 'executed',
  'bombed', 'shelled', 'massacred', 'assassinated', 'strangled', 'tortured', 'raped', 'kidnapped', 'abducted', 'robbed',
  'carjacked', 'poisoned', 'grazed', 'paralyzed', 'paralysed', 'hospitalized', 'hospitalised', 'died', 'drowned',
  'arrested', 'charged', 'accused', 'suspected', 'alleged', 'convicted', 'sentenced', 'indicted', 'jailed', 'imprisoned',
  'detained', 'deported', 'extradited', 'acquitted', 'pleaded', 'arraigned', 'sued', 'fined', 'banned', 'wanted',
  'aggravated', 'attempted', 'armed', 'masked', 'crashed', 'collapsed', 'exploded', 'erupted', 'flooded', 'burned',
  'destroyed', 'damaged', 'evacuated', 'rescued', 'trapped', 'stranded', 'infected', 'elected', 'impeached', 'resigned',
  'sacked', 'suspended', 'invaded', 'captured', 'seized', 'looted', 'hacked', 'leaked', 'relegated', 'deceased', 'capsized',
]);

/** Irregular past forms, ranked down when seen only as verbs ("began", "spoke", "fought", "won"). */
const PAST_FORMS = new WordHashSet([
  'began', 'begun', 'spoke', 'spoken', 'fought', 'spread', 'left', 'won', 'lost', 'sent', 'heard', 'held', 'fell', 'fallen',
  'sold', 'broke', 'broken', 'led', 'ran', 'rose', 'risen', 'brought', 'drove', 'driven', 'wrote', 'written', 'paid',
  'bought', 'flew', 'flown', 'felt', 'spent', 'fled', 'built', 'caught', 'shown', 'rang', 'sought', 'threw', 'thrown',
  'sang', 'chose', 'chosen', 'grew', 'grown', 'drew', 'drawn', 'sat', 'stood', 'wore', 'met', 'meant', 'slept', 'sped',
  'gotten', 'forgot', 'arose', 'swam',
]);

/**
 * Words in -ly that are nouns or adjectives, not adverbs ("family", "rally", "daily", "deadly"), and "accidentally",
 * which names the news (an accidental shooting); other words in -ly seen only without a determiner ("reportedly",
 * "currently") are ranked down.
 */
const LY_WORDS = new WordHashSet([
  'family', 'rally', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'quarterly', 'deadly', 'friendly', 'elderly',
  'assembly', 'supply', 'reply', 'apply', 'lonely', 'lovely', 'costly', 'silly', 'italy', 'accidentally',
]);

/**
 * Words in -ing that name an activity or a thing the news is about ("spending", "housing", "doping", "shooting"), kept
 * while other words in -ing seen only without a determiner ("playing", "trying", "starring") are ranked down.
 */
const ING_NOUNS = new WordHashSet([
  'spending', 'meeting', 'training', 'housing', 'funding', 'building', 'buildings', 'gaming', 'marketing', 'advertising',
  'manufacturing', 'accounting', 'doping', 'trading', 'recycling', 'smoking', 'drinking', 'killing', 'killings',
  'shooting', 'shootings', 'stabbing', 'bombing', 'bombings', 'warning', 'ruling', 'hearing', 'voting', 'borrowing',
  'downloading', 'writing', 'opening', 'wedding', 'clothing', 'painting', 'fishing', 'hunting', 'mining', 'banking',
  'lending', 'pricing', 'sentencing', 'kidnapping', 'beheading', 'drilling', 'fracking', 'flooding', 'bullying',
  'landing', 'offering', 'broadcasting', 'boxing', 'sailing', 'cycling', 'racing', 'skiing', 'swimming', 'dancing',
  'singing', 'acting', 'coaching', 'qualifying', 'polling', 'screening', 'testing', 'hacking', 'looting', 'rioting',
  'shelling', 'fighting', 'bleeding', 'poisoning', 'piercing', 'planning', 'nursing', 'parking', 'camping', 'lighting',
  'heating', 'cost-cutting', 'file-sharing', 'overcrowding', 'evening', 'morning', 'ceiling', 'sibling', 'siblings', 'spring', 'string',
  'thing', 'king', 'ring', 'wing', 'sterling', 'darling', 'pudding', 'warming', 'filming', 'recording', 'recordings',
  'carjacking', 'trafficking', 'smuggling', 'gambling', 'stalking', 'shoplifting', 'mugging', 'lynching',
]);

/**
 * Whether a keyword in lower case is a verb or an adverb by its form and was never seen as a noun: a past form, an
 * adverb in -ly or a participle in -ing ("playing", "starring", "following") outside its word lists.
 */
function isVerbLike(e: Entry): boolean {
  if (e.noun || e.parts !== null) return false;
  const w = e.surface;
  const n = w.length;
  const c = w.charCodeAt(0);
  if (!(c >= 97 && c <= 122)) return false;
  if (n >= 5 && w.charCodeAt(n - 2) === 0x65 && w.charCodeAt(n - 1) === 0x64 && w.charCodeAt(n - 3) !== 0x65) return !NEWS_VERBS.has(w);
  if (n >= 5 && w.charCodeAt(n - 2) === 0x6c && w.charCodeAt(n - 1) === 0x79) return !LY_WORDS.has(w);
  if (n >= 6 && w.charCodeAt(n - 3) === 0x69 && w.charCodeAt(n - 2) === 0x6e && w.charCodeAt(n - 1) === 0x67) return !ING_NOUNS.has(w);
  return PAST_FORMS.has(w);
}

/** How much a verb-like keyword keeps of its weight. */
const VERB_WEIGHT = 0.5;

/** Place names and demonyms that are also common words in lower case: a sentence's first word stays as it is. */
const COMMON_PLACE_WORDS = new Set(['male', 'pole', 'poles', 'reading', 'gulf']);

/**
 * Words that are content words to the summariser but say nothing as keywords: "at least", "a 13-year-old", time
 * zones, numbers and ordinals in words, light verbs ("think", "going", "took") and vague words ("now", "really",
 * "former", "something"), and page furniture ("please", "click").
 */
const KEYWORD_STOP = new WordHashSet([
  'least', 'year-old', 'years-old', 'month-old', 'yes', 'due', 'edt', 'est', 'gmt', 'bst', 'pdt', 'pst', 'cdt', 'cst', 'utc', 'a.m', 'p.m',
  'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty',
  'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'dozen', 'dozens',
  'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'second', 'twice',
  'think', 'thinks', 'thought', 'want', 'wants', 'wanted', 'going', 'take', 'takes', 'took', 'taken', 'taking', 'use',
  'used', 'using', 'look', 'looks', 'looked', 'looking', 'need', 'needs', 'needed', 'found', 'find', 'come', 'comes',
  'came', 'coming', 'give', 'gives', 'gave', 'given', 'know', 'knew', 'known', 'see', 'seen', 'saw', 'put', 'keep',
  'kept', 'added', 'set', 'seem', 'seems', 'seemed', 'become', 'became', 'asked', 'called', 'went', 'goes', 'done',
  'now', 'really', 'good', 'best', 'better', 'next', 'former', 'top', 'big', 'great', 'lot', 'lots', 'something',
  'anything', 'nothing', 'everything', 'things', 'thing', 'way', 'ways', 'important', 'harder', 'able', 'likely',
  'recent', 'recently', 'ago', 'later', 'earlier', 'far', 'away', 'around', 'today', 'told', 'updated', 'published',
  'including', 'expected', 'part', 'please', 'click', 'clicking',
  ...WEEKDAY_NAMES.map((d) => d.toLowerCase()),
  ...MONTH_NAMES.flatMap((m) => [m.toLowerCase(), m.slice(0, 3).toLowerCase()]),
  'sept',
]);

/**
 * Prepositions, adverbs and pronouns the stop list leaves out ("near", "inside", "outside", "despite", "already",
 * "someone"): never a keyword of their own, while still a word of a name ("The Sea Inside", "Never Mind").
 */
const FUNCTION_WORDS = new Set([
  'near', 'nearby', 'inside', 'outside', 'behind', 'beyond', 'beneath', 'despite', 'amid', 'amidst', 'besides', 'alongside',
  'throughout', 'unless', 'instead', 'always', 'already', 'never', 'ever', 'often', 'soon', 'almost', 'rather', 'quite',
  'perhaps', 'maybe', 'else', 'someone', 'anyone', 'everyone', 'somebody', 'anybody', 'everybody', 'nobody', 'whenever',
  'whatever', 'whoever', 'wherever',
]);

/**
 * US states as datelines abbreviate them after a city ("TULSA, Okla. (AP)", "NOBLE COUNTY, Ind."): never seen in
 * lower case, no keyword ("mass" in "mass shooting" is one). Those of two letters are too short to be keywords anyway.
 */
const STATE_ABBREVIATIONS = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ill', 'Ind', 'Kan', 'Kans', 'Mass', 'Mich', 'Minn', 'Miss',
  'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Tenn', 'Tex', 'Wash', 'Wis', 'Wisc', 'Wyo', 'N.H.', 'N.J.', 'N.M.', 'N.C.', 'N.D.',
  'S.C.', 'S.D.', 'R.I.', 'W.Va.',
]);

/**
 * Time zones: in KEYWORD_STOP, but unlike the other words there ("the Three Gorges Dam") they join no name, so a page's
 * time stamp ("Posted: Monday, March 31, 2014 3:13 PM EDT Updated: Monday") gives none ("EDT Updated").
 */
const TIME_ZONES = new Set(['edt', 'est', 'gmt', 'bst', 'pdt', 'pst', 'cdt', 'cst', 'utc']);

/**
 * The key a keyword is counted under: its stem without a final "ie", "y" or "e", so singular and plural meet where the
 * stemmer keeps them apart ("movie" and "movies", "selfie" and "selfies", "octopus" and "octopuses").
 */
function keywordKey(stemmed: string): string {
  const n = stemmed.length;
  if (n <= 3) return stemmed;
  const last = stemmed.charCodeAt(n - 1);
  if (last === 0x79) return stemmed.slice(0, -1);
  if (last !== 0x65) return stemmed;
  return stemmed.charCodeAt(n - 2) === 0x69 ? stemmed.slice(0, -2) : stemmed.slice(0, -1);
}

/**
 * Words that join a name when capitalised and followed by a capitalised word, without being keywords of their own
 * ("New York", "El Paso", "La Paz", "Le Pen", "Al Jazeera", "De Niro"): a stop word, or too short to be a keyword.
 */
const NAME_JOINERS = new Set(['new', 'el', 'la', 'le', 'al', 'de', 'di', 'da', 'du']);

/**
 * Words of two letters that do not join a name: abbreviated titles ("Mr", "Dr", "St"), times ("PM ET") and words that open sentences.
 * Any other capitalised word of two letters followed by a capitalised word opens a name ("FA Cup", "UN Security
 * Council", "Ho Chi Minh City", "Xi Jinping"); stop words ("In", "As") never do.
 */
const SHORT_NOT_NAMES = new Set(['mr', 'ms', 'dr', 'st', 'mt', 'lt', 'jr', 'sr', 'no', 'go', 'oh', 'ok', 'hi', 'ex', 'pm', 'et', 'pt', 'ad', 'bc', 'vs']);

/**
 * A word without a final possessive, so both count as one keyword: a cleaned token ("saddam's") or a word as written
 * ("Saddam's", "Saddam’s") → "saddam", "Saddam".
 */
function withoutPossessive(word: string): string {
  const n = word.length;
  if (n <= 3 || word.charCodeAt(n - 1) !== 0x73) return word;
  const c = word.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019 ? word.slice(0, -2) : word;
}

/** Whether the token ending at `end` ends with a possessive ("ESPN's", "Jones'"). */
function endsPossessive(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === 0x27 || last === 0x2019) return true;
  const before = text.charCodeAt(end - 2);
  return last === 0x73 && (before === 0x27 || before === 0x2019);
}

/** Weight of an occurrence in sentence `index`: earlier mentions count more (inverted pyramid). */
function positionWeight(index: number): number {
  return 1 + 1 / (1 + index / 5);
}

function isCapitalised(word: string): boolean {
  const c = word[0] ?? '';
  return c !== c.toLowerCase();
}

/** Whether the token starting at `text[at]` is capitalised; ASCII without building a string. */
function capitalisedAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 65 && code <= 90;
  return isCapitalised(text[at] as string);
}

/**
 * Token `k` of a sentence as written, without a trailing period unless it abbreviates ("U.S."): `offsets` as in
 * Sentence, counted from `base` in `text` (the sentence's own text and 0, or the article and the sentence's start).
 */
function rawText(text: string, base: number, offsets: readonly number[], k: number): string {
  const start = base + (offsets[2 * k] as number);
  const end = base + (offsets[2 * k + 1] as number);
  if (text.charCodeAt(end - 1) !== 0x2e) return text.slice(start, end);
  const dotted = text.lastIndexOf('.', end - 2) >= start;
  return dotted ? text.slice(start, end) : text.slice(start, end - 1);
}

/** The most words a name can have ("Recovered Fuels Shipping Limited"); a longer run of capitals is no name (a headline in title case). */
const MAX_NAME_WORDS = 4;

/**
 * Office-holders and groups whose possessive stands inside the name of a body ("Mason County Sheriff's Office", "the
 * Coroner's Office", "Kosair Children's Hospital"): a run of capitalised words goes on after one, where it ends after
 * any other possessive ("ESPN's Britt McHenry"). Such a name may have one word more than MAX_NAME_WORDS ("Los Angeles
 * County Sheriff's Department").
 */
const NAME_POSSESSIVES = new Set([
  'sheriff', 'coroner', 'attorney', 'attorneys', 'prosecutor', 'marshal', 'examiner', 'solicitor', 'governor', 'mayor',
  'commissioner', 'clerk', 'auditor', 'treasurer', 'assessor', 'children', 'women', 'men', 'people',
]);

/**
 * Groups of NAME_POSSESSIVES: inside a name ("Kosair Children's Hospital") the word does not stand for the common
 * word, which stays a keyword of its own ("children").
 */
const GROUP_POSSESSIVES = new Set(['children', 'women', 'men', 'people']);

/** A word of GROUP_POSSESSIVES with its possessive inside a name's surface ("Kosair Children's Hospital"). */
const GROUP_IN_NAME = new RegExp(`\\b(${[...GROUP_POSSESSIVES].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})['’]s `, 'g');

/**
 * Ranks and staff of a body, written capitalised before a person's name: they join no name that a possessive of
 * NAME_POSSESSIVES carried on ("Polk County Sheriff's Deputy Ann Lee" names "Polk County Sheriff", not "Polk County
 * Sheriff's Deputy"; "the Harris County Sheriff's Office Sgt. Ben Cole": "Harris County Sheriff's Office").
 */
const STAFF_WORDS = new Set([
  'deputy', 'deputies', 'sgt', 'sergeant', 'capt', 'captain', 'cmdr', 'commander', 'lt', 'lieutenant', 'cpl', 'corporal',
  'det', 'detective', 'detectives', 'investigator', 'investigators', 'officer', 'officers', 'spokesman', 'spokeswoman',
  'spokesperson', 'undersheriff', 'chief',
]);

/**
 * Titles written before a person's name ("Prime Minister Tony Blair", "Culture Secretary Tessa Jowell"): the heads of
 * TITLE_HEADS, less those that also open names of things ("General Motors", "Major League Baseball", "Chief Medical
 * Officer") or stand in royal names ("King Abdullah II").
 */
const TITLE_CUTS = new Set(
  TITLE_HEADS.filter((h) => !h.includes(' ') && !['general', 'major', 'chief', 'head', 'justice', 'official', 'king', 'queen', 'prince', 'emperor', 'empress', 'pope', 'cardinal', 'resident', 'witness', 'suspect', 'militant', 'gunman', 'founder', 'leader'].includes(h)),
);

/** First names that are also words ("Bill", "Will"): a sentence's first word that is one may open the name after it. */
const FIRST_NAME_WORDS = new Set(FIRST_NAMES_ALSO_WORDS);

/** Words that open a title with a name ("Sir Alan", "Prince Saud"): a name opening with one names the person. */
const TITLED = new Set([...TITLE_HEADS.filter((h) => !h.includes(' ')), 'sir', 'dame', 'lord', 'lady', 'mr', 'mrs', 'ms', 'dr']);

/**
 * Whether a name (" harris county ", with its spaces) that opens a longer one names the same person or body, not the
 * place it is in: it opens with a title ("Sir Alan" in "Sir Alan Parker") or ends with "police" ("Reno Police" in
 * "Reno Police Department").
 */
function opensWithBody(words: string): boolean {
  return TITLED.has(words.slice(1, words.indexOf(' ', 1))) || words.endsWith(' police ');
}

/**
 * Heads left out of TITLE_CUTS that still end a title inside a run, after another word ("Attorney General John
 * Ashcroft", "UN Secretary General Kofi Annan", "Police Chief Ahmed Shah"), where they open no name of a thing
 * ("Major Crimes Unit" does: "major" is not one).
 */
const INNER_CUTS = new Set(['general', 'chief', 'head', 'justice', 'official', 'resident', 'witness', 'suspect', 'militant', 'gunman', 'founder', 'leader']);

/**
 * Where the name in a run of capitalised words starts: after the last title in it that two words or more follow, so
 * "Prime Minister Tony Blair" and "Culture Secretary Tessa Jowell" name the person ("Tony Blair"), not the office
 * with the person. A title that a single word follows stays ("Prime Minister", "Secretary Clinton").
 */
function nameStart(tokens: readonly string[], from: number, to: number, text: string, base: number, offsets: readonly number[]): number {
  if (describesName(tokens[from] as string, text, base + (offsets[2 * from] as number))) from++;
  if (to - from < 3) return from;
  for (let k = to - 3; k >= from; k--) {
    const t = tokens[k] as string;
    if (TITLE_CUTS.has(t) || (k > from && INNER_CUTS.has(t))) return k + 1;
  }
  return from;
}

/**
 * A compound adjective written with a capital before a name ("Madrid-based Ferrovial", "State-owned Rosneft",
 * "Privately-held Falic Group"): its last part is in lower case, which no name's is ("Jean-Pierre", "al-Assad").
 */
function describesName(token: string, text: string, start: number): boolean {
  const hyphen = token.lastIndexOf('-');
  if (hyphen <= 0 || hyphen === token.length - 1) return false;
  const c = text.charCodeAt(start + hyphen + 1);
  return c >= 97 && c <= 122;
}

/** The longest word that can be a keyword: longer runs of letters are no words ("aaaa…", glued or encoded text). */
const MAX_KEYWORD_LENGTH = 40;

/** A keyword-bearing word: not a stop word or an age, not starting with an ASCII digit, 3 to MAX_KEYWORD_LENGTH characters. */
function isContent(word: string): boolean {
  if (word.length <= 2 || word.length > MAX_KEYWORD_LENGTH || KEYWORD_STOP.has(word) || isAge(word)) return false;
  const c = word.charCodeAt(0);
  return !(c >= 48 && c <= 57) && !isStopWord(word);
}

/** Suffixes of ordinals in figures, a token of their own after the figures ("83rd": "83", "rd"). */
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/**
 * Words an ordinal in figures opens a name with: streets, districts, courts of appeal, units, centuries ("83rd Street",
 * "2nd District", "9th Circuit", "82nd Airborne", "20th Century Fox"). Before other names it is a count, not a part
 * ("his 9th French Open", "the 25th Cross Internacional").
 */
const ORDINAL_NAMES = new Set([
  'street', 'streets', 'avenue', 'avenues', 'ave', 'road', 'place', 'terrace', 'terr', 'court', 'drive', 'boulevard', 'blvd',
  'lane', 'parkway', 'precinct', 'district', 'ward', 'circuit', 'division', 'airborne', 'century', 'amendment',
]);

/**
 * Whether token `k` is the figures of an ordinal ("83" of "83rd") whose suffix, right after it, is followed by one
 * space and a capitalised word of ORDINAL_NAMES ("83rd Street").
 */
function ordinalBefore(tokens: readonly string[], offsets: readonly number[], text: string, base: number, k: number): boolean {
  if (k + 2 >= tokens.length) return false;
  const word = tokens[k] as string;
  const c = word.charCodeAt(0);
  if (c < 48 || c > 57 || word.length > 4 || !ORDINAL_SUFFIXES.has(tokens[k + 1] as string)) return false;
  for (let i = 1; i < word.length; i++) {
    const d = word.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  const next = base + (offsets[2 * k + 4] as number);
  return offsets[2 * k + 2] === offsets[2 * k + 1] && next - (base + (offsets[2 * k + 3] as number)) === 1 && text.charCodeAt(next - 1) === 0x20 && capitalisedAt(text, next) && ORDINAL_NAMES.has(tokens[k + 2] as string);
}

/** An age written in words ("four-year-old", "six-month-old"): no more a keyword than "year-old" after a numeral. */
function isAge(word: string): boolean {
  return word.endsWith('-old');
}

/**
 * isContent of a token the summariser's term table gives a term (so neither a stop word nor a number), looked up by
 * the hash its interner keeps.
 */
function isContentTerm(word: string, id: number, interner: TokenInterner): boolean {
  if (word.length <= 2 || word.length > MAX_KEYWORD_LENGTH || isAge(word)) return false;
  return !interner.holds(id, KEYWORD_STOP);
}

/** Whether entry `a` ranks before `b`: higher weight first, then earlier first occurrence. */
function ranksBefore(a: Entry, b: Entry): boolean {
  return a.weight > b.weight || (a.weight === b.weight && a.first < b.first);
}

/**
 * Sorts entries best first (ranksBefore) in place, by insertion: the list is short and was in order before a few of
 * its weights changed, and Array.prototype.sort would call back for every comparison.
 */
function sortByRank(entries: Entry[]): void {
  for (let i = 1; i < entries.length; i++) {
    const e = entries[i] as Entry;
    let at = i;
    while (at > 0 && ranksBefore(e, entries[at - 1] as Entry)) {
      entries[at] = entries[at - 1] as Entry;
      at--;
    }
    entries[at] = e;
  }
}

/** The `limit` best entries of positive weight, best first, in one pass (same order as a full sort). */
function best(entries: readonly Entry[], limit: number): Entry[] {
  const top: Entry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (!(e.weight > 0)) continue;
    if (top.length === limit && !ranksBefore(e, top[limit - 1] as Entry)) continue;
    let at = top.length < limit ? top.length : limit - 1;
    while (at > 0 && ranksBefore(e, top[at - 1] as Entry)) {
      top[at] = top[at - 1] as Entry;
      at--;
    }
    top[at] = e;
  }
  return top;
}

/**
 * Keywords: content words (merged by stem) and capitalised names of two or three words ("Foreign Ministry"), scored
 * by position-weighted frequency, with a bonus for words in the title; scores scaled so the best is 1.
 * Sorted by score, ties by first occurrence. A word never seen after a determiner that looks like a past tense, an
 * adverb or a participle ("announced", "began", "reportedly", "playing") keeps half its weight unless it names the news ("killed", "arrested");
 * a word seen after one is written as there ("the attack", not "attacked"). A word met only opening sentences takes
 * its capitals when it names a place or people or the title writes it so ("Turkey"), and a capitalised word met only
 * right after a listed name and its possessive is left out ("Kurdistan Workers' Party": not also "Party").
 */
export function extractKeywords(candidates: readonly Sentence[], title: string | null, limit: number): Keyword[] {
  if (limit <= 0) return [];
  /** Names (runs of capitalised words) by key; a stem's entry by its key's id (byKey). */
  const entries = new Map<string, Entry>();
  /** Per distinct token: its stem's entry, or null when it is not a content word. */
  const slots = new Map<string, Entry | null>();
  const table = tableOf(candidates);
  /**
   * Keys are numbered by an interner (FNV-1a in JavaScript: a Map would have V8 hash every new key string), the
   * title's first, so a key is in the title when its number is below `titleKeys`. Keys come from the stems of the
   * document and the title: sized for them, the table seldom has to grow.
   */
  const keyIds = new TokenInterner(table !== null ? table.words.length + 16 : 256);
  const titleSpans = tokenSpans(title ?? '');
  for (const t of titleSpans) keyIds.intern(keywordKey(stem(t.word)));
  const titleKeys = keyIds.words.length;
  /**
   * Keys of the words a title in sentence case ("MP attacked by muggers in Kenya": some word after the first in lower
   * case) writes with a capital after its first word: names.
   */
  let titleNames: Set<string> | null = null;
  if (title !== null && titleSpans.some((t, i) => i > 0 && !capitalisedAt(title, t.start) && !isStopWord(t.word))) {
    for (let i = 1; i < titleSpans.length; i++) {
      const t = titleSpans[i] as TokenSpan;
      if (capitalisedAt(title, t.start)) (titleNames ??= new Set()).add(keywordKey(stem(withoutPossessive(t.word))));
    }
  }
  const byKey: Array<Entry | undefined> = [];
  /**
   * The entry of stem `key`, made (not met yet: see `first`) when new; `hash`, when known, is its hash as TokenInterner
   * computes it (-1: not known). One object per stem, which the reading of its first token fills in.
   */
  const slotOf = (key: string, hash = -1): Entry => {
    const id = hash >= 0 ? keyIds.internHashed(key, hash) : keyIds.intern(key);
    return (byKey[id] ??= { surface: '', weight: 0, first: -1, bonus: id < titleKeys, key, parts: null, noun: false, lower: false, loose: false, chain: null, opener: null, inner: false, free: false });
  };
  let order = 0;
  /** A name not met before (addRun has looked it up). */
  const add = (key: string, surface: string, weight: number, parts: string[]): Entry => {
    const created: Entry = { surface, weight, first: order++, bonus: false, key, parts, noun: false, lower: false, loose: true, chain: null, opener: null, inner: false, free: false };
    entries.set(key, created);
    all.push(created);
    return created;
  };
  /** Every entry, in the order met. */
  const all: Entry[] = [];
  const article = articleOf(candidates);
  /** With the summariser's term table: slots by token id and by term id instead of by string. */
  const byToken: Array<Entry | null | undefined> = table ? new Array(table.tokenTexts.length) : [];
  const byTerm: Array<Entry | undefined> = table ? new Array(table.words.length) : [];
  const nameParts = new NameParts(table);
  for (const s of candidates) {
    const w = positionWeight(s.index);
    // Read in the article when summarize registered it (`s.text` is `article.slice(s.start, s.end)`): a flat string
    // reads faster than a slice of one. Token offsets are then counted from the sentence's start.
    const text = article ?? s.text;
    const base = article !== null ? s.start : 0;
    const tokens = s.tokens;
    const offsets = s.offsets;
    const ids = table ? (table.tokenIds[s.index] as number[]) : null;
    /** The capitalised content words in a row, as token indices [runFrom, runTo). */
    let runFrom = 0;
    let runTo = 0;
    /** Words a name of the run may have: one more after a possessive of NAME_POSSESSIVES, and one more with an ordinal. */
    let runMax = MAX_NAME_WORDS;
    /** Whether a possessive of NAME_POSSESSIVES carried the run on (STAFF_WORDS then end it). */
    let bodyRun = false;
    /** The token of an ordinal's suffix when the figures before it join a name ("rd" of "83rd Street"). */
    let ordinalSuffix = -1;
    /** A lone capitalised word right after a name and its possessive, until its run is known to end, and that name. */
    let pending: Entry | null = null;
    let pendingName: Entry | null = null;
    for (let k = 0; k < tokens.length; k++) {
      const word = tokens[k] as string;
      let slot: Entry | null | undefined;
      if (ids !== null && table !== null) {
        const id = ids[k] as number;
        slot = byToken[id];
        if (slot === undefined) {
          const term = table.termOfToken[id] as number;
          slot = null;
          if (term >= 0 && isContentTerm(word, id, table.interner)) {
            slot = byTerm[term] ?? null;
            if (slot === null) {
              // A possessive shares the slot of its word ("Saddam's" and "Saddam").
              const bare = withoutPossessive(word);
              const key = keywordKey(bare === word ? (table.words[term] as string) : stem(bare));
              // A word that is its own key (most are) has its hash in the document's interner already.
              slot = key === word ? slotOf(key, table.interner.hashAt(id)) : slotOf(key);
              byTerm[term] = slot;
            }
          }
          byToken[id] = slot;
        }
      } else slot = slots.get(word);
      if (slot === undefined) {
        slot = null;
        if (isContent(word)) {
          slot = slotOf(keywordKey(stem(withoutPossessive(word))));
        }
        slots.set(word, slot);
      }
      const start = base + (offsets[2 * k] as number);
      // A capitalised word that is no keyword of its own may still join a name inside a sentence: "New York", "the
      // Three Gorges Dam".
      // capitalisedAt, keeping the code unit for the digit test below.
      const firstCode = text.charCodeAt(start);
      const upper = firstCode < 0x80 ? firstCode >= 65 && firstCode <= 90 : isCapitalised(text[start] as string);
      // So does an ordinal in figures before a capitalised word ("East 83rd Street", "82nd Airborne Division"): its
      // figures and its suffix, two tokens with nothing between them. A token opens with a digit as written when it
      // does cleaned, so the written one rules most tokens out.
      const ordinal = k === ordinalSuffix || (slot === null && firstCode >= 48 && firstCode <= 57 && ordinalBefore(tokens, offsets, text, base, k));
      if (ordinal && k !== ordinalSuffix) ordinalSuffix = k + 1;
      // A capitalised word that is no keyword joins a name only before a capitalised word, which most lack ("He said",
      // "The man"): that is tested before the word lists.
      const capital =
        ordinal ||
        (upper &&
          (slot !== null || (k + 1 < tokens.length && capitalisedAt(text, base + (offsets[2 * k + 2] as number)) && (NAME_JOINERS.has(word) || (k > 0 && KEYWORD_STOP.has(word) && !TIME_ZONES.has(word)) || (word.length === 2 && !SHORT_NOT_NAMES.has(word) && !isStopWord(word))))));
      // A run of capitalised words is one name only when one space separates its words ("London — Sadiq Khan" is two),
      // and it ends after a possessive ("ESPN's Britt McHenry" names McHenry, not a name of three words).
      let joined = capital && runTo === k && k > 0 && (k === ordinalSuffix || (start - (base + (offsets[2 * k - 1] as number)) === 1 && text.charCodeAt(start - 1) === 0x20));
      if (k === ordinalSuffix) runMax++;
      if (joined && endsPossessive(text, base + (offsets[2 * k - 1] as number))) {
        joined = NAME_POSSESSIVES.has(withoutPossessive(tokens[k - 1] as string)) && !STAFF_WORDS.has(word);
        if (joined) {
          runMax = MAX_NAME_WORDS + 1;
          bodyRun = true;
        }
      } else if (joined && bodyRun && STAFF_WORDS.has(word)) joined = false;
      /** The name of several words this word follows after a possessive ("Kurdistan Workers' Party"), if it starts a run. */
      let afterName: Entry | null = null;
      if (joined) {
        runTo = k + 1;
        if (pending !== null) {
          pending.loose = true;
          pending = null;
        }
      } else {
        if (pending !== null) {
          pending.chain = pendingName;
          pending = null;
        }
        let name: Entry | null = null;
        if (runTo === k && runTo - runFrom >= 2) {
          const from = nameStart(s.tokens, runFrom, runTo, text, base, offsets);
          if (runTo - from >= 2 && runTo - from <= runMax) name = addRun(add, entries, text, base, s, from, runTo, w, nameParts);
        }
        if (capital) {
          if (name !== null) {
            const prevEnd = base + (offsets[2 * k - 1] as number);
            if (text.charCodeAt(start - 1) === 0x20 && (start - prevEnd === 1 ? endsPossessive(text, prevEnd) : start - prevEnd === 2 && text.charCodeAt(prevEnd - 1) === 0x73 && endsPossessive(text, prevEnd + 1))) afterName = name;
          }
          runFrom = k;
          runTo = k + 1;
          runMax = MAX_NAME_WORDS;
          bodyRun = false;
        }
      }
      if (slot === null) continue;
      const weight = w * (slot.bonus ? 1.5 : 1);
      const entry = slot;
      if (entry.first >= 0) {
        entry.weight += weight;
        // A name first met opening a sentence, in lower case, takes its capitals when met alone inside one
        // ("Columbus"), not as part of a longer name ("Thames Valley Police" leaves "police" as it is).
        if (k > 0 && capital && entry.surface.charCodeAt(0) >= 97 && !capitalisedAt(text, base + (offsets[2 * k - 2] as number)) && !(k + 1 < tokens.length && capitalisedAt(text, base + (offsets[2 * k + 2] as number)))) {
          entry.surface = withoutPossessive(rawText(text, base, offsets, k));
        }
      } else {
        entry.surface = k > 0 && capital ? withoutPossessive(rawText(text, base, offsets, k)) : withoutPossessive(word);
        entry.weight = weight;
        entry.first = order++;
        all.push(entry);
        if (k === 0 && capital) entry.opener = withoutPossessive(rawText(text, base, offsets, k));
      }
      if (capital && k > 0 && !joined) entry.free = true;
      if (afterName !== null) {
        pending = entry;
        pendingName = afterName;
      } else entry.loose = true;
      if (!upper) {
        entry.lower = true;
        // A word after a determiner is a noun, and is written as there when first met as a past form ("attacked", then
        // "the attack").
        if (!entry.noun && k > 0 && (ids !== null && table !== null ? table.interner.holds(ids[k - 1] as number, DETERMINERS) : DETERMINERS.has(tokens[k - 1] as string))) {
          entry.noun = true;
          const n = entry.surface.length;
          if (entry.surface.charCodeAt(n - 1) === 0x64 && entry.surface.charCodeAt(n - 2) === 0x65 && entry.surface.charCodeAt(0) >= 97) entry.surface = withoutPossessive(word);
        }
      }
    }
    if (pending !== null) pending.chain = pendingName;
    if (runTo === tokens.length && runTo - runFrom >= 2) {
      const from = nameStart(tokens, runFrom, runTo, text, base, offsets);
      if (runTo - from >= 2 && runTo - from <= runMax) addRun(add, entries, text, base, s, from, runTo, w, nameParts);
    }
  }
  // A sentence's first word joined to the name after it ("Shocked Terry Cooper", "Buying MCI", "Original Abba") is
  // cut from a name met only opening sentences when the rest is written elsewhere: as a name of its own, while its last
  // word is met alone or the cut word in lower case ("Terry Cooper", then "Cooper"); or, for one word met capitalised
  // inside a sentence, when it is an acronym or has an inner capital ("MCI", "WorldCom"; not "McCain", "MacKenzie") or
  // the first word is seen in lower case ("original"; not before a place's name: "Universities Scotland"). A place or
  // people ("Reading FC", "American Lauren Davis"), a title ("Sir Alex Ferguson"), a first name that is also a word
  // ("Bill"), a short particle ("Van Persie") and a word in capitals (a dateline or a caption: "FORT TOWSON") stay, and
  // so does a word before one name with no such evidence ("Vladimir Putin", "Rapper Eminem").
  const stemOf = (key: string): Entry | null => {
    const id = keyIds.find(key);
    return id < 0 ? null : (byKey[id] ?? null);
  };
  // The names, in the order met (the map keeps it), not every entry.
  for (const e of entries.values()) {
    const parts = e.parts;
    if (parts === null || e.inner) continue;
    const word = e.surface.slice(0, e.surface.indexOf(' '));
    if (word === word.toUpperCase() || lookupPlace(word) !== null || word.length < 4 || TITLED.has(word.toLowerCase()) || FIRST_NAME_WORDS.has(word)) continue;
    const surface = e.surface.slice(word.length + 1);
    const known = entries.get(surface.toLowerCase());
    const first = stemOf(parts[0] as string);
    const lower = first?.lower === true && stem(word.toLowerCase()) === stem(first.surface.toLowerCase());
    const last = stemOf(parts[parts.length - 1] as string);
    if (last === null || !(last.free || lower)) continue;
    if (known !== undefined) {
      known.weight += e.weight;
      e.weight = 0;
    } else if (parts.length === 2 && last.free && ((lower && lookupPlace(surface)?.name !== surface) || (!first?.free && /^[A-Z\d]{2,}$|^[A-Z][a-z]{3,}[A-Z]/.test(surface)))) e.weight = 0;
  }
  // A name of several words stands for its words: "Coast Guard" keeps "Coast" and "Guard" out of the list.
  const ranked = best(all, limit + 30);
  // A verb or an adverb ("announced", "began", "reportedly") keeps half its weight: it stays only when it is much of
  // what the article is about.
  let demoted = false;
  for (const e of ranked) {
    if (isVerbLike(e)) {
      e.weight *= VERB_WEIGHT;
      demoted = true;
    }
  }
  if (demoted) sortByRank(ranked);
  // A name takes the rank of a word of it met alone as a name (never in lower case) and ranked higher: "Prime Minister
  // Mariano Rajoy" once, then "Rajoy" throughout, lists "Mariano Rajoy" where "Rajoy" stood (the word itself is left
  // out below), not a weaker word. The best-ranked name holding the word takes it.
  const parts = new Map<string, Entry>();
  for (const e of ranked) if (e.parts !== null) for (const p of e.parts) if (!parts.has(p)) parts.set(p, e);
  let raised = false;
  for (const e of ranked) {
    if (e.parts !== null || e.lower) continue;
    const name = parts.get(e.key);
    if (name !== undefined && ranksBefore(e, name)) {
      name.weight = e.weight;
      name.first = e.first;
      raised = true;
    }
  }
  if (raised) sortByRank(ranked);
  // A preposition, an adverb or a pronoun outside the stop list (FUNCTION_WORDS) is left out, and so is a state's
  // abbreviation never seen in lower case (STATE_ABBREVIATIONS).
  // A name inside a better-ranked name says it again ("Red Sox" after "Boston Red Sox", "Alicia Markova" after "Dame
  // Alicia Markova"). A longer name after a shorter one stays: it may name something else ("Adam Smith Lecture"), and
  // so does a name that opens the better-ranked one ("Harris County" after "Harris County Sheriff", "New Orleans"
  // after "New Orleans Police Department": the place, not the body in it) unless it opens with a title ("Sir Alan"
  // after "Sir Alan Parker").
  // A group's word that a listed name holds as its possessive ("Volvo Women's Open", "Nationwide Children's Hospital")
  // stays a keyword of its own (GROUP_POSSESSIVES), but as the common word: "children", not "Children".
  let held: Set<string> | null = null;
  for (const e of ranked) {
    // Most names hold no possessive: two short searches rule them out before the expression runs.
    if (e.parts === null || (e.surface.indexOf("'s ") < 0 && e.surface.indexOf('’s ') < 0)) continue;
    for (const m of e.surface.matchAll(GROUP_IN_NAME)) (held ??= new Set()).add((m[1] as string).toLowerCase());
  }
  const names: string[] = [];
  const kept = ranked.filter((e) => {
    if (e.parts === null && held !== null && held.has(e.surface.toLowerCase())) e.surface = e.surface.toLowerCase();
    if (e.parts === null) return !parts.has(e.key) && !FUNCTION_WORDS.has(e.surface.toLowerCase()) && (e.lower || !STATE_ABBREVIATIONS.has(e.surface));
    const words = ` ${e.key} `;
    for (const n of names) if (n.includes(words) && (!n.startsWith(words) || opensWithBody(words))) return false;
    names.push(words);
    return true;
  });
  // A capitalised word met only after a listed name and its possessive belongs to that name ("Kurdistan Workers' Party"),
  // not a keyword of its own ("Pasco County Sheriff's Office" is one name: NAME_POSSESSIVES).
  // Few entries have a chain: its name is looked for among the first `limit` kept, with no set of them made.
  const listed = (name: Entry): boolean => {
    const at = kept.indexOf(name);
    return at >= 0 && at < limit;
  };
  const top = kept.filter((e) => e.chain === null || e.loose || !listed(e.chain)).slice(0, limit);
  for (const e of top) {
    // A word met in capitals only where a sentence opens takes them when it names a place or people ("Turkey",
    // "German") or the title writes it so.
    if (e.opener !== null && !e.lower && e.surface.charCodeAt(0) >= 97) {
      if ((lookupPlace(e.opener) !== null && !COMMON_PLACE_WORDS.has(e.surface)) || titleNames?.has(e.key)) {
        // A dateline in capitals ("CHICAGO —") gives the name, not its spelling: "Chicago"; an acronym stays ("USA").
        const o = e.opener;
        e.surface = o.length > 4 && o === o.toUpperCase() ? o[0] + o.slice(1).toLowerCase() : o;
      }
    } else if (e.parts === null && e.lower && !e.free && /^[A-Z][a-z]+$/.test(e.surface)) {
      // A word first met in capitals as a later word of a name ("Franklin Police", "Kosair Children's Hospital"), and
      // in lower case elsewhere but never capitalised alone inside a sentence, is the common word: "police".
      e.surface = e.surface.toLowerCase();
    }
  }
  const max = top[0]?.weight ?? 1;
  return top.map((e) => ({ term: e.surface, score: roundScore(e.weight / max) }));
}

/** The key a word of a name counts under, so its own keyword can be left out ("Coast Guard": coast, guard). */
function partKey(word: string): string {
  return keywordKey(stem(withoutPossessive(word)));
}

/** partKey of the tokens of names, worked out once per token id when the summariser's term table numbers them. */
class NameParts {
  private readonly table: TermTable | null;
  private readonly byToken: Array<string | undefined>;

  constructor(table: TermTable | null) {
    this.table = table;
    this.byToken = table !== null ? new Array(table.tokenTexts.length) : [];
  }

  /** partKey of token `k` of `s`. */
  of(s: Sentence, k: number): string {
    const word = s.tokens[k] as string;
    if (this.table === null) return partKey(word);
    const id = (this.table.tokenIds[s.index] as number[])[k] as number;
    return (this.byToken[id] ??= partKey(word));
  }
}

/**
 * Adds a run of two or three capitalised words ("Foreign Ministry") as one name. A name met before only gains weight:
 * the stems of its words are worked out once, when it is first met.
 */
function addRun(
  add: (key: string, surface: string, weight: number, parts: string[]) => Entry,
  entries: ReadonlyMap<string, Entry>,
  text: string,
  base: number,
  s: Sentence,
  from: number,
  to: number,
  w: number,
  parts: NameParts,
): Entry {
  const offsets = s.offsets;
  const surface = withoutPossessive(runText(text, base, offsets, from, to));
  const key = surface.toLowerCase();
  const known = entries.get(key);
  if (known !== undefined) {
    known.weight += w * 1.5;
    if (from > 0) known.inner = true;
    return known;
  }
  const keys: string[] = [];
  for (let k = from; k < to; k++) {
    // A word as written, lower-cased with straight apostrophes, is its token unless it ends with a period ("U.S.").
    if (text.charCodeAt(base + (offsets[2 * k + 1] as number) - 1) !== 0x2e) {
      // A group's possessive inside the name stands for no word: an empty key no entry has.
      const token = s.tokens[k] as string;
      keys.push(k < to - 1 && GROUP_POSSESSIVES.has(withoutPossessive(token)) && withoutPossessive(token) !== token ? '' : parts.of(s, k));
      continue;
    }
    const lower = rawText(text, base, offsets, k).toLowerCase();
    keys.push(partKey(lower.indexOf('’') < 0 ? lower : lower.replace(/’/g, "'")));
  }
  const e = add(key, surface, w * 1.5, keys);
  e.inner = from > 0;
  return e;
}

/**
 * Tokens `from..to-1` as rawText writes them, joined by one space. The words of a run are one space apart (see
 * `joined`), so unless rawText drops a final period the run is one slice of the sentence.
 */
function runText(text: string, base: number, offsets: readonly number[], from: number, to: number): string {
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(base + (offsets[2 * k + 1] as number) - 1) === 0x2e) {
      let surface = rawText(text, base, offsets, from);
      // An ordinal's suffix follows its figures with no space ("S.W. 29th Street").
      for (let j = from + 1; j < to; j++) surface += (offsets[2 * j] === offsets[2 * j - 1] ? '' : ' ') + rawText(text, base, offsets, j);
      return surface;
    }
  }
  return text.slice(base + (offsets[2 * from] as number), base + (offsets[2 * to - 1] as number));
}
