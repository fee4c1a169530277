import type { MiddlewareHandler } from 'hono';
import type { Result } from '../../../core/analyze.ts';
import { toMarkdown, toPlainText } from '../../../core/format/index.ts';
import type { AppEnv } from '../../env.ts';
import { ProblemError } from '../../problems.ts';

/** The digest formats `?format=` selects, with their media types. JSON (absent or `json`) is the default. */
const DIGESTS = {
  markdown: { type: 'text/markdown; charset=utf-8', render: toMarkdown },
  text: { type: 'text/plain; charset=utf-8', render: toPlainText },
} as const;

/** A digest format other than JSON. */
export type DigestFormat = keyof typeof DIGESTS;

/**
 * Control characters other than tab and line feed (C0, DEL, C1). A digest is for terminals and chat: an article's
 * ESC sequence (`\x1b[2J`, a hyperlink, a title change) or BEL would act on the terminal that prints it.
 */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * A result as the digest `format` names: the body of `?format=markdown|text`, and of the CLI's `--format`. Control
 * characters of the article become U+FFFD, so printing a digest shows them without obeying them.
 */
export function renderDigest(format: DigestFormat, result: Result): string {
  return DIGESTS[format].render(result).replace(CONTROLS, '\ufffd');
}

/** The `?format=` of a request (or the CLI's `--format`): null for JSON, `markdown` or `text`; anything else is a 422. */
export function digestFormat(query: string | undefined): DigestFormat | null {
  if (query === undefined || query === 'json') return null;
  if (query === 'markdown' || query === 'text') return query;
  const message = `Expected json, markdown or text, instead found '${query.slice(0, 50)}'.`;
  throw new ProblemError('validation-failed', `query.format: ${message}`, { errors: [{ path: 'query.format', message }] });
}

/** The media types a result comes in, in the order that wins a tie of quality values: JSON first. */
const NEGOTIATED: ReadonlyArray<readonly [string, DigestFormat | null]> = [
  ['application/json', null],
  ['text/markdown', 'markdown'],
  ['text/plain', 'text'],
];

/**
 * The format an `Accept` header asks for when `?format=` is absent: the listed type with the highest quality value,
 * JSON winning ties: axios's `application/json, text/plain` plus a wildcard stays JSON. Only types named outright
 * count: wildcards, an absent or unreadable header and a header naming none of the three give JSON (no 406: the
 * problem+json of an error is never refused either).
 */
export function acceptedFormat(accept: string | undefined): DigestFormat | null {
  if (!accept) return null;
  let best: DigestFormat | null = null;
  let bestQuality = 0;
  let bestRank = NEGOTIATED.length;
  for (const range of accept.split(',')) {
    const [type = '', ...params] = range.split(';');
    const rank = NEGOTIATED.findIndex(([name]) => name === type.trim().toLowerCase());
    if (rank < 0) continue;
    let quality = 1;
    for (const param of params) {
      const [key, value] = param.split('=');
      if (key?.trim().toLowerCase() === 'q') quality = Number(value?.trim());
    }
    if (!(quality > 0 && quality <= 1)) continue;
    if (quality > bestQuality || (quality === bestQuality && rank < bestRank)) {
      best = NEGOTIATED[rank]![1];
      bestQuality = quality;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * Middleware for a route answering a result as JSON: with `?format=markdown` (or `text`), or without `format` an
 * `Accept` header that prefers `text/markdown` (or `text/plain`), turns a 200 JSON result into its digest
 * (src/core/format). An unknown format is a 422 before any work. Other statuses (304, problems) pass untouched. The
 * ETag becomes weak: the digest is an equivalent, not byte-identical, representation of the result. Without `format`
 * the answer carries `Vary: Accept`, so a cache keeps the representations apart. Being middleware, it leaves the
 * route's typed JSON response (for `hc<AppType>()`) as it is.
 */
export function digestFormats(): MiddlewareHandler<AppEnv> {
  return async function digestIfAsked(c, next) {
    const query = c.req.query('format');
    const format = query === undefined ? acceptedFormat(c.req.header('Accept')) : digestFormat(query);
    await next();
    if (query === undefined && (c.res.status === 200 || c.res.status === 304)) c.res.headers.append('Vary', 'Accept');
    // A 304 for a digest carries the same weak ETag as its 200.
    if (format !== null && c.res.status === 304) {
      const etag = c.res.headers.get('ETag');
      if (etag && !etag.startsWith('W/')) c.res.headers.set('ETag', `W/${etag}`);
      return;
    }
    if (format === null || c.res.status !== 200 || !c.res.headers.get('Content-Type')?.startsWith('application/json')) return;
    const text = renderDigest(format, JSON.parse(await c.res.text()) as Result);
    const etag = c.res.headers.get('ETag');
    // Hono copies the JSON answer's headers (X-Cache, Server-Timing, Cache-Control, Vary…) onto the new response,
    // so only what differs is set after it.
    c.res = new Response(text, { status: 200 });
    c.res.headers.set('Content-Type', DIGESTS[format].type);
    c.res.headers.delete('Content-Length');
    if (etag) c.res.headers.set('ETag', etag.startsWith('W/') ? etag : `W/${etag}`);
    c.set('bytesOut', new TextEncoder().encode(text).byteLength);
  };
}
