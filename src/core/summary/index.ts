import { roundScore } from '../round.ts';
import { contentTerms, tokenize } from '../text/tokenize.ts';
import type { AnalyzeOptions, Doc, Sentence, SummarySentence } from '../types.ts';
import { sentenceCues } from '../text/cuescan.ts';
import { boilerplateWith, furniturePrefix } from './boilerplate.ts';
import { findRepeats } from './dedupe.ts';
import { sentenceFactKinds } from './facts.ts';
import { scoreCandidates, WEIGHTS, type Weights } from './score.ts';
import { selectSentences } from './select.ts';
import { CandidateTerms, registerCandidates, termTable, type TermTable } from './terms.ts';

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
 * Extractive summary: drops boilerplate and repeated sentences, scores the rest (score.ts: position prior,
 * centrality, title, facts, shape), picks greedily with redundancy control, dangling-opening and fact-coverage rules
 * within the length options (select.ts) and returns them in document order. See README.md in this folder.
 */
export function summarize(doc: Doc, options: AnalyzeOptions, weights: Weights = WEIGHTS): SummaryResult {
  const table = termTable(doc.sentences);
  const boiler = new Set<number>();
  const cues = sentenceCues(doc);
  // Each sentence's glued furniture prefix, by sentence index, found once: the boilerplate test, the scorer, the length
  // limit and the summary's offsets all need it.
  const skips = doc.sentences.map((s) => furniturePrefix(s.text));
  // A "sentence" with no word at all (a lone quote mark, "...") is furniture too.
  for (const s of doc.sentences) if (s.tokens.length === 0 || boilerplateWith(s.text, cues[s.index] as number, skips[s.index])) boiler.add(s.index);
  const headline = headlineIndex(doc);
  if (headline !== null) boiler.add(headline);
  const untitled = headline === null ? untitledHeadline(doc) : null;
  if (untitled !== null) boiler.add(untitled.index);
  const duplicates = findRepeats(doc.sentences, table);
  const candidates = doc.sentences.filter((s) => !boiler.has(s.index) && !duplicates.has(s.index));
  const candidateTerms = new CandidateTerms(table, candidates);
  registerCandidates(candidates, doc.sentences, table, doc.text);
  const titleTerms = new Set(contentTerms(tokenize(doc.title ?? untitled?.text ?? '')));
  const scored = scoreCandidates(candidates, candidateTerms.sets, titleTerms, weights, sentenceFactKinds(candidates, cues), cues, skips);
  const picks = selectSentences(scored, candidates.map((s) => s.text), candidateTerms, options, weights);
  const sentences = picks.map((p) => {
    const s = doc.sentences[p.candidate.index] as Sentence;
    const skip = skips[s.index] as number;
    return { index: s.index, text: s.text.slice(skip), start: s.start + skip, end: s.end, score: roundScore(p.score) };
  });
  return new Summary(sentences, [...duplicates].filter((i) => !boiler.has(i)).length, boiler.size, candidates, table);
}

/** Letters and digits only, lower case: "Roadside IED kills …" and "ROADSIDE IED KILLS …:" read alike. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Whether a sentence only repeats a title: the same letters and digits, case and punctuation aside. Used here for a
 * first sentence that is the headline, and by the digests (format/digest.ts) for a bullet that repeats their headline.
 */
export function repeatsTitle(sentence: string, title: string): boolean {
  const t = letters(title);
  return t !== '' && letters(sentence) === t;
}

/**
 * The index of the text's first sentence when it is the headline the request also sent as `title` (scraped pages
 * often start with it): the result carries the title already, so a summary that opens with it says it twice. A
 * sentence that ends with a full stop is the lede, not a headline, even when a dataset copied it into the title.
 */
function headlineIndex(doc: Doc): number | null {
  const first = doc.sentences[0];
  if (!doc.title || first === undefined || /\.["'”’)\]]*\s*$/.test(first.text)) return null;
  return repeatsTitle(first.text, doc.title) ? first.index : null;
}

/** The most words an untitled text's headline line has. */
const HEADLINE_WORDS = 25;

/**
 * The text's first sentence when the request sent no title and the text opens with its headline: a line of its own
 * (a line break after it), of 3 to HEADLINE_WORDS words, that ends with no punctuation of a sentence ("Congo and M23
 * rebels sign truce in Doha", then the dateline and the lede). It is read as the title: not summarised (the summary
 * opened with it, run into the lede: "… in Doha DOHA, Qatar (AP) — …") and its words are the title's for scoring.
 * Only in a text of four sentences or more, so that a short note keeps its first line.
 */
function untitledHeadline(doc: Doc): Sentence | null {
  const [first, second] = doc.sentences;
  if (doc.title || first === undefined || second === undefined || doc.sentences.length < 4) return null;
  const words = first.tokens.length;
  if (words < 3 || words > HEADLINE_WORDS || /[.!?:;,\u2026"'”’)\]]/.test(first.text.trimEnd().slice(-1)) || first.text.includes('\n')) return null;
  return doc.text.slice(first.end, second.start).includes('\n') ? first : null;
}

/**
 * A SummaryResult whose `terms` are built only when read (the analysis does not need the strings). A class, not an
 * object literal with a getter: each such literal gets a hidden class of its own in old space, which keeps the
 * getter's closure (and the document it holds) alive through young collections, so every document was promoted.
 */
class Summary implements SummaryResult {
  sentences: SummarySentence[];
  duplicates: number;
  boilerplate: number;
  candidates: Sentence[];
  readonly #table: TermTable;

  constructor(sentences: SummarySentence[], duplicates: number, boilerplate: number, candidates: Sentence[], table: TermTable) {
    this.sentences = sentences;
    this.duplicates = duplicates;
    this.boilerplate = boilerplate;
    this.candidates = candidates;
    this.#table = table;
  }

  get terms(): string[][] {
    return this.#table.terms;
  }
}
