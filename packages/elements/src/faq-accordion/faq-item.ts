import { html, nothing, type TemplateResult } from 'lit';
import type { FaqItem } from '@ketahanan/model';
import { byLevel } from '../shared/heading.js';

// One whole item (heading, button and panel in one template, so each item clones one template, not
// three), once per heading level (index: level - 1).
// No whitespace between tags: with 1,000 items every stray text node is 1,000 more DOM nodes.
/* prettier-ignore */
export const headings = byLevel`<div class="faq__item" part="item"><hN class="faq__heading" part="heading" id=${0}><button class="faq__button" part="button" id=${0} aria-expanded=${0} aria-controls=${0}><span class="faq__question" part="question">${0}</span><span class="faq__icon" part="icon" aria-hidden="true"></span></button></hN><div class="faq__panel" part="panel" id=${0} role=${0} aria-labelledby=${0} hidden=${0}><p class="faq__answer" part="answer">${0}</p></div></div>`;

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
  heading: TemplateStringsArray,
  region: boolean,
): TemplateResult {
  const button = buttonId(index);
  const panel = panelId(index);
  // In the template's order: heading id; button id, aria-expanded, aria-controls, question; panel id,
  // role, aria-labelledby, hidden; answer.
  return html(
    heading,
    item.id,
    button,
    open ? 'true' : 'false',
    panel,
    item.question,
    panel,
    region ? 'region' : nothing,
    region ? button : nothing,
    open ? nothing : 'until-found',
    item.answer,
  );
}
