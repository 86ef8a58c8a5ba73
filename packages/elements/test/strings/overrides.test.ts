import { describe, expect, it } from 'vitest';
import { html } from 'lit';
import { fixture } from '../fixture.js';
import { expectNoAxeViolations } from '../axe.js';
import { addLanguagePack } from '../../src/shared/messages/language-packs.js';
import type { KlFaqAccordion } from '../../src/faq-accordion/faq-accordion.js';
import type { KlPrincipleChecklist } from '../../src/principle-checklist/principle-checklist.js';
import { progressText, resetPageStrings, spyWarnings, toggleAllText } from './strings-fixture.js';

resetPageStrings();

describe('when a page overrides one element’s strings', () => {
  it('shows the strings of the messages attribute, in both locales, and stays accessible', async () => {
    for (const lang of ['id', 'en']) {
      const faq = await fixture<KlFaqAccordion>(
        html`<kl-faq-accordion
          lang=${lang}
          messages='{"faq":{"showAll":"Buka semua jawaban"}}'
        ></kl-faq-accordion>`,
      );
      expect(toggleAllText(faq)).toBe('Buka semua jawaban');
      await expectNoAxeViolations(faq);
    }
  });

  it('shows the messages property set after mount, and the built-in string again once it is removed', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="en"></kl-faq-accordion>`);
    expect(toggleAllText(faq)).toBe('Show all');
    faq.messages = { faq: { showAll: 'Open every answer' } };
    await faq.updateComplete;
    expect(toggleAllText(faq)).toBe('Open every answer');
    faq.setAttribute('messages', '{"faq":{"showAll":"Expand"}}');
    await faq.updateComplete;
    expect(toggleAllText(faq)).toBe('Expand');
    faq.messages = undefined;
    await faq.updateComplete;
    expect(toggleAllText(faq)).toBe('Show all');
  });

  it('fills placeholders and picks plural forms of an overridden counted string', async () => {
    const checklist = await fixture<KlPrincipleChecklist>(
      html`<kl-principle-checklist lang="en" storage-key="strings-plural"></kl-principle-checklist>`,
    );
    checklist.messages = {
      checklist: {
        progress: { one: '{count}/{total} principle done', other: '{count}/{total} principles done' },
      },
    };
    await checklist.updateComplete;
    expect(progressText(checklist)).toContain('0/4 principles done');
  });

  it('affects only that element', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <kl-faq-accordion messages='{"faq":{"showAll":"Mine"}}'></kl-faq-accordion>
        <kl-faq-accordion></kl-faq-accordion>
      </div>`,
    );
    const [mine, other] = [...wrapper.querySelectorAll('kl-faq-accordion')];
    await other?.updateComplete;
    expect(mine && toggleAllText(mine)).toBe('Mine');
    expect(other && toggleAllText(other)).toBe('Show all');
  });
});

describe('when a page overrides strings for every element', () => {
  it('shows a pack for a built-in language on elements already shown, under the element’s own strings', async () => {
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion lang="en" messages='{"faq":{"hideAll":"Close all"}}'></kl-faq-accordion>`,
    );
    addLanguagePack({ lang: 'en', messages: { faq: { showAll: 'Open all', hideAll: 'Page close' } } });
    await faq.updateComplete;
    expect(toggleAllText(faq)).toBe('Open all');
    faq.shadowRoot?.querySelector<HTMLButtonElement>('[part="toggle-all"]')?.click();
    await faq.updateComplete;
    expect(toggleAllText(faq)).toBe('Close all');
  });

  it('reads a pack the page wrote in HTML', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.klLanguagePack = '';
    script.textContent = JSON.stringify({ lang: 'id', messages: { faq: { showAll: 'Tampilkan semua' } } });
    document.body.append(script);
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion></kl-faq-accordion>`);
    expect(toggleAllText(faq)).toBe('Tampilkan semua');
  });
});

describe('when the strings are wrong', () => {
  it('keeps the built-in string and warns once with a code naming the key', async () => {
    const warnings = spyWarnings();
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion
        lang="en"
        messages='{"faq":{"showAl":"typo","showAll":"Show {count}","hideAll":{"other":"x"}}}'
      ></kl-faq-accordion>`,
    );
    faq.requestUpdate();
    await faq.updateComplete;
    expect(toggleAllText(faq)).toBe('Show all');
    expect(warnings().filter((text) => text.includes('KL302') && text.includes('faq.showAl'))).toHaveLength(
      1,
    );
    expect(warnings().some((text) => text.includes('KL303') && text.includes('faq.showAll'))).toBe(true);
    expect(warnings().some((text) => text.includes('KL303') && text.includes('faq.hideAll'))).toBe(true);
  });

  it('ignores a messages attribute that is not JSON, and a pack without lang, never blanking the widget', async () => {
    const warnings = spyWarnings();
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion lang="en" messages="{faq: showAll}"></kl-faq-accordion>`,
    );
    addLanguagePack({ messages: {} } as never);
    await faq.updateComplete;
    expect(toggleAllText(faq)).toBe('Show all');
    expect(warnings().filter((text) => text.includes('KL304'))).toHaveLength(2);
  });
});
