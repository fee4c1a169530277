import type { Hono } from 'hono';

/** Per-request values set by middleware and handlers, read by the log line. */
export interface Variables {
  requestId: string;
  /** What the cache did for this request, for the log line. */
  cache?: 'HIT' | 'MISS' | 'BYPASS';
  /** Who is calling, for the rate limiter: `key:<digest prefix>` or `ip:<address>`. Never the key itself. */
  client?: string;
  /** Bytes of the response body the handler wrote, for the log line. */
  bytesOut?: number;
  /** Kind of input (`text`, `html`, `url`), for the log line. */
  source?: string;
  /** Number of items of a batch, for the log line. */
  items?: number;
}

/** Bindings beyond `wrangler types`: the secret (not in wrangler.toml) and bindings a deployment may leave out. */
export interface Bindings extends Env {
  /** Comma-separated SHA-256 hex digests of the accepted API keys; unset means the API is open (local dev). */
  API_KEYS?: string;
}

/** The Hono environment of every route. */
export interface AppEnv {
  Bindings: Bindings;
  Variables: Variables;
}

/** The app every `mountX(app)` function adds its routes to. */
export type App = Hono<AppEnv>;

/** A positive integer variable from wrangler.toml, or `fallback` when it is unset or not a positive integer. */
export function intVar(raw: unknown, fallback: number): number {
  return typeof raw === 'string' && /^\d{1,12}$/.test(raw) && Number(raw) > 0 ? Number(raw) : fallback;
}

/** The largest accepted body, in bytes, from `MAX_BODY_BYTES` (default 1 MiB). */
export function maxBodyBytes(env: Env): number {
  return intVar(env.MAX_BODY_BYTES, 1024 * 1024);
}
