import type { FaqItem } from '@ketahanan/model';
import { escapeHtml } from '../escape-html.js';

/**
 * The FAQ as native disclosure widgets: readable and operable with JavaScript off, and exactly the
 * `<details id><summary>question</summary>answer</details>` children kl-faq-accordion reads as its items
 * (see faq-accordion/faq-markup.ts, which validates them like any source). The `id` keeps the content's ids, so deep links stay the same.
 */
export function faqFallback(faq: readonly FaqItem[]): string[] {
  return faq.map(
    (item) =>
      `<details id="${escapeHtml(item.id)}"><summary>${escapeHtml(item.question)}</summary>${escapeHtml(item.answer)}</details>`,
  );
}
