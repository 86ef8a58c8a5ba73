/**
 * @ketahanan/model — the Ketahanan Lokal article as typed, validated, bilingual content.
 * No DOM and no Node built-ins here: this entry runs in browsers, workers and Node alike.
 */
export * from './schema.js';
export * from './locale.js';
export * from './sections.js';
export * from './built-in-sections.js';
export { withChecks } from './checked-section.js';
export * from './problems.js';
export * from './parse.js';
export * from './merge.js';
export * from './json.js';
export * from './safe-url.js';
export { fieldsMissingALanguage, localizeFields } from './localized-text.js';
export {
  checkLanguagePack,
  looksLikeLanguagePack,
  type LanguagePackCheck,
  type MessageCatalogue,
} from './language-pack/check-language-pack.js';
export { defaultContent } from './defaults.js';
/** The size limit every source of content text shares (the elements' sources, the CSV import). */
export { MAX_SOURCE_BYTES, isTooLarge } from './source-limits.js';
export {
  fillPlaceholders,
  formatMessage,
  type Message,
  type MessageValues,
  type Placeholders,
  type PluralMessage,
} from './format-message.js';
/** How many code points one character may stack (marks, skin tones, joined emoji): see stacked-characters.ts. */
export { MAX_CHARACTER_CODE_POINTS } from './stacked-characters.js';
