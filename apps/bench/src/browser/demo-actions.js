// @ts-check
// Imported into the demo page by the bench (never by the page itself): waits until the four widgets have
// rendered, then uses each the way a visitor would, one frame apart.
import { macrotask, until } from './settle.js';
import {
  checklistBoxes,
  explorerTabs,
  faqQuestionButtons,
  faqShowAllButton,
  cardsSectorSelect,
} from './drivers/ours.js';

const TAGS = ['kl-faq-accordion', 'kl-challenge-explorer', 'kl-principle-checklist', 'kl-partner-cards'];

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** The first instance of each widget on the page (throws when one is missing). */
function widgets() {
  return TAGS.map((tag) => {
    const found = document.querySelector(tag);
    if (!found) throw new Error(`The demo page has no <${tag}>.`);
    return /** @type {HTMLElement & { updateComplete: Promise<unknown> }} */ (found);
  });
}

/** Milliseconds from navigation start until every widget has rendered its content. */
export async function whenRendered() {
  await Promise.race([
    Promise.all(TAGS.map((tag) => customElements.whenDefined(tag))),
    new Promise((_, reject) =>
      setTimeout(() => {
        reject(
          new Error(`Not defined after 20 s: ${TAGS.filter((tag) => !customElements.get(tag)).join(', ')}.`),
        );
      }, 20_000),
    ),
  ]);
  const all = widgets();
  await Promise.all(all.map((widget) => widget.updateComplete));
  const [faq, explorer, checklist, cards] = all;
  await until(
    () =>
      faqQuestionButtons(/** @type {Element} */ (faq)).length > 0 &&
      explorerTabs(/** @type {Element} */ (explorer)).length > 0 &&
      checklistBoxes(/** @type {Element} */ (checklist)).length > 0 &&
      (cards?.shadowRoot?.childElementCount ?? 0) > 0,
    'every widget rendered',
  );
  return performance.now();
}

/** Opens a question, shows all, picks a tab, ticks a principle, filters the cards. */
export async function interact() {
  const [faq, explorer, checklist, cards] = widgets().map((widget) => /** @type {Element} */ (widget));
  /** @type {[string, () => Element | undefined][]} */
  const steps = [
    ['the first FAQ question', () => faqQuestionButtons(/** @type {Element} */ (faq))[0]],
    ['"show all"', () => faqShowAllButton(/** @type {Element} */ (faq))],
    ['the second challenge tab', () => explorerTabs(/** @type {Element} */ (explorer))[1]],
    ['the first principle', () => checklistBoxes(/** @type {Element} */ (checklist))[0]],
  ];
  for (const [what, target] of steps) {
    const element = target();
    if (!(element instanceof HTMLElement)) throw new Error(`The demo page shows no ${what} to click.`);
    element.click();
    await macrotask();
    await nextFrame();
  }
  const select = cardsSectorSelect(/** @type {Element} */ (cards));
  const option = select.options[1];
  if (!option) throw new Error('The partner cards offer no sector to filter by.');
  select.value = option.value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await macrotask();
  await nextFrame();
}
