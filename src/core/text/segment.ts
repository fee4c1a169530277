import {
  ABBREVIATIONS_ALSO_WORDS,
  GLUE_BLOCKERS,
  NUMBER_ABBREVIATIONS,
  OTHER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from '../lexicon/abbreviations.ts';

/** A sentence found on normalised text: a half-open range and the paragraph holding it. */
export interface RawSentence {
  start: number;
  end: number;
  paragraph: number;
}

/** Longest sentence kept whole, in characters; longer runs without a boundary are cut at a space. */
export const MAX_SENTENCE_CHARS = 2000;

const TITLES = new Set(TITLE_ABBREVIATIONS);
const BEFORE_NUMBERS = new Set(NUMBER_ABBREVIATIONS);
const OTHERS = new Set(OTHER_ABBREVIATIONS);
const ALSO_WORDS = new Set(ABBREVIATIONS_ALSO_WORDS);
const STARTERS = new Set(SENTENCE_STARTERS);
const GLUE_BLOCK = new Set(GLUE_BLOCKERS);

/** A line ending in one of these continues on the next line. */
const JOINERS = new Set([',', ';', '(', '-', '&', '/']);

function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n';
}

/** isSpace of the code unit `c`. */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x0a;
}

/** Whether code unit `c` is a terminal mark: `.`, `!` or `?`. */
function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/** Whether code unit `c` closes a quotation or a bracket: `"`, `'`, `)`, `]` or `}`. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x7d;
}

/** isLower(text[i]) || isUpper(text[i]): ASCII by its code, without a string of one character. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const ch = text[i];
  return isLower(ch) || isUpper(ch);
}

/** The letters-and-dots word that ends just before `at` ("U.S" before the final period of "U.S."). */
function wordBefore(text: string, at: number, floor: number): string {
  let i = at;
  while (i > floor && i > at - 24 && (text.charCodeAt(i - 1) === 0x2e || isLetterAt(text, i - 1))) i--;
  return text.slice(i, at);
}

/** Whether code unit `c` opens a quotation or a bracket: `"`, `'`, `(`, `[` or `{`. */
function isOpener(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b || c === 0x7b;
}

/** Where the word that starts at `at` begins: after any opening quotes or brackets. */
function wordStart(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && isOpener(text.charCodeAt(i))) i++;
  return i;
}

/** The word that starts at `at`, after any opening quotes or brackets. */
function wordAfter(text: string, at: number, limit: number): string {
  const i = wordStart(text, at, limit);
  let j = i;
  while (j < limit && j < i + 24 && isLetterAt(text, j)) j++;
  return text.slice(i, j);
}

/** What the submitted text says about the quote mark at a normalised offset: curly marks tell opening from closing. */
export type QuoteHint = (at: number) => 'open' | 'close' | null;

function isAlnum(ch: string | undefined): boolean {
  return isLower(ch) || isUpper(ch) || isDigit(ch);
}

/**
 * True when the sentence `text[from, to)` leaves a quotation open: an odd number of `mark` quote marks, not counting
 * apostrophes inside words ("don't") for `'`.
 */
function quoteOpen(text: string, from: number, to: number, mark: string): boolean {
  let count = 0;
  for (let k = text.indexOf(mark, from); k >= 0 && k < to; k = text.indexOf(mark, k + 1)) {
    if (mark === "'" && (text[k + 1] === "'" || text[k - 1] === "'")) continue;
    if (mark === "'" && isAlnum(text[k - 1]) && !isSpace(text[k + 1]) && k + 1 < to) continue;
    count++;
  }
  return count % 2 === 1;
}

/**
 * End of a detached closing quote at `at` (a lone `'`, `"` or `''` with spaces around it, as in detokenised text:
 * "... it is over. ’ Afterwards"), or `at` when there is none. Curly marks in the submitted text decide; a straight
 * `''` closes; a straight `'` or `"` closes when the sentence so far leaves a quotation open.
 */
function detachedCloser(text: string, at: number, end: number, sentenceStart: number, hint: QuoteHint | undefined): number {
  const mark = text[at];
  if (mark !== "'" && mark !== '"') return at;
  let q = at + 1;
  if (mark === "'" && text[q] === "'") q++;
  if (q < end && !isSpace(text[q])) return at;
  const kind = hint?.(at) ?? null;
  if (kind === 'open') return at;
  if (kind === 'close' || q - at === 2) return q;
  return quoteOpen(text, sentenceStart, at, mark) ? q : at;
}

/** Openings of a new sentence that are hardly ever capitalised inside one ("... in charge of the club He has ..."). */
const GLUE_STARTERS = new Set(['He', 'She', 'They', 'We', 'His', 'Their', 'However', 'But', 'In', 'After', 'When', 'Earlier', 'This', 'These']);

/** Words of lower case after the article that do not start a clause ("images A and B"). */
const GLUE_NOT_AFTER = new Set(['and', 'or', 'to', 'of', 'in', 'on', 'at']);

/**
 * True when the space at `at` joins two sentences glued together without punctuation, as photo captions are in
 * extracted pages ("... back to health The green-eyed cat was ...", "... in January A Texas teacher ..."): a word
 * ending in a lower-case letter, a digit or `)` (not a preposition, a verb of naming or a label such as "vitamin",
 * GLUE_BLOCKERS) is followed by "The", "A" or "An" and a lower-case word.
 */
function isGlued(text: string, at: number, blockStart: number, end: number): boolean {
  const prev = text[at - 1];
  if (!(isLower(prev) || isDigit(prev) || prev === ')')) return false;
  const c = text[at + 1];
  let k: number;
  if (c === 'T' && text[at + 2] === 'h' && text[at + 3] === 'e') k = at + 4;
  else if (c === 'A' && text[at + 2] === 'n') k = at + 3;
  else if (c === 'A') k = at + 2;
  else if (isUpper(c)) {
    let e = at + 2;
    while (e < end && e < at + 12 && isLower(text[e])) e++;
    if (!GLUE_STARTERS.has(text.slice(at + 1, e))) return false;
    k = text[e] === ',' ? e + 1 : e;
  } else return false;
  if (k + 1 >= end || text[k] !== ' ' || !isLower(text[k + 1])) return false;
  let w = k + 1;
  while (w < end && w < k + 12 && isLower(text[w])) w++;
  if (k - at <= 4 && GLUE_NOT_AFTER.has(text.slice(k + 1, w))) return false;
  let b = at;
  while (b > blockStart && b > at - 24 && !isSpace(text[b - 1])) b--;
  const before = text.slice(b, at).replace(/^[("'\[]+|[)\]]+$/g, '').toLowerCase();
  return !GLUE_BLOCK.has(before);
}

/**
 * Where splitBlock has something to decide: a terminal mark, or a space before a word isGlued may accept ("The", "A",
 * "An" or one of GLUE_STARTERS, then a space or a comma, as isGlued requires of each). Naming the words, not only their
 * first letters, leaves out most capitalised words (about 9 spaces an article are looked at instead of 43). The two
 * are searched apart (TERMINAL, GLUE_WORD): one expression for both would open with a space or a mark and be tried at
 * every position, while each of these skips to the few characters it opens with. The regular-expression engine skips
 * the characters in between faster than a loop over code units.
 */
const TERMINAL = /[.!?]/g;
/**
 * A word isGlued may accept, after a space and before a space or a comma. The space is looked back for once a word
 * matched (every word is a capital and lower-case letters), so the search skips to capitals.
 */
const GLUE_WORD = new RegExp(`(?:${[...GLUE_STARTERS, 'The', 'An', 'A'].join('|')})(?<= [A-Z][a-z]*)(?=[ ,])`, 'g');

/**
 * The first terminal mark at `from` or after, or `text.length`. (`lastIndex` is set before every search, here and in
 * nextGlue, so nothing carries over from one call to the next.)
 */
function nextTerminal(text: string, from: number): number {
  TERMINAL.lastIndex = from;
  return TERMINAL.test(text) ? TERMINAL.lastIndex - 1 : text.length;
}

/** The first space at `from` or after that a word of GLUE_WORD follows, or `text.length`. */
function nextGlue(text: string, from: number): number {
  GLUE_WORD.lastIndex = from + 1;
  if (!GLUE_WORD.test(text)) return text.length;
  // The word is a capital and lower-case letters: its start is found back from its end, with no match to allocate.
  let word = GLUE_WORD.lastIndex - 1;
  while (isLowerAscii(text.charCodeAt(word))) word--;
  return word - 1;
}

/** Whether code unit `c` is an ASCII lower-case letter. */
function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Decides whether the terminal punctuation run `text[at..runEnd)` ends a sentence whose next word starts at `next`. */
function endsSentence(text: string, at: number, runEnd: number, next: number, blockStart: number, blockEnd: number): boolean {
  // The first letter of the next word, else the code unit at `next`; the word itself (wordAfter) is cut out only for the
  // few periods that need it (after a dotted word or an abbreviation), not for every sentence end.
  const start = wordStart(text, next, blockEnd);
  const first = start < blockEnd && isLetterAt(text, start) ? text[start] : text[next];
  if (isLower(first)) return false;
  // Only a lone period can end an abbreviation.
  if (runEnd - at !== 1 || text.charCodeAt(at) !== 0x2e) return true;
  const before = wordBefore(text, at, blockStart);
  if (before.length === 0) return true;
  if (before.includes('.')) return isStarter(wordAfter(text, next, blockEnd));
  const lower = lowerCase(before);
  const unit = isDigit(text[at - before.length - 1]);
  if (TITLES.has(lower) && !unit) return false;
  if (before.length === 1 && isUpper(before)) return false;
  if (BEFORE_NUMBERS.has(lower) && before !== before.toUpperCase()) return !isDigit(text[next]);
  if (OTHERS.has(lower) && !(before === lower && ALSO_WORDS.has(lower))) return isStarter(wordAfter(text, next, blockEnd));
  return true;
}

/** Whether `word` commonly opens a sentence (SENTENCE_STARTERS, any case). */
function isStarter(word: string): boolean {
  return STARTERS.has(word.toLowerCase());
}

/** `word.toLowerCase()`, without making a new string when the word is lower-case ASCII already (most words are). */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80 || (c >= 65 && c <= 90)) return word.toLowerCase();
  }
  return word;
}

/**
 * Whether the period at `at`, with no space after it, still ends a sentence: the text was glued at a paragraph break
 * ('"brutal".In an editorial', 'the society.But Mrs May'). It needs a lower-case word of three letters or more before
 * it (quote marks between allowed; not an abbreviation) and a capitalised word right after it, so "U.S.A", "e.g.The",
 * "Amazon.com" and "St.Louis" stay whole.
 */
function gluedEnd(text: string, at: number, next: number, floor: number): boolean {
  if (!isUpper(text[next]) || !isLower(text[next + 1])) return false;
  // "www.Example.com": a host name, not two sentences.
  let e = next + 1;
  while (e < next + 40 && (isLower(text[e]) || isUpper(text[e]))) e++;
  if (text[e] === '.' && isLower(text[e + 1])) return false;
  let b = at;
  while (b > floor && at - b < 2 && (text[b - 1] === '"' || text[b - 1] === "'")) b--;
  let w = b;
  while (w > floor && b - w < 24 && isLower(text[w - 1])) w--;
  if (b - w < 3 || isLower(text[w - 1]) || text[w - 1] === '.') return false;
  const word = text.slice(w, b);
  return !TITLES.has(word) && !OTHERS.has(word) && !BEFORE_NUMBERS.has(word);
}

/**
 * The next terminal mark and the next glue space that splitBlock found (-1: none looked for yet), kept from one block
 * to the next. The offsets it asks from never go back, so each is searched for again only once passed: each expression
 * reads the text once, however many blocks it has (a search per block, to the end of the text when nothing is found,
 * made a text of many short paragraphs quadratic).
 */
interface Stops {
  terminal: number;
  glue: number;
}

/** Splits the block `[start, end)` of one paragraph into sentences, appending to `out`; `stops`: see Stops. */
function splitBlock(text: string, start: number, end: number, paragraph: number, out: RawSentence[], stops: Stops, hint?: QuoteHint): void {
  let sentenceStart = start;
  let i = start;
  for (;;) {
    if (stops.terminal < i) stops.terminal = nextTerminal(text, i);
    if (stops.glue < i) stops.glue = nextGlue(text, i);
    i = stops.terminal < stops.glue ? stops.terminal : stops.glue;
    if (i >= end) break;
    const c = text.charCodeAt(i);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f) {
      // A space before a letter that may open a glued sentence.
      if (isGlued(text, i, sentenceStart, end)) {
        pushSentence(text, sentenceStart, i, paragraph, out);
        sentenceStart = i + 1;
      }
      i++;
      continue;
    }
    let runEnd = i + 1;
    while (runEnd < end && isTerminal(text.charCodeAt(runEnd))) runEnd++;
    let close = runEnd;
    while (close < end && isCloser(text.charCodeAt(close))) close++;
    if (close >= end || !isSpaceCode(text.charCodeAt(close))) {
      // Paragraphs glued without a space ('"brutal".In an editorial'): a boundary all the same.
      if (close < end && c === 0x2e && gluedEnd(text, i, close, sentenceStart)) {
        pushSentence(text, sentenceStart, close, paragraph, out);
        sentenceStart = close;
      }
      i = close > i + 1 ? close : i + 1;
      continue;
    }
    let next = close;
    while (next < end && isSpaceCode(text.charCodeAt(next))) next++;
    const closer = detachedCloser(text, next, end, sentenceStart, hint);
    if (closer > next) {
      close = closer;
      next = closer;
      while (next < end && isSpaceCode(text.charCodeAt(next))) next++;
    }
    if (next < end && endsSentence(text, i, runEnd, next, sentenceStart, end)) {
      pushSentence(text, sentenceStart, close, paragraph, out);
      sentenceStart = next;
    }
    i = next;
  }
  pushSentence(text, sentenceStart, end, paragraph, out);
}

/** Adds `[start, end)` trimmed, cutting runs longer than MAX_SENTENCE_CHARS at a space (else between code points). */
function pushSentence(text: string, start: number, end: number, paragraph: number, out: RawSentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE_CHARS) {
    let cut = s + MAX_SENTENCE_CHARS;
    const floor = s + (MAX_SENTENCE_CHARS >> 1);
    while (cut > floor && !isSpaceCode(text.charCodeAt(cut))) cut--;
    if (cut === floor) {
      cut = s + MAX_SENTENCE_CHARS;
      // Between code points: a low surrogate stays with the high one before it (an emoji is not cut in two).
      if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00 && (text.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
    }
    out.push({ start: s, end: cut, paragraph });
    s = cut;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  }
  if (e > s) out.push({ start: s, end: e, paragraph });
}

/** True when the line break at `at` (a single `\n`) only wraps a sentence onto the next line. */
function isWrap(text: string, at: number): boolean {
  const prev = text[at - 1];
  const next = text[at + 1];
  return isLower(next) || (prev !== undefined && JOINERS.has(prev));
}

/**
 * Splits normalised text (see normalize.ts) into sentences, starting at `from`. A blank line or a line break
 * ends a paragraph, except a single line break that only wraps a sentence (the next line starts in lower case, or
 * the line ends with a comma or a hyphen). Inside a paragraph, `.`, `!` and `?` (with any closing quotes and brackets)
 * end a sentence when followed by a space and a word that is not lower case, unless the period belongs to a title
 * ("Mr.", "Lt. Col."), an initial ("George W."), an abbreviation before a number ("No. 10", "Jan. 3") or a dotted
 * abbreviation such as "U.S." or "p.m." that the next word does not show to be a sentence end.
 * Decimals, thousands separators and times ("1.5", "5,000", "3:30") never end a sentence: no space follows the mark.
 * A detached closing quote after the mark ("... over. ’ Afterwards", "... now? ' he asked") stays with the sentence
 * it closes, and a lower-case word after it means the sentence goes on; `hint` reports the curly marks of the
 * submitted text, which normalisation made straight.
 */
export function segment(text: string, from = 0, hint?: QuoteHint): RawSentence[] {
  const out: RawSentence[] = [];
  const stops: Stops = { terminal: -1, glue: -1 };
  let paragraph = 0;
  let blockStart = from;
  for (let i = from; i <= text.length; i++) {
    const nl = text.indexOf('\n', i);
    i = nl < 0 ? text.length : nl;
    if (i < text.length && text[i + 1] !== '\n' && isWrap(text, i)) continue;
    const before = out.length;
    splitBlock(text, blockStart, i, paragraph, out, stops, hint);
    if (out.length > before) paragraph++;
    while (i + 1 < text.length && text[i + 1] === '\n') i++;
    blockStart = i + 1;
  }
  return out;
}
