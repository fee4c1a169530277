import { readCapped } from '../body.ts';
import { ProblemError } from '../problems.ts';

/** Bounds of one page fetch, from wrangler.toml variables. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

/** A fetched page: where it ended up, its media type, the charset its Content-Type declares (or null), and its bytes. */
export interface FetchedPage {
  url: string;
  mediaType: 'text/html' | 'text/plain';
  charset: string | null;
  bytes: Uint8Array;
}

const ACCEPTED_TYPES: ReadonlyMap<string, FetchedPage['mediaType']> = new Map([
  ['text/html', 'text/html'],
  ['application/xhtml+xml', 'text/html'],
  ['text/plain', 'text/plain'],
]);

/** Host names a server-side fetch must never reach: loopback, private and link-local networks, internal names. */
const PRIVATE_HOST =
  /^(?:localhost|.*\.localhost|.*\.local|.*\.internal|0\.\d{1,3}\.\d{1,3}\.\d{1,3}|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|169\.254\.\d{1,3}\.\d{1,3}|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.\d{1,3}\.\d{1,3})$/;

/** True for an IPv6 literal host (`[::1]`): refused outright, public IPv6 literals are no use for news pages. */
function isIpv6Literal(hostname: string): boolean {
  return hostname.startsWith('[');
}

/** Parses and checks a URL the API is asked to fetch; refuses it with a 422 naming the reason. */
export function checkUrl(raw: string): URL {
  const refuse = (why: string): ProblemError =>
    new ProblemError('url-refused', `The URL cannot be fetched: ${why}.`, { errors: [{ path: 'url', message: `${why[0]!.toUpperCase()}${why.slice(1)}.` }] });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse(`expected an absolute http(s) URL, instead found '${raw.slice(0, 100)}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse(`expected http or https, instead found '${url.protocol}'`);
  if (url.username || url.password) throw refuse('credentials in the URL are not allowed');
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!host || PRIVATE_HOST.test(host) || isIpv6Literal(host) || !host.includes('.')) {
    throw refuse(`the host '${host}' is local or private`);
  }
  url.hash = '';
  return url;
}

/** The media type and charset of a Content-Type header (null when it names none). */
function parseContentType(header: string | null): { type: string; charset: string | null } {
  const parts = (header ?? '').split(';');
  const type = (parts[0] ?? '').trim().toLowerCase();
  const param = parts.slice(1).find((p) => p.trim().toLowerCase().startsWith('charset='));
  const charset = param?.split('=')[1]?.trim().replace(/^"|"$/g, '').toLowerCase() || null;
  return { type, charset };
}

/** One request, without following redirects; network failures become 502, the deadline a 504. */
async function fetchOnce(url: URL, signal: AbortSignal, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url.href, {
      method: 'GET',
      redirect: 'manual',
      signal,
      headers: { Accept: 'text/html, application/xhtml+xml, text/plain;q=0.9', 'User-Agent': 'newsbrief (+https://github.com/newsbrief)' },
    });
  } catch (err) {
    if (signal.aborted) throw timedOut(url, timeoutMs);
    throw new ProblemError('upstream-failed', `Fetching ${url.href} failed: ${networkFailure(err)}.`);
  }
}

/**
 * A network failure in words a caller can act on. workerd reports a name that does not resolve or a refused connection
 * as "internal error; reference = …", which says nothing to the caller; other messages are kept.
 */
function networkFailure(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return /internal error/i.test(message) ? 'no connection to the host (its name may not resolve, or it did not answer)' : message.replace(/\.$/, '');
}

function timedOut(url: URL, timeoutMs: number): ProblemError {
  return new ProblemError('upstream-timeout', `Fetching ${url.href} took longer than ${timeoutMs} ms.`);
}

/**
 * Fetches a page for analysis: http(s) only, no credentials, no private hosts, at most `maxRedirects` redirects (each
 * target checked again), HTML or plain text only, the body capped at `maxBytes` while it streams, the whole exchange
 * within `timeoutMs`. Refused URLs are 422, upstream failures 502, the deadline 504.
 */
export async function fetchPage(raw: string, limits: FetchLimits): Promise<FetchedPage> {
  let url = checkUrl(raw);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  for (let hop = 0; ; hop++) {
    const response = await fetchOnce(url, signal, limits.timeoutMs);
    if (response.status >= 300 && response.status < 400 && response.headers.has('Location')) {
      await response.body?.cancel().catch(() => undefined);
      if (hop >= limits.maxRedirects) {
        throw new ProblemError('upstream-failed', `Fetching ${raw.slice(0, 200)} was redirected more than ${limits.maxRedirects} times.`);
      }
      url = checkUrl(new URL(response.headers.get('Location') ?? '', url).href);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new ProblemError('upstream-failed', `Fetching ${url.href} answered ${response.status}; expected 200.`);
    }
    const { type, charset } = parseContentType(response.headers.get('Content-Type'));
    const mediaType = ACCEPTED_TYPES.get(type);
    if (mediaType === undefined) {
      await response.body?.cancel().catch(() => undefined);
      throw new ProblemError('upstream-failed', `The page at ${url.href} is '${type || 'untyped'}'; expected text/html or text/plain.`);
    }
    const declared = response.headers.get('Content-Length');
    if (declared && /^\d+$/.test(declared) && Number(declared) > limits.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new ProblemError('upstream-failed', `The page at ${url.href} is larger than the limit of ${limits.maxBytes} bytes.`);
    }
    try {
      return { url: url.href, mediaType, charset, bytes: await readCapped(response.body, limits.maxBytes, () => new ProblemError('upstream-failed', `The page at ${url.href} is larger than the limit of ${limits.maxBytes} bytes.`)) };
    } catch (err) {
      if (err instanceof ProblemError) throw err;
      if (signal.aborted) throw timedOut(url, limits.timeoutMs);
      throw new ProblemError('upstream-failed', `Reading ${url.href} failed before the page was complete.`);
    }
  }
}

/** The charset a byte-order mark names, or null. */
function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 1024 bytes. */
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * The charset a page's `<meta>` names in its first 1024 bytes (HTML's prescan), or null. A `<meta>` naming UTF-16 is
 * read as UTF-8, as HTML does: bytes that could be read to find it are not UTF-16.
 */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const found = META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
  return found !== null && found.startsWith('utf-16') ? 'utf-8' : found;
}

/**
 * Decodes a fetched page as browsers do: the charset of a byte-order mark, else the one its Content-Type declares,
 * else (HTML) the one its `<meta>` names, else UTF-8. An unknown charset falls back to UTF-8; undecodable bytes become
 * replacement characters, never a failure.
 */
export function decodePage(page: FetchedPage): string {
  const charset = bomCharset(page.bytes) ?? page.charset ?? (page.mediaType === 'text/html' ? metaCharset(page.bytes) : null) ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(page.bytes);
  } catch {
    return new TextDecoder('utf-8').decode(page.bytes);
  }
}
