import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { html } from 'lit';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { allRendered, guardPage, mountCards, root } from './partner-cards-fixture.js';

guardPage();

/** Emulates CSS media through the DevTools protocol, as Playwright's `emulateMedia` does. */
async function emulate(media: string, features: Record<string, string> = {}): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    media,
    features: Object.entries(features).map(([name, value]) => ({ name, value })),
  });
}

afterEach(async () => {
  await emulate('');
});

const partners = {
  partners: [
    {
      id: 'bank',
      name: 'Bank Desa',
      sector: 'swasta',
      url: 'https://bank.example/',
      logo: '/__kl/status/404',
    },
    ...Array.from({ length: 199 }, (_, index) => ({
      id: `mitra-${index}`,
      name: `Mitra ${index}`,
      sector: 'pemerintah',
    })),
  ],
};

describe('when the page is printed', () => {
  it('leaves out the filter, prints every card and a link’s address', async () => {
    const cards = await mountCards(html`<kl-partner-cards .content=${partners}></kl-partner-cards>`);
    await allRendered(cards, 200);
    await emulate('print');
    expect(matchMedia('print').matches).toBe(true);
    const shadow = root(cards);
    expect(shadow.querySelector('.filter')?.getClientRects()).toHaveLength(0);
    // Far below the screen's viewport, yet rendered: paper has no "later" (content-visibility: auto).
    expect(shadow.querySelectorAll('.card')[199]?.checkVisibility({ contentVisibilityAuto: true })).toBe(
      true,
    );
    const link = shadow.querySelector('.card__link');
    if (!link) throw new Error('no link');
    expect(getComputedStyle(link, '::after').content).toContain('https://bank.example/');
    expect(getComputedStyle(link, '::after').position).toBe('static');
  });
});

describe('in forced-colors (Windows high contrast) mode', () => {
  it('keeps card, badge and initials edges, which would otherwise be drawn by background colour alone', async () => {
    const cards = await mountCards(html`<kl-partner-cards .content=${partners}></kl-partner-cards>`);
    await expect.poll(() => root(cards).querySelector('.card__initials')).toBeTruthy();
    await emulate('', { 'forced-colors': 'active' });
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    const shadow = root(cards);
    for (const selector of ['.card', '.card__badge', '.card__initials']) {
      const style = getComputedStyle(shadow.querySelector(selector) as Element);
      expect(style.borderTopStyle, selector).toBe('solid');
      expect(parseFloat(style.borderTopWidth), selector).toBeGreaterThan(0);
    }
    await expectNoAxeViolations(cards);
  });
});
