/**
 * Inverted-pyramid position prior: news puts the most important facts first, so a sentence's prior decays with its
 * rank among the candidates (boilerplate and repeats removed): 1 / (1 + rank)^decay.
 */
export function positionPrior(rank: number, decay: number): number {
  return 1 / Math.pow(1 + rank, decay);
}
