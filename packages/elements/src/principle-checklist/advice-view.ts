import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Challenge, Principle } from '@ketahanan/model';
import { renderHeading, type HeadingLevel } from '../shared/heading.js';
import { LONG_LIST } from '../shared/long-list.js';
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
 * What to work on: the prebuilt advice of every principle, in content order. The element hides a checked
 * principle's item (see its `updated`) rather than taking it out, so a tick re-renders no list: Lit compares
 * nothing item by item, and the browser has one item to hide. `guard` lets an update that only follows a
 * tick pass the whole list by; it renders again when the items or the batch count change.
 */
export function renderAdvice(
  shown: readonly Principle[],
  items: AdviceItems,
  level: HeadingLevel,
  messages: ChecklistMessages,
): TemplateResult {
  const text = messages.checklist;
  // Past a screen of principles, the advice below them is out of view: skipped until the reader gets there.
  const long = items.size > LONG_LIST ? 'checklist__advice--long' : '';
  return html`<div class="checklist__advice ${long}" part="advice">
    ${renderHeading(level, text.adviceHeading, 'checklist__advice-heading', 'advice-heading')}
    <ul class="checklist__advice-list" role="list">
      ${guard([shown, items], () => shown.map((principle) => items.get(principle.id)))}
    </ul>
  </div>`;
}
