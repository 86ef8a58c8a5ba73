import { describe, expect, it } from 'vitest';
import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { watchContentFailures } from '../../../test/content-failures.js';
import { readPartnersMarkup } from '../partners-markup.js';
import {
  LOCALES,
  alertText,
  filterSelect,
  mountCards,
  root,
  shownNames,
  statusText,
} from './partner-cards-fixture.js';

const watched = watchContentFailures();

/** What an NGO's page already lists, in the documented format (readable with JavaScript off). */
const partnerList = html`
  <ul>
    <li data-id="bumdes-maju" data-sector="swasta" data-contributions="finansial sdm">
      <a href="https://bumdes.example/"><strong>BUMDes Maju</strong></a> (Swasta):
      <span data-field="area">Desa Mekar</span>.
      <span data-field="description">Kredit mikro untuk usaha warga.</span>
    </li>
    <li data-id="pkk-desa" data-sector="komunitas-lokal">
      <strong>PKK Desa</strong> (Komunitas lokal): <span data-field="area">Desa Sari</span>.
    </li>
    <li data-id="dinas-pu" data-sector="pemerintah">
      <strong>Dinas PU</strong> (Pemerintah): <span data-field="area">Desa Mekar</span>.
    </li>
  </ul>
`;
const LISTED = ['BUMDes Maju', 'PKK Desa', 'Dinas PU'];

const json = (value: unknown) => JSON.stringify(value);
const FROM_SOURCE = { partners: [{ id: 'dari-sumber', name: 'Dari Sumber', sector: 'swasta' }] };

describe('a partner list written inside the tag', () => {
  for (const locale of LOCALES) {
    it(`becomes the cards, with the sector’s localized name and the link (${locale})`, async () => {
      const cards = await mountCards(
        html`<kl-partner-cards lang=${locale}>${partnerList}</kl-partner-cards>`,
      );
      expect(shownNames(cards)).toEqual(LISTED);
      const first = root(cards).querySelector('.list > li');
      expect(first?.querySelector('a')?.getAttribute('href')).toBe('https://bumdes.example/');
      expect(first?.querySelector('.card__badge')?.textContent.trim()).toBe(
        locale === 'id' ? 'Swasta' : 'Private sector',
      );
      expect(first?.textContent).toContain('Kredit mikro untuk usaha warga.');
      expect(first?.textContent).toContain(locale === 'id' ? 'Finansial' : 'Financial');
      expect(statusText(cards)).toMatch(/^3 /);
      // The light-DOM list is the no-JavaScript version: once upgraded, only the cards show.
      expect(cards.querySelector('ul')?.getClientRects()).toHaveLength(0);
      await expectNoAxeViolations(cards);
    });
  }

  it('offers the listed areas and sectors in the filter, and filters the listed partners', async () => {
    const cards = await mountCards(html`<kl-partner-cards lang="id">${partnerList}</kl-partner-cards>`);
    const areas = [...filterSelect(cards, 'area').options].map((option) => option.value);
    expect(areas).toEqual(['', 'Desa Mekar', 'Desa Sari']);
    await userEvent.selectOptions(filterSelect(cards, 'area'), 'Desa Mekar');
    await expect
      .poll(() => shownNames(cards).join(), { message: 'filtered by area' })
      .toBe('BUMDes Maju,Dinas PU');
    await userEvent.selectOptions(filterSelect(cards, 'sector'), 'pemerintah');
    await expect.poll(() => shownNames(cards).join(), { message: 'filtered by sector' }).toBe('Dinas PU');
    await expectNoAxeViolations(cards);
  });

  it('is picked up when a CMS adds it after the element connected', async () => {
    const cards = await mountCards(html`<kl-partner-cards lang="id"></kl-partner-cards>`);
    expect(shownNames(cards)).not.toContain('Warga RT 03');
    cards.insertAdjacentHTML(
      'beforeend',
      '<ul><li data-id="warga" data-sector="komunitas-lokal"><strong>Warga RT 03</strong></li></ul>',
    );
    await expect
      .poll(() => shownNames(cards).join(), { message: 'the added list becomes the cards' })
      .toBe('Warga RT 03');
  });

  it('never links a javascript: URL; the name stays text', async () => {
    const cards = await mountCards(
      html`<kl-partner-cards lang="id"
        ><ul>
          <li data-id="jahat" data-sector="swasta">
            <a href="javascript:alert(1)"><strong>Jahat</strong></a>
          </li>
        </ul></kl-partner-cards
      >`,
    );
    expect(shownNames(cards)).toEqual(['Jahat']);
    expect(root(cards).querySelectorAll('a')).toHaveLength(0);
    await expectNoAxeViolations(cards);
  });

  for (const [locale, missing] of [
    ['id', /partners\[1\]\.name.*Wajib diisi, tetapi tidak ada\./],
    ['en', /partners\[1\]\.name.*Required, but missing\./],
  ] as const) {
    it(`names a missing part in the localized error and fires kl-error (${locale})`, async () => {
      const cards = await mountCards(
        html`<kl-partner-cards lang=${locale}
          ><ul>
            <li data-id="lengkap" data-sector="swasta"><strong>Lengkap</strong></li>
            <li data-id="tanpa-nama" data-sector="swasta"></li></ul
        ></kl-partner-cards>`,
      );
      expect(alertText(cards)).toMatch(missing);
      expect(watched.failures.map((failure) => failure.source)).toEqual(['markup']);
      await expectNoAxeViolations(cards);
    });
  }
});

describe('other sources win over the list, which then only serves readers without JavaScript', () => {
  /** Each source wins while set; once the page removes it, the list written inside the tag shows again. */
  async function listReturns(cards: HTMLElement): Promise<void> {
    await expect
      .poll(() => shownNames(cards).join(), { message: 'the list is the content again' })
      .toBe(LISTED.join());
  }

  it('the content property', async () => {
    const cards = await mountCards(
      html`<kl-partner-cards lang="id" .content=${FROM_SOURCE}>${partnerList}</kl-partner-cards>`,
    );
    expect(shownNames(cards)).toEqual(['Dari Sumber']);
    cards.content = undefined;
    await listReturns(cards);
  });

  it('inline JSON', async () => {
    const cards = await mountCards(
      html`<kl-partner-cards lang="id"
        ><script type="application/json">
          ${json(FROM_SOURCE)}
        </script>
        ${partnerList}</kl-partner-cards
      >`,
    );
    expect(shownNames(cards)).toEqual(['Dari Sumber']);
    cards.querySelector('script')?.remove();
    await listReturns(cards);
  });

  it('src', async () => {
    const cards = await mountCards(
      html`<kl-partner-cards lang="id" src=${`/__kl/json?body=${encodeURIComponent(json(FROM_SOURCE))}`}
        >${partnerList}</kl-partner-cards
      >`,
    );
    expect(shownNames(cards)).toEqual(['Dari Sumber']);
    cards.removeAttribute('src');
    await listReturns(cards);
  });
});

describe('readPartnersMarkup', () => {
  const read = (markup: string) => {
    const host = document.createElement('div');
    host.innerHTML = markup;
    return readPartnersMarkup(host);
  };

  it('reads nothing from lists without partner items, such as the article’s partnerships', () => {
    expect(read('<p>Mitra kami</p>')).toBeUndefined();
    expect(
      read('<ul><li><strong>Kemitraan</strong>: ringkasan <ul><li>Mitra</li></ul></li></ul>'),
    ).toBeUndefined();
  });

  it('reads every field exactly, whitespace squashed, and leaves out what is missing', () => {
    expect(
      read(`<ol>
        <li data-id=" a " data-sector="swasta" data-contributions=" teknis  sdm " data-logo="/a.svg">
          <strong><a href="/mitra/a"> Nama
            Panjang </a></strong>
          <span data-field="area">Desa X</span> <span data-field="description">Satu.</span>
        </li>
        <li data-sector="swasta"></li>
      </ol>`),
    ).toEqual({
      partners: [
        {
          id: 'a',
          name: 'Nama Panjang',
          sector: 'swasta',
          description: 'Satu.',
          area: 'Desa X',
          url: '/mitra/a',
          logo: '/a.svg',
          contributions: ['teknis', 'sdm'],
        },
        { sector: 'swasta' },
      ],
    });
  });
});
