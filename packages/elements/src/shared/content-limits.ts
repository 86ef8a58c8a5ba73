/**
 * The limits every content source shares (`content` property, inline JSON, `src`, fallback markup), in one
 * place so no path can drift from the others. The model adds its own to any document, however it came:
 * at most MAX_ITEMS items a section and MAX_TEXT_LENGTH characters a text (see the model's schema.ts).
 */

/**
 * Largest JSON text read, in UTF-8 bytes: ten times a 1,000-partner file, far below what would hurt a
 * phone. A `src` answer stops downloading past it; JSON text in `content` or inline is refused unparsed.
 */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

/**
 * Problems the error state, `kl-error` and the console warning list, then "and more". The first few name
 * the kind of mistake; the model stops looking after them (finding 20,000 problems took half a second of
 * main thread), and `ketahanan validate` lists them all.
 */
export const MAX_PROBLEMS_SHOWN = 20;

/** Whether `text` is more than {@link MAX_SOURCE_BYTES} as UTF-8, encoding it only when it could be. */
export function isTooLarge(text: string): boolean {
  // Each UTF-16 unit is 1 to 3 UTF-8 bytes (a surrogate pair, 2 units, is 4).
  if (text.length > MAX_SOURCE_BYTES) return true;
  if (text.length * 3 <= MAX_SOURCE_BYTES) return false;
  return new TextEncoder().encode(text).byteLength > MAX_SOURCE_BYTES;
}
