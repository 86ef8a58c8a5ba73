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
  if (typeof override !== 'object' || override === null) {
    if (path) warnOnce(WARNING_CODES.invalidMessage, `"${path}" must be an object of strings; ignored.`);
    return base;
  }
  for (const [key, value] of Object.entries(override)) {
    const builtIn = result[key];
    const at = path ? `${path}.${key}` : key;
    if (builtIn === undefined) {
      if (path)
        warnOnce(WARNING_CODES.unknownMessage, `"${at}" is not a UI string of this element; ignored.`);
    } else if (typeof builtIn === 'object' && !('other' in (builtIn as Strings))) {
      result[key] = overrideMessages(builtIn as Strings, value, at);
    } else {
      const allowed = placeholders(builtIn);
      if (
        isMessage(value, typeof builtIn === 'object') &&
        placeholders(value).every((name) => allowed.includes(name))
      )
        result[key] = value;
      else
        warnOnce(
          WARNING_CODES.invalidMessage,
          `"${at}" must be ${typeof builtIn === 'object' ? 'text or plural forms' : 'text'} using only ${allowed.join(' ') || 'no placeholders'}; the built-in text is kept.`,
        );
    }
  }
  return result as T;
}
