import type { Sentence } from '../types.ts';
import type { TermTable } from './terms.ts';

/** Two sentences whose content-word sets overlap at least this much (Jaccard) say the same thing. */
export const NEAR_DUPLICATE_JACCARD = 0.8;
/** How many earlier sentences one content word may point to when looking for near duplicates. */
const POSTINGS_CAP = 24;
/** How many of a sentence's rarest words index it. */
const RAREST_WORDS = 3;

/** Each sentence's distinct content words as small integers (first-seen order), with the words and their frequencies. */
interface TermIndex {
  /** The word of each id. */
  words: string[];
  /** Number of sentences holding each id. */
  df: number[];
  /** Distinct ids of each sentence. */
  sets: ReadonlyArray<readonly number[]>;
}

/** Numbers the distinct words of every sentence in one pass, counting in how many sentences each occurs. */
function indexTerms(terms: readonly string[][]): TermIndex {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const df: number[] = [];
  const last: number[] = [];
  const sets = terms.map((list, s) => {
    const set: number[] = [];
    for (const w of list) {
      let id = ids.get(w);
      if (id === undefined) {
        id = words.length;
        ids.set(w, id);
        words.push(w);
        df.push(0);
        last.push(-1);
      }
      if (last[id] === s) continue;
      last[id] = s;
      df[id] = (df[id] as number) + 1;
      set.push(id);
    }
    return set;
  });
  return { words, df, sets };
}

/** What the exact-repeat check says of a sentence: no tokens, a repeat of an earlier one, or the first of its kind. */
const Seen = { Empty: 0, Repeat: 1, First: 2 } as const;
type Seen = (typeof Seen)[keyof typeof Seen];

/**
 * Indices of sentences that repeat an earlier one, exactly or nearly (same content words up to
 * NEAR_DUPLICATE_JACCARD). Candidates are found through an inverted index of each sentence's rarest words with a
 * capped posting list, so the cost stays linear in the number of sentences.
 */
export function findDuplicates(sentences: readonly Sentence[], terms: readonly string[][]): Set<number> {
  const exact = new Map<string, number>();
  return duplicatesOf(sentences, indexTerms(terms), (s) => {
    const key = s.tokens.join(' ');
    if (key.length === 0) return Seen.Empty;
    if (exact.has(key)) return Seen.Repeat;
    exact.set(key, s.index);
    return Seen.First;
  });
}

/**
 * findDuplicates on a document's term table: exact repeats are found through a hash of the token ids, then the
 * tokens are compared, instead of joining every sentence's tokens into a key.
 */
export function findRepeats(sentences: readonly Sentence[], table: TermTable): Set<number> {
  const byHash = new Map<number, Sentence[]>();
  return duplicatesOf(sentences, table, (s) => {
    if (s.tokens.length === 0) return Seen.Empty;
    const h = table.hashes[s.index] as number;
    const list = byHash.get(h);
    if (list === undefined) byHash.set(h, [s]);
    else {
      for (const other of list) if (sameTokens(other.tokens, s.tokens)) return Seen.Repeat;
      list.push(s);
    }
    return Seen.First;
  });
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function duplicatesOf(sentences: readonly Sentence[], index: TermIndex, exact: (s: Sentence) => Seen): Set<number> {
  const duplicates = new Set<number>();
  const postings: Array<number[] | undefined> = new Array(index.words.length);
  const mark = new Int32Array(index.words.length).fill(-1);
  for (const s of sentences) {
    const seen = exact(s);
    if (seen === Seen.Empty) continue;
    if (seen === Seen.Repeat) {
      duplicates.add(s.index);
      continue;
    }
    const set = index.sets[s.index] as readonly number[];
    if (set.length === 0) continue;
    // Most sentences have RAREST_WORDS words that no other sentence has: those are then its rarest, and as such words
    // never get a posting list, no earlier sentence is compared with it and no later one is led back to it.
    if (hasUniqueWords(set, index.df, RAREST_WORDS)) continue;
    const rare = rarest(set, index);
    if (hasNearDuplicate(s.index, rare, postings, index.sets, mark)) {
      duplicates.add(s.index);
      continue;
    }
    // A word found in no other sentence can never lead a later sentence back to this one.
    for (const id of rare) {
      if ((index.df[id] as number) < 2) continue;
      const list = postings[id];
      if (list === undefined) postings[id] = [s.index];
      else if (list.length < POSTINGS_CAP) list.push(s.index);
    }
  }
  return duplicates;
}

/** Whether an earlier sentence sharing one of the `rare` words overlaps sentence `at` at least NEAR_DUPLICATE_JACCARD. */
function hasNearDuplicate(
  at: number,
  rare: readonly number[],
  postings: ReadonlyArray<number[] | undefined>,
  sets: ReadonlyArray<readonly number[]>,
  mark: Int32Array,
): boolean {
  const set = sets[at] as readonly number[];
  let marked = false;
  let seen: Set<number> | null = null;
  for (const id of rare) {
    const list = postings[id];
    if (list === undefined) continue;
    if (!marked) {
      for (const w of set) mark[w] = at;
      marked = true;
    }
    for (const j of list) {
      if (seen === null) seen = new Set<number>();
      else if (seen.has(j)) continue;
      seen.add(j);
      if (jaccardAtLeast(set.length, sets[j] as readonly number[], mark, at)) return true;
    }
  }
  return false;
}

/** Whether at least `wanted` words of `set` occur in one sentence only (document frequency 1, the lowest there is). */
function hasUniqueWords(set: readonly number[], df: readonly number[], wanted: number): boolean {
  let unique = 0;
  for (const id of set) if (df[id] === 1 && ++unique >= wanted) return true;
  return false;
}

/** Whether word `a` (document frequency `da`) is rarer than `b` (`db`): lower frequency first, then code-unit order. */
function rarer(a: string, da: number, b: string, db: number): boolean {
  if (da !== db) return da < db;
  // Most ties differ in the first code unit: compared as numbers, without comparing the strings. (An empty string
  // reads as 0, so it still comes first; at a tie the strings decide.)
  const ca = a.charCodeAt(0) | 0;
  const cb = b.charCodeAt(0) | 0;
  return ca !== cb ? ca < cb : a < b;
}

/** The RAREST_WORDS rarest ids of a set (lowest document frequency, ties by the word's code-unit order), rarest first. */
function rarest(set: readonly number[], index: TermIndex): number[] {
  const ids: number[] = [];
  for (const id of set) {
    const w = index.words[id] as string;
    const d = index.df[id] as number;
    let at = ids.length;
    while (at > 0) {
      const prev = ids[at - 1] as number;
      if (!rarer(w, d, index.words[prev] as string, index.df[prev] as number)) break;
      at--;
    }
    if (at >= RAREST_WORDS) continue;
    // Insert at `at`, dropping the last when full (splice and pop, without the calls).
    const length = ids.length;
    if (length < RAREST_WORDS) ids.push(id);
    for (let j = Math.min(length, RAREST_WORDS - 1); j > at; j--) ids[j] = ids[j - 1] as number;
    ids[at] = id;
  }
  return ids;
}

/**
 * Whether the Jaccard overlap of the marked set (`size` ids with `mark[id] === at`) and `other` reaches
 * NEAR_DUPLICATE_JACCARD. The overlap is at most small / large, so unequal sizes are rejected without comparing words.
 */
function jaccardAtLeast(size: number, other: readonly number[], mark: Int32Array, at: number): boolean {
  const small = Math.min(size, other.length);
  const large = Math.max(size, other.length);
  if (small / large < NEAR_DUPLICATE_JACCARD) return false;
  let inter = 0;
  for (const w of other) if (mark[w] === at) inter++;
  const union = size + other.length - inter;
  return union === 0 ? false : inter / union >= NEAR_DUPLICATE_JACCARD;
}
