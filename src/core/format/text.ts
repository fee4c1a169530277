/** The ellipsis appended to anything cut short. */
export const ELLIPSIS = '…';

/** Collapses every run of whitespace (line breaks included) into one space and trims the ends. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Cuts `text` to at most `max` UTF-16 code units, ending with an ellipsis when it was cut. Never splits a surrogate
 * pair, and prefers to cut at a space when one is near the end, so no word is left half-written.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max - ELLIPSIS.length;
  if (end <= 0) return ELLIPSIS.slice(0, max);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  const space = text.lastIndexOf(' ', end);
  if (space > end - 20 && space > 0) end = space;
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/** Escapes text for Slack `mrkdwn`: only `&`, `<` and `>` are special, and escaping them also defuses `<!channel>`. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes text for Discord markdown with backslashes: emphasis, code, spoilers, quotes, masked links and
 * `<@…>` mentions (mentions are also switched off through `allowed_mentions`).
 */
export function escapeDiscord(text: string): string {
  return text.replace(/[\\*_~`|>[\]<@]/g, (ch) => `\\${ch}`);
}

/** Escapes text for CommonMark so article words never turn into emphasis, links or HTML. */
export function escapeMarkdown(text: string): string {
  // Inline marks anywhere; at the start, the marks that would open a heading, a quote, a list or a rule ("# Heading").
  return text.replace(/[\\`*_[\]<>~]/g, (ch) => `\\${ch}`).replace(/^(\s*)(?:([#+=|-])|(\d+)([.)]))/, (_m, space: string, mark?: string, digits?: string, delim?: string) => (mark ? `${space}\\${mark}` : `${space}${digits}\\${delim}`));
}

/**
 * Escapes `raw` with `escape` and fits the result into `max` characters, cutting the raw text (never the escaped
 * one, which could split an entity like `&amp;` or a backslash escape) with an ellipsis until it fits.
 */
export function fitEscaped(raw: string, max: number, escape: (text: string) => string): string {
  let candidate = raw;
  let escaped = escape(candidate);
  while (escaped.length > max && candidate.length > 0) {
    // Shrink in proportion to the overshoot (escapes expand some characters), by at least one character.
    const budget = Math.min(candidate.length - 1, Math.floor((candidate.length * max) / escaped.length));
    candidate = truncate(raw, budget);
    escaped = escape(candidate);
  }
  return escaped.length > max ? '' : escaped;
}
