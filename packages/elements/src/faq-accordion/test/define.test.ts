import { afterEach, describe, expect, it, vi } from 'vitest';
import { html } from 'lit';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import { defineElement } from '../../shared/define.js';
import { KlFaqAccordion } from '../../define/faq-accordion.js';
import { questionButtons } from './faq-accordion-fixture.js';

afterEach(() => {
  cleanupFixtures();
  vi.restoreAllMocks();
});

describe('when the script is included twice', () => {
  it('defines kl-faq-accordion on import', () => {
    expect(customElements.get('kl-faq-accordion')).toBe(KlFaqAccordion);
  });

  it('does not throw when the same copy defines the tag again, and the element still works', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => {
      defineElement('kl-faq-accordion', KlFaqAccordion);
    }).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion></kl-faq-accordion>`);
    expect(questionButtons(faq)).toHaveLength(5);
  });

  it('keeps the first definition, quietly, when a second bundle of the same version defines it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    class SecondBundleCopy extends KlFaqAccordion {}
    expect(() => {
      defineElement('kl-faq-accordion', SecondBundleCopy);
    }).not.toThrow();
    expect(customElements.get('kl-faq-accordion')).toBe(KlFaqAccordion);
    // Same version on both sides: nothing worth a warning (a different version is covered in shared/).
    expect(warn).not.toHaveBeenCalled();
  });
});
