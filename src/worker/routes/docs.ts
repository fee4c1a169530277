import { serveAsset } from '../assets.ts';
import { Hono } from '../hono.ts';
import type { AppEnv } from '../env.ts';
import { PROBLEM_TYPES, ProblemError } from '../problems.ts';

/**
 * The documents `npm run openapi` generates ahead (`public/openapi.json`, `public/docs.html`) are static assets, so the
 * Worker bundle carries neither the document nor the page's renderer. Missing only from a deployment made without
 * public/: a fault of the deployment, not of the request.
 */
const missing = (path: string) => new ProblemError('internal', `The document ${path} is missing from this deployment.`);

const DOCUMENT_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' };
const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'Cache-Control': 'public, max-age=300',
};

/** `GET /openapi.json`, `GET /docs` and `GET /problems/:slug` (the problem `type` URIs, which lead to their docs). */
export const docsRoutes = new Hono<AppEnv>()
  .get('/openapi.json', (c) => serveAsset(c, '/openapi.json', DOCUMENT_HEADERS, missing))
  .get('/docs', (c) => serveAsset(c, '/docs.html', PAGE_HEADERS, missing))
  .get('/problems/:slug', (c) => {
    const slug = c.req.param('slug');
    if (!Object.hasOwn(PROBLEM_TYPES, slug)) throw new ProblemError('not-found', `There is no problem type '${slug.slice(0, 80)}'.`);
    return c.redirect(`/docs#${slug}`, 302);
  });
