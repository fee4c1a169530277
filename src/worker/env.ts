import type { OpenAPIHono } from '@hono/zod-openapi';

/** Per-request values set by middleware. */
export interface Variables {
  requestId: string;
  /** What the cache did for this request, for the log line. */
  cache?: 'HIT' | 'MISS' | 'BYPASS';
}

/** The Hono environment of every route. */
export interface AppEnv {
  Bindings: Env;
  Variables: Variables;
}

export type App = OpenAPIHono<AppEnv>;

/** The largest accepted body, in bytes, from `MAX_BODY_BYTES` (default 1 MiB). */
export function maxBodyBytes(env: Env): number {
  const raw = env.MAX_BODY_BYTES as string | undefined;
  return raw !== undefined && /^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : 1024 * 1024;
}
