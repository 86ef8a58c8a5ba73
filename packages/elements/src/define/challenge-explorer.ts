/** `<kl-challenge-explorer>`: importing this file defines the tag (safely, if it is already defined). */
import { KlChallengeExplorer } from '../challenge-explorer/challenge-explorer.js';
import { defineElement } from '../shared/define.js';

export { KlChallengeExplorer };
export type { KlSelectDetail } from '../challenge-explorer/challenge-explorer.js';

defineElement('kl-challenge-explorer', KlChallengeExplorer);
