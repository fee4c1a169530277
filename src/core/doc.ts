import { findDateline } from './text/dateline.ts';
import { parseIsoDate, resolveMonthDay } from './text/dates.ts';
import { normalize, toOriginal } from './text/normalize.ts';
import { segment } from './text/segment.ts';
import { internedTokens, recordTokenIds, TokenInterner } from './text/tokenize.ts';
import type { AnalyzeInput, Doc, Sentence } from './types.ts';

/** How many lines of their own (a headline, a byline) may stand before a dateline that is not at the top. */
const HEAD_LINES = 2;

/**
 * Builds the document every scorer and extractor reads: the submitted text, its dateline, its publication date and
 * its sentences with offsets into the submitted text (normalisation is undone through its offset map).
 */
export function buildDoc(input: AnalyzeInput): Doc {
  const text = input.text;
  const norm = normalize(text);
  let raw = findDateline(norm.text);
  const from = raw ? raw.span.end : 0;
  const requested = parseIsoDate(input.publishedAt ?? null);
  const quoteHint = (at: number): 'open' | 'close' | null => {
    const c = text[norm.at(at) as number];
    if (c === '\u2019' || c === '\u201d') return 'close';
    if (c === '\u2018' || c === '\u201c' || c === '`') return 'open';
    return null;
  };
  // Tokens are numbered per document as they are scanned (recordTokenIds), so the summariser reuses the ids.
  // About one distinct token per 10 characters of an article (CNN/DailyMail: ~300 in 3,300 characters).
  const interner = new TokenInterner(text.length / 10);
  const raws = segment(norm.text, from, quoteHint);
  // "Congo and M23 rebels sign truce in Doha\n\nDOHA, Qatar (AP) — Congo's government …": with no dateline at the top,
  // one that opens the sentence after the first lines of their own (a headline, a byline) is the story's; that sentence
  // starts after it.
  for (let k = 1; raw === null && k <= HEAD_LINES && k < raws.length; k++) {
    const s = raws[k] as (typeof raws)[number];
    if (!norm.text.slice((raws[k - 1] as (typeof raws)[number]).end, s.start).includes('\n')) break;
    const found = findDateline(norm.text.slice(s.start, s.end));
    if (found !== null && found.span.end < s.end - s.start) {
      raw = { ...found, span: { start: s.start, end: s.start + found.span.end } };
      raws[k] = { ...s, start: raw.span.end };
    }
  }
  const datelineDate = raw?.dateText ? resolveMonthDay(raw.dateText, requested) : null;
  const publishedAt = requested ?? (raw?.dateText && /\d{4}$/.test(raw.dateText) ? datelineDate : null);
  const sentences: Sentence[] = new Array(raws.length);
  const tokenLists: string[][] = new Array(raws.length);
  const idLists: number[][] = new Array(raws.length);
  for (let index = 0; index < raws.length; index++) {
    const s = raws[index] as (typeof raws)[number];
    const span = toOriginal(norm, s.start, s.end);
    const sentenceText = text.slice(span.start, span.end);
    const { tokens, ids, offsets } = internedTokens(text, span.start, span.end, interner);
    tokenLists[index] = tokens;
    idLists[index] = ids;
    sentences[index] = { index, start: span.start, end: span.end, text: sentenceText, paragraph: s.paragraph, tokens, offsets };
  }
  recordTokenIds(sentences, { interner, tokens: tokenLists, ids: idLists });
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
