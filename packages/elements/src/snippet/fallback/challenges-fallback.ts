import type { Challenge } from '@ketahanan/model';
import type { Messages } from '../../shared/messages/index.js';
import { escapeHtml } from '../escape-html.js';

/**
 * Each challenge with its solution, in exactly the `<section>` format kl-challenge-explorer reads as its
 * content (see challenge-explorer/challenges-markup.ts): id and related principle as attributes, the title as a
 * heading (of `level`, as the element's), the description, then the solution behind the explorer's own
 * label ("Solusi:" / "Solution:").
 */
export function challengesFallback(
  challenges: readonly Challenge[],
  messages: Messages,
  level = 3,
): string[] {
  const label = escapeHtml(messages.explorer.solution);
  return challenges.flatMap((challenge) => [
    `<section id="${escapeHtml(challenge.id)}"${
      challenge.principle ? ` data-principle="${escapeHtml(challenge.principle)}"` : ''
    }>`,
    `  <h${String(level)}>${escapeHtml(challenge.title)}</h${String(level)}>`,
    `  <p>${escapeHtml(challenge.description)}</p>`,
    `  <p><strong>${label}:</strong> ${escapeHtml(challenge.solution)}</p>`,
    '</section>',
  ]);
}
