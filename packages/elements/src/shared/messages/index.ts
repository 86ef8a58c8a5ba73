import type { Locale } from '@ketahanan/model';
import type { Messages, PluralText } from './types.js';
import { id } from './id.js';
import { en } from './en.js';

export type { Messages, PluralText } from './types.js';

/** Adding a locale: add its file beside `id.ts`, then one line here (and to the model's `LOCALES`). */
const catalogue: Readonly<Record<Locale, Messages>> = { id, en };

export function messagesFor(locale: Locale): Messages {
  return catalogue[locale];
}

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
