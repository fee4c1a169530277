import type { Sentence } from '../types.ts';
import { termCentrality } from './centrality.ts';
import { BACKGROUND } from './cues.ts';
import { factKinds } from './facts.ts';
import { positionPrior } from './position.ts';
import { sentenceShape, type Shape } from './shape.ts';
import { titleOverlap } from './title.ts';

/**
 * Weights of the scorer and the selection. Fitted by `node scripts/fit-summary.ts` on cnndm_test_frank.jsonl only
 * (ROUGE against its highlights) and reported on summeval_cnndm_test.jsonl; see README.md in this folder.
 */
export const WEIGHTS = {
  /** Exponent of the inverted-pyramid prior 1 / (1 + rank)^decay. */
  decay: 0.75,
  /** Weight of term centrality (0..1). */
  centrality: 0.2,
  /** Added to a sentence's number of distinct terms when its centrality is averaged (centrality.ts). */
  centralityDamping: 1,
  /** Weight of title overlap (0..1); not fitted (CNN/DailyMail has no titles). */
  title: 0.1,
  /** Added to a sentence carrying a casualty figure, a ceasefire or a mediation. */
  fact: 0.2,
  /** Subtracted from sentences of fewer than 8 words. */
  short: 0.1,
  /** Subtracted from sentences ending with a question mark. */
  question: 0.4,
  /** Subtracted from sentences opening with a label or kicker ("UPDATE:", "Pictured:", "Flying high: ..."). */
  label: 0.6,
  /** Subtracted from sentences that refer to a picture ("(pictured)", "(left)"): photo captions. */
  photo: 0.1,
  /** Subtracted from a sentence opening with a pronoun or connective when the sentence before it is not picked. */
  dangling: 0.05,
  /** Redundancy (MMR): subtracted per unit of cosine similarity to a picked sentence above `redundancyFloor`. */
  redundancy: 1,
  /** Cosine similarity below which two sentences are not considered redundant. */
  redundancyFloor: 0.2,
  /**
   * Fact coverage of summaries of 2+ sentences (select.ts): 0 off; 1 in conflict reports only (the article names a
   * ceasefire, truce or mediation), where the summary must carry a casualty figure and a ceasefire if the article
   * has them; 2 in every article.
   */
  factCoverage: 1,
};

/** The weights' shape, so the fitting script can try others. */
export type Weights = typeof WEIGHTS;

/** What the selection needs to know about one candidate. */
export interface Candidate {
  /** Position of the sentence in the document. */
  index: number;
  /** Rank among candidates (boilerplate and repeats removed), from 0. */
  rank: number;
  /** Score before redundancy and context: prior, centrality, title, facts, shape. */
  score: number;
  /** Length in characters of what is emitted (without a glued furniture prefix). */
  length: number;
  /** Bit set of FACT kinds carried. */
  facts: number;
  shape: Shape;
}

/**
 * Scores candidate sentences: inverted-pyramid position prior + centrality + title overlap + fact boost − shape
 * penalties (short, question, label). Redundancy and dangling openings depend on what is already picked: select.ts.
 * `factsByRank`: the candidates' factKinds (summarize computes them from the cue scan, summary/facts.ts); `cues`: the
 * cue family bits of the document's sentences, by sentence index (text/cuescan.ts), when known; `skips`: their
 * furniturePrefix, by sentence index.
 */
export function scoreCandidates(
  candidates: readonly Sentence[],
  termSets: ReadonlyArray<ReadonlySet<string>>,
  titleTerms: ReadonlySet<string>,
  weights: Weights,
  factsByRank: ArrayLike<number>,
  cues: ArrayLike<number>,
  skips: ArrayLike<number>,
): Candidate[] {
  const central = weights.centrality !== 0 ? termCentrality(termSets, weights.centralityDamping) : null;
  return candidates.map((s, rank) => {
    const skip = skips[s.index] as number;
    const shape = sentenceShape(skip === 0 ? s.text : s.text.slice(skip), s.tokens.length, cues[s.index] as number);
    const facts = factsByRank[rank] as number;
    let score = positionPrior(rank, weights.decay);
    if (central) score += weights.centrality * (central[rank] as number);
    score += weights.title * titleOverlap(termSets[rank] as ReadonlySet<string>, titleTerms);
    // A toll, truce or mediation of the past ("have been killed since the war began", "last year") is no news to boost.
    if (facts !== 0 && !BACKGROUND.test(s.text)) score += weights.fact;
    if (shape.short) score -= weights.short;
    if (shape.question) score -= weights.question;
    if (shape.label) score -= weights.label;
    if (shape.photo) score -= weights.photo;
    return { index: s.index, rank, score, length: s.text.length - skip, facts, shape };
  });
}

/** True when the sentence carries a casualty figure, a ceasefire or a mediation. */
export function carriesFact(text: string): boolean {
  return factKinds(text) !== 0;
}

