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

/** A result as the digest `format` names: the body of `?format=markdown|text`, and of the CLI's `--format`. */
export function renderDigest(format: DigestFormat, result: Result): string {
  return DIGESTS[format].render(result);
}

/** The `?format=` of a request (or the CLI's `--format`): null for JSON, `markdown` or `text`; anything else is a 422. */
export function digestFormat(query: string | undefined): DigestFormat | null {
  if (query === undefined || query === 'json') return null;
  if (query === 'markdown' || query === 'text') return query;
  const message = `Expected json, markdown or text, instead found '${query.slice(0, 50)}'.`;
  throw new ProblemError('validation-failed', `query.format: ${message}`, { errors: [{ path: 'query.format', message }] });
}

/**
 * Middleware for a route answering a result as JSON: with `?format=markdown` (or `text`), turns a 200 JSON result into
 * its digest (src/core/format). An unknown format is a 422 before any work. Other statuses (304, problems) pass
 * untouched. The ETag becomes weak: the digest is an equivalent, not byte-identical, representation of the result.
 * Being middleware, it leaves the route's typed JSON response (for `hc<AppType>()`) as it is.
 */
export function digestFormats(): MiddlewareHandler<AppEnv> {
  return async function digestIfAsked(c, next) {
    const format = digestFormat(c.req.query('format'));
    await next();
    // A 304 for a digest carries the same weak ETag as its 200.
    if (format !== null && c.res.status === 304) {
      const etag = c.res.headers.get('ETag');
      if (etag && !etag.startsWith('W/')) c.res.headers.set('ETag', `W/${etag}`);
      return;
    }
    if (format === null || c.res.status !== 200 || !c.res.headers.get('Content-Type')?.startsWith('application/json')) return;
    const text = renderDigest(format, JSON.parse(await c.res.text()) as Result);
    const etag = c.res.headers.get('ETag');
    const cacheControl = c.res.headers.get('Cache-Control');
    c.res = new Response(text, { status: 200 });
    if (cacheControl) c.res.headers.set('Cache-Control', cacheControl);
    c.res.headers.set('Content-Type', DIGESTS[format].type);
    c.res.headers.delete('Content-Length');
    if (etag) c.res.headers.set('ETag', etag.startsWith('W/') ? etag : `W/${etag}`);
    c.set('bytesOut', new TextEncoder().encode(text).byteLength);
  };
}
