import type { Context } from 'hono';
import type { AppEnv } from './env.ts';
import type { ProblemError } from './problems.ts';

/**
 * Serves a file of the static assets (`public/`, the `ASSETS` binding) with the route's headers, which replace the
 * assets service's own (its `ETag` stays). The service answers conditional requests (304) and HEAD itself; a missing
 * file throws `missing(path)`, and any other answer (412, a 5xx) goes through as it is.
 */
export async function serveAsset(c: Context<AppEnv>, path: string, headers: Record<string, string>, missing: (path: string) => ProblemError): Promise<Response> {
  const conditional = new Headers();
  const ifNoneMatch = c.req.header('If-None-Match');
  if (ifNoneMatch) conditional.set('If-None-Match', ifNoneMatch);
  const asset = await c.env.ASSETS.fetch(new Request(new URL(path, c.req.url), { method: c.req.method, headers: conditional }));
  if (asset.status === 404) throw missing(path);
  const out = new Headers(asset.headers);
  for (const [k, v] of Object.entries(headers)) out.set(k, v);
  return new Response(asset.body, { status: asset.status, headers: out });
}
