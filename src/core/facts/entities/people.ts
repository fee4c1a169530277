import { CLUB_PREFIXES, CLUB_SUFFIXES, lookupPlace } from '../../lexicon/places.ts';
import { AGENCY_BY_ALIAS } from '../../lexicon/agencies.ts';
import { FIRST_NAMES_ALSO_WORDS, NAME_PARTICLES, NON_PERSON_HEADS, NOT_NAME_WORDS, PERSON_SHAPED_BODIES, PLACE_OPENERS, RANK_ABBREVIATIONS, THING_OPENERS, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/titles.ts';
import { WEEKDAY_PATTERN } from '../../text/dates.ts';
import type { Doc, Evidence } from '../../types.ts';
import { bare, evidenceOf, possessive, startsUpper, uniqueEvidence, withoutArticle } from './cues.ts';
import { adjacent, LETTER_OR_NUMBER, WORD, memoOf, type ActorMention, type Scan, type Word } from './mentions.ts';
import { stateTowns } from './towns.ts';
import { HEADS, HONORIFIC, INSTITUTIONS, personContext } from './words.ts';

/** A person with the title and affiliation written next to their name. */
export interface Person {
  name: string;
  title: string | null;
  affiliation: string | null;
  evidence: Evidence[];
}

/** Title heads and modifiers in lower case (the quotes' subjects read them too). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS]);
const NOT_NAME = new Set(NOT_NAME_WORDS);
/** Also a club's last word ("Boca Juniors", "Queens Park Rangers"), but for those that are also given names or surnames ("Forest Whitaker", "Howard Hawks", "Bob Welsh"). */
const NON_PERSON_HEAD = new Set([...NON_PERSON_HEADS, ...CLUB_SUFFIXES.filter((w) => !/^(?:Forest|Hawks|Irish|Welsh|Scottish)$/.test(w))]);
/** Words that open places, things and clubs ("Real Betis", "Borussia Dortmund"), never a person. */
const PLACE_OPENER = new Set([...PLACE_OPENERS, ...THING_OPENERS, ...CLUB_PREFIXES]);
const FIRST_NAME_WORDS = new Set(FIRST_NAMES_ALSO_WORDS);
/** Lower-case particles inside a name ("Osama bin Laden", "Staffan de Mistura", "Ursula von der Leyen"). */
const PARTICLES = new Set(NAME_PARTICLES.filter((p) => !p.endsWith('-') && !p.endsWith('.')));
const PARTICLE_MIN = Math.min(...[...PARTICLES].map((p) => p.length));
const PARTICLE_MAX = Math.max(...[...PARTICLES].map((p) => p.length));
/** Words right before a run of capitalised words that make it a place ("the Old Bailey", "near Forbury Gardens"); not "in" ("brought in George Lowe"). */
const PLACE_BEFORE = new Set(['the', 'near', 'outside', 'inside', 'across', 'into', 'toward', 'towards']);
/** Words that join a run to the organisation before it ("Observatory for Human Rights", "Committee to Protect Journalists"). */
const ORG_JOINERS = new Set(['for', 'to', 'of', 'on']);
/**
 * A hyphenated descriptor: its last part a participle, an agent noun or a common descriptor word in lower case
 * ("Dutch-born", "Oscar-winning", "Film-maker", "Scrum-half", "Ten-year-old"), not the lower-case part of a given name
 * ("She-ar", "Ty-bra").
 */
export const DESCRIPTOR = /-(?:\p{Ll}{2,}(?:ed|ing|ers?|ors?)|one|two|three|four|five|six|seven|eight|nine|match|old|half|born|based|owned|run|time|place|mates?|star|elect|back|form|style|like|language|area|hand|top|up|watcher)$/u;
/** A descriptor that makes what follows it a company ("California-based Wells Fargo", "State-owned Rosneft"). */
const COMPANY_DESCRIPTOR = /^\p{Lu}\p{L}*-(?:based|owned|listed|run|backed|controlled|registered|headquartered|funded|financed)$/u;
/**
 * Lower-case nouns that name a firm, a band or a work: right before a run of name words they make it that thing, not a
 * person ("investment bank Morgan Stanley", "search engine Ask Jeeves", "rock band Franz Ferdinand", "boxing drama
 * Million Dollar Baby"), and the run names nobody anywhere in the article. Nouns that are also verbs before a name
 * ("play", "show") or trades of people ("maker", "publisher") are left out.
 */
/**
 * Verbs that make the name after a noun of firms or works the subject of a relative clause ("the company Elon Musk
 * founded", "the film Steven Spielberg directed"): a person, not the firm's or the work's name.
 */
const RELATIVE_VERB = /^(?:founded|co-founded|directed|wrote|owns|owned|runs|ran|created|started|bought|sold|made|produced|leads|led|heads|headed|chairs|chaired|joined|built|launched|manages|managed|starred|formed|set|took|left|quit|signed|fronts|fronted)$/;
const THING_NOUNS = /^(?:firm|bank|company|group|giant|insurer|brokerage|carmaker|airline|retailer|operator|engine|band|label|studio|newspaper|magazine|film|movie|drama|comedy|series|album|song|single|musical|novel)$/;
/**
 * Right after a run of name words, a company's suffix makes it the company ("Goldman Sachs Group", "Wells Fargo
 * Securities"), wherever the article names it; "& Co" and "& Partners" are read by FIRM_AMPERSAND.
 */
const FIRM_AFTER = /^ (?:Inc|Corp|Plc|plc|Ltd|LLC|Group|Holdings|Securities)\b/;
/**
 * After "&", a partner's word makes the run a firm's name: "& Co" a firm wherever the article names it ("Goldman Sachs
 * & Co"); "& Partners", "& Associates", "& Sons" only there, as the firm is often the named person's ("said David Rubin
 * of David Rubin & Partners").
 */
const FIRM_AMPERSAND = /^ & (?:(Co|Company)|Partners|Associates|Sons)\b/;
/**
 * Right after a run of name words, a noun of a work's people or parts makes the run the work, a band or a club, here and
 * wherever the article names it ("Vera Drake star Imelda Staunton", "Star Wars sequel", "Snow Patrol frontman"): a
 * person's name comes before "film" or "album" ("a Mike Leigh film"), not before these ("star" only before a name:
 * "Vince Vaughn stars in").
 */
const WORK_AFTER = /^ (?:(?:star|co-star) \p{Lu}|(?:sequel|frontman)\b)/u;
/** Firms, clubs and outlets named like people ("Merrill Lynch", "Marie Claire"). */
const PERSON_SHAPED = new Set(PERSON_SHAPED_BODIES);
/** Club words that are given names or surnames too ("Forest Whitaker"), but end no person's name ("Nottm Forest", "London Irish"). */
const LAST_NOT_PERSON = new Set(['Forest', 'Irish', 'Scottish']);
/**
 * Capitalised roles that open a run of name words without being titles of the person ("Boss Steve Bruce", "Sprinter
 * Michelle Collins", "Prop Nicolas Mas", "Economist Colen Garrow", "Neighbor Tim Wells", "Coroner Darris Fowler"), origins
 * written as nouns ("Dutchman") and participles that open a list of cast or members ("Starring Blake Jenner", "Featuring
 * Cliff Richard"): before two name words or more, no part of the name.
 */
const RUN_DESCRIPTORS = /^(?:Starring|Featuring|Including|Joining|Agent|Boss|Neighbou?r|Coroner|Reverend|Council(?:wo)?man|Alderman|Writer|Model|Sprinter|Olympian|Teenager|Economist|Magistrate|Trainer|Keeper|Prop|Lock|Wing|Scot|(?:Dutch|French|Welsh|Scots|Irish|English)(?:wo)?man)$/;

/** Titles that are common surnames too, read as a name's last word after a first name ("John Major", "Kelli White"). */
const SURNAME_TITLES = new Set(['White', 'Major', 'Bishop', 'Judge', 'Marshal', 'Cardinal', 'Pope']);

/** A middle initial ("M." in "Louis M. Bonocasa"). */
const INITIAL = /^\p{Lu}\.?$/u;
const WALK_SKIP = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an', 'of']);
const MAX_NAME = 4;
const MAX_WALK = 7;

/** 1 for the ASCII letters (both cases) a title head opens with; 1 for every non-ASCII code unit. */
const HEAD_FIRST = new Uint8Array(0x10000).fill(1, 0x80);
for (const head of HEADS) {
  const c = head.charCodeAt(0);
  if (c < 0x80) HEAD_FIRST[c] = HEAD_FIRST[c >= 97 && c <= 122 ? c - 32 : c >= 65 && c <= 90 ? c + 32 : c] = 1;
  else HEAD_FIRST.fill(1, 0, 0x80);
}

/** The length of the shortest and the longest title head. */
const HEAD_MIN = Math.min(...[...HEADS].map((h) => h.length));
const HEAD_MAX = Math.max(...[...HEADS].map((h) => h.length));

/**
 * False when `word` cannot be a title head (`HEADS.has(bare(text).toLowerCase())`), judged by its length (bare drops
 * at most two characters; lower-casing may change the length of non-ASCII text only) and its first character.
 */
function mayBeHead(word: Word): boolean {
  const length = word.end - word.start;
  if ((length < HEAD_MIN || length > HEAD_MAX + 2) && (word.flags & WORD.nonAscii) === 0) return false;
  return HEAD_FIRST[word.first] === 1;
}

/** A title word that is an acronym ("UN envoy"): written "Un" it is a name's word ("Kim Jong Un"; not "Us", as in "Us Weekly"). */
const ACRONYM_TITLE_WORDS = new Set(['Un']);

function titleWord(word: string): boolean {
  return TITLE_WORDS.has(bare(word).toLowerCase());
}

/** A word that can be part of a personal name (not a word that ends names of places and organisations, NON_PERSON_HEADS). */
function nameWord(word: Word): boolean {
  // Neither pattern of isNameWord can match a word opening with an ASCII digit or sign, or in lower case without a hyphen.
  if ((word.flags & WORD.asciiNotName) !== 0) return false;
  const memo = memoOf(word);
  if (memo.name === undefined) memo.name = isNameWord(word.text);
  return memo.name;
}

function isNameWord(word: string): boolean {
  const w = bare(word);
  const first = w.charCodeAt(0);
  // Neither pattern below can match a word opening with a digit, or in lower case without a hyphen.
  if (first < 0x80 && !(first >= 65 && first <= 90) && !(first >= 97 && first <= 122 && w.includes('-'))) return false;
  if (/^(?:al|el|bin|ibn|abu|van|von|de)-\p{Lu}/u.test(w)) return true;
  if (!/^\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u.test(w) || w.includes('.')) return false;
  if (NOT_NAME.has(w) || INSTITUTIONS.has(w) || HONORIFIC.has(w) || NON_PERSON_HEAD.has(w) || (titleWord(w) && !ACRONYM_TITLE_WORDS.has(w))) return false;
  const place = lookupPlace(w);
  return place === null;
}


/**
 * Abbreviated ranks and offices, in lower case and without their period (a word of the scan has none): a title of
 * their own, as written ("Sgt. Luis Ortiz", "Lt. Col. Kevin O'Brien", "Rep. Alexandria Ocasio-Cortez", "Cpl Jones");
 * not "Mr." or "Dr.", which are no titles.
 */
const RANK_HEADS = new Set([...RANK_ABBREVIATIONS.map((a) => a.toLowerCase()), 'sen', 'det', 'insp', 'supt', 'cmdr']);

/** Title words and an affiliation written before a name ("Iran's Foreign Ministry spokesman", "his Azeri counterpart"). */
function titleBefore(doc: Doc, words: Word[], nameStart: number): { title: string | null; affiliation: string | null; headTitle: boolean } {
  let first = -1;
  let last = -1;
  let affiliation: string | null = null;
  for (let k = nameStart - 1; k >= 0 && k >= nameStart - MAX_WALK; k--) {
    const w = words[k] as Word;
    const lower = bare(w.text).toLowerCase();
    // Next to the word after it, or a comma and spaces between them after a title ("its spokesman, Ned Price", "Mayor of
    // London, Ken Livingstone"; not "in the Sviatoshynskyi district, Mayor Vitali Klitschko"), or the period of a rank
    // ("Sgt. Luis Ortiz").
    if (!adjacent(doc.text, w, words[k + 1] as Word)) {
      const gap = doc.text.slice(w.end, (words[k + 1] as Word).start);
      const titled = HEADS.has(lower) || RANK_HEADS.has(lower) || (words[k - 1]?.text === 'of' && HEADS.has(bare((words[k - 2] as Word | undefined)?.text ?? '').toLowerCase()));
      if (!(/^\s+$/.test(gap) || (/^,\s+$/.test(gap) && titled) || (RANK_HEADS.has(lower) && /^\.\s+$/.test(gap)))) break;
    }
    const place = (w.flags & WORD.upper) !== 0 ? memoOf(w).entry : null;
    if (place && (place.kind === 'country' || place.kind === 'group' || place.kind === 'organization' || place.metonym)) {
      affiliation ??= place.metonym ? place.country : place.name;
      if (last !== -1) break;
    } else if (TITLE_WORDS.has(lower) || RANK_HEADS.has(lower)) {
      // (titleWord(w.text), from the lower-case form read above)
      if (last === -1) last = k;
      first = k;
    } else {
      if (last !== -1 && affiliation === null) affiliation = bodyBefore(doc.text, words, k);
      if (!WALK_SKIP.has(lower) || last !== -1) break;
    }
  }
  if (last === -1) return { title: null, affiliation, headTitle: false };
  // "most of President Joe Biden's aides": a title does not open with "of".
  while (first <= last && (words[first] as Word).text === 'of') first++;
  let lastHead = last;
  while (lastHead >= first && !HEADS.has(bare((words[lastHead] as Word).text).toLowerCase()) && !RANK_HEADS.has((words[lastHead] as Word).text.toLowerCase())) lastHead--;
  if (lastHead < first) return { title: null, affiliation, headTitle: false };
  // A rank's period ends the title ("Lt. Col.").
  const end = (words[lastHead] as Word).end;
  const title = doc.text.slice((words[first] as Word).start, doc.text.charCodeAt(end) === 0x2e && RANK_HEADS.has((words[lastHead] as Word).text.toLowerCase()) ? end + 1 : end);
  return { title, affiliation, headTitle: lastHead === nameStart - 1 };
}

/** Capitalised articles, conjunctions and modifiers of a title, which open no body's name before a title. */
const NOT_BODY_OPENERS = new Set(['The', 'A', 'An', 'But', 'And', 'Or', 'So', 'Yet', 'Former', 'Deputy', 'Acting', 'Senior']);

/**
 * The name of a body that ends at word `k`, right before a title ("Memphis Police Department spokeswoman", "State
 * Department spokesman", "Harvard University professor"): two to five capitalised words, the last a word heading names
 * of bodies, after no article, conjunction or modifier of the title ("The Police Department spokesman" gives "Police
 * Department", "Former Cabinet minister" no body); null for any other word.
 */
function bodyBefore(text: string, words: readonly Word[], k: number): string | null {
  const w = words[k] as Word;
  if ((w.flags & WORD.upper) === 0 || !INSTITUTIONS.has(w.text)) return null;
  let first = k;
  while (first > 0 && k - first < 4 && ((words[first - 1] as Word).flags & WORD.upper) !== 0 && !NOT_BODY_OPENERS.has((words[first - 1] as Word).text) && adjacent(text, words[first - 1] as Word, words[first] as Word)) first--;
  return first < k ? text.slice((words[first] as Word).start, w.end) : null;
}

/** An appositive after the name: ", a US peace envoy" or ", the deputy governor of Iran's ... province". */
function titleAfter(doc: Doc, words: Word[], nameEnd: number): { title: string | null; affiliation: string | null } {
  const next = words[nameEnd];
  const prev = words[nameEnd - 1] as Word;
  // Only a comma and white space between them (most names have none: the expression is not run for them).
  if (!next || doc.text.charCodeAt(prev.end) !== 0x2c || !/^,\s*$/.test(doc.text.slice(prev.end, next.start))) return { title: null, affiliation: null };
  let k = nameEnd;
  if (/^(?:a|an|the)$/i.test(next.text)) k++;
  const start = k;
  let lastHead = -1;
  let affiliation: string | null = null;
  for (; k < words.length && k < start + MAX_WALK; k++) {
    const w = words[k] as Word;
    const place = (w.flags & WORD.upper) !== 0 ? memoOf(w).entry : null;
    if (place && (place.kind === 'country' || place.kind === 'organization' || place.metonym)) {
      affiliation ??= place.metonym ? place.country : place.name;
    } else if (titleWord(w.text)) {
      if (HEADS.has(bare(w.text).toLowerCase())) lastHead = k;
    } else break;
  }
  if (lastHead < start) return { title: null, affiliation: null };
  let first = start;
  while (first < lastHead && (!titleWord((words[first] as Word).text) || memoOf(words[first] as Word).entry)) first++;
  return { title: doc.text.slice((words[first] as Word).start, (words[lastHead] as Word).end), affiliation };
}

interface Found {
  name: string;
  title: string | null;
  affiliation: string | null;
  evidence: Evidence;
  /** After a descriptor of firms ("California-based Wells Fargo", "US-based Alistair Cragg"): a person only if the article reuses the surname alone. */
  doubtful?: boolean;
}

/**
 * A headline or a line of page furniture: at least three capitalised words of four letters or more and no lower-case
 * word of three letters or more ("Marathon Bomber Apologizes to Victims", "Video Loading Video Unavailable"). Its
 * capitals name nobody.
 */
function headline(words: readonly Word[], text: string): boolean {
  let capitals = 0;
  for (const w of words) {
    const length = w.end - w.start;
    const c = w.first;
    if (length >= 3 && c >= 97 && c <= 122) return false;
    if (length >= 4 && (w.flags & WORD.upper) !== 0) capitals++;
  }
  // Lists and credits ("Contributing: Erica Demarest, Erin Meyer") have commas or a colon; headlines seldom do. (Asked
  // last: most sentences have a lower-case word early on.)
  return capitals >= 3 && !/[,:]/.test(text.slice((words[0] as Word).start, (words[words.length - 1] as Word).end));
}

/**
 * Whether the words before the run starting at `i` make it a place or part of an organisation's name: "the" or a
 * place preposition right before it (not for a possessive: "in John Smith's house"), or "for", "to", "of" after a
 * capitalised word ("Observatory for Human Rights").
 */
function placeOrOrgContext(words: readonly Word[], i: number, endsPossessive: boolean): boolean {
  const prev = words[i - 1];
  if (prev === undefined) return false;
  const word = prev.text;
  if (!endsPossessive && PLACE_BEFORE.has(word)) return true;
  const before = words[i - 2];
  // Not after the sentence's first word, capitalised for its place ("Speaking to Sean Rafferty").
  return ORG_JOINERS.has(word) && before !== undefined && i - 2 > 0 && (before.flags & WORD.upper) !== 0;
}

/**
 * The names of one sentence, appended to `found`; every word that can be part of a name (nameWord) is appended to
 * `named`, in order.
 * Words of a place or actor named in several words (`actors`: "United States", "Rapid Support Forces") are no name.
 */
function findInSentence(doc: Doc, words: Word[], actors: readonly ActorMention[], named: Word[], firstNames: ReadonlySet<number> | undefined, things: Set<string>, found: Found[]): void {
  let a = 0;
  /** Whether word `k` lies inside a multi-word actor mention; `k` only grows between calls. */
  const inActor = (k: number): boolean => {
    while (a < actors.length && (actors[a] as ActorMention).to <= k) a++;
    for (let b = a; b < actors.length && (actors[b] as ActorMention).from <= k; b++) {
      const m = actors[b] as ActorMention;
      if (m.to - m.from >= 2 && k < m.to) return true;
    }
    return false;
  };
  if (headline(words, doc.text)) return;
  for (let i = 0; i < words.length; i++) {
    // A place read as a first name by the scan ("Jordan Henderson") opens a name too, and so do initials ("C.J. Davis").
    if (!(nameWord(words[i] as Word) || firstNames?.has((words[i] as Word).start) === true || initialsOpening(doc.text, words, i)) || inActor(i)) continue;
    // A descriptor capitalised at the head of a sentence ("Fly-half", "Ten-year-old", "Dutch-born", "London-based")
    // opens no name: its last part is a word in lower case, as a first name's is not (a later part's may be: "Chung
    // Mong-koo", "Prayuth Chan-ocha").
    if (((words[i] as Word).flags & WORD.hyphen) !== 0 && DESCRIPTOR.test((words[i] as Word).text)) continue;
    // The second part of a word the scan cut ("Stoppers" of "CrimeStoppers", "Deck" of "QuarterDeck") opens a name only
    // after a first part that is no name's opening: a word in lower case ("linkJohn Smith"), a place ("AleppoHow",
    // "SalemVanessa Gonzalez") or the end of a name ("Iain CarterJohnson").
    if (i > 0 && (words[i - 1] as Word).end === (words[i] as Word).start && !gluedAfterName(doc.text, words, i - 1)) continue;
    const mark = named.length;
    named.push(words[i] as Word);
    let j = i + 1;
    let kingPlace = false;
    for (;;) {
      // A possessive ends a name: "Chelsea's John Terry" is a team and a player.
      if (j >= words.length || j - i >= MAX_NAME + 2 || possessive((words[j - 1] as Word).text)) break;
      const w = words[j] as Word;
      if (!adjacent(doc.text, words[j - 1] as Word, w)) break;
      if ((nameWord(w) || firstNames?.has(w.start) === true) && !inActor(j)) {
        named.push(w);
        j++;
        continue;
      }
      // Particles and middle initials inside a name: "Osama bin Laden", "Ursula von der Leyen", "Louis M. Bonocasa".
      let k = j;
      while (k < words.length && k - j < 2 && (particle(words[k] as Word) || (k === j && initial(words[k] as Word))) && adjacent(doc.text, words[k - 1] as Word, words[k] as Word)) k++;
      const after = words[k];
      if (k > j && after !== undefined && adjacent(doc.text, words[k - 1] as Word, after) && nameWord(after) && !inActor(k)) {
        named.push(after);
        j = k + 1;
        continue;
      }
      // A title that is a surname before a generational suffix: "Martin Luther King Jr", not "Martin Luther" and "Jr";
      // or after two name words, before no other capitalised word ("Martin Luther King,", "Billie Jean King's"); before a
      // word that ends names of places, days and streets, the run names one ("Martin Luther King Day", "… King Drive").
      // (w stands right after the name: the loop's first test.)
      // A title that is a common surname too, last after a first name and before no other capitalised word ("John Major",
      // "Kelli White", "Sarah Bishop"; not "White House", "Major General").
      if (SURNAME_TITLES.has(bare(w.text))) {
        const next = words[j + 1];
        if (next === undefined || !adjacent(doc.text, w, next) || (next.flags & WORD.upper) === 0) j += 1;
        break;
      }
      if (bare(w.text) === 'King') {
        const suffix = words[j + 1];
        const next = suffix !== undefined && adjacent(doc.text, w, suffix) ? suffix : undefined;
        if (next !== undefined && /^(?:Jr|Sr|Jnr)\.?$/.test(next.text)) j += 2;
        else if (next !== undefined && (next.flags & WORD.upper) !== 0 && (NON_PERSON_HEAD.has(next.text) || next.text === 'Day')) kingPlace = true;
        else if (j - i >= 2 && (next === undefined || (next.flags & WORD.upper) === 0)) j += 1;
      }
      break;
    }
    if (kingPlace) {
      named.length = mark;
      i = j;
      continue;
    }
    // "Sprinter Michelle Collins", "Dutchman Ruud van Nistelrooy": a capitalised role or origin before a full name is
    // no part of it.
    if (j - i >= 3 && (words[i + 1] as Word).end - (words[i + 1] as Word).start > 2 && RUN_DESCRIPTORS.test((words[i] as Word).text)) i++;
    // "Holt Memorial", "Johnny Carson Theater", "Bend Fire Department" (also glued to it: "Call CrimeStoppers"): a run that
    // runs straight into a word ending names of places and bodies names one, and its words are no bare surname of a
    // person named elsewhere (a run of two words or more is asked below, after the tests of firms).
    if (j - i < 2 && bodyAfter(doc.text, words, j)) {
      named.length = mark;
      i = j - 1;
      continue;
    }
    const prevWord = words[i - 1];
    // (Every honorific is capitalised: a word in lower case before the run is not read.)
    const afterHonorific = prevWord !== undefined && (prevWord.flags & WORD.upper) !== 0 && HONORIFIC.has(withoutFinalPeriod(prevWord.text));
    // A single name word needs a title head right before it (titleBefore's headTitle) or an honorific: most
    // capitalised words have neither, and skip the walk back.
    if (j - i < 2 && !afterHonorific && !(prevWord && mayBeHead(prevWord) && HEADS.has(bare(prevWord.text).toLowerCase()))) {
      i = j - 1;
      continue;
    }
    // "investment bank Morgan Stanley", "Wells Fargo Securities": a firm or a work, here and wherever the article names it.
    const next = words[j];
    const last = words[j - 1] as Word;
    // The run as written, and (of two words or more) without its article and punctuation (bare): the tests of firms,
    // works and agencies below, and the person's name, read them.
    const surface = doc.text.slice((words[i] as Word).start, last.end);
    const run = j - i >= 2 ? bare(surface) : '';
    if (j - i >= 2 && ((next !== undefined && next.start - last.end === 1 && !possessive(last.text) && (FIRM_AFTER.test(doc.text.slice(last.end, next.end + 1)) || ((next.flags & WORD.upper) === 0 && WORK_AFTER.test(doc.text.slice(last.end, next.end + 2))))) || PERSON_SHAPED.has(run) || (prevWord !== undefined && (prevWord.flags & WORD.upper) === 0 && prevWord.end - prevWord.start <= 12 && THING_NOUNS.test(prevWord.text) && adjacent(doc.text, prevWord, words[i] as Word) && !(next !== undefined && RELATIVE_VERB.test(next.text))))) {
      things.add(run);
      named.length = mark;
      i = j - 1;
      continue;
    }
    // "Goldman Sachs & Co", "David Rubin & Partners": a firm; "Nottm Forest", "Sherwood Forest": no person; nor "The Da
    // Vinci Code", "The Motorcycle Diaries", where a capitalised article before the run opens a title.
    if (j - i >= 2 && ((prevWord !== undefined && prevWord.text === 'The' && adjacent(doc.text, prevWord, words[i] as Word)) || (LAST_NOT_PERSON.has(last.text) && !initial(words[j - 2] as Word)) || (doc.text.charCodeAt(last.end + 1) === 0x26 && firmAmpersand(doc.text, last.end, things, surface)))) {
      named.length = mark;
      i = j - 1;
      continue;
    }
    // "Wayne Community College", "Manchester United", "San Diego": a place, a team or an organisation, no person;
    // so are "the Old Bailey", "in Tell Tamer", the "Human Rights" of "Observatory for Human Rights" and an agency;
    // and so is a name that qualifies a role right after it ("Liberal Democrat leader", "Aston Villa manager",
    // "Evening Standard editor"), unless an honorific makes it a person's ("Dr Mike Watts head of exploration") or it is
    // an owner ("Tony Blair's spokesman").
    if (j - i >= 2 && !afterHonorific && next !== undefined && (next.flags & WORD.upper) === 0 && mayBeHead(next) && adjacent(doc.text, last, next) && HEADS.has(bare(next.text)) && !possessive(last.text)) {
      // Its words are no person's either: none is a bare surname of someone named elsewhere.
      named.length = mark;
      i = j - 1;
      continue;
    }
    // A run of one word was asked before the tests of firms.
    if (j - i >= 2 && bodyAfter(doc.text, words, j)) {
      named.length = mark;
      i = j - 1;
      continue;
    }
    if (
      (j - i >= 2 && PLACE_OPENER.has((words[i] as Word).text)) ||
      (!afterHonorific && j - i >= 2 && placeOrOrgContext(words, i, possessive(last.text))) ||
      (i > 0 && adjacent(doc.text, words[i - 1] as Word, words[i] as Word) && (NON_PERSON_HEAD.has((words[i - 1] as Word).text) || INSTITUTIONS.has((words[i - 1] as Word).text))) ||
      AGENCY_BY_ALIAS.has(surface)
    ) {
      i = j - 1;
      continue;
    }
    const before = titleBefore(doc, words, i);
    if (j - i >= 2 || before.headTitle || afterHonorific) {
      const after = before.title ? { title: null, affiliation: null } : titleAfter(doc, words, j);
      const start = (words[i] as Word).start;
      const name = j - i >= 2 ? run : bare(surface);
      const f: Found = { name, title: before.title ?? after.title, affiliation: before.affiliation ?? after.affiliation, evidence: evidenceOf(doc.text, start, start + name.length) };
      if (prevWord !== undefined && (prevWord.flags & WORD.hyphen) !== 0 && adjacent(doc.text, prevWord, words[i] as Word) && COMPANY_DESCRIPTOR.test(prevWord.text)) f.doubtful = true;
      found.push(f);
    }
    i = j - 1;
  }
}

/** Whether word `j` ends the name of a place or a body that the words before it open, right after them or glued to them. */
function bodyAfter(text: string, words: readonly Word[], j: number): boolean {
  const after = words[j];
  const end = words[j - 1] as Word;
  return after !== undefined && (adjacent(text, end, after) || after.start === end.end) && (after.flags & WORD.upper) !== 0 && (NON_PERSON_HEAD.has(bare(after.text)) || INSTITUTIONS.has(bare(after.text)));
}

/**
 * Whether word `k`, glued to the next one, is in lower case, a place (known, or a lone capitalised word after a
 * lower-case word other than an article: "from SalemVanessa", not "the CrimeStoppers") or the last word of a name.
 */
function gluedAfterName(text: string, words: readonly Word[], k: number): boolean {
  const w = words[k] as Word;
  if ((w.flags & WORD.upper) === 0 || memoOf(w).entry !== null) return true;
  const before = words[k - 1];
  if (before === undefined || !adjacent(text, before, w)) return false;
  if ((before.flags & WORD.upper) === 0) return !/^(?:the|a|an)$/.test(before.text) && (k < 2 || (words[k - 2] as Word).end !== before.start);
  return nameWord(before) && nameWord(w);
}

/** Whether "& Co", "& Partners"… follows the name ending at `end`; a firm "& Co" names is noted in `things`. */
function firmAmpersand(text: string, end: number, things: Set<string>, name: string): boolean {
  const m = FIRM_AMPERSAND.exec(text.slice(end, end + 14));
  if (m === null) return false;
  if (m[1] !== undefined) things.add(bare(name));
  return true;
}

/** PARTICLES.has(word.text), read only for a word in lower case of two to five code units (as every particle is). */
function particle(word: Word): boolean {
  const length = word.end - word.start;
  return length >= PARTICLE_MIN && length <= PARTICLE_MAX && (word.flags & WORD.upper) === 0 && PARTICLES.has(word.text);
}

/** Initials that open a name ("C.J. Davis", "T.J. Smith"): two capitals, each with its period. */
const INITIALS = /^\p{Lu}\.\p{Lu}\.$/u;
/** Two-letter abbreviations of places, compass points, boxes, degrees and times, which open no person's name ("D.C. Bullets", "P.O. Box"). */
const NOT_INITIALS = new Set(['D.C.', 'L.A.', 'N.Y.', 'N.J.', 'N.C.', 'S.C.', 'N.H.', 'N.M.', 'N.D.', 'S.D.', 'R.I.', 'N.W.', 'N.E.', 'S.W.', 'S.E.', 'S.F.', 'U.K.', 'U.N.', 'E.U.', 'P.O.', 'M.D.', 'A.M.', 'P.M.', 'B.C.', 'A.D.', 'T.V.']);

/** Whether word `i` is initials before a name word, and no place or body ("U.S. Steel", "D.C. United"). */
function initialsOpening(text: string, words: readonly Word[], i: number): boolean {
  const w = words[i] as Word;
  const next = words[i + 1];
  return w.end - w.start === 4 && INITIALS.test(w.text) && !NOT_INITIALS.has(w.text) && memoOf(w).entry === null && next !== undefined && adjacent(text, w, next) && nameWord(next);
}

/** INITIAL.test(word.text), run only on a word of at most three code units opening in upper case (as every match is). */
function initial(word: Word): boolean {
  return word.end - word.start <= 3 && (word.flags & WORD.upper) !== 0 && INITIAL.test(word.text);
}

/** `word` without one final period (`word.replace(/\.$/, '')`). */
function withoutFinalPeriod(word: string): string {
  return word.charCodeAt(word.length - 1) === 0x2e ? word.slice(0, -1) : word;
}

/** A name's surname: its last word, before a generational suffix ("Castor" of "Bruce L Castor Jr"). */
export function lastName(name: string): string {
  // Read from the spaces, not split: every name found asks, and most are two words.
  const cut = name.lastIndexOf(' ');
  if (cut < 0) return name;
  const last = name.slice(cut + 1);
  return GENERATIONAL.test(last) ? name.slice(name.lastIndexOf(' ', cut - 1) + 1, cut) : last;
}

const GENERATIONAL = /^(?:Jr|Sr|Jnr|II|III)\.?$/;

/**
 * Whether `short` is the end of `long` with its particle capitalised, as a name opening with one is written at the head
 * of a sentence or in a list ("Van Persie" of "Robin van Persie", "De Zeeuw" of "Arjan de Zeeuw").
 */
function particleTail(long: string, short: string): boolean {
  const cut = short.indexOf(' ');
  if (cut < 0 || !PARTICLES.has(short.slice(0, cut).toLowerCase()) || !startsUpper(short)) return false;
  const tail = short.charAt(0).toLowerCase() + short.slice(1);
  return long.length > tail.length && long.endsWith(tail) && long.charCodeAt(long.length - tail.length - 1) === 0x20;
}

const NO_ACTORS: readonly ActorMention[] = [];

/** People named in the document, full names first seen, later bare surnames ("Khatibzadeh") merged into them. */
export function extractPeople(doc: Doc, scan: Scan): Person[] {
  const people: Person[] = [];
  const bySurname = new Map<string, Person>();
  /** The people who share a surname, in the order they were first named ("Toyia Jarmon", then "Melvin Jarmon Sr"). */
  const sharers = new Map<string, Person[]>();
  let previous: Person | null = null;
  const named: Word[] = [];
  const things = new Set<string>();
  let found: Found[] = [];
  for (let i = 0; i < scan.words.length; i++) findInSentence(doc, scan.words[i] as Word[], scan.actors[i] ?? NO_ACTORS, named, scan.firstNames, things, found);
  if (things.size > 0) found = found.filter((f) => !things.has(f.name));
  /** Every name a person was found under, so "Anna Berg" after an "Erik Berg" is still the first Anna Berg. */
  const byName = new Map<string, Person>();
  /** People found only after a descriptor of firms, with their count of mentions then. */
  const doubtful = new Map<Person, number>();
  for (const f of found) {
    const key = lastName(f.name);
    // "Mr Mekdad" is "Faisal al-Mekdad": a surname is known with and without its article.
    const plain = withoutArticle(key);
    let person = byName.get(f.name) ?? bySurname.get(key) ?? bySurname.get(plain);
    if (person && !(person.name.endsWith(f.name) || f.name.endsWith(person.name) || person.name.endsWith(`-${f.name}`) || particleTail(person.name, f.name) || particleTail(f.name, person.name))) person = undefined;
    if (!person) {
      person = { name: f.name, title: null, affiliation: null, evidence: [] };
      people.push(person);
      const before = bySurname.get(key);
      if (before) (sharers.get(key) ?? sharers.set(key, [before]).get(key))?.push(person);
      bySurname.set(key, person);
      if (plain !== key && !bySurname.has(plain)) bySurname.set(plain, person);
    } else if (f.name.length > person.name.length && !person.name.endsWith(`-${f.name}`)) person.name = f.name;
    byName.set(f.name, person);
    if (f.title && /^counterparts?$/i.test(f.title) && previous?.title) f.title = previous.title;
    person.title ??= f.title;
    person.affiliation ??= f.affiliation;
    person.evidence.push(f.evidence);
    previous = person;
    if (f.doubtful === true && (person.evidence.length === 1 || doubtful.has(person))) doubtful.set(person, person.evidence.length);
    else if (doubtful.size > 0) doubtful.delete(person);
  }
  addBareSurnames(doc, people, named, bySurname, sharers);
  // A firm after its descriptor, unless the surname comes back alone ("US-based Alistair Cragg … Cragg said").
  const kept = doubtful.size === 0 ? people : people.filter((p) => doubtful.get(p) !== p.evidence.length);
  return withoutDescriptors(doc, withoutNonPeople(doc, scan, withoutCommonWordNames(doc, kept)));
}

/** Words of names a document may look up in the whole text (writtenLower): beyond, no name is cut (1 MB of names stays linear). */
const SEARCHES = 400;

/**
 * The people without a capitalised word the article writes in lower case elsewhere before their full name ("Neighbor
 * Karen Radtke", "Prisoner Carlos Boente", "Judges Simon Cowell"): a descriptor, not a part of the name, when the
 * other words are not written in lower case and the name is a person's (a second mention, an age or a verb of saying);
 * not a particle ("Van der Wiel") or a first name that is a word ("Will").
 */
function withoutDescriptors(doc: Doc, people: Person[]): Person[] {
  const text = doc.text;
  const byName = new Map(people.map((p) => [p.name, p]));
  let searches = 0;
  // In a long text, the words that can be asked about (those of names of three words or more) are looked for in one
  // pass, so each look-up costs no pass over it.
  let asked: ReadonlySet<string> | null = null;
  let words: ReadonlySet<string> | null = null;
  const lowerIn = (lower: string): boolean => {
    if (text.length < LONG_TEXT || !WORD_ONLY.test(lower) || SURROGATE.test(lower)) return occursAsWord(text, lower);
    asked ??= new Set(people.flatMap((p) => p.name.toLowerCase().split(' ')));
    words ??= wordsOf(text, asked);
    return asked.has(lower) ? words.has(lower) : occursAsWord(text, lower);
  };
  const writtenLower = (word: string, first: boolean): boolean => {
    const lower = word.toLowerCase();
    return lower !== word && !PARTICLES.has(lower) && !(first && FIRST_NAME_WORDS.has(word)) && lowerIn(lower);
  };
  return people.filter((p) => {
    const words = p.name.split(' ');
    if (words.length < 3 || (words[1] as string).length < 3 || (searches += words.length) > SEARCHES || !writtenLower(words[0] as string, true) || words.slice(1).some((w, k) => writtenLower(w, k === 0))) return true;
    if (p.evidence.length < 2 && !personContext(doc.text, p.evidence[0] as Evidence)) return true;
    const name = words.slice(1).join(' ');
    const cut = (words[0] as string).length + 1;
    const evidence = p.evidence.map((e) => (e.text === p.name ? { start: e.start + cut, end: e.end, text: name } : e));
    const other = byName.get(name);
    if (other !== undefined && other !== p) {
      other.evidence = uniqueEvidence([...other.evidence, ...evidence]);
      other.title ??= p.title;
      other.affiliation ??= p.affiliation;
      return false;
    }
    p.name = name;
    p.evidence = evidence;
    return true;
  });
}

/**
 * A capitalised word of a name is "written in lower case" (withoutDescriptors) when its lower-case form stands in the
 * text as a word of its own, between characters that are no letter or digit; it is no particle, nor, first of a name, a
 * first name ("Will" of "Detectives Will Brown", not "Hunter" of "Warner Lovings Hunter").
 */
function occursAsWord(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!isWordUnit(text.charAt(at - 1)) && !isWordUnit(text.charAt(at + lower.length))) return true;
  }
  return false;
}

/** From this length on, withoutDescriptors collects the text's words once instead of searching it per word. */
const LONG_TEXT = 65536;
/** A word made only of code units that are letters or digits (no surrogate pair): what `wordsOf` answers for exactly. */
const WORD_ONLY = /^[\p{L}\p{N}]+$/u;
const SURROGATE = /[\uD800-\uDFFF]/;

function isWordUnit(unit: string): boolean {
  return LETTER_OR_NUMBER.test(unit);
}

/**
 * The words of `asked` that stand in `text` as a maximal run of letter-or-digit code units: `occursAsWord` for words
 * made of such units only. A run is compared only when its first code unit and length are those of an asked word.
 */
function wordsOf(text: string, asked: ReadonlySet<string>): Set<string> {
  const shapes = new Uint8Array(128 * 32);
  for (const word of asked) shapes[shapeOf(word)] = 1;
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    const word = i < text.length && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && isWordUnit(text.charAt(i))));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      if (shapes[((text.charCodeAt(start) & 0x7f) << 5) | Math.min(i - start, 31)] === 1) {
        const run = text.slice(start, i);
        if (asked.has(run)) words.add(run);
      }
      start = -1;
    }
  }
  return words;
}

/** A quotation mark right before a name, and one right after it (after a comma or a full stop, if any), not a possessive's apostrophe ("Bob Dylan's" after a quotation mark). */
const QUOTE_BEFORE = new Set([0x22, 0x27, 0x2018, 0x201c]);
const QUOTE_AFTER = /^[,.!?]?["'’”](?!s\b)/;

/**
 * The people without the names of places and works, unless a title or an affiliation goes with them: US towns and city
 * areas read as names (placeName), the US towns the article names with their state ("Baton Rouge, La.", "Little Rock,
 * Arkansas"), and names written only in quotation marks: titles of works, nicknames, slogans and user names ("Modern
 * Family", "Helter Skelter", "Marshall Plan", "Weird Al").
 */
function withoutNonPeople(doc: Doc, scan: Scan, people: Person[]): Person[] {
  const text = doc.text;
  const towns = new Set(stateTowns(doc, scan).map((t) => t.name));
  const quoted = (e: Evidence): boolean => e.start > 0 && QUOTE_BEFORE.has(text.charCodeAt(e.start - 1)) && QUOTE_AFTER.test(text.slice(e.end, e.end + 4));
  return people.filter((p) => p.title !== null || p.affiliation !== null || !(towns.has(p.name) || p.evidence.every(quoted) || placeName(doc, p)));
}

/** Right before a name: a preposition of place ("in Oak Lawn", "near Garfield Park"), not part of a word ("break-in"). */
const IN_BEFORE = /(?:^|[^\p{L}\p{N}-])(?:in|near|outside|inside|across|throughout) $/u;
/**
 * Right after "in" and a name: the end of a clause or a word that goes on about the place or the time ("in Oak Lawn,",
 * "in Little Rock on Sunday", "in Des Moines early Monday"), not a noun the name qualifies ("in Kareem Mano slaying").
 */
const IN_AFTER = new RegExp(
  `^(?:\\s*(?:[,.;:)]|$)|\\s+(?:on|at|where|near|until|since|during|for|from|early|late|last|this|about|around|before|after|shortly|just|overnight|${WEEKDAY_PATTERN})\\b)`,
);
/** Right after a name: a noun of a place's police, people or part ("Oak Lawn police", "Garfield Park neighborhood"). */
const PLACE_NOUN_AFTER = /^ (?:police|neighborhood|neighbourhood|area|community|residents?|township|suburb)\b/;

/**
 * Whether a mention of a name reads as a place's: after "in" or "near" at the end of a clause ("in Oak Lawn, where"),
 * or before a noun of a place ("Oak Lawn police", "Garfield Park neighborhood").
 */
function placeContext(text: string, e: Evidence): boolean {
  const after = text.slice(e.end, e.end + 16);
  if (after.charCodeAt(0) === 0x20 && PLACE_NOUN_AFTER.test(after)) return true;
  // Only a space after a word ending as the prepositions do ("in", "near", "outside", "across", "throughout") can
  // come right before a name after one of them.
  if (e.start < 3 || text.charCodeAt(e.start - 1) !== 0x20 || !IN_LAST.has(text.charCodeAt(e.start - 2))) return false;
  return IN_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start)) && IN_AFTER.test(after) && !TRUST_IN.test(text.slice(Math.max(0, e.start - 20), e.start));
}

/** Right before a name: a noun of trust and "in" ("trust in Tony Blair,", "faith in Gordon Brown on"), said of people. */
const TRUST_IN = /\b(?:trust|faith|confidence|belief|pride)\s+in $/i;

/** Right after a name: ", who" opens a clause about a person ("a leader in Martin Corry, who"), never about a place. */
const WHO_AFTER = /^,\s+who\b/;

/** The last letters of the prepositions of IN_BEFORE. */
const IN_LAST = new Set([...'nrest'].map((ch) => ch.charCodeAt(0)));

/**
 * Whether a name is a US town's or a city area's ("Oak Lawn", "Baton Rouge", "Garfield Park", "Des Moines"): a name of
 * two words or more with no sign of a person (no bare surname, no age or verb of saying next to it) that is written once
 * in a place's context (placeContext), or, for a name of a park, a ground or a street ending in a word that is a surname
 * too, after a preposition of place or a number (parkOrLane).
 */
function placeName(doc: Doc, p: Person): boolean {
  // Most names are in no place's context: the signs of a person are asked about only for those that are.
  return p.name.includes(' ') && p.evidence.some((e) => placeContext(doc.text, e) || parkOrLane(doc.text, p.name, e)) && !p.evidence.some((e) => e.text !== p.name || personContext(doc.text, e) || WHO_AFTER.test(doc.text.slice(e.end, e.end + 8)));
}

/** The last words of names of parks, grounds and streets that are surnames too ("Garfield Park", "White Hart Lane"; "Nathan Lane"). */
const PARK_OR_LANE = /\s(?:Park|Lane)$/;
/** Right before a name: a preposition of place, "the", "block of" or a house number ("at Goodison Park", "on Hudson Lane", "1200 Turret Lane"). */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}\p{N}-])(?:in|at|on|near|off|from|into|outside|inside|around|across|along|toward|towards|the|block of|\d+[A-Za-z]?)\s$/u;

/** Whether a mention of a name ending in "Park" or "Lane" reads as the place's: after a preposition of place, "the" or a number. */
function parkOrLane(text: string, name: string, e: Evidence): boolean {
  return PARK_OR_LANE.test(name) && LOCATIVE_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start));
}


/**
 * The people without the names made of common words: a name with a word the article also writes in lower case ("Cars
 * Getting Coffee", "Thrill Is Gone", "Textured Stripe Miniskirt", "Dad Blog") is kept only with a sign of a person: a
 * title or an affiliation, a second mention (the surname again), an age after it, or a verb of saying next to it. A
 * surname alone may be a common word after a first name ("Brandon Young"). A name whose first word alone is common
 * and whose rest was found as a person ("Tory Ruth Davidson" and "Ruth Davidson") becomes a mention of that person.
 */
function withoutCommonWordNames(doc: Doc, people: Person[]): Person[] {
  const suspects = people.filter((p) => p.name.includes(' ') && p.title === null && p.affiliation === null && p.evidence.length < 2 && !personContext(doc.text, p.evidence[0] as Evidence));
  if (suspects.length === 0) return people;
  // The suspects' words (not those in lower case by nature, particles and the names they open: "Louis van Gaal",
  // "Omar Hassan al-Bashir") as the tokens hold them, and which of them the article writes in lower case: one pass over
  // the tokens, asking only about these words.
  const keyOf = (w: string): string => {
    const lower = bare(w).toLowerCase();
    return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
  };
  const asked = new Map<string, boolean>();
  for (const p of suspects) for (const w of p.name.split(' ')) if (startsUpper(w)) asked.set(keyOf(w), false);
  let left = asked.size;
  for (const key of asked.keys()) ASKED_SHAPE[shapeOf(key)] = 1;
  const text = doc.text;
  for (const s of doc.sentences) {
    const tokens = s.tokens;
    const offsets = s.offsets;
    for (let k = 0; k < tokens.length && left > 0; k++) {
      const token = tokens[k] as string;
      // Most tokens have neither the first character nor the length of an asked word: no lookup for them.
      if (ASKED_SHAPE[shapeOf(token)] === 0) continue;
      const c = text.charCodeAt(s.start + (offsets[2 * k] as number));
      if (!((c >= 97 && c <= 122) || (c > 127 && !startsUpper(String.fromCharCode(c))))) continue;
      if (asked.get(token) !== false) continue;
      asked.set(token, true);
      left--;
    }
    if (left === 0) break;
  }
  for (const key of asked.keys()) ASKED_SHAPE[shapeOf(key)] = 0;
  const suspect = new Set(suspects);
  const byName = new Map(people.map((p) => [p.name, p]));
  const out: Person[] = [];
  for (const p of people) {
    if (!suspect.has(p)) {
      out.push(p);
      continue;
    }
    const words = p.name.split(' ');
    // A first name that is also a word opens a name of two words ("Will Welch"), not a longer run ("Will Never Let").
    const common = words.map((w, k) => startsUpper(w) && !(k === 0 && words.length === 2 && FIRST_NAME_WORDS.has(w)) && asked.get(keyOf(w)) === true);
    const first = common.indexOf(true);
    // A surname can be a common word ("Brandon Young", "Justin Rose"): a first name before it keeps the name.
    if (first < 0 || (words.length === 2 && first === 1)) {
      out.push(p);
      continue;
    }
    // Only the first word is common and the rest names someone found on their own: a descriptor ("Tory Ruth Davidson").
    const rest = words.slice(1).join(' ');
    const other = byName.get(rest);
    if (first === 0 && !common.slice(1).includes(true) && other !== undefined && other !== p) {
      const e = p.evidence[0] as Evidence;
      other.evidence.push({ start: e.end - rest.length, end: e.end, text: e.text.slice(e.text.length - rest.length) });
      other.evidence.sort((a, b) => a.start - b.start);
    }
  }
  return out;
}

/**
 * withoutCommonWordNames' table of the shapes of the words it asks about (1 for each; all 0 between calls). A shape is
 * a word's first code unit (modulo 128: a non-ASCII one may share a shape with an ASCII one) and its length (up to 31).
 */
const ASKED_SHAPE = new Uint8Array(128 * 32);

/** The index of a word's shape in ASKED_SHAPE. */
function shapeOf(word: string): number {
  return ((word.charCodeAt(0) & 0x7f) << 5) | Math.min(word.length, 31);
}


/** addBareSurnames' table of the first code units of the surnames (all 0 between calls). */
const SURNAME_FIRST = new Uint8Array(0x10000);

/**
 * Evidence for later bare surnames ("Khatibzadeh said") of people already named in full, among `named`: the words
 * that can be part of a name, in text order. No other word can be a surname: a surname is the last word of a name
 * (without "'s"), nameWord judges a word by its text without "'s", and a word that is the surname once without it
 * is judged the same.
 */
function addBareSurnames(
  doc: Doc,
  people: readonly Person[],
  named: readonly Word[],
  bySurname: Map<string, Person>,
  sharers: Map<string, Person[]>,
): void {
  if (bySurname.size === 0) return;
  /** The first code units of the surnames: a word opening with another one cannot be a surname. */
  let anyFirst = false;
  let shortest = Infinity;
  let longest = 0;
  for (const key of bySurname.keys()) {
    if (key.length === 0) anyFirst = true;
    else SURNAME_FIRST[key.charCodeAt(0)] = 1;
    shortest = Math.min(shortest, key.length);
    longest = Math.max(longest, key.length);
  }
  // A word inside a full-name mention, anyone's, is no bare surname ("Lara" of "Sarai Lara" is not Salvador Lara's). The
  // mentions found before this pass are disjoint, and words come in text order: a cursor into them answers in O(1).
  const mentions = people.flatMap((p) => p.evidence).sort((a, b) => a.start - b.start);
  let at = 0;
  const grown = new Set<Person>();
  const sharedAt = new Map<string, number>();
  for (const w of named) {
    // bare() drops at most two characters ("'s").
    const length = w.end - w.start;
    if (length < shortest || length > longest + 2) continue;
    if (!anyFirst && SURNAME_FIRST[w.first] === 0) continue;
    const surname = bare(w.text);
    let person = bySurname.get(surname);
    // Of people sharing the surname, the last named in full before this word ("Toyia Jarmon … Jarmon said … Melvin
    // Jarmon Sr"); when none was, the first named after it. They are in the order they were first named, and words come
    // in text order: a cursor per surname moves forward only.
    const sharing = sharers.get(surname);
    if (sharing) {
      let k = sharedAt.get(surname) ?? 0;
      while (k + 1 < sharing.length && ((sharing[k + 1] as Person).evidence[0] as Evidence).start < w.start) k++;
      sharedAt.set(surname, k);
      person = sharing[k] as Person;
    }
    if (!person || person.name === surname) continue;
    // A mention ending before this word's end (without "'s", as mentions end) holds neither it nor any later word.
    const end = w.start + surname.length;
    while (at < mentions.length && (mentions[at] as Evidence).end < end) at++;
    if (at < mentions.length && (mentions[at] as Evidence).start <= w.start) continue;
    person.evidence.push(evidenceOf(doc.text, w.start, end));
    grown.add(person);
  }
  for (const key of bySurname.keys()) if (key.length > 0) SURNAME_FIRST[key.charCodeAt(0)] = 0;
  // Only evidence that grew needs sorting: the full-name mentions came in text order.
  for (const person of grown) person.evidence.sort((a, b) => a.start - b.start);
}
