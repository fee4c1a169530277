/** Rounds a score to 4 decimals for output, so equal computations print equal digits on every runtime. */
export function roundScore(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
