import { html, type TemplateResult } from 'lit';
import { fillPlaceholders, type Locale, type Problem } from '@ketahanan/model';
import { commonMessages } from './messages/index.js';

/**
 * The error state every element shows instead of going blank: a heading-less alert (the host page owns
 * the heading outline) that says what is wrong and where, e.g. `faq[2].answer: …`.
 */
export function renderProblems(locale: Locale, problems: readonly Problem[]): TemplateResult {
  const text = commonMessages(locale).common;
  return html`<div class="problems" part="error" role="alert">
    <p class="problems__title"><strong>${text.errorTitle}</strong></p>
    <p class="problems__intro">${text.errorIntro}</p>
    <ul class="problems__list">
      ${problems.map(
        (problem) =>
          html`<li>
            ${fillPlaceholders(locale, problem.path ? text.problemAt : text.problemWhole, { ...problem })}
          </li>`,
      )}
    </ul>
  </div>`;
}

/** Shown while `src` loads: a polite status line so the element is never an empty box. */
export function renderLoading(locale: Locale): TemplateResult {
  return html`<p class="loading" part="loading" role="status" aria-live="polite">
    ${commonMessages(locale).common.loading}
  </p>`;
}
