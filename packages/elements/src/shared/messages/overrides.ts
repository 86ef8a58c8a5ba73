import { WARNING_CODES, warnOnce } from '../warnings.js';

type Strings = Readonly<Record<string, unknown>>;

/** The `{name}` placeholders of a message, in any of its plural forms. */
const placeholders = (message: unknown): string[] => JSON.stringify(message).match(/\{\w+\}/g) ?? [];

/** Text, or plural forms of text (`other` required), as `formatMessage` reads them. */
function isMessage(value: unknown, plural: boolean): boolean {
  if (typeof value === 'string') return true;
  const forms = value as Strings | null;
  return (
    plural &&
    typeof forms?.other === 'string' &&
    Object.values(forms).every((form) => typeof form === 'string')
  );
}

/**
 * `base` with the strings of `override` (a pack's or an element's, same keys) in place of its own, checked
 * key by key against `base`: the built-in strings are the reference. A key `base` lacks, a value of the
 * wrong kind (plural forms where text is shown as is) or a placeholder the built-in string does not fill
 * is ignored with one coded warning naming the key, and the built-in string stays: a mistake in a page's
 * strings never blanks a widget. Sections `base` lacks are other elements' and are skipped silently.
 */
export function overrideMessages<T extends object>(base: T, override: unknown, path = ''): T {
  const result: Record<string, unknown> = { ...(base as Strings) };
  for (const [key, value] of Object.entries(override instanceof Object ? override : {})) {
    const builtIn = result[key];
    const at = path + key;
    // Not a key of this element (a top-level section of another element is skipped silently).
    if (builtIn === undefined) {
      if (path) warnOnce(WARNING_CODES.unknownMessage, at);
    } else if (builtIn instanceof Object && !('other' in builtIn)) {
      result[key] = overrideMessages(builtIn, value, `${at}.`);
    } else if (
      isMessage(value, builtIn instanceof Object) &&
      placeholders(value).every((name) => placeholders(builtIn).includes(name))
    ) {
      result[key] = value;
    } else warnOnce(WARNING_CODES.invalidMessage, at);
  }
  return result as T;
}
