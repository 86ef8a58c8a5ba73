// Runs in the test page (a Vitest provider init script). Locators carry Playwright-style selectors, as with
// the Playwright provider, so `page.getByRole(…)`, `elementLocator(…)` and `userEvent.click(element)` all
// name an element in one syntax; the provider's commands hand the selector back to this page, where
// Vitest's own selector engine finds the element (through shadow roots) for the real click.
import {
  Locator,
  getByAltTextSelector,
  getByLabelSelector,
  getByPlaceholderSelector,
  getByRoleSelector,
  getByTestIdSelector,
  getByTextSelector,
  getByTitleSelector,
  selectorEngine,
} from '@vitest/browser/locators';
import { page, server } from 'vitest/browser';
import { __INTERNAL } from 'vitest/internal/browser';

class BidiLocator extends Locator {
  constructor(selector, container) {
    super();
    this.selector = selector;
    this._container = container;
  }

  locator(selector) {
    return new BidiLocator(`${this.selector} >> ${selector}`, this._container);
  }

  elementLocator(element) {
    return new BidiLocator(selectorEngine.generateSelectorSimple(element), element);
  }
}

page.extend({
  getByLabelText: (text, options) => new BidiLocator(getByLabelSelector(text, options)),
  getByRole: (role, options) => new BidiLocator(getByRoleSelector(role, options)),
  getByTestId: (testId) =>
    new BidiLocator(getByTestIdSelector(server.config.browser.locators.testIdAttribute, testId)),
  getByAltText: (text, options) => new BidiLocator(getByAltTextSelector(text, options)),
  getByPlaceholder: (text, options) => new BidiLocator(getByPlaceholderSelector(text, options)),
  getByText: (text, options) => new BidiLocator(getByTextSelector(text, options)),
  getByTitle: (title, options) => new BidiLocator(getByTitleSelector(title, options)),
  elementLocator: (element) => new BidiLocator(selectorEngine.generateSelectorSimple(element), element),
  frameLocator: (locator) => new BidiLocator(`${locator.selector} >> internal:control=enter-frame`),
});

__INTERNAL._createLocator = (selector) => new BidiLocator(selector);

/**
 * The element a command's selector names, for the provider (which evaluates this in the test frame).
 * Strict, like Playwright: a selector that matches two elements is an error, not a guess.
 */
globalThis.__klFindBySelector = (selector) =>
  selectorEngine.querySelector(selectorEngine.parseSelector(selector), document.documentElement, true);
