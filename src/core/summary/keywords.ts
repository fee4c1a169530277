import { isStopWord, stem, tokenSpans } from '../text/tokenize.ts';
import type { Keyword, Sentence } from '../types.ts';
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

/**
 * Keywords: content words (merged by stem) and capitalised names of two or three words ("Foreign Ministry"), scored
 * by position-weighted frequency, with a bonus for words in the title; scores scaled so the best is 1.
 * Sorted by score, ties by first occurrence.
 */
export function extractKeywords(candidates: readonly Sentence[], title: string | null, limit: number): Keyword[] {
  if (limit <= 0) return [];
  const entries = new Map<string, Entry>();
  let order = 0;
  const add = (key: string, surface: string, weight: number): void => {
    const e = entries.get(key);
    if (e) e.weight += weight;
    else entries.set(key, { surface, weight, first: order++ });
  };
  const titleStems = new Set(tokenSpans(title ?? '').map((t) => stem(t.word)));
  for (const s of candidates) {
    const w = positionWeight(s.index);
    const spans = tokenSpans(s.text);
    let run: string[] = [];
    const flushRun = (): void => {
      if (run.length >= 2 && run.length <= 3) add(`#${run.join(' ').toLowerCase()}`, run.join(' '), w * 1.5);
      run = [];
    };
    spans.forEach((t, k) => {
      const raw = s.text.slice(t.start, t.end).replace(/\.$/, '');
      const content = !isStopWord(t.word) && !/^\d/.test(t.word) && t.word.length > 2;
      if (content && isCapitalised(raw) && (k > 0 || run.length > 0 || isCapitalised(raw))) run.push(raw);
      else flushRun();
      if (!content) return;
      const key = stem(t.word);
      const surface = k > 0 && isCapitalised(raw) ? raw : t.word;
      add(key, surface, w * (titleStems.has(key) ? 1.5 : 1));
    });
    flushRun();
  }
  const list = [...entries.values()].filter((e) => e.weight > 0);
  list.sort((a, b) => b.weight - a.weight || a.first - b.first);
  const top = list.slice(0, limit);
  const max = top[0]?.weight ?? 1;
  return top.map((e) => ({ term: e.surface, score: roundScore(e.weight / max) }));
}
