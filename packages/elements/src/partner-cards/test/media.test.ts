import { afterEach, describe, expect, it } from 'vitest';
import { html } from 'lit';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { emulateMedia, resetMedia } from '../../../test/media.js';
import { allRendered, guardPage, mountCards, root } from './partner-cards-fixture.js';

guardPage();

afterEach(resetMedia);

/**
 * What a pseudo-element's `content` shows. Chromium reports `attr(href)` already replaced by the
 * attribute; Firefox reports it as written (and replaces it only when it draws the box), so it is read
 * from the element here.
 */
function generatedText(element: Element, pseudo: string): string {
  return getComputedStyle(element, pseudo).content.replace(/attr\(([\w-]+)\)/g, (_call, name: string) =>
    JSON.stringify(element.getAttribute(name) ?? ''),
  );
}

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
    const shadow = root(cards);
    // Far below the screen's viewport, a card's content is not rendered on screen (content-visibility:
    // auto; decided in the frames after the render), and is on paper, which has no "later".
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const farName = shadow.querySelectorAll('.card__name')[199];
    if (!farName) throw new Error('no 200th card name');
    expect(farName.checkVisibility({ contentVisibilityAuto: true })).toBe(false);
    await emulateMedia({ media: 'print' });
    expect(shadow.querySelector('.filter')?.getClientRects()).toHaveLength(0);
    await expect.poll(() => farName.checkVisibility({ contentVisibilityAuto: true })).toBe(true);
    const link = shadow.querySelector('.card__link');
    if (!link) throw new Error('no link');
    expect(generatedText(link, '::after')).toContain('https://bank.example/');
    expect(getComputedStyle(link, '::after').position).toBe('static');
  });
});

describe('in forced-colors (Windows high contrast) mode', () => {
  it('keeps card, badge and initials edges, which would otherwise be drawn by background colour alone', async () => {
    const cards = await mountCards(html`<kl-partner-cards .content=${partners}></kl-partner-cards>`);
    await expect.poll(() => root(cards).querySelector('.card__initials')).toBeTruthy();
    await emulateMedia({ forcedColors: 'active' });
    const shadow = root(cards);
    for (const selector of ['.card', '.card__badge', '.card__initials']) {
      const style = getComputedStyle(shadow.querySelector(selector) as Element);
      expect(style.borderTopStyle, selector).toBe('solid');
      expect(parseFloat(style.borderTopWidth), selector).toBeGreaterThan(0);
    }
    await expectNoAxeViolations(cards);
  });
});
