import { describe, expect, it } from 'vitest';
import { html } from 'lit';
import { defaultContent } from '@ketahanan/model';
import { fixture } from '../fixture.js';
import { expectNoAxeViolations } from '../axe.js';
import { addLanguagePack } from '../../src/shared/messages/language-packs.js';
import type { KlFaqAccordion } from '../../src/faq-accordion/faq-accordion.js';
import type { KlPrincipleChecklist } from '../../src/principle-checklist/principle-checklist.js';
import {
  firstQuestion,
  progressText,
  resetPageStrings,
  settled,
  spyWarnings,
  toggleAllText,
} from './strings-fixture.js';

resetPageStrings();

/** An example pack: a few Javanese strings, enough to see each rule (not a reviewed translation). */
const javanese = {
  lang: 'jv',
  fallback: 'id',
  messages: {
    faq: { showAll: 'Bukak kabèh' },
    checklist: { progress: { other: '{count} saka {total} prinsip wis ana' } },
  },
};

describe('when a page adds a language', () => {
  it('shows the pack’s strings on <html lang="jv">, the fallback’s for the rest, without a warning', async () => {
    const warnings = spyWarnings();
    addLanguagePack(javanese);
    document.documentElement.lang = 'jv';
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion></kl-faq-accordion>`);
    expect(toggleAllText(faq)).toBe('Bukak kabèh');
    expect(faq.locale).toBe('id');
    expect(faq.language).toBe('jv');
    expect(firstQuestion(faq)).toBe(defaultContent.id.faq[0]?.question);
    faq.shadowRoot?.querySelector<HTMLButtonElement>('[part="toggle-all"]')?.click();
    await faq.updateComplete;
    expect(toggleAllText(faq)).toBe('Tutup semua');
    expect(warnings()).toEqual([]);
    await expectNoAxeViolations(faq);
  });

  it('switches to the pack when lang changes after mount, and back', async () => {
    addLanguagePack(javanese);
    const checklist = await fixture<KlPrincipleChecklist>(
      html`<kl-principle-checklist lang="en" storage-key="strings-jv"></kl-principle-checklist>`,
    );
    expect(progressText(checklist)).toContain('0 of 4 principles in place');
    checklist.lang = 'jv-Latn-ID';
    await settled(checklist);
    expect(progressText(checklist)).toContain('0 saka 4 prinsip wis ana');
    checklist.lang = 'en';
    await settled(checklist);
    expect(progressText(checklist)).toContain('0 of 4 principles in place');
  });

  it('shows a pack added after the element, for the lang of an ancestor', async () => {
    spyWarnings(); // until the pack arrives, jv is unknown (KL301)
    const wrapper = await fixture(html`<section lang="jv"><kl-faq-accordion></kl-faq-accordion></section>`);
    const faq = wrapper.querySelector<KlFaqAccordion>('kl-faq-accordion');
    if (!faq) throw new Error('no kl-faq-accordion');
    expect(toggleAllText(faq)).toBe('Buka semua');
    addLanguagePack(javanese);
    await faq.updateComplete;
    expect(toggleAllText(faq)).toBe('Bukak kabèh');
  });

  it('follows the chain: en-AU falls back to the page’s en strings, then the built-in English', async () => {
    addLanguagePack({ lang: 'en', messages: { faq: { hideAll: 'Hide every answer' } } });
    addLanguagePack({ lang: 'en-AU', fallback: 'en', messages: { faq: { showAll: 'Show the lot' } } });
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="en-AU"></kl-faq-accordion>`);
    expect(faq.locale).toBe('en');
    expect(toggleAllText(faq)).toBe('Show the lot');
    expect(firstQuestion(faq)).toBe(defaultContent.en.faq[0]?.question);
    faq.shadowRoot?.querySelector<HTMLButtonElement>('[part="toggle-all"]')?.click();
    await faq.updateComplete;
    expect(toggleAllText(faq)).toBe('Hide every answer');
    await expectNoAxeViolations(faq);
  });

  it('falls back through another pack, and survives a chain that loops', async () => {
    addLanguagePack({ lang: 'su', fallback: 'jv', messages: { faq: { hideAll: 'Tutup sadayana' } } });
    addLanguagePack({ ...javanese, fallback: 'su' });
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="su"></kl-faq-accordion>`);
    expect(toggleAllText(faq)).toBe('Bukak kabèh');
    expect(faq.locale).toBe('id');
  });

  it('still warns about a language with neither a pack nor built-in strings', async () => {
    const warnings = spyWarnings();
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="ban"></kl-faq-accordion>`);
    expect(toggleAllText(faq)).toBe('Buka semua');
    expect(warnings().some((text) => text.includes('KL301') && text.includes('ban'))).toBe(true);
  });
});
