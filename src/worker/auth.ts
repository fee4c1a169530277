import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { sha256Hex } from '../core/hash.ts';
import { log } from './log.ts';
import { ProblemError } from './problems.ts';

const DIGEST = /^[0-9a-f]{64}$/;

let parsedFrom: string | undefined;
let parsed: Uint8Array[] = [];

/** The accepted key digests of `API_KEYS` (comma-separated SHA-256 hex), parsed once per distinct value. */
function acceptedDigests(raw: string): Uint8Array[] {
  if (raw === parsedFrom) return parsed;
  const items = raw.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0);
  const bad = items.filter((s) => !DIGEST.test(s)).length;
  if (bad > 0) log({ level: 'error', msg: 'API_KEYS holds entries that are not SHA-256 hex digests; they are ignored', count: bad });
  parsed = items.filter((s) => DIGEST.test(s)).map(hexBytes);
  parsedFrom = raw;
  return parsed;
}

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** True when `digest` equals one of `accepted`; every entry is compared in constant time, with no early exit. */
function matchesAny(digest: Uint8Array, accepted: Uint8Array[]): boolean {
  let found = false;
  for (const candidate of accepted) {
    const same = crypto.subtle.timingSafeEqual(digest, candidate);
    found = found || same;
  }
  return found;
}

function unauthorized(detail: string, error: 'invalid_request' | 'invalid_token'): ProblemError {
  return new ProblemError('unauthorized', detail, {
    headers: { 'WWW-Authenticate': `Bearer realm="newsbrief", error="${error}"` },
  });
}

/**
 * Requires `Authorization: Bearer <key>` when the `API_KEYS` secret is set: the key's SHA-256 must be one of the
 * listed digests (so the secret never holds a key). 401 problem+json with `WWW-Authenticate` otherwise. Without the
 * secret the API is open (local development). Sets `client` to `key:<digest prefix>` for the rate limiter.
 */
export function apiKeyAuth(): MiddlewareHandler<AppEnv> {
  return async function requireApiKey(c, next) {
    const raw = c.env.API_KEYS;
    if (raw === undefined || raw.trim() === '') return next();
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer[ \t]+([\x21-\x7e]{1,512})[ \t]*$/i.exec(header);
    if (!match?.[1]) {
      throw unauthorized(
        header ? 'Expected `Authorization: Bearer <key>`, instead found another scheme or a malformed value.' : 'This API needs a key: send `Authorization: Bearer <key>`.',
        'invalid_request',
      );
    }
    const digest = await sha256Hex(match[1]);
    if (!matchesAny(hexBytes(digest), acceptedDigests(raw))) throw unauthorized('The API key is not valid.', 'invalid_token');
    c.set('client', `key:${digest.slice(0, 16)}`);
    return next();
  };
}
