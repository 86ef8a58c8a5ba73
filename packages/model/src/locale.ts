/** The locales we ship. Indonesian is the source language and the fallback for anything we do not know. */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

/**
 * BCP 47 lookup of a language tag to one of our locales: `id-ID` → `id`, `en-GB` → `en`,
 * `in` (the deprecated tag for Indonesian) → `id`, anything else (`jv`, `''`, garbage) → `id`.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (language === 'en') return 'en';
  return DEFAULT_LOCALE;
}
