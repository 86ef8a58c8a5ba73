import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import '../../define/faq-accordion.js';
import type { KlFaqAccordion, KlToggleDetail } from '../faq-accordion.js';
import {
  answerVisible,
  expanded,
  LOCALES,
  must,
  panelOf,
  questionButtons,
  rendered,
  toggleAllButton,
} from './faq-accordion-fixture.js';

const toggles: { detail: KlToggleDetail; composed: boolean; bubbles: boolean }[] = [];
const record = (event: Event) =>
  toggles.push({
    detail: (event as CustomEvent<KlToggleDetail>).detail,
    composed: event.composed,
    bubbles: event.bubbles,
  });
document.addEventListener('kl-toggle', record);

afterEach(() => {
  cleanupFixtures();
  toggles.length = 0;
});

const question = (faq: KlFaqAccordion, index: number) =>
  must(questionButtons(faq)[index], `question ${String(index)}`);

/** The questions whose chevron (part="icon") is turning: it has a running transition. */
const turning = (faq: KlFaqAccordion) =>
  questionButtons(faq).flatMap((button, index) =>
    must(button.querySelector('[part="icon"]'), 'icon').getAnimations().length ? [index] : [],
  );

describe('clicking a question', () => {
  it('opens its answer, and closes it on a second click', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="id"></kl-faq-accordion>`);
    await userEvent.click(question(faq, 2));
    await rendered(faq);
    expect(expanded(faq)).toEqual([false, false, true, false, false]);
    expect(answerVisible(faq, question(faq, 2))).toBe(true);
    await userEvent.click(question(faq, 2));
    await rendered(faq);
    expect(expanded(faq)).toEqual([false, false, false, false, false]);
  });

  it('shows the answer within the click itself, and keeps it through a later render', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="en"></kl-faq-accordion>`);
    // A click opens the item at once (no element update), so the state is there before any await.
    question(faq, 1).click();
    expect(expanded(faq)).toEqual([false, true, false, false, false]);
    expect(answerVisible(faq, question(faq, 1))).toBe(true);
    question(faq, 1).click();
    question(faq, 4).click();
    expect(expanded(faq)).toEqual([false, false, false, false, true]);
    expect(answerVisible(faq, question(faq, 1))).toBe(false);
    // A render for another reason (a heading level) remakes the items from the open set: same state.
    faq.headingLevel = 4;
    await rendered(faq);
    expect(expanded(faq)).toEqual([false, false, false, false, true]);
    expect(must(question(faq, 4).parentElement, 'heading').localName).toBe('h4');
    // And a render that keeps the items (structured data) finds each one already as shown.
    question(faq, 4).click();
    faq.structuredData = true;
    await rendered(faq);
    expect(expanded(faq)).toEqual([false, false, false, false, false]);
    expect(answerVisible(faq, question(faq, 4))).toBe(false);
    expect(toggles.map((toggle) => toggle.detail)).toEqual([
      { id: 'mengapa-kemitraan-penting', open: true },
      { id: 'mengapa-kemitraan-penting', open: false },
      { id: 'cara-memulai-kemitraan', open: true },
      { id: 'cara-memulai-kemitraan', open: false },
    ]);
  });

  it('keeps several answers open by default', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="id"></kl-faq-accordion>`);
    await userEvent.click(question(faq, 0));
    await userEvent.click(question(faq, 3));
    await rendered(faq);
    expect(expanded(faq)).toEqual([true, false, false, true, false]);
  });

  it('fires a bubbling, composed kl-toggle with the item id and its new state', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="en"></kl-faq-accordion>`);
    await userEvent.click(question(faq, 1));
    await userEvent.click(question(faq, 1));
    expect(toggles).toEqual([
      { detail: { id: 'mengapa-kemitraan-penting', open: true }, composed: true, bubbles: true },
      { detail: { id: 'mengapa-kemitraan-penting', open: false }, composed: true, bubbles: true },
    ]);
  });

  it('keeps what is open when the language changes', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="id"></kl-faq-accordion>`);
    await userEvent.click(question(faq, 4));
    faq.lang = 'en';
    await rendered(faq);
    expect(question(faq, 4).textContent.trim()).toBe('How do you start a partnership?');
    expect(expanded(faq)).toEqual([false, false, false, false, true]);
  });
});

describe('with `single`', () => {
  it('closes the open answer when another opens, and says so with kl-toggle', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion single lang="id"></kl-faq-accordion>`);
    await userEvent.click(question(faq, 0));
    await userEvent.click(question(faq, 2));
    await rendered(faq);
    expect(expanded(faq)).toEqual([false, false, true, false, false]);
    expect(toggles.map((toggle) => toggle.detail)).toEqual([
      { id: 'apa-itu-ketahanan-lokal', open: true },
      { id: 'apa-itu-ketahanan-lokal', open: false },
      { id: 'contoh-praktik-baik', open: true },
    ]);
  });

  it('still lets the open answer be closed', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion single></kl-faq-accordion>`);
    await userEvent.click(question(faq, 0));
    await userEvent.click(question(faq, 0));
    await rendered(faq);
    expect(expanded(faq)).toEqual([false, false, false, false, false]);
  });

  it('has no "show all" button, since only one answer can be open', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion single></kl-faq-accordion>`);
    expect(toggleAllButton(faq)).toBeNull();
  });
});

describe('"show all"', () => {
  it('fires kl-toggle for each answer it opens, not for those already open', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion></kl-faq-accordion>`);
    await userEvent.click(question(faq, 0));
    toggles.length = 0;
    await userEvent.click(must(toggleAllButton(faq), 'show all'));
    expect(toggles.map((toggle) => toggle.detail.id)).toEqual([
      'mengapa-kemitraan-penting',
      'contoh-praktik-baik',
      'tantangan-kemitraan',
      'cara-memulai-kemitraan',
    ]);
    expect(toggles.every((toggle) => toggle.detail.open)).toBe(true);
  });

  it.each(LOCALES)(
    'turns every chevron at once; the next question opened or closed turns its own (%s)',
    async (locale) => {
      const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion></kl-faq-accordion>`);
      faq.lang = locale;
      // A turn that outlasts the test on a slow machine: one that is there is seen.
      faq.style.setProperty('--kl-transition-duration', '60s');
      await rendered(faq);
      await userEvent.click(must(toggleAllButton(faq), 'show all'));
      await rendered(faq);
      expect(expanded(faq)).toEqual([true, true, true, true, true]);
      expect(turning(faq)).toEqual([]);
      await userEvent.click(question(faq, 1));
      await rendered(faq);
      expect(expanded(faq)).toEqual([true, false, true, true, true]);
      expect(turning(faq)).toEqual([1]);
      // "Show all" again: the one still turning lands at once with the rest.
      await userEvent.click(must(toggleAllButton(faq), 'show all'));
      await rendered(faq);
      expect(expanded(faq)).toEqual([true, true, true, true, true]);
      expect(turning(faq)).toEqual([]);
    },
  );

  it('says "hide all" once every answer has been opened one by one', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="en"></kl-faq-accordion>`);
    for (const button of questionButtons(faq)) await userEvent.click(button);
    await rendered(faq);
    const all = must(toggleAllButton(faq), 'show all');
    expect(all.textContent.trim()).toBe('Hide all');
    expect(all.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('when find-in-page matches text in a closed answer', () => {
  it('opens that item when the browser reveals its panel (beforematch)', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="id"></kl-faq-accordion>`);
    const panel = panelOf(faq, question(faq, 3));
    // What the browser does on a find-in-page match: fire beforematch, then drop the hidden attribute.
    panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    panel.removeAttribute('hidden');
    await rendered(faq);
    expect(expanded(faq)).toEqual([false, false, false, true, false]);
    expect(toggles.map((toggle) => toggle.detail)).toEqual([{ id: 'tantangan-kemitraan', open: true }]);
    // Closing again hides it until found again.
    await userEvent.click(question(faq, 3));
    await rendered(faq);
    expect(panel.getAttribute('hidden')).toBe('until-found');
  });
});
