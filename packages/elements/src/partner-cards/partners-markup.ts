/**
 * The partner list's light-DOM fallback format: a site owner's partners as a list that reads well with
 * JavaScript off, and that becomes the element's content (`partners`) when it upgrades.
 *
 * ```html
 * <kl-partner-cards>
 *   <ul>
 *     <li data-id="bappeda" data-sector="pemerintah" data-contributions="teknis finansial">
 *       <a href="https://sukamaju.example/bappeda"><strong>Bappeda Sukamaju</strong></a> (Pemerintah):
 *       <span data-field="area">Kabupaten Sukamaju</span>.
 *       <span data-field="description">Mengoordinasikan forum kemitraan.</span>
 *     </li>
 *   </ul>
 * </kl-partner-cards>
 * ```
 *
 * A child `<ul>`/`<ol>` is a partner list when one of its `<li>`s has `data-id` or `data-sector`; then
 * every `<li>` of it is a partner. Machine values are attributes of the `<li>` (`data-id`, `data-sector`,
 * `data-contributions` space-separated, `data-logo`); the name is the `<strong>` (its link's `href` is the
 * `url`); area and description are the `[data-field]` elements. The "(Pemerintah)" is for readers only: the
 * cards show the sector's own localized name. Any other markup (the article's partnerships, which the
 * snippet writes without these attributes) reads as nothing, so the element shows its defaults. Nothing is
 * guessed: a missing part is left out, so that validation names it (`partners[2].sector`).
 */
import { squash } from '../shared/markup-text.js';

const ASCII_WHITESPACE_AT_ENDS = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

function readItem(item: Element): Record<string, unknown> {
  const partner: Record<string, unknown> = {};
  const text = (selector: string) => item.querySelector(selector)?.textContent;
  const found = {
    id: item.getAttribute('data-id'),
    name: text(':scope>strong,:scope>a>strong'),
    sector: item.getAttribute('data-sector'),
    description: text('[data-field=description]'),
    area: text('[data-field=area]'),
    // The attribute as written, not the resolved `.href`: the cards check it with safeUrl like any `url`.
    url: item.querySelector(':scope>a[href],:scope>strong>a[href]')?.getAttribute('href'),
    logo: item.getAttribute('data-logo'),
    contributions: item.getAttribute('data-contributions'),
  };
  for (const [field, value] of Object.entries(found)) {
    // An address is read as the browser reads one (only ASCII whitespace at its ends stripped), so that the
    // model sees, and refuses, any control or invisible character in it; text is read as a reader sees it
    // (the markup's line breaks squashed).
    const clean =
      field === 'url' || field === 'logo' ? value?.replace(ASCII_WHITESPACE_AT_ENDS, '') : squash(value);
    if (clean) partner[field] = field === 'contributions' ? clean.split(' ') : clean;
  }
  return partner;
}

/** A content document of the owner's partners, or `undefined` when no child list is a partner list. */
export function readPartnersMarkup(host: Element): { partners: Record<string, unknown>[] } | undefined {
  const items = [...host.querySelectorAll(':scope>:is(ul,ol)')]
    .filter((list) => list.querySelector(':scope>li:is([data-id],[data-sector])'))
    .flatMap((list) => [...list.querySelectorAll(':scope>li')]);
  return items.length > 0 ? { partners: items.map(readItem) } : undefined;
}
