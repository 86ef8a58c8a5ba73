import { safeUrl } from '@ketahanan/model';

/** Only resolves a path from the site's root while it is checked; never returned. */
const PROBE = 'https://script-folder.invalid/';

/**
 * `base` as a folder that a script file's name is appended to, normalised by the model's `safeUrl` (so a
 * control or invisible character anywhere refuses it, and what is written is printable ASCII) and ending
 * in `/`; null when it cannot be one.
 *
 * Accepted: an https or http address, or a path from the site's root (`/js/ketahanan/`, `//cdn.example/`).
 * Refused: any other scheme, credentials, a query or a fragment (the file name would land inside them), a
 * path relative to the page (it would name another folder on every page), and whitespace or backslashes
 * (a typo or a trick, never a folder). The CDN base (cdn-url.ts) and the self-hosted base (base-url.ts)
 * are both this check.
 */
export function scriptFolder(base: string): string | null {
  const trimmed = base.trim();
  if (/[\s\\]/.test(trimmed)) return null;
  const safe = safeUrl(trimmed);
  if (safe === null || /[?#]/.test(safe)) return null;
  if (!safe.startsWith('/') && !/^https?:/.test(safe)) return null;
  const url = new URL(safe, PROBE);
  if (url.username || url.password) return null;
  return safe.endsWith('/') ? safe : `${safe}/`;
}
