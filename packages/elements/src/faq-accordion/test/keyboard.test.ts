import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import '../../define/faq-accordion.js';
import type { KlFaqAccordion } from '../faq-accordion.js';
import {
  LOCALES,
  answerVisible,
  expanded,
  focused,
  must,
  questionButtons,
  rendered,
  toggleAllButton,
} from './faq-accordion-fixture.js';

afterEach(cleanupFixtures);

/** The accordion after a focusable button, with that button focused: Tab starts from a known place. */
async function renderAfterButton(lang: string, attributes = ''): Promise<KlFaqAccordion> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div><button>sebelum</button><kl-faq-accordion lang=${lang}></kl-faq-accordion></div>`,
  );
  const faq = must(wrapper.querySelector('kl-faq-accordion'), 'element');
  if (attributes) faq.toggleAttribute(attributes, true);
  await rendered(faq);
  must(wrapper.querySelector('button'), 'button before').focus();
  return faq;
}

const focusedIndex = (faq: KlFaqAccordion) => questionButtons(faq).indexOf(focused(faq) as HTMLButtonElement);

describe.each(LOCALES)('keyboard, in lang="%s"', (locale) => {
  it('reaches "show all" and then each question with Tab (closed answers hold nothing focusable)', async () => {
    const faq = await renderAfterButton(locale);
    await userEvent.tab();
    expect(focused(faq)).toBe(toggleAllButton(faq));
    await userEvent.tab();
    expect(focusedIndex(faq)).toBe(0);
    await userEvent.tab();
    expect(focusedIndex(faq)).toBe(1);
  });

  it('keeps focus on the same question when the page switches language', async () => {
    const faq = await renderAfterButton(locale);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(focusedIndex(faq)).toBe(1);
    const question = focused(faq)?.textContent;
    // The items are built again in the other language: focus must not fall back to the page.
    faq.lang = locale === 'id' ? 'en' : 'id';
    await rendered(faq);
    expect(focusedIndex(faq)).toBe(1);
    expect(focused(faq)?.textContent).not.toBe(question);
    await userEvent.tab();
    expect(focusedIndex(faq)).toBe(2);
  });

  it('opens a question with Enter and closes it with Space', async () => {
    const faq = await renderAfterButton(locale);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await rendered(faq);
    expect(expanded(faq)).toEqual([true, false, false, false, false]);
    expect(answerVisible(faq, must(questionButtons(faq)[0], 'first'))).toBe(true);
    await userEvent.keyboard(' ');
    await rendered(faq);
    expect(expanded(faq)).toEqual([false, false, false, false, false]);
    expect(answerVisible(faq, must(questionButtons(faq)[0], 'first'))).toBe(false);
  });

  it('moves between questions with Down and Up, wrapping at both ends', async () => {
    const faq = await renderAfterButton(locale);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedIndex(faq)).toBe(1);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(focusedIndex(faq)).toBe(4);
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedIndex(faq)).toBe(0);
    await userEvent.keyboard('{ArrowUp}');
    expect(focusedIndex(faq)).toBe(4);
    await userEvent.keyboard('{ArrowUp}');
    expect(focusedIndex(faq)).toBe(3);
    // Moving focus never opens or closes anything.
    expect(expanded(faq)).toEqual([false, false, false, false, false]);
  });

  it('jumps to the first question with Home and the last with End', async () => {
    const faq = await renderAfterButton(locale);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{End}');
    expect(focusedIndex(faq)).toBe(4);
    await userEvent.keyboard('{Home}');
    expect(focusedIndex(faq)).toBe(0);
  });

  it('moves from an open question past its answer with Down', async () => {
    const faq = await renderAfterButton(locale);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await rendered(faq);
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedIndex(faq)).toBe(1);
  });

  it('opens and closes every answer from "show all", whose state and label follow', async () => {
    const faq = await renderAfterButton(locale);
    const words = locale === 'id' ? ['Buka semua', 'Tutup semua'] : ['Show all', 'Hide all'];
    const all = must(toggleAllButton(faq), 'show-all');
    expect(all.textContent.trim()).toBe(words[0]);
    expect(all.getAttribute('aria-expanded')).toBe('false');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await rendered(faq);
    expect(expanded(faq)).toEqual([true, true, true, true, true]);
    expect(all.getAttribute('aria-expanded')).toBe('true');
    expect(all.textContent.trim()).toBe(words[1]);
    await userEvent.keyboard(' ');
    await rendered(faq);
    expect(expanded(faq)).toEqual([false, false, false, false, false]);
    expect(all.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('keyboard with `single`', () => {
  it('closes the open answer when another is opened from the keyboard', async () => {
    const faq = await renderAfterButton('id', 'single');
    expect(toggleAllButton(faq)).toBeNull();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await rendered(faq);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await rendered(faq);
    expect(expanded(faq)).toEqual([false, true, false, false, false]);
  });
});

describe('keyboard in a list longer than the screen', () => {
  const inViewport = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  };

  it('shows the question End and Home move to (items out of view are not laid out until shown)', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="en"></kl-faq-accordion>`);
    faq.content = {
      faq: Array.from({ length: 200 }, (_, index) => ({
        id: `q-${String(index)}`,
        question: `Question ${String(index)}?`,
        answer: `Answer ${String(index)}.`,
      })),
    };
    await expect.poll(() => questionButtons(faq).length).toBe(200);
    must(questionButtons(faq)[0], 'first question').focus();
    await userEvent.keyboard('{End}');
    const last = must(questionButtons(faq)[199], 'last question');
    expect(focused(faq)).toBe(last);
    await expect.poll(() => inViewport(last)).toBe(true);
    await userEvent.keyboard('{Enter}');
    await rendered(faq);
    expect(answerVisible(faq, last)).toBe(true);
    await userEvent.keyboard('{Home}');
    const first = must(questionButtons(faq)[0], 'first question');
    expect(focused(faq)).toBe(first);
    await expect.poll(() => inViewport(first)).toBe(true);
  });
});
