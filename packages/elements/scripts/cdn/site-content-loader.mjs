// How the script-tag files load site-content.js, the readers and validator of a site's own content (see
// src/shared/site-content.ts), which a page showing only the built-in article never needs.
//
// It is built once, self-contained, as dist/cdn/site-content.js. Every other script-tag file replaces
// src/shared/load-site-content.ts (a bare `import()` for bundlers) with a loader that pins that file by
// its SRI hash: it adds `<link rel="modulepreload" integrity>` for the file and imports it once the link
// has loaded. The module `import()` then finds is the one the link fetched and checked; a file whose
// bytes changed is refused (the link's error), and the element shows its error state. A browser without
// modulepreload (Safari before 17) imports the file unchecked, as it would the split layout's chunks.
//
// The classic file cannot import a module; it carries site-content.ts statically (an inlined `import()`
// would wrap every module in a lazy initializer, 0.9 KB more).
//
// The file's address is resolved against the element file's own (`import.meta.url`), so it is found beside
// it wherever the files are hosted, and a `?ver=` a CMS adds to the element file is not carried over.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The file's name in dist/cdn/. */
export const SITE_CONTENT_FILE = 'site-content.js';

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
  return `const url = new URL(/* @vite-ignore */ ${JSON.stringify(address)}, import.meta.url).href;
export function loadSiteContent() {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    if (!link.relList.supports('modulepreload')) return resolve();
    link.rel = 'modulepreload';
    link.crossOrigin = 'anonymous';
    link.integrity = ${JSON.stringify(integrity)};
    link.href = url;
    link.onload = () => resolve();
    // The browser's console names the file and why; the element shows its error state (content-controller.ts).
    link.onerror = reject;
    (document.head ?? document.documentElement).append(link);
  }).then(() => import(/* @vite-ignore */ url));
}
`;
}

/** The loader of a file that carries site-content.ts itself (the classic script). */
const BUNDLED_SOURCE = `import * as siteContent from './site-content.js';
export function loadSiteContent() {
  return Promise.resolve(siteContent);
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
