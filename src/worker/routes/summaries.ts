import { Hono } from 'hono';
import { readCached } from '../cache.ts';
import type { AppEnv } from '../env.ts';
import { ProblemError } from '../problems.ts';
import { sendJson } from '../respond.ts';
import type { SummaryResult } from './summarize.ts';

/** `GET /v1/summaries/:id`: an earlier result from the cache, byte for byte; 404 when unknown or expired. */
export const summariesRoutes = new Hono<AppEnv>().get('/v1/summaries/:id', async (c) => {
  const id = c.req.param('id');
  if (!/^[0-9a-f]{64}$/.test(id)) {
    throw new ProblemError('not-found', `Expected a result id of 64 lower-case hex digits, instead found '${id.slice(0, 80)}'.`);
  }
  const cached = await readCached(c.env.SUMMARIES, id, c.get('requestId'));
  if (cached.state === 'error') {
    throw new ProblemError('storage-unavailable', 'The cache could not be read; try again shortly.', { headers: { 'Retry-After': '5' } });
  }
  if (cached.state !== 'hit') throw new ProblemError('not-found', `No cached result with id ${id}; it may have expired.`);
  c.set('cache', 'HIT');
  return sendJson<SummaryResult>(c, cached.body, { ETag: `"${id}"`, 'X-Cache': 'HIT' });
});
