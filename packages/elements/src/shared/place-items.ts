/** What in an item can hold focus: an accordion's button, a card's link, a checklist's box. */
const FOCUSABLE = 'a[href], button, input';

/**
 * Makes `list`'s children exactly `items`, in order: for lists an element builds as DOM (FAQ items,
 * partner cards, checklist boxes) rather than as a Lit array, which would wrap each item in a part and two comment markers
 * (at 1,000 items, 2,000 more DOM nodes and a heap the size of a minimal Lit list's again). A batch appends
 * its new items; a list whose items were made again (new content, heading level or language) is replaced
 * whole. If focus was inside the list then, it moves to the same control of the item at the same place, so
 * switching the language does not send a keyboard or screen reader user back to the top of the page.
 */
export function placeItems(list: Element | null, items: readonly HTMLElement[]): void {
  if (!list) return;
  const placed = list.children;
  let same = 0;
  while (same < items.length && placed[same] === items[same]) same++;
  if (same === items.length && placed.length === same) return;
  if (same === placed.length) {
    list.append(...items.slice(same));
    return;
  }
  const active = (list.getRootNode() as Document | ShadowRoot).activeElement;
  let focusedItem = -1;
  let focusedControl = -1;
  if (active && list.contains(active)) {
    focusedItem = [...placed].findIndex((item) => item.contains(active));
    focusedControl = [...(placed[focusedItem]?.querySelectorAll(FOCUSABLE) ?? [])].indexOf(active);
  }
  list.replaceChildren(...items);
  const control = items[focusedItem]?.querySelectorAll<HTMLElement>(FOCUSABLE)[focusedControl];
  control?.focus({ preventScroll: true });
}
