import type { AnalyzeOptions } from '../types.ts';

/** A scored candidate: its position in the document, its score and its length in characters. */
export interface Scored {
  index: number;
  score: number;
  length: number;
}

/** How many sentences the options ask for, out of `available` candidates. */
export function targetCount(options: AnalyzeOptions, available: number): number {
  const wanted = options.ratio !== null ? Math.ceil(options.ratio * available) : options.sentences;
  return Math.max(0, Math.min(wanted, available));
}

/**
 * Picks sentences: best score first (ties by position), up to the target count; with `maxChars`, a sentence that
 * would push the summary (sentences joined by one space) past the limit is skipped, never cut. Returns the picks in
 * document order.
 */
export function selectSentences(scored: readonly Scored[], options: AnalyzeOptions): Scored[] {
  const target = targetCount(options, scored.length);
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.index - b.index);
  const picked: Scored[] = [];
  let chars = 0;
  for (const s of ranked) {
    if (picked.length >= target) break;
    const added = picked.length === 0 ? s.length : s.length + 1;
    if (options.maxChars !== null && chars + added > options.maxChars) continue;
    picked.push(s);
    chars += added;
  }
  return picked.sort((a, b) => a.index - b.index);
}
