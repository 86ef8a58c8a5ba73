import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, type Locale } from '@ketahanan/model';
import { languageChain, onLanguagePacks, readPagePacks } from './messages/language-packs.js';
import { WARNING_CODES, warnOnce } from './warnings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Controllers whose hosts are connected; one document-wide observer re-resolves them all. */
const live = new Set<LocaleController>();
let documentObserver: MutationObserver | undefined;

function observeDocument(): void {
  if (documentObserver) return;
  // One observer for the whole page: a `lang` change anywhere (on <html>, on a wrapper) may change which
  // language an element inherits, and re-resolving is a cheap walk up the tree.
  documentObserver = new MutationObserver(() => {
    for (const controller of live) controller.refresh();
  });
  documentObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

// A pack added at run time may change any element's strings, whatever its language.
onLanguagePacks(() => {
  for (const controller of live) controller.refresh(true);
});

/** `tag` if `Intl` accepts it (plural rules and numbers then follow it), else `fallback`. */
function validTag(tag: string, fallback: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? fallback;
  } catch {
    return fallback;
  }
}

/** The nearest `lang` attribute at or above `element`, crossing shadow-root boundaries. */
export function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return null;
}

/**
 * Gives an element its language: its own `lang`, else the nearest ancestor's (also across shadow roots),
 * else `<html lang>`, matched against the page's language packs and the built-in languages (see
 * `languageChain`; else Indonesian). Re-renders the host when it, or a pack it uses, changes.
 */
export class LocaleController implements ReactiveController {
  #host: Host;
  #locale: Locale;
  #language: string = DEFAULT_LOCALE;
  #packs: readonly object[] = [];
  #hostObserver: MutationObserver | undefined;

  constructor(host: Host) {
    this.#host = host;
    this.#locale = DEFAULT_LOCALE;
    host.addController(this);
  }

  get locale(): Locale {
    return this.#locale;
  }

  /** The language tag the UI strings are in (`jv`, `en-GB`); its plural rules pick counted forms. */
  get language(): string {
    return this.#language;
  }

  /** The strings of the page's packs for that language, most specific first. */
  get packs(): readonly object[] {
    return this.#packs;
  }

  hostConnected(): void {
    live.add(this);
    observeDocument();
    // The document observer does not see into shadow roots, so the host watches its own attribute too.
    this.#hostObserver ??= new MutationObserver(() => {
      this.refresh();
    });
    this.#hostObserver.observe(this.#host, { attributes: true, attributeFilter: ['lang'] });
    readPagePacks();
    this.refresh();
  }

  hostDisconnected(): void {
    live.delete(this);
    this.#hostObserver?.disconnect();
  }

  /** Re-reads the language and asks for a render when it changed (always when `packsChanged`). */
  refresh(packsChanged = false): void {
    const tag = inheritedLang(this.#host);
    const chain = languageChain(tag);
    // Said once per tag: a language with neither a pack nor built-in strings falls back to Indonesian.
    if (tag && !chain)
      warnOnce(
        WARNING_CODES.unknownLocale,
        `lang="${tag}": no strings (id, en, or a language pack); showing id.`,
      );
    const locale = chain?.locale ?? DEFAULT_LOCALE;
    const language = tag && chain ? validTag(tag, locale) : locale;
    if (!packsChanged && locale === this.#locale && language === this.#language) return;
    this.#locale = locale;
    this.#language = language;
    this.#packs = chain?.packs ?? [];
    this.#host.requestUpdate();
  }
}
