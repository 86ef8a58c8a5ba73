/**
 * Up to two letters standing in for a logo that failed to load: the first letter of the first two words
 * ("Lembaga keuangan" → "LK"). Words are runs of letters or digits, so punctuation and emoji are skipped.
 */
export function initials(name: string, locale: string): string {
  const words = name.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  return words
    .slice(0, 2)
    .map((word) => String.fromCodePoint(word.codePointAt(0) ?? 0x3f))
    .join('')
    .toLocaleUpperCase(locale);
}
