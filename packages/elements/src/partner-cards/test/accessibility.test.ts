import { describe, expect, it } from 'vitest';
import { html } from 'lit';
import { page } from 'vitest/browser';
import { defaultContent } from '@ketahanan/model';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { fixture } from '../../../test/fixture.js';
import type { KlPartnerCard } from '../partner-card.js';
import {
  LOCALES,
  filterSelect,
  guardPage,
  loaded,
  mountCards,
  root,
  shownItems,
  statusText,
} from './partner-cards-fixture.js';

guardPage();

const ownPartners = {
  partners: [
    {
      id: 'bank-desa',
      name: 'Bank Desa',
      sector: 'swasta',
      area: 'Desa Mekar',
      url: 'https://bank-desa.example',
      logo: '/__kl/status/404',
      contributions: ['finansial'],
    },
    { id: 'karang-taruna', name: 'Karang Taruna', sector: 'komunitas-lokal', area: 'Desa Mekar' },
  ],
};

describe('accessibility', () => {
  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      it('has no axe violations with the default partnerships', async () => {
        const cards = await mountCards(html`<kl-partner-cards lang=${locale}></kl-partner-cards>`);
        await expectNoAxeViolations(cards);
      });

      it('has no axe violations with partner cards that have links and a broken logo', async () => {
        const cards = await mountCards(
          html`<kl-partner-cards lang=${locale} .content=${ownPartners}></kl-partner-cards>`,
        );
        await expect.poll(() => root(cards).querySelector('.card__initials')).toBeTruthy();
        await expectNoAxeViolations(cards);
      });

      it('has no axe violations when the filter matches nothing', async () => {
        const cards = await mountCards(
          html`<kl-partner-cards
            lang=${locale}
            sector="swasta"
            area=${defaultContent[locale].partnerships[0]?.area ?? ''}
          ></kl-partner-cards>`,
        );
        expect(shownItems(cards)).toHaveLength(0);
        await expectNoAxeViolations(cards);
      });

      it('has no axe violations in the error state', async () => {
        const cards = await mountCards(
          html`<kl-partner-cards lang=${locale} src="/__kl/status/500"></kl-partner-cards>`,
        );
        expect(root(cards).querySelector('[role="alert"]')).not.toBeNull();
        await expectNoAxeViolations(cards);
      });

      it('has no axe violations while loading', async () => {
        const cards = await fixture(
          html`<kl-partner-cards lang=${locale} src="/__kl/hang" timeout="5000"></kl-partner-cards>`,
        );
        expect(root(cards).querySelector('[role="status"]')?.textContent).toMatch(/Memuat|Loading/);
        await expectNoAxeViolations(cards);
      });

      it('has no axe violations in dark mode, with and without results', async () => {
        const wrapper = await fixture(
          html`<div style="--kl-color-scheme: dark; background: #000; padding: 1em">
            <kl-partner-cards lang=${locale}></kl-partner-cards>
            <kl-partner-cards lang=${locale} .content=${ownPartners} sector="pemerintah"></kl-partner-cards>
            <kl-partner-card lang=${locale} name="Bank Desa" sector="swasta" href="https://bank.example"
              ><p>Kredit mikro.</p></kl-partner-card
            >
          </div>`,
        );
        for (const element of wrapper.querySelectorAll('kl-partner-cards')) await loaded(element);
        const card = wrapper.querySelector('kl-partner-card');
        if (card) await card.updateComplete;
        expect(
          getComputedStyle(root(card as HTMLElement).querySelector('.card') as Element).colorScheme,
        ).toBe('dark');
        await expectNoAxeViolations(wrapper);
      });

      it('has no axe violations for a standalone card and a card without a name', async () => {
        const wrapper = await fixture(
          html`<div lang=${locale}>
            <kl-partner-card
              name="Bank Desa"
              sector="swasta"
              contributions="finansial"
              href="mailto:a@b.example"
              ><p>Kredit mikro.</p></kl-partner-card
            >
            <kl-partner-card></kl-partner-card>
          </div>`,
        );
        for (const card of wrapper.querySelectorAll('kl-partner-card')) await card.updateComplete;
        await expectNoAxeViolations(wrapper);
      });
    });
  }

  it('exposes a list of articles, each named by a heading of the given level', async () => {
    const cards = await mountCards(html`<kl-partner-cards heading-level="2"></kl-partner-cards>`);
    const list = page.elementLocator(cards).getByRole('list').first();
    await expect.element(list).toBeInTheDocument();
    const items = shownItems(cards);
    expect(items).toHaveLength(3);
    for (const item of items) {
      expect(item.firstElementChild?.localName).toBe('article');
      expect(item.querySelector('article h2')).not.toBeNull();
    }
    await expect
      .element(page.elementLocator(cards).getByRole('heading', { level: 2, name: 'Keberlanjutan Energi' }))
      .toBeVisible();
  });

  it('uses heading level 3 by default and on a standalone card', async () => {
    const cards = await mountCards(html`<kl-partner-cards></kl-partner-cards>`);
    expect(root(cards).querySelectorAll('.card h3')).toHaveLength(3);
    const card = await fixture<KlPartnerCard>(
      html`<kl-partner-card name="Bank Desa" heading-level="4"></kl-partner-card>`,
    );
    await expect
      .element(page.elementLocator(card).getByRole('heading', { level: 4 }))
      .toHaveTextContent('Bank Desa');
  });

  it('labels the filter: a fieldset with a legend and a label on each select', async () => {
    const cards = await mountCards(html`<kl-partner-cards lang="en"></kl-partner-cards>`);
    const group = page.elementLocator(cards).getByRole('group', { name: 'Filter partners' });
    await expect.element(group).toBeVisible();
    await expect.element(group.getByRole('combobox', { name: 'Sector' })).toBeVisible();
    await expect.element(group.getByRole('combobox', { name: 'Area' })).toBeVisible();
  });

  it('announces the count through a polite status region that exists before any change', async () => {
    const cards = await mountCards(html`<kl-partner-cards></kl-partner-cards>`);
    const status = root(cards).querySelector('[role="status"]');
    expect(status).not.toBeNull();
    expect(statusText(cards)).toBe('3 kemitraan ditampilkan');
    const select = filterSelect(cards, 'sector');
    select.value = 'swasta';
    select.dispatchEvent(new Event('change'));
    await cards.updateComplete;
    // The same node is updated, so screen readers announce the change.
    expect(root(cards).querySelector('[role="status"]')).toBe(status);
    expect(statusText(cards)).toBe('2 kemitraan ditampilkan');
  });

  it('hides filtered-out cards from assistive technology, so the list says how many are shown', async () => {
    const cards = await mountCards(html`<kl-partner-cards .content=${ownPartners}></kl-partner-cards>`);
    const items = page.elementLocator(cards).getByRole('listitem');
    expect(items.all()).toHaveLength(2);
    cards.sector = 'swasta';
    await cards.updateComplete;
    expect(items.all()).toHaveLength(1);
    await expect.element(items).toHaveTextContent('Bank Desa');
  });

  it('hides a logo from assistive technology, since the name beside it is the heading', async () => {
    const card = await fixture<KlPartnerCard>(
      html`<kl-partner-card
        name="Bank Desa"
        logo="data:image/gif;base64,R0lGODlhAQABAAAAACw="
      ></kl-partner-card>`,
    );
    // data: is not an allowed scheme: no image at all.
    expect(root(card).querySelector('img')).toBeNull();
    card.logo = '/__kl/hang'; // never answers: the image stays
    await card.updateComplete;
    expect(root(card).querySelector('img')?.getAttribute('alt')).toBe('');
  });
});
