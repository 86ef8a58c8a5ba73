import type { FaqItem } from '@ketahanan/model';
import { element as make } from '../shared/element.js';
import type { HeadingLevel } from '../shared/heading.js';

/** An element of the item, its class and part both named after the class's last part. */
function element(tag: string, name: string, ...children: Element[]): HTMLElement {
  return make(tag, `faq__${name}`, name, ...children);
}

/** One empty item per heading level (index: level - 1), made on first use and cloned for every item. */
const items: HTMLElement[] = [];

// No whitespace between tags: with 1,000 items every stray text node is 1,000 more DOM nodes.
function itemOfLevel(level: HeadingLevel): HTMLElement {
  let item = items[level - 1];
  if (!item) {
    const icon = element('span', 'icon');
    icon.setAttribute('aria-hidden', 'true');
    const button = element('button', 'button', element('span', 'question'), icon);
    item = element(
      'div',
      'item',
      element(`h${String(level)}`, 'heading', button),
      element('div', 'panel', element('p', 'answer')),
    );
    items[level - 1] = item;
  }
  return item;
}

export const buttonId = (index: number): string => `_b${index}`;
export const panelId = (index: number): string => `_p${index}`;

/**
 * One accordion item, built as DOM rather than as a Lit template: an item then keeps no template instance
 * and no ten bindings in memory (at 1,000 items that halved the JS heap), and opening it changes two
 * attributes ({@link setItemOpen}). The heading carries the item's content id (the deep-link target);
 * button and panel ids are by position and start with `_`, which content ids never do. Many simultaneously
 * open regions flood the landmark list, so `region` is off for long lists (APG's advice) and the panel is
 * then a plain container, without the label ARIA forbids on one.
 */
export function buildItem(
  item: FaqItem,
  index: number,
  open: boolean,
  level: HeadingLevel,
  region: boolean,
): HTMLElement {
  const root = itemOfLevel(level).cloneNode(true) as HTMLElement;
  const heading = root.firstElementChild as HTMLElement;
  const button = heading.firstElementChild as HTMLElement;
  const panel = root.lastElementChild as HTMLElement;
  heading.id = item.id;
  button.id = buttonId(index);
  button.setAttribute('aria-controls', panelId(index));
  (button.firstElementChild as HTMLElement).textContent = item.question;
  panel.id = panelId(index);
  if (region) {
    panel.setAttribute('role', 'region');
    panel.setAttribute('aria-labelledby', button.id);
  }
  (panel.firstElementChild as HTMLElement).textContent = item.answer;
  return setItemOpen(root, open);
}

/** Opens or closes an item {@link buildItem} made; closed answers stay findable (`hidden="until-found"`). */
export function setItemOpen(root: HTMLElement, open: boolean): HTMLElement {
  (root.firstElementChild?.firstElementChild as HTMLElement).setAttribute('aria-expanded', String(open));
  const panel = root.lastElementChild as HTMLElement;
  if (open) panel.removeAttribute('hidden');
  else panel.setAttribute('hidden', 'until-found');
  return root;
}
