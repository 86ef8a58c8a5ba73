import type { Principle } from '@ketahanan/model';
import { escapeHtml } from '../escape-html.js';

/**
 * The principles as a plain list, each title with its description, in exactly the format
 * kl-principle-checklist reads as its content (see principle-checklist/principles-markup.ts): id and
 * prevented challenge as `data-` attributes (not `id`, which two checklists on one page would repeat).
 */
export function principlesFallback(principles: readonly Principle[]): string[] {
  return [
    '<ul>',
    ...principles.map((principle) => {
      const prevents = principle.prevents ? ` data-prevents="${escapeHtml(principle.prevents)}"` : '';
      return `  <li data-id="${escapeHtml(principle.id)}"${prevents}><strong>${escapeHtml(principle.title)}</strong>: ${escapeHtml(principle.description)}</li>`;
    }),
    '</ul>',
  ];
}
