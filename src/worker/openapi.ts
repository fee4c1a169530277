import { ProblemSchema } from './schemas.ts';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request: invalid JSON, invalid UTF-8 or a body that ended early.',
  401: 'Missing or invalid API key.',
  404: 'No such resource.',
  405: 'Method not allowed on this path.',
  413: 'Request body larger than the limit.',
  415: 'Unsupported Content-Type.',
  422: 'Well-formed but invalid request; `errors` names each field.',
  429: 'Rate limit exceeded; see Retry-After.',
  503: 'Storage unavailable; retry later.',
};

/** OpenAPI response entries for the given problem statuses, all `application/problem+json`. */
export function problemResponses(statuses: readonly number[]) {
  const out: Record<number, { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } }> = {};
  for (const status of statuses) {
    out[status] = { description: DESCRIPTIONS[status] ?? 'Problem', content: { 'application/problem+json': { schema: ProblemSchema } } };
  }
  return out;
}
