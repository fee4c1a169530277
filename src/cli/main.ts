import { createReadStream, readFileSync } from 'node:fs';
import type { Result } from '../core/analyze.ts';
import { ENGINE } from '../core/engine.ts';
import { prepare } from '../worker/analysis.ts';
import type { Bindings } from '../worker/env.ts';
import { decodeUtf8, duplicateKey } from '../worker/body.ts';
import { ProblemError } from '../worker/problems.ts';
import { digestFormat, renderDigest, type DigestFormat } from '../worker/routes/integrations/digest-format.ts';
import { ClientIdSchema, SummarizeRequestSchema } from '../worker/schemas.ts';
import { isJsonRequest } from '../worker/input.ts';
import { fieldErrorsDetail, INTEGER, NUMBER, validate } from '../worker/validate.ts';

const USAGE = `Usage:
  newsbrief summarize [FILE|-] [--html] [--sentences N] [--ratio R] [--max-chars N] [--keywords N] [--title T] [--published-at DATE]
                      [--format json|markdown|text]
  newsbrief summarize --jsonl FILE|- [--ignore-unknown]
  newsbrief --version | --help

Prints the same JSON body as POST /v1/summarize (or, with --format markdown|text, the same digest as
?format=). With --html, FILE is a saved web page: the article is extracted from it as for the API's "html"
input. With --jsonl, reads one JSON object per line ({"id"?, "text" or "article" or "html", "title"?,
"publishedAt"?, "options"?}) and writes one line per non-blank input line: the result plus "ref" (the
input's id, a string, or its line number when it has none) and "line" (its line number), or {"ref", "line",
"error": <problem>}. A line with any other field is an error, as in the API, unless --ignore-unknown is
given (for datasets that carry references or metadata).
Exit status: 0 done (also when the reader of the output stops early, as head does), 1 bad input (with --jsonl:
at least one line failed, after all were answered), 2 usage, an unreadable file or output that cannot be written.`;


interface Parsed {
  file: string;
  /** True when FILE (or `-`) was named; otherwise the article comes from standard input. */
  fileGiven: boolean;
  jsonl: boolean;
  /** --html: FILE is a web page; the article is extracted from it as for the API's "html" input. */
  html: boolean;
  /** --ignore-unknown: JSONL lines may carry fields the API does not know (a dataset's references, its metadata). */
  ignoreUnknown: boolean;
  /** --format, read as the API reads `?format=`: null for JSON, else the digest. */
  digest: DigestFormat | null;
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

/** Every flag, so that one given where a value belongs is not taken for the value. */
const KNOWN_FLAGS: ReadonlySet<string> = new Set([...Object.keys(NUMERIC_FLAGS), '--title', '--published-at', '--format', '--html', '--jsonl', '--ignore-unknown', '--help', '-h', '--']);

/** What parseArgs answers instead of a command to run: text for standard output (exit 0) or a usage error (exit 2). */
type Answer = { out: string } | { error: string };

/** Reads the command line: the command to run, text to print (`--help`, `--version`) or a usage error. */
export function parseArgs(raw: string[]): Parsed | Answer {
  if (raw[0] === '--help' || raw[0] === '-h') return { out: USAGE };
  if (raw[0] === '--version' || raw[0] === '-V') return { out: ENGINE };
  if (raw.length === 0) return { error: `Expected a command.\n${USAGE}` };
  if (raw[0] !== 'summarize') return { error: `Unknown command '${raw[0]}'.\n${USAGE}` };
  // "--sentences=5" is "--sentences 5".
  const args = raw.flatMap((a) => (/^--[a-z-]+=/.test(a) ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a]));
  const parsed: Parsed = { file: '-', fileGiven: false, jsonl: false, html: false, ignoreUnknown: false, digest: null, options: {} };
  let format = false;
  let files = 0;
  let operandsOnly = false;
  const seen = new Set<string>();
  for (let i = 1; i < args.length; i++) {
    const arg = args[i] as string;
    const value = args[i + 1];
    const isFlag = !operandsOnly && arg.startsWith('-') && arg !== '-';
    // A flag given twice is a mistake to report, not a value to pick (the API answers 422 to a repeated parameter).
    if (isFlag && arg !== '--' && seen.has(arg)) return { error: `${arg} is given twice; give it once.` };
    if (isFlag) seen.add(arg);
    if (!isFlag) {
      if (++files > 1) return { error: `Expected one FILE, instead found '${parsed.file}' and '${arg}' (use --jsonl for many articles).` };
      parsed.file = arg;
      parsed.fileGiven = true;
    } else if (arg === '--') {
      operandsOnly = true; // what follows is a FILE, even "-x.txt"
    } else if (arg === '--jsonl') {
      parsed.jsonl = true;
      if (value !== undefined && !value.startsWith('--')) {
        // The file named after --jsonl is the one FILE: another is an error, not a silent choice between them.
        if (++files > 1) return { error: `Expected one FILE, instead found '${parsed.file}' and '${value}' (one --jsonl file per run).` };
        parsed.file = args[++i] as string;
        parsed.fileGiven = true;
      }
    } else if (arg === '--html') {
      parsed.html = true;
    } else if (arg === '--ignore-unknown') {
      parsed.ignoreUnknown = true;
    } else if (arg in NUMERIC_FLAGS) {
      // Read as the API reads the query string: integers except --ratio.
      const integer = arg !== '--ratio';
      if (value === undefined || !(integer ? INTEGER : NUMBER).test(value)) return { error: `${arg} expects ${integer ? 'an integer' : 'a number'}, instead found '${value ?? ''}'.` };
      parsed.options[NUMERIC_FLAGS[arg] as string] = Number(value);
      i++;
    } else if (arg === '--title' || arg === '--published-at') {
      // "--title --html page.html" forgot the title: the next flag is no value.
      if (value === undefined || KNOWN_FLAGS.has(value)) return { error: `${arg} expects a value${value === undefined ? '' : `, instead found the flag ${value}`}.` };
      if (arg === '--title') parsed.title = value;
      else parsed.publishedAt = value;
      i++;
    } else if (arg === '--format') {
      try {
        if (value === undefined) throw new Error('no value');
        parsed.digest = digestFormat(value);
      } catch {
        return { error: `--format expects json, markdown or text, instead found '${value ?? ''}'.` };
      }
      format = true;
      i++;
    } else if (arg === '--help' || arg === '-h') {
      return { out: USAGE };
    } else {
      return { error: `Unknown option '${arg}'.\n${USAGE}` };
    }
  }
  if (parsed.jsonl && (Object.keys(parsed.options).length > 0 || parsed.title !== undefined || parsed.publishedAt !== undefined)) {
    return { error: 'With --jsonl, options, title and publishedAt go in each line\'s JSON object, not on the command line.' };
  }
  if (parsed.jsonl && parsed.html) return { error: '--html applies to one page; with --jsonl, send each page as the "html" field of its line.' };
  if (parsed.jsonl && format) return { error: '--format applies to one article; --jsonl writes JSON lines.' };
  if (parsed.ignoreUnknown && !parsed.jsonl) return { error: '--ignore-unknown applies to --jsonl input only.' };
  return flagProblem(parsed) ?? parsed;
}

/** The flag behind each field of a request, for messages: `options.maxChars` is `--max-chars` on the command line. */
const FLAG_OF: Record<string, string> = {
  ...Object.fromEntries(Object.entries(NUMERIC_FLAGS).map(([flag, option]) => [`options.${option}`, flag])),
  title: '--title',
  publishedAt: '--published-at',
};

/**
 * Flag values the API would refuse (`--sentences 0`, `--published-at 2021-13-45`): a usage error naming the flag,
 * checked with the API's own schema before any article is read, like a value that is not a number.
 */
function flagProblem(parsed: Parsed): { error: string } | null {
  // A stand-in article: only the flags' fields are being checked.
  const fields = { text: 'x', title: parsed.title, publishedAt: parsed.publishedAt, options: parsed.options };
  try {
    validate(SummarizeRequestSchema, fields);
    return null;
  } catch (err) {
    if (!(err instanceof ProblemError)) throw err;
    const errors = err.errors ?? [];
    return { error: errors.map((e) => `${FLAG_OF[e.path] ?? e.path}: ${e.message}`).join('\n') };
  }
}

/**
 * Validates a request object exactly as the HTTP API does and answers it with the API's own code, so the body is the
 * API's byte for byte: text is analysed, an HTML page is extracted first. A URL is refused: the CLI fetches nothing.
 */
async function answerRequest(candidate: unknown): Promise<Result> {
  const request = validate(SummarizeRequestSchema, candidate);
  if (request.url !== undefined) {
    throw new ProblemError('validation-failed', 'The CLI fetches no page: send "text" (or "article") or "html" (a saved page; or give it with --html).', {
      errors: [{ path: 'url', message: 'Expected text or html; url input needs the Worker.' }],
    });
  }
  // Text and html input read no binding: only a URL fetch does.
  return (await (await prepare({} as Bindings, request)).build()) as unknown as Result;
}

/** The top-level fields of a summarize request (what --ignore-unknown keeps). */
const REQUEST_FIELDS: ReadonlySet<string> = new Set(Object.keys(SummarizeRequestSchema.def.shape));

function problemOf(err: unknown): object {
  if (err instanceof ProblemError) return err.toBody();
  return new ProblemError('internal', err instanceof Error ? err.message : String(err)).toBody();
}

/**
 * One JSONL line → one output line and whether it failed; never throws. The line is read as the API reads a body:
 * strict UTF-8 (a byte-order mark dropped), JSON without duplicate keys.
 */
async function runLine(bytes: Uint8Array, lineNo: number, ignoreUnknown: boolean): Promise<{ out: string; failed: boolean }> {
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
    // Checked as a batch item's: a string of up to 200 characters, so a ref is either your id or a line number.
    if (id !== undefined) ref = validate(ClientIdSchema, { id }).id as string;
    if (article !== undefined && rest.text !== undefined) {
      throw new ProblemError('validation-failed', `Line ${lineNo}: expected "text" or "article", not both.`, {
        errors: [{ path: 'article', message: 'Given with "text"; send one of them.' }],
      });
    }
    const request = article !== undefined ? { ...rest, text: article } : rest;
    // Only the top level: a misspelt option inside "options" is still an error.
    if (ignoreUnknown) for (const key of Object.keys(request)) if (!REQUEST_FIELDS.has(key)) delete request[key];
    const result = await answerRequest(request).catch((err: unknown) => {
      throw article !== undefined ? asArticle(err) : err;
    });
    return { out: JSON.stringify({ ...result, ref, line: lineNo }), failed: false };
  } catch (err) {
    return { out: JSON.stringify({ ref, line: lineNo, error: problemOf(err) }), failed: true };
  }
}

/**
 * A problem with `text` as a line that sent its article as `article` reads it: the path and the message name
 * `article` (`{"article": " "}` was told "text: Expected article text …", a field it does not have).
 */
function asArticle(err: unknown): unknown {
  if (!(err instanceof ProblemError) || !err.errors?.some((e) => e.path === 'text')) return err;
  const errors = err.errors.map((e) => (e.path === 'text' ? { ...e, path: 'article' } : e));
  return new ProblemError(err.slug, fieldErrorsDetail(errors), { errors, headers: err.headers });
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
  let failed = 0;
  try {
    for await (const bytes of byteLines(stream)) {
      n++;
      if (isBlank(bytes)) continue;
      const line = await runLine(bytes, n, ignoreUnknown);
      if (line.failed) failed++;
      process.stdout.write(`${line.out}\n`);
    }
  } catch (err) {
    process.stderr.write(`Cannot read ${name}: ${(err as Error).message}\n`);
    return 2;
  }
  return failed > 0 ? 1 : 0;
}

/**
 * Standard output closed by its reader (`| head`) ends the run quietly with 0, as a pipeline expects; any other write
 * failure (a full disk) is one line and exit 2, not a stack trace and a 1, which would read as bad input.
 */
function onStdoutError(err: NodeJS.ErrnoException): void {
  if (err.code !== 'EPIPE') process.stderr.write(`Cannot write the output: ${err.message}\n`);
  process.exit(err.code === 'EPIPE' ? 0 : 2);
}

/** Runs the CLI with `args`; returns the exit code (0 ok, 1 bad input, 2 usage or unreadable input or unwritable output). */
export async function main(args: string[]): Promise<number> {
  process.stdout.on('error', onStdoutError);
  const parsed = parseArgs(args);
  if ('out' in parsed) {
    process.stdout.write(`${parsed.out}\n`);
    return 0;
  }
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  // With no FILE and a terminal on standard input, reading would wait silently for text nobody is piping in.
  if (!parsed.fileGiven && process.stdin.isTTY) {
    process.stderr.write(`Expected a FILE, or the article piped on standard input (use - to type it, ending with Ctrl+D).\n${USAGE}\n`);
    return 2;
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
    // As the API refuses a JSON request sent as text/plain: the JSON itself would be summarised.
    if (!parsed.html && isJsonRequest(text)) {
      throw new ProblemError('validation-failed', `${name} holds a JSON request, not an article: put each request on one line and use --jsonl, or give the article text itself.`);
    }
  } catch (err) {
    process.stderr.write(`${JSON.stringify(problemOf(err))}\n`);
    return 1;
  }
  const request: Record<string, unknown> = parsed.html ? { html: text } : { text };
  if (parsed.title !== undefined) request.title = parsed.title;
  if (parsed.publishedAt !== undefined) request.publishedAt = parsed.publishedAt;
  if (Object.keys(parsed.options).length > 0) request.options = parsed.options;
  try {
    const result = await answerRequest(request);
    process.stdout.write(parsed.digest === null ? `${JSON.stringify(result)}\n` : renderDigest(parsed.digest, result));
    return 0;
  } catch (err) {
    process.stderr.write(`${JSON.stringify(problemOf(err))}\n`);
    return 1;
  }
}

