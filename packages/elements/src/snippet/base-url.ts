import { scriptFolder } from './script-folder.js';

/**
 * A base URL for self-hosted script-tag files, checked and ending with `/`; or null when it cannot be one.
 *
 * Accepted: an absolute `https:` or `http:` URL (`https://pemda.example/js/ketahanan/`) or a root-relative path
 * (`/js/ketahanan/`) for files on the page's own site: the folder rule of every script URL (see
 * script-folder.ts), less a protocol-relative `//host/`, which only looks like a path on the site.
 */
export function selfHostedBase(base: string): string | null {
  return base.trim().startsWith('//') ? null : scriptFolder(base);
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
