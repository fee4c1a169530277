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

/** A sparse unit vector: term (a stem, or a document term id) → weight, with the squared weights summing to 1. */
export type SparseVector = ReadonlyMap<string, number> | ReadonlyMap<number, number> | TermVector;

/**
 * TF-IDF unit vectors of the candidates' content terms (idf = log(1 + n / df)), for redundancy checks. Linear in the
 * number of terms.
 */
export function tfidfVectors(termLists: ReadonlyArray<readonly string[]>): SparseVector[] {
  const df = new Map<string, number>();
  for (const list of termLists) for (const w of new Set(list)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = termLists.length;
  return termLists.map((list) => unitVector(list, df, n));
}

/** The TF-IDF unit vector of one term list, given document frequencies over `n` lists. */
function unitVector(list: readonly string[], df: ReadonlyMap<string, number>, n: number): SparseVector {
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
}

/** Vectors by candidate rank: what selection reads (an array of vectors, or TfidfVectors built on demand). */
export interface VectorTable {
  at(rank: number): SparseVector | undefined;
}

/**
 * The same TF-IDF unit vectors as tfidfVectors, each built the first time it is asked for: selection compares only
 * the few candidates it looks at, so most vectors are never needed. Document frequencies are counted up front.
 */
export class TfidfVectors implements VectorTable {
  private readonly lists: ReadonlyArray<readonly string[]>;
  private readonly df = new Map<string, number>();
  private readonly built: Array<SparseVector | undefined>;

  constructor(termLists: ReadonlyArray<readonly string[]>) {
    this.lists = termLists;
    for (const list of termLists) for (const w of new Set(list)) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    this.built = new Array(termLists.length);
  }

  at(rank: number): SparseVector | undefined {
    const list = this.lists[rank];
    if (list === undefined) return undefined;
    return (this.built[rank] ??= unitVector(list, this.df, this.lists.length));
  }
}

/**
 * Cosine of two unit vectors of one kind: two TermVectors (CandidateTerms), or two Maps (tfidfVectors, TfidfVectors);
 * over Maps it iterates over the smaller. No caller mixes the kinds (their terms are ids in one, stems in the other).
 */
export function cosine(a: SparseVector, b: SparseVector): number {
  if (a instanceof TermVector && b instanceof TermVector) return termCosine(a, b);
  if (a instanceof TermVector || b instanceof TermVector) throw new Error('cosine of a TermVector and a Map: the two kinds of vector do not share terms');
  const x = a;
  const y = b;
  const small = (x.size <= y.size ? x : y) as ReadonlyMap<string | number, number>;
  const large = (x.size <= y.size ? y : x) as ReadonlyMap<string | number, number>;
  let dot = 0;
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y !== undefined) dot += x * y;
  }
  return dot;
}

/** cosine of two TermVectors: the same products added in the same order, without an iterator or a Map. */
function termCosine(a: TermVector, b: TermVector): number {
  const small = a.ids.length <= b.ids.length ? a : b;
  const large = a.ids.length <= b.ids.length ? b : a;
  let dot = 0;
  for (let k = 0; k < small.ids.length; k++) {
    const at = large.ids.indexOf(small.ids[k] as number);
    if (at >= 0) dot += (small.weights[k] as number) * (large.weights[at] as number);
  }
  return dot;
}
