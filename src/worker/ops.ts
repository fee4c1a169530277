import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { routePath } from 'hono/route';
import type { AppEnv } from './env.ts';
import { log } from './log.ts';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The route pattern that answered (`/v1/summaries/:id`), or null when no route did (404/405). */
function answeringRoute(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string | null {
  const path = routePath(c, -1);
  return path && !path.endsWith('*') ? path : null;
}

/**
 * Gives every request an id (`X-Request-Id`: the caller's when it is 1-128 of `A-Za-z0-9_.:-`, else a UUID), sets it
 * on every response, and writes one JSON log line per request: route, status, cache, duration, sizes, input kind.
 * Never the article text, never a key.
 */
export function requestContext(): MiddlewareHandler<AppEnv> {
  return async function requestLog(c, next) {
    const given = c.req.header('X-Request-Id');
    const requestId = given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    c.set('requestId', requestId);
    const started = Date.now();
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    log({
      level: c.res.status >= 500 ? 'error' : 'info',
      requestId,
      method: c.req.method,
      route: answeringRoute(c),
      status: c.res.status,
      cache: c.get('cache') ?? null,
      source: c.get('source') ?? null,
      items: c.get('items') ?? null,
      auth: c.get('client')?.startsWith('key:') ? 'key' : 'none',
      ms: Date.now() - started,
      bytesIn: Number(c.req.header('Content-Length') ?? 0) || null,
      bytesOut: c.get('bytesOut') ?? null,
    });
  };
}

/** Headers a browser may read from a cross-origin response. */
const EXPOSED = ['X-Request-Id', 'X-Cache', 'ETag', 'Server-Timing', 'Retry-After', 'RateLimit-Policy', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'WWW-Authenticate'];

/** The origin to allow for `origin` under a `CORS_ORIGINS` value (`*`, or comma-separated origins), or null. */
export function allowedOrigin(origin: string, setting: string | undefined): string | null {
  const list = (setting ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (list.includes('*')) return '*';
  return list.includes(origin) ? origin : null;
}

/**
 * CORS from the `CORS_ORIGINS` variable: empty turns CORS off (no headers, preflights answered 405), `*` allows any
 * origin, otherwise the listed origins. Preflights are answered before authentication, as browsers send them without keys.
 */
export function corsFromEnv(): MiddlewareHandler<AppEnv> {
  const handler = cors({
    origin: (origin, c) => allowedOrigin(origin, (c.env as AppEnv['Bindings']).CORS_ORIGINS),
    allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization', 'If-None-Match', 'X-Request-Id'],
    exposeHeaders: EXPOSED,
    maxAge: 600,
  });
  return async function corsIfConfigured(c, next) {
    if (!(c.env.CORS_ORIGINS ?? '').trim()) return next();
    return handler(c, next);
  };
}
