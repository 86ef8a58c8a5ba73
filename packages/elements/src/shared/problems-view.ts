import { html, nothing, type TemplateResult } from 'lit';
import { fillPlaceholders, type Locale } from '@ketahanan/model';
import type { KlErrorDetail } from './content-controller.js';
import { commonMessages } from './messages/index.js';

/**
 * The error state every element shows instead of going blank: a heading-less alert (the host page owns
 * the heading outline) that says what is wrong and where, e.g. `faq[2].answer: …`: the first problems
 * (at most MAX_PROBLEMS_SHOWN, see content-limits.ts), then "and more" when there are others.
 */
export function renderProblems(
  locale: Locale,
  { problems, more }: Pick<KlErrorDetail, 'problems'> & { readonly more?: boolean },
): TemplateResult {
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
    ${more ? html`<p class="problems__more">${text.moreProblems}</p>` : nothing}
  </div>`;
}

/** Shown while `src` loads: a polite status line so the element is never an empty box. */
export function renderLoading(locale: Locale): TemplateResult {
  return html`<p class="loading" part="loading" role="status" aria-live="polite">
    ${commonMessages(locale).common.loading}
  </p>`;
}
