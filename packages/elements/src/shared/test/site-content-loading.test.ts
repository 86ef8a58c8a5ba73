/**
 * The first content a page gives: the validator (site-content.ts) is not loaded yet, so the widget shows
 * its loading state until it is, and whatever the page does meanwhile (replace the content, move the
 * element) must end in the latest content, as it does once the validator is there. One test, since only
 * the first use on a page meets the validator unloaded (every test file is a page of its own).
 */
import { afterEach, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { siteContent } from '../site-content-cache.js';
import '../../define/faq-accordion.js';

const faq = (id: string, question: string) => ({ faq: [{ id, question, answer: `${question} Ya.` }] });
const questions = (element: Element) =>
  [...(element.shadowRoot?.querySelectorAll('[part~="question"]') ?? [])].map((q) => q.textContent.trim());
const loading = (element: Element) => element.shadowRoot?.querySelector('[part~="loading"]') !== null;

/** A few microtasks: Lit's update runs, and no module can arrive from the network in between. */
async function microtasks(): Promise<void> {
  for (let turn = 0; turn < 5; turn++) await Promise.resolve();
}

const added: Element[] = [];
afterEach(() => {
  for (const element of added.splice(0)) element.remove();
});

it('shows the loading state while the validator loads, then the latest content of each element', async () => {
  const errors: Event[] = [];
  document.addEventListener('kl-error', (event) => errors.push(event));
  const first = document.createElement('kl-faq-accordion');
  first.lang = 'en';
  document.body.append(first);
  added.push(first);
  await first.updateComplete;
  // The built-in FAQ needs no validator.
  expect(questions(first).length).toBeGreaterThan(3);
  expect(siteContent()).toBeUndefined();

  // Set after mount, as a framework does; replaced before the validator has arrived.
  first.content = faq('pertama', 'First question?');
  await microtasks();
  expect(loading(first)).toBe(true);
  first.content = faq('kedua', 'Second question?');

  // Another widget, in the other language, given content and moved while the validator loads.
  const second = document.createElement('kl-faq-accordion');
  second.lang = 'id';
  second.content = JSON.stringify(faq('ketiga', 'Pertanyaan ketiga?'));
  document.body.append(second);
  added.push(second);
  await microtasks();
  expect(siteContent()).toBeUndefined();
  expect(loading(second)).toBe(true);
  second.remove();
  document.body.prepend(second);
  // The loading state is a state of its own for assistive technology too (checked last: axe takes long
  // enough for the validator to arrive).
  await expectNoAxeViolations(second);

  await Promise.all([first.updateComplete, second.updateComplete]);
  expect(siteContent()).toBeDefined();
  expect(questions(first)).toEqual(['Second question?']);
  expect(questions(second)).toEqual(['Pertanyaan ketiga?']);
  expect(errors).toEqual([]);
});
