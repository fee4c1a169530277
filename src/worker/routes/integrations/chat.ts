import type { Result } from '../../../core/analyze.ts';
import { answer, prepare } from '../../analysis.ts';
import { decodeUtf8, mediaType, readLimited } from '../../body.ts';
import type { Bindings } from '../../env.ts';
import { log } from '../../log.ts';
import { checkUrl } from '../../extract/fetch.ts';
import { ProblemError } from '../../problems.ts';
import { SummarizeRequestSchema } from '../../schemas.ts';
import { validate } from '../../validate.ts';

/** What a chat user asked to summarise: pasted text, or a link to fetch. */
export type ChatArticle = { kind: 'text'; text: string } | { kind: 'url'; url: string };

/** Anything that can keep work alive after the response (the execution context). */
export interface Deferrer {
  waitUntil(promise: Promise<unknown>): void;
}

const BARE_URL = /^https?:\/\/\S+$/i;

/** Reads what the user typed: a single http(s) URL is a link to fetch, anything else is the article itself. */
export function chatArticle(raw: string): ChatArticle {
  const text = raw.trim();
  return BARE_URL.test(text) ? { kind: 'url', url: text } : { kind: 'text', text };
}

/**
 * Reads the raw bytes of a signed request: the media type first (415), then the body up to `limit` bytes while it
 * streams (413). The bytes are returned undecoded, because the signature covers them exactly as sent.
 */
export async function readSignedBody(request: Request, expectedType: string, limit: number): Promise<Uint8Array> {
  const type = mediaType(request);
  if (type !== expectedType) {
    throw new ProblemError('unsupported-media-type', `Expected a body of type ${expectedType}, instead found ${type ? `'${type}'` : 'no Content-Type header'}.`, {
      headers: { 'Accept-Post': expectedType },
    });
  }
  return readLimited(request, limit);
}

/** Decodes a verified body as UTF-8 (400 when it is not). */
export function decodeVerified(bytes: Uint8Array): string {
  return decodeUtf8(bytes);
}

/**
 * Summarises a chat article through the API's own path (`prepare` → KV cache → analysis, URL fetching included), so
 * a chat answer and `POST /v1/summarize` share ids and cache entries. Fetch failures throw the API's ProblemError.
 */
export async function summarizeForChat(env: Bindings, ctx: Deferrer, requestId: string, article: ChatArticle): Promise<Result> {
  const request = article.kind === 'url' ? { url: article.url } : { text: article.text };
  const prepared = await prepare(env, request);
  const result = await answer(env, ctx, requestId, prepared);
  return JSON.parse(result.body) as Result;
}

/**
 * Why a link will not be fetched (not http(s), credentials, a private host, too long), as the user will read it; null
 * when it may be. Checked before a link is deferred, so a refusal comes at once instead of after "Fetching …".
 */
export function refusedLink(url: string, requestId: string): string | null {
  try {
    validate(SummarizeRequestSchema, { url });
    checkUrl(url);
    return null;
  } catch (err) {
    return failureText(err, requestId);
  }
}

/** What to tell a chat user when summarising failed: the problem's own detail, or a generic line for a bug. */
export function failureText(err: unknown, requestId: string): string {
  if (err instanceof ProblemError) return `Could not summarise: ${err.message}`;
  log({ level: 'error', requestId, msg: 'chat summary failed', error: err instanceof Error ? err.stack ?? err.message : String(err) });
  return `Could not summarise: an unexpected error occurred (request ${requestId}).`;
}

/** POSTs or PATCHes a JSON payload to a platform callback URL; never throws (failures are logged, nobody is waiting). */
export async function deliver(url: string, method: 'POST' | 'PATCH', payload: unknown, requestId: string): Promise<void> {
  try {
    const res = await fetch(url, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
    await res.body?.cancel().catch(() => undefined);
    if (!res.ok) log({ level: 'warn', requestId, msg: 'chat delivery refused', status: res.status, host: new URL(url).host });
  } catch (err) {
    log({ level: 'warn', requestId, msg: 'chat delivery failed', host: new URL(url).host, error: String(err) });
  }
}

/** The current Unix time in seconds, for signature freshness (a Worker's clock advances with I/O, which is enough). */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
