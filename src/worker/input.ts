import type { MiddlewareHandler } from 'hono';
import type * as z from 'zod/mini';
import { readBody, type ParsedBody } from './body.ts';
import { maxBodyBytes, type AppEnv } from './env.ts';
import { ProblemError } from './problems.ts';
import { queryToRequest, validate } from './validate.ts';

/** The validated body a route receives, typed for `hc<AppType>()` clients as `json`. */
type JsonInput<S extends z.ZodMiniType, In> = { in: { json: In }; out: { json: z.output<S> } };

/**
 * Middleware that reads the body with the API's own rules (415 for other media types, 413 past `MAX_BODY_BYTES`
 * while streaming, 400 for invalid UTF-8 or JSON), validates it against `schema` (422 naming each field) and hands it
 * to the handler as `c.req.valid('json')`. With `text` accepted, a `text/plain` body is the article text and the
 * other fields come from the query string. `In` is the body type clients are told about (the schema's input by
 * default; the batch route checks its items one by one, so it validates less than it documents).
 */
export function jsonBody<S extends z.ZodMiniType, In = z.input<S>>(
  schema: S,
  accepted: ReadonlyArray<ParsedBody['kind']> = ['json'],
  query: readonly string[] = [],
): MiddlewareHandler<AppEnv, string, JsonInput<S, In>> {
  return async function validatedBody(c, next) {
    const body = await readBody(c.req.raw, maxBodyBytes(c.env), accepted);
    const params = queryParams(c.req.url);
    if (body.kind === 'json') {
      rejectQuery(params, query, accepted.includes('text')
        ? 'Query parameters are read only with a text/plain body; with JSON, put title, publishedAt and options in the body.'
        : 'This route reads no query parameters; put everything in the JSON body.');
    }
    else rejectQuery(params, [...query, ...TEXT_QUERY], `With a text/plain body the query string takes ${TEXT_QUERY.join(', ')}.`);
    rejectRepeated(params);
    if (body.kind === 'text') rejectJsonAsText(body.value);
    const candidate = body.kind === 'json' ? body.value : { text: body.value, ...queryToRequest(params) };
    c.req.addValidatedData('json', validate(schema, candidate) as object);
    await next();
  };
}

/** True when `text`, sent as an article, is a JSON summarize request (`{"text": …}`, `html` or `url`) instead. */
export function isJsonRequest(text: string): boolean {
  if (!/^\s*\{\s*"/.test(text)) return false;
  try {
    const value: unknown = JSON.parse(text);
    return !!value && typeof value === 'object' && ['text', 'html', 'url'].some((k) => Object.hasOwn(value, k));
  } catch {
    return false;
  }
}

/**
 * A 415 for a text/plain body that is a JSON request: `fetch` sends a string body as text/plain unless told
 * otherwise, and the JSON itself would be summarised (keywords "text", "options") with a 200.
 */
function rejectJsonAsText(text: string): void {
  if (isJsonRequest(text)) {
    throw new ProblemError('unsupported-media-type', 'Expected the article as a text/plain body, instead found a JSON request; send it with Content-Type: application/json.', {
      headers: { 'Accept-Post': 'application/json, text/plain' },
    });
  }
}

/** The query parameters a text/plain body takes: the fields of a JSON request other than the text. */
const TEXT_QUERY = ['title', 'publishedAt', 'sentences', 'ratio', 'maxChars', 'keywords'];

/** A 422 naming query parameters (each cut to 40 characters, the list to 200): `detail` opens the message. */
function queryProblem(detail: string, keys: readonly string[], message: string): ProblemError {
  // "?=5" has a parameter with no name: say so rather than "Found: ."
  const named = keys.map((k) => (k === '' ? 'a parameter with no name' : k.slice(0, 40)));
  return new ProblemError('validation-failed', `${detail}${named.join(', ').slice(0, 200)}.`, {
    errors: keys.map((k) => ({ path: `query.${k.slice(0, 40)}`, message })),
  });
}

/** Runs of percent-encoded bytes in a query string ("%C3%A9"): each run must be UTF-8. */
const PERCENT_RUN = /(?:%[0-9a-fA-F]{2})+/g;

/**
 * The query parameters of a request URL; a 400 when percent-encoded bytes are not UTF-8 (`?title=%FF`), which
 * URLSearchParams would turn into U+FFFD without a word, as a body that is not UTF-8 is refused too.
 */
export function queryParams(url: string): URLSearchParams {
  const parsed = new URL(url);
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for (const run of parsed.search.match(PERCENT_RUN) ?? []) {
    try {
      strict.decode(Uint8Array.from(run.slice(1).split('%'), (hex) => parseInt(hex, 16)));
    } catch {
      throw new ProblemError('invalid-request', `The query string is not valid UTF-8 at '${run.slice(0, 40)}'; percent-encode the UTF-8 bytes of each character.`);
    }
  }
  return parsed.searchParams;
}

/** A 422 naming every query parameter given more than once (`?sentences=1&sentences=9`): which one counts is a guess. */
export function rejectRepeated(params: URLSearchParams): void {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const k of params.keys()) (seen.has(k) ? twice : seen).add(k);
  if (twice.size > 0) throw queryProblem('Query parameters given more than once: ', [...twice], 'Given more than once.');
}

/**
 * A 422 naming every query parameter outside `allowed`, which the route would otherwise ignore silently (with a JSON
 * body the request's fields and options are read from the body only; a lookup by id reads only `format`). `why`
 * opens the message.
 */
export function rejectQuery(params: URLSearchParams, allowed: readonly string[], why: string): void {
  const extra = [...new Set([...params.keys()].filter((k) => !allowed.includes(k)))];
  if (extra.length > 0) throw queryProblem(`${why} Found: `, extra, 'Unknown query parameter.');
}
