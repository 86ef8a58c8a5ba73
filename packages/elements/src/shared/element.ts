/**
 * An element made with DOM calls, with its class and part (each only when given) and its children; a
 * string child becomes a text node, never markup. Lists rendered by the thousand (FAQ items, partner cards)
 * are built this way rather than as Lit templates: no template instance and parts per item in memory, no
 * comment marker before every text, and nothing parsed, so a page requiring Trusted Types is fine.
 */
export function element(
  tag: string,
  className: string,
  part: string,
  ...children: readonly (Node | string)[]
): HTMLElement {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (part) made.setAttribute('part', part);
  made.append(...children);
  return made;
}
