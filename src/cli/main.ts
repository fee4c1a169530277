import { createReadStream, readFileSync } from 'node:fs';
import { analyzeWithId } from '../core/analyze.ts';
import type { AnalyzeInput } from '../core/types.ts';
import { decodeUtf8, duplicateKey } from '../worker/body.ts';
import { ProblemError } from '../worker/problems.ts';
import { SummarizeRequestSchema } from '../worker/schemas.ts';
import { INTEGER, NUMBER, validate } from '../worker/validate.ts';

const USAGE = `Usage:
  newsbrief summarize [FILE|-] [--sentences N] [--ratio R] [--max-chars N] [--keywords N] [--title T] [--published-at DATE]
  newsbrief summarize --jsonl FILE|- [--ignore-unknown]

Prints the same JSON body as POST /v1/summarize. With --jsonl, reads one JSON object per line
({"id", "text" or "article", "title"?, "publishedAt"?, "options"?}) and writes one line per input:
the result plus "ref" (the input id), or {"ref", "error": <problem>}. A line with any other field is
an error, as in the API, unless --ignore-unknown is given (for datasets that carry references or metadata).`;

interface Parsed {
  file: string;
  jsonl: boolean;
  /** --ignore-unknown: JSONL lines may carry fields the API does not know (a dataset's references, its metadata). */
  ignoreUnknown: boolean;
  title?: string;
  publishedAt?: string;
  options: Record<string, number>;
}

const NUMERIC_FLAGS: Record<string, string> = {
  '--sentences': 'sentences',
  '--ratio': 'ratio',
  '--max-chars': 'maxChars',
  '--keywords': 'keywords',
};

function parseArgs(raw: string[]): Parsed | string {
  if (raw[0] !== 'summarize') return raw.length === 0 || raw[0] === '--help' || raw[0] === '-h' ? USAGE : `Unknown command '${raw[0]}'.\n${USAGE}`;
  // "--sentences=5" is "--sentences 5".
  const args = raw.flatMap((a) => (/^--[a-z-]+=/.test(a) ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a]));
  const parsed: Parsed = { file: '-', jsonl: false, ignoreUnknown: false, options: {} };
  let files = 0;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i] as string;
    const value = args[i + 1];
    if (arg === '--jsonl') {
      parsed.jsonl = true;
      if (value !== undefined && !value.startsWith('--')) parsed.file = args[++i] as string;
    } else if (arg === '--ignore-unknown') {
      parsed.ignoreUnknown = true;
    } else if (arg in NUMERIC_FLAGS) {
      // Read as the API reads the query string: integers except --ratio.
      const integer = arg !== '--ratio';
      if (value === undefined || !(integer ? INTEGER : NUMBER).test(value)) return `${arg} expects ${integer ? 'an integer' : 'a number'}, instead found '${value ?? ''}'.`;
      parsed.options[NUMERIC_FLAGS[arg] as string] = Number(value);
      i++;
    } else if (arg === '--title' || arg === '--published-at') {
      if (value === undefined) return `${arg} expects a value.`;
      if (arg === '--title') parsed.title = value;
      else parsed.publishedAt = value;
      i++;
    } else if (arg === '--help' || arg === '-h') {
      return USAGE;
    } else if (!arg.startsWith('--') || arg === '-') {
      if (++files > 1) return `Expected one FILE, instead found '${parsed.file}' and '${arg}' (use --jsonl for many articles).`;
      parsed.file = arg;
    } else {
      return `Unknown option '${arg}'.\n${USAGE}`;
    }
  }
  if (parsed.jsonl && (Object.keys(parsed.options).length > 0 || parsed.title !== undefined || parsed.publishedAt !== undefined)) {
    return 'With --jsonl, options, title and publishedAt go in each line\'s JSON object, not on the command line.';
  }
  if (parsed.ignoreUnknown && !parsed.jsonl) return '--ignore-unknown applies to --jsonl input only.';
  return parsed;
}

/** Validates a request object exactly as the HTTP API does, and converts it to the core's input. */
function toInput(candidate: unknown): AnalyzeInput {
  const request = validate(SummarizeRequestSchema, candidate);
  if (request.text === undefined) {
    throw new ProblemError('validation-failed', 'The CLI analyses text only: send "text" (or "article"); html and url input need the Worker.', {
      errors: [{ path: 'text', message: 'Expected article text.' }],
    });
  }
  return { text: request.text, title: request.title ?? null, publishedAt: request.publishedAt ?? null, options: request.options ?? {} };
}

/** The top-level fields of a summarize request (what --ignore-unknown keeps). */
const REQUEST_FIELDS: ReadonlySet<string> = new Set(Object.keys(SummarizeRequestSchema.def.shape));

function problemOf(err: unknown): object {
  if (err instanceof ProblemError) return err.toBody();
  return new ProblemError('internal', err instanceof Error ? err.message : String(err)).toBody();
}

/**
 * One JSONL line → one output line; never throws. The line is read as the API reads a body: strict UTF-8 (a byte-order
 * mark dropped), JSON without duplicate keys.
 */
async function runLine(bytes: Uint8Array, lineNo: number, ignoreUnknown: boolean): Promise<string> {
  let ref: unknown = lineNo;
  try {
    const line = decodeUtf8(bytes, `Line ${lineNo}`);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new ProblemError('invalid-json', `Line ${lineNo} is not valid JSON: ${err instanceof Error ? err.message : err}`);
    }
    const duplicate = duplicateKey(line);
    if (duplicate !== null) throw new ProblemError('invalid-json', `Line ${lineNo} is not valid I-JSON (RFC 7493): the key ${JSON.stringify(duplicate)} appears twice in one object.`);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ProblemError('validation-failed', `Line ${lineNo}: expected a JSON object.`);
    }
    const { id, article, ...rest } = value as Record<string, unknown>;
    if (id !== undefined) ref = id;
    const request = article !== undefined && rest.text === undefined ? { ...rest, text: article } : rest;
    // Only the top level: a misspelt option inside "options" is still an error.
    if (ignoreUnknown) for (const key of Object.keys(request)) if (!REQUEST_FIELDS.has(key)) delete request[key];
    const result = await analyzeWithId(toInput(request));
    return JSON.stringify({ ...result, ref });
  } catch (err) {
    return JSON.stringify({ ref, error: problemOf(err) });
  }
}

/** The lines of a byte stream, as bytes (without "\n" or a "\r" before it), so each is decoded strictly on its own. */
async function* byteLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Uint8Array> {
  let rest: Buffer = Buffer.alloc(0);
  const line = (b: Buffer): Buffer => (b.length > 0 && b[b.length - 1] === 0x0d ? b.subarray(0, -1) : b);
  for await (const chunk of stream) {
    const buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(0x0a, start); nl >= 0; nl = buf.indexOf(0x0a, start)) {
      yield line(buf.subarray(start, nl));
      start = nl + 1;
    }
    rest = buf.subarray(start);
  }
  if (rest.length > 0) yield line(rest);
}

/** Blank: nothing but white space (ASCII), so it is skipped. */
function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

async function runJsonl(file: string, ignoreUnknown: boolean): Promise<number> {
  const name = file === '-' ? 'standard input' : file;
  const stream: AsyncIterable<Buffer> = file === '-' ? process.stdin : createReadStream(file);
  let n = 0;
  try {
    for await (const bytes of byteLines(stream)) {
      n++;
      if (isBlank(bytes)) continue;
      process.stdout.write(`${await runLine(bytes, n, ignoreUnknown)}\n`);
    }
  } catch (err) {
    process.stderr.write(`Cannot read ${name}: ${(err as Error).message}\n`);
    return 2;
  }
  return 0;
}

/** Runs the CLI with `args`; returns the exit code (0 ok, 1 bad input, 2 usage). */
export async function main(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    (parsed === USAGE ? process.stdout : process.stderr).write(`${parsed}\n`);
    return parsed === USAGE ? 0 : 2;
  }
  if (parsed.jsonl) return runJsonl(parsed.file, parsed.ignoreUnknown);
  let bytes: Uint8Array;
  const name = parsed.file === '-' ? 'standard input' : parsed.file;
  try {
    bytes = readFileSync(parsed.file === '-' ? 0 : parsed.file);
  } catch (err) {
    process.stderr.write(`Cannot read ${name}: ${(err as Error).message}\n`);
    return 2;
  }
  let text: string;
  try {
    // Decoded as the API decodes a body: a byte-order mark dropped, invalid bytes refused.
    text = decodeUtf8(bytes, name);
  } catch (err) {
    process.stderr.write(`${JSON.stringify(problemOf(err))}\n`);
    return 1;
  }
  const request: Record<string, unknown> = { text };
  if (parsed.title !== undefined) request.title = parsed.title;
  if (parsed.publishedAt !== undefined) request.publishedAt = parsed.publishedAt;
  if (Object.keys(parsed.options).length > 0) request.options = parsed.options;
  try {
    process.stdout.write(`${JSON.stringify(await analyzeWithId(toInput(request)))}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`${JSON.stringify(problemOf(err))}\n`);
    return 1;
  }
}

