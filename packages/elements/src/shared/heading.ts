import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The `heading-level` attribute as a level: the host page owns the outline, so it says where the widget's
 * headings sit in it. Anything that is not 1–6 falls back to `fallback` rather than breaking the outline.
 */
export function headingLevel(value: unknown, fallback: HeadingLevel = 3): HeadingLevel {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? (level as HeadingLevel) : fallback;
}

/** One level deeper, never past 6. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

export interface HeadingOptions {
  readonly id?: string;
  readonly className?: string;
  readonly part?: string;
}

/**
 * A real `<h1>`–`<h6>` (not `role="heading"`) of a run-time level. Lit cannot bind a tag name, and
 * `lit/static-html` costs more bytes than these six small templates.
 */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  options: HeadingOptions = {},
): TemplateResult {
  const id = ifDefined(options.id);
  const className = ifDefined(options.className);
  const part = ifDefined(options.part);
  switch (level) {
    case 1:
      return html`<h1 id=${id} class=${className} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${className} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class=${className} part=${part}>${content}</h6>`;
  }
}
