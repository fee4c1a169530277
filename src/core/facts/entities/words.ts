import { HONORIFICS, INSTITUTION_WORDS, TITLE_HEADS } from '../../lexicon/titles.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../text/dates.ts';

/**
 * Word sets and tests the people, the organisations, the towns and the scan all read (index.ts imports towns.ts, so they live here rather
 * than there).
 */

/** Words that head names of bodies ("Ministry", "Police", "University"). */
export const INSTITUTIONS = new Set(INSTITUTION_WORDS);
/** Weekdays and months. */
export const CALENDAR = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);
/** Title heads in lower case ("minister", "spokesman", "attorney"). */
export const HEADS = new Set(TITLE_HEADS);
/** Honorifics of one word ("Mr", "Gen."). */
export const HONORIFIC = new Set(HONORIFICS.filter((h) => !h.includes(' ')));
/** Capitalised titles and honorifics of one word ("Commandant", "Admiral", "Gen."). */
export const TITLES = new Set([...HONORIFIC, ...TITLE_HEADS.map((t) => t.charAt(0).toUpperCase() + t.slice(1))]);

/** Right after a name: an age (", 34,", "(34)"), or a verb of saying ("Jim Murphy said"). */
const PERSON_AFTER = /^(?:,\s*(?:aged\s+)?\d{1,3}\b|\s*\(\d{1,3}\)|\s+(?:said|says|told|tells|added|adds|wrote|writes|explained|insisted|argued|warned|recalled)\b)/;
/** Right before a name: a verb of saying ("said Jim Murphy"). */
const PERSON_BEFORE = /\b(?:said|says|told|added|according to)\s+$/;

/** Whether a mention reads as a person's: an age or a verb of saying right next to it. */
export function personContext(text: string, e: { start: number; end: number }): boolean {
  return PERSON_AFTER.test(text.slice(e.end, e.end + 24)) || PERSON_BEFORE.test(text.slice(Math.max(0, e.start - 20), e.start));
}
