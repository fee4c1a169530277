import { attach, attached } from '../attach.ts';
import { MEDIATOR_CUES } from '../lexicon/roles.ts';
import type { Doc } from '../types.ts';

/**
 * One pass over a document's sentences that tells, per sentence, which families of cue words it may hold, so the
 * extractors run their regular expressions only on sentences that can match them. Each family lists words that every
 * match of its expressions must contain; the pass (an Aho–Corasick automaton over lower-cased ASCII) finds them as
 * substrings anywhere, so a family's bit is a superset test: set whenever a match is possible, sometimes when not.
 * Case: A–Z fold to a–z, and the two non-ASCII letters that case-insensitive Unicode matching folds onto ASCII
 * letters (ſ U+017F to s, the Kelvin sign U+212A to k) fold too; any other non-ASCII character never matches an
 * ASCII letter, so it breaks a word here as it does there.
 */

/** Bits of the cue families. */
export const CUE = {
  /** historical.ts MARKER_RE and EARLIER_RE. */
  historical: 1 << 0,
  /** historical.ts YEAR_RE ("in 1998"). */
  year: 1 << 1,
  /** ceasefire/index.ts: CEASEFIRE_WORDS. */
  ceasefire: 1 << 2,
  /** mediators: MEDIATOR_CUES of every role. */
  role: 1 << 3,
  /** mediators: "talks". */
  talks: 1 << 4,
  /** summary/cues.ts CASUALTY_FIGURE. */
  casualtyFigure: 1 << 5,
  /** summary/cues.ts CEASEFIRE_ANY. */
  ceasefireAny: 1 << 6,
  /** summary/cues.ts MEDIATION. */
  mediation: 1 << 7,
  /** lexicon/boilerplate.ts, the patterns not anchored at the start. */
  boilerplate: 1 << 8,
  /** lexicon/casualties.ts CASUALTY_STEMS. */
  casualtyStems: 1 << 9,
  /** facts/casualties/index.ts IMPLIED_DEATH. */
  impliedDeath: 1 << 10,
  /** summary/cues.ts PHOTO_REFERENCE. */
  photo: 1 << 11,
  /** A curly double quotation mark (summary/shape.ts looks for where quotations open and close). */
  curlyQuote: 1 << 12,
} as const;

const FAMILIES: ReadonlyArray<[number, readonly string[]]> = [
  [CUE.historical, ['last', 'ago', '0s', 'war', 'since', 'history', 'then-', 'past', 'back', 'cease', 'truce', 'deal', 'agreement', 'accord', 'round']],
  [CUE.year, ['19', '20']],
  [CUE.ceasefire, ['cease', 'truce', 'armistice', 'cessation', 'peace', 'fighting']],
  // The longest word of each mediator cue (every match holds all of a cue's words): the family follows the cues.
  [CUE.role, MEDIATOR_CUES.flatMap(({ cues }) => cues.map((c) => c.replace('*', '').split(' ').reduce((a, b) => (b.length > a.length ? b : a))))],
  [CUE.talks, ['talks']],
  [
    CUE.casualtyFigure,
    ['kill', 'dead', 'died', 'death', 'wound', 'injur', 'hurt', 'missing', 'captured', 'abducted', 'kidnapped', 'displaced', 'lost', 'slain', 'casualties'],
  ],
  [CUE.ceasefireAny, ['cease', 'truce', 'armistice', 'peace', 'cessation']],
  [CUE.mediation, ['mediat', 'broker', 'facilitat', 'peace', 'offices', 'initiative', 'shuttle']],
  // Whole phrases: "rights", "share", "sign" or a bare "(" are in most news sentences, and without this family's bit
  // a sentence runs only the anchored patterns.
  [
    CUE.boilerplate,
    [
      'licen', 'creative commons', 'rights reserved', 'copyright', '\u00a9', 'subscribe to ', 'sign up for ', 'follow us on',
      'share this ', '(getty images', '(ap photo', '(afp', '(reuters', '(photo',
    ],
  ],
  [
    CUE.casualtyStems,
    [
      'hit in ', 'were hit', 'was hit', 'kill', 'stab', 'lynch', 'drown', 'dead', 'die', 'death', 'wound', 'injur', 'hurt', 'shot', 'shoot', 'struck', 'slain', 'murder',
      'fatal', 'perish', 'succumb', 'lives', 'life', 'condition', 'gunfire', 'bullet', 'passed away', 'missing',
      'unaccounted', 'disappear', 'captur', 'abduct', 'kidnap', 'hostage', 'captive', 'prisoner', 'displac', 'fled',
      'flee', 'homeless', 'toll', 'bodies', 'casualt', 'victims', 'execut', 'massacr', 'martyr', 'behead', 'gunned',
      'maimed', 'hospital', 'grazed', 'decease', 'surviv', 'recovering', 'treated and released', 'homicide', 'lost ',
    ],
  ],
  [CUE.impliedDeath, ['shooting', 'dead', 'homicide', 'fatal', 'murder', 'own life']],
  [CUE.photo, ['(', 'pictured']],
  [CUE.curlyQuote, ['\u201c', '\u201d']],
];

/** Symbols of the automaton: 0 any other character, then one per character used by a cue word. */
const SYMBOL = new Uint8Array(0x10000);
let symbols = 1;
for (const [, words] of FAMILIES) {
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (SYMBOL[c] === 0) SYMBOL[c] = symbols++;
    }
  }
}
for (let c = 65; c <= 90; c++) SYMBOL[c] = SYMBOL[c | 0x20] as number;
SYMBOL[0x17f] = SYMBOL[0x73] as number;
SYMBOL[0x212a] = SYMBOL[0x6b] as number;

/** The automaton: per state, its family bits (with its suffixes' bits) and its goto row (see build). */
const STRIDE = symbols + 1;
const TABLE = build();

function build(): Int32Array {
  const children: Array<Map<number, number>> = [new Map()];
  const out: number[] = [0];
  for (const [bit, words] of FAMILIES) {
    for (const word of words) {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const sym = SYMBOL[word.charCodeAt(i)] as number;
        let next = (children[state] as Map<number, number>).get(sym);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          out.push(0);
          (children[state] as Map<number, number>).set(sym, next);
        }
        state = next;
      }
      out[state] = (out[state] as number) | bit;
    }
  }
  const n = children.length;
  const next = new Int32Array(n * symbols);
  const fail = new Int32Array(n);
  const queue: number[] = [];
  for (let sym = 0; sym < symbols; sym++) {
    const child = (children[0] as Map<number, number>).get(sym);
    if (child !== undefined) {
      next[sym] = child;
      queue.push(child);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q] as number;
    out[state] = (out[state] as number) | (out[fail[state] as number] as number);
    for (let sym = 0; sym < symbols; sym++) {
      const child = (children[state] as Map<number, number>).get(sym);
      if (child === undefined) next[state * symbols + sym] = next[(fail[state] as number) * symbols + sym] as number;
      else {
        fail[child] = next[(fail[state] as number) * symbols + sym] as number;
        next[state * symbols + sym] = child;
        queue.push(child);
      }
    }
  }
  // Rows by offset, one table: row r (offset r × STRIDE) holds the family bits of state r in column 0 and, in column
  // 1 + symbol, the row offset of the state that symbol leads to. The scan needs no multiplication per character,
  // and a state's bits sit next to its transitions.
  const table = new Int32Array(n * STRIDE);
  for (let state = 0; state < n; state++) {
    table[state * STRIDE] = out[state] as number;
    for (let sym = 0; sym < symbols; sym++) table[state * STRIDE + 1 + sym] = (next[state * symbols + sym] as number) * STRIDE;
  }
  return table;
}

/** The family bits of every cue word found in text[start, end). */
export function cueBits(text: string, start: number, end: number): number {
  let row = 0;
  let bits = 0;
  for (let i = start; i < end; i++) {
    row = TABLE[row + 1 + (SYMBOL[text.charCodeAt(i)] as number)] as number;
    bits |= TABLE[row] as number;
  }
  return bits;
}

/** Where the masks are kept: on the document's sentence list (see attach.ts). */
const MASKS = Symbol('cueMasks');

/** The cue family bits of each sentence of a document (computed once per document). */
export function sentenceCues(doc: Doc): Int32Array {
  let masks = attached<Int32Array>(doc.sentences, MASKS);
  if (masks === undefined || masks.length !== doc.sentences.length) {
    masks = new Int32Array(doc.sentences.length);
    for (let i = 0; i < doc.sentences.length; i++) {
      const s = doc.sentences[i];
      // Read in the article (`s.text` is `doc.text.slice(s.start, s.end)`): a flat string reads faster than a slice of one.
      if (s !== undefined) masks[i] = cueBits(doc.text, s.start, s.end);
    }
    attach(doc.sentences, MASKS, masks);
  }
  return masks;
}

/** A short fingerprint of regular-expression sources (FNV-1a over their code units). */
export function fingerprint(sources: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const s of sources) {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Every trustedBits call whose fingerprint no longer matches, as the modules load: such an expression stays correct
 * but loses its prefilter, so a test requires this list to be empty (after checking that the family's cue words still
 * cover the changed expression, put the new fingerprint in the call).
 */
export const UNTRUSTED: Array<{ bits: number; expected: number; actual: number; first: string }> = [];

/**
 * The family bits a consumer may rely on: `bits` when the expressions it guards still have the sources the cue words
 * were chosen for (`expected`, their fingerprint), else 0 — so a changed expression is always run, never skipped.
 */
export function trustedBits(bits: number, sources: readonly string[], expected: number): number {
  const actual = fingerprint(sources);
  if (actual === expected) return bits;
  UNTRUSTED.push({ bits, expected, actual, first: sources[0]?.slice(0, 60) ?? '' });
  return 0;
}
