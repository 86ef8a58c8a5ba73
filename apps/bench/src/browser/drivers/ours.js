// @ts-check
// Everything the bench knows about the shadow DOM of our elements, in one place: the drivers act the way a
// user does (click the question button, pick a sector), so only these selectors depend on our markup.
import { shadowAll } from './dom.js';

/** The question buttons of kl-faq-accordion (inside headings; the "show all" button is not one). */
export const faqQuestionButtons = (/** @type {Element} */ host) =>
  shadowAll(host, ':is(h1, h2, h3, h4, h5, h6, [role="heading"]) button');

/** The "Buka semua / Show all" button. */
export function faqShowAllButton(/** @type {Element} */ host) {
  const questions = new Set(faqQuestionButtons(host));
  const found = shadowAll(host, 'button').find(
    (button) => !questions.has(button) && /buka semua|show all/i.test(button.textContent ?? ''),
  );
  if (!(found instanceof HTMLElement)) throw new Error('kl-faq-accordion has no "show all" button.');
  return found;
}

export const explorerTabs = (/** @type {Element} */ host) => shadowAll(host, '[role="tab"]');

export const checklistBoxes = (/** @type {Element} */ host) => shadowAll(host, 'input[type="checkbox"]');

/** The sector filter of kl-partner-cards: the first <select> (sector comes before area). */
export function cardsSectorSelect(/** @type {Element} */ host) {
  const [select] = shadowAll(host, 'select');
  if (!(select instanceof HTMLSelectElement)) throw new Error('kl-partner-cards has no sector <select>.');
  return select;
}

/** The cards a user can see: card elements or articles in the list, filtered-out ones excluded. */
export const visibleCards = (/** @type {Element} */ host) =>
  shadowAll(host, 'kl-partner-card, article').filter((card) => card.checkVisibility());
