import { ENGINE } from './engine.ts';
import { sha256Hex } from './hash.ts';
import { resolveOptions } from './options.ts';
import type { AnalyzeInput } from './types.ts';

/**
 * The canonical form of a request: engine, text, title, publication date and options with defaults applied, as JSON
 * with a fixed key order. The text is taken exactly as submitted (only its line endings would be safe to fold, and
 * even they shift offsets): results carry offsets into the submitted text, so two texts that differ in any character
 * must never share an id. The title's whitespace is collapsed, since no offset points into it.
 */
export function canonicalInput(input: AnalyzeInput): string {
  return JSON.stringify({
    engine: ENGINE,
    text: input.text,
    title: input.title ? input.title.replace(/\s+/g, ' ').trim() || null : null,
    publishedAt: input.publishedAt ?? null,
    options: resolveOptions(input.options),
  });
}

/** The 64-hex SHA-256 of the canonical input: the result's `id`, its ETag and its cache key. */
export async function analysisId(input: AnalyzeInput): Promise<string> {
  return sha256Hex(canonicalInput(input));
}
