/**
 * @ketahanan/elements — every element, defined on import. Import a single element's path
 * (`@ketahanan/elements/faq-accordion`, …) to ship only that one.
 */
export * from './define/faq-accordion.js';
export * from './define/challenge-explorer.js';
export * from './define/principle-checklist.js';
export * from './define/partner-cards.js';
export type { ContentState, KlErrorDetail } from './shared/content-controller.js';
export type { Messages } from './shared/messages/index.js';
export { addLanguagePack, type LanguagePack } from './shared/messages/language-packs.js';
export { VERSION } from './shared/version.js';
