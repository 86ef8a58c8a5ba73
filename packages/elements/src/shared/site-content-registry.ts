/**
 * Where a script-tag `site-content.js` announces itself once it has run, under its own address, so an
 * element file beside it finds it at once instead of adding a script tag and waiting a task for it. A page
 * that gives widgets content of its own can load the file up front (before the element files, with its
 * `integrity`), and its widgets then show that content in their first render, with no loading line.
 *
 * Keyed by address, as the browser's module map is: an element file imports the module that loaded from
 * `site-content.js` beside it, and that is the one it finds here (a copy of another version lives at
 * another address). Without query or fragment: a CMS adds `?ver=` to the tags it prints (WordPress does),
 * and the element file looks for the file beside it without one. A global, since the element files and
 * site-content.js are separate scripts; a `Symbol.for` key, so no page variable can clash with it. Every
 * version on a page shares it: keep it a `Map` from address to module, which each version reads only at
 * addresses of its own.
 */
import type { SiteContent } from './load-site-content.js';

const KEY: unique symbol = Symbol.for('ketahanan-lokal.site-content');

/** The page's registry, made by the first site-content.js that runs. */
const page = globalThis as { [KEY]?: Map<string, SiteContent> };

/** The address without its query and fragment. */
function key(address: string): string {
  return address.replace(/[?#].*$/s, '');
}

/** Called by site-content.js as it runs. */
export function announceSiteContent(address: string, module: SiteContent): void {
  const registry = page[KEY] ?? new Map<string, SiteContent>();
  registry.set(key(address), module);
  page[KEY] = registry;
}

/** The module loaded from `address`, once it has run; `undefined` before. */
export function announcedSiteContent(address: string): SiteContent | undefined {
  return page[KEY]?.get(key(address));
}
