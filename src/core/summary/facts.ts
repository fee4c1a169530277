import { CUE, trustedBits } from '../text/cuescan.ts';
import type { Sentence } from '../types.ts';
import { BACKGROUND, CASUALTY_FIGURE, CEASEFIRE_ANY, CEASEFIRE_STRONG, MEDIATION } from './cues.ts';

/** The kinds of fact a summary sentence may carry, as bits. */
export const FACT = { casualty: 1, ceasefire: 2, mediation: 4 } as const;

/** Longest stretch of a sentence the cue patterns look at. */
const MAX_SCAN = 600;

/** Whether the cue families of text/cuescan.ts still cover the three patterns (else every sentence runs them all). */
const TRUSTED = trustedBits(1, [CASUALTY_FIGURE, CEASEFIRE_ANY, MEDIATION].flatMap((r) => [r.source, r.flags]), 597940074) !== 0;

/** Bit set of the facts a sentence carries: a casualty figure, a ceasefire, a mediation. */
export function factKinds(text: string): number {
  return factKindsWith(text, -1);
}

/** factKinds, skipping the patterns whose cue words (text/cuescan.ts family bits `cues`) the sentence lacks. */
function factKindsWith(text: string, cues: number): number {
  const head = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  let kinds = 0;
  if ((cues & CUE.casualtyFigure) !== 0 && CASUALTY_FIGURE.test(head)) kinds |= FACT.casualty;
  if ((cues & CUE.ceasefireAny) !== 0 && CEASEFIRE_ANY.test(head)) kinds |= FACT.ceasefire;
  if ((cues & CUE.mediation) !== 0 && MEDIATION.test(head)) kinds |= FACT.mediation;
  return kinds;
}

/**
 * factKinds of each sentence of `sentences`, by position in the list, reading their cue family bits (`cues`, by
 * sentence index) so a sentence without a pattern's cue words does not run it.
 */
export function sentenceFactKinds(sentences: readonly Sentence[], cues: Int32Array): Int32Array {
  const kinds = new Int32Array(sentences.length);
  for (let r = 0; r < sentences.length; r++) {
    const s = sentences[r] as Sentence;
    kinds[r] = factKindsWith(s.text, TRUSTED ? (cues[s.index] as number) : -1);
  }
  return kinds;
}

/**
 * How well a sentence serves as the summary's carrier of one fact kind: 2 for a current report named outright
 * (a ceasefire called a ceasefire, not a "peace deal"), 1 for background or an indirect mention, 0 if absent.
 */
export function factStrength(text: string, kind: number): number {
  const head = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  if ((factKinds(head) & kind) === 0) return 0;
  const direct = kind === FACT.ceasefire ? CEASEFIRE_STRONG.test(head) : true;
  return direct && !BACKGROUND.test(head) ? 2 : 1;
}
