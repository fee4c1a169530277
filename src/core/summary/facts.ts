import { BACKGROUND, CASUALTY_FIGURE, CEASEFIRE_ANY, CEASEFIRE_STRONG, MEDIATION } from './cues.ts';

/** The kinds of fact a summary sentence may carry, as bits. */
export const FACT = { casualty: 1, ceasefire: 2, mediation: 4 } as const;

/** Longest stretch of a sentence the cue patterns look at. */
const MAX_SCAN = 600;

/** Bit set of the facts a sentence carries: a casualty figure, a ceasefire, a mediation. */
export function factKinds(text: string): number {
  const head = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  let kinds = 0;
  if (CASUALTY_FIGURE.test(head)) kinds |= FACT.casualty;
  if (CEASEFIRE_ANY.test(head)) kinds |= FACT.ceasefire;
  if (MEDIATION.test(head)) kinds |= FACT.mediation;
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
