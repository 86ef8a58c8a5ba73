/**
 * One content file for a bilingual site: any text field may hold both languages, `{ "id": "…", "en": "…" }`,
 * or one of them, instead of a plain string. Before validation each such field becomes the text of the
 * locale asked for, else of the other language: an Indonesian page shows `id`, an English page `en`, and a
 * field given in one language only shows that one on both (`validate` lists those fields).
 *
 * A field is localized when its value is an object whose keys are only `id` and `en`, with text values.
 * In a list, such an object must have `en` (an object with only `id` in a list is an item, not a text).
 */
import { LOCALES, type Locale } from './locale.js';
import { formatPath, type PathSegment } from './problems.js';

/** The localized-text object at `value`, or `undefined` when it is not one. */
function localizedText(value: unknown, inList: boolean): Partial<Record<Locale, string>> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const texts = value as Record<string, unknown>;
  return keys.length > 0 &&
    (!inList || 'en' in texts) &&
    keys.every((key) => (LOCALES as readonly string[]).includes(key) && typeof texts[key] === 'string')
    ? texts
    : undefined;
}

/**
 * `value` with every localized text field replaced by its text in `locale` (else the other language's).
 * Texts sit a few levels deep (section, list, item, field); deeper nesting is left for validation to reject,
 * so an absurdly nested document cannot exhaust the stack here.
 */
export function localizeFields(value: unknown, locale: Locale, inList = false, depth = 0): unknown {
  const texts = localizedText(value, inList);
  if (texts) return texts[locale] ?? Object.values(texts)[0];
  if (typeof value !== 'object' || value === null || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => localizeFields(item, locale, true, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, localizeFields(inner, locale, false, depth + 1)]),
  );
}

/** The paths of the localized text fields of `document` that lack a language, with the languages they lack. */
export function fieldsMissingALanguage(
  value: unknown,
  path: PathSegment[] = [],
  inList = false,
): { path: string; missing: Locale[] }[] {
  const texts = localizedText(value, inList);
  if (texts) {
    const missing = LOCALES.filter((locale) => !(locale in texts));
    return missing.length > 0 ? [{ path: formatPath(path), missing }] : [];
  }
  if (typeof value !== 'object' || value === null || path.length > 8) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    fieldsMissingALanguage(inner, [...path, Array.isArray(value) ? Number(key) : key], Array.isArray(value)),
  );
}
