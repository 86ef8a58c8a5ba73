import { supportedLocale, type Locale } from '@ketahanan/model';
import { WARNING_CODES, warnOnce } from '../warnings.js';

/**
 * A page's own UI strings for one language, as JSON: the same keys as the built-in `id` and `en` strings
 * (any subset), plural forms as objects. A pack for `id` or `en` overrides those built-in strings; a pack
 * for any other language (`jv`, `su`, `en-AU`) adds it, and its missing strings come from `fallback`
 * (another pack or a built-in language; `id` when not given), so no string is ever blank.
 */
export interface LanguagePack {
  /** The language the strings are in: a BCP 47 tag such as `jv` or `en-AU`. */
  readonly lang: string;
  /** Where missing strings come from: another pack's `lang`, `id` or `en`. Default `id`. */
  readonly fallback?: string;
  /** The strings, by section as in the built-in ones: `{ "faq": { "showAll": "…" } }`. */
  readonly messages: object;
}

/** The packs a page registered, by lower-cased `lang`; a later pack for the same language wins. */
const packs = new Map<string, LanguagePack[]>();
const listeners = new Set<() => void>();

/** Calls `listener` whenever a pack is added, so elements on the page re-render with it. */
export function onLanguagePacks(listener: () => void): void {
  listeners.add(listener);
}

/**
 * Adds a language, or overrides strings of one, for every element on the page, also those already shown.
 * A value that is not a pack is ignored with one warning; a pack's unknown keys and malformed strings are
 * ignored one by one when an element uses them (the built-in string stays). Validate a pack before
 * publishing it with `ketahanan validate pack.json`.
 */
export function addLanguagePack(pack: LanguagePack): void {
  // Only what would break the lookup is checked here; bad strings are caught one by one as they are used.
  if (
    typeof (pack as Partial<LanguagePack> | null)?.lang !== 'string' ||
    !(pack.messages instanceof Object)
  ) {
    warnOnce(WARNING_CODES.invalidLanguagePack, 'not a language pack');
    return;
  }
  const lang = pack.lang.toLowerCase();
  packs.set(lang, [...(packs.get(lang) ?? []), pack]);
  for (const listener of listeners) listener();
}

/**
 * Packs a page wrote in HTML: `<script type="application/json" data-kl-language-pack>{…}</script>`
 * anywhere in the document. Read when the first element asks, and once more when the document is parsed
 * (a pack placed after the elements, or after a classic script tag, still counts).
 */
let scanned = new WeakSet<Element>();
export function readPagePacks(): void {
  for (const script of document.querySelectorAll('script[data-kl-language-pack]')) {
    if (scanned.has(script)) continue;
    scanned.add(script);
    try {
      addLanguagePack(JSON.parse(script.textContent) as LanguagePack);
    } catch {
      warnOnce(WARNING_CODES.invalidLanguagePack, 'data-kl-language-pack: not JSON');
    }
  }
}
if (typeof document !== 'undefined' && document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', readPagePacks);
}

/** Forgets every pack: for tests. */
export function clearLanguagePacks(): void {
  packs.clear();
  scanned = new WeakSet();
}

/** The strings of one language: the packs that apply, most specific first, then the built-in locale. */
export interface LanguageChain {
  /** The packs' strings, most specific first (`en-AU`, then `en` overrides), then the built-in strings. */
  readonly packs: readonly object[];
  /** The built-in language at the end of the chain: it gives the content and every missing string. */
  readonly locale: Locale;
}

/**
 * The chain for a language tag, by BCP 47 lookup: `jv-Latn-ID` tries `jv-latn-id`, `jv-latn`, then `jv`;
 * a pack found there continues with its `fallback`; a built-in language (`id`, `en`) ends the chain.
 * `undefined` when neither a pack nor a built-in language matches.
 */
export function languageChain(tag: string | null): LanguageChain | undefined {
  const chain: object[] = [];
  const seen = new Set<string>();
  let next: string | undefined = tag?.trim().toLowerCase();
  let found = false;
  while (next && !seen.has(next)) {
    seen.add(next);
    const locale = supportedLocale(next);
    const subtags = next.split(/[-_]/);
    let fallback: string | undefined;
    for (let length = subtags.length; length > 0; length--) {
      const own = packs.get(subtags.slice(0, length).join('-'));
      if (!own) continue;
      found = true;
      chain.push(...own.map((pack) => pack.messages).reverse());
      // A built-in language collects all its packs (`en-AU`, then the page's `en`) and ends the chain.
      if (!locale) {
        fallback = own[own.length - 1]?.fallback ?? 'id';
        break;
      }
    }
    if (locale) return { packs: chain, locale };
    next = fallback?.toLowerCase();
  }
  return found ? { packs: chain, locale: 'id' } : undefined;
}
