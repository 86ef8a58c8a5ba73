import { html, nothing, type TemplateResult } from 'lit';
import type { FaqItem } from '@ketahanan/model';

type Heading = (id: string, button: TemplateResult) => TemplateResult;

// One template per heading level: a real <hN> for every `heading-level`, without lit/static-html.
const headings = [
  (id, button) => html`<h1 class="faq__heading" part="heading" id=${id}>${button}</h1>`,
  (id, button) => html`<h2 class="faq__heading" part="heading" id=${id}>${button}</h2>`,
  (id, button) => html`<h3 class="faq__heading" part="heading" id=${id}>${button}</h3>`,
  (id, button) => html`<h4 class="faq__heading" part="heading" id=${id}>${button}</h4>`,
  (id, button) => html`<h5 class="faq__heading" part="heading" id=${id}>${button}</h5>`,
  (id, button) => html`<h6 class="faq__heading" part="heading" id=${id}>${button}</h6>`,
] as const satisfies readonly Heading[];

/** `heading-level` as given, kept to 1–6; anything unreadable is the default 3. */
export function clampLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 3;
}

export const buttonId = (index: number): string => `_b${String(index)}`;
export const panelId = (index: number): string => `_p${String(index)}`;

/**
 * One accordion item. The heading carries the item's content id (the deep-link target); button and panel
 * ids are by position and start with `_`, which content ids never do. Many simultaneously open regions
 * flood the landmark list, so `region` is off for long lists (APG's advice) and the panel is then a plain
 * container, without the label ARIA forbids on one.
 */
export function renderItem(
  item: FaqItem,
  index: number,
  open: boolean,
  level: number,
  region: boolean,
): TemplateResult {
  const button = html`<button
    class="faq__button"
    part="button"
    id=${buttonId(index)}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${panelId(index)}
  >
    <span class="faq__question" part="question">${item.question}</span
    ><span class="faq__icon" part="icon" aria-hidden="true"></span>
  </button>`;
  return html`<div class="faq__item" part="item">
    ${(headings[clampLevel(level) - 1] ?? headings[2])(item.id, button)}
    <div
      class="faq__panel"
      part="panel"
      id=${panelId(index)}
      role=${region ? 'region' : nothing}
      aria-labelledby=${region ? buttonId(index) : nothing}
      hidden=${open ? nothing : 'until-found'}
    >
      <p class="faq__answer" part="answer">${item.answer}</p>
    </div>
  </div>`;
}
