/**
 * Normalisation for analysis: one canonical spelling of quotes, dashes and spaces, with a map from every normalised
 * character back to the submitted text, so every span found on the normalised text can be reported as offsets into
 * the text exactly as submitted.
 */
export interface Normalized {
  /** The normalised text. */
  text: string;
  /** `map[i]` is the offset in the submitted text of normalised character `i`; `map[text.length]` is the end. */
  map: Int32Array;
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

/**
 * Normalises `input`: CR/LF and Unicode line separators become `\n`; runs of spaces collapse to one space; lines
 * holding only spaces are empty; three or more line breaks become one paragraph break (`\n\n`); curly quotes become
 * straight ones, dashes become `-`, `…` becomes `...`; invisible characters (zero-width marks, soft hyphen, BOM) are
 * dropped; leading and trailing whitespace is trimmed. One pass, linear in the input.
 */
export function normalize(input: string): Normalized {
  const n = input.length;
  // Only an ellipsis grows (one character becomes three); everything else keeps or shrinks the length.
  let ellipses = 0;
  for (let at = input.indexOf('\u2026'); at >= 0; at = input.indexOf('\u2026', at + 1)) ellipses++;
  const map = new Int32Array(n + 2 * ellipses + 1);
  // The text is built from slices of the input: `input[runStart, runEnd)` is copied unchanged since the last part;
  // only characters that change are added one by one (most of an article is copied).
  const parts: string[] = [];
  let runStart = 0;
  let runEnd = 0;
  let len = 0;
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
    if (len > 0 && pendingBreaks > 0) {
      const breaks = pendingBreaks >= 2 ? 2 : 1;
      for (let k = 0; k < breaks; k++) {
        if (pendingBreakAt === runEnd && input.charCodeAt(pendingBreakAt) === 0x0a) runEnd++;
        else {
          if (runEnd > runStart) parts.push(input.slice(runStart, runEnd));
          parts.push('\n');
          runStart = runEnd = -1;
        }
        map[len++] = pendingBreakAt;
      }
    } else if (len > 0 && pendingSpace >= 0) {
      if (pendingSpace === runEnd && input.charCodeAt(pendingSpace) === 0x20) runEnd++;
      else {
        if (runEnd > runStart) parts.push(input.slice(runStart, runEnd));
        parts.push(' ');
        runStart = runEnd = -1;
      }
      map[len++] = pendingSpace;
    }
    pendingSpace = -1;
    pendingBreaks = 0;
    if (cls === 0 && code !== 0x2026) {
      if (i !== runEnd) {
        if (runEnd > runStart) parts.push(input.slice(runStart, runEnd));
        runStart = i;
      }
      runEnd = i + 1;
      map[len++] = i;
      continue;
    }
    if (runEnd > runStart) parts.push(input.slice(runStart, runEnd));
    runStart = runEnd = -1;
    if (code === 0x2026) {
      parts.push('...');
      for (let k = 0; k < 3; k++) map[len++] = i;
    } else {
      parts.push(String.fromCharCode(cls));
      map[len++] = i;
    }
  }
  if (runEnd > runStart) parts.push(input.slice(runStart, runEnd));
  map[len] = len > 0 ? (map[len - 1] as number) + 1 : 0;
  const text = parts.length === 1 ? (parts[0] as string) : parts.join('');
  return { text, map: len + 1 === map.length ? map : map.slice(0, len + 1) };
}

/** Maps a half-open range of the normalised text back to a half-open range of the submitted text. */
export function toOriginal(norm: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = norm.map[start] ?? 0;
    return { start: at, end: at };
  }
  return { start: norm.map[start] as number, end: (norm.map[end - 1] as number) + 1 };
}
