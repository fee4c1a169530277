/**
 * A unit vector over a document's term ids (CandidateTerms builds them) as two parallel lists, the ids distinct and in
 * the order a map of them would keep: a vector is read a few times only, and filling a Map cost more than reading it.
 */
export class TermVector {
  readonly ids: readonly number[];
  readonly weights: readonly number[];

  constructor(ids: readonly number[], weights: readonly number[]) {
    this.ids = ids;
    this.weights = weights;
  }

}

/** A sparse unit vector over term ids, with the squared weights summing to 1. */
export type SparseVector = TermVector;

/**
 * TF-IDF unit vectors of term lists (idf = log(1 + n / df)), the terms numbered in the order first seen: the reference
 * computation from strings that CandidateTerms makes over a document's term ids (tests compare with it). Linear in the
 * number of terms.
 */
export function tfidfVectors(termLists: ReadonlyArray<readonly string[]>): TermVector[] {
  const df = new Map<string, number>();
  for (const list of termLists) for (const w of new Set(list)) df.set(w, (df.get(w) ?? 0) + 1);
  const idOf = new Map<string, number>();
  const n = termLists.length;
  return termLists.map((list) => {
    const tf = new Map<string, number>();
    for (const w of list) tf.set(w, (tf.get(w) ?? 0) + 1);
    const ids: number[] = [];
    const weights: number[] = [];
    let norm = 0;
    for (const [w, f] of tf) {
      const x = f * Math.log(1 + n / (df.get(w) ?? 1));
      if (!idOf.has(w)) idOf.set(w, idOf.size);
      ids.push(idOf.get(w) as number);
      weights.push(x);
      norm += x * x;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    return new TermVector(ids, weights.map((x) => x * scale));
  });
}

/** Vectors by candidate rank: what selection reads (CandidateTerms builds them on demand). */
export interface VectorTable {
  at(rank: number): SparseVector | undefined;
}

/**
 * Cosine of two unit vectors: the sum of the products of their shared terms' weights, in the smaller one's order,
 * without an iterator or a Map.
 */
export function cosine(a: TermVector, b: TermVector): number {
  const small = a.ids.length <= b.ids.length ? a : b;
  const large = a.ids.length <= b.ids.length ? b : a;
  let dot = 0;
  for (let k = 0; k < small.ids.length; k++) {
    const at = large.ids.indexOf(small.ids[k] as number);
    if (at >= 0) dot += (small.weights[k] as number) * (large.weights[at] as number);
  }
  return dot;
}
