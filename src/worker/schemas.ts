import * as z from 'zod/mini';
import { LIMITS } from '../core/options.ts';
import { parseIsoDate } from '../core/text/dates.ts';

/**
 * The zod schemas every request is validated with and the OpenAPI document is generated from (src/worker/openapi.ts):
 * one source of truth; the answers' schemas are in src/worker/result-schemas.ts. Schemas with a `meta({ id })` become
 * named components of the document.
 *
 * Written with zod/mini (functions and `.check()` instead of method chains): the same validator and JSON Schema
 * generator as classic zod at half its size in the Worker bundle. Mini carries no error messages of its own, and every
 * message is the API's own (plainError, the refinements' messages, unknown fields in validate.ts), so no locale of
 * zod's is loaded (1 KiB gzip).
 */
z.config({ customError: plainError });

/** A value as a message names it: a number or boolean as written, a string quoted (cut to 40), else its kind. */
function found(value: unknown): string {
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

const KINDS: Record<string, string> = { string: 'a string', number: 'a number', int: 'an integer', object: 'an object', array: 'an array', boolean: 'true or false' };

/**
 * The API's own wording for failures, "Expected …, instead found …." as its other messages read, so a 422 says what to
 * send (zod's "Too small: expected number to be >=1" does not). A refinement's issue carries its own message; an
 * issue no schema here can raise gets a plain one.
 */
function plainError(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    const want = KINDS[issue.expected] ?? issue.expected;
    // A field left out: JSON has no `undefined` to have found.
    return issue.input === undefined ? `Expected ${want}; the field is missing.` : `Expected ${want}, instead found ${found(issue.input)}.`;
  }
  const unit = issue.origin === 'string' ? ' character' : issue.origin === 'array' ? ' item' : '';
  const n = (v: unknown): string => `${v}${unit}${unit && v !== 1 ? 's' : ''}`;
  const size = (v: unknown): string => (unit && (typeof v === 'string' || Array.isArray(v)) ? n(v.length) : found(v));
  if (issue.code === 'too_small') return `Expected ${issue.inclusive ? 'at least' : 'more than'} ${n(Number(issue.minimum))}, instead found ${size(issue.input)}.`;
  if (issue.code === 'too_big') return `Expected ${issue.inclusive ? 'at most' : 'less than'} ${n(Number(issue.maximum))}, instead found ${size(issue.input)}.`;
  return issue.code === 'custom' ? undefined : `Expected a valid value, instead found ${found(issue.input)}.`;
}

/** A numeric option: `kind` from `min` (excluded when `above`) to `max`, every failure naming the whole range. */
function bounded(kind: 'int' | 'number', min: number, max: number, above = false) {
  const want = `Expected ${kind === 'int' ? 'an integer' : 'a number'} ${above ? `above ${min} and at most` : `from ${min} to`} ${max}`;
  const error = (issue: { input?: unknown }): string => `${want}, instead found ${found(issue.input)}.`;
  return (kind === 'int' ? z.int({ error }) : z.number({ error })).check(above ? z.gt(min, { error }) : z.minimum(min, { error }), z.maximum(max, { error }));
}

/** Options of a summary request; unknown options are an error, not silently ignored. */
export const OptionsSchema = z
  .strictObject({
    sentences: z.optional(bounded('int', LIMITS.sentences.min, LIMITS.sentences.max)).check(
      z.meta({ description: 'Number of summary sentences (default 3). Ignored when `ratio` is given.', examples: [3] }),
    ),
    ratio: z.optional(bounded('number', 0, 1, true)).check(
      z.meta({
        description: "Fraction of the article's sentences to keep, in (0, 1], rounded up; boilerplate and repeated sentences are not counted. Overrides `sentences`.",
        examples: [0.2],
      }),
    ),
    maxChars: z.optional(bounded('int', LIMITS.maxChars.min, LIMITS.maxChars.max)).check(
      z.meta({
        description: 'Longest summary in characters; sentences are never cut, a sentence that does not fit is skipped.',
        examples: [600],
      }),
    ),
    keywords: z.optional(bounded('int', LIMITS.keywords.min, LIMITS.keywords.max)).check(
      z.meta({ description: 'Number of keywords (default 10).', examples: [10] }),
    ),
  })
  .check(z.meta({ id: 'SummarizeOptions' }));

/** An ISO 8601 date or date-time: 2021-07-29, 2021-07-29T10:00Z, 2021-07-29T10:00:00.5+02:00. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

const PublishedAt = z.string().check(
  z.refine((v) => ISO_DATE_TIME.test(v), {
    message: 'Expected an ISO 8601 date such as 2021-07-29 or 2021-07-29T10:00:00Z.',
    abort: true,
  }),
  // Well-formed but not a day of the calendar (2021-02-30, 0000-01-01): say so, not that the format is wrong.
  z.refine((v) => parseIsoDate(v) !== null, { message: 'Expected a date that exists in the calendar (years 0001 to 9999).' }),
  z.meta({ description: 'Publication date (ISO 8601); resolves relative dates such as "Wednesday".', examples: ['2021-07-29'] }),
);

/** True for a string with a letter or a digit in it (white space, control and zero-width characters alone are blank). */
export const notBlank = (v: string): boolean => /[\p{L}\p{N}]/u.test(v);

/** A string of at most `max` characters (no limit when null), optional, described by `meta`. */
function optionalString(max: number | null, meta: Parameters<typeof z.meta>[0]) {
  return z.optional(max === null ? z.string() : z.string().check(z.maxLength(max))).check(z.meta(meta));
}

/** The fields of one article to analyse: exactly one of `text`, `html`, `url`, plus optional title, date, options. */
const ArticleFields = {
  text: z
    .optional(z.string().check(z.refine(notBlank, { message: 'Expected article text, instead found a string with no letter or digit.' })))
    .check(z.meta({ description: 'The article, as plain text. Offsets in the response point into this exact string.' })),
  html: z.optional(z.string().check(z.refine(notBlank, { message: 'Expected an HTML page, instead found a string with no letter or digit.' }))).check(
    z.meta({
      description:
        'An HTML page: the article (title, date, byline, paragraphs) is extracted from it, and offsets in the response ' +
        'point into the extracted text, returned as `source.text`.',
    }),
  ),
  url: optionalString(2048, {
    description:
      'An http(s) URL to fetch (no credentials; HTML or plain text; size, time and redirects bounded); then handled as `html`.',
    examples: ['https://example.com/news/article.html'],
  }),
  // null is accepted as "not given" for the two fields the answer itself may carry as null, so a client can send back
  // what it received.
  title: z.optional(z.nullable(z.string().check(z.maxLength(1000)))).check(
    z.meta({ description: 'Headline; its words weigh in the summary and keywords. Overrides an extracted title. null is the same as absent.' }),
  ),
  publishedAt: z.optional(z.nullable(PublishedAt)),
  options: z.optional(OptionsSchema),
};

/** Adds an issue unless exactly one of `text`, `html`, `url` is present. */
function exactlyOneSource(value: { text?: string | undefined; html?: string | undefined; url?: string | undefined }, ctx: z.core.$RefinementCtx): void {
  const given = (['text', 'html', 'url'] as const).filter((k) => value[k] !== undefined);
  if (given.length === 1) return;
  ctx.addIssue({
    code: 'custom',
    path: given.length === 0 ? ['text'] : [],
    message:
      given.length === 0
        ? 'Expected the article as `text`, `html` or `url`, instead found none of them.'
        : `Expected exactly one of \`text\`, \`html\` or \`url\`, instead found ${given.map((k) => `\`${k}\``).join(' and ')}.`,
  });
}

/** The JSON body of `POST /v1/summarize`. */
/** exactlyOneSource in JSON Schema, for the document (zod checks it with the refinement). */
const ONE_SOURCE = { oneOf: [{ required: ['text'] }, { required: ['html'] }, { required: ['url'] }] };

export const SummarizeRequestSchema = z
  .strictObject(ArticleFields)
  .check(z.superRefine(exactlyOneSource), z.meta({ id: 'SummarizeRequest', ...ONE_SOURCE }));

export type SummarizeRequest = z.infer<typeof SummarizeRequestSchema>;

/** A client's own id for an article (a batch item's, a CLI JSONL line's), echoed back with its result. */
const CLIENT_ID = { id: optionalString(200, { description: 'Your own id for the item, echoed back in its result.' }) };

/** Checks a client id alone, as a batch item checks it (the CLI's JSONL lines). */
export const ClientIdSchema = z.object(CLIENT_ID);

/** One item of a batch: a summarize request with an optional client id echoed in its result. */
export const BatchItemSchema = z
  .strictObject({
    ...CLIENT_ID,
    ...ArticleFields,
  })
  .check(z.superRefine(exactlyOneSource), z.meta({ id: 'BatchItem', ...ONE_SOURCE }));

export type BatchItem = z.infer<typeof BatchItemSchema>;

/** The documented body of `POST /v1/summarize/batch`. */
export const BatchRequestSchema = z
  .strictObject({
    items: z.array(BatchItemSchema).check(z.minLength(1), z.meta({ description: 'Up to `MAX_BATCH_ITEMS` articles (default 20).' })),
  })
  .check(z.meta({ id: 'BatchRequest' }));

/** How the batch body is checked before its items are validated one by one (an invalid item fails alone). */
export const BatchEnvelopeSchema = z.strictObject({ items: z.array(z.unknown()).check(z.minLength(1)) });
