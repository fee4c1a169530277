/** A token of a sentence with its offsets in the submitted text. */
export interface Tok {
  /** Lower case, curly apostrophes folded to "'". */
  w: string;
  /** As written. */
  raw: string;
  start: number;
  end: number;
  /** 'num' for tokens that start with a digit, 'word' for words, 'punct' for anything else. */
  kind: 'num' | 'word' | 'punct';
}

/**
 * Digits with separators and an optional hyphenated tail ("5,000", "1.2", "12-year-old", "10-20"), words with inner
 * apostrophes, hyphens and periods ("Armenia's", "forty-eight", "p.m"), or one other character. Each repetition must
 * consume a separator first, so matching stays linear.
 */
const TOKEN = /\p{N}+(?:[.,:]\p{N}+)*\p{L}*(?:-[\p{L}\p{N}]+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’.\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** A one-character token is a word when it is a letter or a number (ASCII checked first, the rest by Unicode class). */
function isLetterOrNumber(c: number, raw: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return /^[\p{L}\p{M}\p{N}]/u.test(raw);
}

/** Tokens of `text` (a slice of the document starting at `offset`), with document offsets. */
export function tokenizeSpan(text: string, offset: number): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    const kind = c >= 48 && c <= 57 ? 'num' : raw.length > 1 || isLetterOrNumber(c, raw) ? 'word' : 'punct';
    const start = offset + m.index;
    const lower = raw.toLowerCase();
    out.push({ w: lower.includes('’') ? lower.replace(/’/g, "'") : lower, raw, start, end: start + raw.length, kind });
  }
  return out;
}
