import { HISTORICAL_MARKERS } from '../../lexicon/roles.ts';
import { CUE, sentenceCues, trustedBits } from '../../text/cuescan.ts';
import { MONTH_WORD } from '../../text/dates.ts';
import type { Doc, Sentence } from '../../types.ts';

/**
 * Markers of history beyond the lexicon's: the world wars ("during World War One", "the Second World War"; not "the
 * worst since World War Two", said of today), and "since the war" (over; not "since the war began", still going,
 * nor "since the war ended", a span up to today: "the worst clashes since the war ended").
 */
const OLD_WARS = [
  '\\b(?<!since (?:the )?)(?:World War (?:One|Two|I{1,2}|[12])|(?:First|Second) World War)\\b',
  '\\bsince the war\\b(?! (?:began|started|broke out|erupted|in|on|with|against|ended|was over|finished)\\b)',
];
const MARKERS = [...HISTORICAL_MARKERS.filter((m) => !m.includes('(?:19|20)\\d\\d\\b')), ...OLD_WARS];
const MARKER_RE = new RegExp(MARKERS.join('|'), 'i');
/** A year, with its month and day when written ("in 1998", "in July 2016", "on December 22, 1974", "on 22 December 1974"). */
export const YEAR_RE = new RegExp(`\\b(?:in|since|of|until|on) (?:(?:early|late|mid-) ?)?(?:(?:\\d{1,2} )?${MONTH_WORD}\\.? (?:\\d{1,2}(?:st|nd|rd|th)?,? )?)?((?:19|20)\\d\\d)\\b`, 'gi');
const EARLIER_RE = /\b(?:earlier|previous|prior|old|last) (?:ceasefire|cease-fire|truce|deal|agreement|accord|round)\b/i;
/** Cue families (text/cuescan.ts) a sentence needs before MARKER_RE or EARLIER_RE, and YEAR_RE, can match it. */
const MARKER_BITS = trustedBits(CUE.historical, [MARKER_RE.source, MARKER_RE.flags, EARLIER_RE.source, EARLIER_RE.flags], 430325104);
const YEAR_BITS = trustedBits(CUE.year, [YEAR_RE.source, YEAR_RE.flags], 183387938);

/**
 * MARKER_RE or EARLIER_RE, as one expression with the word boundary that opens their alternatives tried once per
 * position: the same test, about twice as fast as the two expressions with a boundary per alternative.
 */
const EITHER_RE = anyOf([...MARKERS, EARLIER_RE.source], MARKER_RE.flags);

/**
 * One expression matching wherever one of `alternatives` (each a single alternative, no top-level `|`) does, the
 * leading `\b` they share factored out.
 */
function anyOf(alternatives: readonly string[], flags: string): RegExp {
  const bounded = alternatives.filter((a) => a.startsWith('\\b')).map((a) => a.slice(2));
  const rest = alternatives.filter((a) => !a.startsWith('\\b'));
  return new RegExp([`\\b(?:${bounded.join('|')})`, ...rest].join('|'), flags);
}

/** The publication year, from `publishedAt` or the dateline, or null. */
export function referenceYear(doc: Doc): number | null {
  const iso = doc.publishedAt ?? doc.dateline?.date ?? null;
  return iso ? Number(iso.slice(0, 4)) : null;
}

/**
 * True when a sentence is background about an earlier war or deal ("last year's war", "in 1998", "after the war"),
 * skipping the expressions whose cue words the sentence lacks (`cues`: its cue family bits).
 */
function historicalWith(sentence: Sentence, year: number | null, cues: number): boolean {
  const text = sentence.text;
  if ((MARKER_BITS === 0 || (cues & MARKER_BITS) !== 0) && EITHER_RE.test(text)) return true;
  if (year === null || (YEAR_BITS !== 0 && (cues & YEAR_BITS) === 0)) return false;
  // exec in a loop, not matchAll: matchAll copies the expression on every call.
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m !== null; m = YEAR_RE.exec(text)) {
    if (Number(m[1]) < year) {
      YEAR_RE.lastIndex = 0;
      return true;
    }
  }
  return false;
}

const CONTINUES_RE = /^\W{0,3}(?:to this end|also|in addition|then|at the time|at that time|back then|he also|she also)\b/i;

/**
 * Whether each sentence is historical; a sentence that continues the one before ("To this end, ...") inherits it.
 * Worked out when a sentence is first asked about: the extractors ask only about sentences with actors or ceasefire
 * cues, a few of an article's, and the expressions cost most of the rest.
 */
export class HistoricalFlags {
  private readonly doc: Doc;
  private readonly year: number | null;
  private readonly cues: Int32Array;
  /** By sentence: 0 not asked yet, 1 current, 2 historical. */
  private readonly known: Uint8Array;

  constructor(doc: Doc) {
    this.doc = doc;
    this.year = referenceYear(doc);
    this.cues = sentenceCues(doc);
    this.known = new Uint8Array(doc.sentences.length);
  }

  /** Whether sentence `i` is historical. */
  at(i: number): boolean {
    const known = this.known[i] as number;
    if (known !== 0) return known === 2;
    // Walk back over sentences that are not historical of themselves but continue the one before: all of them take
    // the flag of the sentence the walk stops at (a loop, not recursion: a long run of "Also, ..." must not overflow).
    let from = i;
    let flag: boolean;
    for (;;) {
      const s = this.doc.sentences[from] as Sentence;
      if (historicalWith(s, this.year, this.cues[from] as number)) {
        flag = true;
        break;
      }
      if (from === 0 || !CONTINUES_RE.test(s.text)) {
        flag = false;
        break;
      }
      const before = this.known[from - 1] as number;
      if (before !== 0) {
        flag = before === 2;
        break;
      }
      from--;
    }
    this.known.fill(flag ? 2 : 1, from, i + 1);
    return flag;
  }
}

/** The historical flags of a document's sentences, each worked out when first asked for. */
export function historicalFlags(doc: Doc): HistoricalFlags {
  return new HistoricalFlags(doc);
}
