import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { analyze } from '../../core/analyze.ts';
import { analysisId } from '../../core/id.ts';
import type { AnalyzeInput } from '../../core/types.ts';
import { readBody } from '../body.ts';
import { cacheTtl, readCached, writeCached } from '../cache.ts';
import { maxBodyBytes, type App, type AppEnv } from '../env.ts';
import { problemResponses } from '../openapi.ts';
import { SummarizeRequestSchema, SummaryResultSchema } from '../schemas.ts';
import { queryToRequest, validate } from '../validate.ts';

const CacheHeaders = {
  'X-Cache': { schema: { type: 'string' as const, enum: ['MISS', 'HIT', 'BYPASS'] }, description: 'Whether the result came from the KV cache.' },
  ETag: { schema: { type: 'string' as const }, description: 'The result id in quotes; send it back in If-None-Match.' },
};

/** `POST /v1/summarize`, described for the OpenAPI document. */
export const summarizeRoute = createRoute({
  method: 'post',
  path: '/v1/summarize',
  summary: 'Summarise an article and extract its facts',
  description:
    'Send the article as JSON (`text` plus optional `title`, `publishedAt`, `options`) or as a `text/plain` body with ' +
    'the options as query parameters (`?sentences=5&keywords=0`). Identical input gives a byte-identical body, cached in KV.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': { schema: SummarizeRequestSchema },
        'text/plain': { schema: z.string().openapi({ description: 'The article text.' }) },
      },
    },
    query: z.object({
      sentences: z.string().optional(),
      ratio: z.string().optional(),
      maxChars: z.string().optional(),
      keywords: z.string().optional(),
      title: z.string().optional(),
      publishedAt: z.string().optional(),
    }),
    headers: z.object({ 'If-None-Match': z.string().optional() }),
  },
  responses: {
    200: { description: 'The summary and facts.', headers: CacheHeaders, content: { 'application/json': { schema: SummaryResultSchema } } },
    304: { description: 'Not modified: If-None-Match matched the result id.', headers: { ETag: CacheHeaders.ETag } },
    ...problemResponses([400, 401, 413, 415, 422, 429]),
  },
});

/** True when an If-None-Match header names this ETag (or `*`). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === etag;
  });
}

/** Reads, validates and converts a summarize request body into the core's input. */
export async function readSummarizeInput(c: Context<AppEnv>): Promise<AnalyzeInput> {
  const body = await readBody(c.req.raw, maxBodyBytes(c.env), ['json', 'text']);
  const candidate = body.kind === 'json' ? body.value : { text: body.value, ...queryToRequest(new URL(c.req.url).searchParams) };
  const request = validate(SummarizeRequestSchema, candidate);
  return { text: request.text, title: request.title ?? null, publishedAt: request.publishedAt ?? null, options: request.options ?? {} };
}

/**
 * Answers one analysis: 304 when the client holds it already, the cached body when KV has it, otherwise a fresh
 * analysis written back through waitUntil. KV failures degrade to BYPASS, never to an error.
 */
export async function answerAnalysis(c: Context<AppEnv>, input: AnalyzeInput): Promise<Response> {
  const id = await analysisId(input);
  const etag = `"${id}"`;
  if (matchesEtag(c.req.header('If-None-Match'), etag)) {
    return new Response(null, { status: 304, headers: { ETag: etag } });
  }
  const requestId = c.get('requestId');
  const cached = await readCached(c.env.SUMMARIES, id, requestId);
  if (cached.state === 'hit') return json(c, cached.body, etag, 'HIT');
  const started = performance.now();
  const body = JSON.stringify({ id, ...analyze(input) });
  c.header('Server-Timing', `analysis;dur=${(performance.now() - started).toFixed(2)}`);
  if (cached.state === 'error') return json(c, body, etag, 'BYPASS');
  c.executionCtx.waitUntil(writeCached(c.env.SUMMARIES, id, body, cacheTtl(c.env.CACHE_TTL_SECONDS), requestId));
  return json(c, body, etag, 'MISS');
}

function json(c: Context<AppEnv>, body: string, etag: string, cache: 'HIT' | 'MISS' | 'BYPASS'): Response {
  c.set('cache', cache);
  c.header('Content-Type', 'application/json; charset=utf-8');
  c.header('ETag', etag);
  c.header('X-Cache', cache);
  return c.body(body, 200);
}

/** Mounts `POST /v1/summarize`. */
export function mountSummarize(app: App): void {
  app.openAPIRegistry.registerPath(summarizeRoute);
  app.post('/v1/summarize', async (c) => answerAnalysis(c, await readSummarizeInput(c)));
}
