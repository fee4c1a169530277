import {
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
const STARTERS = new Set(SENTENCE_STARTERS);

const TERMINALS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", ')', ']', '}']);
const OPENERS = new Set(['"', "'", '(', '[', '{']);
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

/** The letters-and-dots word that ends just before `at` ("U.S" before the final period of "U.S."). */
function wordBefore(text: string, at: number, floor: number): string {
  let i = at;
  while (i > floor && i > at - 24) {
    const ch = text[i - 1] as string;
    if (ch === '.' || isLower(ch) || isUpper(ch)) i--;
    else break;
  }
  return text.slice(i, at);
}

/** The word that starts at `at`, after any opening quotes or brackets. */
function wordAfter(text: string, at: number, limit: number): string {
  let i = at;
  while (i < limit && OPENERS.has(text[i] as string)) i++;
  let j = i;
  while (j < limit && j < i + 24 && (isLower(text[j]) || isUpper(text[j]))) j++;
  return text.slice(i, j);
}

/** Decides whether the terminal punctuation run `text[at..runEnd)` ends a sentence whose next word starts at `next`. */
function endsSentence(text: string, at: number, runEnd: number, next: number, blockStart: number, blockEnd: number): boolean {
  const nextWord = wordAfter(text, next, blockEnd);
  const first = nextWord[0] ?? text[next];
  if (isLower(first)) return false;
  const run = text.slice(at, runEnd);
  if (run !== '.') return true;
  const before = wordBefore(text, at, blockStart);
  const lower = before.toLowerCase();
  const nextIsStarter = STARTERS.has(nextWord.toLowerCase());
  if (before.length === 0) return true;
  if (before.includes('.')) return nextIsStarter;
  if (TITLES.has(lower)) return false;
  if (before.length === 1 && isUpper(before)) return false;
  if (BEFORE_NUMBERS.has(lower) && before !== before.toUpperCase()) return !isDigit(text[next]);
  if (OTHERS.has(lower)) return nextIsStarter;
  return true;
}

/** Splits the block `[start, end)` of one paragraph into sentences, appending to `out`. */
function splitBlock(text: string, start: number, end: number, paragraph: number, out: RawSentence[]): void {
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f) {
      i++;
      continue;
    }
    let runEnd = i + 1;
    while (runEnd < end && TERMINALS.has(text[runEnd] as string)) runEnd++;
    let close = runEnd;
    while (close < end && CLOSERS.has(text[close] as string)) close++;
    if (close >= end || !isSpace(text[close])) {
      i = close > i + 1 ? close : i + 1;
      continue;
    }
    let next = close;
    while (next < end && isSpace(text[next])) next++;
    if (next < end && endsSentence(text, i, runEnd, next, sentenceStart, end)) {
      pushSentence(text, sentenceStart, close, paragraph, out);
      sentenceStart = next;
    }
    i = next;
  }
  pushSentence(text, sentenceStart, end, paragraph, out);
}

/** Adds `[start, end)` trimmed, cutting runs longer than MAX_SENTENCE_CHARS at a space. */
function pushSentence(text: string, start: number, end: number, paragraph: number, out: RawSentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  while (e - s > MAX_SENTENCE_CHARS) {
    let cut = s + MAX_SENTENCE_CHARS;
    const floor = s + (MAX_SENTENCE_CHARS >> 1);
    while (cut > floor && !isSpace(text[cut])) cut--;
    if (cut === floor) cut = s + MAX_SENTENCE_CHARS;
    out.push({ start: s, end: cut, paragraph });
    s = cut;
    while (s < e && isSpace(text[s])) s++;
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
 */
export function segment(text: string, from = 0): RawSentence[] {
  const out: RawSentence[] = [];
  let paragraph = 0;
  let blockStart = from;
  for (let i = from; i <= text.length; i++) {
    const nl = text.indexOf('\n', i);
    i = nl < 0 ? text.length : nl;
    if (i < text.length && text[i + 1] !== '\n' && isWrap(text, i)) continue;
    const before = out.length;
    splitBlock(text, blockStart, i, paragraph, out);
    if (out.length > before) paragraph++;
    while (i + 1 < text.length && text[i + 1] === '\n') i++;
    blockStart = i + 1;
  }
  return out;
}
