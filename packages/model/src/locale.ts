/** The locales we ship. Indonesian is the source language and the fallback for anything we do not know. */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

/**
 * The locale a language tag names, if we ship it: `id-ID` and `in` (the deprecated tag for Indonesian) →
 * `id`, `en-GB` → `en`; anything else (`jv`, `''`, garbage) → `undefined`.
 */
export function supportedLocale(tag: string | null | undefined): Locale | undefined {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return language === 'en' ? 'en' : language === 'id' || language === 'in' ? 'id' : undefined;
}

/** BCP 47 lookup of a language tag to one of our locales: {@link supportedLocale}, else `id`. */
export function resolveLocale(tag: string | null | undefined): Locale {
  return supportedLocale(tag) ?? DEFAULT_LOCALE;
}
