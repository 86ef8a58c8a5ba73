import { html, nothing, type TemplateResult } from 'lit';
import type { FaqItem } from '@ketahanan/model';

/** One whole item: heading, button and panel in one template, so each item clones one template, not three. */
export type Heading = (
  id: string,
  buttonId: string,
  panelId: string,
  expanded: string,
  question: string,
  role: string | typeof nothing,
  labelledBy: string | typeof nothing,
  hidden: string | typeof nothing,
  answer: string,
) => TemplateResult;

// One template per heading level (index: level - 1): a real <hN> for every `heading-level`, without
// lit/static-html.
// No whitespace between tags: with 1,000 items every stray text node is 1,000 more DOM nodes.
/* prettier-ignore */
export const headings = [
  (i, b, p, e, q, r, l, h, a) => html`<div class="faq__item" part="item"><h1 class="faq__heading" part="heading" id=${i}><button class="faq__button" part="button" id=${b} aria-expanded=${e} aria-controls=${p}><span class="faq__question" part="question">${q}</span><span class="faq__icon" part="icon" aria-hidden="true"></span></button></h1><div class="faq__panel" part="panel" id=${p} role=${r} aria-labelledby=${l} hidden=${h}><p class="faq__answer" part="answer">${a}</p></div></div>`,
  (i, b, p, e, q, r, l, h, a) => html`<div class="faq__item" part="item"><h2 class="faq__heading" part="heading" id=${i}><button class="faq__button" part="button" id=${b} aria-expanded=${e} aria-controls=${p}><span class="faq__question" part="question">${q}</span><span class="faq__icon" part="icon" aria-hidden="true"></span></button></h2><div class="faq__panel" part="panel" id=${p} role=${r} aria-labelledby=${l} hidden=${h}><p class="faq__answer" part="answer">${a}</p></div></div>`,
  (i, b, p, e, q, r, l, h, a) => html`<div class="faq__item" part="item"><h3 class="faq__heading" part="heading" id=${i}><button class="faq__button" part="button" id=${b} aria-expanded=${e} aria-controls=${p}><span class="faq__question" part="question">${q}</span><span class="faq__icon" part="icon" aria-hidden="true"></span></button></h3><div class="faq__panel" part="panel" id=${p} role=${r} aria-labelledby=${l} hidden=${h}><p class="faq__answer" part="answer">${a}</p></div></div>`,
  (i, b, p, e, q, r, l, h, a) => html`<div class="faq__item" part="item"><h4 class="faq__heading" part="heading" id=${i}><button class="faq__button" part="button" id=${b} aria-expanded=${e} aria-controls=${p}><span class="faq__question" part="question">${q}</span><span class="faq__icon" part="icon" aria-hidden="true"></span></button></h4><div class="faq__panel" part="panel" id=${p} role=${r} aria-labelledby=${l} hidden=${h}><p class="faq__answer" part="answer">${a}</p></div></div>`,
  (i, b, p, e, q, r, l, h, a) => html`<div class="faq__item" part="item"><h5 class="faq__heading" part="heading" id=${i}><button class="faq__button" part="button" id=${b} aria-expanded=${e} aria-controls=${p}><span class="faq__question" part="question">${q}</span><span class="faq__icon" part="icon" aria-hidden="true"></span></button></h5><div class="faq__panel" part="panel" id=${p} role=${r} aria-labelledby=${l} hidden=${h}><p class="faq__answer" part="answer">${a}</p></div></div>`,
  (i, b, p, e, q, r, l, h, a) => html`<div class="faq__item" part="item"><h6 class="faq__heading" part="heading" id=${i}><button class="faq__button" part="button" id=${b} aria-expanded=${e} aria-controls=${p}><span class="faq__question" part="question">${q}</span><span class="faq__icon" part="icon" aria-hidden="true"></span></button></h6><div class="faq__panel" part="panel" id=${p} role=${r} aria-labelledby=${l} hidden=${h}><p class="faq__answer" part="answer">${a}</p></div></div>`,
] as const satisfies readonly Heading[];

export const buttonId = (index: number): string => `_b${index}`;
export const panelId = (index: number): string => `_p${index}`;

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
  const button = buttonId(index);
  return heading(
    item.id,
    button,
    panelId(index),
    open ? 'true' : 'false',
    item.question,
    region ? 'region' : nothing,
    region ? button : nothing,
    open ? nothing : 'until-found',
    item.answer,
  );
}
