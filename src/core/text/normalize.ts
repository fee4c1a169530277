/**
 * Normalisation for analysis: one canonical spelling of quotes, dashes and spaces, with a map from every normalised
 * character back to the submitted text, so every span found on the normalised text can be reported as offsets into
 * the text exactly as submitted.
 */
export class Normalized {
  /** The normalised text. */
  readonly text: string;
  /**
   * The offset map as runs: normalised characters `runNorm[r]..` map to consecutive submitted offsets from
   * `runOrig[r]` up to the next run. Most of an article is copied unchanged, so there are few runs and building
   * them costs nothing per character.
   */
  private readonly runNorm: number[];
  private readonly runOrig: number[];
  private full: Int32Array | null = null;

  constructor(text: string, runNorm: number[], runOrig: number[]) {
    this.text = text;
    this.runNorm = runNorm;
    this.runOrig = runOrig;
  }

  /** The offset in the submitted text of normalised character `i` (`map[i]`); undefined outside 0..text.length. */
  at(i: number): number | undefined {
    if (!(i >= 0 && i <= this.text.length)) return undefined;
    const runNorm = this.runNorm;
    if (runNorm.length === 0) return 0;
    let lo = 0;
    let hi = runNorm.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((runNorm[mid] as number) <= i) lo = mid;
      else hi = mid - 1;
    }
    return (this.runOrig[lo] as number) + (i - (runNorm[lo] as number));
  }

  /** `map[i]` is the offset in the submitted text of normalised character `i`; `map[text.length]` is the end. */
  get map(): Int32Array {
    if (this.full === null) {
      const full = new Int32Array(this.text.length + 1);
      for (let i = 0; i < full.length; i++) full[i] = this.at(i) as number;
      this.full = full;
    }
    return this.full;
  }
}

const SPACE = 1;
const BREAK = 2;
const DROP = 3;
/** What each character in U+0000..U+FFFF becomes: 0 keep, SPACE, BREAK, DROP, or a replacement code unit (> 3). */
const CLASS = buildClassTable();

function buildClassTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x20; c++) table[c] = SPACE;
  table[0x7f] = SPACE;
  table[0x85] = SPACE;
  for (const c of [0x0a, 0x0d, 0x2028, 0x2029]) table[c] = BREAK;
  for (const c of [0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) table[c] = SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = SPACE;
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]) table[c] = DROP;
  for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x60]) table[c] = 0x27;
  for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb]) table[c] = 0x22;
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]) table[c] = 0x2d;
  return table;
}

/** A character that may not be copied as it is: anything but printable ASCII (the backtick excepted) and a space. */
const NOT_PLAIN = /[^\x21-\x5f\x61-\x7e ]/g;

/**
 * Where the plain runs of one input end (see end), asked from offsets that never go back. Plain text is printable ASCII
 * and single spaces between such characters, copied as it is. What ends it is searched for in two parts, each once per
 * input: the characters that are not plain (NOT_PLAIN, which the regular-expression engine skips to faster than a loop
 * over code units; its `lastIndex` is set before every search), and double spaces. One expression for both (a
 * character, or a space not followed by a plain one) opened with a space and was tried at every space.
 */
class PlainRuns {
  private readonly input: string;
  /** The next character that is not plain, and the next double space, as last found (-1: not looked for yet). */
  private char = -1;
  private double = -1;

  constructor(input: string) {
    this.input = input;
  }

  /** The end of the plain text starting at `from` (the input's length when it runs to the end). */
  end(from: number): number {
    const input = this.input;
    const n = input.length;
    if (this.char < from) {
      NOT_PLAIN.lastIndex = from;
      this.char = NOT_PLAIN.test(input) ? NOT_PLAIN.lastIndex - 1 : n;
    }
    if (this.double < from) {
      const at = input.indexOf('  ', from);
      this.double = at < 0 ? n : at;
    }
    // A space right before a character that is not plain (or before the end) is not plain either.
    const end = this.char > from && input.charCodeAt(this.char - 1) === 0x20 ? this.char - 1 : this.char;
    return this.double < end ? this.double : end;
  }
}

/** Whether `code` is copied to the normalised text unchanged (`…` becomes three characters). */
function keptAsIs(code: number): boolean {
  return (CLASS[code] as number) === 0 && code !== 0x2026;
}

/**
 * Builds the offset map of Normalized as runs: a normalised character whose source does not follow the previous one's
 * starts a new run.
 */
class OffsetRuns {
  readonly norm: number[] = [];
  readonly orig: number[] = [];
  /** Normalised characters mapped so far. */
  length = 0;
  /** The submitted offset that continues the current run. */
  private next = -1;

  /** The next normalised characters come from the submitted `[from, to)`, one for one. */
  map(from: number, to: number): void {
    if (from !== this.next) {
      this.norm.push(this.length);
      this.orig.push(from);
    }
    this.next = to;
    this.length += to - from;
  }
}

/**
 * Normalises `input`: CR/LF and Unicode line separators become `\n`; runs of spaces collapse to one space; lines
 * holding only spaces are empty; three or more line breaks become one paragraph break (`\n\n`); curly quotes become
 * straight ones, dashes become `-`, `…` becomes `...`; invisible characters (zero-width marks, soft hyphen, BOM) are
 * dropped; leading and trailing whitespace is trimmed. One pass, linear in the input.
 */
export function normalize(input: string): Normalized {
  const n = input.length;
  const runs = new OffsetRuns();
  const plain = new PlainRuns(input);
  // The text is built from slices of the input: `input[runStart, runEnd)` is copied unchanged since the last part;
  // only characters that change are added one by one (most of an article is copied).
  const parts: string[] = [];
  let runStart = 0;
  let runEnd = 0;
  let pendingSpace = -1;
  let pendingBreaks = 0;
  let pendingBreakAt = -1;
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    const cls = CLASS[code] as number;
    if (cls === BREAK) {
      if (code === 0x0d && input.charCodeAt(i + 1) === 0x0a) continue;
      if (pendingBreaks === 0) pendingBreakAt = i;
      pendingBreaks++;
      continue;
    }
    if (cls === SPACE) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (cls === DROP) continue;
    if (runs.length > 0 && pendingBreaks > 0) {
      const breaks = pendingBreaks >= 2 ? 2 : 1;
      for (let k = 0; k < breaks; k++) {
        if (pendingBreakAt === runEnd && input.charCodeAt(pendingBreakAt) === 0x0a) runEnd++;
        else {
          if (runEnd > runStart) parts.push(input.slice(runStart, runEnd));
          parts.push('\n');
          runStart = runEnd = -1;
        }
        runs.map(pendingBreakAt, pendingBreakAt + 1);
      }
    } else if (runs.length > 0 && pendingSpace >= 0) {
      if (pendingSpace === runEnd && input.charCodeAt(pendingSpace) === 0x20) runEnd++;
      else {
        if (runEnd > runStart) parts.push(input.slice(runStart, runEnd));
        parts.push(' ');
        runStart = runEnd = -1;
      }
      runs.map(pendingSpace, pendingSpace + 1);
    }
    pendingSpace = -1;
    pendingBreaks = 0;
    if (cls === 0 && code !== 0x2026) {
      if (i !== runEnd) {
        if (runEnd > runStart) parts.push(input.slice(runStart, runEnd));
        runStart = i;
      }
      // The characters kept as they are right after this one extend the same run and the same map run, and so does a
      // single space between two of them (it would be emitted as it is, at the next offset).
      let j = plain.end(i + 1);
      while (j < n) {
        const next = input.charCodeAt(j);
        if ((CLASS[next] as number) === 0 && next !== 0x2026) j++;
        else if (next === 0x20 && j + 1 < n && keptAsIs(input.charCodeAt(j + 1))) j += 2;
        else break;
      }
      runs.map(i, j);
      runEnd = j;
      i = j - 1;
      continue;
    }
    if (runEnd > runStart) parts.push(input.slice(runStart, runEnd));
    runStart = runEnd = -1;
    if (code === 0x2026) {
      parts.push('...');
      for (let k = 0; k < 3; k++) runs.map(i, i + 1);
    } else {
      parts.push(String.fromCharCode(cls));
      runs.map(i, i + 1);
    }
  }
  if (runEnd > runStart) parts.push(input.slice(runStart, runEnd));
  const text = parts.length === 1 ? (parts[0] as string) : parts.join('');
  return new Normalized(text, runs.norm, runs.orig);
}

/** Maps a half-open range of the normalised text back to a half-open range of the submitted text. */
export function toOriginal(norm: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = norm.at(start) ?? 0;
    return { start: at, end: at };
  }
  return { start: norm.at(start) as number, end: (norm.at(end - 1) as number) + 1 };
}
