import type { Sentence } from '../types.ts';

/**
 * Word tokens and stems as integers, interned once across documents, so the summariser and the keyword extractor
 * count with arrays instead of string maps and compute a token's stem or stop-word test once per distinct token.
 * The tables are cleared (ids restart from 0, `wordEpoch()` changes) only at the start of a document, by
 * `startDocument()`, once they grow large; anything derived from ids must check the epoch it was built in.
 */

const TOKEN_IDS = new Map<string, number>();
const STEM_IDS = new Map<string, number>();
const STEMS: string[] = [];
const MAX_TOKENS = 1 << 17;
let epoch = 0;

/** Token ids of each sentence, with the epoch they were numbered in. */
const BY_SENTENCE = new WeakMap<Sentence, { epoch: number; ids: Int32Array }>();

/** Called where a document's analysis starts: clears the tables when they have grown large. */
export function startDocument(): void {
  if (TOKEN_IDS.size < MAX_TOKENS && STEM_IDS.size < MAX_TOKENS) return;
  TOKEN_IDS.clear();
  STEM_IDS.clear();
  STEMS.length = 0;
  epoch++;
}

/** Changes whenever ids are renumbered. */
export function wordEpoch(): number {
  return epoch;
}

/** How many token ids are in use (ids run from 0 to this, exclusive). */
export function tokenCount(): number {
  return TOKEN_IDS.size;
}

/** The id of a token (a lower-cased word of `Sentence.tokens`). */
export function tokenId(token: string): number {
  let id = TOKEN_IDS.get(token);
  if (id === undefined) {
    id = TOKEN_IDS.size;
    TOKEN_IDS.set(token, id);
  }
  return id;
}

/** The id of a stem. */
export function stemId(stem: string): number {
  let id = STEM_IDS.get(stem);
  if (id === undefined) {
    id = STEMS.length;
    STEM_IDS.set(stem, id);
    STEMS.push(stem);
  }
  return id;
}

/** The stem of a stem id. */
export function stemOf(id: number): string {
  return STEMS[id] as string;
}

/** How many stem ids are in use. */
export function stemCount(): number {
  return STEMS.length;
}

/** The token ids of a sentence's tokens, numbered once per sentence object. */
export function sentenceTokenIds(sentence: Sentence): Int32Array {
  const known = BY_SENTENCE.get(sentence);
  if (known !== undefined && known.epoch === epoch) return known.ids;
  const tokens = sentence.tokens;
  const ids = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as string;
    ids[k] = TOKEN_IDS.get(t) ?? tokenId(t);
  }
  BY_SENTENCE.set(sentence, { epoch, ids });
  return ids;
}

/** An Int32Array of at least `size` entries holding `a`'s values, the rest `fill`. */
export function grown(a: Int32Array<ArrayBuffer>, size: number, fill: number): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const b = new Int32Array(Math.max(size, a.length * 2)).fill(fill);
  b.set(a);
  return b;
}
