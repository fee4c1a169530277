import { toHex } from '../../../core/hash.ts';
import { ProblemError } from '../../problems.ts';

/** How far a signed timestamp may be from the Worker's clock, in seconds, before the request counts as a replay. */
export const MAX_SKEW_SECONDS = 5 * 60;

const encoder = new TextEncoder();

/** The bytes of an even-length hex string, or null when it is not one. */
export function fromHex(hex: string): Uint8Array | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/**
 * Compares two byte strings in time that depends only on their length, never on where they first differ. Unequal
 * lengths return at once: the length of the expected value (a hex digest) is public.
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** `prefix` followed by `body`, as one byte string: what both platforms sign. */
function concat(prefix: string, body: Uint8Array): Uint8Array {
  const head = encoder.encode(prefix);
  const out = new Uint8Array(head.length + body.length);
  out.set(head, 0);
  out.set(body, head.length);
  return out;
}

/** The schemes the 401s name in `WWW-Authenticate`, which every 401 must carry (RFC 9110 §11.6.1). */
const SLACK = 'Slack-Signature';
const DISCORD = 'Discord-Ed25519';

/**
 * The 401 every failed check answers with; `detail` says what was missing or wrong, never what was expected, and
 * `WWW-Authenticate` names the platform's signature as the scheme.
 */
export function unauthorized(detail: string, scheme: string): ProblemError {
  return new ProblemError('unauthorized', detail, { headers: { 'WWW-Authenticate': `${scheme} realm="newsbrief"` } });
}

/** Checks a signed Unix timestamp (seconds) against the clock; a missing, malformed or stale one is a 401. */
export function checkTimestamp(raw: string | undefined, nowSeconds: number, header: string, scheme: string): void {
  if (!raw) throw unauthorized(`The ${header} header is missing.`, scheme);
  if (!/^\d{1,12}$/.test(raw)) throw unauthorized(`The ${header} header is not a Unix timestamp in seconds.`, scheme);
  if (Math.abs(nowSeconds - Number(raw)) > MAX_SKEW_SECONDS) {
    throw unauthorized(`The ${header} header is more than ${MAX_SKEW_SECONDS / 60} minutes from the current time.`, scheme);
  }
}

/** Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}` keyed with the signing secret. */
export async function slackSignature(secret: string, timestamp: string, body: Uint8Array): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, concat(`v0:${timestamp}:`, body));
  return `v0=${toHex(mac)}`;
}

/**
 * Verifies a Slack request: `X-Slack-Request-Timestamp` within five minutes of `nowSeconds`, and `X-Slack-Signature`
 * equal (compared in constant time) to the HMAC of the raw body. Throws a 401 otherwise.
 */
export async function verifySlack(headers: Headers, body: Uint8Array, secret: string | undefined, nowSeconds: number): Promise<void> {
  if (!secret) throw unauthorized('Slack requests are not accepted: SLACK_SIGNING_SECRET is not configured.', SLACK);
  const timestamp = headers.get('X-Slack-Request-Timestamp') ?? undefined;
  checkTimestamp(timestamp, nowSeconds, 'X-Slack-Request-Timestamp', SLACK);
  const given = headers.get('X-Slack-Signature');
  if (!given) throw unauthorized('The X-Slack-Signature header is missing.', SLACK);
  const expected = await slackSignature(secret, timestamp!, body);
  if (!timingSafeEqual(encoder.encode(given), encoder.encode(expected))) {
    throw unauthorized('The X-Slack-Signature header does not match the request.', SLACK);
  }
}

/** Imported Ed25519 public keys, by hex, so a warm isolate imports each key once. */
const ed25519Keys = new Map<string, Promise<CryptoKey>>();

/** The Web Crypto key of a 32-byte Ed25519 public key given in hex (Discord's "Public Key"). */
function ed25519Key(publicKeyHex: string): Promise<CryptoKey> {
  let key = ed25519Keys.get(publicKeyHex);
  if (!key) {
    const raw = fromHex(publicKeyHex);
    if (!raw || raw.length !== 32) return Promise.reject(new Error('DISCORD_PUBLIC_KEY is not 64 hex digits.'));
    key = crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
    key.catch(() => ed25519Keys.delete(publicKeyHex));
    ed25519Keys.set(publicKeyHex, key);
  }
  return key;
}

/**
 * Verifies a Discord interaction: `X-Signature-Timestamp` within five minutes of `nowSeconds` (Discord signs it, so a
 * captured request cannot be replayed later), and `X-Signature-Ed25519` a valid Ed25519 signature of timestamp + raw
 * body under the application's public key. Throws a 401 otherwise.
 */
export async function verifyDiscord(headers: Headers, body: Uint8Array, publicKeyHex: string | undefined, nowSeconds: number): Promise<void> {
  if (!publicKeyHex) throw unauthorized('Discord interactions are not accepted: DISCORD_PUBLIC_KEY is not configured.', DISCORD);
  const timestamp = headers.get('X-Signature-Timestamp') ?? undefined;
  checkTimestamp(timestamp, nowSeconds, 'X-Signature-Timestamp', DISCORD);
  const given = headers.get('X-Signature-Ed25519');
  if (!given) throw unauthorized('The X-Signature-Ed25519 header is missing.', DISCORD);
  const signature = fromHex(given);
  if (!signature || signature.length !== 64) throw unauthorized('The X-Signature-Ed25519 header is not 128 hex digits.', DISCORD);
  const key = await ed25519Key(publicKeyHex.trim().toLowerCase());
  const valid = await crypto.subtle.verify({ name: 'Ed25519' }, key, signature, concat(timestamp!, body));
  if (!valid) throw unauthorized('The X-Signature-Ed25519 header does not match the request.', DISCORD);
}
