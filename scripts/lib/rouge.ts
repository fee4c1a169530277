/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 computed the way Google's rouge_score (`RougeScorer([...], use_stemmer=True)`)
 * computes them: lower-case, every run of characters outside [a-z0-9] becomes a space, tokens longer than three
 * characters are Porter-stemmed (NLTK's variant, see porter.ts), n-gram counts are clipped, and ROUGE-Lsum is the
 * summary-level union-LCS over newline-separated sentences with ROUGE-1.5.5's guard against double counting.
 */
import { porterStem } from './porter.ts';

/** Precision, recall and F1 of one ROUGE measure, each in [0, 1]. */
export interface Score {
  precision: number;
  recall: number;
  f: number;
}

/** The three measures the evaluation reports. */
export interface RougeScores {
  rouge1: Score;
  rouge2: Score;
  rougeLsum: Score;
}

/** A function from a lower-case word to its stem. */
export type Stem = (word: string) => string;

/** Options for scoring. */
export interface RougeOptions {
  /** Stemmer for tokens longer than 3 characters; `null` disables stemming. Default: NLTK-compatible Porter. */
  stem?: Stem | null;
  /**
   * How a reference without any newline is cut into sentences for ROUGE-Lsum. rouge_score keeps it whole unless
   * `split_summaries=True` (then NLTK's sentence tokenizer). Default: `splitSentences` below.
   */
  splitUnbrokenReference?: boolean;
}

const ZERO: Score = { precision: 0, recall: 0, f: 0 };

function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Memoises a stemmer: the same words recur across thousands of articles. */
export function cachedStem(stem: Stem): Stem {
  const cache = new Map<string, string>();
  return (word) => {
    let s = cache.get(word);
    if (s === undefined) {
      s = stem(word);
      cache.set(word, s);
    }
    return s;
  };
}

const defaultStem = cachedStem(porterStem);

/** rouge_score's `tokenize.tokenize(text, stemmer)`. */
export function tokenize(text: string, stem: Stem | null = defaultStem): string[] {
  const cleaned = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  const out: string[] = [];
  for (const raw of cleaned.split(/\s+/)) {
    if (raw === '') continue;
    out.push(stem !== null && raw.length > 3 ? stem(raw) : raw);
  }
  return out;
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = n === 1 ? (tokens[i] as string) : tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N from token lists (rouge_score's `_score_ngrams`). */
export function rougeN(reference: readonly string[], candidate: readonly string[], n: number): Score {
  const ref = ngramCounts(reference, n);
  const cand = ngramCounts(candidate, n);
  let overlap = 0;
  let refTotal = 0;
  let candTotal = 0;
  for (const [gram, count] of ref) {
    overlap += Math.min(count, cand.get(gram) ?? 0);
    refTotal += count;
  }
  for (const count of cand.values()) candTotal += count;
  const precision = overlap / Math.max(candTotal, 1);
  const recall = overlap / Math.max(refTotal, 1);
  return { precision, recall, f: fmeasure(precision, recall) };
}

/** Indices into `ref` of one LCS of `ref` and `can`, chosen as rouge_score's `_backtrack_norec` chooses it. */
export function lcsIndices(ref: readonly string[], can: readonly string[]): number[] {
  const rows = ref.length;
  const cols = can.length;
  const width = cols + 1;
  const table = new Uint16Array((rows + 1) * width);
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= cols; j++) {
      table[i * width + j] = ref[i - 1] === can[j - 1]
        ? (table[(i - 1) * width + j - 1] as number) + 1
        : Math.max(table[(i - 1) * width + j] as number, table[i * width + j - 1] as number);
    }
  }
  const out: number[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if ((table[i * width + j - 1] as number) > (table[(i - 1) * width + j] as number)) {
      j--;
    } else {
      i--;
    }
  }
  return out.reverse();
}

function countTokens(sentences: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Summary-level union-LCS ROUGE-L over tokenised sentences (rouge_score's `_summary_level_lcs`). */
export function rougeLsumTokens(refSents: readonly (readonly string[])[], canSents: readonly (readonly string[])[]): Score {
  if (refSents.length === 0 || canSents.length === 0) return ZERO;
  const m = refSents.reduce((a, s) => a + s.length, 0);
  const n = canSents.reduce((a, s) => a + s.length, 0);
  if (m === 0 || n === 0) return ZERO;
  const refCounts = countTokens(refSents);
  const canCounts = countTokens(canSents);
  let hits = 0;
  for (const r of refSents) {
    const union = new Set<number>();
    for (const c of canSents) for (const idx of lcsIndices(r, c)) union.add(idx);
    const ordered = [...union].sort((a, b) => a - b);
    for (const idx of ordered) {
      const t = r[idx] as string;
      const inCan = canCounts.get(t) ?? 0;
      const inRef = refCounts.get(t) ?? 0;
      if (inCan > 0 && inRef > 0) {
        hits++;
        canCounts.set(t, inCan - 1);
        refCounts.set(t, inRef - 1);
      }
    }
  }
  const precision = hits / n;
  const recall = hits / m;
  return { precision, recall, f: fmeasure(precision, recall) };
}

/**
 * A plain sentence splitter for references written as one paragraph: a break after `.`, `!` or `?` (and any
 * closing quotes or brackets) followed by white space and a capital letter, digit or opening quote.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'”’)\]]{0,3})\s+(?=["'“‘(\[]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** rouge_score's `get_sents`: non-empty lines; a reference without any newline may be sentence-split first. */
export function summarySentences(text: string, splitUnbroken: boolean): string[] {
  if (splitUnbroken && !text.includes('\n')) return splitSentences(text);
  return text.split('\n').filter((s) => s.length > 0);
}

/**
 * Scores one candidate against one reference. Sentences of the candidate must be separated by newlines
 * (as rouge_score expects for ROUGE-Lsum).
 */
export function rouge(reference: string, candidate: string, options: RougeOptions = {}): RougeScores {
  const stem = options.stem === undefined ? defaultStem : options.stem;
  const splitRef = options.splitUnbrokenReference ?? true;
  const refTokens = tokenize(reference, stem);
  const canTokens = tokenize(candidate, stem);
  const refSents = summarySentences(reference, splitRef).map((s) => tokenize(s, stem));
  const canSents = summarySentences(candidate, false).map((s) => tokenize(s, stem));
  return {
    rouge1: rougeN(refTokens, canTokens, 1),
    rouge2: rougeN(refTokens, canTokens, 2),
    rougeLsum: rougeLsumTokens(refSents, canSents),
  };
}

/** Multi-reference scoring as rouge_score's `score_multi`: for each measure, the reference with the best F1. */
export function rougeBest(references: readonly string[], candidate: string, options: RougeOptions = {}): RougeScores {
  let best: RougeScores | null = null;
  for (const ref of references) {
    const s = rouge(ref, candidate, options);
    if (best === null) {
      best = s;
      continue;
    }
    best = {
      rouge1: s.rouge1.f > best.rouge1.f ? s.rouge1 : best.rouge1,
      rouge2: s.rouge2.f > best.rouge2.f ? s.rouge2 : best.rouge2,
      rougeLsum: s.rougeLsum.f > best.rougeLsum.f ? s.rougeLsum : best.rougeLsum,
    };
  }
  return best ?? { rouge1: ZERO, rouge2: ZERO, rougeLsum: ZERO };
}
