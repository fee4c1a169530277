import { attach, attached } from '../attach.ts';
import type { WordSpan } from '../types.ts';
import { STOP_WORDS } from '../lexicon/stopwords.ts';

/** A token with its offsets in the string it came from. */
export type TokenSpan = WordSpan;

/** Character classes of non-ASCII code units, filled on first sight: 0 unknown, 1 letter or mark, 2 digit, 3 other. */
const WIDE_CLASS = new Uint8Array(0x10000);
const LETTER_RE = /[\p{L}\p{M}]/u;
const DIGIT_RE = /\p{N}/u;

/** 1 for a letter or combining mark, 2 for a digit, 0 otherwise (a lone surrogate half is neither). */
function wideClass(code: number): number {
  let k = WIDE_CLASS[code] as number;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = LETTER_RE.test(ch) ? 1 : DIGIT_RE.test(ch) ? 2 : 3;
    WIDE_CLASS[code] = k;
  }
  return k === 3 ? 0 : k;
}

/** Whether the code unit `code` may join two runs of class `kind` ("don't", "ex-Soviet", "U.S", "5,000", "3:30"). */
function joins(kind: number, code: number): boolean {
  return kind === 1 ? code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e : code === 0x2e || code === 0x2c || code === 0x3a;
}

/** 1 for a letter or combining mark, 2 for a digit, 0 otherwise; ASCII without a regular expression or a string. */
function classOf(code: number): number {
  if (code < 0x80) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 1;
    return code >= 48 && code <= 57 ? 2 : 0;
  }
  return wideClass(code);
}

/** FNV-1a basis and prime, as TokenInterner hashes. */
const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Hashes are kept to 30 bits so arrays holding them stay small-integer arrays (no boxed numbers). */
const HASH_MASK = 0x3fffffff;

/** Forms of a scanned token: lower-case ASCII (its own cleaned form). */
const PLAIN = 1;
/** ASCII with capitals, no final period: its cleaned form is its lower case, letter for letter. */
const FOLDS = 2;
/** Anything else (non-ASCII, a final period): cleaned by clean(). */
const OTHER = 0;

/**
 * Scans the word tokens of `text[from, n)`: runs of letters with inner apostrophes, hyphens and periods ("don't",
 * "ex-Soviet", "U.S."), and runs of digits with inner periods, commas and colons ("5,000", "1.5", "3:30"). One linear
 * pass, no backtracking. Writes from `out[0]` on, per token: start, end (offsets in `text`), its form (PLAIN, FOLDS or
 * OTHER), and the FNV-1a hash of its code units with A–Z folded to a–z (low 30 bits; meaningful for PLAIN and FOLDS,
 * where it is the hash of the cleaned token), which saves TokenInterner a second pass over every token. Returns the
 * number of entries written.
 */
function scanHashed(text: string, from: number, n: number, out: Int32Array): number {
  let used = 0;
  let i = from;
  while (i < n) {
    let code = text.charCodeAt(i);
    const kind = classOf(code);
    if (kind === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = code < 0x80;
    let upper = code >= 65 && code <= 90;
    let h = Math.imul(FNV_BASIS ^ (upper ? code | 0x20 : code), FNV_PRIME);
    i++;
    for (;;) {
      while (i < n) {
        code = text.charCodeAt(i);
        // Lower-case ASCII letters first: most of the code units of a text.
        if (code >= 97 && code <= 122 && kind === 1) {
          h = Math.imul(h ^ code, FNV_PRIME);
          i++;
          continue;
        }
        if (classOf(code) !== kind) break;
        if (code >= 0x80) ascii = false;
        else if (code >= 65 && code <= 90) {
          upper = true;
          code |= 0x20;
        }
        h = Math.imul(h ^ code, FNV_PRIME);
        i++;
      }
      // From here on `code` is text[i], the code unit that ended the run (when i < n). A space ends most tokens, and it
      // neither joins two runs nor is a final period.
      if (i >= n || code === 0x20) break;
      if (i + 1 < n && joins(kind, code) && classOf(text.charCodeAt(i + 1)) === kind) {
        // The joiner is ASCII except U+2019, which clean() rewrites.
        if (code >= 0x80) ascii = false;
        h = Math.imul(h ^ code, FNV_PRIME);
        i++; // the next code unit, of the same class, is read by the loop above
        continue;
      }
      break;
    }
    // A short dotted word ("U.S" before the final period of "U.S.") takes that period. The search for an inner period
    // stops at text[i] at the latest: a few code units, never back past the word to the sentence before.
    if (kind === 1 && i < n && code === 0x2e && i - start <= 6 && text.indexOf('.', start + 1) < i) {
      i++;
      ascii = false;
    }
    out[used++] = start;
    out[used++] = i;
    out[used++] = !ascii ? OTHER : upper ? FOLDS : PLAIN;
    out[used++] = h & HASH_MASK;
    // The space after the token is no part of the next one.
    if (i < n && code === 0x20) i++;
  }
  return used;
}

/** Lower-cased word tokens of `text`, in order. */
export function tokenize(text: string): string[] {
  return tokenSpans(text).map((t) => t.word);
}

/** Word tokens of `text` with their offsets in `text`. */
export function tokenSpans(text: string): TokenSpan[] {
  const bounds = boundsFor(text.length);
  const count = scanHashed(text, 0, text.length, bounds) >> 2;
  const spans: TokenSpan[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const start = bounds[4 * k] as number;
    const end = bounds[4 * k + 1] as number;
    spans[k] = { word: cleanAt(text, start, end), start, end };
  }
  return spans;
}

/** clean(text.slice(start, end)), without the case folding when the token is plain lower-case ASCII. */
function cleanAt(text: string, start: number, end: number): string {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80 || (c >= 65 && c <= 90)) return clean(text.slice(start, end));
  }
  return text.charCodeAt(end - 1) === 0x2e ? clean(text.slice(start, end)) : text.slice(start, end);
}

/** An ASCII code unit with A–Z folded to a–z. */
function foldAscii(code: number): number {
  return code >= 65 && code <= 90 ? code | 0x20 : code;
}

function clean(token: string): string {
  const folded = token.toLowerCase();
  const lower = folded.indexOf('\u2019') < 0 ? folded : folded.replace(/\u2019/g, "'");
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** The FNV-1a hash of a word's code units (low 30 bits), as scanHashed computes it for a cleaned token. */
function hashOf(word: string): number {
  let h = FNV_BASIS;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
  return h & HASH_MASK;
}

/** True for function words and tokens too short or too numeric to carry content. */
export function isStopWord(word: string): boolean {
  return word.length < 2 || STOP.has(word);
}

/**
 * A light, deterministic stem for matching content words across inflections ("clashes" ~ "clash",
 * "killed" ~ "kill"): strips common English plural and verb suffixes. Not a full Porter stemmer: it only needs to
 * make repeated mentions meet inside one article.
 */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 4) return word;
  // The suffixes are told by their last code units, compared as numbers: this runs once per distinct token of every
  // document, and a chain of endsWith calls and a regular expression cost more than the stemming.
  const last = word.charCodeAt(n - 1);
  const c2 = word.charCodeAt(n - 2);
  const c3 = word.charCodeAt(n - 3);
  if (last === 0x73) {
    // -s
    if (c2 === 0x65) {
      // -es
      if (c3 === 0x69 && n > 5) return word.slice(0, -3) + 'y'; // -ies
      const c4 = word.charCodeAt(n - 4);
      if (c3 === 0x73 && c4 === 0x73) return word.slice(0, -2); // -sses
      // -shes, -ches, -xes, -zes
      if (n > 5 && ((c3 === 0x68 && (c4 === 0x73 || c4 === 0x63)) || c3 === 0x78 || c3 === 0x7a)) return word.slice(0, -2);
    }
    // Not -ss, -us, -is.
    return c2 === 0x73 || c2 === 0x75 || c2 === 0x69 ? word : word.slice(0, -1);
  }
  if (last === 0x67 && c2 === 0x6e && c3 === 0x69 && n > 6) return word.slice(0, -3); // -ing
  if (last === 0x64 && c2 === 0x65 && c3 !== 0x65 && n > 5) return word.slice(0, -2); // -ed, not -eed
  return word;
}

/** Stemmed content words of a token list (stop words and bare numbers dropped). */
export function contentTerms(tokens: readonly string[]): string[] {
  const terms: string[] = [];
  for (const t of tokens) {
    if (isStopWord(t)) continue;
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) continue;
    terms.push(stem(t));
  }
  return terms;
}

/**
 * Numbers the distinct cleaned tokens of one document in first-seen order, straight from the character codes of the
 * text: a repeated token is neither sliced nor lower-cased again, and every occurrence shares one string. An
 * open-addressing table of FNV-1a hashes over the cleaned code units; equal tokens always get the same id.
 */
export class TokenInterner {
  /** The token of each id. */
  readonly words: string[] = [];
  private hashes: number[] = [];
  private slots: Int32Array;

  /** `expected`: about how many distinct tokens to expect, so the table need not grow while they come. */
  constructor(expected = 256) {
    let size = 512;
    while (size < expected * 2 && size < 1 << 24) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
  }

  /**
   * The id of the token `text[start, end)` as scanHashed found it: `form` and `h` are its form and hash. A token of
   * capitals is matched letter for letter against the lower-case tokens, so a repeated "The" or name is neither
   * sliced nor lower-cased again; any other form is cleaned as tokenSpans cleans it, then interned.
   */
  internAt(text: string, start: number, end: number, form: number, h: number): number {
    if (form === OTHER) return this.intern(clean(text.slice(start, end)));
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] as number;
      if (id < 0) return this.add(form === PLAIN ? text.slice(start, end) : text.slice(start, end).toLowerCase(), h, slot);
      if (this.hashes[id] !== h) continue;
      const w = this.words[id] as string;
      if (w.length !== len) continue;
      let k = 0;
      if (form === PLAIN) while (k < len && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      else while (k < len && w.charCodeAt(k) === foldAscii(text.charCodeAt(start + k))) k++;
      if (k === len) return id;
    }
  }

  /** isStopWord of the token of `id`, looked up by the hash the interner keeps. */
  isStop(id: number): boolean {
    return (this.words[id] as string).length < 2 || this.holds(id, STOP);
  }

  /** The hash of the token of `id`: what hashOf gives for it, kept since it was interned. */
  hashAt(id: number): number {
    return this.hashes[id] as number;
  }

  /** Whether `set` holds the token of `id`, looked up by the hash the interner keeps. */
  holds(id: number, set: WordHashSet): boolean {
    return set.hasHashed(this.words[id] as string, this.hashes[id] as number);
  }

  /** The id of an already cleaned token, or -1 when it was never interned (nothing is added). */
  find(word: string): number {
    return this.findHashed(word, hashOf(word));
  }

  /** find(word) for a word whose hash (hashOf) is `h`. */
  findHashed(word: string, h: number): number {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] as number;
      if (id < 0) return -1;
      if (this.hashes[id] === h && this.words[id] === word) return id;
    }
  }

  /** The id of an already cleaned token. */
  intern(word: string): number {
    return this.internHashed(word, hashOf(word));
  }

  /**
   * intern(word) for a word whose hash is known: another interner's (hashAt(id)) when it holds the same word, so the
   * word's code units are not hashed again.
   */
  internHashed(word: string, h: number): number {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] as number;
      if (id < 0) return this.add(word, h, slot);
      if (this.hashes[id] === h && this.words[id] === word) return id;
    }
  }

  private add(word: string, h: number, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(h);
    this.slots[slot] = id;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = (this.hashes[id] as number) & mask;
      while ((slots[slot] as number) >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

/**
 * A fixed set of words found by their FNV-1a hash, as TokenInterner hashes tokens: a token the interner made is looked
 * up by the hash it already has (TokenInterner.holds), any other word by a hash computed here. A Set would have V8 hash
 * every new token string once more, which costs more than the lookup. The table is a TokenInterner of the words.
 */
export class WordHashSet {
  private readonly table: TokenInterner;

  constructor(words: Iterable<string>) {
    const list = [...words];
    this.table = new TokenInterner(list.length);
    for (const word of list) this.table.intern(word);
  }

  has(word: string): boolean {
    return this.table.find(word) >= 0;
  }

  /** Whether the set holds `word`, whose hash (hashOf) is `h`. */
  hasHashed(word: string, h: number): boolean {
    return this.table.findHashed(word, h) >= 0;
  }
}

const STOP = new WordHashSet(STOP_WORDS);

/**
 * Token bounds of the text being scanned, reused from call to call: room for a sentence of MAX_SENTENCE_CHARS
 * (segment.ts) and more. A typed array: the scanner stores integers without the bounds-and-growth checks of a plain
 * array.
 */
const SCRATCH_BOUNDS = new Int32Array(8192);

/**
 * An array for the bounds of the tokens of `length` code units of text: at most one token per code unit ("a1" is two),
 * four numbers each. The scratch array when they fit, else a fresh one (not kept: a long text would otherwise hold
 * its size for good).
 */
function boundsFor(length: number): Int32Array {
  return SCRATCH_BOUNDS.length >= 4 * length ? SCRATCH_BOUNDS : new Int32Array(4 * length);
}

/** One sentence's tokens as buildDoc keeps them: the cleaned tokens, their ids and their offsets. */
export interface InternedTokens {
  /** The cleaned tokens (the interner's shared strings), in order. */
  tokens: string[];
  /** The interner's id of each token. */
  ids: number[];
  /** Start and end of each token in the scanned text, two numbers per token (token k is `offsets[2k]..offsets[2k+1]`). */
  offsets: number[];
}

/**
 * tokenSpans(text.slice(start, end)) with the tokens numbered by `interner`, as flat lists instead of one object per
 * token (a document has hundreds of tokens, and the span objects cost more to allocate and collect than the reading
 * saves). Reads `text` in place: a sentence's own string is usually a slice of the article, slower to read character by
 * character than the article itself. Offsets are relative to `start`.
 */
export function internedTokens(text: string, start: number, end: number, interner: TokenInterner): InternedTokens {
  const bounds = boundsFor(end - start);
  const count = scanHashed(text, start, end, bounds) >> 2;
  const tokens: string[] = new Array(count);
  const ids: number[] = new Array(count);
  const offsets: number[] = new Array(2 * count);
  const words = interner.words;
  for (let k = 0; k < count; k++) {
    const from = bounds[4 * k] as number;
    const to = bounds[4 * k + 1] as number;
    const id = interner.internAt(text, from, to, bounds[4 * k + 2] as number, bounds[4 * k + 3] as number);
    ids[k] = id;
    tokens[k] = words[id] as string;
    offsets[2 * k] = from - start;
    offsets[2 * k + 1] = to - start;
  }
  return { tokens, ids, offsets };
}

/** The token ids buildDoc assigned to a document's sentences: the interner and each sentence's tokens and ids. */
export interface DocTokenIds {
  interner: TokenInterner;
  /** The `tokens` array of each sentence when the ids were recorded (checked, so a changed list is not trusted). */
  tokens: ReadonlyArray<readonly string[]>;
  /** Token ids of each sentence, in order. */
  ids: number[][];
}

/** Where buildDoc leaves the token ids: on the sentence list (see attach.ts). */
const TOKEN_IDS = Symbol('tokenIds');

/** Records the token ids of a sentence list (buildDoc does, so the summariser need not look every token up again). */
export function recordTokenIds(sentences: readonly unknown[], ids: DocTokenIds): void {
  attach(sentences, TOKEN_IDS, ids);
}

/** The token ids recorded for `sentences`, when recorded and every sentence still holds the same token list. */
export function recordedTokenIds(sentences: ReadonlyArray<{ tokens: readonly string[] }>): DocTokenIds | null {
  const known = attached<DocTokenIds>(sentences, TOKEN_IDS);
  if (known === undefined || known.tokens.length !== sentences.length) return null;
  for (let s = 0; s < sentences.length; s++) if (known.tokens[s] !== (sentences[s] as { tokens: readonly string[] }).tokens) return null;
  return known;
}
