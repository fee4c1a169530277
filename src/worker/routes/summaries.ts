import { Hono } from '../hono.ts';
import { readCached } from '../cache.ts';
import type { AppEnv } from '../env.ts';
import { ProblemError } from '../problems.ts';
import { queryParams, rejectQuery, rejectRepeated } from '../input.ts';
import { matchesEtag, sendJson } from '../respond.ts';
import { digestFormats } from './integrations/digest-format.ts';
import type { SummaryResult } from './summarize.ts';

/**
 * The id names the content (engine, text, options), so what it answers never changes: a client may keep it. Private,
 * because the API may sit behind keys. A 304 carries it too (RFC 9110 §15.4.5).
 */
const KEEP = 'private, max-age=86400, immutable';

/**
 * `GET /v1/summaries/:id`: an earlier result from the cache, byte for byte (or its `?format=markdown|text` digest); 304
 * when If-None-Match holds the id; 404 when unknown or expired.
 */
export const summariesRoutes = new Hono<AppEnv>().get('/v1/summaries/:id', digestFormats(), async (c) => {
  const id = c.req.param('id');
  if (!/^[0-9a-f]{64}$/.test(id)) {
    throw new ProblemError('not-found', `Expected a result id of 64 lower-case hex digits, instead found '${id.slice(0, 80)}'.`);
  }
  const params = queryParams(c.req.url);
  rejectQuery(params, ['format'], 'Only the format query parameter is read here.');
  rejectRepeated(params);
  // A result id names its content for ever (engine, text and options are in it): a client holding it is up to date,
  // whether or not the cache still has it.
  const ifNoneMatch = c.req.header('If-None-Match');
  if (matchesEtag(ifNoneMatch, `"${id}"`)) return c.body(null, 304, { ETag: `"${id}"`, 'Cache-Control': KEEP });
  const cached = await readCached(c.env.SUMMARIES, id, c.get('requestId'));
  if (cached.state === 'error') {
    throw new ProblemError('storage-unavailable', 'The cache could not be read; try again shortly.', { headers: { 'Retry-After': '5' } });
  }
  if (cached.state !== 'hit') throw new ProblemError('not-found', `No cached result with id ${id}; it may have expired: POST the article to /v1/summarize again for it.`);
  c.set('cache', 'HIT');
  // `*` matches a result that exists: this one, now read.
  if (matchesEtag(ifNoneMatch, `"${id}"`, true)) return c.body(null, 304, { ETag: `"${id}"`, 'Cache-Control': KEEP });
  return sendJson<SummaryResult>(c, cached.body, { ETag: `"${id}"`, 'X-Cache': 'HIT', 'Cache-Control': KEEP });
});
