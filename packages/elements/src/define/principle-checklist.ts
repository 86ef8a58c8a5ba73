/** `<kl-principle-checklist>`: importing this file defines the tag (safely, if it is already defined). */
import { KlPrincipleChecklist } from '../principle-checklist/principle-checklist.js';
import { defineElement } from '../shared/define.js';

export { KlPrincipleChecklist };
export type { KlChangeDetail } from '../principle-checklist/principle-checklist.js';

defineElement('kl-principle-checklist', KlPrincipleChecklist);
