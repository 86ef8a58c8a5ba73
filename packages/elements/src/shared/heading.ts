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
 * A real `<h1>`–`<h6>` (not `role="heading"`) of a run-time level, with its class and part. Lit cannot bind
 * a tag name, and `lit/static-html` costs more bytes than these six small templates.
 */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  className: string,
  part: string,
): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class=${className} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className} part=${part}>${content}</h6>`;
  }
}
