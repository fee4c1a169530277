import {
  ARTICLE_QUANTITIES,
  ESTIMATE_PHRASES,
  LOWER_BOUND_PHRASES,
  SCALE_WORDS,
  SMALL_NUMBERS,
  UPPER_BOUND_PHRASES,
  VAGUE_QUANTITIES,
} from '../../lexicon/numbers.ts';
import { tokenizeSpan, type Tok } from './tokens.ts';

/** A figure read from tokens: best value, bounds when stated, and the token range it covers. */
export interface Quantity {
  value: number;
  low: number | null;
  high: number | null;
  /** Index of the first token (the modifier, when there is one). */
  from: number;
  /** Index after the last token. */
  to: number;
  /** True for "dozens", "hundreds" and the like. */
  vague: boolean;
}

interface Core {
  value: number;
  high: number | null;
  to: number;
  vague: boolean;
}

const SMALL = new Map(SMALL_NUMBERS);
const SCALE = new Map(SCALE_WORDS);
const VAGUE = new Map(VAGUE_QUANTITIES);
const ARTICLE = new Map(ARTICLE_QUANTITIES);
const PHRASES: ReadonlyArray<readonly [string[], 'low' | 'high' | 'est']> = [
  ...LOWER_BOUND_PHRASES.map((p) => [p.split(' '), 'low'] as const),
  ...UPPER_BOUND_PHRASES.map((p) => [p.split(' '), 'high'] as const),
  ...ESTIMATE_PHRASES.map((p) => [p.split(' '), 'est'] as const),
].sort((a, b) => b[0].length - a[0].length);
/** PHRASES by their first word, longest first as there: a figure is read at most tokens, and few start a modifier. */
const PHRASES_BY_FIRST = new Map<string, Array<readonly [string[], 'low' | 'high' | 'est']>>();
for (const phrase of PHRASES) {
  const first = phrase[0][0] as string;
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), phrase]);
}

const INTEGER = /^\d{1,3}(?:,\d{3})+$|^\d+$/;
const DECIMAL = /^\d+\.\d+$/;
const DIGIT_RANGE = /^(\d{1,5})-(\d{1,5})$/;

/** The word of token `i`, or '' outside the sentence (checked first: reading an array at a negative index is slow). */
function word(toks: readonly Tok[], i: number): string {
  return i >= 0 && i < toks.length ? (toks[i] as Tok).w : '';
}

/** Value of one number word, including hyphenated compounds ("forty-eight"); null when it is not one. */
export function numberWordValue(w: string): number | null {
  const direct = SMALL.get(w);
  if (direct !== undefined) return direct;
  const dash = w.indexOf('-');
  if (dash < 0) return null;
  const tens = SMALL.get(w.slice(0, dash));
  const unit = SMALL.get(w.slice(dash + 1));
  if (tens === undefined || unit === undefined || tens < 20 || tens % 10 !== 0 || unit < 1 || unit > 9) return null;
  return tens + unit;
}

function readDigits(toks: readonly Tok[], i: number): Core | null {
  const t = toks[i];
  if (!t || t.kind !== 'num') return null;
  const range = DIGIT_RANGE.exec(t.w);
  if (range) {
    const lo = Number(range[1]);
    const hi = Number(range[2]);
    return hi > lo ? { value: lo, high: hi, to: i + 1, vague: false } : null;
  }
  const scale = SCALE.get(word(toks, i + 1));
  if (DECIMAL.test(t.w)) {
    if (scale === undefined || scale < 1000) return null;
    return { value: Math.round(Number(t.w) * scale), high: null, to: i + 2, vague: false };
  }
  if (!INTEGER.test(t.w)) return null;
  const n = Number(t.w.replace(/,/g, ''));
  if (scale !== undefined) return { value: n * scale, high: null, to: i + 2, vague: false };
  return { value: n, high: null, to: i + 1, vague: false };
}

/** "two hundred and five", "forty-eight", "three thousand". */
function readWords(toks: readonly Tok[], i: number): Core | null {
  let total = 0;
  let current = 0;
  let j = i;
  let seen = false;
  while (j < toks.length) {
    const w = word(toks, j);
    const small = numberWordValue(w);
    const scale = SCALE.get(w);
    if (small !== null) {
      current += small;
      seen = true;
    } else if (scale !== undefined && seen) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (w === 'and' && seen && numberWordValue(word(toks, j + 1)) !== null && (total > 0 || current >= 100)) {
      j++;
      continue;
    } else break;
    j++;
  }
  return seen ? { value: total + current, high: null, to: j, vague: false } : null;
}

/** "dozens", "tens of thousands", "a dozen", "half a dozen", "a hundred". */
function readVague(toks: readonly Tok[], i: number): Core | null {
  const w = word(toks, i);
  const vague = VAGUE.get(w);
  if (vague !== undefined) {
    const of = word(toks, i + 1) === 'of' ? VAGUE.get(word(toks, i + 2)) : undefined;
    if (of !== undefined && of >= 100) return { value: vague * of, high: null, to: i + 3, vague: true };
    return { value: vague, high: null, to: i + 1, vague: true };
  }
  if (w === 'half' && word(toks, i + 1) === 'a' && word(toks, i + 2) === 'dozen') {
    return { value: 6, high: null, to: i + 3, vague: false };
  }
  if (w === 'a' || w === 'an') {
    const art = ARTICLE.get(word(toks, i + 1));
    if (art === undefined) return null;
    const after = word(toks, i + 2);
    // "a couple" is only a number with "of" after it: "a couple of soldiers", not "a couple was shot".
    if (art === 2 && after !== 'of') return null;
    return { value: art, high: null, to: i + 2, vague: false };
  }
  return null;
}

function readCore(toks: readonly Tok[], i: number): Core | null {
  return readDigits(toks, i) ?? readVague(toks, i) ?? readWords(toks, i);
}

function readModifier(toks: readonly Tok[], i: number): { kind: 'low' | 'high' | 'est'; to: number } | null {
  for (const [words, kind] of PHRASES_BY_FIRST.get(word(toks, i)) ?? []) {
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = word(toks, i + k) === words[k];
    if (ok) return { kind, to: i + words.length };
  }
  return null;
}

/** "10 to 20", "10 or 12", "between 10 and 20": the second figure, when the range reads as one. */
function readRangeEnd(toks: readonly Tok[], core: Core, between: boolean): Core | null {
  const joiner = word(toks, core.to);
  const ok = between ? joiner === 'and' : joiner === 'to' || joiner === 'or' || joiner === '-';
  if (!ok) return null;
  const end = readDigits(toks, core.to + 1) ?? readWords(toks, core.to + 1);
  return end && end.value > core.value ? end : null;
}

/** Reads a figure starting at token `i`, with its modifier ("at least", "more than", "about") and range. */
export function readQuantity(toks: readonly Tok[], i: number): Quantity | null {
  const between = word(toks, i) === 'between';
  const mod = between ? null : readModifier(toks, i);
  const at = between ? i + 1 : mod ? mod.to : i;
  const core = readCore(toks, at);
  if (!core) return null;
  const end = readRangeEnd(toks, core, between);
  if (between && !end) return null;
  if (end) return { value: core.value, low: core.value, high: end.value, from: i, to: end.to, vague: core.vague };
  const low = mod?.kind === 'low' ? core.value : null;
  const high = core.high ?? (mod?.kind === 'high' ? core.value : null);
  const low2 = core.high !== null ? core.value : low;
  return { value: core.value, low: low2, high, from: i, to: core.to, vague: core.vague };
}

/** Parses a whole phrase ("at least 20", "tens of thousands", "forty-eight") to a figure, or null. */
export function parseQuantity(text: string): { value: number; low: number | null; high: number | null } | null {
  const toks = tokenizeSpan(text, 0);
  const q = readQuantity(toks, 0);
  if (!q || q.to !== toks.length) return null;
  return { value: q.value, low: q.low, high: q.high };
}
