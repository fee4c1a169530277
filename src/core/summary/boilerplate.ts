import { BOILERPLATE_PATTERNS } from '../lexicon/boilerplate.ts';
import { CUE, trustedBits } from '../text/cuescan.ts';
import { GLUED_FURNITURE } from './cues.ts';

/** A glued furniture prefix is stripped only when at least this many words of text follow it. */
const GLUED_MIN_WORDS = 8;

/** The first four code units of a text, ASCII letters folded to lower case, as one number. */
function openingOf(text: string): number {
  return (((text.charCodeAt(0) | 0x20) << 24) | ((text.charCodeAt(1) | 0x20) << 16) | ((text.charCodeAt(2) | 0x20) << 8) | (text.charCodeAt(3) | 0x20)) >>> 0;
}

/** openingOf each way GLUED_FURNITURE can open: "scroll", "advertisement", "share", "media", "updated", "published", "posted", "last updated". */
const GLUED_OPENINGS = new Set(['scro', 'adve', 'shar', 'medi', 'upda', 'publ', 'post', 'last'].map(openingOf));

/**
 * Length of page furniture glued in front of real text ("Scroll down for video Gordon Brown said ..."), or 0 when
 * there is none or too little text follows it.
 */
export function furniturePrefix(sentence: string): number {
  // GLUED_FURNITURE opens with one of GLUED_OPENINGS (ASCII, any case): other openings cannot match.
  if (sentence.length < 4 || !GLUED_OPENINGS.has(openingOf(sentence))) return 0;
  const m = GLUED_FURNITURE.exec(sentence.length > 400 ? sentence.slice(0, 400) : sentence);
  if (m === null) return 0;
  const rest = sentence.slice(m[0].length, m[0].length + 400);
  const words = rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words >= GLUED_MIN_WORDS ? m[0].length : 0;
}

/**
 * `patterns` joined into one alternation per set of flags: a text matches one of them exactly when it matches one of
 * the joined expressions, and each sentence is then searched once or twice instead of once per pattern. A pattern that
 * keeps state (g, y), refers back to a group (its number would change) or names one (two might clash) stays alone.
 */
function joined(patterns: readonly RegExp[]): RegExp[] {
  const alone: RegExp[] = [];
  const byFlags = new Map<string, string[]>();
  for (const re of patterns) {
    if (/[gy]/.test(re.flags) || /\\[1-9k]|\(\?<[^=!]/.test(re.source)) alone.push(re);
    else {
      const sources = byFlags.get(re.flags) ?? [];
      sources.push(`(?:${re.source})`);
      byFlags.set(re.flags, sources);
    }
  }
  return [...[...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags)), ...alone];
}

/** The patterns anchored at the start, and whether the cue family of text/cuescan.ts covers the others. */
const ANCHORED = BOILERPLATE_PATTERNS.filter((re) => re.source.startsWith('^'));
const UNANCHORED = BOILERPLATE_PATTERNS.filter((re) => !re.source.startsWith('^'));
const UNANCHORED_BITS = trustedBits(CUE.boilerplate, UNANCHORED.flatMap((r) => [r.source, r.flags]), 1928508477);
/**
 * ANCHORED joined, then with UNANCHORED joined apart: one alternation of both would try the anchored alternatives at
 * every position of the sentence.
 */
const ANCHORED_JOINED = joined(ANCHORED);
const ALL_JOINED = [...ANCHORED_JOINED, ...joined(UNANCHORED)];

/** True when a sentence is page furniture (licence, share widget, byline, photo credit), not news. */
export function isBoilerplate(sentence: string): boolean {
  return boilerplateWith(sentence, -1);
}

/**
 * isBoilerplate, given the sentence's cue family bits (text/cuescan.ts): without the boilerplate family only the
 * patterns anchored at the start can match. `skip`: its furniturePrefix, when the caller has it already.
 */
export function boilerplateWith(sentence: string, cues: number, skip = furniturePrefix(sentence)): boolean {
  const head = sentence.slice(skip, skip + 400);
  const patterns = UNANCHORED_BITS !== 0 && (cues & UNANCHORED_BITS) === 0 ? ANCHORED_JOINED : ALL_JOINED;
  for (const re of patterns) if (re.test(head)) return true;
  return false;
}
