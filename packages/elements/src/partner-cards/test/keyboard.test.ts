import { describe, expect, it } from 'vitest';
import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { fixture } from '../../../test/fixture.js';
import type { KlFilterDetail } from '../partner-cards.js';
import {
  LOCALES,
  filterSelect,
  guardPage,
  loaded,
  root,
  shownNames,
  statusText,
} from './partner-cards-fixture.js';
import type { KlPartnerCards } from '../partner-cards.js';
import type { KlPartnerCard } from '../partner-card.js';

guardPage();

const partners = {
  partners: [
    {
      id: 'dinas-sosial',
      name: 'Dinas Sosial',
      sector: 'pemerintah',
      area: 'Kota Lestari',
      url: 'https://dinsos.example',
    },
    { id: 'bank-desa', name: 'Bank Desa', sector: 'swasta', area: 'Desa Mekar', url: 'https://bank.example' },
    {
      id: 'koperasi-tani',
      name: 'Koperasi Tani',
      sector: 'swasta',
      area: 'Kota Lestari',
      url: 'tel:+62211234',
    },
  ],
};

/** A focusable button before the widget, so Tab starts from a known place; returns the widget. */
async function mountAfterButton(lang: string): Promise<KlPartnerCards> {
  const wrapper = await fixture(
    html`<div lang=${lang}>
      <button type="button">before</button>
      <kl-partner-cards .content=${partners}></kl-partner-cards>
    </div>`,
  );
  const cards = wrapper.querySelector('kl-partner-cards');
  if (!cards) throw new Error('no cards');
  await loaded(cards);
  wrapper.querySelector('button')?.focus();
  return cards;
}

/** What has focus, seen through the widget's shadow root. */
function focused(cards: KlPartnerCards): Element | null {
  return root(cards).activeElement;
}

describe('keyboard', () => {
  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      it('tabs through sector, area, then one stop per card link, and back with Shift+Tab', async () => {
        const cards = await mountAfterButton(locale);
        await userEvent.keyboard('{Tab}');
        expect(focused(cards)).toBe(filterSelect(cards, 'sector'));
        await userEvent.keyboard('{Tab}');
        expect(focused(cards)).toBe(filterSelect(cards, 'area'));
        await userEvent.keyboard('{Tab}');
        expect(focused(cards)?.textContent).toBe('Dinas Sosial');
        await userEvent.keyboard('{Tab}');
        expect(focused(cards)?.textContent).toBe('Bank Desa');
        await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
        expect(focused(cards)?.textContent).toBe('Dinas Sosial');
      });

      it('changes the sector with the arrow keys and announces the new count', async () => {
        const cards = await mountAfterButton(locale);
        const events: KlFilterDetail[] = [];
        cards.addEventListener('kl-filter', (event) => events.push(event.detail));
        await userEvent.keyboard('{Tab}');
        // Options: all, pemerintah, swasta, …
        await userEvent.keyboard('{ArrowDown}');
        await cards.updateComplete;
        expect(filterSelect(cards, 'sector').value).toBe('pemerintah');
        expect(shownNames(cards)).toEqual(['Dinas Sosial']);
        expect(statusText(cards)).toBe(locale === 'id' ? '1 mitra ditampilkan' : '1 partner shown');
        await userEvent.keyboard('{ArrowDown}');
        await cards.updateComplete;
        expect(shownNames(cards)).toEqual(['Bank Desa', 'Koperasi Tani']);
        await expect.poll(() => events.at(-1)).toEqual({ sector: 'swasta', area: null, shown: 2 });
      });

      it('keeps focus on the same card link when the page switches language', async () => {
        const cards = await mountAfterButton(locale);
        cards.sector = 'swasta';
        await cards.updateComplete;
        await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}');
        expect(focused(cards)?.textContent).toBe('Koperasi Tani');
        // The cards are built again in the other language: focus must not fall back to the page.
        cards.lang = locale === 'id' ? 'en' : 'id';
        await cards.updateComplete;
        expect(statusText(cards)).toBe(locale === 'id' ? '2 partners shown' : '2 mitra ditampilkan');
        expect(focused(cards)?.textContent).toBe('Koperasi Tani');
        await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
        expect(focused(cards)?.textContent).toBe('Bank Desa');
      });

      it('keeps focus on a standalone card’s link while its properties change', async () => {
        const card = await fixture<KlPartnerCard>(
          html`<kl-partner-card
            lang=${locale}
            name="Bank Desa"
            href="https://bank.example"
          ></kl-partner-card>`,
        );
        const link = () => root(card).querySelector('a');
        link()?.focus();
        card.sector = 'swasta';
        card.lang = locale === 'id' ? 'en' : 'id';
        await card.updateComplete;
        expect(root(card).querySelector('.card__badge')?.textContent).toBe(
          locale === 'id' ? 'Private sector' : 'Swasta',
        );
        expect(root(card).activeElement).toBe(link());
        card.name = 'Bank Desa Mekar';
        await card.updateComplete;
        expect(root(card).activeElement?.textContent).toBe('Bank Desa Mekar');
      });

      it('skips the links of filtered-out cards', async () => {
        const cards = await mountAfterButton(locale);
        cards.sector = 'swasta';
        await cards.updateComplete;
        await userEvent.keyboard('{Tab}{Tab}{Tab}');
        expect(focused(cards)?.textContent).toBe('Bank Desa');
        await userEvent.keyboard('{Tab}');
        expect(focused(cards)?.textContent).toBe('Koperasi Tani');
      });
    });
  }
});
