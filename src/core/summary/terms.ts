import { attach, attached } from '../attach.ts';
import { recordedTokenIds, stem, TokenInterner } from '../text/tokenize.ts';
import type { Sentence } from '../types.ts';
import { TermVector, type SparseVector, type VectorTable } from './vectors.ts';

/**
 * Content terms as small integers, so dedupe, centrality and the tf-idf vectors count with arrays instead of string
 * maps. Each document numbers its distinct tokens and its terms from 0 in first-seen order; a token's content term
 * (stop-word test and stem) is computed once per document.
 */

/** Every sentence's tokens and content terms as integers, with document frequencies over all sentences. */
export interface TermTable {
  /** The stem of each term id. */
  words: string[];
  /** Number of sentences holding each term id. */
  df: number[];
  /** Distinct term ids of each sentence, in first-seen order. */
  sets: number[][];
  /** Term ids of each sentence with repeats, in order. */
  lists: number[][];
  /** Stemmed content words of each sentence (what contentTerms returns), built the first time it is read. */
  readonly terms: string[][];
  /** A hash of each sentence's token ids (every token, stop words included): equal token lists hash alike. */
  hashes: Int32Array;
  /** Token ids of each sentence, in order. */
  tokenIds: number[][];
  /** The term id of each token id, or -1 for a stop word or a number. */
  termOfToken: Int32Array;
  /** The token of each token id. */
  tokenTexts: string[];
  /** The interner that numbered the tokens: buildDoc's, or termTable's own for sentences built elsewhere. */
  interner: TokenInterner;
  /** The term id of a stem, or -1 when no sentence has it. */
  termId(stem: string): number;
}

/** The table a candidate list was cut from (summarize registers it), so keywords can reuse its token ids (see attach.ts). */
const TABLE = Symbol('termTable');
type Registered = { table: TermTable; sentences: readonly Sentence[]; article: string | null };

/**
 * Records that `candidates` are sentences of `sentences`, the list `table` was built from, and of `article`, the text
 * they were cut from, when given.
 */
export function registerCandidates(candidates: readonly Sentence[], sentences: readonly Sentence[], table: TermTable, article: string | null = null): void {
  attach(candidates, TABLE, { table, sentences, article } satisfies Registered);
}

/** The text `candidates` were cut from (each is `article.slice(s.start, s.end)`), when summarize registered it. */
export function articleOf(candidates: readonly Sentence[]): string | null {
  const known = attached<Registered>(candidates, TABLE);
  return known !== undefined && tableOf(candidates) !== null ? known.article : null;
}

/** The term table of the sentences `candidates` were taken from, when summarize registered them and they still match. */
export function tableOf(candidates: readonly Sentence[]): TermTable | null {
  const known = attached<Registered>(candidates, TABLE);
  if (known === undefined) return null;
  for (const s of candidates) if (known.sentences[s.index] !== s) return null;
  return known.table;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Numbers the tokens and content terms of every sentence: first the content term of each distinct token (stop-word
 * test and stem, once per token id), then every sentence's term lists from its token ids.
 */
export function termTable(sentences: readonly Sentence[]): TermTable {
  // The ids buildDoc gave the tokens number them in first-seen order; sentences from elsewhere are numbered here.
  const recorded = recordedTokenIds(sentences);
  const interner = recorded !== null ? recorded.interner : new TokenInterner();
  const tokenIds = recorded !== null ? recorded.ids : sentences.map((s) => s.tokens.map((t) => interner.intern(t)));
  const tokenTexts = interner.words;
  // Term ids follow token ids, so they too are numbered in first-seen order.
  const { termOfToken, words, stems } = contentTermsOf(interner);
  const df: number[] = new Array(words.length).fill(0);
  /** By term id: the last sentence counted in `df`, plus one (0: none yet). */
  const last = new Int32Array(words.length);
  const sets: number[][] = new Array(sentences.length);
  const lists: number[][] = new Array(sentences.length);
  const hashes = new Int32Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    const ids = tokenIds[s] as number[];
    let hash = 0x811c9dc5;
    // Fresh lists per sentence: emptying reused ones frees their storage anyway, and they would then be copied.
    const set: number[] = [];
    const list: number[] = [];
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      hash = Math.imul(hash ^ id, 0x01000193);
      const l = termOfToken[id] as number;
      if (l < 0) continue;
      list.push(l);
      if (last[l] !== s + 1) {
        last[l] = s + 1;
        df[l] = (df[l] as number) + 1;
        set.push(l);
      }
    }
    hashes[s] = hash;
    lists[s] = list;
    sets[s] = set;
  }
  return new DocTermTable({ words, df, sets, lists, hashes, tokenIds, termOfToken, tokenTexts, interner }, stems);
}

/**
 * The content term of every token of `interner`, by token id (-1 for a stop word or a number), with the stems
 * numbered in token-id order.
 */
function contentTermsOf(interner: TokenInterner): { termOfToken: Int32Array; words: string[]; stems: TokenInterner } {
  const tokens = interner.words;
  const termOfToken = new Int32Array(tokens.length);
  /** Term ids by stem (an interner hashes code units, no Map to grow); never more stems than tokens. */
  const stems = new TokenInterner(tokens.length);
  const words: string[] = [];
  for (let id = 0; id < tokens.length; id++) {
    const t = tokens[id] as string;
    let l = -1;
    if (!interner.isStop(id) && !isDigit(t.charCodeAt(0))) {
      const w = stem(t);
      // Most words are their own stem: the token's interner then has its hash already.
      l = w === t ? stems.internHashed(w, interner.hashAt(id)) : stems.intern(w);
      if (l === words.length) words.push(w);
    }
    termOfToken[id] = l;
  }
  return { termOfToken, words, stems };
}

/**
 * The TermTable termTable builds. A class, not an object literal with a `terms` getter: each such literal gets a hidden
 * class of its own in old space, which keeps the getter's closure (and the whole table) alive through every young
 * collection until the next full one, so every table was copied and promoted.
 */
class DocTermTable implements TermTable {
  readonly words: string[];
  readonly df: number[];
  readonly sets: number[][];
  readonly lists: number[][];
  readonly hashes: Int32Array;
  readonly tokenIds: number[][];
  readonly termOfToken: Int32Array;
  readonly tokenTexts: string[];
  readonly interner: TokenInterner;
  /** Term ids by stem (the interner that numbered them). */
  private readonly stems: TokenInterner;
  private built: string[][] | null = null;

  constructor(fields: Omit<TermTable, 'terms' | 'termId'>, stems: TokenInterner) {
    this.words = fields.words;
    this.df = fields.df;
    this.sets = fields.sets;
    this.lists = fields.lists;
    this.hashes = fields.hashes;
    this.tokenIds = fields.tokenIds;
    this.termOfToken = fields.termOfToken;
    this.tokenTexts = fields.tokenTexts;
    this.interner = fields.interner;
    this.stems = stems;
  }

  termId(stem: string): number {
    return this.stems.find(stem);
  }

  get terms(): string[][] {
    return (this.built ??= this.lists.map((list) => list.map((l) => this.words[l] as string)));
  }
}

/** Math.log of small counts, computed once each (same values as calling Math.log). */
const LOGS: number[] = [];
function logOf(n: number): number {
  return (LOGS[n] ??= Math.log(n));
}

/** A sentence's distinct content terms as a read-only set of stems, backed by the document's term ids. */
export class TermSet implements ReadonlySet<string> {
  readonly owner: CandidateTerms;
  readonly ids: readonly number[];
  constructor(owner: CandidateTerms, ids: readonly number[]) {
    this.owner = owner;
    this.ids = ids;
  }

  get size(): number {
    return this.ids.length;
  }

  has(word: string): boolean {
    // Looked up among the document's stems (no map of every stem is built for the few words asked about).
    const id = this.owner.table.termId(word);
    if (id < 0) return false;
    for (const x of this.ids) if (x === id) return true;
    return false;
  }

  *values(): SetIterator<string> {
    const words = this.owner.table.words;
    for (const id of this.ids) yield words[id] as string;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const w of this.values()) yield [w, w];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, value2: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const w of this.values()) callback.call(thisArg, w, w, this);
  }
}

/**
 * The candidates' term sets, their document frequencies over the candidates, centrality and tf-idf unit vectors
 * (the same values as termCentrality and tfidfVectors compute from strings).
 */
export class CandidateTerms implements VectorTable {
  readonly table: TermTable;
  readonly sets: TermSet[];
  private readonly lists: Array<readonly number[]>;
  /** Number of candidates holding each term id. */
  private readonly df: Int32Array;
  private readonly built: Array<SparseVector | undefined>;
  /** Term frequencies of the vector being built, by term id (zero between builds). */
  private counts: number[] | null = null;

  constructor(table: TermTable, candidates: readonly Sentence[]) {
    this.table = table;
    this.df = new Int32Array(table.words.length);
    this.sets = new Array(candidates.length);
    this.lists = new Array(candidates.length);
    for (let r = 0; r < candidates.length; r++) {
      const index = (candidates[r] as Sentence).index;
      const ids = table.sets[index] as number[];
      for (const id of ids) this.df[id] = (this.df[id] as number) + 1;
      this.sets[r] = new TermSet(this, ids);
      this.lists[r] = table.lists[index] as number[];
    }
    this.built = new Array(candidates.length);
  }

  /** termCentrality of the candidates' sets. */
  centrality(damping: number): number[] {
    const raw: number[] = new Array(this.sets.length);
    for (let r = 0; r < this.sets.length; r++) {
      const ids = (this.sets[r] as TermSet).ids;
      let sum = 0;
      for (const id of ids) sum += logOf(this.df[id] as number);
      raw[r] = sum / (ids.length + damping);
    }
    let max = 1e-9;
    for (const c of raw) if (c > max) max = c;
    for (let r = 0; r < raw.length; r++) raw[r] = (raw[r] as number) / max;
    return raw;
  }

  at(rank: number): SparseVector | undefined {
    const list = this.lists[rank];
    if (list === undefined) return undefined;
    return (this.built[rank] ??= this.unitVector(rank));
  }

  /**
   * The vector of candidate `rank`: term frequencies are counted in an array by term id (`counts`, left all zero), and
   * the distinct terms come in first-seen order from the sentence's set, the order a map of frequencies would have.
   */
  private unitVector(rank: number): SparseVector {
    const n = this.lists.length;
    const list = this.lists[rank] as readonly number[];
    const ids = (this.sets[rank] as TermSet).ids;
    const counts = (this.counts ??= new Array<number>(this.df.length).fill(0));
    for (const w of list) counts[w] = (counts[w] as number) + 1;
    const xs: number[] = new Array(ids.length);
    let norm = 0;
    for (let i = 0; i < ids.length; i++) {
      const w = ids[i] as number;
      const x = (counts[w] as number) * Math.log(1 + n / (this.df[w] as number));
      counts[w] = 0;
      xs[i] = x;
      norm += x * x;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < ids.length; i++) xs[i] = (xs[i] as number) * scale;
    return new TermVector(ids, xs);
  }
}
