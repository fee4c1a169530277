import type { MiddlewareHandler } from 'hono';
import type * as z from 'zod';
import { readBody, type ParsedBody } from './body.ts';
import { maxBodyBytes, type AppEnv } from './env.ts';
import { queryToRequest, validate } from './validate.ts';

/** The validated body a route receives, typed for `hc<AppType>()` clients as `json`. */
type JsonInput<S extends z.ZodType, In> = { in: { json: In }; out: { json: z.output<S> } };

/**
 * Middleware that reads the body with the API's own rules (415 for other media types, 413 past `MAX_BODY_BYTES`
 * while streaming, 400 for invalid UTF-8 or JSON), validates it against `schema` (422 naming each field) and hands it
 * to the handler as `c.req.valid('json')`. With `text` accepted, a `text/plain` body is the article text and the
 * other fields come from the query string. `In` is the body type clients are told about (the schema's input by
 * default; the batch route checks its items one by one, so it validates less than it documents).
 */
export function jsonBody<S extends z.ZodType, In = z.input<S>>(
  schema: S,
  accepted: ReadonlyArray<ParsedBody['kind']> = ['json'],
): MiddlewareHandler<AppEnv, string, JsonInput<S, In>> {
  return async function validatedBody(c, next) {
    const body = await readBody(c.req.raw, maxBodyBytes(c.env), accepted);
    const candidate = body.kind === 'json' ? body.value : { text: body.value, ...queryToRequest(new URL(c.req.url).searchParams) };
    c.req.addValidatedData('json', validate(schema, candidate) as object);
    await next();
  };
}
