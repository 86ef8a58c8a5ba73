/** `<kl-faq-accordion>`: importing this file defines the tag (safely, if it is already defined). */
import { defineElement } from '../shared/define.js';
import { KlFaqAccordion } from '../faq-accordion/faq-accordion.js';

defineElement('kl-faq-accordion', KlFaqAccordion);

export { KlFaqAccordion };
export type { KlToggleDetail } from '../faq-accordion/faq-accordion.js';
