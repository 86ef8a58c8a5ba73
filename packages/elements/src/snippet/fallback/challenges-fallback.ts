import type { Challenge } from '@ketahanan/model';
import type { Messages } from '../../shared/messages/index.js';
import { escapeHtml } from '../escape-html.js';

/** Each challenge with its solution, labelled with the explorer's own words ("Solusi" / "Solution"). */
export function challengesFallback(challenges: readonly Challenge[], messages: Messages): string[] {
  const solution = escapeHtml(messages.explorer.solution);
  return [
    '<ul>',
    ...challenges.map(
      (challenge) =>
        `  <li><strong>${escapeHtml(challenge.title)}</strong>: ${escapeHtml(challenge.description)}` +
        ` <em>${solution}:</em> ${escapeHtml(challenge.solution)}</li>`,
    ),
    '</ul>',
  ];
}
