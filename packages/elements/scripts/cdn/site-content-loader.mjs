// How the script-tag files load site-content.js, the readers and validator of a site's own content (see
// src/shared/site-content.ts), which a page showing only the built-in article never needs.
//
// It is built once, self-contained, as dist/cdn/site-content.js. Every other script-tag file replaces
// src/shared/load-site-content.ts (a bare `import()` for bundlers) with a loader that pins that file by
// its SRI hash: it adds `<script type="module" integrity>` for the file and, once that script has run,
// takes the module from where the file announced itself under its address (src/shared/site-content-
// registry.ts). A file whose bytes changed is refused (the script's error event) and never runs: the
// element shows its error state. A page that loaded the file before the element file (the snippet writes
// that tag for content of a site's own) has it announced already: the element then uses it at once, with
// no script and no loading line.
//
// A script element, not `<link rel="modulepreload" integrity>`: WebKit loads a modulepreload link whose
// hash does not match without complaint (test/cdn-build/site-content-loading.test.ts). And no `import()`
// of the file at all: after a refused script, Chromium and WebKit would fetch it again, unchecked, for
// one; the registry needs no second look at the module map, and the file then needs no exports. Where the
// page enforces Trusted Types, the script's address is made a TrustedScriptURL by a policy named
// `ketahanan-site-content` that vouches for this one address only.
//
// The classic file cannot import a module; it carries site-content.ts statically (an inlined `import()`
// would wrap every module in a lazy initializer, 0.9 KB more).
//
// The file's address is resolved against the element file's own (`import.meta.url`), so it is found beside
// it wherever the files are hosted, and a `?ver=` a CMS adds to the element file is not carried over.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The file's name in dist/cdn/. */
export const SITE_CONTENT_FILE = 'site-content.js';

/** Where site-content.js announces itself as it runs (src/script-tag/site-content.ts). */
const REGISTRY_MODULE = fileURLToPath(new URL('../../src/shared/site-content-registry.ts', import.meta.url));

/** The module every element's content controller loads site-content.ts through. */
const LOADER_MODULE = /[\\/]src[\\/]shared[\\/]load-site-content\.ts$/;

/**
 * The SRI hash (sha384) of a built file, as an `integrity` attribute writes it.
 * @param {string | URL} path
 */
export function sriOf(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

/**
 * The loader's source, with the address and hash filled in.
 * @param {string} address the file's address relative to the element file (`./site-content.js`)
 * @param {string} integrity its SRI hash
 */
function loaderSource(address, integrity) {
  return `import { announcedSiteContent } from ${JSON.stringify(REGISTRY_MODULE)};
const url = new URL(/* @vite-ignore */ ${JSON.stringify(address)}, import.meta.url).href;
let policy;
// A page that loaded the file already (its own script tag, before this file) has it announced.
export function loadedSiteContent() {
  return announcedSiteContent(url);
}
export function loadSiteContent() {
  return new Promise((resolve, reject) => {
    policy ??= globalThis.trustedTypes?.createPolicy('ketahanan-site-content', {
      createScriptURL: (value) => {
        if (value != url) throw 0;
        return value;
      },
    });
    // No crossorigin attribute: a module script is fetched with CORS anyway, and sends cookies to its own
    // site only, as the element file was fetched.
    const script = document.createElement('script');
    script.type = 'module';
    script.integrity = ${JSON.stringify(integrity)};
    script.onload = resolve;
    // The browser's console names the file and why; the element shows its error state (content-controller.ts).
    script.onerror = reject;
    script.src = policy ? policy.createScriptURL(url) : url;
    document.head.append(script);
  }).then(() => announcedSiteContent(url) ?? Promise.reject());
}
`;
}

/** The loader of a file that carries site-content.ts itself (the classic script). */
const BUNDLED_SOURCE = `import * as siteContent from './site-content.js';
export function loadSiteContent() {
  return Promise.resolve(siteContent);
}
export function loadedSiteContent() {
  return siteContent;
}
`;

/**
 * The Vite plugin: loads site-content.js from `address` beside the element file, pinned by the hash
 * `integrity()` gives when the element file is built (site-content.js is built before it).
 * @param {string} address
 * @param {() => string} integrity
 * @returns {import("rolldown").Plugin}
 */
export function siteContentLoader(address, integrity) {
  return {
    name: 'ketahanan:site-content-loader',
    load: {
      filter: { id: LOADER_MODULE },
      /** @param {string} id */
      handler(id) {
        return LOADER_MODULE.test(id) ? loaderSource(address, integrity()) : undefined;
      },
    },
  };
}

/**
 * The Vite plugin of the classic script: site-content.ts bundled in, loaded at once.
 * @returns {import("rolldown").Plugin}
 */
export function siteContentBundled() {
  return {
    name: 'ketahanan:site-content-bundled',
    load: {
      filter: { id: LOADER_MODULE },
      /** @param {string} id */
      handler(id) {
        return LOADER_MODULE.test(id) ? BUNDLED_SOURCE : undefined;
      },
    },
  };
}
