/**
 * Console warnings with stable codes, so a site developer can search for the code and find what to do.
 * Every warning an element prints goes through here; the one other is `KL102`, which the split layout's
 * files print when a file they need never ran (written by scripts/cdn/split-registry.mjs, as they share
 * no code before that file has run).
 */
export const WARNING_CODES = {
  /** The tag was already defined by another copy of the script (same or other version). */
  duplicateDefine: 'KL101',
  /** Content (property, inline JSON or `src`) was invalid or could not be loaded. */
  invalidContent: 'KL201',
  /** A `lang` we do not ship; Indonesian is used instead. */
  unknownLocale: 'KL301',
  /** A page's or an element's strings name a key the element does not have (the key is said); ignored. */
  unknownMessage: 'KL302',
  /**
   * A string (the key is said) of the wrong kind (plural forms where text is shown as is, not text) or
   * with a placeholder the built-in one does not fill; the built-in string is kept.
   */
  invalidMessage: 'KL303',
  /** A language pack (or `messages` attribute) that is not JSON, or lacks `lang` or `messages`; ignored. */
  invalidLanguagePack: 'KL304',
  /** An update threw (e.g. the page's Trusted Types directive refused Lit's policy); the element stopped. */
  renderFailed: 'KL401',
} as const;

export type WarningCode = (typeof WARNING_CODES)[keyof typeof WARNING_CODES];

export function warn(code: WarningCode, message: string, ...details: unknown[]): void {
  console.warn(`[ketahanan ${code}] ${message}`, ...details);
}

const said = new Set<string>();

/** {@link warn}, but each distinct message only once per page: strings are re-read at every render. */
export function warnOnce(code: WarningCode, message: string): void {
  if (said.has(code + message)) return;
  said.add(code + message);
  warn(code, message);
}
