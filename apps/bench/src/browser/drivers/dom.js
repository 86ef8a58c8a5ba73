// @ts-check
// Tiny DOM builders for the native floors and the peers' light-DOM markup.

/**
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @param {(Node | string)[]} [children]
 */
export function el(tag, attributes = {}, children = []) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Every element of `selector` inside `host`'s shadow root (empty when there is none yet). */
export function shadowAll(/** @type {Element} */ host, /** @type {string} */ selector) {
  return Array.from(host.shadowRoot?.querySelectorAll(selector) ?? []);
}

/** The first match inside the shadow root; throws when missing so a changed peer fails loudly. */
export function shadowOne(/** @type {Element} */ host, /** @type {string} */ selector) {
  const found = host.shadowRoot?.querySelector(selector);
  if (!(found instanceof HTMLElement))
    throw new Error(`<${host.localName}> has no "${selector}" in its shadow root.`);
  return found;
}

/** Wraps a stage in the Spectrum theme element their components need to look right. */
export function spectrumTheme(/** @type {HTMLElement} */ root) {
  const theme = el('sp-theme', { system: 'spectrum', color: 'light', scale: 'medium' });
  root.append(theme);
  return theme;
}

/**
 * @param {Element} element
 * @returns {Element & { updateComplete: Promise<unknown>, open?: boolean, checked?: boolean }}
 */
export const lit = (element) =>
  /** @type {Element & { updateComplete: Promise<unknown>, open?: boolean, checked?: boolean }} */ (element);
