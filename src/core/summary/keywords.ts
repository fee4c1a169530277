import { isStopWord, stem, tokenSpans } from '../text/tokenize.ts';
import type { Keyword, Sentence } from '../types.ts';
import { roundScore } from '../round.ts';
import { tableOf } from './terms.ts';

interface Entry {
  surface: string;
  weight: number;
  first: number;
}

/** Weight of an occurrence in sentence `index`: earlier mentions count more (inverted pyramid). */
function positionWeight(index: number): number {
  return 1 + 1 / (1 + index / 5);
}

function isCapitalised(word: string): boolean {
  const c = word[0] ?? '';
  return c !== c.toLowerCase();
}

/** Whether the token starting at `text[at]` is capitalised; ASCII without building a string. */
function capitalisedAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 65 && code <= 90;
  return isCapitalised(text[at] as string);
}

/** Token `k` of a sentence as written (`offsets` as in Sentence), without a trailing period. */
function rawText(text: string, offsets: readonly number[], k: number): string {
  const start = offsets[2 * k] as number;
  const end = offsets[2 * k + 1] as number;
  return text.charCodeAt(end - 1) === 0x2e ? text.slice(start, end - 1) : text.slice(start, end);
}

/** The longest word that can be a keyword: longer runs of letters are no words ("aaaa…", glued or encoded text). */
const MAX_KEYWORD_LENGTH = 40;

/** A keyword-bearing word: not a stop word, not starting with an ASCII digit, 3 to MAX_KEYWORD_LENGTH characters. */
function isContent(word: string): boolean {
  if (word.length <= 2 || word.length > MAX_KEYWORD_LENGTH) return false;
  const c = word.charCodeAt(0);
  return !(c >= 48 && c <= 57) && !isStopWord(word);
}

/** Whether entry `a` ranks before `b`: higher weight first, then earlier first occurrence. */
function ranksBefore(a: Entry, b: Entry): boolean {
  return a.weight > b.weight || (a.weight === b.weight && a.first < b.first);
}

/** The `limit` best entries of positive weight, best first, in one pass (same order as a full sort). */
function best(entries: Iterable<Entry>, limit: number): Entry[] {
  const top: Entry[] = [];
  for (const e of entries) {
    if (!(e.weight > 0)) continue;
    if (top.length === limit && !ranksBefore(e, top[limit - 1] as Entry)) continue;
    let at = top.length < limit ? top.length : limit - 1;
    while (at > 0 && ranksBefore(e, top[at - 1] as Entry)) {
      top[at] = top[at - 1] as Entry;
      at--;
    }
    top[at] = e;
  }
  return top;
}

/** Per stem met in one call: its entry and whether the title holds it. */
interface StemSlot {
  key: string;
  entry: Entry | null;
  bonus: boolean;
}

/**
 * Keywords: content words (merged by stem) and capitalised names of two or three words ("Foreign Ministry"), scored
 * by position-weighted frequency, with a bonus for words in the title; scores scaled so the best is 1.
 * Sorted by score, ties by first occurrence.
 */
export function extractKeywords(candidates: readonly Sentence[], title: string | null, limit: number): Keyword[] {
  if (limit <= 0) return [];
  const entries = new Map<string, Entry>();
  /** Per distinct token: its stem's slot, or null when it is not a content word. */
  const slots = new Map<string, StemSlot | null>();
  const byStem = new Map<string, StemSlot>();
  let order = 0;
  const add = (key: string, surface: string, weight: number): Entry => {
    const e = entries.get(key);
    if (e) {
      e.weight += weight;
      return e;
    }
    const created = { surface, weight, first: order++ };
    entries.set(key, created);
    all.push(created);
    return created;
  };
  /** Every entry; a stem's entry is made once (its slot keeps it), so it needs no lookup by key. */
  const all: Entry[] = [];
  const addStem = (surface: string, weight: number): Entry => {
    const created = { surface, weight, first: order++ };
    all.push(created);
    return created;
  };
  const titleStems = new Set(tokenSpans(title ?? '').map((t) => stem(t.word)));
  const table = tableOf(candidates);
  /** With the summariser's term table: slots by token id and by term id instead of by string. */
  const byToken: Array<StemSlot | null | undefined> = table ? new Array(table.tokenTexts.length) : [];
  const byTerm: Array<StemSlot | undefined> = table ? new Array(table.words.length) : [];
  for (const s of candidates) {
    const w = positionWeight(s.index);
    const text = s.text;
    const tokens = s.tokens;
    const offsets = s.offsets;
    const ids = table ? (table.tokenIds[s.index] as number[]) : null;
    /** The capitalised content words in a row, as token indices [runFrom, runTo). */
    let runFrom = 0;
    let runTo = 0;
    for (let k = 0; k < tokens.length; k++) {
      const word = tokens[k] as string;
      let slot: StemSlot | null | undefined;
      if (ids !== null && table !== null) {
        const id = ids[k] as number;
        slot = byToken[id];
        if (slot === undefined) {
          const term = table.termOfToken[id] as number;
          slot = null;
          if (term >= 0 && word.length > 2 && word.length <= MAX_KEYWORD_LENGTH) {
            slot = byTerm[term] ?? null;
            if (slot === null) {
              const key = table.words[term] as string;
              slot = { key, entry: null, bonus: titleStems.has(key) };
              byTerm[term] = slot;
            }
          }
          byToken[id] = slot;
        }
      } else slot = slots.get(word);
      if (slot === undefined) {
        slot = null;
        if (isContent(word)) {
          const key = stem(word);
          slot = byStem.get(key) ?? null;
          if (slot === null) {
            slot = { key, entry: null, bonus: titleStems.has(key) };
            byStem.set(key, slot);
          }
        }
        slots.set(word, slot);
      }
      const capital = slot !== null && capitalisedAt(text, offsets[2 * k] as number);
      if (capital) {
        if (runTo !== k) runFrom = k;
        runTo = k + 1;
      } else if (runTo - runFrom >= 2 && runTo - runFrom <= 3 && runTo === k) addRun(add, text, offsets, runFrom, runTo, w);
      if (slot === null) continue;
      const weight = w * (slot.bonus ? 1.5 : 1);
      if (slot.entry !== null) slot.entry.weight += weight;
      else slot.entry = addStem(k > 0 && capital ? rawText(text, offsets, k) : word, weight);
    }
    if (runTo === tokens.length && runTo - runFrom >= 2 && runTo - runFrom <= 3) addRun(add, text, offsets, runFrom, runTo, w);
  }
  const top = best(all, limit);
  const max = top[0]?.weight ?? 1;
  return top.map((e) => ({ term: e.surface, score: roundScore(e.weight / max) }));
}

/** Adds a run of two or three capitalised words ("Foreign Ministry") as one name. */
function addRun(add: (key: string, surface: string, weight: number) => Entry, text: string, offsets: readonly number[], from: number, to: number, w: number): void {
  let surface = rawText(text, offsets, from);
  for (let k = from + 1; k < to; k++) surface += ' ' + rawText(text, offsets, k);
  add(`#${surface.toLowerCase()}`, surface, w * 1.5);
}
