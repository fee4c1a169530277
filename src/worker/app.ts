import { OpenAPIHono } from '@hono/zod-openapi';
import { ENGINE } from '../core/engine.ts';
import type { AppEnv } from './env.ts';
import { log } from './log.ts';
import { ProblemError, problemResponse } from './problems.ts';
import { mountHealth } from './routes/health.ts';
import { mountSummaries } from './routes/summaries.ts';
import { mountSummarize } from './routes/summarize.ts';

/** Paths the API serves, with their methods, so a wrong method gets 405 and an `Allow` header, not 404. */
const ROUTES: ReadonlyArray<{ pattern: RegExp; methods: string[] }> = [
  { pattern: /^\/v1\/summarize$/, methods: ['POST'] },
  { pattern: /^\/v1\/summaries\/[^/]+$/, methods: ['GET', 'HEAD'] },
  { pattern: /^\/healthz$/, methods: ['GET', 'HEAD'] },
  { pattern: /^\/openapi\.json$/, methods: ['GET', 'HEAD'] },
];

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Builds the Hono app: request id and log line, routes, OpenAPI document, and the problem+json error mapping. */
export function createApp(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  app.use('*', async function requestContext(c, next) {
    const given = c.req.header('X-Request-Id');
    const requestId = given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    c.set('requestId', requestId);
    const started = Date.now();
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    log({
      level: 'info',
      requestId,
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      cache: c.get('cache') ?? null,
      ms: Date.now() - started,
      bytesIn: Number(c.req.header('Content-Length') ?? 0) || null,
    });
  });

  mountHealth(app);
  mountSummarize(app);
  mountSummaries(app);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'newsbrief',
      version: ENGINE.split('/')[1] ?? '0',
      description: 'Deterministic extractive news summaries with casualty, party, mediator and ceasefire facts.',
    },
  });

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
    return problemResponse(new ProblemError('not-found', `There is no route at ${path}.`), path);
  });

  app.onError((err, c) => {
    if (err instanceof ProblemError) return problemResponse(err, new URL(c.req.url).pathname);
    log({ level: 'error', requestId: c.get('requestId'), msg: 'unhandled error', error: err instanceof Error ? err.stack ?? err.message : String(err) });
    return problemResponse(new ProblemError('internal', 'An unexpected error occurred; it has been logged.'));
  });

  return app;
}
