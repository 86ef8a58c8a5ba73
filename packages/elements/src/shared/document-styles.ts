import type { ReactiveElement } from 'lit';

/** Copies of our stylesheets made in another document, by document and original sheet. */
const copies = new WeakMap<Document, WeakMap<CSSStyleSheet, CSSStyleSheet>>();

function copyFor(document: Document, view: Window & typeof globalThis, sheet: CSSStyleSheet): CSSStyleSheet {
  let byDocument = copies.get(document);
  if (!byDocument) copies.set(document, (byDocument = new WeakMap()));
  let copy = byDocument.get(sheet);
  if (!copy) {
    copy = new view.CSSStyleSheet();
    copy.replaceSync(Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'));
    byDocument.set(sheet, copy);
  }
  return copy;
}

/**
 * Gives the shadow root its stylesheets back after the element moved to another document (a framework
 * portal, a print frame, a picture-in-picture window) and possibly back again. The browser empties a
 * shadow root's `adoptedStyleSheets` when its document changes, and Lit adopts them only once, when it
 * creates the root: without this the widget comes back unstyled. A constructed sheet can be adopted only
 * in the document it was made in, so another document gets copies made there. Call in connectedCallback.
 */
export function restoreStyles(host: ReactiveElement): void {
  const root = host.shadowRoot;
  if (!root || !('adoptedStyleSheets' in root) || root.adoptedStyleSheets.length > 0) return;
  const sheets = (host.constructor as typeof ReactiveElement).elementStyles.flatMap((style) =>
    style instanceof CSSStyleSheet ? [style] : style.styleSheet ? [style.styleSheet] : [],
  );
  const view = host.ownerDocument.defaultView;
  // No sheets means Lit used <style> elements (they move with the root); no window means nothing renders.
  if (sheets.length === 0 || !view) return;
  root.adoptedStyleSheets =
    host.ownerDocument === document
      ? sheets
      : sheets.map((sheet) => copyFor(host.ownerDocument, view, sheet));
}
