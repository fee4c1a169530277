/** A token of a sentence with its offsets in the submitted text. */
export interface Tok {
  /** Lower case, curly apostrophes folded to "'". */
  w: string;
  /** As written. */
  raw: string;
  start: number;
  end: number;
  /** 'num' for tokens that start with a digit, 'word' for words, 'punct' for anything else. */
  kind: 'num' | 'word' | 'punct';
}

/**
 * Digits with separators and an optional hyphenated tail ("5,000", "1.2", "12-year-old", "10-20"), words with inner
 * apostrophes, hyphens and periods ("Armenia's", "forty-eight", "p.m"), or one other character. A period followed by
 * a capitalised word ("shot.Both"), or after two lower-case letters by any capital or digit ("injured.A third",
 * "house.21-year-old"), ends the word: two sentences glued together without a space. Each repetition must
 * consume a separator first, so matching stays linear.
 */
const TOKEN = /\p{N}+(?:[.,:]\p{N}+)*\p{L}*(?:-[\p{L}\p{N}]+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:(?:['’\-]|\.(?!\p{Lu}\p{Ll})(?!(?<=\p{Ll}\p{Ll}\.)[\p{Lu}\p{N}]))[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** A one-character token is a word when it is a letter or a number (ASCII checked first, the rest by Unicode class). */
function isLetterOrNumber(c: number, raw: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return /^[\p{L}\p{M}\p{N}]/u.test(raw);
}

/** The same pattern, anchored where it is tried: for the tokens holding non-ASCII characters. */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/** 1 for an ASCII letter, 2 for an ASCII digit, 3 for other ASCII, 4 for ASCII white space, 0 for non-ASCII. */
const ASCII = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const space = c === 32 || (c >= 9 && c <= 13);
  ASCII[c] = letter ? 1 : c >= 48 && c <= 57 ? 2 : space ? 4 : 3;
}

/** The class of `text[i]` as in ASCII; 0 for a non-ASCII code unit or past the end. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 0x80 ? (ASCII[c] as number) : 0;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Skips a run of ASCII letters and digits from `i` (up to `n`); returns where it stops, or -1 at a non-ASCII character. */
function alnumRun(text: string, i: number, n: number): number {
  let j = i;
  for (;;) {
    if (j >= n) return j;
    const k = classAt(text, j);
    if (k === 0) return -1;
    if (k !== 1 && k !== 2) return j;
    j++;
  }
}

/**
 * The end of the TOKEN match starting at `i` in `text[.., n)` when every character the pattern looks at is ASCII, else
 * -1 (the caller then runs the pattern itself). Mirrors TOKEN's greedy alternatives: a number, a word, or one other
 * character.
 */
function asciiTokenEnd(text: string, i: number, n: number): number {
  const first = classAt(text, i);
  if (first === 0) return -1;
  if (first === 3) return i + 1;
  let j = i + 1;
  if (first === 2) {
    for (;;) {
      while (j < n && classAt(text, j) === 2) j++;
      if (j >= n) return j;
      const c = text.charCodeAt(j);
      if (c >= 0x80) return -1;
      if ((c === 0x2e || c === 0x2c || c === 0x3a) && j + 1 < n) {
        const next = text.charCodeAt(j + 1);
        if (next >= 0x80) return -1;
        if (ASCII[next] === 2) {
          j += 2;
          continue;
        }
      }
      break;
    }
    while (j < n && classAt(text, j) === 1) j++;
    if (j < n && text.charCodeAt(j) >= 0x80) return -1;
  } else {
    j = alnumRun(text, j, n);
    if (j < 0) return -1;
  }
  for (;;) {
    if (j >= n) return j;
    const c = text.charCodeAt(j);
    if (c >= 0x80) return -1;
    const sep = first === 2 ? c === 0x2d : c === 0x27 || c === 0x2e || c === 0x2d;
    if (!sep || j + 1 >= n) return j;
    const next = text.charCodeAt(j + 1);
    if (next >= 0x80) return -1;
    // "injured.A third", "house.21-year-old": after two lower-case letters a capital or a digit opens a new sentence.
    if (c === 0x2e && ((next >= 65 && next <= 90) || (next >= 48 && next <= 57)) && j - i >= 2 && isLower(text.charCodeAt(j - 1)) && isLower(text.charCodeAt(j - 2))) return j;
    if (c === 0x2e && next >= 65 && next <= 90 && j + 2 < n) {
      const after = text.charCodeAt(j + 2);
      if (after >= 0x80) return -1;
      if (after >= 97 && after <= 122) return j;
    }
    if (ASCII[next] !== 1 && ASCII[next] !== 2) return j;
    j = alnumRun(text, j + 2, n);
    if (j < 0) return -1;
  }
}

/** Tokens of `text` (a slice of the document starting at `offset`), with document offsets. */
export function tokenizeSpan(text: string, offset: number): Tok[] {
  return tokenize(text, 0, text.length, offset);
}

/**
 * tokenizeSpan(source.slice(from, to), from), read in place: a sentence's own string is a slice of the article, slower
 * to read character by character than the article itself (about a fifth of the tokenizer's time).
 */
export function tokenizeRange(source: string, from: number, to: number): Tok[] {
  return tokenize(source, from, to, 0);
}

/** Tokens of `source[from, to)`, each at its offset in `source` plus `shift`. */
function tokenize(source: string, from: number, to: number, shift: number): Tok[] {
  const out: Tok[] = [];
  // The span as a string of its own, for TOKEN_AT: its lookarounds must not see past the span's ends.
  let span: string | null = from === 0 && to === source.length ? source : null;
  let i = from;
  while (i < to) {
    if (classAt(source, i) === 4) {
      i++;
      continue;
    }
    let end = asciiTokenEnd(source, i, to);
    // Only a token with a non-ASCII character can hold a curly apostrophe.
    const ascii = end >= 0;
    if (!ascii) {
      span ??= source.slice(from, to);
      TOKEN_AT.lastIndex = i - from;
      const m = TOKEN_AT.exec(span);
      if (m === null) {
        i++;
        continue;
      }
      end = i + m[0].length;
    }
    const raw = source.slice(i, end);
    const c = source.charCodeAt(i);
    const kind = c >= 48 && c <= 57 ? 'num' : end - i > 1 || isLetterOrNumber(c, raw) ? 'word' : 'punct';
    const lower = raw.toLowerCase();
    out.push({ w: ascii || lower.indexOf('’') < 0 ? lower : lower.replace(/’/g, "'"), raw, start: shift + i, end: shift + end, kind });
    i = end;
  }
  return out;
}

/** A word token whose first letter is a capital ("Reeves", "NEW"). */
export function isCapitalized(t: Tok | undefined): t is Tok & { kind: 'word' } {
  return t !== undefined && t.kind === 'word' && t.raw[0] !== (t.raw[0] as string).toLowerCase();
}

/** Bits of a WordFilter: one per hashed (first code unit, last code unit, length) of a word. */
const FILTER_BITS = 1 << 12;

function filterSlot(word: string): number {
  const n = word.length;
  return ((word.charCodeAt(0) & 0x7f) * 31 * 31 + (word.charCodeAt(n - 1) & 0x7f) * 31 + n) & (FILTER_BITS - 1);
}

/**
 * A quick "no" for most words before a lookup in a set of words: a token's lower-case word is a new string, and a
 * set lookup first hashes all of it, while most tokens ("the", "said") share no first letter, last letter and length
 * with any word of the set. `mayHave` is true for every word of the set (and for some others).
 */
export class WordFilter {
  private readonly bits = new Uint8Array(FILTER_BITS);

  constructor(words: Iterable<string>) {
    for (const word of words) this.bits[filterSlot(word)] = 1;
  }

  mayHave(word: string): boolean {
    return this.bits[filterSlot(word)] === 1;
  }
}
