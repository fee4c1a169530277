import { findDateline } from './text/dateline.ts';
import { parseIsoDate, resolveMonthDay } from './text/dates.ts';
import { normalize, toOriginal } from './text/normalize.ts';
import { segment } from './text/segment.ts';
import { tokenSpans } from './text/tokenize.ts';
import type { AnalyzeInput, Doc, Sentence } from './types.ts';

/**
 * Builds the document every scorer and extractor reads: the submitted text, its dateline, its publication date and
 * its sentences with offsets into the submitted text (normalisation is undone through its offset map).
 */
export function buildDoc(input: AnalyzeInput): Doc {
  const text = input.text;
  const norm = normalize(text);
  const raw = findDateline(norm.text);
  const from = raw ? raw.span.end : 0;
  const requested = parseIsoDate(input.publishedAt ?? null);
  const datelineDate = raw?.dateText ? resolveMonthDay(raw.dateText, requested) : null;
  const publishedAt = requested ?? (raw?.dateText && /\d{4}$/.test(raw.dateText) ? datelineDate : null);
  const quoteHint = (at: number): 'open' | 'close' | null => {
    const c = text[norm.map[at] as number];
    if (c === '\u2019' || c === '\u201d') return 'close';
    if (c === '\u2018' || c === '\u201c' || c === '`') return 'open';
    return null;
  };
  const sentences: Sentence[] = segment(norm.text, from, quoteHint).map((s, index) => {
    const span = toOriginal(norm, s.start, s.end);
    const sentenceText = text.slice(span.start, span.end);
    const words = tokenSpans(sentenceText);
    const tokens = words.map((w) => w.word);
    return { index, start: span.start, end: span.end, text: sentenceText, paragraph: s.paragraph, tokens, words };
  });
  return {
    text,
    title: input.title ?? null,
    publishedAt,
    dateline: raw
      ? { place: raw.place, date: datelineDate, span: toOriginal(norm, raw.span.start, raw.span.end) }
      : null,
    sentences,
  };
}
