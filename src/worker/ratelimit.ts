import type { MiddlewareHandler } from 'hono';
import { intVar, type AppEnv } from './env.ts';
import { log } from './log.ts';
import { ProblemError } from './problems.ts';

/**
 * Limits requests per client with the Workers rate-limiting binding `RATE_LIMITER` (`[[ratelimits]]` in
 * wrangler.toml): the key is the API key's digest prefix, or the client IP when keys are off. Past the limit: 429
 * problem+json with `Retry-After` and `RateLimit-*` headers. `RATE_LIMIT_REQUESTS` and `RATE_LIMIT_PERIOD_SECONDS`
 * repeat the binding's settings for these headers (the binding does not expose them). A failing binding lets the
 * request through (logged), so an outage of the limiter is not an outage of the API.
 */
export function rateLimit(): MiddlewareHandler<AppEnv> {
  return async function limitRate(c, next) {
    const limiter = c.env.RATE_LIMITER as RateLimit | undefined;
    if (!limiter) return next();
    const requests = intVar(c.env.RATE_LIMIT_REQUESTS, 100);
    const period = intVar(c.env.RATE_LIMIT_PERIOD_SECONDS, 60);
    const key = c.get('client') ?? `ip:${c.req.header('CF-Connecting-IP') ?? 'unknown'}`;
    let allowed = true;
    try {
      allowed = (await limiter.limit({ key })).success;
    } catch (err) {
      log({ level: 'warn', requestId: c.get('requestId'), msg: 'rate limiter failed, request let through', error: String(err) });
    }
    const policy = `${requests};w=${period}`;
    if (!allowed) {
      throw new ProblemError('rate-limited', `More than ${requests} requests in ${period} seconds; retry after ${period} seconds.`, {
        headers: {
          'Retry-After': String(period),
          'RateLimit-Policy': policy,
          'RateLimit-Limit': String(requests),
          'RateLimit-Remaining': '0',
          'RateLimit-Reset': String(period),
        },
      });
    }
    await next();
    c.res.headers.set('RateLimit-Policy', policy);
  };
}
