// Only used to resolve root-relative paths while checking them; never returned.
const PROBE_ORIGIN = 'https://base-url.invalid';
/** Whitespace, control characters and backslashes: a URL holding them is a typo or a trick, never a folder. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\s\u0000-\u001f\u007f\\]/;

/**
 * A base URL for self-hosted script-tag files, checked and ending with `/`; or null when it cannot be one.
 *
 * Accepted: an absolute `https:` or `http:` URL (`https://pemda.example/js/ketahanan/`) or a root-relative path
 * (`/js/ketahanan/`) for files on the page's own site. Refused: other schemes (`javascript:`, `data:`), a
 * protocol-relative `//host/`, credentials, a query or a fragment (the file name is appended to the base, so
 * either would swallow it), and whitespace or backslashes.
 */
export function selfHostedBase(base: string): string | null {
  const trimmed = base.trim();
  if (trimmed === '' || UNSAFE_CHARACTERS.test(trimmed)) return null;
  const rootRelative = trimmed.startsWith('/') && !trimmed.startsWith('//');
  if (!rootRelative && !URL.canParse(trimmed)) return null;
  const url = new URL(trimmed, PROBE_ORIGIN);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    trimmed.includes('?') ||
    trimmed.includes('#')
  )
    return null;
  const normalized = rootRelative ? url.pathname : url.href;
  return normalized.endsWith('/') ? normalized : `${normalized}/`;
}

/** URL of one script-tag file in a self-hosted folder; throws a readable RangeError for an unusable base. */
export function selfHostedUrl(base: string, file: string): string {
  const checked = selfHostedBase(base);
  if (checked === null) {
    throw new RangeError(
      `"${base}" cannot be a base URL for script files: use an https: URL or a path starting with /, without ? or #.`,
    );
  }
  return `${checked}${file}`;
}
