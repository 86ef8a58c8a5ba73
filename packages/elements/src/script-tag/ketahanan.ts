/**
 * The all-in-one script-tag file (`dist/cdn/ketahanan.js`, and `ketahanan.classic.js` as `window.Ketahanan`):
 * every element, each tag defined in a task of its own (see `defineInTurn`), so a page showing all four
 * widgets never renders them in one long task. Exports what `@ketahanan/elements` exports.
 */
import { defineInTurn } from '../shared/define-in-turn.js';
import { KlFaqAccordion } from '../faq-accordion/faq-accordion.js';
import { KlChallengeExplorer } from '../challenge-explorer/challenge-explorer.js';
import { KlPrincipleChecklist } from '../principle-checklist/principle-checklist.js';
import { KlPartnerCards } from '../partner-cards/partner-cards.js';
import { KlPartnerCard } from '../partner-cards/partner-card.js';
import { VERSION } from '../shared/version.js';

export { KlChallengeExplorer, KlFaqAccordion, KlPartnerCard, KlPartnerCards, KlPrincipleChecklist, VERSION };
export { addLanguagePack } from '../shared/messages/language-packs.js';

defineInTurn([
  ['kl-faq-accordion', KlFaqAccordion],
  ['kl-challenge-explorer', KlChallengeExplorer],
  ['kl-principle-checklist', KlPrincipleChecklist],
  ['kl-partner-cards', KlPartnerCards],
  ['kl-partner-card', KlPartnerCard],
]);
