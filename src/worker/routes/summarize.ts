import { Hono } from '../hono.ts';
import type * as z from 'zod/mini';
import { answer, prepare } from '../analysis.ts';
import type { AppEnv } from '../env.ts';
import { jsonBody } from '../input.ts';
import { digestFormats } from './integrations/digest-format.ts';
import { matchesEtag, sendJson, serverTiming } from '../respond.ts';
import type { SummaryResultSchema } from '../result-schemas.ts';
import { SummarizeRequestSchema } from '../schemas.ts';

/** The body of a successful summary, as clients see it. */
export type SummaryResult = z.output<typeof SummaryResultSchema>;

/**
 * `POST /v1/summarize`: the article as JSON (`text`, `html` or `url`, with optional `title`, `publishedAt`,
 * `options`) or as a `text/plain` body with the options in the query string. 304 when If-None-Match holds the
 * result's id; otherwise the cached body or a fresh analysis (X-Cache MISS/HIT/BYPASS).
 */
export const summarizeRoutes = new Hono<AppEnv>().post('/v1/summarize', jsonBody(SummarizeRequestSchema, ['json', 'text'], ['format']), digestFormats(), async (c) => {
  const request = c.req.valid('json');
  const prepared = await prepare(c.env, request);
  c.set('source', prepared.kind);
  const etag = `"${prepared.id}"`;
  if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304, { ETag: etag });
  const result = await answer(c.env, c.executionCtx, c.get('requestId'), prepared);
  c.set('cache', result.cache);
  return sendJson<SummaryResult>(c, result.body, {
    ETag: etag,
    'X-Cache': result.cache,
    'Server-Timing': serverTiming({ fetchMs: prepared.fetchMs, analysisMs: result.analysisMs, cache: result.cache }),
  });
});
