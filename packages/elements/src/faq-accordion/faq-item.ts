import { html, nothing, type TemplateResult } from 'lit';
import type { FaqItem } from '@ketahanan/model';

export type Heading = (id: string, button: TemplateResult) => TemplateResult;

// One template per heading level: a real <hN> for every `heading-level`, without lit/static-html.
const headings = [
  (id, button) => html`<h1 class="faq__heading" part="heading" id=${id}>${button}</h1>`,
  (id, button) => html`<h2 class="faq__heading" part="heading" id=${id}>${button}</h2>`,
  (id, button) => html`<h3 class="faq__heading" part="heading" id=${id}>${button}</h3>`,
  (id, button) => html`<h4 class="faq__heading" part="heading" id=${id}>${button}</h4>`,
  (id, button) => html`<h5 class="faq__heading" part="heading" id=${id}>${button}</h5>`,
  (id, button) => html`<h6 class="faq__heading" part="heading" id=${id}>${button}</h6>`,
] as const satisfies readonly Heading[];

/** The heading template for `heading-level`, kept to 1–6; anything unreadable gives the default 3. */
export function headingFor(level: number): Heading {
  return Number.isFinite(level)
    ? (headings[Math.min(6, Math.max(1, Math.round(level))) - 1] ?? headings[2])
    : headings[2];
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
  heading: Heading,
  region: boolean,
): TemplateResult {
  // No whitespace between tags: with 1,000 items every stray text node is 1,000 more DOM nodes.
  // prettier-ignore
  const button = html`<button
    class="faq__button"
    part="button"
    id=${buttonId(index)}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${panelId(index)}
  ><span class="faq__question" part="question">${item.question}</span><span
    class="faq__icon"
    part="icon"
    aria-hidden="true"
  ></span></button>`;
  // prettier-ignore
  return html`<div class="faq__item" part="item">${heading(item.id, button)}<div
    class="faq__panel"
    part="panel"
    id=${panelId(index)}
    role=${region ? 'region' : nothing}
    aria-labelledby=${region ? buttonId(index) : nothing}
    hidden=${open ? nothing : 'until-found'}
  ><p class="faq__answer" part="answer">${item.answer}</p></div></div>`;
}
