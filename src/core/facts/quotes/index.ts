import type { Doc, Facts } from '../../types.ts';
import { withoutArticle } from '../entities/cues.ts';
import { LETTER_OR_NUMBER } from '../entities/mentions.ts';
import { lastName, TITLE_WORDS as TITLE_WORD, type Person } from '../entities/people.ts';

const MAX_QUOTE = 1500;
const MIN_QUOTE = 12;
const CONTINUATION_GAP = 40;
const SAY = '(?:said|says|say|saying|added|adds|told|tells|stated|states|wrote|writes|declared|announced|warned|noted|urged|vowed|explained|insisted|continued|argued|commented|tweeted|posted|replied|recalled|asked|claimed|admitted|confirmed|revealed|stressed|remarked|responded|cautioned|conceded|acknowledged|shouted|yelled|screamed|exclaimed|joked|quipped|interjected|fired back|shot back|testified|pleaded|whispered|countered|answered|lamented|complained|boasted|predicted|emphasi[sz]ed|pointed out|went on|described|characteri[sz]ed)';
const W = "[\\p{L}\\p{N}'’.-]+";
const AFTER_RE = new RegExp(`^[,.!?]?\\s*(?:(he|she|they|it)\\s+${SAY}|${SAY}\\s+(${W}(?:\\s${W}){0,7}?)(?=[,.;]|\\s+(?:on|in|at|to|of|with|from|who|as|when|while|after|during|according)\\b)|(${W}(?:\\s${W}){0,7}?)\\s+${SAY}\\b|according to\\s+(${W}(?:\\s${W}){0,7}?)(?=[,.;]|$))`, 'iu');
const BEFORE_RE = new RegExp(`(?:^|[.;,][”"’']{0,2}\\s+|\\band\\s+)((?:${W}\\s){1,12}?)(?:has\\s+|have\\s+|had\\s+)?(?:also\\s+)?(?:issued a statement\\s+)?${SAY}(?:\\s+${W}){0,2}?(?:\\s+in turn)?(?:\\s+that|\\s+to|\\s+as)?[:,]?\\s*$`, 'giu');
/** An attribution with an appositive between name and verb: "The mayor of Paris, Anne Hidalgo, wrote on Twitter:". */
const APPOSITIVE_RE = new RegExp(`(?:^|[.;!?][”"’']{0,2}\\s+)((?:${W}\\s){0,4}${W},\\s(?:${W}\\s){0,6}${W}),\\s(?:has\\s+|had\\s+)?(?:also\\s+)?${SAY}(?:\\s+${W}){0,2}?(?:\\s+that|\\s+to|\\s+as)?[:,]?\\s*$`, 'giu');
/**
 * The end BEFORE_RE and APPOSITIVE_RE share: a verb of saying and what may follow it to the end of the window, tried
 * where a chunk of it starts.
 */
const ATTRIBUTION_TAIL = new RegExp(`${SAY}(?:\\s+${W}){0,2}?(?:\\s+in turn)?(?:\\s+that|\\s+to|\\s+as)?[:,]?\\s*$`, 'iuy');
/** The most chunks the tail spans: a verb of two words, two words, "in turn" and "that". */
const TAIL_CHUNKS = 7;
/**
 * The most chunks BEFORE_RE spans before the verb, counting the one its opening ends or stands in: twelve words,
 * "has", "also", "issued a statement", the opening.
 */
const BEFORE_CHUNKS = 18;
/** The same for APPOSITIVE_RE: five words to the first comma, seven to the second, "has", "also", the opening. */
const APPOSITIVE_CHUNKS = 15;
/** The last sentence end of a speaker phrase: a word and a period, or a question or exclamation mark, then a space. */
const SENTENCE_END = /(?:\b(\p{L}{3,})\.|[!?])[”"’']?\s+[^.!?]*$/u;
/** Pronouns for a body, not a person ("it said", "they said"): no person speaks for them. */
const BODY_PRONOUN_RE = /^(?:it|they)(?:$|\s)/i;

/** The quote marks quoteSpans acts on. */
const QUOTE_MARK = /[\u201c\u201d"]/g;

/** straightShape: a straight quote mark that can only open a quotation, only close one, or either. */
const OPENS = 1;
const CLOSES = 2;
const EITHER = 0;

/**
 * The shape of the straight double quote mark at `i`: after white space (or at the start) and before a character
 * that is not, it opens; after a character that is not white space and before white space (or at the end), it
 * closes; anything else (a mark between two words or two spaces, or before a single line break and a word) may do
 * either.
 */
function straightShape(text: string, i: number): number {
  const before = i === 0 || isSpace(text.charCodeAt(i - 1));
  // A mark before a single line break and a word may open the new paragraph: some feeds put the break after it.
  const n = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  const after = n < 0 || (isSpace(n) && !(n === 0x0a && i + 2 < text.length && !isSpace(text.charCodeAt(i + 2))));
  if (before && !after) return OPENS;
  if (!before && after) return CLOSES;
  return EITHER;
}

/** Spans of quoted text between curly quotes, or between straight double quotes paired in order. */
function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let openChar = 0;
  QUOTE_MARK.lastIndex = 0;
  // The expression only finds the next quote mark (without allocating a match): it skips the text faster than a loop.
  while (QUOTE_MARK.test(text)) {
    const i = QUOTE_MARK.lastIndex - 1;
    const c = text.charCodeAt(i);
    // Only quote marks act; the age limit on an open quote is checked there too (it only matters at the next mark).
    if (open >= 0 && i - open > MAX_QUOTE) open = -1;
    if (c === 0x201c && open < 0) {
      open = i;
      openChar = c;
    } else if (c === 0x201d && open >= 0 && openChar === 0x201c) {
      spans.push([open, i + 1]);
      open = -1;
    } else if (c === 0x22) {
      const shape = straightShape(text, i);
      if (open >= 0 && openChar === 0x22) {
        if (shape === OPENS) {
          // A quotation that runs on into a new paragraph (or a sentence after a lost paragraph break) reopens
          // without closing: the open one ends before this mark, when it ended a sentence, and this one opens.
          let k = i;
          while (k > open + 1 && isSpace(text.charCodeAt(k - 1))) k--;
          // A nested quotation may close with it ("… ridiculous.' "But …").
          if (k > open + 1 && /[.!?,:\u2026]['\u2019]?$/.test(text.slice(k - 2, k))) spans.push([open, k + 1]);
          open = i;
        } else {
          spans.push([open, i + 1]);
          open = -1;
        }
      } else if (open < 0 && shape !== CLOSES) {
        // A mark in the shape of a closing one with no quotation open closes one whose opening mark was lost: pairing
        // it as an opening mark would turn every later pair inside out.
        open = i;
        openChar = c;
      }
    }
  }
  return spans;
}

/** The single quote marks singleQuoteSpans acts on: straight and curly. */
const SINGLE_MARK = /['\u2018\u2019]/g;
/**
 * A quote mark after a word and before a space ("'mortified' by the incident"): an open quotation holding one may have
 * closed there without punctuation, so it is not ended at a later sentence end. (`/[\p{L}\p{N}]['\u2019]\s/u`, written
 * to open with the quote mark, which the search finds much faster than a letter.)
 */
const LOOSE_CLOSER = /['\u2019](?<=[\p{L}\p{N}]['\u2019])\s/u;
/**
 * An attribution right after a quotation's comma, or its closing mark: ", Angelici told", ", he said", ", said Mr
 * Cooper", " she said".
 */
const ATTRIBUTION_AFTER = new RegExp(`^,?\\s+(?:(?:he|she|they|it|\\p{Lu}[\\p{L}'’.-]*)\\s+){1,3}?${SAY}\\b|^,?\\s+${SAY}\\s`, 'u');
/** A sentence end, with white space after it, at the end of a slice. */
const SENTENCE_CLOSED = /[.!?\u2026]\s*$/;

/**
 * Whether a single quotation opened at `open` and never closed may end at `at`: the text before `at` ends a sentence,
 * and the quotation holds no loose closer after which it may have ended already.
 */
function endsOpenQuote(text: string, open: number, at: number): boolean {
  return SENTENCE_CLOSED.test(text.slice(Math.max(open, at - 4), at)) && !LOOSE_CLOSER.test(text.slice(open + 1, at));
}

/**
 * Whether the single quote mark at `i` may open a quotation: after the text's start, white space, an opening bracket,
 * a dash or a colon, and before a letter, a digit or a double quote mark.
 */
function opensQuote(text: string, i: number): boolean {
  const p = i > 0 ? text.charCodeAt(i - 1) : -1;
  const before = p < 0 || p === 0x28 || p === 0x5b || p === 0x2013 || p === 0x2014 || p === 0x3a || p === 0x2d || isSpace(p);
  return before && i + 1 < text.length && /[\p{L}\p{N}"\u201c]/u.test(text[i + 1] as string);
}

/**
 * Whether the single quote mark at `i` may close a quotation: after a comma, a period, a question or an exclamation
 * mark or an ellipsis ("We won,' he said", "…it.'": apostrophes in words never follow these) and before white space,
 * a closing bracket or the end; or before a comma and an attribution ("'We must be careful', Angelici told TYC
 * Sports"). Asked only with a quotation open before `i`, so `i` is never 0.
 */
function closesQuote(text: string, i: number): boolean {
  const p = text.charCodeAt(i - 1);
  const n = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  if ((p === 0x2e || p === 0x2c || p === 0x21 || p === 0x3f || p === 0x2026) && (n < 0 || n === 0x29 || n === 0x5d || isSpace(n))) return true;
  return n === 0x2c && /[\p{L}\p{N}]/u.test(text[i - 1] as string) && ATTRIBUTION_AFTER.test(text.slice(i + 1, i + 80));
}

/**
 * Spans of speech between single quotes, as British papers write it ('We are delighted,' he said.), outside the
 * double-quoted spans. A quote opens after white space and before a letter or digit, and closes right after a comma,
 * a period, a question or an exclamation mark and before white space or the end, so apostrophes ("don't", "the
 * soldiers' families", "the '90s") neither open nor close one; a paragraph break or MAX_QUOTE characters abandon an
 * open quote.
 */
function singleQuoteSpans(text: string, doubles: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let d = 0;
  // Paragraph breaks in order, and the first one after the open quote: found in one pass, asked about in order.
  const breaks: number[] = [];
  for (let b = text.indexOf('\n\n'); b >= 0; b = text.indexOf('\n\n', b + 2)) breaks.push(b);
  let nb = 0;
  SINGLE_MARK.lastIndex = 0;
  while (SINGLE_MARK.test(text)) {
    const i = SINGLE_MARK.lastIndex - 1;
    while (d < doubles.length && (doubles[d] as [number, number])[1] <= i) d++;
    // Inside a double-quoted span: a quotation within a quotation, already covered.
    if (d < doubles.length && (doubles[d] as [number, number])[0] < i) continue;
    const c = text.charCodeAt(i);
    if (open >= 0 && i - open > MAX_QUOTE) open = -1;
    if (open >= 0) {
      // British papers leave a quotation open at the end of a paragraph it goes on after: it ends there.
      while (nb < breaks.length && (breaks[nb] as number) <= open) nb++;
      const br = nb < breaks.length && (breaks[nb] as number) < i ? (breaks[nb] as number) : -1;
      if (br > open) {
        if (endsOpenQuote(text, open, br)) spans.push([open, br + 1]);
        open = -1;
      }
    }
    if (open >= 0 && c !== 0x2018 && closesQuote(text, i)) {
      spans.push([open, i + 1]);
      open = -1;
    } else if (c !== 0x2019 && opensQuote(text, i)) {
      // A new quotation opening after a finished sentence of an open one ("… shaken. 'If I had …"): the open one
      // ended with that sentence (the same convention, paragraphs flattened).
      if (open >= 0 && endsOpenQuote(text, open, i)) spans.push([open, i]);
      open = i;
    }
  }
  return spans;
}

/**
 * The people, ready for speaker lookups: their surnames, and their mentions by end for "the last person named before
 * a position" — asked with positions that never decrease, so a cursor sweeps the mentions once for all quotes.
 */
class Speakers {
  readonly people: readonly Person[];
  private surnameList: string[] | null = null;
  private mentions: Array<{ start: number; end: number; name: string; order: number }> | null = null;
  private cursor = 0;
  private lastAt = -1;
  private best: { start: number; name: string; order: number } | null = null;

  /** The document's text, for the sentence a pronoun's antecedent stands in. */
  private readonly text: string;
  /** The quotations' spans, in order: the people named inside them are no antecedents. */
  private readonly spans: ReadonlyArray<[number, number]>;

  constructor(people: readonly Person[], text: string, spans: ReadonlyArray<[number, number]>) {
    this.people = people;
    this.text = text;
    this.spans = spans;
  }

  /** Per word of a name after a title, the gender the titles give it: MALE (Mr, Sir, Lord), FEMALE (Mrs, Ms …), or both. */
  private titled: Map<string, number> | null = null;

  /**
   * Whether `pronoun` ("he", "she"; anything else fits all) may stand for the person `name`:
   * not when a title before their surname in the text ("Mr Jackson", "Ms Sturgeon") gives the other gender, unless
   * another person shares the surname (Katherine and Michael Jackson). People have no gender otherwise: unknown fits.
   */
  fits(name: string, pronoun: string): boolean {
    const want = /^she$/i.test(pronoun) ? FEMALE : /^he$/i.test(pronoun) ? MALE : 0;
    if (want === 0) return true;
    if (this.titled === null) {
      this.titled = new Map();
      TITLED.lastIndex = 0;
      // Inside quotations too: speakers name the story's people ("the escape of Mr Ferguson").
      for (let m = TITLED.exec(this.text); m !== null; m = TITLED.exec(this.text)) {
        // A title starts a word ("Mr", not the end of "Chairman Mr"); checked here, not by a \b the search tries everywhere.
        if (m.index > 0 && LETTER_OR_NUMBER.test(this.text[m.index - 1] as string)) continue;
        for (const w of (m[2] as string).split(/\s+/)) this.titled.set(w, (this.titled.get(w) ?? 0) | (m[1] === undefined ? FEMALE : MALE));
      }
    }
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    const gender = this.titled.get(surname) ?? 0;
    return gender === 0 || gender === (MALE | FEMALE) || gender === want || this.shared(name);
  }

  /**
   * The people's names, and how many names of two words or more end with each last word; made when first asked for,
   * so that isPerson and shared ask a map, not a scan of the people per quotation (which grew with quotations × people).
   */
  private nameIndex: { names: Set<string>; lastWordCounts: Map<string, number> } | null = null;

  private get nameTables(): { names: Set<string>; lastWordCounts: Map<string, number> } {
    if (this.nameIndex === null) {
      const names = new Set<string>();
      const lastWordCounts = new Map<string, number>();
      for (const p of this.people) {
        names.add(p.name);
        const at = p.name.lastIndexOf(' ');
        if (at < 0) continue;
        const last = p.name.slice(at + 1);
        lastWordCounts.set(last, (lastWordCounts.get(last) ?? 0) + 1);
      }
      this.nameIndex = { names, lastWordCounts };
    }
    return this.nameIndex;
  }

  /** Whether `name` is the name of one of the people. */
  isPerson(name: string): boolean {
    return this.nameTables.names.has(name);
  }

  /** Whether a person other than `name` has a name of two words or more ending with `name`'s last word (Katherine and Michael Jackson). */
  shared(name: string): boolean {
    const { names, lastWordCounts } = this.nameTables;
    const at = name.lastIndexOf(' ');
    const own = at >= 0 && names.has(name) ? 1 : 0;
    return (lastWordCounts.get(name.slice(at + 1)) ?? 0) - own > 0;
  }

  /**
   * Set where a pronoun's speaker is refused because fits turned the person down: the quotation names its speaker by
   * the pronoun, and no other reading (the quotation before, the sentence before) may give it one. Reset by the caller
   * for each quotation.
   */
  vetoed = false;

  /**
   * The people's surnames without their article ("Mr Mekdad" names "Faisal al-Mekdad") and before a generational suffix
   * ("Sheppard" of "Anthony Sheppard Sr"), made when first asked for.
   */
  get surnames(): readonly string[] {
    return (this.surnameList ??= this.people.map((p) => withoutArticle(lastName(p.name))));
  }

  /** Surname indices by their first three characters, and those shorter; made when first asked for. */
  private surnameIndex: { byPrefix: Map<string, number[]>; short: number[] } | null = null;

  /**
   * The indices (ascending) of the surnames found anywhere in `part`, as a test of `part.lastIndexOf(surname)` for
   * each would find them, but looked up by the three characters at each position of the phrase: the cost of a lookup
   * follows the phrase's length, not the number of people (a scan of every surname per quotation grew with
   * quotations × people on long texts).
   */
  surnamesIn(part: string): number[] {
    const surnames = this.surnames;
    if (this.surnameIndex === null) {
      const byPrefix = new Map<string, number[]>();
      const short: number[] = [];
      for (let k = 0; k < surnames.length; k++) {
        const s = surnames[k] as string;
        if (s.length < 3) short.push(k);
        else {
          const key = s.slice(0, 3);
          const list = byPrefix.get(key);
          if (list) list.push(k);
          else byPrefix.set(key, [k]);
        }
      }
      this.surnameIndex = { byPrefix, short };
    }
    const found = new Set<number>();
    for (const k of this.surnameIndex.short) if (part.includes(surnames[k] as string)) found.add(k);
    for (let i = 0; i + 3 <= part.length; i++) {
      const list = this.surnameIndex.byPrefix.get(part.slice(i, i + 3));
      if (list) for (const k of list) if (!found.has(k) && part.startsWith(surnames[k] as string, i)) found.add(k);
    }
    return [...found].sort((a, b) => a - b);
  }

  /** The person whose mention ending by `at` starts last (the first such in people and evidence order on a tie). */
  lastPersonBefore(at: number): string | null {
    if (this.mentions === null || at < this.lastAt) {
      if (this.mentions === null) {
        const mentions: Array<{ start: number; end: number; name: string; order: number }> = [];
        for (const p of this.people) for (const e of p.evidence) if (!inside(this.spans, e.start)) mentions.push({ start: e.start, end: e.end, name: p.name, order: mentions.length });
        this.mentions = mentions.sort((a, b) => a.end - b.end || a.order - b.order);
      }
      this.cursor = 0;
      this.best = null;
    }
    this.lastAt = at;
    const mentions = this.mentions;
    while (this.cursor < mentions.length && (mentions[this.cursor] as { end: number }).end <= at) {
      const m = mentions[this.cursor++] as { start: number; name: string; order: number };
      if (this.best === null || m.start > this.best.start || (m.start === this.best.start && m.order < this.best.order)) this.best = m;
    }
    return this.best?.name ?? null;
  }

  /**
   * The mentions ending by `at` that start in the sentence of the last one (sentenceStart from its start; with `quotes`,
   * a closing quote mark after a sentence end ends a sentence too), latest in mention order first, and the last person
   * named (lastPersonBefore). Mentions are sorted by their end, so they are the ones just below the cursor.
   */
  private lastSentence(at: number, quotes: boolean): { last: string | null; mentions: Array<{ start: number; end: number; name: string }> } {
    const last = this.lastPersonBefore(at);
    const best = this.best;
    const mentions = this.mentions;
    const found: Array<{ start: number; end: number; name: string }> = [];
    if (last === null || best === null || mentions === null) return { last, mentions: found };
    const from = sentenceStart(this.text, best.start, quotes);
    for (let k = this.cursor - 1; k >= 0; k--) {
      const m = mentions[k] as { start: number; end: number; name: string };
      if (m.end <= from) break;
      if (m.start >= from) found.push(m);
    }
    return { last, mentions: found };
  }

  /**
   * The person named first in the sentence of the last mention ending by `at`: the subject of the sentence before a
   * pronoun ("Dr Greenspan … owed to Smith. He said" is Greenspan, "Zimmerman said a funeral for De Guzman …. She
   * described" is Zimmerman), not the last person it names. The sentence is looked for at most SENTENCE_BACK
   * characters back.
   */
  firstPersonOfLastSentence(at: number): string | null {
    const { last, mentions } = this.lastSentence(at, true);
    let first: { start: number; name: string } | null = null;
    // Latest first: on a tie of starts, the earliest in mention order is met last and wins.
    for (const m of mentions) if (first === null || m.start <= first.start) first = m;
    // None when a pronoun stands before them there ("He suggested Lord Falconer had …": he is the subject).
    if (first !== null && this.afterPronoun(first)) return null;
    return first?.name ?? last;
  }

  /** Whether "he" or "she" stands before the mention `m` in its sentence: the pronoun is the subject there. */
  private afterPronoun(m: { start: number }): boolean {
    return /\b(?:he|she)\b/i.test(this.text.slice(sentenceStart(this.text, m.start, true), m.start));
  }

  /**
   * The person a pronoun after a quotation speaks for: in the sentence of the last mention before `at`, the last
   * person named right before a verb of saying ("Corbett said he and Barker were …. "…," he said" is Corbett, not
   * Barker); else the sentence's subject, the person named first in it, not in a possessive and with no pronoun before
   * them, when the pronoun may stand for them ("Mr Brown accused Oliver Letwin of …. Laying into … he said:" is Brown,
   * not Letwin; "Mr Brown met Ann Jones. "…," she said" is Jones); else the last person named
   * (lastPersonBefore).
   */
  sayerBefore(at: number, pronoun: string): string | null {
    const { last, mentions } = this.lastSentence(at, false);
    let sayer: { start: number; name: string } | null = null;
    let first: { start: number; name: string } | null = null;
    for (const m of mentions) {
      if ((sayer === null || m.start > sayer.start) && SAYER_AFTER.test(this.text.slice(m.end, m.end + 40))) sayer = m;
      // Not one in a possessive ("Wenger's counterpart Felix Magath").
      if ((first === null || m.start <= first.start) && !POSSESSIVE.test(this.text.slice(m.end, m.end + 1))) first = m;
    }
    if (sayer !== null) return sayer.name;
    if (first !== null && !this.afterPronoun(first) && this.fits(first.name, pronoun)) return first.name;
    return last;
  }
}

/** Whether `at` falls inside the span of `spans` (sorted by start) that starts last before it. */
function inside(spans: ReadonlyArray<[number, number]>, at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as [number, number])[0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (spans[lo - 1] as [number, number])[1] > at;
}

/** Genders a title gives the name after it (Speakers.fits). */
const MALE = 1;
const FEMALE = 2;
/** A title that tells a gender, and the capitalised words after it: "Mr Blair", "Ms Nicola Sturgeon", "Sir Alex Ferguson". */
const TITLED = /(?:(Mr|Sir|Lord(?![^\S\n]+(?:Mayor|Provost|Justice|Chief|Chancellor|Lieutenant)\b))|Mrs|Ms|Miss|Dame|Lady)\.?[^\S\n]+((?:\p{Lu}[\p{L}'’-]*[^\S\n]+){0,2}\p{Lu}[\p{L}'’-]*)/gu;

/** A verb of saying right after a name, "also", "has" or "had" between ("Corbett said", "Allen also said"). */
const SAYER_AFTER = new RegExp(`^\\s+(?:(?:also|has|had)\\s+)?${SAY}\\b`, 'iu');

/** How far back the sentence of a pronoun's antecedent is looked for. */
const SENTENCE_BACK = 400;

/**
 * The start of the sentence holding `at`, looked for at most SENTENCE_BACK characters back: after a line break, or
 * after white space that follows a period, question or exclamation mark, or (with `quotes`) a closing quote mark after
 * one or after a comma ("…name.' Simon").
 */
function sentenceStart(text: string, at: number, quotes: boolean): number {
  let from = at;
  const floor = Math.max(0, at - SENTENCE_BACK);
  while (from > floor) {
    const c = text.charCodeAt(from - 1);
    if (c === 0x0a) break;
    if (isSpace(c) && from >= 2 && (/[.!?]/.test(text[from - 2] as string) || (quotes && /[\u201d"'\u2019]/.test(text[from - 2] as string) && from >= 3 && /[.!?,]/.test(text[from - 3] as string)))) break;
    from--;
  }
  return from;
}

/**
 * An adverb that ends a speaker phrase, standing before the verb of saying ("the letter reportedly says", "police
 * initially said"). A list, not every word in -ly: "his family said", "a close ally said". The lookbehind starts a
 * match only at the first space of a run, so a long run of white space is crossed once, not once per space.
 */
const SPEAKER_ADVERB = /(?<!\s)\s+(?:also|later|then|earlier|separately|previously|reportedly|allegedly|apparently|initially|originally|quickly|playfully|repeatedly|publicly|privately|recently|briefly|simply|angrily|tearfully|calmly|quietly|firmly|flatly|bluntly|openly|jokingly|proudly|sadly)$/;

/** An aside set off by commas at the end of a speaker phrase ("Putin, however", "the ministry, for its part"). */
const SPEAKER_ASIDE = /,\s*(?:however|though|too|meanwhile|instead|in turn|in response|for (?:his|her|its|their) part)$/i;

/** A time phrase that opens a clause before its subject ("Last month", "Earlier this week", "On Monday,"). */
const LEADING_TIME =
  /^(?:(?:(?:last|this|next|earlier\s+this|later\s+this|on)\s+(?:week|month|year|night|weekend|morning|afternoon|evening|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday))|yesterday|today|tonight|earlier|later)(?:\s*,)?\s+/i;

/** A phrase that ends with its subject pronoun ("Later she", "though he"). */
const PRONOUN_LAST = /^[\p{L}\s,]{0,60}\s(?:he|she|they)$/iu;
/** Words no speaker phrase opens with: it is the end of a clause ("which would span four", "to the person who"). */
const CLAUSE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'to', 'though', 'although', 'but', 'by', 'or', 'if', 'then', 'when', 'that', 'needless', 'so', 'because']);
/** Longest speaker phrase in words; a longer one is the quotation's own text, read wrongly paired. */
const MAX_SPEAKER_WORDS = 8;

/**
 * Whether a phrase can name whoever speaks: not the words of a quotation (first or second person, a verb such as "is"
 * or "will"; quote marks paired wrongly hand those over), not the tail of a clause, not longer than a name with its
 * title.
 */
function isSpeakerPhrase(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (words.length > MAX_SPEAKER_WORDS || CLAUSE_OPENERS.has(words[0] as string)) return false;
  return !/\b(?:I|[Ww]e|[Yy]ou|me|us|[Mm]y|[Oo]ur|[Yy]our|is|are|was|were|will|would|could|can)\b/u.test(phrase);
}

/**
 * A speaker phrase turned into a person's full name when it names one, else the phrase without a leading "the" when
 * it can name a speaker at all (isSpeakerPhrase).
 */
function resolveSpeaker(phrase: string, speakers: Speakers, at: number): string | null {
  let text = phrase.trim();
  // "… he said. But a party spokeswoman": only the clause after the last sentence end names the speaker.
  // A sentence end is a period after a lower-case word or a word of five letters or more ("said.", "al-Assad."; not
  // "Gov." or "U.S."), or a question or exclamation mark. (The word is checked after the match: a pattern that tests
  // its case while matching backtracks over long runs of letters.) The clause starts after the white space that follows
  // the sentence end, a line break too ("… older women.\nHe added:").
  // Most phrases hold no period, question or exclamation mark, and are spared the expression.
  const end = /[.!?]/.test(text) ? SENTENCE_END.exec(text) : null;
  const word = end?.[1];
  if (end && (word === undefined || /^\p{Ll}+$/u.test(word) || (word.length >= 5 && /\p{Ll}$/u.test(word)))) text = text.slice(end.index).replace(/^\S*\s+/, '');
  const clean = text
    .trim()
    .replace(/^[”"’']\s*/, '')
    .replace(/^(?:and|but|while|as)\s+/i, '')
    // "Last month the tech firm announced": the time phrase that opens the clause is not part of the speaker.
    .replace(LEADING_TIME, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[,.]$/, '')
    // "Putin, however, said": a word set off by commas before the verb is not part of the speaker.
    .replace(SPEAKER_ASIDE, '')
    // "a source … reportedly said", "the survey also found": the adverb before the verb is not part of the speaker.
    .replace(SPEAKER_ADVERB, '')
    .replace(/(?<!\s)\s+(?:has|have|had)$/, '');
  // "… and said:" with no subject of its own: the speaker is not in the phrase.
  if (!clean || BODY_PRONOUN_RE.test(clean) || /^(?:and|but|or|while|as)$/i.test(clean)) return null;
  // "he said he was later told", "saying he did not see", "Later she said": a pronoun speaks for its subject.
  // A pronoun: the person who speaks in the sentence of the last mention, else the last person named (sayerBefore).
  // Not a person a title in the text gives the other gender ("…," she said after "Mr Ray" was named last).
  if (/^(?:he|she)(?:$|\s)/i.test(clean) || PRONOUN_LAST.test(clean)) {
    // "And she wept after Mr Reid told the hall:": a person named right before the verb speaks, not the pronoun.
    const named = /^(?:[Hh]e|[Ss]he)\s.*\p{Lu}[\p{L}'’-]+$/u.test(clean) && !SAY_WORD.test(clean) ? personNamed(clean, speakers) : null;
    if (named !== null) return named;
    const pronoun = /^(?:he|she)\b/i.exec(clean)?.[0] ?? /\S+$/.exec(clean)?.[0] ?? '';
    const who = speakers.sayerBefore(at, pronoun);
    if (who === null || speakers.fits(who, pronoun)) return who;
    // "Caroline Lucas welcomed Mr Blair's courage. But she added:": the subject of that sentence, when it fits.
    const first = speakers.firstPersonOfLastSentence(at);
    if (first !== null && speakers.fits(first, pronoun)) {
      speakers.vetoed = false;
      return first;
    }
    speakers.vetoed = true;
    return null;
  }
  const named = personNamed(clean, speakers);
  if (named !== null) return named;
  return isSpeakerPhrase(clean) ? clean : null;
}

/** A relative clause after a comma: what follows describes the speaker, it does not name them. */
const RELATIVE_CLAUSE = /,\s+(?:who|whose|whom|which)\s/;
/**
 * What follows a surname that does not end the name it stands in: a possessive ("Price's coach"), a letter ("Mayo" in
 * "Mayor") or, after the surname of a full name, a capitalised word not a weekday or a generational suffix ("Phoenix Fire Department";
 * not "Sheppard Sr"). Nor does
 * one count that follows a letter or a capitalised word and a hyphen ("Free" in "Valentine-Free"; "al-Assad" does).
 */
const POSSESSIVE = /^(?:['’]|\p{L})/u;
const NAME_GOES_ON = /^\s(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jr|Sr|Jnr)\b)\p{Lu}\p{Ll}/u;
/** A name: up to four capitalised words ("Marcus Webb", "Beilinda McNeil"). */
const NAME_WORDS = "(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*";
const NAME_ONLY = new RegExp(`^${NAME_WORDS}$`, 'u');

/**
 * Right before a surname that is no name of its own: a letter ("Mayor" holds "Mayo") or a capitalised word and a hyphen
 * ("Valentine-Free"; not "al-Assad"). The hyphen is matched before the look back, so no position scans a run of letters.
 */
const GLUED_BEFORE = /(?:\p{L}|-(?<=\p{Lu}\p{L}*-))$/u;

/**
 * The person a speaker phrase names, up to a relative clause ("Arne Friedrich, who played with Hitzlsperger"): looked
 * for in its head when that is a name, up to its first comma ("Mark Mackie, director of Regular Music"; not "When
 * Carson died, President Bush …"), then in the whole phrase
 * ("Tyshawn's mother, Karla Lee"). Of the people whose surname a part holds, not in a possessive ("Price's coach"), the
 * one whose surname stands last ("Mr Ebbers' lawyer Reid Weingarten", "Thierry Henry is ruled out but Cole"); of those
 * sharing that surname, one whose whole name the part holds ("Jessica Shelton" with "Tina Shelton" named first), the longest such ("Mark Short
 * Sr" with "Mark Short" named).
 */
function personNamed(whole: string, speakers: Speakers): string | null {
  const relative = whole.search(RELATIVE_CLAUSE);
  const phrase = relative > 0 ? whole.slice(0, relative) : whole;
  const surnames = speakers.surnames;
  const head = phrase.slice(0, phrase.indexOf(',') >>> 0);
  for (const part of NAME_ONLY.test(head) ? [head, phrase] : [phrase]) {
    let best: string | null = null;
    let bestAt = -1;
    let bestWhole = false;
    // Only the surnames the part holds (most are not in it: nothing is computed for them), in people order.
    for (const k of speakers.surnamesIn(part)) {
      const surname = surnames[k] as string;
      const at = part.lastIndexOf(surname);
      if (at < bestAt) continue;
      const name = (speakers.people[k] as Person).name;
      const next = part.slice(at + surname.length, at + surname.length + 12);
      if (POSSESSIVE.test(next) || GLUED_BEFORE.test(part.slice(Math.max(0, at - 24), at)) || (name !== surname && NAME_GOES_ON.test(next))) continue;
      const hasWhole = part.includes(name);
      if (at > bestAt || (hasWhole && (!bestWhole || name.length > (best as string).length))) {
        best = name;
        bestAt = at;
        bestWhole = hasWhole;
      }
    }
    if (best !== null) return best;
  }
  return null;
}

/** The last position from `from` down to just above `floor` that holds neither a space nor a line break (`floor` if none). */
function lastNonSpace(text: string, from: number, floor: number): number {
  let k = from;
  while (k > floor && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x0a)) k--;
  return k;
}

/**
 * A whole sentence that only attributes the quotation before it: a name or pronoun and a verb of saying, or the verb and
 * a name, with a short time or place phrase ("We won." Smith said. / He said on Monday.).
 */
const SAID_SENTENCE = new RegExp(`^\\s+(?:${NAME_WORDS}\\s+(?:also\\s+)?${SAY}|${SAY}\\s+${NAME_WORDS})(?:\\s+(?:on|in|at|last|this|yesterday|today|earlier|later)\\b[^.!?\\n"“”]{0,30})?\\.(?:\\s|$)`, 'u');

/**
 * Where the attribution after the quotation `[start, end)` (end past its closing mark) may be read, or null: at `end`
 * when the quotation ends with a comma, "?" or "!", or a comma follows. The other shapes are `named`, read only when
 * the attribution names its speaker (a pronoun there was read wrongly too often): a comma, "?" or "!" before a
 * closing single mark ("…'run,'" Morris said); a comma after white space ("…" , Smith said); a bare quotation that
 * opens a sentence, is no title and hands over to "Smith said" right after its mark; a sentence end followed by a
 * sentence that only attributes it (SAID_SENTENCE).
 */
function handOver(text: string, start: number, end: number): { at: number; named: boolean } | null {
  let k = lastNonSpace(text, end - 2, start);
  let c = text.charCodeAt(k);
  if ((k > start && (c === 0x2c || c === 0x21 || c === 0x3f)) || text.charCodeAt(end) === 0x2c) return { at: end, named: false };
  if ((c === 0x27 || c === 0x2019) && k > start + 1) c = text.charCodeAt((k = lastNonSpace(text, k - 1, start)));
  const after = text.slice(end, end + 120);
  const comma = /^\s+,/.exec(after);
  // Read from the comma, as after a quotation the comma follows at once.
  if (comma) return { at: end + comma[0].length - 1, named: true };
  if (k <= start) return null;
  if (c === 0x2c || c === 0x21 || c === 0x3f || (c === 0x2e && SAID_SENTENCE.test(after))) return { at: end, named: true };
  // A bare one only when it opens a sentence and is no title: in running text, or shaped as a title, it is a name or a
  // scare phrase ("the "Big Four" said", ""The Situation" told a photographer").
  const b = lastNonSpace(text, start - 1, -1);
  if (!/[\p{L}\p{N}]/u.test(text[k] as string) || (b >= 0 && !/[.!?"”]/.test(text[b] as string))) return null;
  return ATTRIBUTION_AFTER.test(after) && !isNotSpeech(text.slice(start + 1, k + 1)) ? { at: end, named: true } : null;
}

/**
 * Whether text before a quote can end an attribution (BEFORE_RE, APPOSITIVE_RE), by its last character other than white
 * space, code `c`: a letter, a digit, a colon, a comma or a period ("… said:", "… told TYC Sports.").
 */
function mayEndAttribution(c: number): boolean {
  return c === 0x3a || c === 0x2c || c === 0x2e || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c > 0x7f;
}

function speakerOf(doc: Doc, start: number, end: number, speakers: Speakers): string | null {
  const s = speakerAfter(doc, start, end, speakers, true);
  if (s) return s;
  const k = lastNonSpace(doc.text, start - 1, -1);
  if (!mayEndAttribution(doc.text.charCodeAt(k))) return null;
  const window = doc.text.slice(Math.max(0, start - 160), start);
  const bounds = attributionBounds(window);
  if (bounds === null) return null;
  // A quick test that spares most quotations both expressions (after attributionBounds, which rules out more for
  // less): the verb of saying stands within the last two words and a connective, and a hundred characters hold it.
  if (!SAY_WORD.test(doc.text.slice(Math.max(0, k - 100), k + 1))) return null;
  // Both expressions search from the first position a match can start at: the same match, fewer places tried.
  BEFORE_RE.lastIndex = bounds.before;
  const before = BEFORE_RE.exec(window);
  const speaker = before?.[1] ? resolveSpeaker(before[1], speakers, start) : null;
  if (speaker !== null) return speaker;
  APPOSITIVE_RE.lastIndex = bounds.appositive;
  const appositive = APPOSITIVE_RE.exec(window);
  const byAppositive = appositive?.[1] ? resolveSpeaker(appositive[1], speakers, start) : null;
  // "Ms Dunwoody, who chairs the committee, says:": read as reported speech, the relative clause left out.
  if (byAppositive !== null) return byAppositive;
  // Looked for in the window only: a search back through the whole text made many quotations quadratic.
  return doc.text.slice(Math.max(0, start - REPORTED_WINDOW + 1), start).includes(', who') ? reportedSpeaker(doc, start, 0, speakers) : null;
}


/**
 * The speaker named in the attribution right after a quotation ("…," he said; "…," said Kenneth Stancil; with
 * `according`, also "…," according to X). It is read only where handOver finds the quotation handing over to it.
 */
function speakerAfter(doc: Doc, start: number, end: number, speakers: Speakers, according: boolean): string | null {
  const handed = handOver(doc.text, start, end);
  if (handed === null) return null;
  const { at, named } = handed;
  const after = AFTER_RE.exec(doc.text.slice(at, at + 120));
  // The appositive shape only after a quotation that hands over with a comma: after "?" or "!" a capital opens a new
  // sentence as often as an attribution ("…?" His assistant, Alice Marchak, said that …).
  if (!after) return doc.text.charCodeAt(end - 2) === 0x2c || doc.text.charCodeAt(at) === 0x2c ? appositiveAfter(doc.text.slice(at, at + 220), speakers, start) : null;
  if (/^\s*(?:and|but|while|as|or)\b/i.test(after[3] ?? '')) return null;
  let phrase = after[1] ?? after[2] ?? after[3] ?? (according ? after[4] : undefined);
  if (named && (after[1] !== undefined || /\b(?:he|she)$/i.test(phrase ?? ''))) return null;
  // "said Mr Hellewell. Evans has taken …": the name ends at a sentence end (NAME_SENTENCE_END).
  const stop = after[2] !== undefined ? NAME_SENTENCE_END.exec(after[2]) : null;
  if (stop) phrase = (after[2] as string).slice(0, stop.index + stop[0].indexOf('.'));
  // "…," said Dean of Students James Bacote: the phrase stops before "of"; the name after the body it heads speaks.
  if (after[2] !== undefined && !stop) {
    const from = at + after.index + after[0].length;
    const of = OF_NAME.exec(doc.text.slice(from, from + 100));
    // Only when the phrase names nobody itself ("said Jamie Graham of Total Film" stays Jamie Graham), and is a title
    // of capitalised words ("a friend of Michael Turner" is not Michael Turner).
    const named = of && TITLE_PHRASE.test(phrase as string) && personNamed(phrase as string, speakers) === null ? personNamed(`${phrase} ${of[1] as string}`, speakers) : null;
    if (named !== null) return named;
  }
  // "…," said McNeil's mother, Beilinda McNeil: the name after a relation.
  if (after[2] !== undefined && /\p{L}['’]s?\s/u.test(after[2])) {
    const rest = doc.text.slice(at + after.index + after[0].length, at + after.index + after[0].length + 60);
    const name = RELATION_NAME.exec(rest);
    if (name) phrase = name[1];
  }
  return phrase ? resolveSpeaker(phrase, speakers, start) : null;
}

/**
 * A sentence end inside the name after "said": a period and white space after a word in lower case or a word of five
 * letters or more ("Mr Hellewell. Evans"; not "Sgt.", "Capt.", "U.S."), or a period glued to the next sentence
 * ("Margaret Mims.Lucas died").
 */
const NAME_SENTENCE_END = /(?:\b\p{Ll}{2,}|\p{L}{4}\p{Ll})\.\s|\p{Ll}{2}\.(?=\p{Lu}\p{Ll})/u;
/** A title before an "of" phrase: capitalised words, after "the" or a word such as "former" ("former Mayor", "Dean"). */
const TITLE_PHRASE = /^(?:(?:the|former|deputy|acting|interim)\s+)*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u;
/** An "of" phrase of capitalised words after a title: " of Students James Bacote", " of the Rocky Mountains President …". */
const OF_NAME = /^\s+(of\s+(?:the\s+)?(?:(?:\p{Lu}(?:\.|[\p{L}'’-]*)|and)\s+){0,8}\p{Lu}[\p{L}'’-]*)(?=[,.;]|\s+\p{Ll}|\s*$)/u;
/** A name after the comma that closes a relation ("said McNeil's mother, Beilinda McNeil."). */
const RELATION_NAME = new RegExp(`^,\\s+(${NAME_WORDS})(?=[,.;]|\\s*$)`, 'u');

/**
 * An attribution after a quotation with an appositive between the name and the verb: "…," Karla Lee, the boy's mother,
 * said; "…," the boy's mother, Karla Lee, told WAFB; "…," Donald Reed, 52, said; "…," Clara Young, who was hit in the
 * arm, said. The first part names the speaker, unless it is a relation ("the boy's mother", "a family friend") and the
 * second is a name.
 */
const APPOSITIVE_AFTER = new RegExp(`^[,.!?]?[”"’]?\\s*((?:${W}\\s){0,5}${W}),\\s+([^!?;:"“”\\n]{1,100}?),?\\s+(?:has\\s+|had\\s+)?(?:also\\s+)?${SAY}\\b`, 'u');
/** How the first part of an appositive after a quotation opens: a capital (not a pronoun) or a determiner. */
const APPOSITIVE_OPENER = /^(?:(?!(?:He|She|They|It|And|But|Or|While|As|Then)\s)\p{Lu}|(?:a|an|the|his|her|their)\s)/u;
/** A part of an appositive that names nobody: an age, or a relative clause. */
const NOT_A_NAME = /^(?:\d+|(?:who|whose|which)\b)/u;

function appositiveAfter(after: string, speakers: Speakers, at: number): string | null {
  // Most attributions hold no comma before the verb: spare them the expression.
  const comma = after.indexOf(',', 2);
  if (comma < 0 || comma > 60) return null;
  const m = APPOSITIVE_AFTER.exec(after);
  // Within the paragraph, and with no sentence end inside ("…," not a member, of the group. Cops said).
  if (!m || m[0].includes('\n') || /\p{Ll}{2}\.\s/u.test(m[0])) return null;
  const first = m[1] as string;
  const second = (m[2] as string).split(',')[0]?.trim() ?? '';
  // The first part opens with a capital or a determiner: not a phrase of the sentence ("…," without using drugs, she
  // said), nor an age or a pronoun.
  if (!APPOSITIVE_OPENER.test(first) || /^(?:he|she|they|it)$/i.test(second) || SAY_WORD.test(first) || SAY_WORD.test(m[2] as string)) return null;
  // A relation: a possessive ("Tyshawn's mother"), or words in lower case only ("a family friend").
  const relation = /\p{L}['’]s?\s/u.test(first) || !/\p{Lu}/u.test(first);
  const pick = relation && NAME_ONLY.test(second) && !NOT_A_NAME.test(second) ? second : first;
  return resolveSpeaker(pick, speakers, at);
}

/**
 * Whether a short quotation reads as speech: it ends with its own punctuation inside the quote marks and hands over
 * to "he said" or "said X" ("Yes, sir," he said; "Just do it." said Caleb). A short quotation in running text
 * ("called the plan "brutal"", told ABC's "This Week."), or a name or title, does not.
 */
function shortSpeechSpeaker(doc: Doc, start: number, end: number, speakers: Speakers): string | null {
  const last = doc.text.charCodeAt(end - 2);
  // , . ! ?
  if (last !== 0x2c && last !== 0x2e && last !== 0x21 && last !== 0x3f) return null;
  return speakerAfter(doc, start, end, speakers, false);
}

/** Whether code unit `c` is white space (`/\s/`). */
function isSpace(c: number): boolean {
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : /\s/.test(String.fromCharCode(c));
}

/**
 * Where BEFORE_RE and APPOSITIVE_RE may start matching in `window`, or null when neither can match. Both end with
 * ATTRIBUTION_TAIL, which starts a chunk (a run of non-white-space) among the last TAIL_CHUNKS: without it there,
 * neither matches. Every other part of them is a word or a chunk of its own, so a match starts at most BEFORE_CHUNKS
 * or APPOSITIVE_CHUNKS chunks before the last chunk the tail can start at.
 */
function attributionBounds(window: string): { before: number; appositive: number } | null {
  /** The start of each chunk from the end: `starts[n]` is the n-th last one's (`starts[0]`, the end, is unused). */
  const starts: number[] = [window.length];
  let verb = 0;
  let k = window.length;
  while (k > 0 && isSpace(window.charCodeAt(k - 1))) k--;
  while (k > 0 && starts.length <= TAIL_CHUNKS + BEFORE_CHUNKS) {
    while (k > 0 && !isSpace(window.charCodeAt(k - 1))) k--;
    starts.push(k);
    if (starts.length - 1 <= TAIL_CHUNKS) {
      ATTRIBUTION_TAIL.lastIndex = k;
      if (ATTRIBUTION_TAIL.test(window)) verb = starts.length - 1;
    } else if (verb === 0) return null;
    while (k > 0 && isSpace(window.charCodeAt(k - 1))) k--;
  }
  if (verb === 0) return null;
  return { before: starts[verb + BEFORE_CHUNKS] ?? 0, appositive: starts[verb + APPOSITIVE_CHUNKS] ?? 0 };
}

/** The longest text between a quote and the next one that may still hand its speaker on: one attribution sentence. */
const ATTRIBUTION_GAP = 200;
/** The gap after a quote that is only its attribution, up to the next sentence: `, said X, who …. ` or ` X told CNN. `. */
const ATTRIBUTION_ONLY = new RegExp(`^[^.!?]{0,${ATTRIBUTION_GAP}}\\b${SAY}\\b[^.!?]*[.!?]\\s+$`, 'iu');
/** A speech verb anywhere in a text. */
const SAY_WORD = new RegExp(`\\b${SAY}\\b`, 'iu');
/**
 * The subject of a reported-speech sentence a partial quotation stands in ("Mr Blair said the families deserved "to
 * be exonerated"", "Overall, B&B said that "…""): up to eight words from the sentence start, after an opening word and
 * its comma, with an appositive allowed ("Marcus Muhammad, the mayor, said he was sending "…""), then the verb.
 */
const REPORTED_RE = new RegExp(`^(?:\\p{L}+,\\s+)?((?:${W},?\\s+){1,8}?)(?:has\\s+|have\\s+|had\\s+)?(?:also\\s+)?${SAY}\\b`, 'iu');
/** An opening phrase, not a subject: a preposition, an adverb of time or a participle ("In a statement", "Pressed on"). */
const REPORTED_OPENER = /^(?:in|on|at|of|from|for|with|after|before|during|following|now|however|meanwhile|overall|asked)\b/iu;
/**
 * A participle that opens the sentence: alone before its comma or before a word in lower case ("Pressed on the issue",
 * "Speaking to reporters"); a name in -ed or -ing is followed by a capital or by the verb ("Ahmed Shah said", "Manning
 * said").
 */
const PARTICIPLE_OPENER = /^\p{L}+(?:ing|ed)(?:\s+\p{Ll}|$)/u;
/** A participle phrase, never a subject, wherever it stands ("Speaking to reporters"). */
const PARTICIPLE_PHRASE = /^\p{L}+(?:ing|ed)\s+\p{Ll}/u;
/** Words that make the verb negative or the phrase a clause ("the office has not said"). */
const REPORTED_NOT = new Set(['not', 'never', 'no', 'nor']);
/** A subject that is a common noun of someone named after it ("mother of Jim Baker", "lawyer for Tom Gray"). */
const REPORTED_HEAD_OF = /^\p{Ll}[\p{L}'\u2019-]*(?:\s+\p{Ll}[\p{L}'\u2019-]*){0,2}\s+(?:of|for|to|with|against|by)\s+\p{Lu}/u;
/** A relative clause between the subject and the verb of a reported-speech sentence. */
const REPORTED_RELATIVE = new RegExp(`^([^,"“”]{1,80}),\\s+(?:who|whose)\\s[^"“”]{3,170}?,\\s+(?=(?:has\\s+|had\\s+)?(?:also\\s+)?${SAY}\\b)`, 'u');
/** How far back a partial quotation's sentence is looked for. */
const REPORTED_WINDOW = 240;

/**
 * The speaker of a partial quotation inside reported speech: the subject of "said" (or another verb of saying) that
 * opens the quotation's sentence, read only when that sentence holds the verb before the quotation.
 */
function reportedSpeaker(doc: Doc, start: number, floor: number, speakers: Speakers): string | null {
  const from = Math.max(0, floor, start - REPORTED_WINDOW);
  const before = doc.text.slice(from, start);
  if (!SAY_WORD.test(before)) return null;
  // The sentence start: after the last period, question or exclamation mark (and a closing quote mark) and white
  // space, or a paragraph break; none in the window when the sentence opens before it: not read.
  let k = before.length - 1;
  while (k > 0) {
    const c = before.charCodeAt(k - 1);
    if (c === 0x0a) break;
    if (isSpace(before.charCodeAt(k)) && (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x22 || c === 0x201d)) break;
    k--;
  }
  // A window that starts at the end of the quotation before, closed by a sentence end ("…out." Mr Hasson said …):
  // the sentence starts there.
  const afterQuote = k <= 0 && from > 0;
  if (afterQuote && !(from === floor && /[.!?]["”’']$/.test(doc.text.slice(from - 2, from)))) return null;
  // "Marlene Ebanks, who has lived there for years, said she …": the relative clause left out.
  const sentence = before.slice(k).trimStart();
  const m = REPORTED_RE.exec(sentence.includes(', who') ? sentence.replace(REPORTED_RELATIVE, '$1 ') : sentence);
  if (!m?.[1]) return null;
  // "Marcus Muhammad, the mayor, said": the name before the appositive; "In a statement, the club said", "Pressed
  // on the issue, he said": the subject after the opening phrase.
  const parts = m[1].split(',').map((p) => p.trim()).filter((p) => p !== '');
  const first = parts[0] ?? '';
  const phrase = (REPORTED_OPENER.test(first) || PARTICIPLE_OPENER.test(first) ? parts[parts.length - 1] : first) as string;
  const words = phrase.split(/\s+/);
  // "The mother of Jim Baker said", "A lawyer for Tom Gray said": the person named after the head noun did not speak
  // (a spokesman for a person speaks for them).
  if (REPORTED_HEAD_OF.test(phrase.replace(/^(?:the|a|an)\s+/i, '')) && !/^(?:(?:the|a|an)\s+)?spokes/i.test(phrase)) return null;
  // "having said that": a participle in lower case or a form of "have" or "be" is no name.
  if (/^\p{Ll}+(?:ing|ed)$/u.test(phrase) || /^(?:having|being)$/i.test(phrase)) return null;
  if (REPORTED_OPENER.test(phrase) || PARTICIPLE_PHRASE.test(phrase) || words.some((w) => CLAUSE_OPENERS.has(w.toLowerCase()) || REPORTED_NOT.has(w.toLowerCase()))) return null;
  // A pronoun speaks for the person named first in the last sentence naming one before its own (the subject there),
  // not for one named between it and the quotation.
  // Not after a quotation, though: the sentence before is the quotation's, and the people it names did not speak.
  if (afterQuote && /^(?:(?:and|but|so)\s+)?(?:he|she)\b/i.test(phrase)) return null;
  if (/^(?:he|she)$/i.test(phrase)) {
    const who = speakers.firstPersonOfLastSentence(from + k);
    if (who === null) return null;
    if (speakers.fits(who, phrase)) return who;
    speakers.vetoed = true;
    return null;
  }
  return resolveSpeaker(phrase, speakers, from + k);
}

/**
 * The speaker of a quotation that opens a sentence, from the sentence before it when that reports someone's speech
 * (reportedSpeaker) and names a person: "Mr Cartagena said the industry expects investment. "With these
 * investments, …"". Not read across an earlier quotation (`floor`).
 */
function previousSentenceSpeaker(doc: Doc, start: number, floor: number, speakers: Speakers): string | null {
  const text = doc.text;
  let k = start - 1;
  while (k > floor && isSpace(text.charCodeAt(k))) k--;
  let c = text.charCodeAt(k);
  // The sentence before may close with a quote mark after its period ("… their "future trust".").
  if ((c === 0x22 || c === 0x201d) && k - 1 > floor) c = text.charCodeAt(--k);
  if (c !== 0x2e && c !== 0x21 && c !== 0x3f) return null;
  // Only a person: a body or a group ("Police say …", "Witnesses told …") speaks through many voices.
  const speaker = reportedSpeaker(doc, k, floor, speakers);
  return speaker !== null && speakers.isPerson(speaker) ? speaker : null;
}

/**
 * A participle of saying that ends the clause before a quotation: ", saying:", ", adding:", ", telling reporters:".
 * Read only after a comma: "…, saying:" hands the quotation to the subject of the sentence.
 */
const PARTICIPLE_TAIL = /,\s+(?:also\s+)?(?:saying|adding|telling\s[^,.;:!?"“”\n]{1,40}?|writing|declaring|insisting|warning|explaining)\s*[:,]?\s*$/uy;
/** A sentence end: a period, question or exclamation mark, a closing quote mark after one, then white space; or a line break. */
const SENTENCE_BREAK = /(?:[.!?]["”’']?\s|\n)(?=\s*["“]?\p{Lu})/gu;
/** What may open a sentence before its subject: a connective or a time adverb ("But", "However,", "Earlier"). */
const SUBJECT_OPENER = /^(?:but|and|however|earlier|later|meanwhile|yet|so|now|then|still|instead)\b,?\s+/iu;
/** A subordinate clause or a phrase before the subject ("After Smith left", "When", "In a statement"). */
const SUBORDINATE_OPENER = /^(?:after|when|while|because|since|as|if|although|though|before|until|once|in|on|at|during|with|without|despite|for|from|following|like|unlike|by)\b/iu;
/** Words in lower case a subject may hold before a name besides titles and their modifiers (TITLE_WORD: "Tory leader", "former coach"). */
const SUBJECT_WORDS = new Set(['the', 'his', 'her', 'their', 'its', 'boss', 'star']);

/**
 * The speaker of a quotation after a participle of saying ("Mr Botin greeted the media, saying: "…""; "Davenport paid
 * tribute to Williams, adding: "…""): the person the sentence's subject names. The subject is the sentence's opening
 * run of capitalised words and titles in lower case (after a connective), with a relative clause or an appositive
 * after a comma, and a verb in lower case must follow it. Only a person: "The band thanked …, adding:" has none.
 */
function participleSpeaker(doc: Doc, start: number, floor: number, speakers: Speakers): string | null {
  const text = doc.text;
  const from = Math.max(0, start - REPORTED_WINDOW);
  const before = text.slice(from, start);
  // The tail opens at one of the last two commas (the second when it ends with one: ", saying, "): tried there only.
  let comma = before.lastIndexOf(',');
  let tail: RegExpExecArray | null = null;
  for (let n = 0; n < 2 && comma >= 0 && comma > before.length - 70 && tail === null; n++, comma = before.lastIndexOf(',', comma - 1)) {
    PARTICIPLE_TAIL.lastIndex = comma;
    tail = PARTICIPLE_TAIL.exec(before);
  }
  if (!tail) return null;
  let s = -1;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(before); m !== null && m.index < tail.index; m = SENTENCE_BREAK.exec(before)) s = m.index + m[0].length;
  if (s < 0 && from > 0) return null;
  let sentence = before.slice(Math.max(s, 0), tail.index).trimStart();
  // "…," Smith said, adding: the quotation before opens the sentence; its subject follows it.
  if (/^["“]/.test(sentence)) {
    if (floor <= from + s || floor > from + tail.index) return null;
    sentence = text.slice(floor, from + tail.index).replace(/^[,\s]+/, '');
  }
  sentence = sentence.replace(SUBJECT_OPENER, '');
  // "After Smith left the room, Jones turned to reporters, adding:": a clause before the subject; not read.
  if (SUBORDINATE_OPENER.test(sentence)) return null;
  const words = sentence.split(/\s+/);
  let n = 0;
  let subject = '';
  for (; n < words.length && n < 8; n++) {
    const w = words[n] as string;
    const bareWord = w.replace(/,$/, '');
    if (!/^\p{Lu}/u.test(bareWord) && !TITLE_WORD.has(bareWord.toLowerCase()) && !SUBJECT_WORDS.has(bareWord.toLowerCase())) break;
    subject += (subject ? ' ' : '') + bareWord;
    if (w.endsWith(',')) {
      // An appositive or a relative clause up to the next comma, then the verb.
      const rest = words.slice(n + 1).join(' ');
      const close = rest.indexOf(', ');
      if (close < 0 || close > 150 || /["“”]/.test(rest.slice(0, close))) return null;
      words.splice(n + 1, rest.slice(0, close + 1).split(/\s+/).length);
      n++;
      break;
    }
  }
  // The subject ends with a name and a verb in lower case follows it.
  if (subject === '' || !/\p{Lu}[\p{L}'’.-]*$/u.test(subject) || n >= words.length || !/^\p{Ll}/u.test(words[n] as string)) return null;
  const named = personNamed(subject, speakers);
  // A surname alone that two people share ("Taylor" with Tanisha and Jaleel Taylor named) names neither for sure.
  if (named === null || subject.includes(named)) return named;
  return speakers.shared(named) ? null : named;
}

/**
 * A transcript's speaker label right before a quotation, opening a sentence or a line: "Dispatcher: "…"", "Friend of
 * victim: "…"". One to four words, the first capitalised and not all in capitals ("NOW:", "EXPERT VERDICT:" head items).
 */
const LABEL = /(?:^|\n|[.!?\u2026]["”’']?\s+|["”]\s+)((?![\p{Lu}\s]+:)\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}):\s*$/u;

/**
 * Labels that name no speaker: a possessive or a verb of writing ("Brown's message:", "The sign read:") and headings
 * ("Update:", "Correction:", "Editor's note:").
 */
const NOT_A_LABEL = /['’]s\b|\b(?:read|reads|wrote|writes|tweeted|posted)$|^(?:update|updated|correction|note|source|photo|related|watch|breaking|warning|caption|read more|see also)$/iu;

/** The label before the quotation at `start` (LABEL), or null; spared the expression unless a colon comes right before. */
function transcriptLabel(text: string, start: number): string | null {
  const k = lastNonSpace(text, start - 1, -1);
  if (text.charCodeAt(k) !== 0x3a) return null;
  const m = LABEL.exec(text.slice(Math.max(0, k - 50), k + 1));
  return m && !SAY_WORD.test(m[1] as string) && !NOT_A_LABEL.test(m[1] as string) ? (m[1] as string) : null;
}

/** Most words a quoted title or scare phrase has ("The Thrill Is Gone", "off the grid"). */
const TITLE_WORDS = 8;

/**
 * Whether a quotation nobody is said to speak reads as a title or a scare phrase rather than speech: every word of
 * four letters or more capitalised ("Toast of the Town", "American Pie"), or a few words opening in lower case that do
 * not end a sentence ("personal development", "off the grid").
 */
function isNotSpeech(text: string): boolean {
  const trimmed = text.trim();
  // More than TITLE_WORDS words: speech. They are counted by the runs of white space between them, so a long
  // quotation is never split.
  if (whiteRuns(trimmed, TITLE_WORDS) >= TITLE_WORDS) return false;
  const words = trimmed.split(/\s+/);
  if (/^\p{Ll}/u.test(words[0] as string)) return words.length <= 4 && !/[.!?]$/.test(trimmed);
  return words.every((w) => !/^[\p{L}'’-]{4,}/u.test(w) || /^\p{Lu}/u.test(w));
}

/** The number of runs of white space in `text`, counted up to `max`. */
function whiteRuns(text: string, max: number): number {
  let runs = 0;
  let inRun = false;
  for (let k = 0; k < text.length && runs < max; k++) {
    const space = isSpace(text.charCodeAt(k));
    if (space && !inRun) runs++;
    inRun = space;
  }
  return runs;
}

/**
 * Quotations with their speakers, resolved from "X said", "according to X" or the attribution before the quote, with
 * an appositive ("…," Karla Lee, the boy's mother, said: appositiveAfter) or a relative clause ("Ms Dunwoody, who
 * chairs the committee, says:": read as reported speech) between name and verb. A speaker phrase names the person whose surname
 * stands last in it, never one named in a possessive (personNamed); a pronoun speaks for the person who speaks in the
 * sentence before (Speakers.sayerBefore), unless a title in the text gives that person the other gender (Speakers.fits:
 * then the quotation has no speaker). After a participle of saying ("Mr Botin greeted the media, saying:") the subject
 * of the sentence speaks (participleSpeaker). In a transcript (two quotations or more after a label such as "Caller:"), the
 * label names the speaker of a quotation that has none (transcriptLabel). A short one (under MIN_QUOTE characters, or one word) is kept only in the
 * shape of speech, with its speaker named right after it. A quotation with no speaker continues the one before it when
 * only a short gap separates them ("Yes," Stancil said. "But …"), takes the person whose speech the sentence before
 * reports (previousSentenceSpeaker: Mr Straw said …. "That is the key choice."), or else continues the one before
 * across that one's attribution sentence; one that is still unattributed and reads as a title or a scare phrase is left
 * out. A kept quotation with no attribution of its own that stands in a reported-speech sentence takes that sentence's
 * subject (reportedSpeaker: Mr Blair said the families deserved "to be exonerated").
 */
export function extractQuotes(doc: Doc, people: readonly Person[]): Facts['quotes'] {
  const quotes: Facts['quotes'] = [];
  let previousEnd = -1;
  const doubles = quoteSpans(doc.text);
  const singles = singleQuoteSpans(doc.text, doubles);
  const spans = singles.length === 0 ? doubles : [...doubles, ...singles].sort((a, b) => a[0] - b[0]);
  const speakers = new Speakers(people, doc.text, spans);
  // A transcript: two quotations or more after a speaker's label ("Dispatcher: "…" Caller: "…""). One label alone may be
  // a heading ("Warning: "…"").
  let labels = 0;
  for (const [start] of spans) if (transcriptLabel(doc.text, start) !== null && ++labels > 1) break;
  for (const [start, end] of spans) {
    // The comma that hands over to the attribution ("This is terror," he said) is not part of the quotation.
    let inner = end - 1;
    while (inner > start + 1 && (doc.text[inner - 1] === ',' || doc.text[inner - 1] === ' ')) inner--;
    const text = doc.text.slice(start + 1, inner);
    const trimmed = text.trim();
    // A short quotation ("Yes," he said) is speech only in the shape of speech (shortSpeechSpeaker); otherwise it is
    // mostly a scare word, a word borrowed from a speaker, or a name ("so-called "experts"", "This Week").
    const short = trimmed.length < MIN_QUOTE || !/\s/.test(trimmed);
    speakers.vetoed = false;
    let speaker = short ? shortSpeechSpeaker(doc, start, end, speakers) : speakerOf(doc, start, end, speakers);
    if (short && (speaker === null || !/[\p{L}\p{N}]/u.test(trimmed))) continue;
    const last = quotes[quotes.length - 1];
    if (speaker === null && !speakers.vetoed) {
      const gap = last ? start - previousEnd : Infinity;
      const between = gap <= ATTRIBUTION_GAP ? doc.text.slice(previousEnd, start) : '';
      // "We will fight," he said, "to the end": the rest of a quotation split by its attribution.
      const split = gap <= CONTINUATION_GAP && SAY_WORD.test(between);
      if (isNotSpeech(text) && !split) continue;
      // "Caller: "…"": the label in a transcript.
      const label = labels > 1 ? transcriptLabel(doc.text, start) : null;
      if (label !== null) speaker = resolveSpeaker(label, speakers, start);
      // A partial quotation in reported speech: the sentence's subject said it.
      if (speaker === null) speaker = reportedSpeaker(doc, start, previousEnd, speakers);
      // "Mr Botin greeted the media, saying: "…"": the subject of the sentence.
      if (speaker === null && !short) speaker = participleSpeaker(doc, start, previousEnd, speakers);
      // Not in a transcript after a colon: a label the expression does not read ("Anita Barley, Jonah's mother:") hands
      // over to someone else.
      const relabelled = labels > 1 && doc.text.charCodeAt(lastNonSpace(doc.text, start - 1, -1)) === 0x3a;
      if (speaker === null && last && gap <= CONTINUATION_GAP && !relabelled) speaker = last.speaker;
      // A whole sentence quoted after the reported speech of its speaker: Mr Straw told activists that …. "That is the
      // key choice." Read before the attribution sentence of the quotation before is taken for this one's.
      if (speaker === null && !short && /^\s*\p{Lu}/u.test(text)) speaker = previousSentenceSpeaker(doc, start, previousEnd, speakers);
      if (speaker === null && last && last.speaker !== null && ATTRIBUTION_ONLY.test(between)) speaker = last.speaker;
    }
    quotes.push({ speaker, text, start: start + 1, end: inner });
    previousEnd = end;
  }
  return quotes;
}
