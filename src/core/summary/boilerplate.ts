import { BOILERPLATE_PATTERNS } from '../lexicon/boilerplate.ts';

/** True when a sentence is page furniture (licence, share widget, byline, photo credit), not news. */
export function isBoilerplate(sentence: string): boolean {
  const head = sentence.length > 400 ? sentence.slice(0, 400) : sentence;
  return BOILERPLATE_PATTERNS.some((re) => re.test(head));
}
