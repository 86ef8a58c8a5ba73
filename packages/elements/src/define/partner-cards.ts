import { defineElement } from '../shared/define.js';
import { KlPartnerCards } from '../partner-cards/partner-cards.js';
import { KlPartnerCard } from '../partner-cards/partner-card.js';

defineElement('kl-partner-cards', KlPartnerCards);
defineElement('kl-partner-card', KlPartnerCard);

export { KlPartnerCards, KlPartnerCard };
export type { KlFilterDetail } from '../partner-cards/partner-cards.js';
