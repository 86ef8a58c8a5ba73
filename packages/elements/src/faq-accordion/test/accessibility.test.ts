import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import '../../define/faq-accordion.js';
import type { KlFaqAccordion } from '../faq-accordion.js';
import {
  LOCALES,
  answerVisible,
  articleQuestions,
  focused,
  panelOf,
  questionButtons,
  questionTexts,
  must,
  rendered,
  toggleAllButton,
} from './faq-accordion-fixture.js';

afterEach(cleanupFixtures);

const manyQuestions = (count: number) => ({
  faq: Array.from({ length: count }, (_, index) => ({
    id: `q-${String(index + 1)}`,
    question: `Pertanyaan ${String(index + 1)}?`,
    answer: `Jawaban ${String(index + 1)}.`,
  })),
});

describe.each(LOCALES)('kl-faq-accordion in lang="%s"', (locale) => {
  const render = () => fixture<KlFaqAccordion>(html`<kl-faq-accordion lang=${locale}></kl-faq-accordion>`);

  it('shows every question of the article as a button inside a level-3 heading', async () => {
    const faq = await render();
    expect(questionTexts(faq)).toEqual(articleQuestions(locale));
    for (const button of questionButtons(faq)) {
      expect(button.localName).toBe('button');
      expect(button.parentElement?.localName).toBe('h3');
    }
  });

  it('wires each button to its answer: aria-expanded, aria-controls, a region labelled by the button', async () => {
    const faq = await render();
    for (const button of questionButtons(faq)) {
      const panel = panelOf(faq, button);
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(panel.getAttribute('role')).toBe('region');
      expect(panel.getAttribute('aria-labelledby')).toBe(button.id);
      expect(panel.getAttribute('hidden')).toBe('until-found');
      expect(answerVisible(faq, button)).toBe(false);
    }
  });

  it('has no axe violations when closed, with one answer open, and with all open', async () => {
    const faq = await render();
    await expectNoAxeViolations();
    const first = questionButtons(faq)[0];
    if (!first) throw new Error('no question');
    await userEvent.click(first);
    await rendered(faq);
    expect(answerVisible(faq, first)).toBe(true);
    await expectNoAxeViolations();
    const all = toggleAllButton(faq);
    if (!all) throw new Error('no show-all button');
    await userEvent.click(all);
    await rendered(faq);
    expect(questionButtons(faq).every((button) => answerVisible(faq, button))).toBe(true);
    await expectNoAxeViolations();
  });

  it('has no axe violations in dark mode, closed and open', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><kl-faq-accordion lang=${locale}></kl-faq-accordion></div>`,
    );
    const faq = wrapper.querySelector('kl-faq-accordion');
    if (!faq) throw new Error('no element');
    await rendered(faq);
    const lightText = getComputedStyle(faq).color;
    wrapper.style.setProperty('--kl-color-scheme', 'dark');
    // The dark palette really applies (otherwise this would only re-test light mode).
    expect(getComputedStyle(faq).color).not.toBe(lightText);
    await expectNoAxeViolations();
    await userEvent.click(questionButtons(faq)[1] ?? faq);
    await rendered(faq);
    await expectNoAxeViolations();
  });
});

describe('heading-level', () => {
  it.each([
    ['2', 'h2'],
    ['1', 'h1'],
    ['6', 'h6'],
    ['0', 'h1'],
    ['9', 'h6'],
    ['tiga', 'h3'],
  ])('heading-level="%s" puts each question in an <%s>', async (level, tag) => {
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion heading-level=${level}></kl-faq-accordion>`,
    );
    const tags = questionButtons(faq).map((button) => button.parentElement?.localName);
    expect(tags).toEqual(Array<string>(5).fill(tag));
  });

  it('follows a change of the attribute at run time', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion></kl-faq-accordion>`);
    faq.setAttribute('heading-level', '4');
    await rendered(faq);
    expect(questionButtons(faq)[0]?.parentElement?.localName).toBe('h4');
  });
});

describe('when the FAQ is long', () => {
  it('does not make more than six answers landmark regions (APG), and stays axe-clean', async () => {
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion .content=${manyQuestions(7)}></kl-faq-accordion>`,
    );
    const panels = questionButtons(faq).map((button) => panelOf(faq, button));
    expect(panels).toHaveLength(7);
    expect(panels.filter((panel) => panel.hasAttribute('role'))).toEqual([]);
    // ARIA forbids naming a generic container, so the label goes too.
    expect(panels.filter((panel) => panel.hasAttribute('aria-labelledby'))).toEqual([]);
    const all = toggleAllButton(faq);
    if (!all) throw new Error('no show-all button');
    await userEvent.click(all);
    await rendered(faq);
    await expectNoAxeViolations();
  });

  it('keeps regions with `single`, where only one answer can be open', async () => {
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion single .content=${manyQuestions(7)}></kl-faq-accordion>`,
    );
    const roles = questionButtons(faq).map((button) => panelOf(faq, button).getAttribute('role'));
    expect(roles).toEqual(Array<string>(7).fill('region'));
  });
});

describe('focus', () => {
  it('shows a visible focus ring on the show-all button and on a question reached by keyboard', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>sebelum</button><kl-faq-accordion lang="id"></kl-faq-accordion></div>`,
    );
    const faq = await rendered(must(wrapper.querySelector('kl-faq-accordion'), 'element'));
    must(wrapper.querySelector('button'), 'button before').focus();
    await userEvent.tab();
    expect(focused(faq)).toBe(toggleAllButton(faq));
    await userEvent.tab();
    const question = questionButtons(faq)[0];
    expect(focused(faq)).toBe(question);
    if (!question) throw new Error('no question');
    const ring = getComputedStyle(question);
    expect(ring.outlineStyle).toBe('solid');
    expect(Number.parseFloat(ring.outlineWidth)).toBeGreaterThanOrEqual(2);
    expect(ring.outlineColor).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('draws a question’s focus ring inside its item, which in a long list clips whatever paints outside it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button>sebelum</button>
        <kl-faq-accordion lang="id" single></kl-faq-accordion>
      </div>`,
    );
    // The long list arrives after mount, as a framework sets it: the short article FAQ becomes a long one.
    const faq = await rendered(must(wrapper.querySelector('kl-faq-accordion'), 'element'));
    faq.content = manyQuestions(30);
    await expect.poll(() => questionButtons(faq).length).toBe(30);
    must(wrapper.querySelector('button'), 'button before').focus();
    await userEvent.tab();
    const question = must(questionButtons(faq)[0], 'first question');
    expect(focused(faq)).toBe(question);
    const item = must(question.closest<HTMLElement>('.faq__item'), 'item');
    // Items of a long list out of view skip rendering (content-visibility: auto), which clips each one's paint.
    expect(getComputedStyle(item).contentVisibility).toBe('auto');
    const ring = getComputedStyle(question);
    const reach = Number.parseFloat(ring.outlineWidth) + Number.parseFloat(ring.outlineOffset);
    const button = question.getBoundingClientRect();
    const clip = item.getBoundingClientRect();
    expect(Number.parseFloat(ring.outlineWidth)).toBeGreaterThanOrEqual(2);
    expect(button.left - reach).toBeGreaterThanOrEqual(clip.left);
    expect(button.top - reach).toBeGreaterThanOrEqual(clip.top);
    expect(button.right + reach).toBeLessThanOrEqual(clip.right);
    expect(button.bottom + reach).toBeLessThanOrEqual(clip.bottom);
  });
});
