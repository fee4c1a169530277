/** Named character references common in news pages; others are left as written. */
const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0'],
  ['ndash', '\u2013'], ['mdash', '\u2014'], ['lsquo', '\u2018'], ['rsquo', '\u2019'], ['sbquo', '\u201a'],
  ['ldquo', '\u201c'], ['rdquo', '\u201d'], ['bdquo', '\u201e'], ['hellip', '\u2026'], ['middot', '\u00b7'],
  ['bull', '\u2022'], ['copy', '\u00a9'], ['reg', '\u00ae'], ['trade', '\u2122'], ['deg', '\u00b0'],
  ['laquo', '\u00ab'], ['raquo', '\u00bb'], ['euro', '\u20ac'], ['pound', '\u00a3'], ['shy', ''],
  ['thinsp', '\u2009'], ['ensp', '\u2002'], ['emsp', '\u2003'], ['zwj', '\u200d'], ['zwnj', '\u200c'],
  ['eacute', '\u00e9'], ['egrave', '\u00e8'], ['aacute', '\u00e1'], ['agrave', '\u00e0'], ['iacute', '\u00ed'],
  ['oacute', '\u00f3'], ['uacute', '\u00fa'], ['ntilde', '\u00f1'], ['ccedil', '\u00e7'], ['uuml', '\u00fc'],
  ['ouml', '\u00f6'], ['auml', '\u00e4'], ['szlig', '\u00df'], ['times', '\u00d7'], ['frac12', '\u00bd'],
  ['atilde', '\u00e3'], ['otilde', '\u00f5'], ['acirc', '\u00e2'], ['ecirc', '\u00ea'], ['ocirc', '\u00f4'],
  ['euml', '\u00eb'], ['iuml', '\u00ef'], ['aring', '\u00e5'], ['oslash', '\u00f8'],
]);

/** The names HTML also defines in capitals for the same character (`&AMP;`, `&QUOT;`). */
const UPPER_ALIASES: ReadonlySet<string> = new Set(['AMP', 'LT', 'GT', 'QUOT', 'COPY', 'REG', 'TRADE']);

/** An accented letter's name (`eacute`): HTML names its capital with a capital first letter (`&Eacute;` is É). */
const LETTER = /^[a-z](?:acute|grave|circ|tilde|uml|cedil|ring|slash)$/;

/**
 * Numeric references to C1 controls (`&#146;`): HTML reads them as the Windows-1252 characters old pages meant
 * (`&#146;` is ’, `&#151;` is —). The five code points Windows-1252 leaves undefined stay as they are.
 */
const WINDOWS_1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * A character reference: numeric (the ";" may be left out, as browsers allow), named with its ";", or one of the legacy
 * names browsers also read without it ("&nbsp", "&amp") when no letter or digit follows.
 */
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]+);?|#(\d+);?|([a-zA-Z][a-zA-Z0-9]{1,9});|(amp|lt|gt|quot|nbsp|copy|reg)(?![a-zA-Z0-9]))/g;

/**
 * The character of a numeric reference, as HTML reads it: U+FFFD for a code point that is not a valid scalar value
 * (however many digits it has), the Windows-1252 character for a C1 control.
 */
function fromCodePoint(cp: number): string {
  if (cp >= 0x80 && cp <= 0x9f) return WINDOWS_1252[cp - 0x80]!;
  return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
}

/** The character of a named reference, or null for a name HTML does not define (or this table does not hold). */
function named(name: string): string | null {
  const exact = NAMED.get(name);
  if (exact !== undefined) return exact;
  const lower = name.toLowerCase();
  if (UPPER_ALIASES.has(name)) return NAMED.get(lower) ?? null;
  // "&Ouml;" is Ö, not ö: only the first letter is a capital, and the character is the capital letter.
  if (LETTER.test(lower) && name === lower[0]!.toUpperCase() + lower.slice(1)) return NAMED.get(lower)?.toUpperCase() ?? null;
  return null;
}

/** Decodes character references in HTML text or attribute values (the tokenizer hands them over raw). */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined, legacy: string | undefined) => {
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return fromCodePoint(Number(dec));
    if (legacy !== undefined) return NAMED.get(legacy) as string;
    return named(name ?? '') ?? whole;
  });
}
