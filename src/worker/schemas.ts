import { z } from '@hono/zod-openapi';
import { LIMITS } from '../core/options.ts';
import { parseIsoDate } from '../core/text/dates.ts';

/** Options of a summary request; unknown options are an error, not silently ignored. */
export const OptionsSchema = z
  .strictObject({
    sentences: z.int().min(LIMITS.sentences.min).max(LIMITS.sentences.max).optional().openapi({
      description: 'Number of summary sentences (default 3). Ignored when `ratio` is given.',
      example: 3,
    }),
    ratio: z.number().gt(0).max(1).optional().openapi({
      description: "Fraction of the article's sentences to keep, in (0, 1]; overrides `sentences`.",
      example: 0.2,
    }),
    maxChars: z.int().min(LIMITS.maxChars.min).max(LIMITS.maxChars.max).optional().openapi({
      description: 'Longest summary in characters; sentences are never cut, a sentence that does not fit is skipped.',
      example: 600,
    }),
    keywords: z.int().min(LIMITS.keywords.min).max(LIMITS.keywords.max).optional().openapi({
      description: 'Number of keywords (default 10).',
      example: 10,
    }),
  })
  .openapi('SummarizeOptions');

const PublishedAt = z
  .string()
  .refine((v) => parseIsoDate(v) !== null, { message: 'Expected an ISO 8601 date such as 2021-07-29 or 2021-07-29T10:00:00Z.' })
  .openapi({ description: 'Publication date (ISO 8601); resolves relative dates such as "Wednesday".', example: '2021-07-29' });

/** The JSON body of `POST /v1/summarize`. */
export const SummarizeRequestSchema = z
  .strictObject({
    text: z
      .string()
      .refine((v) => v.trim().length > 0, { message: 'Expected article text, instead found an empty or blank string.' })
      .openapi({ description: 'The article, as plain text. Offsets in the response point into this exact string.' }),
    title: z.string().max(1000).optional().openapi({ description: 'Headline; its words weigh in the summary and keywords.' }),
    publishedAt: PublishedAt.optional(),
    options: OptionsSchema.optional(),
  })
  .openapi('SummarizeRequest');

export type SummarizeRequest = z.infer<typeof SummarizeRequestSchema>;

const SpanFields = { start: z.int().min(0), end: z.int().min(0) };
const EvidenceSchema = z.object({ ...SpanFields, text: z.string() }).openapi('Evidence');
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
  .openapi('CasualtyEvent');

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
  .openapi('Facts');

/** The body of a successful summary. */
export const SummaryResultSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{64}$/).openapi({ description: 'SHA-256 of the canonical input and engine version.' }),
    engine: z.string().openapi({ example: 'newsbrief/0.1.0' }),
    title: z.string().nullable(),
    summary: z.object({
      text: z.string(),
      sentences: z.array(
        z.object({ index: z.int().min(0), text: z.string(), ...SpanFields, score: z.number() }).openapi('SummarySentence'),
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
  })
  .openapi('SummaryResult');

/** An RFC 9457 problem body. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');
