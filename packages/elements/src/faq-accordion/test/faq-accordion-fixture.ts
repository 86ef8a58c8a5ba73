/** Reading a rendered kl-faq-accordion the way assistive technology and a sighted reader would. */
import { faqSection, type Locale } from '@ketahanan/model';
import type { KlFaqAccordion } from '../faq-accordion.js';

export const LOCALES = ['id', 'en'] as const satisfies readonly Locale[];

/** The article's questions, as the model ships them. */
export const articleQuestions = (locale: Locale): string[] =>
  faqSection.defaults[locale].map((item) => item.question);

export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Not found: ${what}`);
  return value;
}

export function root(element: KlFaqAccordion): ShadowRoot {
  return must(element.shadowRoot, 'shadow root');
}

/** The question buttons, in order (part="button" is public API). */
export const questionButtons = (element: KlFaqAccordion): HTMLButtonElement[] => [
  ...root(element).querySelectorAll<HTMLButtonElement>('[part="button"]'),
];

export const questionTexts = (element: KlFaqAccordion): string[] =>
  questionButtons(element).map((button) => button.textContent.trim());

export const toggleAllButton = (element: KlFaqAccordion): HTMLButtonElement | null =>
  root(element).querySelector<HTMLButtonElement>('[part="toggle-all"]');

/** The panel a button says it controls. */
export function panelOf(element: KlFaqAccordion, button: HTMLButtonElement): HTMLElement {
  const id = must(button.getAttribute('aria-controls'), 'aria-controls');
  return must(root(element).getElementById(id), `panel #${id}`);
}

export const expanded = (element: KlFaqAccordion): boolean[] =>
  questionButtons(element).map((button) => button.getAttribute('aria-expanded') === 'true');

/** Whether a reader sees the answer: the panel is not hidden and takes up room on the page. */
export function answerVisible(element: KlFaqAccordion, button: HTMLButtonElement): boolean {
  const panel = panelOf(element, button);
  return !panel.hasAttribute('hidden') && panel.getBoundingClientRect().height > 0;
}

/** The element inside the shadow root that has focus, if any. */
export const focused = (element: KlFaqAccordion): Element | null => root(element).activeElement;

/** The element once its pending update is done: one `updateComplete`, as a framework awaits it. */
export async function rendered(element: KlFaqAccordion): Promise<KlFaqAccordion> {
  await element.updateComplete;
  return element;
}
