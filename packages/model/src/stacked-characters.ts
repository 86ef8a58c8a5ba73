/**
 * How many code points one character may stack. A "character" here is what a reader sees as one: an
 * extended grapheme cluster (Unicode UAX #29), a letter with its marks, an emoji with its skin tone and
 * joined emoji, a Hangul syllable from its jamo. No line breaker splits one, so a character stacked from
 * thousands of marks ("Zalgo" text, a broken copy) is one unbreakable box as wide as all of them, and no
 * stylesheet keeps it inside a phone-width column: it pushed every widget and the host page sideways.
 *
 * Twelve holds every real character with room to spare: a family emoji with four skin tones is eleven code
 * points, the longest Sanskrit conjuncts with a vowel sign about ten, Vietnamese or Thai stack two or three.
 * And twelve wide glyphs still fit a 320 px column in every widget (the rendering tests place them there);
 * sixteen did not.
 */
export const MAX_CHARACTER_CODE_POINTS = 12;

/**
 * A character longer than the limit holds that many code points in a row at or above U+0300 (every mark,
 * joiner, skin tone and jamo is), so at least as many UTF-16 units: text without such a run, almost all
 * text, is never segmented. (Only a Latin letter between prepended signs and marks, under the limit on
 * each side, escapes it: at most 23 code points.) Without the `u` flag, which made this test three times
 * slower (4.5 against 1.5 ms for 5,000 partner descriptions in Node).
 */
const LONG_NON_LATIN_RUN = new RegExp(`[^\\0-\\u02FF]{${String(MAX_CHARACTER_CODE_POINTS)}}`);

/**
 * The first character of `text` stacked from more than {@link MAX_CHARACTER_CODE_POINTS} code points: its
 * place counted in code points from 1 (as editors count columns) and its size; `undefined` when none is.
 *
 * A browser without `Intl.Segmenter` (Firefox before 125, the README's browser table) accepts every text:
 * a pattern cannot find characters as Unicode's segmentation does, and a rule that differed by browser
 * would make the same document valid in one and refused in another.
 */
export function firstStackedCharacter(text: string): { position: number; size: number } | undefined {
  if (typeof Intl.Segmenter !== 'function' || !LONG_NON_LATIN_RUN.test(text)) return undefined;
  let position = 1;
  // Grapheme clusters are a segmenter's default unit; the locale does not change them.
  for (const { segment } of new Intl.Segmenter().segment(text)) {
    // Code points, not UTF-16 units (an emoji is one), are what the limit counts.
    // eslint-disable-next-line @typescript-eslint/no-misused-spread -- splitting into code points is the point
    const size = [...segment].length;
    if (size > MAX_CHARACTER_CODE_POINTS) return { position, size };
    position += size;
  }
  return undefined;
}

/** Whether every character of `text` stacks at most {@link MAX_CHARACTER_CODE_POINTS} code points. */
export function withoutStackedCharacters(text: string): boolean {
  return firstStackedCharacter(text) === undefined;
}
