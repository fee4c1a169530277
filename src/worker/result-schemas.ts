import * as z from 'zod/mini';

/**
 * The zod schemas of the API's answers (results, batches, problems, health): the OpenAPI document is generated from
 * them (src/worker/openapi.ts, `npm run openapi`) and the routes take their types. Nothing validates with them at
 * run time, so they live apart from the request schemas (src/worker/schemas.ts) and stay out of the Worker bundle.
 */

/** An integer ≥ 0. */
const count = () => z.int().check(z.minimum(0));
/** A nullable integer ≥ 0. */
const nullableCount = () => z.nullable(count());
/** A nullable string. */
const nullableString = () => z.nullable(z.string());
/** A described value: `schema` with `description` in the document. */
const described = <S extends z.ZodMiniType>(schema: S, description: string): S => schema.check(z.meta({ description }));

const SpanFields = { start: count(), end: count() };
const EvidenceSchema = z
  .object({
    ...SpanFields,
    text: z.string(),
    in: described(z.optional(z.literal('title')), 'Present when the words are in the title: offsets then index into the `title` of the response (white space collapsed).'),
  })
  .check(z.meta({ id: 'Evidence' }));
const Counts = {
  killed: nullableCount(),
  wounded: nullableCount(),
  missing: nullableCount(),
  captured: nullableCount(),
  displaced: nullableCount(),
};
const CasualtyEventSchema = z
  .object({
    type: z.enum(['killed', 'wounded', 'missing', 'captured', 'displaced']),
    count: count(),
    low: described(nullableCount(), 'Lower bound of a range or of "at least N".'),
    high: described(nullableCount(), 'Upper bound of a range ("between 10 and 15").'),
    party: described(nullableString(), 'The side the people belong to, or "civilians".'),
    date: described(nullableString(), 'The date as written, or its ISO date when the publication date is known.'),
    place: nullableString(),
    source: nullableString(),
    duplicateOf: described(nullableCount(), 'Index in `events` of the report this one repeats; not added again.'),
    evidence: EvidenceSchema,
  })
  .check(z.meta({ id: 'CasualtyEvent' }));

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
      z.object({ name: z.string(), title: nullableString(), affiliation: nullableString(), evidence: z.array(EvidenceSchema) }),
    ),
    organizations: z.array(z.object({ name: z.string(), evidence: z.array(EvidenceSchema) })),
    locations: z.array(
      z.object({
        name: z.string(),
        type: z.enum(['country', 'region', 'city', 'place']),
        country: nullableString(),
        evidence: z.array(EvidenceSchema),
      }),
    ),
    dates: z.array(
      z.object({
        text: z.string(),
        iso: described(
          nullableString(),
          'ISO 8601 at the precision written: a day (2021-07-28), a month ("June 2019": 2019-06) or a year ("last year": 2020), resolved against the publication date; null when it cannot be pinned.',
        ),
        evidence: EvidenceSchema,
      }),
    ),
    quotes: z.array(z.object({ speaker: nullableString(), text: z.string(), ...SpanFields })),
    sources: z.array(z.object({ name: z.string(), evidence: z.array(EvidenceSchema) })),
  })
  .check(z.meta({ id: 'Facts' }));

/** Where the analysed text came from, for `html` and `url` input: offsets in the result point into `text`. */
export const SourceSchema = z
  .object({
    type: z.enum(['html', 'url']),
    url: described(nullableString(), 'The URL fetched (after redirects), for `url` input.'),
    contentType: nullableString(),
    title: described(nullableString(), 'Title found in the page (og:title, <title> or <h1>).'),
    byline: nullableString(),
    publishedAt: described(nullableString(), 'Publication date found in the page (YYYY-MM-DD).'),
    text: described(z.string(), 'The extracted article text, paragraphs separated by a blank line.'),
  })
  .check(z.meta({ id: 'Source' }));

/** The body of a successful summary. */
export const SummaryResultSchema = z
  .object({
    id: described(z.string().check(z.regex(/^[0-9a-f]{64}$/)), 'SHA-256 of the canonical input and engine version.'),
    engine: z.string().check(z.meta({ examples: ['newsbrief/0.14.0'] })),
    title: nullableString(),
    summary: z.object({
      text: z.string(),
      sentences: z.array(
        z.object({ index: count(), text: z.string(), ...SpanFields, score: z.number() }).check(z.meta({ id: 'SummarySentence' })),
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
    source: described(z.optional(SourceSchema), 'Present for `html` and `url` input: the text the offsets refer to.'),
  })
  .check(z.meta({ id: 'SummaryResult' }));

/** An RFC 9457 problem body. */
export const ProblemSchema = z
  .object({
    type: described(z.string(), 'A relative URI, `/problems/<slug>`, documented at `/docs#problems`.'),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.optional(z.string()),
    errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  })
  .check(z.meta({ id: 'Problem' }));

/** The body of a batch answer: one entry per item, in input order. */
export const BatchResultSchema = z
  .object({
    items: z.array(
      z
        .object({
          index: described(count(), 'Position of the item in the request.'),
          id: described(nullableString(), 'The id you gave the item, or null.'),
          status: described(z.int(), '200 for a result, else the status of the problem.'),
          cache: z.optional(z.enum(['HIT', 'MISS', 'BYPASS'])),
          result: z.optional(SummaryResultSchema),
          problem: z.optional(ProblemSchema),
        })
        .check(z.meta({ id: 'BatchItemResult' })),
    ),
  })
  .check(z.meta({ id: 'BatchResult' }));

/** The body of `GET /healthz`. */
export const HealthSchema = z.object({ status: z.literal('ok'), engine: z.string() }).check(z.meta({ id: 'Health' }));
