import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { buildDoc } from '../../src/core/doc.ts';
import { MAX_SENTENCE_CHARS } from '../../src/core/text/segment.ts';
import type { Analysis } from '../../src/core/types.ts';
import seed from '../fixtures/seed.txt?raw';

// Properties of the whole core over arbitrary text: analyze() never throws, gives the same bytes twice, and every
// offset it reports slices the submitted text to the text it reports. Fixed seed for fast-check, so a failure in CI
// is reproducible locally (fast-check prints the seed and the shrunk counterexample).

const FC = { seed: 20260601, numRuns: 150 };

/** A problem found in an analysis: where, and what was expected. */
type Finding = string;

/**
 * Walks an analysis and checks every offset in it: an object with numeric `start`/`end` must lie inside the text,
 * with `start <= end`; when it also has `text`, `input.slice(start, end)` must be exactly that text. Evidence marked
 * `in: 'title'` is checked against the title instead.
 */
function offsetFindings(text: string, value: unknown, path = '$', out: Finding[] = [], title = ''): Finding[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => offsetFindings(text, v, `${path}[${i}]`, out, title));
    return out;
  }
  if (typeof value !== 'object' || value === null) return out;
  const o = value as Record<string, unknown>;
  const input = o.in === 'title' ? title : text;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    const { start, end } = o as { start: number; end: number };
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > input.length) {
      out.push(`${path}: span [${start}, ${end}) is not inside a text of ${input.length} characters`);
    } else if (typeof o.text === 'string' && input.slice(start, end) !== o.text) {
      out.push(`${path}: text ${JSON.stringify(o.text)} but the input slices to ${JSON.stringify(input.slice(start, end))}`);
    }
  }
  for (const key of Object.keys(o)) offsetFindings(text, o[key], `${path}.${key}`, out, title);
  return out;
}

/** Analyses `text` twice and checks the properties; returns the first analysis. */
function checkAll(text: string, title: string | null = null): Analysis {
  const first = analyze({ text, title });
  const again = analyze({ text, title });
  expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  expect(offsetFindings(text, first, '$', [], title ?? '')).toEqual([]);
  expect(first.stats.characters).toBe(text.length);
  for (const s of buildDoc({ text }).sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + 8);
  return first;
}

/** Pieces that stress normalisation, segmentation and offsets when mixed. */
const HOSTILE_PIECES = [
  '\u0000', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\uFEFF', '\u200B', '\u200D', '\u00AD', '\u2028', '\u2029', '\r\n', '\r', '\n\n\n',
  '\u0301', '\u0308\u0301', 'e\u0301', '\u05E9\u05DC\u05D5\u05DD', '\u0645\u0631\u062D\u0628\u0627', '\u202E', '\u200F',
  '\uD83D\uDC4D', '\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67', '\uD83C\uDDFA\uD83C\uDDE6', '\u2026', '\u201C', '\u201D', '\u2019', '\u2014',
  '.', '. ', '?!', '...', ' ', '\t', '"', "'", '(', ')', 'Mr.', 'U.S.', 'Jan.', 'No.', '5,000', '1.5', '3:30', 'killed', '12 people',
  'ceasefire', 'said', 'Tehran', 'TEHRAN -', '(CNN)', 'A', 'the', 'Iran', 'Armenia', 'Azerbaijan', '\u0130', '\u00DF', '\uFB01',
];

const hostileText = fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 120 }).map((parts) => parts.join(''));
const mixedText = fc.array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 80 }).map((p) => p.join(''));
const seedSlice = fc.tuple(fc.nat(seed.length), fc.nat(seed.length)).map(([a, b]) => seed.slice(Math.min(a, b), Math.max(a, b)));
const seedSpliced = fc
  .tuple(fc.nat(seed.length), fc.constantFrom(...HOSTILE_PIECES), fc.nat(seed.length), fc.constantFrom(...HOSTILE_PIECES))
  .map(([a, x, b, y]) => {
    const [i, j] = a <= b ? [a, b] : [b, a];
    return seed.slice(0, i) + x + seed.slice(i, j) + y + seed.slice(j);
  });

describe('analyze() over arbitrary text', () => {
  it('never throws, is deterministic, and every offset slices to its text: any UTF-16 code units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => void checkAll(s)), FC);
  });

  it('the same over full Unicode code points and grapheme clusters (RTL, combining marks, emoji)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => void checkAll(s)), FC);
  });

  it('the same over hostile pieces: NUL, lone surrogates, BOM, zero-width marks, line separators, RTL, emoji', () => {
    fc.assert(fc.property(hostileText, fc.option(hostileText), (s, title) => void checkAll(s, title)), FC);
  });

  it('the same over random code units mixed with hostile pieces', () => {
    fc.assert(fc.property(mixedText, (s) => void checkAll(s)), FC);
  });

  it('the same over any slice of the seed article, and the seed with hostile characters spliced in', () => {
    fc.assert(fc.property(seedSlice, (s) => void checkAll(s)), { ...FC, numRuns: 40 });
    fc.assert(fc.property(seedSpliced, (s) => void checkAll(s)), { ...FC, numRuns: 40 });
  });

  it('gives a sentence list whose offsets are increasing and never overlap', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        const sentences = buildDoc({ text: s }).sentences;
        for (let i = 1; i < sentences.length; i++) {
          expect((sentences[i] as { start: number }).start).toBeGreaterThanOrEqual((sentences[i - 1] as { end: number }).end);
        }
      }),
      FC,
    );
  });
});

const KB = 1024;
/** Repeats `unit` to exactly `length` characters. */
const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

// Shapes of text that break naive segmenters and scorers. Each must analyse without throwing, deterministically,
// with every offset valid. No time is asserted here (redos.test.ts bounds time on 1 MB inputs); this suite runs
// them at 256 KB so a quadratic step would still show as a test timeout.
const SHAPES: Array<[string, string]> = [
  ['one very long line of words, no punctuation', fill('word after word ', 256 * KB)],
  ['one huge sentence with commas', fill('and the fighting went on, ', 256 * KB)],
  ['only punctuation', fill('.,;:!?-"\'()[]', 256 * KB)],
  ['only dots', fill('.', 256 * KB)],
  ['only spaces and line breaks', fill(' \n \r\n\t', 256 * KB)],
  ['a repeated character', fill('a', 256 * KB)],
  ['a repeated capital', fill('A', 256 * KB)],
  ['a repeated digit', fill('7', 256 * KB)],
  ['a repeated emoji (surrogate pairs)', fill('\uD83D\uDCA5', 256 * KB)],
  ['repeated lone high surrogates', fill('\uD800', 64 * KB)],
  ['repeated NUL', fill('\u0000', 64 * KB)],
  ['repeated combining marks on one letter', 'a' + fill('\u0301', 64 * KB)],
  ['right-to-left text with full stops', fill('\u0645\u0631\u062D\u0628\u0627 \u0628\u0643\u0645. ', 128 * KB)],
  ['100k tiny sentences', fill('A. ', 300 * KB)],
  ['100k tiny questions', fill('Why? ', 500 * KB)],
  ['titles and initials forever', fill('Mr. J. R. U.S. Gen. Lt. Col. ', 128 * KB)],
  ['numbers forever', fill('1,000 killed and 2.5 wounded, 3:30 ', 128 * KB)],
  ['the seed article repeated', fill(`${seed}\n\n`, 256 * KB)],
];

describe('analyze() on hostile shapes (256 KB each)', () => {
  for (const [name, text] of SHAPES) {
    it(name, { timeout: 60_000 }, () => {
      const a = checkAll(text);
      expect(a.stats.characters).toBe(text.length);
    });
  }
});
