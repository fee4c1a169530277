import type { Evidence, Span } from '../../types.ts';

/** A compiled cue list: one case-insensitive alternation on word boundaries. */
export type CueMatcher = RegExp;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles cues ("mediat*", "called on") into one global, case-insensitive regular expression. */
export function compileCues(cues: readonly string[]): CueMatcher {
  const alternatives = [...cues]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((cue) => (cue.endsWith('*') ? `${escape(cue.slice(0, -1))}[\\w-]*` : escape(cue)).replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\w-])(?:${alternatives.join('|')})(?![\\w-])`, 'giu');
}

/**
 * Every match of a cue matcher in `text`, as spans shifted by `offset`. By exec rather than matchAll, which copies the
 * expression on every call; no cue matches the empty string, so each exec moves on (and the last leaves lastIndex 0).
 */
export function findCues(matcher: CueMatcher, text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  matcher.lastIndex = 0;
  for (let m = matcher.exec(text); m !== null; m = matcher.exec(text)) {
    const start = offset + m.index;
    spans.push({ start, end: start + m[0].length });
  }
  return spans;
}

/** True when the matcher finds a cue in `text`. */
export function hasCue(matcher: CueMatcher, text: string): boolean {
  matcher.lastIndex = 0;
  const found = matcher.test(text);
  matcher.lastIndex = 0;
  return found;
}

const UPPER_START = /^\p{Lu}/u;

/** Whether `word` opens with an upper-case letter (`/^\p{Lu}/u`), without the expression for ASCII. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

/** Evidence for a span of the submitted text. */
export function evidenceOf(text: string, start: number, end: number): Evidence {
  return { start, end, text: text.slice(start, end) };
}

/** Sorts evidence by position and drops exact repeats. */
export function uniqueEvidence(list: readonly Evidence[]): Evidence[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((e, i) => i === 0 || e.start !== sorted[i - 1]?.start || e.end !== sorted[i - 1]?.end);
}

/** Compares strings by code unit, for deterministic sorts. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The word without a final possessive ("Iran's" → "Iran", "forces'" → "forces"). */
export function bare(word: string): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 0x27 || last === 0x2019) return word.slice(0, -1);
  if (last !== 0x73 || n < 2) return word;
  const prev = word.charCodeAt(n - 2);
  return prev === 0x27 || prev === 0x2019 ? word.slice(0, -2) : word;
}

/** Whether a word ends with a possessive ("Chelsea's", "Workers'"): what bare() takes off. */
export function possessive(word: string): boolean {
  return bare(word) !== word;
}

/** A surname without its article ("al-Mekdad" → "Mekdad"): `surname.replace(/^(?:al|el)-/i, '')`. */
export function withoutArticle(surname: string): string {
  return surname.charCodeAt(2) === 0x2d && /^(?:al|el)-/i.test(surname) ? surname.slice(3) : surname;
}
