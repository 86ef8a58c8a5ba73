/**
 * The explorer's light-DOM fallback format: what a page writes inside the tag so the challenges read well
 * with JavaScript off, and what becomes the element's content when it upgrades.
 *
 * ```html
 * <kl-challenge-explorer>
 *   <section id="perbedaan-tujuan-dan-visi" data-principle="visi-bersama">
 *     <h3>Perbedaan Tujuan dan Visi</h3>
 *     <p>Perbedaan visi antara mitra bisa menjadi sumber konflik.</p>
 *     <p><strong>Solusi:</strong> Untuk mengatasi ini, …</p>
 *   </section>
 * </kl-challenge-explorer>
 * ```
 *
 * Per `<section>` child: `data-id`, else `id` (the order every element's fallback reads them in), is the
 * challenge id, `data-principle` the id of a related principle (optional), the first heading (`h2`–`h6`)
 * the title, the first `<p>` the description and the second `<p>` the solution (a leading `<strong>`/`<b>`
 * label such as "Solusi:" is dropped). Nothing is guessed: a missing part is left out so that validation
 * names it (`challenges[0].solution`).
 */
import { squash, withoutLabel } from '../shared/markup-text.js';

function readSection(section: Element): Record<string, string> {
  const challenge: Record<string, string> = {};
  const id = section.getAttribute('data-id') || section.id;
  if (id) challenge.id = id.trim();
  const title = squash(section.querySelector(':scope > :is(h2, h3, h4, h5, h6)')?.textContent);
  if (title) challenge.title = title;
  const paragraphs = section.querySelectorAll(':scope > p');
  const description = squash(paragraphs[0]?.textContent);
  if (description) challenge.description = description;
  const solution = paragraphs[1] ? withoutLabel(paragraphs[1]) : '';
  if (solution) challenge.solution = solution;
  const principle = section.getAttribute('data-principle');
  if (principle) challenge.principle = principle.trim();
  return challenge;
}

/** A content document from the `<section>` children, or `undefined` when the page wrote none. */
export function readChallengesMarkup(host: Element): { challenges: Record<string, string>[] } | undefined {
  const sections = [...host.children].filter((child) => child.localName === 'section');
  return sections.length > 0 ? { challenges: sections.map(readSection) } : undefined;
}
