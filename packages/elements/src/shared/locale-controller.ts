import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, type Locale } from '@ketahanan/model';
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

/** Says once per tag that a language we do not ship falls back to Indonesian. */
function warnIfUnsupported(tag: string | null, locale: Locale): void {
  if (!tag || warnedTags.has(tag)) return;
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (language === locale || (language === 'in' && locale === 'id')) return;
  warnedTags.add(tag);
  warn(
    WARNING_CODES.unknownLocale,
    `lang="${tag}" is not available; showing Bahasa Indonesia. Available: id, en.`,
  );
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
 * Gives an element its locale: its own `lang`, else the nearest ancestor's (also across shadow roots),
 * else `<html lang>`, matched by the model's `resolveLocale`. Re-renders the host when it changes.
 */
export class LocaleController implements ReactiveController {
  #host: Host;
  #locale: Locale;
  #hostObserver: MutationObserver | undefined;

  constructor(host: Host) {
    this.#host = host;
    this.#locale = resolveLocale(null);
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
    const next = resolveLocale(tag);
    warnIfUnsupported(tag, next);
    if (next === this.#locale) return;
    this.#locale = next;
    this.#host.requestUpdate();
  }
}
