import * as z from 'zod';
import { LIMITS } from '../core/options.ts';
import { parseIsoDate } from '../core/text/dates.ts';

/**
 * The zod schemas every request is validated with and the OpenAPI document is generated from (src/worker/openapi.ts):
 * one source of truth. Schemas with a `meta({ id })` become named components of the document.
 */

/** Options of a summary request; unknown options are an error, not silently ignored. */
export const OptionsSchema = z
  .strictObject({
    sentences: z.int().min(LIMITS.sentences.min).max(LIMITS.sentences.max).optional().meta({
      description: 'Number of summary sentences (default 3). Ignored when `ratio` is given.',
      examples: [3],
    }),
    ratio: z.number().gt(0).max(1).optional().meta({
      description: "Fraction of the article's sentences to keep, in (0, 1]; overrides `sentences`.",
      examples: [0.2],
    }),
    maxChars: z.int().min(LIMITS.maxChars.min).max(LIMITS.maxChars.max).optional().meta({
      description: 'Longest summary in characters; sentences are never cut, a sentence that does not fit is skipped.',
      examples: [600],
    }),
    keywords: z.int().min(LIMITS.keywords.min).max(LIMITS.keywords.max).optional().meta({
      description: 'Number of keywords (default 10).',
      examples: [10],
    }),
  })
  .meta({ id: 'SummarizeOptions' });

const PublishedAt = z
  .string()
  .refine((v) => parseIsoDate(v) !== null, { message: 'Expected an ISO 8601 date such as 2021-07-29 or 2021-07-29T10:00:00Z.' })
  .meta({ description: 'Publication date (ISO 8601); resolves relative dates such as "Wednesday".', examples: ['2021-07-29'] });

/** True for a string with a letter or a digit in it (white space, control and zero-width characters alone are blank). */
const notBlank = (v: string): boolean => /[\p{L}\p{N}]/u.test(v);

/** The fields of one article to analyse: exactly one of `text`, `html`, `url`, plus optional title, date, options. */
const ArticleFields = {
  text: z
    .string()
    .refine(notBlank, { message: 'Expected article text, instead found a string with no letter or digit.' })
    .optional()
    .meta({ description: 'The article, as plain text. Offsets in the response point into this exact string.' }),
  html: z
    .string()
    .refine(notBlank, { message: 'Expected an HTML page, instead found a string with no letter or digit.' })
    .optional()
    .meta({
      description:
        'An HTML page: the article (title, date, byline, paragraphs) is extracted from it, and offsets in the response ' +
        'point into the extracted text, returned as `source.text`.',
    }),
  url: z
    .string()
    .max(2048)
    .optional()
    .meta({
      description:
        'An http(s) URL to fetch (no credentials; HTML or plain text; size, time and redirects bounded); then handled as `html`.',
      examples: ['https://example.com/news/article.html'],
    }),
  title: z.string().max(1000).optional().meta({ description: 'Headline; its words weigh in the summary and keywords. Overrides an extracted title.' }),
  publishedAt: PublishedAt.optional(),
  options: OptionsSchema.optional(),
};

/** Adds an issue unless exactly one of `text`, `html`, `url` is present. */
function exactlyOneSource(value: { text?: string | undefined; html?: string | undefined; url?: string | undefined }, ctx: z.RefinementCtx): void {
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
export const SummarizeRequestSchema = z.strictObject(ArticleFields).superRefine(exactlyOneSource).meta({ id: 'SummarizeRequest' });

export type SummarizeRequest = z.infer<typeof SummarizeRequestSchema>;

/** One item of a batch: a summarize request with an optional client id echoed in its result. */
export const BatchItemSchema = z
  .strictObject({
    id: z.string().max(200).optional().meta({ description: 'Your own id for the item, echoed back in its result.' }),
    ...ArticleFields,
  })
  .superRefine(exactlyOneSource)
  .meta({ id: 'BatchItem' });

export type BatchItem = z.infer<typeof BatchItemSchema>;

/** The documented body of `POST /v1/summarize/batch`. */
export const BatchRequestSchema = z
  .strictObject({
    items: z.array(BatchItemSchema).min(1).meta({ description: 'Up to `MAX_BATCH_ITEMS` articles (default 20).' }),
  })
  .meta({ id: 'BatchRequest' });

/** How the batch body is checked before its items are validated one by one (an invalid item fails alone). */
export const BatchEnvelopeSchema = z.strictObject({ items: z.array(z.unknown()).min(1) });

const SpanFields = { start: z.int().min(0), end: z.int().min(0) };
const EvidenceSchema = z
  .object({
    ...SpanFields,
    text: z.string(),
    in: z.literal('title').optional().meta({ description: 'Present when the words are in the title: offsets then index into the title.' }),
  })
  .meta({ id: 'Evidence' });
const Counts = {
  killed: z.int().nullable(),
  wounded: z.int().nullable(),
  missing: z.int().nullable(),
  captured: z.int().nullable(),
  displaced: z.int().nullable(),
};
const CasualtyEventSchema = z
  .object({
    type: z.enum(['killed', 'wounded', 'missing', 'captured', 'displaced']),
    count: z.int(),
    low: z.int().nullable(),
    high: z.int().nullable(),
    party: z.string().nullable(),
    date: z.string().nullable(),
    place: z.string().nullable(),
    source: z.string().nullable(),
    duplicateOf: z.int().nullable(),
    evidence: EvidenceSchema,
  })
  .meta({ id: 'CasualtyEvent' });

/** The facts block of a result (casualties, parties, mediators, ceasefire, entities). */
export const FactsSchema = z
  .object({
    casualties: z.object({
      total: z.object(Counts),
      byParty: z.array(z.object({ party: z.string(), ...Counts })),
      events: z.array(CasualtyEventSchema),
      historical: z.array(CasualtyEventSchema),
    }),
    parties: z.array(z.object({ name: z.string(), aliases: z.array(z.string()), evidence: z.array(EvidenceSchema) })),
    mediators: z.array(
      z.object({ name: z.string(), role: z.enum(['brokered', 'mediating', 'offered', 'urged']), evidence: z.array(EvidenceSchema) }),
    ),
    ceasefire: z.object({
      status: z.enum(['none', 'called_for', 'proposed', 'agreed', 'violated', 'collapsed']),
      brokeredBy: z.array(z.string()),
      acceptedBy: z.array(z.string()),
      violationsAlleged: z.boolean(),
      evidence: z.array(EvidenceSchema),
    }),
    people: z.array(
      z.object({ name: z.string(), title: z.string().nullable(), affiliation: z.string().nullable(), evidence: z.array(EvidenceSchema) }),
    ),
    organizations: z.array(z.object({ name: z.string(), evidence: z.array(EvidenceSchema) })),
    locations: z.array(
      z.object({
        name: z.string(),
        type: z.enum(['country', 'region', 'city', 'place']),
        country: z.string().nullable(),
        evidence: z.array(EvidenceSchema),
      }),
    ),
    dates: z.array(z.object({ text: z.string(), iso: z.string().nullable(), evidence: EvidenceSchema })),
    quotes: z.array(z.object({ speaker: z.string().nullable(), text: z.string(), ...SpanFields })),
    sources: z.array(z.object({ name: z.string(), evidence: z.array(EvidenceSchema) })),
  })
  .meta({ id: 'Facts' });

/** Where the analysed text came from, for `html` and `url` input: offsets in the result point into `text`. */
export const SourceSchema = z
  .object({
    type: z.enum(['html', 'url']),
    url: z.string().nullable().meta({ description: 'The URL fetched (after redirects), for `url` input.' }),
    contentType: z.string().nullable(),
    title: z.string().nullable().meta({ description: 'Title found in the page (og:title, <title> or <h1>).' }),
    byline: z.string().nullable(),
    publishedAt: z.string().nullable().meta({ description: 'Publication date found in the page (YYYY-MM-DD).' }),
    text: z.string().meta({ description: 'The extracted article text, paragraphs separated by a blank line.' }),
  })
  .meta({ id: 'Source' });

/** The body of a successful summary. */
export const SummaryResultSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'SHA-256 of the canonical input and engine version.' }),
    engine: z.string().meta({ examples: ['newsbrief/0.3.0'] }),
    title: z.string().nullable(),
    summary: z.object({
      text: z.string(),
      sentences: z.array(
        z.object({ index: z.int().min(0), text: z.string(), ...SpanFields, score: z.number() }).meta({ id: 'SummarySentence' }),
      ),
    }),
    keywords: z.array(z.object({ term: z.string(), score: z.number() })),
    facts: FactsSchema,
    stats: z.object({
      characters: z.int(),
      words: z.int(),
      sentences: z.int(),
      paragraphs: z.int(),
      summarySentences: z.int(),
      summaryCharacters: z.int(),
      duplicatesDropped: z.int(),
      boilerplateSkipped: z.int(),
    }),
    source: SourceSchema.optional().meta({ description: 'Present for `html` and `url` input: the text the offsets refer to.' }),
  })
  .meta({ id: 'SummaryResult' });

/** An RFC 9457 problem body. */
export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: 'A relative URI, `/problems/<slug>`, documented at `/docs#problems`.' }),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

/** The body of a batch answer: one entry per item, in input order. */
export const BatchResultSchema = z
  .object({
    items: z.array(
      z
        .object({
          index: z.int().min(0).meta({ description: 'Position of the item in the request.' }),
          id: z.string().nullable().meta({ description: 'The id you gave the item, or null.' }),
          status: z.int().meta({ description: '200 for a result, else the status of the problem.' }),
          cache: z.enum(['HIT', 'MISS', 'BYPASS']).optional(),
          result: SummaryResultSchema.optional(),
          problem: ProblemSchema.optional(),
        })
        .meta({ id: 'BatchItemResult' }),
    ),
  })
  .meta({ id: 'BatchResult' });

/** The body of `GET /healthz`. */
export const HealthSchema = z.object({ status: z.literal('ok'), engine: z.string() }).meta({ id: 'Health' });
