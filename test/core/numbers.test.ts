import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/core/facts/casualties/numbers.ts';

const cases: Array<[string, number, number | null, number | null]> = [
  ['one', 1, null, null],
  ['forty-eight', 48, null, null],
  ['a dozen', 12, null, null],
  ['half a dozen', 6, null, null],
  ['dozens', 12, null, null],
  ['scores', 20, null, null],
  ['tens', 10, null, null],
  ['hundreds', 100, null, null],
  ['tens of thousands', 10000, null, null],
  ['5,000', 5000, null, null],
  ['1.2 million', 1_200_000, null, null],
  ['two hundred and five', 205, null, null],
  ['three thousand', 3000, null, null],
  ['at least 20', 20, 20, null],
  ['more than 5,000', 5000, 5000, null],
  ['nearly 100', 100, null, 100],
  ['up to 30', 30, null, 30],
  ['about 40', 40, null, null],
  ['between 10 and 20', 10, 10, 20],
  ['10 to 12', 10, 10, 12],
  ['10-20', 10, 10, 20],
];

const notNumbers = ['aged 28', '3 p.m.', '12-year-old', '20s', 'a few', 'several', 'between 10', 'G20', ''];

describe('parseQuantity', () => {
  it.each(cases)('%s → %i (low %s, high %s)', (text, value, low, high) => {
    expect(parseQuantity(text)).toEqual({ value, low, high });
  });

  it.each(notNumbers)('%s is not a figure', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });
});
