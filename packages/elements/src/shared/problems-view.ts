import { html, nothing, type TemplateResult } from 'lit';
import { fillPlaceholders, type Locale, type Problem } from '@ketahanan/model';
import { MAX_PROBLEMS_SHOWN } from './content-limits.js';
import { commonMessages } from './messages/index.js';

/**
 * The error state every element shows instead of going blank: a heading-less alert (the host page owns
 * the heading outline) that says what is wrong and where, e.g. `faq[2].answer: …`. Only the first
 * {@link MAX_PROBLEMS_SHOWN} problems are listed, then how many more there are.
 */
export function renderProblems(locale: Locale, problems: readonly Problem[]): TemplateResult {
  const text = commonMessages(locale).common;
  return html`<div class="problems" part="error" role="alert">
    <p class="problems__title"><strong>${text.errorTitle}</strong></p>
    <p class="problems__intro">${text.errorIntro}</p>
    <ul class="problems__list">
      ${problems
        .slice(0, MAX_PROBLEMS_SHOWN)
        .map(
          (problem) =>
            html`<li>
              ${fillPlaceholders(locale, problem.path ? text.problemAt : text.problemWhole, { ...problem })}
            </li>`,
        )}
    </ul>
    ${
      problems.length > MAX_PROBLEMS_SHOWN
        ? html`<p class="problems__more">
            ${fillPlaceholders(locale, text.moreProblems, { count: problems.length - MAX_PROBLEMS_SHOWN })}
          </p>`
        : nothing
    }
  </div>`;
}

/** Shown while `src` loads: a polite status line so the element is never an empty box. */
export function renderLoading(locale: Locale): TemplateResult {
  return html`<p class="loading" part="loading" role="status" aria-live="polite">
    ${commonMessages(locale).common.loading}
  </p>`;
}
