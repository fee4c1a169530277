/**
 * Reads the summarisation evaluation sets at run time from `<project root>/../shared/eval/summ/`. Their licences
 * forbid copying any of their text into the project, so nothing here is cached or written back.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One article with its human summary (sentences joined by `\n`) and, for some sets, extra references. */
export interface EvalRecord {
  id: string;
  article: string;
  reference: string;
  /** SummEval: the original highlight plus ten crowd-written summaries. */
  references?: string[];
  /** BBC News Summary: the article's title, kept apart from its body. */
  title?: string;
}

/** The project root (the folder holding package.json), found from this file's location. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the summarisation sets live. */
export const SUMM_DIR = resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'summ');

/** Parses JSON Lines text, naming the line of the first record that is not an object with the required keys. */
export function parseJsonl(text: string, source: string): EvalRecord[] {
  const out: EvalRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    const value: unknown = JSON.parse(line);
    if (!isRecord(value)) {
      throw new Error(`${source}:${i + 1}: expected an object with string id, article and reference, found ${line.slice(0, 80)}`);
    }
    out.push(value);
  }
  return out;
}

function isRecord(value: unknown): value is EvalRecord {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.article === 'string' && typeof v.reference === 'string';
}

/** Loads one set by file name (`cnndm_test_frank.jsonl`), optionally only its first `limit` records. */
export function loadSet(file: string, limit: number | null = null): EvalRecord[] {
  const path = resolve(SUMM_DIR, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`expected the evaluation set at ${path} (../shared/eval/summ/ next to the project), found none: ${String(err)}`);
  }
  const records = parseJsonl(text, file);
  return limit === null ? records : records.slice(0, limit);
}
