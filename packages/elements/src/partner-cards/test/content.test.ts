import { describe, expect, it } from 'vitest';
import { html } from 'lit';
import { defaultContent } from '@ketahanan/model';
import { fixture } from '../../../test/fixture.js';
import type { KlPartnerCard } from '../partner-card.js';
import {
  LOCALES,
  guardPage,
  mountCards,
  root,
  shownItems,
  shownNames,
  statusText,
} from './partner-cards-fixture.js';

guardPage();

const ownPartners = {
  partners: [
    {
      id: 'bumdes-maju',
      name: 'BUMDes Maju',
      sector: 'swasta',
      description: 'Badan usaha milik desa.',
      contributions: ['sdm', 'finansial'],
      area: 'Desa Mekar',
    },
    { id: 'pkk', name: 'PKK Desa', sector: 'komunitas-lokal' },
  ],
};

/** The card facts (`dt` → `dd`) of one card; a listed `dd` reads as its items joined by " | ". */
function facts(item: Element): Record<string, string> {
  const read = (detail: Element | null): string => {
    const items = [...(detail?.querySelectorAll('li') ?? [])].map((li) => li.textContent.trim());
    return items.length ? items.join(' | ') : (detail?.textContent.trim() ?? '');
  };
  return Object.fromEntries(
    [...item.querySelectorAll('.card__facts dt')].map((term): [string, string] => [
      term.textContent.trim(),
      read(term.nextElementSibling),
    ]),
  );
}

describe('content', () => {
  for (const locale of LOCALES) {
    const content = defaultContent[locale];
    const partnerName = new Map(content.partners.map((partner) => [partner.id, partner.name]));

    it(`shows the article’s 3 partnerships, each listing its partners (${locale})`, async () => {
      const cards = await mountCards(html`<kl-partner-cards lang=${locale}></kl-partner-cards>`);
      const items = shownItems(cards);
      expect(shownNames(cards)).toEqual(content.partnerships.map((partnership) => partnership.title));
      content.partnerships.forEach((partnership, index) => {
        const item = items[index];
        if (!item) throw new Error(`card ${index} missing`);
        const listed = facts(item)[locale === 'id' ? 'Mitra' : 'Partners']?.split(' | ') ?? [];
        expect(listed).toHaveLength(partnership.partners.length);
        partnership.partners.forEach((id, i) => {
          expect(listed[i]).toContain(partnerName.get(id));
        });
        expect(item.textContent).toContain(partnership.summary);
        expect(facts(item)[locale === 'id' ? 'Daerah' : 'Area']).toBe(partnership.area);
        for (const outcome of partnership.outcomes ?? []) expect(item.textContent).toContain(outcome);
      });
    });

    it(`shows a partnership’s sectors as badges, and no contributions the article never gives (${locale})`, async () => {
      const cards = await mountCards(html`<kl-partner-cards lang=${locale}></kl-partner-cards>`);
      const energy = shownItems(cards)[1];
      if (!energy) throw new Error('no second card');
      const badges = [...energy.querySelectorAll('.card__badge')].map((badge) => badge.textContent);
      const sectorName = new Map(content.sectors.map((sector) => [sector.id, sector.name]));
      expect(badges).toEqual([sectorName.get('swasta'), sectorName.get('komunitas-lokal')]);
      for (const item of shownItems(cards)) {
        expect(facts(item)).not.toHaveProperty(locale === 'id' ? 'Kontribusi' : 'Contributions');
      }
    });
  }

  it('shows the site owner’s partners as cards when their content supplies partners', async () => {
    const cards = await mountCards(html`<kl-partner-cards .content=${ownPartners}></kl-partner-cards>`);
    expect(shownNames(cards)).toEqual(['BUMDes Maju', 'PKK Desa']);
    expect(statusText(cards)).toBe('2 mitra ditampilkan');
    const first = shownItems(cards)[0];
    if (!first) throw new Error('no card');
    expect(first.querySelector('.card__badge')?.textContent).toBe('Swasta');
    expect(first.querySelector('.card__description')?.textContent).toBe('Badan usaha milik desa.');
    // Contributions keep the article's order, whatever order the JSON used.
    expect(facts(first)).toEqual({ Daerah: 'Desa Mekar', Kontribusi: 'Finansial dan Sumber daya manusia' });
  });

  it('reads partners from a child <script type="application/json">', async () => {
    const cards = await mountCards(
      html`<kl-partner-cards
        ><script type="application/json">
          ${JSON.stringify(ownPartners)}
        </script></kl-partner-cards
      >`,
    );
    expect(shownNames(cards)).toEqual(['BUMDes Maju', 'PKK Desa']);
  });

  it('loads partners from src', async () => {
    const body = encodeURIComponent(JSON.stringify(ownPartners));
    const cards = await mountCards(
      html`<kl-partner-cards src=${`/__kl/json?body=${body}`}></kl-partner-cards>`,
    );
    expect(shownNames(cards)).toEqual(['BUMDes Maju', 'PKK Desa']);
  });

  it('shows the site owner’s own partnerships over the default partners', async () => {
    const partnerships = [
      {
        id: 'bank-sampah',
        title: 'Bank Sampah Desa',
        summary: 'Warga dan puskesmas mengelola sampah bersama.',
        area: 'Desa Mekar',
        partners: ['masyarakat-setempat', 'puskesmas'],
        outcomes: ['Lingkungan lebih bersih'],
      },
    ];
    const cards = await mountCards(html`<kl-partner-cards .content=${{ partnerships }}></kl-partner-cards>`);
    expect(shownNames(cards)).toEqual(['Bank Sampah Desa']);
    expect(shownItems(cards)[0]?.textContent).toContain('Puskesmas (Pemerintah)');
    expect(statusText(cards)).toBe('1 kemitraan ditampilkan');
  });

  it('switches language when lang changes, keeping the chosen sector', async () => {
    const cards = await mountCards(html`<kl-partner-cards sector="swasta"></kl-partner-cards>`);
    expect(statusText(cards)).toBe('2 kemitraan ditampilkan');
    cards.lang = 'en';
    await expect.poll(() => statusText(cards), { message: 'English count' }).toBe('2 partnerships shown');
    expect(shownNames(cards)).toEqual([
      defaultContent.en.partnerships[1]?.title,
      defaultContent.en.partnerships[2]?.title,
    ]);
  });

  it('lays the cards side by side when there is room, and one per row with layout="list"', async () => {
    const wrapper = await fixture(
      html`<div style="inline-size: 60em">
        <kl-partner-cards></kl-partner-cards>
        <kl-partner-cards layout="list"></kl-partner-cards>
        <div style="inline-size: 20em"><kl-partner-cards></kl-partner-cards></div>
      </div>`,
    );
    const [grid, list, narrow] = [...wrapper.querySelectorAll('kl-partner-cards')].map((cards) => {
      const items = shownItems(cards);
      return new Set(items.map((item) => item.getBoundingClientRect().top)).size;
    });
    expect(grid).toBe(1);
    expect(list).toBe(3);
    expect(narrow).toBe(3);
  });

  it('renders a card from attributes and its slot alone', async () => {
    const card = await fixture<KlPartnerCard>(
      html`<kl-partner-card
        name="Bank Desa"
        sector="swasta"
        area="Desa Mekar"
        contributions="pengetahuan finansial unknown"
        ><p>Kredit mikro untuk warga.</p></kl-partner-card
      >`,
    );
    const shadow = root(card);
    expect(shadow.querySelector('h3')?.textContent).toBe('Bank Desa');
    expect(shadow.querySelector('.card__badge')?.textContent).toBe('Swasta');
    expect(facts(shadow.querySelector('.card') as Element)).toEqual({
      Daerah: 'Desa Mekar',
      Kontribusi: 'Finansial dan Pengetahuan',
    });
    expect(shadow.querySelector('slot')?.assignedElements()[0]?.textContent).toBe(
      'Kredit mikro untuk warga.',
    );
  });

  it('renders a card from a partner object, with attributes winning', async () => {
    const partner = {
      id: 'bappeda',
      name: 'Bappeda Sukamaju',
      sector: 'pemerintah',
      description: 'Coordinates the partnership forum.',
      area: 'Desa Mekar',
    };
    const card = await fixture<KlPartnerCard>(
      html`<kl-partner-card lang="en" .partner=${partner} area="Kabupaten Sukamaju"></kl-partner-card>`,
    );
    const shadow = root(card);
    expect(shadow.querySelector('h3')?.textContent).toBe(partner.name);
    expect(shadow.querySelector('.card__badge')?.textContent).toBe('Government');
    expect(shadow.textContent).toContain(partner.description);
    expect(facts(shadow.querySelector('.card') as Element).Area).toBe('Kabupaten Sukamaju');
  });

  it('says what is missing when a card has no name', async () => {
    const card = await fixture<KlPartnerCard>(
      html`<kl-partner-card lang="en" sector="swasta"></kl-partner-card>`,
    );
    expect(root(card).querySelector('[role="alert"]')?.textContent).toContain('A partner card needs a name');
    card.partner = { id: 'x', name: 'Toko X', sector: 'swasta' };
    await card.updateComplete;
    expect(root(card).querySelector('h3')?.textContent).toBe('Toko X');
  });
});
