import type { Principle } from '@ketahanan/model';
import { escapeHtml } from '../escape-html.js';

/** The principles as a plain list, each with its description: the checklist's questions, read without JavaScript. */
export function principlesFallback(principles: readonly Principle[]): string[] {
  return [
    '<ul>',
    ...principles.map(
      (principle) =>
        `  <li><strong>${escapeHtml(principle.title)}</strong>: ${escapeHtml(principle.description)}</li>`,
    ),
    '</ul>',
  ];
}
