import { contentTerms } from '../text/tokenize.ts';
import type { Sentence } from '../types.ts';

/** Two sentences whose content-word sets overlap at least this much (Jaccard) say the same thing. */
export const NEAR_DUPLICATE_JACCARD = 0.8;
/** How many earlier sentences one content word may point to when looking for near duplicates. */
const POSTINGS_CAP = 24;

/**
 * Indices of sentences that repeat an earlier one, exactly or nearly (same content words up to
 * NEAR_DUPLICATE_JACCARD). Candidates are found through an inverted index of each sentence's rarest words with a
 * capped posting list, so the cost stays linear in the number of sentences.
 */
export function findDuplicates(sentences: readonly Sentence[], terms: readonly string[][]): Set<number> {
  const duplicates = new Set<number>();
  const exact = new Map<string, number>();
  const postings = new Map<string, number[]>();
  const sets: Array<Set<string>> = terms.map((t) => new Set(t));
  const df = new Map<string, number>();
  for (const set of sets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  for (const s of sentences) {
    const key = s.tokens.join(' ');
    if (key.length === 0) continue;
    if (exact.has(key)) {
      duplicates.add(s.index);
      continue;
    }
    exact.set(key, s.index);
    const set = sets[s.index] as Set<string>;
    if (set.size === 0) continue;
    const rare = [...set].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0)).slice(0, 3);
    const seen = new Set<number>();
    let dup = false;
    for (const w of rare) {
      for (const j of postings.get(w) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        if (jaccard(set, sets[j] as Set<string>) >= NEAR_DUPLICATE_JACCARD) dup = true;
      }
    }
    if (dup) {
      duplicates.add(s.index);
      continue;
    }
    for (const w of rare) {
      const list = postings.get(w) ?? [];
      if (list.length < POSTINGS_CAP) list.push(s.index);
      postings.set(w, list);
    }
  }
  return duplicates;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}
