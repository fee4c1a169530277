/**
 * Number words as data: cardinals, scale words, vague quantities (ACLED conventions) and the words that turn a
 * figure into a bound or an estimate.
 */

/** Cardinal words below one hundred. */
export const SMALL_NUMBERS: ReadonlyArray<readonly [string, number]> = [
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80],
  ['ninety', 90],
];

/** Multipliers: "two hundred", "1.2 million", "3 thousand". */
export const SCALE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['dozen', 12], ['hundred', 100], ['thousand', 1000], ['million', 1_000_000], ['billion', 1_000_000_000],
];

/**
 * Vague plural quantities and the figure coders record for them (ACLED): "dozens" 12, "scores" 20, "tens" 10,
 * "hundreds" 100. A following "of thousands" multiplies ("tens of thousands" 10,000).
 */
export const VAGUE_QUANTITIES: ReadonlyArray<readonly [string, number]> = [
  ['tens', 10], ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1000], ['millions', 1_000_000],
];

/** Article-led quantities: "a dozen" 12, "a score" 20, "a couple" 2, "a hundred" 100. */
export const ARTICLE_QUANTITIES: ReadonlyArray<readonly [string, number]> = [
  ['dozen', 12], ['score', 20], ['couple', 2], ['pair', 2], ['hundred', 100], ['thousand', 1000],
  ['million', 1_000_000],
];

/** Words before a figure that make it a lower bound: "at least 20", "more than 5,000". */
export const LOWER_BOUND_PHRASES: readonly string[] = [
  'at least', 'more than', 'over', 'upwards of', 'in excess of', 'no fewer than', 'no less than', 'not less than',
  'a minimum of',
];

/** Words before a figure that make it an upper bound: "up to 30", "nearly 100". */
export const UPPER_BOUND_PHRASES: readonly string[] = [
  'up to', 'nearly', 'almost', 'fewer than', 'less than', 'under', 'at most', 'no more than', 'close to', 'as many as',
];

/** Words before a figure that make it an estimate without a bound: "about 40". */
export const ESTIMATE_PHRASES: readonly string[] = [
  'about', 'around', 'approximately', 'roughly', 'some', 'an estimated', 'estimated', 'some estimated', 'perhaps',
  'possibly', 'reportedly', 'a total of', 'another', 'an additional', 'a further',
];
