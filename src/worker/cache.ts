import { ENGINE } from '../core/engine.ts';
import { log } from './log.ts';

/** Cache keys carry the layout version and the engine, so a new engine never reads an old engine's results. */
export const CACHE_PREFIX = `v1:${ENGINE}:`;
/** KV refuses an `expirationTtl` below 60 seconds. */
const MIN_TTL_SECONDS = 60;
export const DEFAULT_TTL_SECONDS = 7 * 24 * 3600;

/** What a cache read found: a stored body, nothing, or a failure (storage down or a corrupt value). */
export type CacheRead = { state: 'hit'; body: string } | { state: 'miss' } | { state: 'corrupt' } | { state: 'error' };

/** The KV key of a result id. */
export function cacheKey(id: string): string {
  return CACHE_PREFIX + id;
}

/** The TTL to store results with, from the `CACHE_TTL_SECONDS` variable (default 7 days, at least 60 s). */
export function cacheTtl(value: string | undefined): number {
  const n = value !== undefined && /^\d+$/.test(value) ? Number(value) : DEFAULT_TTL_SECONDS;
  return Math.max(MIN_TTL_SECONDS, n);
}

/** True when a stored string is a complete result for `id` (it could be truncated or written by a bug). */
function isValidBody(body: string, id: string): boolean {
  try {
    const value = JSON.parse(body) as { id?: unknown; engine?: unknown; summary?: unknown };
    return value.id === id && value.engine === ENGINE && typeof value.summary === 'object' && value.summary !== null;
  } catch {
    return false;
  }
}

/** Reads a cached result. Never throws: a KV failure is `error`, a value that is not a valid result is `corrupt`. */
export async function readCached(kv: KVNamespace, id: string, requestId: string): Promise<CacheRead> {
  let body: string | null;
  try {
    body = await kv.get(cacheKey(id), 'text');
  } catch (err) {
    log({ level: 'warn', msg: 'kv read failed', requestId, error: String(err) });
    return { state: 'error' };
  }
  if (body === null) return { state: 'miss' };
  if (!isValidBody(body, id)) {
    log({ level: 'warn', msg: 'kv value corrupt, recomputing', requestId, key: cacheKey(id) });
    return { state: 'corrupt' };
  }
  return { state: 'hit', body };
}

/** Stores a result; never throws (a failed write is logged, the answer already went out). */
export async function writeCached(kv: KVNamespace, id: string, body: string, ttl: number, requestId: string): Promise<void> {
  try {
    await kv.put(cacheKey(id), body, { expirationTtl: ttl });
  } catch (err) {
    log({ level: 'warn', msg: 'kv write failed', requestId, error: String(err) });
  }
}
