/**
 * Checks a language pack (see the elements' `addLanguagePack`) against the built-in UI strings, the way a
 * site owner needs before publishing it: every key known, every value of the right kind, placeholders the
 * element fills, and exactly the plural forms `Intl.PluralRules` uses for the pack's language. The model
 * does not know the elements' strings: the caller passes them as `reference` (the CLI passes the
 * elements' Indonesian strings), so the two packages stay apart.
 */
import { supportedLocale, type Locale } from '../locale.js';
import { formatPath, type PathSegment, type Problem } from '../problems.js';
import { sayPack, type PackMessageKey } from './language-pack-messages.js';

/** Nested UI strings: groups of text or plural forms, as in a pack's `messages`. */
export type MessageCatalogue = object;

const PACK_FIELDS = ['$schema', 'lang', 'fallback', 'name', 'messages'];

export interface LanguagePackCheck {
  /** Problems that make the pack wrong: the exit code is 1 when there is any. */
  readonly problems: readonly Problem[];
  /** How many strings the pack gives. */
  readonly strings: number;
  readonly lang?: string;
}

type Record_ = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const placeholders = (message: unknown): string[] =>
  [...JSON.stringify(message).matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
const isPlural = (value: unknown): boolean => isObject(value) && typeof value.other === 'string';

/** Whether a JSON document is meant as a language pack rather than content: it has `lang` and `messages`. */
export function looksLikeLanguagePack(document: unknown): boolean {
  return isObject(document) && 'lang' in document && 'messages' in document;
}

/** The canonical form of a BCP 47 tag, or `undefined` when `Intl` rejects it. */
function canonicalTag(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

export function checkLanguagePack(
  document: unknown,
  reference: MessageCatalogue,
  locale: Locale,
): LanguagePackCheck {
  const problems: Problem[] = [];
  const say = (
    path: readonly PathSegment[],
    key: PackMessageKey,
    values?: Record<string, string | number>,
  ) => {
    problems.push({ path: formatPath(path), message: sayPack(locale, key, values) });
  };
  if (!isObject(document) || !isObject(document.messages)) {
    say(isObject(document) ? ['messages'] : [], 'notAPack');
    return { problems, strings: 0 };
  }
  for (const key of Object.keys(document))
    if (!PACK_FIELDS.includes(key)) say([key], 'unknownField', { key });
  const lang = canonicalTag(document.lang);
  if (!lang) say(['lang'], 'badLang');
  if (document.fallback !== undefined && !canonicalTag(document.fallback)) say(['fallback'], 'badLang');
  // A pack for a built-in language (`en`, `en-AU`) overrides what it chooses; a new language must be complete.
  const complete = lang !== undefined && supportedLocale(lang) === undefined;
  const fallback = typeof document.fallback === 'string' ? document.fallback : 'id';
  const forms = new Intl.PluralRules(lang ?? 'id').resolvedOptions().pluralCategories as readonly string[];
  let strings = 0;

  const checkMessage = (path: PathSegment[], value: unknown, builtIn: unknown): void => {
    const plural = isObject(builtIn);
    if (typeof value !== 'string' && !(plural && isPlural(value))) {
      say(path, plural ? 'expectedPlural' : 'expectedText');
      return;
    }
    strings++;
    const known = placeholders(builtIn);
    for (const placeholder of placeholders(value))
      if (!known.includes(placeholder))
        say(path, 'unknownPlaceholder', {
          placeholder: `{${placeholder}}`,
          known: known.map((name) => `{${name}}`).join(', ') || sayPack(locale, 'none'),
        });
    if (typeof value === 'string') return;
    for (const [form, text] of Object.entries(value as Record_)) {
      if (!forms.includes(form))
        say([...path, form], 'unneededForm', { form, lang: lang ?? '', forms: forms.join(', ') });
      else if (typeof text !== 'string') say([...path, form], 'expectedText');
    }
    for (const form of forms)
      if (!(form in (value as Record_))) say(path, 'missingForm', { form, lang: lang ?? '' });
  };

  const checkGroup = (path: PathSegment[], group: Record_, builtIn: Record_): void => {
    for (const [key, value] of Object.entries(group)) {
      const expected = builtIn[key];
      if (expected === undefined) say([...path, key], 'unknownKey', { key });
      else if (isObject(expected) && !isPlural(expected)) {
        if (isObject(value)) checkGroup([...path, key], value, expected);
        else say([...path, key], 'expectedGroup');
      } else checkMessage([...path, key], value, expected);
    }
    if (!complete) return;
    for (const key of Object.keys(builtIn)) if (!(key in group)) say([...path, key], 'missing', { fallback });
  };

  checkGroup(['messages'], document.messages, reference as Record_);
  return { problems, strings, ...(lang ? { lang } : {}) };
}
