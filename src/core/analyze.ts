import { buildDoc } from './doc.ts';
import { ENGINE } from './engine.ts';
import { extractFacts } from './facts/index.ts';
import { resolveOptions } from './options.ts';
import { summarize } from './summary/index.ts';
import { extractKeywords } from './summary/keywords.ts';
import type { Analysis, AnalyzeInput } from './types.ts';

/** The API's result: the analysis with its `id` first. */
export type Result = { id: string } & Analysis;

/**
 * The whole pipeline, pure and deterministic: normalise and segment (doc.ts), summarise (summary/), keywords, facts
 * (facts/). Same input, same output, on every runtime.
 */
export function analyze(input: AnalyzeInput): Analysis {
  const options = resolveOptions(input.options);
  const title = input.title ? input.title.replace(/\s+/g, ' ').trim() || null : null;
  const doc = buildDoc({ ...input, title });
  const summary = summarize(doc, options);
  const keywords = extractKeywords(summary.candidates, title, options.keywords);
  const facts = extractFacts(doc);
  const summaryText = summary.sentences.map((s) => s.text).join(' ');
  let words = 0;
  for (const s of doc.sentences) words += s.tokens.length;
  const paragraphs = doc.sentences.length === 0 ? 0 : (doc.sentences[doc.sentences.length - 1]?.paragraph ?? 0) + 1;
  return {
    engine: ENGINE,
    title,
    summary: { text: summaryText, sentences: summary.sentences },
    keywords,
    facts,
    stats: {
      characters: input.text.length,
      words,
      sentences: doc.sentences.length,
      paragraphs,
      summarySentences: summary.sentences.length,
      summaryCharacters: summaryText.length,
      duplicatesDropped: summary.duplicates,
      boilerplateSkipped: summary.boilerplate,
    },
  };
}

