import { HONORIFICS, INSTITUTION_WORDS, TITLE_HEADS } from '../../lexicon/titles.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../text/dates.ts';

/**
 * Word sets the people, the organisations and the towns all read (index.ts imports towns.ts, so they live here rather
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
