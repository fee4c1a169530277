/** A sparse unit vector: term → weight, with the squared weights summing to 1. */
export type SparseVector = ReadonlyMap<string, number>;

/**
 * TF-IDF unit vectors of the candidates' content terms (idf = log(1 + n / df)), for redundancy checks. Linear in the
 * number of terms.
 */
export function tfidfVectors(termLists: ReadonlyArray<readonly string[]>): SparseVector[] {
  const df = new Map<string, number>();
  for (const list of termLists) for (const w of new Set(list)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = termLists.length;
  return termLists.map((list) => {
    const tf = new Map<string, number>();
    for (const w of list) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, f] of tf) {
      const x = f * Math.log(1 + n / (df.get(w) ?? 1));
      v.set(w, x);
      norm += x * x;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (const [w, x] of v) v.set(w, x * scale);
    return v;
  });
}

/** Cosine of two unit vectors (iterates over the smaller). */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y !== undefined) dot += x * y;
  }
  return dot;
}
