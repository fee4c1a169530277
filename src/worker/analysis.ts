import { analyze } from '../core/analyze.ts';
import { ENGINE } from '../core/engine.ts';
import { analysisId } from '../core/id.ts';
import { resolveOptions } from '../core/options.ts';
import type { AnalyzeInput } from '../core/types.ts';
import { cacheTtl, readCached, writeCached } from './cache.ts';
import { intVar, type Bindings } from './env.ts';
import { extractArticle } from './extract/html.ts';
import { decodePage, fetchPage, type FetchLimits } from './extract/fetch.ts';
import { sha256Hex } from '../core/hash.ts';
import { ProblemError } from './problems.ts';
import type { SummarizeRequest } from './schemas.ts';

/** What the cache did for one analysis. */
export type CacheState = 'HIT' | 'MISS' | 'BYPASS';

/** An input ready to answer: its id (the cache key and ETag) and how to build its body on a cache miss. */
export interface Prepared {
  id: string;
  kind: 'text' | 'html' | 'url';
  /** Milliseconds spent fetching the page (URL input), for Server-Timing. */
  fetchMs: number | null;
  build(): Promise<Record<string, unknown>>;
}

/** One answered analysis: the JSON body (byte-identical for identical input), where it came from and what it cost. */
export interface Answer {
  id: string;
  body: string;
  cache: CacheState;
  /** Milliseconds of extraction and analysis, null when the body came from the cache. */
  analysisMs: number | null;
}

/** The fetch bounds from `FETCH_TIMEOUT_MS`, `MAX_FETCH_BYTES`, `MAX_REDIRECTS`. */
export function fetchLimits(env: Bindings): FetchLimits {
  return {
    timeoutMs: intVar(env.FETCH_TIMEOUT_MS, 10_000),
    maxBytes: intVar(env.MAX_FETCH_BYTES, 2 * 1024 * 1024),
    maxRedirects: typeof env.MAX_REDIRECTS === 'string' && /^\d{1,2}$/.test(env.MAX_REDIRECTS) ? Number(env.MAX_REDIRECTS) : 5,
  };
}

/** The core's input for a validated request whose text is known. */
function coreInput(request: SummarizeRequest, text: string, found: { title: string | null; publishedAt: string | null }): AnalyzeInput {
  return {
    text,
    title: request.title ?? found.title,
    publishedAt: request.publishedAt ?? found.publishedAt,
    options: request.options ?? {},
  };
}

/** The id of a result computed from a page: engine, the page's identity, and the request's own fields. */
function sourceId(request: SummarizeRequest, page: Record<string, string>): Promise<string> {
  return sha256Hex(
    JSON.stringify({
      engine: ENGINE,
      page,
      title: request.title ?? null,
      publishedAt: request.publishedAt ?? null,
      options: resolveOptions(request.options),
    }),
  );
}

/** The body for text extracted from a page: the analysis, with the extracted text and metadata as `source`. */
function pageBody(id: string, request: SummarizeRequest, source: { type: 'html' | 'url'; url: string | null; contentType: string | null }, found: {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  text: string;
}): Record<string, unknown> {
  if (found.text.trim().length === 0) {
    const field = source.type;
    throw new ProblemError('validation-failed', `${field}: Expected an article, instead found a page with no paragraph text.`, {
      errors: [{ path: field, message: 'Expected an article, instead found a page with no paragraph text.' }],
    });
  }
  const analysis = analyze(coreInput(request, found.text, found));
  return { id, ...analysis, source: { ...source, title: found.title, byline: found.byline, publishedAt: found.publishedAt, text: found.text } };
}

/**
 * Turns a validated request into a prepared input. Text is hashed as the core does (so ids match the CLI); HTML is
 * keyed by the page itself, so a cache hit skips extraction; a URL is fetched first and keyed by its final URL plus
 * the SHA-256 of its content.
 */
export async function prepare(env: Bindings, request: SummarizeRequest): Promise<Prepared> {
  if (request.html !== undefined) {
    const html = request.html;
    const id = await sourceId(request, { type: 'html', html });
    return { id, kind: 'html', fetchMs: null, build: async () => pageBody(id, request, { type: 'html', url: null, contentType: null }, extractArticle(html)) };
  }
  if (request.url !== undefined) {
    const started = performance.now();
    const page = await fetchPage(request.url, fetchLimits(env));
    const fetchMs = performance.now() - started;
    // The declared charset is part of the page: the same bytes served as another charset read as another text.
    const id = await sourceId(request, { type: 'url', url: page.url, mediaType: page.mediaType, charset: page.charset ?? '', sha256: await sha256Hex(page.bytes) });
    const source = { type: 'url' as const, url: page.url, contentType: page.mediaType };
    return {
      id,
      kind: 'url',
      fetchMs,
      build: async () => {
        const text = decodePage(page);
        if (page.mediaType === 'text/plain') return pageBody(id, request, source, { title: null, byline: null, publishedAt: null, text });
        return pageBody(id, request, source, extractArticle(text));
      },
    };
  }
  const input = coreInput(request, request.text ?? '', { title: null, publishedAt: null });
  const id = await analysisId(input);
  return { id, kind: 'text', fetchMs: null, build: async () => ({ id, ...analyze(input) }) };
}

/**
 * Answers a prepared input from KV or by building it, writing a fresh body back through `waitUntil`. KV failures
 * degrade to BYPASS (answered, not stored), never to an error.
 */
export async function answer(env: Bindings, ctx: { waitUntil(promise: Promise<unknown>): void }, requestId: string, prepared: Prepared): Promise<Answer> {
  const cached = await readCached(env.SUMMARIES, prepared.id, requestId);
  if (cached.state === 'hit') return { id: prepared.id, body: cached.body, cache: 'HIT', analysisMs: null };
  const started = performance.now();
  const body = JSON.stringify(await prepared.build());
  const analysisMs = performance.now() - started;
  if (cached.state === 'error') return { id: prepared.id, body, cache: 'BYPASS', analysisMs };
  ctx.waitUntil(writeCached(env.SUMMARIES, prepared.id, body, cacheTtl(env.CACHE_TTL_SECONDS), requestId));
  return { id: prepared.id, body, cache: 'MISS', analysisMs };
}
