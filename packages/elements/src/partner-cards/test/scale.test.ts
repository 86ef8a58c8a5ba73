import { describe, expect, it } from 'vitest';
import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { fixture } from '../../../test/fixture.js';
import type { KlPartnerCards } from '../partner-cards.js';
import {
  LOCALES,
  allRendered,
  filterSelect,
  guardPage,
  mountCards,
  root,
  shownItems,
  shownNames,
  statusText,
} from './partner-cards-fixture.js';

guardPage();

// test/content-server.ts spreads the generated partners over 4 sectors (index % 4) and 3 areas (index % 3).
const SRC = '/__kl/partners?count=1000';
const expected = {
  id: { all: '1.000 mitra ditampilkan', swasta: '250 mitra ditampilkan', both: '84 mitra ditampilkan' },
  en: { all: '1,000 partners shown', swasta: '250 partners shown', both: '84 partners shown' },
} as const;

describe('1,000 partners from src', () => {
  for (const locale of LOCALES) {
    it(`renders every card and filters them by sector and area (${locale})`, async () => {
      const cards = await mountCards(html`<kl-partner-cards lang=${locale} src=${SRC}></kl-partner-cards>`);
      await allRendered(cards, 1000);
      expect(shownItems(cards)).toHaveLength(1000);
      expect(statusText(cards)).toBe(expected[locale].all);

      await userEvent.selectOptions(filterSelect(cards, 'sector'), 'swasta');
      await cards.updateComplete;
      const names = shownNames(cards);
      expect(names).toHaveLength(250);
      // Partner n has sector index (n - 1) % 4; swasta is index 1: Mitra 2, 6, 10, …
      expect(names.slice(0, 3)).toEqual(['Mitra 2', 'Mitra 6', 'Mitra 10']);
      expect(statusText(cards)).toBe(expected[locale].swasta);

      await userEvent.selectOptions(filterSelect(cards, 'area'), 'Kota Lestari');
      await cards.updateComplete;
      // swasta and Kota Lestari: (n - 1) % 4 = 1 and (n - 1) % 3 = 1, i.e. n = 2, 14, 26, … 998: 84 partners.
      expect(shownNames(cards).slice(0, 3)).toEqual(['Mitra 2', 'Mitra 14', 'Mitra 26']);
      expect(statusText(cards)).toBe(expected[locale].both);
    });
  }

  it('shows the first cards at once and the rest in later tasks, so the page never freezes', async () => {
    const cards = await fixture<KlPartnerCards>(html`<kl-partner-cards src=${SRC}></kl-partner-cards>`);
    // What each render showed, seen right after it (an observer's callback comes before the next task), not
    // at whatever later moment a poll would look: by then later batches may have arrived.
    const count = () => root(cards).querySelectorAll('.list > li').length;
    expect(count()).toBe(0);
    const renders: { cards: number; status: string }[] = [];
    const observer = new MutationObserver(() => {
      if (count() > 0) renders.push({ cards: count(), status: statusText(cards) });
    });
    observer.observe(root(cards), { childList: true, subtree: true, characterData: true });
    await allRendered(cards, 1000);
    observer.disconnect();
    const [first] = renders;
    expect(first?.cards).toBeGreaterThan(0);
    expect(first?.cards).toBeLessThan(1000);
    // The count speaks for every card from the start.
    expect(first?.status).toBe('1.000 mitra ditampilkan');
  });

  it('stops adding cards while removed from the page, and finishes when put back', async () => {
    const cards = await mountCards(html`<kl-partner-cards src=${SRC}></kl-partner-cards>`);
    const parent = cards.parentElement;
    cards.remove();
    const count = () => root(cards).querySelectorAll('.list > li').length;
    const before = count();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(count()).toBe(before);
    parent?.append(cards);
    await allRendered(cards, 1000);
  });

  it('keeps a filter chosen while cards are still arriving', async () => {
    const cards = await mountCards(html`<kl-partner-cards src=${SRC}></kl-partner-cards>`);
    await userEvent.selectOptions(filterSelect(cards, 'sector'), 'masyarakat-sipil');
    await allRendered(cards, 1000);
    expect(shownNames(cards)).toHaveLength(250);
    expect(shownNames(cards).at(-1)).toBe('Mitra 999');
  });

  it('filters in place: no card is rebuilt when the filter changes', async () => {
    const cards = await mountCards(html`<kl-partner-cards src=${SRC}></kl-partner-cards>`);
    await allRendered(cards, 1000);
    const items = [...root(cards).querySelectorAll('.list > li')];
    const articles = items.map((item) => item.firstElementChild);
    for (const sector of ['pemerintah', 'komunitas-lokal', '']) {
      await userEvent.selectOptions(filterSelect(cards, 'sector'), sector);
      await cards.updateComplete;
    }
    expect(shownItems(cards)).toHaveLength(1000);
    const after = [...root(cards).querySelectorAll('.list > li')];
    expect(after).toHaveLength(1000);
    expect(after.every((item, index) => item === items[index])).toBe(true);
    expect(after.every((item, index) => item.firstElementChild === articles[index])).toBe(true);
  });
});
