import { ProblemError } from './problems.ts';

/** The body of a request, decoded according to its media type. */
export type ParsedBody = { kind: 'json'; value: unknown } | { kind: 'text'; value: string } | { kind: 'form'; value: string };

/** The media type of a request without parameters, lower case (`application/json`), or `` when absent. */
export function mediaType(request: Request): string {
  const header = request.headers.get('Content-Type') ?? '';
  return (header.split(';')[0] ?? '').trim().toLowerCase();
}

/**
 * Reads a request body as bytes, enforcing `limit` while reading: a declared `Content-Length` over the limit is
 * refused before reading, and a stream that grows past it is cancelled at once. Answers 413 either way.
 */
export async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const tooLarge = (): ProblemError =>
    new ProblemError('payload-too-large', `The request body is larger than the limit of ${limit} bytes.`);
  const declared = request.headers.get('Content-Length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) throw tooLarge();
  try {
    return await readCapped(request.body, limit, tooLarge);
  } catch (err) {
    if (err instanceof ProblemError) throw err;
    throw new ProblemError('invalid-request', 'The request body ended before it was complete.');
  }
}

/**
 * Reads a stream to its end, cancelling it and throwing `tooLarge()` as soon as it grows past `limit` bytes, so an
 * oversized body is never buffered whole. Errors of the stream itself propagate to the caller.
 */
export async function readCapped(stream: ReadableStream<Uint8Array> | null, limit: number, tooLarge: () => Error): Promise<Uint8Array> {
  if (stream === null) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const step = await reader.read();
    if (step.done) break;
    total += step.value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(step.value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

/**
 * Decodes UTF-8 strictly (a byte-order mark is dropped): invalid sequences are a 400, not replacement characters that
 * would corrupt offsets. `what` names the input in the message (the CLI names its file).
 */
export function decodeUtf8(bytes: Uint8Array, what = 'The request body'): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ProblemError('invalid-encoding', `${what} is not valid UTF-8; convert the text to UTF-8 first (Windows-1252 or Latin-1 text is the usual cause).`);
  }
}

/** The media type of each body kind, for messages and `Accept-Post`. */
const MEDIA_TYPES: Record<ParsedBody['kind'], string> = { json: 'application/json', text: 'text/plain', form: 'application/x-www-form-urlencoded' };

/**
 * A 415 for a compressed body (`Content-Encoding` other than `identity`), with `Accept-Encoding: identity` (RFC 7694),
 * rather than a 400 for bytes that are not UTF-8. Compressed bodies are not read: workerd's DecompressionStream
 * reports corrupt input as an unhandled rejection besides the error it throws (cloudflare/workerd#6061, still seen
 * with workerd 2026-11-02), and the 1 MiB limit makes compression worth little.
 */
function rejectEncoding(request: Request, mediaTypes: readonly string[]): void {
  const coding = (request.headers.get('Content-Encoding') ?? '').trim().toLowerCase();
  if (coding === '' || coding === 'identity') return;
  throw new ProblemError('unsupported-media-type', `Expected a body that is not compressed, instead found Content-Encoding: ${coding.slice(0, 40)}; send it without compression.`, {
    headers: { 'Accept-Encoding': 'identity', 'Accept-Post': mediaTypes.join(', ') },
  });
}

/**
 * Reads and decodes a body whose media type is one of `accepted` (`json`, `text`, `form`). Any other media type,
 * or none, is a 415; malformed JSON is a 400 naming the position the parser stopped at.
 */
export async function readBody(request: Request, limit: number, accepted: ReadonlyArray<ParsedBody['kind']>): Promise<ParsedBody> {
  const type = mediaType(request);
  const kind: ParsedBody['kind'] | null =
    type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))
      ? 'json'
      : type === 'text/plain'
        ? 'text'
        : type === 'application/x-www-form-urlencoded'
          ? 'form'
          : null;
  const names = accepted.map((k) => MEDIA_TYPES[k]);
  if (kind === null || !accepted.includes(kind)) {
    throw new ProblemError(
      'unsupported-media-type',
      `Expected a body of type ${names.join(' or ')}, instead found ${type ? `'${type}'` : 'no Content-Type header'}.`,
      { headers: { 'Accept-Post': names.join(', ') } },
    );
  }
  // Bodies are read as UTF-8 (offsets count its code units): a body declared in another charset would be misread.
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers.get('Content-Type') ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') {
    throw new ProblemError('unsupported-media-type', `Expected a UTF-8 body, instead found charset=${charset.slice(0, 40)}; convert the text to UTF-8 first.`, {
      headers: { 'Accept-Post': names.join(', ') },
    });
  }
  rejectEncoding(request, names);
  const text = decodeUtf8(await readLimited(request, limit));
  if (kind !== 'json') return { kind, value: text };
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (err) {
    const why = err instanceof Error ? err.message : 'unparseable';
    throw new ProblemError('invalid-json', `The body is not valid JSON: ${why}`);
  }
  const duplicate = duplicateKey(text);
  if (duplicate !== null) {
    throw new ProblemError('invalid-json', `The body is not valid I-JSON (RFC 7493): the key ${JSON.stringify(duplicate)} appears twice in one object.`);
  }
  return { kind, value };
}

/**
 * The first key that appears twice in one object of `json` (text JSON.parse accepted), or null. JSON.parse keeps the
 * last silently, so `{"text": "a", "text": "b"}` would be read differently by different parsers; we refuse it, as
 * I-JSON does. One linear pass with an explicit stack (no recursion, so 10,000-deep nesting is fine); keys are
 * compared after unescaping, so `"t\u0065xt"` is `"text"`.
 */
export function duplicateKey(json: string): string | null {
  const stack: Array<Set<string> | null> = [];
  let expectKey = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json.charCodeAt(i);
    if (ch === 0x7b) {
      stack.push(new Set());
      expectKey = true;
    } else if (ch === 0x5b) {
      stack.push(null);
      expectKey = false;
    } else if (ch === 0x7d || ch === 0x5d) {
      stack.pop();
      expectKey = false;
    } else if (ch === 0x2c) {
      expectKey = stack[stack.length - 1] instanceof Set;
    } else if (ch === 0x22) {
      let end = i + 1;
      let escaped = false;
      while (end < json.length) {
        const c = json.charCodeAt(end);
        if (c === 0x5c) {
          escaped = true;
          end += 2;
        } else if (c === 0x22) break;
        else end++;
      }
      const keys = stack[stack.length - 1];
      if (expectKey && keys instanceof Set) {
        const raw = json.slice(i + 1, end);
        const key = escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (keys.has(key)) return key;
        keys.add(key);
        expectKey = false;
      }
      i = end;
    }
  }
  return null;
}
