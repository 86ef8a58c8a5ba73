import { html, type TemplateResult } from 'lit';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The level a widget's headings take when the page says nothing (or nothing usable). */
export const DEFAULT_HEADING_LEVEL = 3;

/**
 * The one rule for `heading-level`, in every element: the host page owns the outline, so it says where the
 * widget's headings sit in it. A number is rounded and kept within 1–6 (`9` gives 6, `0` gives 1), so the
 * outline bends rather than breaks; anything that is not a number (empty, `"h2"`, missing) gives 3.
 * Sub-headings go one level deeper ({@link subLevel}), never past 6.
 */
export function headingLevel(value: unknown): HeadingLevel {
  // Text counts as a number only when it has a digit: `Number('')` and `Number(' ')` would be 0.
  const level = Math.round(typeof value === 'number' || /\d/.test(String(value)) ? Number(value) : NaN);
  // NaN fails both comparisons.
  return (level >= 1 ? Math.min(level, 6) : level < 1 ? 1 : DEFAULT_HEADING_LEVEL) as HeadingLevel;
}

/** One level deeper, never past 6. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/**
 * The strings of one template written with `<hN>` and `</hN>`, once per level (index: level - 1), for
 * `html(strings, ...values)` to render a real `<h1>`–`<h6>` of a run-time level. Lit cannot bind a tag
 * name, and `lit/static-html` or one copy of the template per level cost more bytes. Lit takes only
 * template strings arrays (arrays with `raw`); these are made from our own literals, never from content.
 */
// Typed with the holes a tagged template passes, which only mark where `html` will put values.
/* @__NO_SIDE_EFFECTS__ */
export const byLevel: (
  strings: TemplateStringsArray,
  ...holes: unknown[]
) => readonly TemplateStringsArray[] = (strings) =>
  [1, 2, 3, 4, 5, 6].map((level) => {
    const leveled = strings.map((part) => part.replace(/(<\/?h)N\b/g, `$1${String(level)}`));
    return Object.assign(leveled, { raw: leveled });
  });

const headings = byLevel`<hN class=${0} part=${0}>${0}</hN>`;

/** A real `<h1>`–`<h6>` (not `role="heading"`) of a run-time level, with its class and part. */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  className: string,
  part: string,
): TemplateResult {
  return html(headings[level - 1] as TemplateStringsArray, className, part, content);
}
