/**
 * Console warnings with stable codes, so a site developer can search for the code and find what to do.
 * Every warning this package prints goes through here; nothing else calls `console.warn`.
 */
export const WARNING_CODES = {
  /** The tag was already defined by another copy of the script (same or other version). */
  duplicateDefine: 'KL101',
  /** Content (property, inline JSON or `src`) was invalid or could not be loaded. */
  invalidContent: 'KL201',
  /** A `lang` we do not ship; Indonesian is used instead. */
  unknownLocale: 'KL301',
  /** An update threw (e.g. the page's Trusted Types directive refused Lit's policy); the element stopped. */
  renderFailed: 'KL401',
} as const;

export type WarningCode = (typeof WARNING_CODES)[keyof typeof WARNING_CODES];

export function warn(code: WarningCode, message: string, ...details: unknown[]): void {
  console.warn(`[ketahanan ${code}] ${message}`, ...details);
}
