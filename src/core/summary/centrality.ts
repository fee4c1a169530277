import { TermSet } from './terms.ts';

/**
 * Term centrality: how many of a sentence's content words recur in other sentences (sum of log document frequency
 * over its distinct terms, divided by their number + `damping`: the larger `damping`, the more long sentences are
 * favoured), scaled so the most central candidate scores 1. Linear in tokens.
 */
export function termCentrality(termSets: ReadonlyArray<ReadonlySet<string>>, damping = 4): number[] {
  const first = termSets[0];
  if (first instanceof TermSet && termSets === first.owner.sets) return first.owner.centrality(damping);
  const df = new Map<string, number>();
  for (const set of termSets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const raw = termSets.map((set) => {
    let sum = 0;
    for (const w of set) sum += Math.log(df.get(w) ?? 1);
    return sum / (set.size + damping);
  });
  let max = 1e-9;
  for (const c of raw) if (c > max) max = c;
  return raw.map((c) => c / max);
}
