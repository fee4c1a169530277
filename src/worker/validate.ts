import type * as z from 'zod/mini';
import { ProblemError, type FieldError } from './problems.ts';

/**
 * Validates `value` against `schema`; every failure becomes one 422 naming each field path. Unknown fields are one
 * error each, at their own path (`{"lang", "kind"}` gives `lang` and `kind`, not a nested `lang.kind`).
 */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: `Unknown field: ${key}.` }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
  throw new ProblemError('validation-failed', fieldErrorsDetail(errors), { errors });
}

/** A problem's detail that names every field error ("text: Expected article text …"). */
export function fieldErrorsDetail(errors: readonly FieldError[]): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join(' ');
}

/** How a query parameter (or a CLI flag) spells an integer and a number: the same rules for both. */
export const INTEGER = /^-?\d{1,9}$/;
export const NUMBER = /^-?(?:\d{1,9}(?:\.\d{1,12})?|\.\d{1,12})(?:e-?\d{1,3})?$/i;

/**
 * Turns query parameters into the fields of a summary request (for `text/plain` bodies): numbers are parsed strictly,
 * so `?sentences=abc` fails validation instead of turning into NaN. Unknown parameters are reported as unknown fields.
 */
export function queryToRequest(params: URLSearchParams): { title?: string; publishedAt?: string; options?: Record<string, unknown> } {
  const options: Record<string, unknown> = {};
  const out: { title?: string; publishedAt?: string; options?: Record<string, unknown> } = {};
  const errors: FieldError[] = [];
  for (const [key, raw] of params) {
    if (key === 'title') out.title = raw;
    // A query string reads '+' as a space, so "?publishedAt=2021-07-29T10:00:00+02:00" arrives as "…00 02:00": the
    // space before an offset can only be that '+' (no ISO 8601 date holds a space).
    else if (key === 'publishedAt') out.publishedAt = raw.replace(/^(\S+T\S+) (?=\d{2}(?::?\d{2})?$)/, '$1+');
    else if (key === 'format') continue;
    else {
      const integer = key !== 'ratio';
      if ((integer ? INTEGER : NUMBER).test(raw)) options[key] = Number(raw);
      // "?sentences=abc" is not "expected number, received string": a query string has strings only.
      else errors.push({ path: `options.${key}`, message: `Expected ${integer ? 'an integer' : 'a number'}, instead found '${raw.slice(0, 40)}'.` });
    }
  }
  if (errors.length > 0) throw new ProblemError('validation-failed', errors.map((e) => `${e.path}: ${e.message}`).join(' '), { errors });
  if (Object.keys(options).length > 0) out.options = options;
  return out;
}
