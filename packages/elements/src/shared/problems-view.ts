import { html, nothing, type TemplateResult } from 'lit';
import { fillPlaceholders } from '@ketahanan/model';
import type { KlErrorDetail } from './content-controller.js';
import { commonMessages, type MessagesHost } from './messages/index.js';

type Host = MessagesHost & { readonly language: string };

/**
 * The error state every element shows instead of going blank: a heading-less alert (the host page owns
 * the heading outline) that says what is wrong and where, e.g. `faq[2].answer: …`: the first problems
 * (at most MAX_PROBLEMS_SHOWN, see content-limits.ts), then "and more" when there are others.
 */
export function renderProblems(
  host: Host,
  { problems, more }: Pick<KlErrorDetail, 'problems'> & { readonly more?: boolean },
): TemplateResult {
  const text = commonMessages(host).common;
  return html`<div class="problems" part="error" role="alert">
    <p class="problems__title"><strong>${text.errorTitle}</strong></p>
    <p class="problems__intro">${text.errorIntro}</p>
    <ul class="problems__list">
      ${problems.map(
        (problem) =>
          html`<li>
            ${fillPlaceholders(host.language, problem.path ? text.problemAt : text.problemWhole, { ...problem })}
          </li>`,
      )}
    </ul>
    ${more ? html`<p class="problems__more">${text.moreProblems}</p>` : nothing}
  </div>`;
}

/** Shown while `src` loads: a polite status line so the element is never an empty box. */
export function renderLoading(host: Host): TemplateResult {
  return html`<p class="loading" part="loading" role="status" aria-live="polite">
    ${commonMessages(host).common.loading}
  </p>`;
}
