import * as z from 'zod/mini';
import { ENGINE } from '../core/engine.ts';
import { PROBLEM_DESCRIPTIONS } from './problem-descriptions.ts';
import { PROBLEM_TYPES, problemType, type ProblemSlug } from './problems.ts';
import { BatchRequestSchema, SummarizeRequestSchema } from './schemas.ts';
import { BatchResultSchema, HealthSchema, ProblemSchema, SummaryResultSchema } from './result-schemas.ts';

/** A JSON value of the OpenAPI document. */
type Json = Record<string, unknown>;

/** Response headers the API sends, documented once under `components.headers`. */
const HEADERS: Record<string, { description: string; schema: Json }> = {
  'X-Request-Id': { description: 'The request id: the one you sent (1-128 of `A-Za-z0-9_.:-`) or a generated UUID. It is on every log line.', schema: { type: 'string' } },
  'X-Cache': { description: 'Whether the result came from the KV cache (HIT), was computed and stored (MISS), or computed while the cache was unavailable (BYPASS).', schema: { type: 'string', enum: ['HIT', 'MISS', 'BYPASS'] } },
  ETag: { description: 'The result id in quotes; send it back in If-None-Match to get 304.', schema: { type: 'string' } },
  'Server-Timing': { description: 'Time spent fetching (`fetch`) and analysing (`analysis`), in ms, and the cache outcome.', schema: { type: 'string' } },
  'RateLimit-Policy': { description: 'The rate limit of the caller: `<requests>;w=<seconds>`.', schema: { type: 'string' } },
  'RateLimit-Limit': { description: 'Requests allowed per window.', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'Requests left in the window (0 on a 429).', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the window resets (an upper bound).', schema: { type: 'integer' } },
  'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } },
  'WWW-Authenticate': { description: 'The authentication scheme: `Bearer realm="newsbrief"` with an `error` on `/v1/` routes; `Slack-Signature` or `Discord-Ed25519` on the chat routes.', schema: { type: 'string' } },
  Allow: { description: 'The methods the path accepts.', schema: { type: 'string' } },
  'Accept-Post': { description: 'The media types the route accepts.', schema: { type: 'string' } },
  'Cache-Control': { description: '`private, max-age=86400, immutable`: a result id names its content, so a client may keep it.', schema: { type: 'string' } },
  Vary: { description: '`Accept` when the request has no `format`: the representation follows the Accept header.', schema: { type: 'string' } },
};

/** Headers each problem status carries besides X-Request-Id. */
const PROBLEM_HEADERS: Record<number, string[]> = {
  401: ['WWW-Authenticate'],
  405: ['Allow'],
  415: ['Accept-Post'],
  429: ['Retry-After', 'RateLimit-Policy', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
  503: ['Retry-After'],
};

export { PROBLEM_DESCRIPTIONS };

/** One response of an operation: a description, its JSON schema (a zod schema) and the headers it carries. */
interface ResponseSpec {
  description: string;
  schema?: z.ZodMiniType;
  mediaType?: string;
  /** Other representations of the same response (`?format=`), by media type. */
  alternates?: Record<string, z.ZodMiniType>;
  headers?: string[];
}

/** The digests `?format=markdown` and `?format=text` answer instead of the JSON result. */
const DIGESTS = {
  'text/markdown': z.string().check(z.meta({ description: 'With `?format=markdown`: summary, key facts and sources as Markdown.' })),
  'text/plain': z.string().check(z.meta({ description: 'With `?format=text`: the same digest as plain text, for terminals.' })),
};

/** One operation of the API, as data: the document and the docs page are generated from this table. */
export interface OperationSpec {
  method: 'get' | 'post';
  /** OpenAPI path template, `/v1/summaries/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** True for `/v1/` routes: behind API keys (when on) and the rate limit. */
  protected: boolean;
  parameters?: Array<{ name: string; in: 'path' | 'query' | 'header'; description: string; required?: boolean; schema: Json }>;
  body?: Record<string, z.ZodMiniType>;
  responses: Record<number, ResponseSpec>;
  /** Problem statuses this operation can answer besides 401/429 (added for protected routes). */
  problems: number[];
}

const RESULT_HEADERS = ['X-Cache', 'ETag', 'Server-Timing', 'Vary'];

const textQuery = ['sentences', 'ratio', 'maxChars', 'keywords', 'title', 'publishedAt'].map((name) => ({
  name,
  in: 'query' as const,
  description: `With a \`text/plain\` body: the \`${name}\` field of the JSON request. With a JSON body, query parameters other than \`format\` are a 422.`,
  schema: { type: 'string' },
}));

/** `?format=`: the result as JSON (default) or as a digest for chat and terminals. */
const formatQuery = {
  name: 'format',
  in: 'query' as const,
  description:
    'The representation: `json` (default), `markdown` (`text/markdown`: summary, key facts, sources) or `text` ' +
    '(`text/plain`: the same, for terminals). A digest carries the weak form of the result ETag. Without `format`, an ' +
    '`Accept` header that names `text/markdown` or `text/plain` with a higher quality than `application/json` picks ' +
    'that digest (the answer then carries `Vary: Accept`); wildcards and ties give JSON.',
  schema: { type: 'string', enum: ['json', 'markdown', 'text'] },
};

/** Every operation the Worker serves. A route added to the app must be added here (test/worker/openapi.test.ts checks). */
export const OPERATIONS: OperationSpec[] = [
  {
    method: 'post',
    path: '/v1/summarize',
    operationId: 'summarize',
    summary: 'Summarise an article and extract its facts',
    description:
      'Send the article as JSON: `text`, or `html` (the article is extracted from the page), or `url` (the page is ' +
      'fetched, then extracted), plus optional `title`, `publishedAt`, `options`. Or send a `text/plain` body with the ' +
      'options as query parameters (`?sentences=5&keywords=0`). Identical input gives a byte-identical body, cached in KV. ' +
      'For `html` and `url` input, offsets refer to `source.text`, the extracted text.',
    tag: 'summaries',
    protected: true,
    parameters: [...textQuery, formatQuery, { name: 'If-None-Match', in: 'header', description: 'An ETag from an earlier answer; 304 when it matches.', schema: { type: 'string' } }],
    body: { 'application/json': SummarizeRequestSchema, 'text/plain': z.string().check(z.meta({ description: 'The article text.' })) },
    responses: {
      200: { description: 'The summary and facts.', schema: SummaryResultSchema, alternates: DIGESTS, headers: RESULT_HEADERS },
      304: { description: 'Not modified: If-None-Match matched the result id.', headers: ['ETag', 'Vary'] },
    },
    problems: [400, 413, 415, 422, 502, 504],
  },
  {
    method: 'post',
    path: '/v1/summarize/batch',
    operationId: 'summarizeBatch',
    summary: 'Summarise up to 20 articles in one call',
    description:
      'Each item is a summarize request (`text`, `html` or `url`, with an optional `id` of yours) answered and cached ' +
      'like a single request. Results come back in input order; an item that fails gets a problem object in its ' +
      'place (`status`, `problem`) and does not fail the others. The limit is `MAX_BATCH_ITEMS` (default 20).',
    tag: 'summaries',
    protected: true,
    body: { 'application/json': BatchRequestSchema },
    responses: { 200: { description: 'One entry per item, in input order. `X-Cache` sums up the answered items (HIT when all came from the cache) and is absent when every item failed; `Server-Timing` gives the analysis time of the items computed.', schema: BatchResultSchema, headers: ['X-Cache', 'Server-Timing'] } },
    problems: [400, 413, 415, 422],
  },
  {
    method: 'get',
    path: '/v1/summaries/{id}',
    operationId: 'getSummary',
    summary: 'Fetch a cached result by id',
    tag: 'summaries',
    protected: true,
    parameters: [
      { name: 'id', in: 'path', required: true, description: 'The 64-hex id of an earlier result.', schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
      formatQuery,
      { name: 'If-None-Match', in: 'header', description: 'The result ETag; 304 when it matches (a result id never changes content).', schema: { type: 'string' } },
    ],
    responses: {
      200: { description: 'The cached result, byte for byte.', schema: SummaryResultSchema, alternates: DIGESTS, headers: ['X-Cache', 'ETag', 'Cache-Control', 'Vary'] },
      304: { description: 'Not modified: If-None-Match matched the id.', headers: ['ETag', 'Cache-Control', 'Vary'] },
    },
    problems: [400, 404, 422, 503],
  },
  {
    method: 'get',
    path: '/healthz',
    operationId: 'health',
    summary: 'Liveness and engine version',
    tag: 'service',
    protected: false,
    responses: { 200: { description: 'The service is up.', schema: HealthSchema } },
    problems: [],
  },
  {
    method: 'get',
    path: '/openapi.json',
    operationId: 'openapi',
    summary: 'This OpenAPI 3.1 document',
    tag: 'service',
    protected: false,
    responses: { 200: { description: 'The document.', schema: z.looseObject({ openapi: z.string() }) } },
    problems: [],
  },
  {
    method: 'get',
    path: '/docs',
    operationId: 'docs',
    summary: 'Human-readable API reference (no external requests)',
    tag: 'service',
    protected: false,
    responses: { 200: { description: 'An HTML page generated from this document.', schema: z.string(), mediaType: 'text/html' } },
    problems: [],
  },
  {
    method: 'get',
    path: '/problems/{slug}',
    operationId: 'problemType',
    summary: 'A problem `type` URI: redirects to its entry on the docs page',
    tag: 'service',
    protected: false,
    parameters: [{ name: 'slug', in: 'path', required: true, description: 'The problem slug, `validation-failed`.', schema: { type: 'string' } }],
    responses: { 302: { description: 'Redirect to `/docs#<slug>`.' } },
    problems: [404],
  },
  {
    method: 'post',
    path: '/integrations/slack/command',
    operationId: 'slackCommand',
    summary: 'Slack slash command (`/summarize <url or text>`), signed by Slack',
    description:
      'Called by Slack, not by API clients: a form body signed with `SLACK_SIGNING_SECRET` (401 for a missing, wrong ' +
      'or stale signature). Answers a Slack message with the summary and the main facts.',
    tag: 'integrations',
    protected: false,
    body: { 'application/x-www-form-urlencoded': z.looseObject({ text: z.optional(z.string()), response_url: z.optional(z.string()) }) },
    responses: { 200: { description: "A Slack message (blocks); an empty body for Slack's SSL check (`ssl_check=1`).", schema: z.looseObject({}) } },
    problems: [400, 401, 413, 415],
  },
  {
    method: 'post',
    path: '/integrations/discord/interactions',
    operationId: 'discordInteraction',
    summary: 'Discord interactions endpoint (PING and the `/summarize` command), signed by Discord',
    description:
      'Called by Discord, not by API clients: a JSON interaction signed with Ed25519 (`DISCORD_PUBLIC_KEY`; 401 for a ' +
      'missing, wrong or stale signature). PING answers PONG; the command answers a message with the summary.',
    tag: 'integrations',
    protected: false,
    body: { 'application/json': z.looseObject({ type: z.int() }) },
    responses: { 200: { description: 'A Discord interaction response.', schema: z.looseObject({ type: z.int() }) } },
    problems: [400, 401, 413, 415],
  },
  {
    method: 'get',
    path: '/',
    operationId: 'playground',
    summary: 'The playground: a web page to try the API',
    tag: 'service',
    protected: false,
    responses: { 200: { description: 'An HTML page.', schema: z.string(), mediaType: 'text/html' } },
    problems: [],
  },
];

/** The slug of each problem status (the first slug with that status), for response descriptions. */
function slugsOf(status: number): ProblemSlug[] {
  return (Object.keys(PROBLEM_TYPES) as ProblemSlug[]).filter((s) => PROBLEM_TYPES[s].status === status);
}

/** A zod schema as JSON Schema (draft 2020-12), named schemas referenced under `#/components/schemas/`. */
function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): Json {
  const id = z.globalRegistry.get(schema)?.id;
  if (typeof id === 'string') return { $ref: `#/components/schemas/${id}` };
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
  delete out.$schema;
  delete out.$defs;
  return JSON.parse(JSON.stringify(out).replaceAll('"#/$defs/', '"#/components/schemas/')) as Json;
}

/** `components.schemas`: every zod schema registered with an `id`. */
function componentSchemas(): Json {
  const all = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' });
  const out: Json = {};
  for (const [id, schema] of Object.entries(all.schemas).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const { $schema: _s, $id: _i, ...rest } = schema as Json;
    out[id] = rest;
  }
  return out;
}

/** A map of header name → `$ref` to `components.headers`. */
function headerRefs(names: string[]): Json {
  return Object.fromEntries(['X-Request-Id', ...names].map((n) => [n, { $ref: `#/components/headers/${n}` }]));
}

/** The OpenAPI operation object of one spec. */
function operation(spec: OperationSpec): Json {
  const responses: Json = {};
  const extra = spec.protected ? ['RateLimit-Policy'] : [];
  for (const [status, r] of Object.entries(spec.responses)) {
    responses[status] = {
      description: r.description,
      headers: headerRefs([...(r.headers ?? []), ...extra]),
      ...(r.schema
        ? {
            content: {
              [r.mediaType ?? 'application/json']: { schema: jsonSchema(r.schema, 'output') },
              ...Object.fromEntries(Object.entries(r.alternates ?? {}).map(([type, schema]) => [type, { schema: jsonSchema(schema, 'output') }])),
            },
          }
        : {}),
    };
  }
  const problems = [...spec.problems, ...(spec.protected ? [401, 429] : [])].sort((a, b) => a - b);
  for (const status of problems) responses[String(status)] = { $ref: `#/components/responses/Problem${status}` };
  responses.default = { $ref: '#/components/responses/ProblemDefault' };
  const op: Json = { operationId: spec.operationId, summary: spec.summary, tags: [spec.tag] };
  if (spec.description) op.description = spec.description;
  if (spec.parameters) op.parameters = spec.parameters;
  if (spec.body) {
    op.requestBody = {
      required: true,
      content: Object.fromEntries(Object.entries(spec.body).map(([type, s]) => [type, { schema: jsonSchema(s, 'input') }])),
    };
  }
  op.security = spec.protected ? [{ apiKey: [] }, {}] : [];
  op.responses = responses;
  return op;
}

/** `components.responses`: one problem+json response per problem status, and a default one. */
function problemResponses(): Json {
  const statuses = [...new Set(Object.values(PROBLEM_TYPES).map((p) => p.status))].sort((a, b) => a - b);
  const content = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
  const out: Json = {};
  for (const status of statuses) {
    const slugs = slugsOf(status);
    out[`Problem${status}`] = {
      description: slugs.map((s) => `\`${problemType(s)}\`: ${PROBLEM_DESCRIPTIONS[s]}`).join(' '),
      headers: headerRefs(PROBLEM_HEADERS[status] ?? []),
      content,
    };
  }
  out.ProblemDefault = { description: 'Any other problem (405 on a wrong method, 500 on a bug).', headers: headerRefs(['Allow']), content };
  return out;
}

/** Builds the OpenAPI 3.1 document of the Worker from the zod schemas and the operations table. */
export function buildOpenApiDocument(): Json {
  void ProblemSchema; // registered as a component; referenced by every problem response
  const paths: Json = {};
  for (const spec of OPERATIONS) {
    const item = (paths[spec.path] ??= {}) as Json;
    item[spec.method] = operation(spec);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsbrief',
      version: ENGINE.split('/')[1] ?? '0',
      description:
        'Deterministic extractive news summaries with casualty, party, mediator and ceasefire facts. Every fact carries ' +
        'evidence offsets (UTF-16) into the analysed text. Errors are RFC 9457 problem+json; their types are listed at `/docs#problems`.',
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    tags: [
      { name: 'summaries', description: 'Analyse articles (needs an API key when keys are on; rate limited).' },
      { name: 'service', description: 'Public routes.' },
      { name: 'integrations', description: 'Webhooks called by chat platforms, authenticated by their signatures.' },
    ],
    paths,
    components: {
      schemas: componentSchemas(),
      responses: problemResponses(),
      headers: Object.fromEntries(Object.entries(HEADERS).map(([name, h]) => [name, h])),
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key, when the service has `API_KEYS` set; otherwise no key is needed.' },
      },
    },
  };
}

let cached: string | undefined;

/** The document serialised, built on first use (not at module load) and kept for the isolate's life. */
export function openApiJson(): string {
  cached ??= JSON.stringify(buildOpenApiDocument());
  return cached;
}
