import type { Locale } from '@ketahanan/model';
import type { Messages } from './types.js';
import * as id from './id.js';
import * as en from './en.js';

export type { Messages, PluralText } from './types.js';

/**
 * The UI strings, one file per locale (`id.ts`, `en.ts`) exporting one object per section of
 * {@link Messages}. Elements look up only `common` and their own section, and every lookup below reads the
 * sections statically (`en.faq`, never `en[section]`): bundlers then drop the other elements' strings.
 *
 * Adding a locale: add its file beside `id.ts` (typed section by section against `Messages`), then add it
 * to `catalogue` and to each lookup below; TypeScript names every place that still lacks it (the
 * `Record<Locale, …>` types), as does the model's `LOCALES`.
 */
const catalogue = { id, en } satisfies Record<Locale, Messages>;

/** Every string of `locale`: for tests and build-time tools. Elements use the per-section lookups. */
export function messagesFor(locale: Locale): Messages {
  return catalogue[locale];
}

export type CommonMessages = Pick<Messages, 'common'>;
export type FaqMessages = Pick<Messages, 'common' | 'faq'>;
export type ExplorerMessages = Pick<Messages, 'common' | 'explorer'>;
export type ChecklistMessages = Pick<Messages, 'common' | 'checklist'>;
export type CardsMessages = Pick<Messages, 'common' | 'cards'>;

/**
 * The one way elements read their strings: a lookup of one locale's sections among `byLocale`. It is pure,
 * so an unused lookup is dropped whole; and it is the single place where page overrides and language packs
 * will be merged over the built-in strings (by the same keys) without touching the elements.
 */
/* @__NO_SIDE_EFFECTS__ */
function lookup<T>(byLocale: Readonly<Record<Locale, T>>): (locale: Locale) => T {
  return (locale) => byLocale[locale];
}

export const commonMessages = lookup<CommonMessages>({
  id: { common: id.common },
  en: { common: en.common },
});
export const faqMessages = lookup<FaqMessages>({
  id: { common: id.common, faq: id.faq },
  en: { common: en.common, faq: en.faq },
});
export const explorerMessages = lookup<ExplorerMessages>({
  id: { common: id.common, explorer: id.explorer },
  en: { common: en.common, explorer: en.explorer },
});
export const checklistMessages = lookup<ChecklistMessages>({
  id: { common: id.common, checklist: id.checklist },
  en: { common: en.common, checklist: en.checklist },
});
export const cardsMessages = lookup<CardsMessages>({
  id: { common: id.common, cards: id.cards },
  en: { common: en.common, cards: en.cards },
});
