import { describe, expect, it } from 'vitest';
import { html } from 'lit';
import { fixture } from '../../../test/fixture.js';
import type { KlPartnerCard } from '../partner-card.js';
import { guardPage, mountCards, root, shownItems } from './partner-cards-fixture.js';

guardPage();

// Addresses hiding a control or invisible character (`java\tscript:`) are refused with the document:
// see hidden-characters.test.ts.
const UNSAFE = [
  'javascript:alert(1)',
  '  JavaScript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];
const SAFE = [
  'https://bank.example/',
  'http://bank.example/',
  'mailto:info@bank.example',
  'tel:+62211234',
  '/mitra/bank',
];

function partnersWith(field: 'url' | 'logo', values: readonly string[]) {
  return {
    partners: values.map((value, index) => ({
      id: `mitra-${index + 1}`,
      name: `Bank Desa ${index + 1}`,
      sector: 'swasta',
      [field]: value,
    })),
  };
}

describe('links', () => {
  it('renders the name as text, never a link, when the URL scheme is not allowed', async () => {
    const cards = await mountCards(
      html`<kl-partner-cards .content=${partnersWith('url', UNSAFE)}></kl-partner-cards>`,
    );
    const items = shownItems(cards);
    expect(items).toHaveLength(UNSAFE.length);
    for (const item of items)
      expect(item.querySelector('.card__name')?.textContent).toMatch(/^Bank Desa \d$/);
    expect(root(cards).querySelectorAll('a')).toHaveLength(0);
    expect(root(cards).innerHTML).not.toMatch(/javascript:|vbscript:|data:text|file:/i);
  });

  it('links the name for https, http, mailto, tel and relative URLs', async () => {
    const cards = await mountCards(
      html`<kl-partner-cards .content=${partnersWith('url', SAFE)}></kl-partner-cards>`,
    );
    const links = shownItems(cards).map((item) => item.querySelector('h3 > a'));
    expect(links.map((link) => link?.getAttribute('href'))).toEqual(SAFE);
    expect(links.map((link) => link?.textContent)).toEqual(SAFE.map((_, index) => `Bank Desa ${index + 1}`));
  });

  it('applies the same rule to a standalone card', async () => {
    const card = await fixture<KlPartnerCard>(
      html`<kl-partner-card name="Bank Desa" href="javascript:alert(1)"></kl-partner-card>`,
    );
    expect(root(card).querySelector('a')).toBeNull();
    expect(root(card).querySelector('h3')?.textContent).toBe('Bank Desa');
    card.href = 'https://bank.example/';
    await card.updateComplete;
    expect(root(card).querySelector('h3 > a')?.getAttribute('href')).toBe('https://bank.example/');
  });

  it('makes the whole card the link’s click area, with no other control inside', async () => {
    const card = await fixture<KlPartnerCard>(
      html`<kl-partner-card
        name="Bank Desa"
        sector="swasta"
        contributions="finansial"
        href="https://bank.example/"
        ><p>Kredit mikro untuk warga desa.</p></kl-partner-card
      >`,
    );
    const shadow = root(card);
    const box = shadow.querySelector('.card')?.getBoundingClientRect();
    if (!box) throw new Error('no card');
    // A point in the card's bottom-right corner, far from the link text, still hits the link.
    expect(shadow.elementFromPoint(box.right - 4, box.bottom - 4)?.localName).toBe('a');
    const controls = shadow.querySelectorAll('a, button, input, select, textarea, [tabindex]');
    expect(controls).toHaveLength(1);
  });

  it('lists a partnership’s partners as text, so a partnership card has no link at all', async () => {
    const cards = await mountCards(html`<kl-partner-cards></kl-partner-cards>`);
    expect(root(cards).querySelectorAll('.list a')).toHaveLength(0);
  });
});

describe('logos', () => {
  it('shows no image for a logo URL with a scheme that is not allowed', async () => {
    const cards = await mountCards(
      html`<kl-partner-cards .content=${partnersWith('logo', UNSAFE)}></kl-partner-cards>`,
    );
    expect(root(cards).querySelectorAll('img, .card__logo')).toHaveLength(0);
  });

  it('shows the name’s initials when a logo fails to load', async () => {
    const content = {
      partners: [
        { id: 'bank', name: 'Bank Desa', sector: 'swasta', logo: '/__kl/status/404' },
        { id: 'umkm', name: 'usaha mikro, kecil (UMKM)', sector: 'swasta', logo: '/__kl/status/500' },
        { id: 'ok', name: 'Koperasi', sector: 'swasta', logo: '/__kl/hang' },
      ],
    };
    const cards = await mountCards(html`<kl-partner-cards .content=${content}></kl-partner-cards>`);
    const initials = () =>
      [...root(cards).querySelectorAll('.card__initials')].map((item) => item.textContent);
    await expect.poll(initials).toEqual(['BD', 'UM']);
    for (const item of root(cards).querySelectorAll('.card__initials')) {
      expect(item.getAttribute('aria-hidden')).toBe('true');
    }
    // The logo that is still loading is left alone.
    expect(root(cards).querySelectorAll('img')).toHaveLength(1);
  });

  it('keeps a failed logo’s initials when the cards are built again in another language', async () => {
    const content = {
      partners: [
        { id: 'bank', name: 'Bank Desa', sector: 'swasta', logo: '/__kl/status/404' },
        { id: 'ok', name: 'Koperasi', sector: 'swasta', logo: '/__kl/hang' },
      ],
    };
    const cards = await mountCards(html`<kl-partner-cards lang="id" .content=${content}></kl-partner-cards>`);
    await expect.poll(() => root(cards).querySelector('.card__initials')?.textContent).toBe('BD');
    cards.lang = 'en';
    await cards.updateComplete;
    expect(root(cards).querySelector('.card__badge')?.textContent).toBe('Private sector');
    // At once, not after the image fails a second time.
    expect([...root(cards).querySelectorAll('.card__initials')].map((item) => item.textContent)).toEqual([
      'BD',
    ]);
    expect(root(cards).querySelectorAll('img')).toHaveLength(1);
  });

  it('writes each card’s own name, link and logo when new content reorders the cards', async () => {
    const bank = { id: 'bank', name: 'Bank Desa', sector: 'swasta', logo: '/__kl/status/404' };
    const koperasi = {
      id: 'koperasi',
      name: 'Koperasi',
      sector: 'swasta',
      url: 'https://koperasi.example/',
      logo: '/__kl/hang',
    };
    const umkm = { id: 'umkm', name: 'UMKM Desa', sector: 'swasta' };
    const cards = await mountCards(
      html`<kl-partner-cards .content=${{ partners: [bank, koperasi, umkm] }}></kl-partner-cards>`,
    );
    await expect.poll(() => root(cards).querySelector('.card__initials')?.textContent).toBe('BD');
    // New content builds new cards: the first is the koperasi's now, with its own logo, not the bank's initials.
    cards.content = { partners: [koperasi, umkm] };
    await cards.updateComplete;
    const items = shownItems(cards);
    expect(items.map((item) => item.querySelector('.card__name')?.textContent)).toEqual([
      'Koperasi',
      'UMKM Desa',
    ]);
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('https://koperasi.example/');
    expect(items[0]?.querySelector('img')?.getAttribute('src')).toBe('/__kl/hang');
    expect(items[0]?.querySelector('.card__initials')).toBeNull();
    expect(items[1]?.querySelector('a, img')).toBeNull();
  });

  it('shows initials on a standalone card whose logo fails, and the logo again for a new URL', async () => {
    const card = await fixture<KlPartnerCard>(
      html`<kl-partner-card name="Lembaga Keuangan" logo="/__kl/status/404"></kl-partner-card>`,
    );
    await expect.poll(() => root(card).querySelector('.card__initials')?.textContent).toBe('LK');
    card.logo = '/__kl/hang';
    await card.updateComplete;
    expect(root(card).querySelector('img')?.getAttribute('src')).toBe('/__kl/hang');
  });
});
