/**
 * Characters that hide what an address says: controls (C0, DEL, C1), format characters (zero-width
 * spaces and joiners, bidi marks, embeddings, overrides and isolates, the byte-order mark, tags), lone
 * surrogates, line and paragraph separators, and whatever else Unicode says to render as nothing. None of
 * them belongs in a URL, and each is a way to disguise one: `javascript\u0000:` looks relative to the URL
 * parser, and becomes `javascript:` wherever a CMS, a shell or an editor strips the character.
 */

/**
 * Text holding none of them (`DI`: Unicode's Default_Ignorable_Code_Point); also the JSON Schema `pattern`
 * of an address (see build/json-schema.ts).
 */
export const WITHOUT_HIDDEN_CHARACTERS = /^[^\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{DI}]*$/u;

/**
 * The first hidden character of `text`, as `U+XXXX`, and its place counted in code points from 1 (as
 * editors count columns: an emoji such as 🌾 is one); `undefined` when there is none.
 */
export function firstHiddenCharacter(text: string): { code: string; position: number } | undefined {
  let position = 0;
  for (const character of text) {
    position++;
    const code = character.codePointAt(0) ?? 0;
    if (hidesCharacter(character))
      return { code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, position };
  }
  return undefined;
}

/** Whether `text` holds any hidden character. */
export function hidesCharacter(text: string): boolean {
  return !WITHOUT_HIDDEN_CHARACTERS.test(text);
}
