import type { Span } from '../types.ts';
import { WEEKDAY_PATTERN } from './dates.ts';

/** A dateline found at the top of an article, as offsets into the normalised text. */
export interface RawDateline {
  place: string | null;
  /** The date as written ("Oct. 3"), or null. */
  dateText: string | null;
  /** The wire agency named in the dateline ("Xinhua"), or null. */
  agency: string | null;
  /** The whole dateline including its separator; the first sentence starts at `span.end`. */
  span: Span;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?';
/** "KANDAHAR, Afghanistan, Oct. 3 (Xinhua) --", "TEHRAN -", "LONDON (Reuters) -". Bounded, anchored: no backtracking blow-up. */
const PLACE_DATELINE = new RegExp(
  `^([A-Z][A-Z'.]{1,24}(?: [A-Z][A-Z'.]{1,24}){0,3})` +
    `((?:, ?[A-Z][A-Za-z.']{1,24}(?: [A-Z][A-Za-z.']{1,24}){0,2}){0,2}?)` +
    `(?:,? (${MONTH} \\d{1,2}(?:, \\d{4})?))?` +
    `(?: ?\\(([A-Z][A-Za-z .]{1,30})\\))?` +
    ` ?(?:-{1,3}|:) `,
);
/** "Washington (CNN) --", "New Delhi, India (CNN)": a place in title case, only before a wire agency or network. */
const TITLE_PLACE_DATELINE = /^(?!(?:The|An?|Mrs?|Ms|Dr) )([A-Z][a-z]{1,24}(?: [A-Z][a-z]{1,24}){0,2})((?:, [A-Z][A-Za-z.']{1,24}(?: [A-Z][A-Za-z.']{1,24})?){0,2}) \((CNN|AP|AFP|Reuters|Xinhua|UPI|Bloomberg|EFE|ANI|PTI|IANS)\) ?(?:-{1,3} )?/;
/** "(CNN)" or "(CNN) --" before the first sentence. */
const AGENCY_DATELINE = /^\(([A-Z][A-Za-z .]{1,30})\) ?(?:-{1,3} )?/;
/** "Thursday, January 24, 2019" alone on the first line. */
const DATE_LINE = new RegExp(`^(?:${WEEKDAY_PATTERN}, )?(${MONTH} \\d{1,2}, \\d{4})\\n`);

/** Finds the dateline at the start of normalised text, or returns null. */
export function findDateline(text: string): RawDateline | null {
  const head = text.slice(0, 200);
  const place = PLACE_DATELINE.exec(head);
  if (place) {
    const region = (place[2] ?? '').replace(/^, ?/, '').trim();
    const name = titleCase(place[1] as string) + (region ? `, ${region.replace(/, ?/g, ', ')}` : '');
    return {
      place: name,
      dateText: place[3] ?? null,
      agency: place[4] ?? null,
      span: { start: 0, end: place[0].length },
    };
  }
  const titled = TITLE_PLACE_DATELINE.exec(head);
  if (titled) {
    const region = (titled[2] ?? '').replace(/^, /, '');
    return { place: (titled[1] as string) + (region ? `, ${region}` : ''), dateText: null, agency: titled[3] as string, span: { start: 0, end: titled[0].length } };
  }
  const agency = AGENCY_DATELINE.exec(head);
  if (agency) return { place: null, dateText: null, agency: agency[1] as string, span: { start: 0, end: agency[0].length } };
  const dated = DATE_LINE.exec(head);
  if (dated) return { place: null, dateText: dated[1] as string, agency: null, span: { start: 0, end: dated[0].length } };
  return null;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[ '-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
