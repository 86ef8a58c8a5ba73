/**
 * The checklist's light-DOM fallback format: what a page writes inside the tag so the principles read well
 * with JavaScript off, and what becomes the element's content when it upgrades.
 *
 * ```html
 * <kl-principle-checklist>
 *   <ul>
 *     <li data-id="visi-bersama" data-prevents="perbedaan-tujuan-dan-visi">
 *       <strong>Visi Bersama</strong>: Semua mitra harus memiliki visi dan tujuan yang sama …
 *     </li>
 *   </ul>
 * </kl-principle-checklist>
 * ```
 *
 * Per `<li>` of the first `<ul>`/`<ol>` child: `data-id` (or `id`) is the principle id, `data-prevents` the
 * id of the challenge it prevents, the leading `<strong>`/`<b>` the title and the rest of the text (after
 * the `:` that separates them for readers without JavaScript) the description. `data-id` is what pages
 * should write: two checklists on one page would otherwise repeat the same ids. Nothing is guessed: a
 * missing part is left out so that validation names it (`principles[1].id`).
 */
import { squash, withoutLabel } from '../shared/markup-text.js';

function readItem(item: Element): Record<string, string> {
  const principle: Record<string, string> = {};
  const id = item.getAttribute('data-id') || item.id;
  if (id) principle.id = id.trim();
  // The description is the text after the bold label; the label is what it leaves at the start.
  const text = squash(item.textContent);
  const rest = withoutLabel(item);
  // The `:` between them is only there for readers without JavaScript.
  const title = text.slice(0, text.length - rest.length).replace(/\s*:?\s*$/, '');
  if (title) principle.title = title;
  const description = rest.replace(/^:\s*/, '');
  if (description) principle.description = description;
  const prevents = item.getAttribute('data-prevents');
  if (prevents) principle.prevents = prevents.trim();
  return principle;
}

/** A content document from the first `<ul>`/`<ol>` child's items, or `undefined` when the page wrote none. */
export function readPrinciplesMarkup(host: Element): { principles: Record<string, string>[] } | undefined {
  const list = [...host.children].find((child) => child.localName === 'ul' || child.localName === 'ol');
  return list && { principles: [...list.children].filter((child) => child.localName === 'li').map(readItem) };
}
