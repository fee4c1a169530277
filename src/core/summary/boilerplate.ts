import { BOILERPLATE_PATTERNS } from '../lexicon/boilerplate.ts';
import { GLUED_FURNITURE } from './cues.ts';

/** A glued furniture prefix is stripped only when at least this many words of text follow it. */
const GLUED_MIN_WORDS = 8;

/**
 * Length of page furniture glued in front of real text ("Scroll down for video Gordon Brown said ..."), or 0 when
 * there is none or too little text follows it.
 */
export function furniturePrefix(sentence: string): number {
  const m = GLUED_FURNITURE.exec(sentence.length > 400 ? sentence.slice(0, 400) : sentence);
  if (m === null) return 0;
  const rest = sentence.slice(m[0].length, m[0].length + 400);
  const words = rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words >= GLUED_MIN_WORDS ? m[0].length : 0;
}

/** True when a sentence is page furniture (licence, share widget, byline, photo credit), not news. */
export function isBoilerplate(sentence: string): boolean {
  const skip = furniturePrefix(sentence);
  const head = sentence.slice(skip, skip + 400);
  return BOILERPLATE_PATTERNS.some((re) => re.test(head));
}
