import type { Locale } from '@ketahanan/model';
import type { Messages, PluralText } from './types.js';
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

/** A lookup of one locale's strings among `byLocale`; pure, so an unused lookup is dropped whole. */
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

/** Replaces `{name}` placeholders; unknown placeholders are left as they are so a mistake stays visible. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** Picks the plural form for `count` with `Intl.PluralRules` and fills `{count}` (plus any other values). */
export function formatCount(
  locale: Locale,
  text: PluralText,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const form = rules.select(count) === 'one' && text.one !== undefined ? text.one : text.other;
  return format(form, { ...values, count: count.toLocaleString(locale) });
}
