/**
 * The FAQ's light-DOM fallback format: native disclosure widgets a page writes inside the tag, readable
 * and operable with JavaScript off, which become the element's content when it upgrades.
 *
 * ```html
 * <kl-faq-accordion>
 *   <details id="jam-layanan" open>
 *     <summary>Kapan kantor desa buka?</summary>
 *     <p>Senin sampai Jumat.</p>
 *   </details>
 * </kl-faq-accordion>
 * ```
 *
 * Per `<details>` child with a question (the text of its `<summary>`): the id is `data-id`, else `id`
 * (kept exactly: links on the page already point at it), else made from the question (`Apa itu …?` →
 * `apa-itu-…`, never the same as another); the answer is the rest of its text, one line per block, so
 * paragraphs stay paragraphs. `open` opens the item. A `<details>` without a question is no FAQ item.
 * What is read is validated like any other content: a bad or repeated id, or an empty answer, shows the
 * error state naming it (`faq[1].id`).
 */
import { squash } from '../shared/markup-text.js';

/** `Apa itu ketahanan lokal?` → `apa-itu-ketahanan-lokal`: the same shape as the model's ids. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 64)
    .replace(/^-|-$/g, '');
}

/** The FAQ the `<details>` make: a content document, plus which items were open (other keys are ignored). */
export interface FaqMarkup {
  readonly faq: { id: string; question: string; answer: string }[];
  /** Ids of the items whose `<details>` had `open`. */
  readonly opened: readonly string[];
}

/**
 * The `<details>` children as a content document (the content controller's markup reader), or `undefined`
 * when the page wrote none with a question.
 */
export function readFaqMarkup(host: Element): FaqMarkup | undefined {
  const given = (details: Element) => (details.getAttribute('data-id') || details.id).trim();
  // Made ids step around every id the page gave, and around each other.
  const used = new Set([...host.children].map(given));
  const faq: FaqMarkup['faq'] = [];
  const opened: string[] = [];
  for (const details of host.children) {
    const summary = details.localName === 'details' && details.querySelector(':scope>summary');
    const question = summary && squash(summary.textContent);
    if (!question) continue;
    let id = given(details);
    if (!id) {
      const base = slugify(question) || 'faq';
      id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
    }
    if (details.hasAttribute('open')) opened.push(id);
    // One line per node after the question, so paragraphs stay paragraphs without the page's indentation.
    const answer = [...details.childNodes]
      .filter((node) => node !== summary)
      .map((node) => squash(node.textContent))
      .filter(Boolean)
      .join('\n');
    faq.push({ id, question, answer });
  }
  return faq.length ? { faq, opened } : undefined;
}
