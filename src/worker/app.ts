import { Hono } from './hono.ts';
import { apiKeyAuth } from './auth.ts';
import type { AppEnv } from './env.ts';
import { kvFaults } from './faults.ts';
import { log } from './log.ts';
import { corsFromEnv, requestContext } from './ops.ts';
import { ProblemError, problemResponse } from './problems.ts';
import { rateLimit } from './ratelimit.ts';
import { batchRoutes } from './routes/batch.ts';
import { docsRoutes } from './routes/docs.ts';
import { healthRoutes } from './routes/health.ts';
import { mountDiscord, mountSlack } from './routes/integrations/index.ts';
import { mountPlayground, PLAYGROUND_PATHS } from './routes/playground.ts';
import { summariesRoutes } from './routes/summaries.ts';
import { summarizeRoutes } from './routes/summarize.ts';

/**
 * Paths the Worker serves, with their methods, so a wrong method gets 405 and an `Allow` header, not 404. Every
 * path here must also be in `OPERATIONS` (src/worker/openapi.ts); test/worker/openapi.test.ts checks.
 */
export const ROUTES: ReadonlyArray<{ pattern: RegExp; methods: string[] }> = [
  { pattern: /^\/v1\/summarize$/, methods: ['POST'] },
  { pattern: /^\/v1\/summarize\/batch$/, methods: ['POST'] },
  { pattern: /^\/v1\/summaries\/[^/]+$/, methods: ['GET', 'HEAD'] },
  { pattern: /^\/healthz$/, methods: ['GET', 'HEAD'] },
  { pattern: /^\/openapi\.json$/, methods: ['GET', 'HEAD'] },
  { pattern: /^\/docs$/, methods: ['GET', 'HEAD'] },
  { pattern: /^\/problems\/[^/]+$/, methods: ['GET', 'HEAD'] },
  { pattern: PLAYGROUND_PATHS, methods: ['GET', 'HEAD'] },
  { pattern: /^\/integrations\/slack\/command$/, methods: ['POST'] },
  { pattern: /^\/integrations\/discord\/interactions$/, methods: ['POST'] },
];

/**
 * Builds the app: request id and log line, CORS, API keys and rate limit on `/v1/`, the routes, and the problem+json
 * error mapping. The API routes are chained so the returned app's type carries them for `hc<AppType>()`.
 */
export function createApp() {
  const app = new Hono<AppEnv>();
  app.use('*', kvFaults());
  app.use('*', requestContext());
  app.use('*', corsFromEnv());
  app.use('/v1/*', apiKeyAuth());
  app.use('/v1/*', rateLimit());

  const api = app
    .route('/', healthRoutes)
    .route('/', summarizeRoutes)
    .route('/', batchRoutes)
    .route('/', summariesRoutes)
    .route('/', docsRoutes);
  mountPlayground(app);
  mountSlack(app);
  mountDiscord(app);

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const route = ROUTES.find((r) => r.pattern.test(path));
    if (route) {
      return problemResponse(
        new ProblemError('method-not-allowed', `${c.req.method} is not allowed on ${path}; use ${route.methods.join(' or ')}.`, {
          headers: { Allow: route.methods.join(', ') },
        }),
        path,
      );
    }
    return problemResponse(new ProblemError('not-found', `There is no route at ${path}; the routes are listed at /docs.`), path);
  });

  app.onError((err, c) => {
    if (err instanceof ProblemError) return problemResponse(err, new URL(c.req.url).pathname);
    log({ level: 'error', requestId: c.get('requestId'), msg: 'unhandled error', error: err instanceof Error ? err.stack ?? err.message : String(err) });
    return problemResponse(new ProblemError('internal', 'An unexpected error occurred; it has been logged.'));
  });

  return api;
}
