import { hidesCharacter } from './hidden-characters.js';

/** Schemes a link or image from content may use; `javascript:`, `data:`, `vbscript:` and the rest never pass. */
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** Only used to check that a relative address is valid; never returned. */
const PROBE = 'https://relative.invalid/';
/** Text that starts with a scheme (`https:`, `mailto:`, `x-y:`), which makes it an absolute URL. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * What a relative address may keep as it is: RFC 3986's unreserved and reserved characters, and `%` that
 * starts an escape. Everything else (spaces, quotes, `<`, `|`, a `%` that starts nothing, non-ASCII letters)
 * is percent-encoded, which is what the browser does with it anyway.
 */
// Spelled out rather than `\w` with the `i` flag: with `u`, that also matches U+017F (ſ) and U+212A (K).
const TO_ENCODE = /%(?![\dA-Fa-f]{2})|[^A-Za-z\d_\-.~:/?#[\]@!$&'()*+,;=%]/gu;

/**
 * The address when its scheme is https:, http:, mailto: or tel:, or when it is relative (the page it is on
 * is http(s)); else null. What it returns is printable ASCII, so nothing that strips characters later can
 * change what it means.
 *
 * An address holding a control or invisible character anywhere is refused: the URL parser would read
 * `javascript\u0000:` as a relative path, and anything that later strips the NUL would make it a script.
 * With a `base`, the result is the resolved absolute URL. Without one, an absolute address is the URL
 * parser's own serialisation (`https:desa.example` is `https://desa.example/` on every page), and a relative
 * one stays relative, percent-encoded, with backslashes in its path read as slashes, as browsers read them.
 */
export function safeUrl(url: string | undefined, base?: string): string | null {
  if (typeof url !== 'string' || hidesCharacter(url)) return null;
  const trimmed = url.trim();
  if (trimmed === '') return null;
  try {
    if (base === undefined && !SCHEME.test(trimmed)) {
      // A relative address must be valid on an http(s) page (`//` and `//exa mple` name no host): this throws
      // where it is not. Not `URL.canParse()`, which Chrome < 120 and Safari < 17 lack (every link was dropped).
      new URL(trimmed, PROBE);
      return relativeReference(trimmed);
    }
    const parsed = new URL(trimmed, base);
    // The parser keeps spaces in an opaque path (`mailto:`, `tel:`); encoded, they stay in the address.
    return ALLOWED_PROTOCOLS.has(parsed.protocol) ? parsed.href.replaceAll(' ', '%20') : null;
  } catch {
    return null;
  }
}

function relativeReference(text: string): string {
  const path = /^[^?#]*/.exec(text)?.[0] ?? '';
  const encoded = (path.replaceAll('\\', '/') + text.slice(path.length)).replace(TO_ENCODE, (character) =>
    encodeURIComponent(character),
  );
  // A first segment holding a colon would read as a scheme once something removed the escapes before it
  // (`java%20script:`): `./` keeps it a path.
  return /^[^/?#]*:/.test(encoded) ? `./${encoded}` : encoded;
}
