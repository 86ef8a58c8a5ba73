import { describe, expect, it } from 'vitest';
import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { defaultContent } from '@ketahanan/model';
import type { KlFilterDetail, KlPartnerCards } from '../partner-cards.js';
import {
  LOCALES,
  filterSelect,
  guardPage,
  mountCards,
  root,
  shownNames,
  statusText,
} from './partner-cards-fixture.js';

guardPage();

const countText = {
  id: { partnerships: (n: number) => `${n} kemitraan ditampilkan`, empty: 'Tidak ada mitra' },
  en: {
    partnerships: (n: number) => `${n} partnership${n === 1 ? '' : 's'} shown`,
    empty: 'No partner matches',
  },
} as const;

/** Picks an option the way a reader does: with the select's own UI. */
async function choose(cards: KlPartnerCards, name: 'sector' | 'area', value: string): Promise<void> {
  await userEvent.selectOptions(filterSelect(cards, name), value);
  await cards.updateComplete;
}

describe('filtering', () => {
  for (const locale of LOCALES) {
    const content = defaultContent[locale];
    const titles = content.partnerships.map((partnership) => partnership.title);
    const text = countText[locale];

    describe(`in ${locale}`, () => {
      it('narrows the partnerships to those with a partner of the chosen sector, and says how many', async () => {
        const cards = await mountCards(html`<kl-partner-cards lang=${locale}></kl-partner-cards>`);
        expect(shownNames(cards)).toEqual(titles);
        expect(statusText(cards)).toBe(text.partnerships(3));
        // Only the renewable-energy partnership involves no government partner.
        await choose(cards, 'sector', 'pemerintah');
        expect(shownNames(cards)).toEqual([titles[0], titles[2]]);
        expect(statusText(cards)).toBe(text.partnerships(2));
        await choose(cards, 'sector', 'komunitas-lokal');
        expect(shownNames(cards)).toEqual([titles[0], titles[1]]);
        await choose(cards, 'sector', '');
        expect(shownNames(cards)).toEqual(titles);
      });

      it('uses the singular where the language has one', async () => {
        const cards = await mountCards(html`<kl-partner-cards lang=${locale}></kl-partner-cards>`);
        await choose(cards, 'area', content.partnerships[1]?.area ?? '');
        expect(shownNames(cards)).toEqual([titles[1]]);
        expect(statusText(cards)).toBe(text.partnerships(1));
      });

      it('offers every sector and every area of the content, in the reader’s language', async () => {
        const cards = await mountCards(html`<kl-partner-cards lang=${locale}></kl-partner-cards>`);
        const sectorOptions = [...filterSelect(cards, 'sector').options].map((option) => option.text);
        expect(sectorOptions.slice(1)).toEqual(content.sectors.map((sector) => sector.name));
        const areaOptions = [...filterSelect(cards, 'area').options].slice(1).map((option) => option.value);
        // Places only: the education example happens in a field, not a place, so it has no area.
        expect(areaOptions.toSorted()).toEqual(
          content.partnerships.flatMap((item) => item.area ?? []).toSorted(),
        );
      });

      it('says so when no card matches, instead of showing an empty box', async () => {
        const cards = await mountCards(html`<kl-partner-cards lang=${locale}></kl-partner-cards>`);
        await choose(cards, 'area', content.partnerships[0]?.area ?? '');
        await choose(cards, 'sector', 'swasta');
        expect(shownNames(cards)).toEqual([]);
        expect(statusText(cards)).toContain(text.empty);
      });

      it('fires kl-filter with the sector, the area and the number shown', async () => {
        const cards = await mountCards(html`<kl-partner-cards lang=${locale}></kl-partner-cards>`);
        const events: CustomEvent<KlFilterDetail>[] = [];
        // Listened for on the document: the event bubbles out of the shadow root.
        document.addEventListener('kl-filter', (event) => events.push(event as CustomEvent<KlFilterDetail>));
        await choose(cards, 'sector', 'swasta');
        await expect.poll(() => events.length).toBe(1);
        expect(events[0]?.detail).toEqual({ sector: 'swasta', area: null, shown: 2 });
        expect(events[0]?.composed).toBe(true);
        const area = content.partnerships[1]?.area ?? '';
        await choose(cards, 'area', area);
        await expect.poll(() => events.length).toBe(2);
        expect(events[1]?.detail).toEqual({ sector: 'swasta', area, shown: 1 });
      });
    });
  }

  it('starts from the sector and area attributes, and keeps them in sync with the selects', async () => {
    const area = defaultContent.id.partnerships[0]?.area ?? '';
    const cards = await mountCards(
      html`<kl-partner-cards sector="pemerintah" area=${area.toUpperCase()}></kl-partner-cards>`,
    );
    expect(shownNames(cards)).toEqual([defaultContent.id.partnerships[0]?.title]);
    expect(filterSelect(cards, 'sector').value).toBe('pemerintah');
    expect(filterSelect(cards, 'area').value).toBe(area);
    await choose(cards, 'sector', 'masyarakat-sipil');
    expect(cards.getAttribute('sector')).toBe('masyarakat-sipil');
    cards.setAttribute('sector', '');
    await cards.updateComplete;
    expect(filterSelect(cards, 'sector').value).toBe('');
  });

  it('shows every card for a sector that does not exist, rather than a baffling empty list', async () => {
    const cards = await mountCards(html`<kl-partner-cards sector="akademisi"></kl-partner-cards>`);
    expect(shownNames(cards)).toHaveLength(3);
    expect(filterSelect(cards, 'sector').value).toBe('');
  });

  it('does not fire kl-filter for changes made by the page', async () => {
    const cards = await mountCards(html`<kl-partner-cards></kl-partner-cards>`);
    let fired = 0;
    cards.addEventListener('kl-filter', () => fired++);
    cards.sector = 'swasta';
    await cards.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shownNames(cards)).toHaveLength(2);
    expect(fired).toBe(0);
  });

  it('filters a site owner’s partners by their own sector and area', async () => {
    const partners = [
      { id: 'a', name: 'Dinas A', sector: 'pemerintah', area: 'Kota Lestari' },
      { id: 'b', name: 'Toko B', sector: 'swasta', area: 'Kota Lestari' },
      { id: 'c', name: 'Toko C', sector: 'swasta' },
    ];
    const cards = await mountCards(html`<kl-partner-cards .content=${{ partners }}></kl-partner-cards>`);
    expect(statusText(cards)).toBe('3 mitra ditampilkan');
    await choose(cards, 'sector', 'swasta');
    expect(shownNames(cards)).toEqual(['Toko B', 'Toko C']);
    await choose(cards, 'area', 'Kota Lestari');
    expect(shownNames(cards)).toEqual(['Toko B']);
    expect(statusText(cards)).toBe('1 mitra ditampilkan');
  });

  it('filters in place: the cards that stay are the same elements', async () => {
    const cards = await mountCards(html`<kl-partner-cards></kl-partner-cards>`);
    const before = [...root(cards).querySelectorAll('.card')];
    await choose(cards, 'sector', 'swasta');
    await choose(cards, 'sector', '');
    expect([...root(cards).querySelectorAll('.card')]).toEqual(before);
  });
});
