/**
 * Invisible and direction-changing characters from a document, shown as `\uXXXX` escapes wherever we echo
 * document text (keys in paths, ids in messages), so that a key such as "a\nb" or one holding U+202E cannot
 * break a problem across lines or reorder it in a terminal.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
