/** One field that failed validation: where it is in the request and what was wrong. */
export interface FieldError {
  /** Dotted path of the field (`options.sentences`), or `` for the body itself. */
  path: string;
  message: string;
}

/** The problem types this API answers with, by slug: title and status (RFC 9457). */
export const PROBLEM_TYPES = {
  'invalid-json': { status: 400, title: 'Malformed JSON' },
  'invalid-encoding': { status: 400, title: 'Body is not valid UTF-8' },
  'invalid-request': { status: 400, title: 'Malformed request' },
  unauthorized: { status: 401, title: 'Missing or invalid credentials' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'payload-too-large': { status: 413, title: 'Request body too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported content type' },
  'validation-failed': { status: 422, title: 'Request failed validation' },
  'url-refused': { status: 422, title: 'URL refused' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'upstream-failed': { status: 502, title: 'Upstream fetch failed' },
  'storage-unavailable': { status: 503, title: 'Storage unavailable' },
  'upstream-timeout': { status: 504, title: 'Upstream fetch timed out' },
  internal: { status: 500, title: 'Internal error' },
} as const;

export type ProblemSlug = keyof typeof PROBLEM_TYPES;

/** The JSON body of a problem response. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

/** The `type` URI of a problem: relative to the API's origin, documented at `/docs#problems`. */
export function problemType(slug: ProblemSlug): string {
  return `/problems/${slug}`;
}

/**
 * The one error type of the HTTP layer: thrown anywhere in a handler, turned into an
 * `application/problem+json` response by the app's error handler.
 */
export class ProblemError extends Error {
  readonly slug: ProblemSlug;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(slug: ProblemSlug, detail: string, options: { errors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(detail);
    this.name = 'ProblemError';
    this.slug = slug;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }

  /** The status code of this problem. */
  get status(): number {
    return PROBLEM_TYPES[this.slug].status;
  }

  /** The RFC 9457 body of this problem. */
  toBody(instance?: string): ProblemBody {
    const body: ProblemBody = {
      type: problemType(this.slug),
      title: PROBLEM_TYPES[this.slug].title,
      status: this.status,
      detail: this.message,
    };
    if (instance) body.instance = instance;
    if (this.errors) body.errors = this.errors;
    return body;
  }
}

/** An `application/problem+json` response for `problem`. */
export function problemResponse(problem: ProblemError, instance?: string): Response {
  return new Response(JSON.stringify(problem.toBody(instance)), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', ...problem.headers },
  });
}
