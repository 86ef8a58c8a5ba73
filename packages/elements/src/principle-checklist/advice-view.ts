import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Challenge, Principle } from '@ketahanan/model';
import { renderHeading, type HeadingLevel } from '../shared/heading.js';
import type { ChecklistMessages } from '../shared/messages/index.js';

/** One advice entry per principle id, built once per content and locale (not once per tick). */
export type AdviceItems = ReadonlyMap<string, TemplateResult>;

/**
 * The advice for every principle: its related challenge and that challenge's solution (the model's optional
 * link `principle.prevents`); a principle without a related challenge shows its own description instead.
 */
export function buildAdviceItems(
  principles: readonly Principle[],
  challenges: readonly Challenge[],
  messages: ChecklistMessages,
): AdviceItems {
  const text = messages.checklist;
  const challengeById = new Map(challenges.map((challenge) => [challenge.id, challenge]));
  return new Map(
    principles.map((principle) => {
      const challenge = principle.prevents === undefined ? undefined : challengeById.get(principle.prevents);
      return [
        principle.id,
        html`<li class="checklist__advice-item" part="advice-item" data-principle=${principle.id}>
          <strong class="checklist__advice-title">${principle.title}</strong>
          ${
            challenge
              ? html`<p>
                    <span class="checklist__advice-label">${text.adviceChallenge}:</span>
                    ${challenge.title}. ${challenge.description}
                  </p>
                  <p>
                    <span class="checklist__advice-label">${text.adviceSolution}:</span>
                    ${challenge.solution}
                  </p>`
              : html`<p>${principle.description}</p>`
          }
        </li>`,
      ];
    }),
  );
}

/**
 * What to work on: the prebuilt advice of each unchecked principle, keyed by id so a tick inserts or removes
 * one item instead of rewriting every item after it. With every principle checked, a short confirmation
 * takes its place.
 */
export function renderAdvice(
  unchecked: readonly Principle[],
  items: AdviceItems,
  level: HeadingLevel,
  messages: ChecklistMessages,
): TemplateResult {
  const text = messages.checklist;
  if (unchecked.length === 0) {
    return html`<p class="checklist__done" part="confirmation">${text.allDone}</p>`;
  }
  return html`<div class="checklist__advice" part="advice">
    ${renderHeading(level, text.adviceHeading, 'checklist__advice-heading', 'advice-heading')}
    <ul class="checklist__advice-list" role="list">
      ${repeat(
        unchecked,
        (principle) => principle.id,
        (principle) => items.get(principle.id),
      )}
    </ul>
  </div>`;
}
