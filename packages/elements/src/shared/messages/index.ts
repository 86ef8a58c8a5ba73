import type { Locale } from '@ketahanan/model';
import type { Messages } from './types.js';
import * as id from './id.js';
import * as en from './en.js';
import { overrideMessages } from './overrides.js';

export type { Messages, PluralText } from './types.js';

/** What a lookup reads from an element: its built-in locale, the page's packs, its own `messages`. */
export interface MessagesHost {
  readonly locale: Locale;
  readonly languagePacks: readonly object[];
  readonly messages?: object | undefined;
}

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
 * The one way elements read their strings: one locale's sections among `byLocale`, with the page's
 * language packs for the element's language (least specific first) and then the element's own `messages`
 * laid over them, each checked against the built-in strings (see `overrideMessages`). It is pure, so an
 * unused lookup is dropped whole.
 */
/* @__NO_SIDE_EFFECTS__ */
function lookup<T extends object>(byLocale: Readonly<Record<Locale, T>>): (host: MessagesHost) => T {
  return (host) =>
    [...host.languagePacks]
      .reverse()
      .concat(host.messages ?? [])
      .reduce<T>((strings, layer) => overrideMessages(strings, layer), byLocale[host.locale]);
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
