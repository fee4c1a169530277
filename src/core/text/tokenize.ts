import { STOP_WORDS } from '../lexicon/stopwords.ts';

const STOP = new Set(STOP_WORDS);

/** A token with its offsets in the string it came from. */
export interface TokenSpan {
  /** The token in lower case, without a trailing period. */
  word: string;
  start: number;
  end: number;
}

const LETTER_RE = /[\p{L}\p{M}]/u;
const DIGIT_RE = /\p{N}/u;

/** 1 for a letter or combining mark, 2 for a digit, 0 otherwise; ASCII without a regular expression or a string. */
function charClass(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 1;
    return code >= 48 && code <= 57 ? 2 : 0;
  }
  const ch = text[i] as string;
  if (LETTER_RE.test(ch)) return 1;
  return DIGIT_RE.test(ch) ? 2 : 0;
}

/**
 * Scans word tokens: runs of letters with inner apostrophes, hyphens and periods ("don't", "ex-Soviet", "U.S."), and
 * runs of digits with inner periods, commas and colons ("5,000", "1.5", "3:30"). One linear pass, no backtracking.
 */
function scan(text: string, emit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = charClass(text, i);
    if (kind === 0) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n && charClass(text, i) === kind) i++;
      const sep = text[i];
      const joins = kind === 1 ? sep === "'" || sep === '\u2019' || sep === '-' || sep === '.' : sep === '.' || sep === ',' || sep === ':';
      if (joins && i + 1 < n && charClass(text, i + 1) === kind) {
        i += 2;
        continue;
      }
      break;
    }
    if (kind === 1 && text[i] === '.' && i - start <= 6 && text.lastIndexOf('.', i - 1) > start) i++;
    emit(start, i);
  }
}

/** Lower-cased word tokens of `text`, in order. */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  scan(text, (start, end) => words.push(clean(text.slice(start, end))));
  return words;
}

/** Word tokens of `text` with their offsets in `text`. */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  scan(text, (start, end) => spans.push({ word: clean(text.slice(start, end)), start, end }));
  return spans;
}

function clean(token: string): string {
  const folded = token.toLowerCase();
  const lower = folded.indexOf('\u2019') < 0 ? folded : folded.replace(/\u2019/g, "'");
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** True for function words and tokens too short or too numeric to carry content. */
export function isStopWord(word: string): boolean {
  return STOP.has(word) || word.length < 2;
}

/**
 * A light, deterministic stem for matching content words across inflections ("clashes" ~ "clash",
 * "killed" ~ "kill"): strips common English plural and verb suffixes. Not a full Porter stemmer: it only needs to
 * make repeated mentions meet inside one article.
 */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 4) return word;
  if (word.endsWith('ies') && n > 5) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && n > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && n > 5 && !word.endsWith('eed')) return word.slice(0, -2);
  if (word.endsWith('es') && n > 5 && /(?:sh|ch|x|ss|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
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
