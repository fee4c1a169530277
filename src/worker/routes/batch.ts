import type { Context } from 'hono';
import { Hono } from '../hono.ts';
import type * as z from 'zod/mini';
import { answer, prepare, type CacheState } from '../analysis.ts';
import { intVar, type AppEnv } from '../env.ts';
import { jsonBody } from '../input.ts';
import { log } from '../log.ts';
import { ProblemError } from '../problems.ts';
import { sendJson, serverTiming } from '../respond.ts';
import type { BatchResultSchema } from '../result-schemas.ts';
import { BatchEnvelopeSchema, BatchItemSchema, type BatchRequestSchema } from '../schemas.ts';
import { validate } from '../validate.ts';

/** The default largest number of items in one batch (`MAX_BATCH_ITEMS`). */
export const DEFAULT_MAX_BATCH_ITEMS = 20;

/** One item's answer: its JSON (a result or a problem), and what the cache did when it succeeded. */
interface ItemOutcome {
  json: string;
  cache: CacheState | null;
  /** Time spent analysing, or null when nothing was (a cache hit, a failed item). */
  analysisMs: number | null;
}

/** The client's id of an item, when it gave a string one (read before validation, so a failed item keeps it). */
function clientId(raw: unknown): string | null {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id.slice(0, 200) : null;
}

/** Answers one item like a single request (validated, prepared, cached), or its problem: never throws. */
async function answerItem(c: Context<AppEnv>, raw: unknown, index: number): Promise<ItemOutcome> {
  const head = `{"index":${index},"id":${JSON.stringify(clientId(raw))}`;
  try {
    const prepared = await prepare(c.env, validate(BatchItemSchema, raw));
    const result = await answer(c.env, c.executionCtx, c.get('requestId'), prepared);
    return { json: `${head},"status":200,"cache":"${result.cache}","result":${result.body}}`, cache: result.cache, analysisMs: result.analysisMs };
  } catch (err) {
    const problem = err instanceof ProblemError ? err : new ProblemError('internal', 'An unexpected error occurred; it has been logged.');
    if (!(err instanceof ProblemError)) {
      log({ level: 'error', requestId: c.get('requestId'), msg: 'batch item failed', index, error: err instanceof Error ? err.stack ?? err.message : String(err) });
    }
    const body = JSON.stringify(problem.toBody(`/v1/summarize/batch#/items/${index}`));
    return { json: `${head},"status":${problem.status},"problem":${body}}`, cache: null, analysisMs: null };
  }
}

/**
 * The batch's X-Cache: HIT when every answered item came from the cache, BYPASS when any skipped it, else MISS; null
 * (no header) when no item was answered, as nothing was read from or written to the cache.
 */
function batchCache(outcomes: ItemOutcome[]): CacheState | null {
  const states = outcomes.map((o) => o.cache).filter((s): s is CacheState => s !== null);
  if (states.length === 0) return null;
  if (states.includes('BYPASS')) return 'BYPASS';
  return states.every((s) => s === 'HIT') ? 'HIT' : 'MISS';
}

/**
 * `POST /v1/summarize/batch`: `{ "items": [...] }`, up to `MAX_BATCH_ITEMS` (default 20). Each item is answered
 * like `POST /v1/summarize` and cached the same way; an item that fails gets its own problem object, in its place,
 * and the others still succeed.
 */
export const batchRoutes = new Hono<AppEnv>().post(
  '/v1/summarize/batch',
  jsonBody<typeof BatchEnvelopeSchema, z.input<typeof BatchRequestSchema>>(BatchEnvelopeSchema),
  async (c) => {
    const { items } = c.req.valid('json');
    const max = intVar(c.env.MAX_BATCH_ITEMS, DEFAULT_MAX_BATCH_ITEMS);
    if (items.length > max) {
      const message = `Expected at most ${max} items, instead found ${items.length}.`;
      throw new ProblemError('validation-failed', `items: ${message}`, { errors: [{ path: 'items', message }] });
    }
    c.set('items', items.length);
    const outcomes = await Promise.all(items.map((item, index) => answerItem(c, item, index)));
    const cache = batchCache(outcomes);
    if (cache !== null) c.set('cache', cache);
    const analysed = outcomes.filter((o) => o.analysisMs !== null);
    const analysisMs = analysed.length > 0 ? analysed.reduce((sum, o) => sum + o.analysisMs!, 0) : null;
    // Every item failed (nothing analysed, no cache state): no X-Cache and no Server-Timing rather than an empty one.
    return sendJson<z.output<typeof BatchResultSchema>>(
      c,
      `{"items":[${outcomes.map((o) => o.json).join(',')}]}`,
      cache === null ? {} : { 'X-Cache': cache, 'Server-Timing': serverTiming({ analysisMs, cache }) },
    );
  },
);
