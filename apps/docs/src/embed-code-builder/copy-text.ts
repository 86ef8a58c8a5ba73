/**
 * Puts text on the clipboard. Resolves false instead of throwing: the Clipboard API is missing on
 * non-secure origins and refused when the document is not focused, and the builder then says how to copy
 * by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
