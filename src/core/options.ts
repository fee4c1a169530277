import type { AnalyzeInput, AnalyzeOptions } from './types.ts';

/** Defaults applied to every request before it is analysed or hashed. */
export const DEFAULT_OPTIONS: AnalyzeOptions = { sentences: 3, ratio: null, maxChars: null, keywords: 10 };

/** Bounds of the options, shared by the HTTP schema, the CLI and the core. */
export const LIMITS = {
  sentences: { min: 1, max: 50 },
  keywords: { min: 0, max: 50 },
  maxChars: { min: 1, max: 1_000_000 },
} as const;

/**
 * The options with defaults applied, in a fixed key order. `ratio` overrides `sentences`, so with a ratio the count
 * takes its default: requests that give the same summary then hash to the same id and share one cache entry.
 */
export function resolveOptions(options: AnalyzeInput['options']): AnalyzeOptions {
  const ratio = options?.ratio ?? DEFAULT_OPTIONS.ratio;
  return {
    sentences: ratio === null ? (options?.sentences ?? DEFAULT_OPTIONS.sentences) : DEFAULT_OPTIONS.sentences,
    ratio,
    maxChars: options?.maxChars ?? DEFAULT_OPTIONS.maxChars,
    keywords: options?.keywords ?? DEFAULT_OPTIONS.keywords,
  };
}
