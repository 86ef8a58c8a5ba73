/** Schemes a link or image from content may use; `javascript:`, `data:`, `vbscript:` and the rest never pass. */
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:', 'tel:']);

// Only used to tell relative URLs from absolute ones; never returned.
const PROBE_BASE = 'https://relative.invalid/';
/** Text that starts with a scheme (`https:`, `mailto:`, `x-y:`), which makes it an absolute URL. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * The URL when its scheme is https:, http:, mailto: or tel: (relative URLs resolve as http(s)); else null.
 *
 * With a `base`, the result is the resolved absolute URL. Without one, a relative URL (`/mitra`, `logo.png`)
 * is returned as written, since the page will resolve it against its own http(s) address. The WHATWG URL
 * parser decides what the scheme is, so tricks such as `java\tscript:` or leading spaces are seen through.
 */
export function safeUrl(url: string | undefined, base?: string): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (trimmed === '') return null;
  try {
    const absolute = parsesAlone(trimmed);
    // `https:<junk>` parses only relative to an https base such as the probe; on an http page it is an
    // invalid URL, a link that goes nowhere. A URL that names its scheme must parse on its own.
    if (!absolute && base === undefined && SCHEME.test(trimmed)) return null;
    const parsed = new URL(trimmed, base ?? PROBE_BASE);
    if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return null;
    return absolute || base !== undefined ? parsed.href : trimmed;
  } catch {
    return null;
  }
}

/**
 * Whether `url` is a URL without a base: `URL.canParse()`, written out because Chrome < 120 and Safari < 17
 * lack it (the script-tag widgets run in Chrome 111 and Safari 16.4), where every link would be dropped.
 */
function parsesAlone(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
