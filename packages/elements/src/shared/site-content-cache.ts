/**
 * The page's one copy of site-content.ts: loaded the first time an element needs it, then at hand for
 * every element at once, so only the first site-supplied content on a page waits for a download.
 */
import { loadedSiteContent, loadSiteContent, type SiteContent } from './load-site-content.js';

let loaded: SiteContent | undefined;
let loading: Promise<SiteContent | undefined> | undefined;

/**
 * The module once it has loaded, or at once when the page loaded it already (a script-tag page that put
 * `site-content.js` before the element files); `undefined` before (call {@link whenSiteContent} to load it).
 */
export function siteContent(): SiteContent | undefined {
  return (loaded ??= loadedSiteContent());
}

/**
 * Settles with the module once it has loaded, or with `undefined` when it could not be (offline, or its
 * bytes did not match their SRI hash); a later call then tries again. Never rejects.
 */
export function whenSiteContent(): Promise<SiteContent | undefined> {
  // The loaders never throw; they reject.
  return (loading ??= loadSiteContent().then(
    (module) => (loaded = module),
    () => {
      loading = undefined;
      return undefined;
    },
  ));
}
