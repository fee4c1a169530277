import type { ProblemSlug } from './problems.ts';

/** What each problem type means, for the document and the docs page (`/docs#problems`). */
export const PROBLEM_DESCRIPTIONS: Record<ProblemSlug, string> = {
  'invalid-json': 'The body is not valid JSON; `detail` says where the parser stopped.',
  'invalid-encoding': 'The body is not valid UTF-8 (offsets would be meaningless).',
  'invalid-request': 'The body ended early or the request is malformed.',
  unauthorized: 'API keys are on and the request has no `Authorization: Bearer <key>` or the key is wrong.',
  'not-found': 'No route at this path, or no cached result with this id.',
  'method-not-allowed': 'The path exists but not with this method; see `Allow`.',
  'payload-too-large': 'The body is larger than `MAX_BODY_BYTES`.',
  'unsupported-media-type': 'The Content-Type is not one the route accepts (see `Accept-Post`), declares a charset other than UTF-8, the body is compressed (see `Accept-Encoding`), or a `text/plain` body is a JSON request.',
  'validation-failed': 'The request is well-formed but invalid; `errors` names each field (`path`) and what was wrong.',
  'url-refused': 'The `url` is not fetchable: not http(s), credentials in it, or a local or private host.',
  'rate-limited': 'Too many requests for this key (or IP); wait `Retry-After` seconds.',
  'upstream-failed': 'Fetching the `url` failed: network error, non-2xx status, too many redirects, a content type other than HTML or plain text, or a page over `MAX_FETCH_BYTES`.',
  'storage-unavailable': 'The cache could not be read for a lookup by id; retry later.',
  'upstream-timeout': 'Fetching the `url` took longer than `FETCH_TIMEOUT_MS`.',
  internal: 'A bug; it has been logged with the request id.',
};
