/**
 * The size limit every content source shares, in the model so that each reader of text a site owner
 * supplies (the elements' `content`, inline JSON and `src`; the CSV import) refuses the same sizes.
 */

/**
 * Largest text read, in UTF-8 bytes: ten times a 1,000-partner file, far below what would hurt a phone.
 * (The elements' `MAX_SOURCE_BYTES` has the same value.)
 */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

/** Whether `text` is more than {@link MAX_SOURCE_BYTES} as UTF-8, encoding it only when it could be. */
export function isTooLarge(text: string): boolean {
  // Each UTF-16 unit is 1 to 3 UTF-8 bytes (a surrogate pair, 2 units, is 4).
  if (text.length > MAX_SOURCE_BYTES) return true;
  if (text.length * 3 <= MAX_SOURCE_BYTES) return false;
  return new TextEncoder().encode(text).byteLength > MAX_SOURCE_BYTES;
}
