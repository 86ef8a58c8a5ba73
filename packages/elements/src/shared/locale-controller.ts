import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, supportedLocale, type Locale } from '@ketahanan/model';
import { WARNING_CODES, warn } from './warnings.js';

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

const warnedTags = new Set<string>();

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
 * Gives an element its locale: its own `lang`, else the nearest ancestor's (also across shadow roots),
 * else `<html lang>`, matched by the model's `supportedLocale` (else Indonesian). Re-renders the host
 * when it changes.
 */
export class LocaleController implements ReactiveController {
  #host: Host;
  #locale: Locale;
  #hostObserver: MutationObserver | undefined;

  constructor(host: Host) {
    this.#host = host;
    this.#locale = DEFAULT_LOCALE;
    host.addController(this);
  }

  get locale(): Locale {
    return this.#locale;
  }

  hostConnected(): void {
    live.add(this);
    observeDocument();
    // The document observer does not see into shadow roots, so the host watches its own attribute too.
    this.#hostObserver ??= new MutationObserver(() => {
      this.refresh();
    });
    this.#hostObserver.observe(this.#host, { attributes: true, attributeFilter: ['lang'] });
    this.refresh();
  }

  hostDisconnected(): void {
    live.delete(this);
    this.#hostObserver?.disconnect();
  }

  /** Re-reads the language and asks for a render when it changed. */
  refresh(): void {
    const tag = inheritedLang(this.#host);
    const supported = supportedLocale(tag);
    // Said once per tag: a language we do not ship falls back to Indonesian.
    if (tag && !supported && !warnedTags.has(tag)) {
      warnedTags.add(tag);
      warn(
        WARNING_CODES.unknownLocale,
        `lang="${tag}" is not available; showing Bahasa Indonesia. Available: id, en.`,
      );
    }
    const next = supported ?? DEFAULT_LOCALE;
    if (next === this.#locale) return;
    this.#locale = next;
    this.#host.requestUpdate();
  }
}
