import type { FaqItem } from '@ketahanan/model';
import { escapeHtml } from '../escape-html.js';

/**
 * The FAQ as native disclosure widgets: readable and operable with JavaScript off, and the exact
 * `<details><summary>question</summary>answer</details>` children that kl-faq-accordion takes as its items.
 */
export function faqFallback(faq: readonly FaqItem[]): string[] {
  return faq.map(
    (item) => `<details><summary>${escapeHtml(item.question)}</summary>${escapeHtml(item.answer)}</details>`,
  );
}
