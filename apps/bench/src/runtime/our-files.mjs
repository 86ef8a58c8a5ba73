// @ts-check
// Which files a page loads to get one of our elements: the shipped script-tag file when dist/cdn has it
// (that is what the demo site and most users load), else the npm entry bundled like a consumer would.
import { npmBundleId } from '../bytes/our-subjects.mjs';

const PLACEHOLDER_BYTES = 1000;

/** What the script-tag files load for content a page gives (see @ketahanan/elements' site-content-loader). */
const SITE_CONTENT_FILE = 'site-content.js';

/**
 * @param {string} element  e.g. "faq-accordion"
 * @param {import('../bytes/measure-bytes.mjs').ByteRow[]} rows
 * @returns {{ urls: string[], source: string } | undefined}
 */
export function ourFiles(element, rows) {
  const cdn = rows.find(
    (row) =>
      row.kind === 'cdn' &&
      new RegExp(`^(kl-)?${element}(\\.min)?\\.m?js$`).test(row.label) &&
      row.urls.length > 0 &&
      // A self-contained element carries Lit (5 kB brotli): a tiny file is a stub, not a build.
      (row.sizes?.min ?? 0) >= PLACEHOLDER_BYTES,
  );
  if (cdn) {
    // The element needs site-content.js (the validator of a site's own content) the first time it is given
    // content, which every runtime page does. The page loads it before the element's own file, as the
    // snippet writes it for such a page, so the element finds it at once: a render then measures rendering,
    // not a one-time download, and the heap baseline holds the validator as it did when it was part of the
    // element's file.
    const later = rows.find(
      (row) => row.kind === 'cdn' && row.label === SITE_CONTENT_FILE && row.urls.length,
    );
    if (element === 'ketahanan' || !later) return { urls: cdn.urls, source: `dist/cdn/${cdn.label}` };
    return { urls: [...later.urls, ...cdn.urls], source: `dist/cdn/${cdn.label} + ${SITE_CONTENT_FILE}` };
  }
  const npm = rows.find((row) => row.id === npmBundleId(`./${element}`) && row.urls.length > 0);
  if (npm) return { urls: npm.urls, source: `npm entry, bundled (${npm.label})` };
  const all = rows.find((row) => row.id === npmBundleId('.') && row.urls.length > 0);
  if (all) return { urls: all.urls, source: `npm root entry, bundled (${all.label})` };
  return undefined;
}
