import { isStopWord, stem, tokenSpans } from '../text/tokenize.ts';
import type { Keyword, Sentence, WordSpan } from '../types.ts';
import { roundScore } from '../round.ts';

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

/** The token as written, without a trailing period. */
function rawText(text: string, t: WordSpan): string {
  return text.charCodeAt(t.end - 1) === 0x2e ? text.slice(t.start, t.end - 1) : text.slice(t.start, t.end);
}

/** A keyword-bearing word: not a stop word, not starting with an ASCII digit, longer than two characters. */
function isContent(word: string): boolean {
  if (word.length <= 2) return false;
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

/** A content word's stem, whether the title holds it, and its entry once it has one. */
interface Slot {
  key: string;
  bonus: boolean;
  entry: Entry | null;
}

function slotOf(key: string, titleStems: ReadonlySet<string>): Slot {
  return { key, bonus: titleStems.has(key), entry: null };
}

/**
 * Keywords: content words (merged by stem) and capitalised names of two or three words ("Foreign Ministry"), scored
 * by position-weighted frequency, with a bonus for words in the title; scores scaled so the best is 1.
 * Sorted by score, ties by first occurrence.
 */
export function extractKeywords(candidates: readonly Sentence[], title: string | null, limit: number): Keyword[] {
  if (limit <= 0) return [];
  const entries = new Map<string, Entry>();
  /** Per distinct token: its stem's entry and title bonus, or null when it is not a content word. */
  const slots = new Map<string, Slot | null>();
  let order = 0;
  const add = (key: string, surface: string, weight: number): Entry => {
    const e = entries.get(key);
    if (e) {
      e.weight += weight;
      return e;
    }
    const created = { surface, weight, first: order++ };
    entries.set(key, created);
    return created;
  };
  const titleStems = new Set(tokenSpans(title ?? '').map((t) => stem(t.word)));
  for (const s of candidates) {
    const w = positionWeight(s.index);
    const text = s.text;
    const spans = s.words;
    let run: string[] = [];
    const flushRun = (): void => {
      if (run.length >= 2 && run.length <= 3) add(`#${run.join(' ').toLowerCase()}`, run.join(' '), w * 1.5);
      if (run.length > 0) run = [];
    };
    for (let k = 0; k < spans.length; k++) {
      const t = spans[k] as WordSpan;
      let slot = slots.get(t.word);
      if (slot === undefined) {
        slot = isContent(t.word) ? slotOf(stem(t.word), titleStems) : null;
        slots.set(t.word, slot);
      }
      const capital = slot !== null && capitalisedAt(text, t.start);
      const raw = capital ? rawText(text, t) : '';
      if (capital) run.push(raw);
      else flushRun();
      if (slot === null) continue;
      const weight = w * (slot.bonus ? 1.5 : 1);
      if (slot.entry !== null) slot.entry.weight += weight;
      else slot.entry = add(slot.key, k > 0 && capital ? raw : t.word, weight);
    }
    flushRun();
  }
  const top = best(entries.values(), limit);
  const max = top[0]?.weight ?? 1;
  return top.map((e) => ({ term: e.surface, score: roundScore(e.weight / max) }));
}
