/**
 * Loads site-content.ts, the validator and readers of a site's own content, once per page. Bundlers split
 * it into a file of its own; the script-tag build replaces this module with one that pins that file by its
 * SRI hash and finds it at once when the page loaded it already (scripts/cdn/site-content-loader.mjs).
 */
export type SiteContent = typeof import('./site-content.js');

export function loadSiteContent(): Promise<SiteContent> {
  return import('./site-content.js');
}

/** The module, when it is at hand without waiting: never, for a bundler's chunk. */
export function loadedSiteContent(): SiteContent | undefined {
  return undefined;
}
