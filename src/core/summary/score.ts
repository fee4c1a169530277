import { CASUALTY_CUE, CEASEFIRE_CUE, DANGLING_START, MEDIATION_CUE, NUMBER_CUE } from '../lexicon/cues.ts';
import type { Sentence } from '../types.ts';

/** Weights of the baseline scorer; documented in src/core/summary/README.md. */
export const WEIGHTS = {
  position: 0.45,
  centrality: 0.35,
  title: 0.1,
  fact: 0.25,
  shortPenalty: 0.5,
  longPenalty: 0.8,
  danglingPenalty: 0.85,
} as const;

/** True when the sentence carries a casualty figure, a ceasefire or a mediation. */
export function carriesFact(text: string): boolean {
  return (CASUALTY_CUE.test(text) && NUMBER_CUE.test(text)) || CEASEFIRE_CUE.test(text) || MEDIATION_CUE.test(text);
}

/**
 * Scores candidate sentences (by their rank among candidates): an inverted-pyramid position prior, content
 * centrality (how many of the sentence's content words recur elsewhere in the article), overlap with the title, and a
 * boost for sentences that carry a fact. Linear in the number of tokens.
 */
export function scoreSentences(
  candidates: readonly Sentence[],
  terms: readonly string[][],
  titleTerms: ReadonlySet<string>,
): number[] {
  const tf = new Map<string, number>();
  for (const s of candidates) for (const w of new Set(terms[s.index])) tf.set(w, (tf.get(w) ?? 0) + 1);
  const central = candidates.map((s) => {
    const set = new Set(terms[s.index]);
    let sum = 0;
    for (const w of set) sum += Math.log((tf.get(w) ?? 1));
    return sum / (set.size + 4);
  });
  let maxCentral = 1e-9;
  for (const c of central) if (c > maxCentral) maxCentral = c;
  return candidates.map((s, rank) => {
    const set = new Set(terms[s.index]);
    let titleHits = 0;
    for (const w of titleTerms) if (set.has(w)) titleHits++;
    const title = titleTerms.size === 0 ? 0 : titleHits / titleTerms.size;
    let score =
      WEIGHTS.position / Math.sqrt(1 + rank) +
      WEIGHTS.centrality * ((central[rank] as number) / maxCentral) +
      WEIGHTS.title * title +
      (carriesFact(s.text) ? WEIGHTS.fact : 0);
    if (s.tokens.length < 6) score *= WEIGHTS.shortPenalty;
    else if (s.tokens.length > 60) score *= WEIGHTS.longPenalty;
    if (DANGLING_START.test(s.text)) score *= WEIGHTS.danglingPenalty;
    return score;
  });
}
