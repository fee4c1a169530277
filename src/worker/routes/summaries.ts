import { createRoute, z } from '@hono/zod-openapi';
import { readCached } from '../cache.ts';
import type { App } from '../env.ts';
import { problemResponses } from '../openapi.ts';
import { ProblemError } from '../problems.ts';
import { SummaryResultSchema } from '../schemas.ts';

/** `GET /v1/summaries/{id}`, described for the OpenAPI document. */
export const summariesRoute = createRoute({
  method: 'get',
  path: '/v1/summaries/{id}',
  summary: 'Fetch a cached result by id',
  request: { params: z.object({ id: z.string().openapi({ description: 'The 64-hex id of an earlier result.' }) }) },
  responses: {
    200: { description: 'The cached result, byte for byte.', content: { 'application/json': { schema: SummaryResultSchema } } },
    ...problemResponses([401, 404, 429, 503]),
  },
});

/** Mounts `GET /v1/summaries/:id`. */
export function mountSummaries(app: App): void {
  app.openAPIRegistry.registerPath(summariesRoute);
  app.get('/v1/summaries/:id', async (c) => {
    const id = c.req.param('id');
    if (!/^[0-9a-f]{64}$/.test(id)) {
      throw new ProblemError('not-found', `Expected a result id of 64 lower-case hex digits, instead found '${id.slice(0, 80)}'.`);
    }
    const cached = await readCached(c.env.SUMMARIES, id, c.get('requestId'));
    if (cached.state === 'error') {
      throw new ProblemError('storage-unavailable', 'The cache could not be read; try again shortly.', { headers: { 'Retry-After': '5' } });
    }
    if (cached.state !== 'hit') throw new ProblemError('not-found', `No cached result with id ${id}; it may have expired.`);
    c.header('Content-Type', 'application/json; charset=utf-8');
    c.header('ETag', `"${id}"`);
    c.header('X-Cache', 'HIT');
    return c.body(cached.body, 200);
  });
}
