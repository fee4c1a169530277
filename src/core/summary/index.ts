import { roundScore } from '../round.ts';
import { contentTerms, tokenize } from '../text/tokenize.ts';
import type { AnalyzeOptions, Doc, Sentence, SummarySentence } from '../types.ts';
import { isBoilerplate } from './boilerplate.ts';
import { findDuplicates } from './dedupe.ts';
import { scoreSentences } from './score.ts';
import { selectSentences } from './select.ts';

/** The chosen sentences plus what was left out before scoring. */
export interface SummaryResult {
  sentences: SummarySentence[];
  duplicates: number;
  boilerplate: number;
  /** Sentences that took part in scoring: neither boilerplate nor a repeat. */
  candidates: Sentence[];
  /** Stemmed content words of every sentence, by sentence index. */
  terms: string[][];
}

/**
 * Extractive summary: drops boilerplate and repeated sentences, scores the rest (score.ts), picks the best within the
 * length options (select.ts) and returns them in document order.
 */
export function summarize(doc: Doc, options: AnalyzeOptions): SummaryResult {
  const terms = doc.sentences.map((s) => contentTerms(s.tokens));
  const boiler = new Set<number>();
  for (const s of doc.sentences) if (isBoilerplate(s.text)) boiler.add(s.index);
  const duplicates = findDuplicates(doc.sentences, terms);
  const candidates = doc.sentences.filter((s) => !boiler.has(s.index) && !duplicates.has(s.index));
  const titleTerms = new Set(contentTerms(tokenize(doc.title ?? '')));
  const scores = scoreSentences(candidates, terms, titleTerms);
  const picked = selectSentences(
    candidates.map((s, rank) => ({ index: s.index, score: scores[rank] as number, length: s.text.length })),
    options,
  );
  const sentences = picked.map((p) => {
    const s = doc.sentences[p.index] as Sentence;
    return { index: s.index, text: s.text, start: s.start, end: s.end, score: roundScore(p.score) };
  });
  return { sentences, duplicates: [...duplicates].filter((i) => !boiler.has(i)).length, boilerplate: boiler.size, candidates, terms };
}
