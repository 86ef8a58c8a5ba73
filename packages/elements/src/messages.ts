/**
 * `@ketahanan/elements/messages`: the built-in UI strings as data, without defining any element (safe in
 * Node): the reference that `ketahanan validate` checks language packs against, and a starting point for
 * writing one (`messagesFor('id')` has every key).
 */
export { messagesFor, type Messages, type PluralText } from './shared/messages/index.js';
export type { LanguagePack } from './shared/messages/language-packs.js';
