/** A half-open range of UTF-16 code-unit offsets into the text exactly as submitted. */
export interface Span {
  start: number;
  end: number;
}

/** Evidence for a fact: where it is in the submitted text, and the words there. */
export interface Evidence extends Span {
  text: string;
  /** 'title' when the words are in the submitted title: the offsets then index into the title, not the text. */
  in?: 'title';
}

/** A word token (tokenSpans): its lower-case form and its offsets in the text it was read from. */
export interface WordSpan {
  /** The token in lower case, curly apostrophes folded, without a trailing period (same as `Sentence.tokens`). */
  word: string;
  start: number;
  end: number;
}

/** A sentence found by the segmenter. Offsets refer to the submitted text. */
export interface Sentence extends Span {
  /** Position of the sentence in the document, from 0. */
  index: number;
  /** `input.slice(start, end)`. */
  text: string;
  /** Index of the paragraph (block separated by a blank line or a line break) holding the sentence. */
  paragraph: number;
  /** Lower-cased word tokens, stop words included, in order. */
  tokens: string[];
  /**
   * Where each token is in `text`, computed once so later stages need not tokenise again: two numbers per token,
   * token k is `text.slice(offsets[2k], offsets[2k + 1])` before cleaning.
   */
  offsets: number[];
}

/** The segmented document every scorer and fact extractor reads. */
export interface Doc {
  /** The text exactly as submitted. */
  text: string;
  title: string | null;
  /** ISO 8601 date (YYYY-MM-DD) the article was published, from the request or a dateline, or null. */
  publishedAt: string | null;
  /** The dateline at the top of the article ("TEHRAN –"), if any. */
  dateline: { place: string | null; date: string | null; span: Span } | null;
  sentences: Sentence[];
}

/** Options accepted by the analysis, after defaults are applied. */
export interface AnalyzeOptions {
  /** Number of summary sentences (1..50). Ignored when `ratio` is set. */
  sentences: number;
  /** Fraction of the document's sentences to keep, in (0, 1]. */
  ratio: number | null;
  /** Upper bound on the summary's length in characters (sentences joined by one space). */
  maxChars: number | null;
  /** Number of keywords (0..50). */
  keywords: number;
}

/** What the core is asked to analyse. */
export interface AnalyzeInput {
  text: string;
  title?: string | null;
  publishedAt?: string | null;
  options?: Partial<AnalyzeOptions>;
}

export interface SummarySentence extends Span {
  index: number;
  text: string;
  score: number;
}

export interface Keyword {
  term: string;
  score: number;
}

export type CasualtyType = 'killed' | 'wounded' | 'missing' | 'captured' | 'displaced';

export type CasualtyCounts = Record<CasualtyType, number | null>;

export interface CasualtyEvent {
  type: CasualtyType;
  count: number;
  low: number | null;
  high: number | null;
  party: string | null;
  date: string | null;
  place: string | null;
  source: string | null;
  /** True when this report repeats one already counted (kept for the record, not added to totals). */
  duplicateOf: number | null;
  evidence: Evidence;
}

export interface Casualties {
  total: CasualtyCounts;
  byParty: Array<{ party: string } & CasualtyCounts>;
  events: CasualtyEvent[];
  historical: CasualtyEvent[];
}

export type MediatorRole = 'brokered' | 'mediating' | 'offered' | 'urged';

export type CeasefireStatus = 'none' | 'called_for' | 'proposed' | 'agreed' | 'violated' | 'collapsed';

export interface Facts {
  casualties: Casualties;
  parties: Array<{ name: string; aliases: string[]; evidence: Evidence[] }>;
  mediators: Array<{ name: string; role: MediatorRole; evidence: Evidence[] }>;
  ceasefire: {
    status: CeasefireStatus;
    brokeredBy: string[];
    acceptedBy: string[];
    violationsAlleged: boolean;
    evidence: Evidence[];
  };
  people: Array<{ name: string; title: string | null; affiliation: string | null; evidence: Evidence[] }>;
  organizations: Array<{ name: string; evidence: Evidence[] }>;
  locations: Array<{ name: string; type: 'country' | 'region' | 'city' | 'place'; country: string | null; evidence: Evidence[] }>;
  dates: Array<{ text: string; iso: string | null; evidence: Evidence }>;
  quotes: Array<{ speaker: string | null; text: string; start: number; end: number }>;
  sources: Array<{ name: string; evidence: Evidence[] }>;
}

/** The full, deterministic result of analysing one article (the API body without `id`). */
export interface Analysis {
  engine: string;
  title: string | null;
  summary: { text: string; sentences: SummarySentence[] };
  keywords: Keyword[];
  facts: Facts;
  stats: {
    characters: number;
    words: number;
    sentences: number;
    paragraphs: number;
    summarySentences: number;
    summaryCharacters: number;
    duplicatesDropped: number;
    boilerplateSkipped: number;
  };
}
