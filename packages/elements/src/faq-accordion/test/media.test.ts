import { afterEach, describe, expect, it } from 'vitest';
import { html } from 'lit';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { emulateMedia, resetMedia } from '../../../test/media.js';
import '../../define/faq-accordion.js';
import type { KlFaqAccordion } from '../faq-accordion.js';
import {
  answerVisible,
  must,
  questionButtons,
  rendered,
  root,
  toggleAllButton,
} from './faq-accordion-fixture.js';

afterEach(async () => {
  await resetMedia();
  cleanupFixtures();
});

const icon = (faq: KlFaqAccordion) => must(root(faq).querySelector('[part="icon"]'), 'icon');

describe('when the page is printed', () => {
  it('shows every answer and hides the controls that mean nothing on paper', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="id"></kl-faq-accordion>`);
    expect(questionButtons(faq).some((button) => answerVisible(faq, button))).toBe(false);
    await emulateMedia({ media: 'print' });
    const heights = questionButtons(faq).map(
      (button) =>
        must(
          root(faq).getElementById(must(button.getAttribute('aria-controls'), 'id')),
          'panel',
        ).getBoundingClientRect().height,
    );
    expect(heights.every((height) => height > 0)).toBe(true);
    expect(must(toggleAllButton(faq), 'show all').getClientRects()).toHaveLength(0);
    expect(icon(faq).getClientRects()).toHaveLength(0);
  });

  it('prints the questions of a long list that were never scrolled into view, with their answers', async () => {
    const content = {
      faq: Array.from({ length: 60 }, (_, index) => ({
        id: `q-${String(index + 1)}`,
        question: `Pertanyaan ${String(index + 1)}?`,
        answer: `Jawaban ${String(index + 1)}.`,
      })),
    };
    // Set after mount, as a framework does.
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="id"></kl-faq-accordion>`);
    faq.content = content;
    await expect.poll(() => questionButtons(faq).length).toBe(60);
    // Chromium decides what is out of view in the frames after the render.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const question = must(root(faq).querySelector('.faq__item:last-child .faq__question'), 'question');
    // Off screen, a long list's item is not rendered until the reader gets there (content-visibility: auto).
    expect(question.checkVisibility({ contentVisibilityAuto: true })).toBe(false);
    await emulateMedia({ media: 'print' });
    await expect.poll(() => question.checkVisibility({ contentVisibilityAuto: true })).toBe(true);
    const answer = must(root(faq).querySelector('.faq__item:last-child .faq__answer'), 'answer');
    expect(answer.getBoundingClientRect().height).toBeGreaterThan(0);
  });
});

describe('when the reader prefers reduced motion', () => {
  it('turns the chevron without animation', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion></kl-faq-accordion>`);
    expect(getComputedStyle(icon(faq)).transitionDuration).not.toBe('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(icon(faq)).transitionDuration).toBe('0s');
  });
});

describe('in forced-colors (Windows high contrast) mode', () => {
  it('keeps the chevron, the item borders and the focus ring in system colours, and stays axe-clean', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="en"></kl-faq-accordion>`);
    const button = must(questionButtons(faq)[0], 'first question');
    const chevron = getComputedStyle(icon(faq));
    // Drawn with a border in the text colour: forced colours keep borders and drop backgrounds.
    expect(Number.parseFloat(chevron.borderRightWidth)).toBeGreaterThan(0);
    expect(chevron.borderRightColor).toBe(getComputedStyle(button).color);
    const item = must(root(faq).querySelector('[part="item"]'), 'item');
    expect(Number.parseFloat(getComputedStyle(item).borderBottomWidth)).toBeGreaterThan(0);
    button.focus({ focusVisible: true });
    await rendered(faq);
    expect(getComputedStyle(button).outlineStyle).toBe('solid');
    await expectNoAxeViolations(faq);
  });
});
