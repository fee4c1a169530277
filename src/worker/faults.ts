import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';

/**
 * Test-only fault injection for the KV cache, used by the fault run of `npm run load` (scripts/load.ts) to show that
 * a failing KV never fails a request. It is off unless BOTH hold:
 * - the variable `KV_FAULTS` is `every-other`: it is in no wrangler config; only `wrangler dev --var
 *   KV_FAULTS:every-other` (what scripts/load.ts runs) sets it;
 * - the request is addressed to a loopback host (127.0.0.1, [::1], localhost), which a deployed Worker never sees.
 * When on, every other call to the `SUMMARIES` binding (get, put, delete, list, getWithMetadata) rejects, as a KV
 * outage would. This is the one place the binding is wrapped.
 */
export const KV_FAULTS_MODE = 'every-other';

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);
const KV_METHODS = new Set(['get', 'put', 'delete', 'list', 'getWithMetadata']);

/**
 * Calls to a faulty binding in this isolate, by method, so faults alternate across requests too. Counted per method:
 * with one counter, a request that reads then writes would see its reads always succeed and its writes always fail.
 */
const calls = new Map<string, number>();

/** A KV namespace whose every other call rejects with an injected error. */
function everyOtherFails(kv: KVNamespace): KVNamespace {
  return new Proxy(kv, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop !== 'string' || !KV_METHODS.has(prop) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const n = (calls.get(prop) ?? 0) + 1;
        calls.set(prop, n);
        if (n % 2 === 0) return Promise.reject(new Error(`injected KV fault (KV_FAULTS=${KV_FAULTS_MODE}) on ${prop}`));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** Middleware that swaps in the faulty KV binding for this request when the test-only switch is on (see above). */
export function kvFaults(): MiddlewareHandler<AppEnv> {
  return async function injectKvFaults(c, next) {
    const mode = (c.env as unknown as { KV_FAULTS?: unknown }).KV_FAULTS;
    if (mode === KV_FAULTS_MODE && c.env.SUMMARIES && LOOPBACK.has(new URL(c.req.url).hostname)) {
      c.env = Object.assign(Object.create(c.env) as AppEnv['Bindings'], { SUMMARIES: everyOtherFails(c.env.SUMMARIES) });
    }
    await next();
  };
}
