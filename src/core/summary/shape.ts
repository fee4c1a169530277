import { CUE, trustedBits } from '../text/cuescan.ts';
import { DANGLING_START, LABEL_KEYWORD, LABEL_OPENING, PHOTO_REFERENCE, QUESTION_END } from './cues.ts';

/** Surface traits of a sentence that make it a poor summary sentence on its own. */
export interface Shape {
  /** Fewer than SHORT_WORDS word tokens: fragments, bylines, quote tails. */
  short: boolean;
  /** Ends with a question mark: a teaser, not a statement. */
  question: boolean;
  /** Opens with a pronoun or connective that needs the previous sentence. */
  dangling: boolean;
  /** Opens with a label or kicker ("UPDATE:", "Pictured:", "Flying high: ...") or a list bullet: a caption or a teaser. */
  label: boolean;
  /** Describes a picture ("(pictured)", "(left)", "(file photo)"): a photo caption rather than the story. */
  photo: boolean;
}

/** Sentences with fewer word tokens than this count as short. */
export const SHORT_WORDS = 8;

/** The cue family that PHOTO_REFERENCE cannot match without (text/cuescan.ts), while its source is the one checked. */
const PHOTO_BITS = trustedBits(CUE.photo, [PHOTO_REFERENCE.source, PHOTO_REFERENCE.flags], 188436616);

/**
 * The shape of one sentence from its text and word count. `cues`: the cue family bits (text/cuescan.ts) of the
 * sentence `text` was taken from, so a pattern or a search that needs a cue the sentence lacks is skipped (-1: none
 * known, everything runs).
 */
export function sentenceShape(text: string, words: number, cues = -1): Shape {
  const head = text.length > 400 ? text.slice(0, 400) : text;
  const tail = text.length > 40 ? text.slice(-40) : text;
  // LABEL_OPENING matches a literal ':' and QUESTION_END a literal '?': without one the pattern need not run.
  // A list item ("*2015-12-21, Special Agent …", "• Three killed") reads like a caption: a label too.
  const first = head.charCodeAt(0);
  const label = first === 0x2a || first === 0x2022 || first === 0x25aa || first === 0x2023 || LABEL_KEYWORD.test(head) || (head.indexOf(':') >= 0 && LABEL_OPENING.test(head));
  const question = tail.indexOf('?') >= 0 && QUESTION_END.test(tail);
  const dangling = DANGLING_START.test(head) || closesEarlierQuote(text, (cues & CUE.curlyQuote) !== 0);
  const photo = (PHOTO_BITS === 0 || (cues & PHOTO_BITS) !== 0) && PHOTO_REFERENCE.test(head);
  return { short: words < SHORT_WORDS, question, dangling, label, photo };
}

/**
 * Whether a sentence ends a quotation opened in an earlier one (`We know how to look," she said.`): its first double
 * quote mark closes (a curly closing mark, or an odd count of straight ones whose first follows a word). Alone, such a
 * sentence is half a quotation.
 */
function closesEarlierQuote(text: string, curly: boolean): boolean {
  const first = text.indexOf('"');
  // Without a curly mark (the cue scan says), neither needs looking for.
  const open = curly ? text.indexOf('\u201c') : -1;
  const close = curly ? text.indexOf('\u201d') : -1;
  // The first curly mark decides: an opening one opens here, a closing one (with no straight mark before) closes.
  if (close >= 0 && (open < 0 || close < open)) return first < 0 || first > close;
  if (open >= 0 || first <= 0 || text.charCodeAt(first - 1) === 0x20) return false;
  let straight = 1;
  for (let i = text.indexOf('"', first + 1); i >= 0; i = text.indexOf('"', i + 1)) straight++;
  return straight % 2 === 1;
}
