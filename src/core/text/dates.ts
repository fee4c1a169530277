/** English weekday names, Sunday first (the order of `Date.prototype.getUTCDay`). */
export const WEEKDAY_NAMES: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** A weekday name as a regular-expression source ("Monday" … "Sunday"), for patterns that name one. */
export const WEEKDAY_PATTERN = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
/** English month names, January first. */
export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_LOWER = MONTH_NAMES.map((m) => m.toLowerCase());
/** A month written out or abbreviated ("July", "Sept", "Oct"), as a regular-expression source for case-insensitive patterns. */
export const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** The month number (1-12) of an English month name or abbreviation, or null. */
export function monthNumber(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, '');
  const short = key.startsWith('sept') ? 'sept' : key.slice(0, 3);
  const n = MONTHS[short];
  if (n === undefined) return null;
  const full = MONTHS_LOWER[n - 1] as string;
  return full.startsWith(key) ? n : null;
}

/** `YYYY-MM-DD` for a valid calendar date, or null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > (days[month - 1] as number)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar date (`YYYY-MM-DD`) of an ISO 8601 date or date-time string, or null when it is not one. */
export function parseIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value);
  if (!m) return null;
  return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Resolves a written date ("Oct. 3", "October 3, 2021", "July 23") to `YYYY-MM-DD`. A date without a year takes the
 * year of `reference` (the publication date), or the year before when that would put it more than a month after it.
 */
export function resolveMonthDay(text: string, reference: string | null): string | null {
  const m = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/.exec(text.trim());
  if (!m) return null;
  const month = monthNumber(m[1] as string);
  if (month === null) return null;
  const day = Number(m[2]);
  if (m[3]) return isoDate(Number(m[3]), month, day);
  if (!reference) return null;
  const refYear = Number(reference.slice(0, 4));
  const refMonth = Number(reference.slice(5, 7));
  const year = month > refMonth + 1 ? refYear - 1 : refYear;
  return isoDate(year, month, day);
}
