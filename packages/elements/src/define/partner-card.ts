import { defineElement } from '../shared/define.js';
import { KlPartnerCard } from '../partner-cards/partner-card.js';

defineElement('kl-partner-card', KlPartnerCard);

export { KlPartnerCard };
