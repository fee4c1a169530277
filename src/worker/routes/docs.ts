import type { Context } from 'hono';
import { Hono } from '../hono.ts';
import type { AppEnv } from '../env.ts';
import { PROBLEM_TYPES, ProblemError } from '../problems.ts';

/**
 * Serves a document generated ahead by `npm run openapi` (`public/openapi.json`, `public/docs.html`) from the static
 * assets, so the Worker bundle carries neither the document nor the page's renderer. The assets service answers
 * conditional requests (ETag, 304) and HEAD itself.
 */
async function serveGenerated(c: Context<AppEnv>, asset: string, headers: Record<string, string>): Promise<Response> {
  const conditional = new Headers();
  const ifNoneMatch = c.req.header('If-None-Match');
  if (ifNoneMatch) conditional.set('If-None-Match', ifNoneMatch);
  const res = await c.env.ASSETS.fetch(new Request(new URL(asset, c.req.url), { method: c.req.method, headers: conditional }));
  // Missing only from a deployment made without public/: a fault of the deployment, not of the request.
  if (res.status === 404) throw new ProblemError('internal', `The document ${asset} is missing from this deployment.`);
  const out = new Headers(res.headers);
  for (const [k, v] of Object.entries(headers)) out.set(k, v);
  return new Response(res.body, { status: res.status, headers: out });
}

/** `GET /openapi.json`, `GET /docs` and `GET /problems/:slug` (the problem `type` URIs, which lead to their docs). */
export const docsRoutes = new Hono<AppEnv>()
  .get('/openapi.json', (c) =>
    serveGenerated(c, '/openapi.json', { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' }),
  )
  .get('/docs', (c) =>
    serveGenerated(c, '/docs.html', {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      'Cache-Control': 'public, max-age=300',
    }),
  )
  .get('/problems/:slug', (c) => {
    const slug = c.req.param('slug');
    if (!Object.hasOwn(PROBLEM_TYPES, slug)) throw new ProblemError('not-found', `There is no problem type '${slug.slice(0, 80)}'.`);
    return c.redirect(`/docs#${slug}`, 302);
  });
