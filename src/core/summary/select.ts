import type { AnalyzeOptions } from '../types.ts';
import { FACT, factStrength } from './facts.ts';
import type { Candidate, Weights } from './score.ts';
import { cosine, type SparseVector, type VectorTable } from './vectors.ts';

/** A picked sentence: its candidate record and the score it was picked with. */
export interface Pick {
  candidate: Candidate;
  score: number;
}

/** Redundancy is checked against at most this many earlier picks (longer summaries are about coverage). */
const REDUNDANCY_WINDOW = 10;
/** At most this many candidates are examined per pick, best prior first (keeps selection linear). */
const SCAN_LIMIT = 200;

/** How many sentences the options ask for, out of `available` candidates. */
export function targetCount(options: AnalyzeOptions, available: number): number {
  const wanted = options.ratio !== null ? Math.ceil(options.ratio * available) : options.sentences;
  return Math.max(0, Math.min(wanted, available));
}

function joinedLength(picks: readonly Pick[]): number {
  let chars = 0;
  for (const p of picks) chars += p.candidate.length;
  return picks.length === 0 ? 0 : chars + picks.length - 1;
}

function fits(picks: readonly Pick[], c: Candidate, maxChars: number | null): boolean {
  if (maxChars === null) return true;
  const added = picks.length === 0 ? c.length : c.length + 1;
  return joinedLength(picks) + added <= maxChars;
}

/** The score a candidate gets given the picks so far: minus redundancy (MMR) and an unresolved opening. */
function contextualScore(c: Candidate, picks: readonly Pick[], vectors: VectorTable, weights: Weights): number {
  let score = c.score;
  let maxSim = 0;
  const window = picks.length > REDUNDANCY_WINDOW ? picks.slice(0, REDUNDANCY_WINDOW) : picks;
  for (const p of window) {
    const sim = cosine(vectors.at(c.rank) as SparseVector, vectors.at(p.candidate.rank) as SparseVector);
    if (sim > maxSim) maxSim = sim;
  }
  score -= weights.redundancy * Math.max(0, maxSim - weights.redundancyFloor);
  if (c.shape.dangling && !picks.some((p) => p.candidate.index === c.index - 1)) score -= weights.dangling;
  return score;
}

/** Greedy MMR: each step takes the best contextual score (ties by position) among candidates that still fit. */
function greedy(ranked: readonly Candidate[], target: number, options: AnalyzeOptions, vectors: VectorTable, weights: Weights): Pick[] {
  const picks: Pick[] = [];
  const taken = new Set<number>();
  while (picks.length < target) {
    let best: Pick | null = null;
    let scanned = 0;
    for (const c of ranked) {
      if (taken.has(c.rank)) continue;
      if (best !== null && c.score < best.score) break;
      if (++scanned > SCAN_LIMIT) break;
      if (!fits(picks, c, options.maxChars)) continue;
      const score = contextualScore(c, picks, vectors, weights);
      if (best === null || score > best.score || (score === best.score && c.index < best.candidate.index)) best = { candidate: c, score };
    }
    if (best === null) break;
    picks.push(best);
    taken.add(best.candidate.rank);
  }
  return picks;
}

/** The best carrier of one fact kind: strongest mention first, then highest score, then earliest. */
function bestCarrier(candidates: readonly Candidate[], kind: number, texts: readonly string[]): Candidate | null {
  let best: Candidate | null = null;
  let bestStrength = 0;
  for (const c of candidates) {
    if ((c.facts & kind) === 0) continue;
    const strength = factStrength(texts[c.rank] as string, kind);
    if (best === null || strength > bestStrength || (strength === bestStrength && c.score > best.score)) {
      best = c;
      bestStrength = strength;
    }
  }
  return best;
}

/**
 * Fact coverage: when the article reports a casualty figure or a ceasefire and the summary (2+ sentences) carries
 * none, the best carrier replaces the lowest-scored pick that is neither the first pick (the opening context) nor the
 * only carrier of another fact kind, provided the length limit still holds.
 */
function coverFacts(picks: Pick[], candidates: readonly Candidate[], texts: readonly string[], options: AnalyzeOptions): void {
  if (picks.length < 2) return;
  const locked = new Set<number>([picks[0]?.candidate.rank ?? -1]);
  for (const kind of [FACT.casualty, FACT.ceasefire]) {
    if (picks.some((p) => (p.candidate.facts & kind) !== 0)) {
      const carrier = picks.find((p) => (p.candidate.facts & kind) !== 0);
      if (carrier) locked.add(carrier.candidate.rank);
      continue;
    }
    const carrier = bestCarrier(candidates, kind, texts);
    if (carrier === null) continue;
    let victim = -1;
    for (let i = 0; i < picks.length; i++) {
      const p = picks[i] as Pick;
      if (locked.has(p.candidate.rank)) continue;
      if (victim === -1 || p.score < (picks[victim] as Pick).score) victim = i;
    }
    if (victim === -1) continue;
    const rest = picks.filter((_, i) => i !== victim);
    if (!fits(rest, carrier, options.maxChars)) continue;
    picks[victim] = { candidate: carrier, score: carrier.score };
    locked.add(carrier.rank);
  }
}

/** A conflict report, for fact coverage: some sentence names a ceasefire, a truce or a mediation. */
function isConflictReport(candidates: readonly Candidate[]): boolean {
  return candidates.some((c) => (c.facts & (FACT.ceasefire | FACT.mediation)) !== 0);
}

/**
 * Picks sentences: greedy MMR over scored candidates up to the target count (sentences or ratio), then fact coverage.
 * With `maxChars`, the summary without the limit is kept when it fits; otherwise a sentence that would push the
 * summary (sentences joined by one space) past the limit is skipped, never cut. Returns the picks in document order.
 */
export function selectSentences(
  candidates: readonly Candidate[],
  texts: readonly string[],
  vectors: VectorTable,
  options: AnalyzeOptions,
  weights: Weights,
): Pick[] {
  const target = targetCount(options, candidates.length);
  if (target === 0) return [];
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.index - b.index);
  const cover = weights.factCoverage === 2 || (weights.factCoverage === 1 && isConflictReport(candidates));
  // A limit never changes a summary that already fits it: the summary without the limit is tried first.
  if (options.maxChars !== null) {
    const free = pick(ranked, candidates, texts, target, { ...options, maxChars: null }, vectors, weights, cover);
    if (joinedLength(free) <= options.maxChars) return free;
  }
  return pick(ranked, candidates, texts, target, options, vectors, weights, cover);
}

function pick(
  ranked: readonly Candidate[],
  candidates: readonly Candidate[],
  texts: readonly string[],
  target: number,
  options: AnalyzeOptions,
  vectors: VectorTable,
  weights: Weights,
  cover: boolean,
): Pick[] {
  const picks = greedy(ranked, target, options, vectors, weights);
  if (cover) coverFacts(picks, candidates, texts, options);
  return picks.sort((a, b) => a.candidate.index - b.candidate.index);
}
