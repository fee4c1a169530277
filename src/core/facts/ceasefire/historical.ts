import { HISTORICAL_MARKERS } from '../../lexicon/roles.ts';
import type { Doc, Sentence } from '../../types.ts';

const MARKER_RE = new RegExp(HISTORICAL_MARKERS.filter((m) => !m.includes('(?:19|20)\\d\\d\\b')).join('|'), 'i');
const YEAR_RE = /\b(?:in|since|of|until) ((?:19|20)\d\d)\b/gi;
const EARLIER_RE = /\b(?:earlier|previous|prior|old|last) (?:ceasefire|cease-fire|truce|deal|agreement|accord|round)\b/i;

/** The publication year, from `publishedAt` or the dateline, or null. */
export function referenceYear(doc: Doc): number | null {
  const iso = doc.publishedAt ?? doc.dateline?.date ?? null;
  return iso ? Number(iso.slice(0, 4)) : null;
}

/** True when a sentence is background about an earlier war or deal ("last year's war", "in 1998", "after the war"). */
export function isHistorical(sentence: Sentence, year: number | null): boolean {
  const text = sentence.text;
  if (MARKER_RE.test(text) || EARLIER_RE.test(text)) return true;
  if (year === null) return false;
  for (const m of text.matchAll(YEAR_RE)) if (Number(m[1]) < year) return true;
  return false;
}

const CONTINUES_RE = /^\W{0,3}(?:to this end|also|in addition|then|at the time|at that time|back then|he also|she also)\b/i;

/** Flags every sentence as historical or not; a sentence that continues the one before ("To this end, ...") inherits it. */
export function historicalFlags(doc: Doc): boolean[] {
  const year = referenceYear(doc);
  const flags: boolean[] = [];
  for (const s of doc.sentences) {
    const inherited = flags.length > 0 && flags[flags.length - 1] === true && CONTINUES_RE.test(s.text);
    flags.push(inherited || isHistorical(s, year));
  }
  return flags;
}
