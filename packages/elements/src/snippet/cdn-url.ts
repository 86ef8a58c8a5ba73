import { scriptFolder } from './script-folder.js';

/** jsDelivr serves npm packages by exact version; unpkg works the same way with `https://unpkg.com/`. */
export const DEFAULT_CDN_BASE = 'https://cdn.jsdelivr.net/npm/';

export const PACKAGE_NAME = '@ketahanan/elements';

/** An exact version such as `1.2.3` or `1.2.3-next.0`: ranges and tags (`^1`, `latest`) are refused. */
const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export function isExactVersion(version: string): boolean {
  return EXACT_VERSION.test(version);
}

export function assertExactVersion(version: string): void {
  if (!isExactVersion(version)) {
    throw new RangeError(`"${version}" is not an exact version (expected for example 1.2.3).`);
  }
}

/**
 * URL of one script-tag file, pinned to an exact version: a CDN may cache a pinned URL forever, and an
 * `integrity` hash only holds for the bytes of one version.
 */
export function cdnUrl(version: string, file: string, base: string = DEFAULT_CDN_BASE): string {
  assertExactVersion(version);
  const prefix = cdnPrefix(base);
  return `${prefix}${PACKAGE_NAME}@${version}/dist/cdn/${file}`;
}

/** `base` as a script folder (see script-folder.ts), or a RangeError that says what it must be. */
function cdnPrefix(base: string): string {
  const folder = scriptFolder(base);
  if (folder === null) {
    throw new RangeError(
      `The CDN base is not an https or http address, or a path from the site's root, without query, fragment or credentials (such as ${DEFAULT_CDN_BASE}).`,
    );
  }
  return folder;
}
