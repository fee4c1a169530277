import { isoDate, monthNumber, resolveMonthDay, WEEKDAY_NAMES } from '../../text/dates.ts';
import type { Doc, Facts } from '../../types.ts';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAYS = WEEKDAY_NAMES;
/**
 * A date as written. Every alternative opens with a letter or a digit; a match counts only where it opens a word
 * (opensWord), tested on the few matches instead of at every position searched, as a leading `\b` was.
 */
const DATE_RE = new RegExp(
  `(?:${[
    `${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?(?!\\d)`,
    `\\d{1,2} ${MONTH}(?: \\d{4})?\\b`,
    `(?:${WEEKDAYS.join('|')})\\b`,
    '(?:yesterday|today|tomorrow|last (?:week|month|year|night)|this (?:week|month|year))\\b',
    `${MONTH} \\d{4}\\b`,
    '\\d{4}-\\d{2}-\\d{2}\\b',
  ].join('|')})`,
  'g',
);

/** Whether position `at` of `text` follows no word character (`\w`: ASCII letters, digits and "_"): `\b` before a word character. */
function opensWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
}

function shiftDays(iso: string, days: number): string | null {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = Date.UTC(y, m - 1, d) + days * 86_400_000;
  const date = new Date(t);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Words before a weekday that put it ahead of the reference date ("will report on Monday", "is to report on Monday", "next Friday"). */
const FUTURE_BEFORE = /\b(?:will|shall|won't|next|due|set to|scheduled|expected to|plans? to|planned|going to|is to|are to)\b[^.!?;]{0,50}$|'ll\b[^.!?;]{0,50}$/i;

/**
 * Resolves a written date against the reference date (publication or dateline) to ISO 8601 at the precision written:
 * a day (2021-07-28), a month ("June 2019", "last month": 2019-06) or a year ("last year": 2020); null when it cannot
 * be pinned ("last week"). A weekday is the last one on or before the reference date, or with `future` the next one
 * after it.
 */
export function resolveDate(text: string, reference: string | null, future = false): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  // "June 2019": the month, as ISO 8601 writes a month (2019-06).
  const monthYear = /^([A-Za-z]+)\.? (\d{4})$/.exec(text);
  if (monthYear) {
    const month = monthNumber(monthYear[1] as string);
    return month === null || Number(monthYear[2]) < 1 ? null : `${monthYear[2]}-${String(month).padStart(2, '0')}`;
  }
  const dayFirst = /^(\d{1,2}) ([A-Za-z]+)\.?(?: (\d{4}))?$/.exec(text);
  if (dayFirst) return resolveMonthDay(`${dayFirst[2]} ${dayFirst[1]}${dayFirst[3] ? `, ${dayFirst[3]}` : ''}`, reference);
  const md = resolveMonthDay(text, reference);
  if (md || !reference) return md;
  const lower = text.toLowerCase();
  if (lower === 'today') return reference;
  if (lower === 'yesterday') return shiftDays(reference, -1);
  if (lower === 'tomorrow') return shiftDays(reference, 1);
  // "last year", "this month": the year (2020) or the month (2021-07) the reference date gives.
  const year = Number(reference.slice(0, 4));
  const month = Number(reference.slice(5, 7));
  if (lower === 'this year') return String(year).padStart(4, '0');
  if (lower === 'last year') return year > 1 ? String(year - 1).padStart(4, '0') : null;
  if (lower === 'this month') return reference.slice(0, 7);
  if (lower === 'last month') return month === 1 ? `${String(year - 1).padStart(4, '0')}-12` : `${reference.slice(0, 4)}-${String(month - 1).padStart(2, '0')}`;
  const weekday = WEEKDAYS.indexOf(text);
  if (weekday >= 0) {
    const [y, m, d] = reference.split('-').map(Number) as [number, number, number];
    const refDay = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    if (future) return shiftDays(reference, (weekday - refDay + 7) % 7 || 7);
    return shiftDays(reference, -((refDay - weekday + 7) % 7));
  }
  return null;
}

/** Dates as written ("Wednesday", "July 23", "last year"), with ISO dates (day, month or year) when the reference date pins them. */
export function extractDates(doc: Doc): Facts['dates'] {
  const reference = doc.publishedAt ?? doc.dateline?.date ?? null;
  const dates: Facts['dates'] = [];
  // exec in a loop, not matchAll: matchAll copies the expression on every call.
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(doc.text); m !== null; m = DATE_RE.exec(doc.text)) {
    const start = m.index;
    // A match inside a word ("CyberMonday") is none: the search goes on from the next position, so the matches are
    // those of `\b(?:…)`.
    if (!opensWord(doc.text, start)) {
      DATE_RE.lastIndex = start + 1;
      continue;
    }
    const text = m[0];
    if (/^May$/.test(text) || (/^[A-Z][a-z]+\.? \d{4}$/.test(text) && monthNumber(text.split(' ')[0] as string) === null)) continue;
    const future = WEEKDAYS.includes(text) && FUTURE_BEFORE.test(doc.text.slice(Math.max(0, start - 60), start));
    dates.push({ text, iso: resolveDate(text, reference, future), evidence: { start, end: start + text.length, text } });
  }
  // "Wednesday, July 9, 2014", "Friday, 21 July 1972": a weekday written with its date is that date.
  for (let k = 0; k + 1 < dates.length; k++) {
    const day = dates[k] as Facts['dates'][number];
    const next = dates[k + 1] as Facts['dates'][number];
    if (!WEEKDAYS.includes(day.text) || next.iso === null || next.iso.length !== 10) continue;
    if (/^,? $/.test(doc.text.slice(day.evidence.end, next.evidence.start))) day.iso = next.iso;
  }
  return dates;
}
