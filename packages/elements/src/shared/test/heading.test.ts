/** The one `heading-level` rule every element follows (see heading.ts). */
import { describe, expect, it } from 'vitest';
import { headingLevel, subLevel } from '../heading.js';

describe('heading-level', () => {
  it.each([
    ['2', 2],
    [4, 4],
    ['6', 6],
    ['9', 6],
    [9, 6],
    ['0', 1],
    [-3, 1],
    ['2.4', 2],
    [' 5 ', 5],
    [Infinity, 6],
  ])('%j gives level %i: a number is rounded and kept within 1–6', (value, level) => {
    expect(headingLevel(value)).toBe(level);
  });

  it.each(['', '  ', 'h2', 'dua', null, undefined, Number.NaN, {}])(
    '%j gives the default 3: it is not a number',
    (value) => {
      expect(headingLevel(value)).toBe(3);
    },
  );

  it('puts sub-headings one level deeper, never past 6', () => {
    expect([1, 2, 3, 4, 5, 6].map((level) => subLevel(level as 1))).toEqual([2, 3, 4, 5, 6, 6]);
  });
});
