import type { Context, TypedResponse } from 'hono';
import type { CacheState } from './analysis.ts';
import type { AppEnv } from './env.ts';

/**
 * Sends a JSON body that is already serialised (a cached result is sent byte for byte), typed as `T` for
 * `hc<AppType>()` clients, and records its size for the log line.
 */
export function sendJson<T>(c: Context<AppEnv>, body: string, headers: Record<string, string> = {}): Response & TypedResponse<T, 200, 'json'> {
  c.set('bytesOut', new TextEncoder().encode(body).byteLength);
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  c.header('Content-Type', 'application/json; charset=utf-8');
  return c.body(body, 200) as unknown as Response & TypedResponse<T, 200, 'json'>;
}

/** A `Server-Timing` header value: fetch and analysis durations (ms) and the cache outcome. */
export function serverTiming(parts: { fetchMs?: number | null; analysisMs?: number | null; cache: CacheState }): string {
  const out: string[] = [];
  if (parts.fetchMs !== undefined && parts.fetchMs !== null) out.push(`fetch;dur=${parts.fetchMs.toFixed(2)}`);
  if (parts.analysisMs !== undefined && parts.analysisMs !== null) out.push(`analysis;dur=${parts.analysisMs.toFixed(2)}`);
  out.push(`cache;desc=${parts.cache}`);
  return out.join(', ');
}

/**
 * True when an If-None-Match header names this ETag, weak or strong (a weak comparison, RFC 9110 13.1.2). `*` counts
 * only with `exists`: it matches a representation that exists (a cached result), not one computed on request.
 */
export function matchesEtag(header: string | undefined, etag: string, exists = false): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return (t === '*' && exists) || t === etag;
  });
}
