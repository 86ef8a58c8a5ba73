/**
 * In a browser without `hidden="until-found"` (Firefox < 148, Safari < 26.2) a closed answer is plain
 * `hidden`: out of sight until its question is pressed, and find-in-page cannot open it. All three test
 * engines have it, so that browser's rule for `hidden` is put in front of our styles instead, where it
 * wins exactly where its user-agent rule would (test/older-engine.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import '../../define/faq-accordion.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import { emulateMedia, resetMedia } from '../../../test/media.js';
import { restoreEngine, styleAsOlderEngine } from '../../../test/older-engine.js';
import type { KlFaqAccordion } from '../faq-accordion.js';
import {
  answerVisible,
  expanded,
  must,
  panelOf,
  questionButtons,
  rendered,
} from './faq-accordion-fixture.js';

beforeEach(() => {
  styleAsOlderEngine((text) => `[hidden] { display: none; }\n${text}`);
});
afterEach(async () => {
  restoreEngine();
  await resetMedia();
  cleanupFixtures();
});

describe('without hidden="until-found" (Firefox < 148, Safari < 26.2)', () => {
  it('keeps closed answers out of sight and opens each from its question, by mouse and by keyboard', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="id"></kl-faq-accordion>`);
    const [first, second] = questionButtons(faq);
    if (!first || !second) throw new Error('fewer than two questions');
    expect(getComputedStyle(panelOf(faq, first)).display).toBe('none');
    expect(questionButtons(faq).some((button) => answerVisible(faq, button))).toBe(false);
    await userEvent.click(first);
    await rendered(faq);
    expect(answerVisible(faq, first)).toBe(true);
    second.focus();
    await userEvent.keyboard('{Enter}');
    await rendered(faq);
    expect(expanded(faq).slice(0, 2)).toEqual([true, true]);
    expect(answerVisible(faq, second)).toBe(true);
    await expectNoAxeViolations(faq);
  });

  it('prints every answer', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="en"></kl-faq-accordion>`);
    await emulateMedia({ media: 'print' });
    const heights = questionButtons(faq).map(
      (button) => must(panelOf(faq, button), 'panel').getBoundingClientRect().height,
    );
    expect(heights.every((height) => height > 0)).toBe(true);
  });
});
