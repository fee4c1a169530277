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
]);

/**
 * A character reference: numeric (the ";" may be left out, as browsers allow), named with its ";", or one of the legacy
 * names browsers also read without it ("&nbsp", "&amp") when no letter or digit follows.
 */
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6});?|#(\d{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,9});|(amp|lt|gt|quot|nbsp|copy|reg)(?![a-zA-Z0-9]))/g;

/** The character of a numeric reference, or U+FFFD for a code point that is not a valid scalar value. */
function fromCodePoint(cp: number): string {
  return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
}

/** Decodes character references in HTML text or attribute values (the tokenizer hands them over raw). */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined, legacy: string | undefined) => {
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return fromCodePoint(Number(dec));
    if (legacy !== undefined) return NAMED.get(legacy) as string;
    return NAMED.get(name ?? '') ?? NAMED.get((name ?? '').toLowerCase()) ?? whole;
  });
}
