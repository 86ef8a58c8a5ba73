/**
 * When a partner's address hides a control or invisible character (`javascript\u0000:`, `java\u001bscript:`,
 * a zero-width space in a host): a site owner's document is refused with the field named, and a card given
 * such an address directly shows neither a link nor a logo. Nothing such an address could turn into once
 * stripped ever reaches the page.
 */
import { describe, expect, it } from 'vitest';
import { html } from 'lit';
import { fixture } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import type { KlErrorDetail } from '../../shared/content-controller.js';
import '../../define/partner-card.js';
import type { KlPartnerCard } from '../partner-card.js';
import { LOCALES, alertText, guardPage, mountCards, root } from './partner-cards-fixture.js';

const page = guardPage();

/** The addresses of the issue report, and their kind in an allowed address. */
const HIDING = [
  'javascript\u0000:alert(1)',
  'javascript\u0001:alert(1)',
  'java\u001bscript:alert(1)',
  'javascript\u007f:alert(1)',
  'https://\u200bbank.example/',
  '/mitra/\u202ebank',
];

const MESSAGES = {
  id: 'Berisi karakter tak terlihat U+0000 di posisi 11; hapus karakter itu.',
  en: 'Contains the invisible character U+0000 at position 11; remove it.',
};

describe.each(LOCALES)('a site owner’s partners with a hidden character in an address (%s)', (locale) => {
  const partners = [
    { id: 'bank', name: 'Bank Desa', sector: 'swasta', url: 'https://bank.example/' },
    { id: 'pkk', name: 'PKK Desa', sector: 'komunitas-lokal' },
    { id: 'bumdes', name: 'BUMDes', sector: 'swasta', url: 'javascript\u0000:alert(1)' },
  ];

  it('are refused, naming partners[2].url and the character, with one kl-error', async () => {
    const errors: KlErrorDetail[] = [];
    const cards = await mountCards(
      html`<kl-partner-cards
        lang=${locale}
        .content=${{ partners }}
        @kl-error=${(event: CustomEvent<KlErrorDetail>) => errors.push(event.detail)}
      ></kl-partner-cards>`,
    );
    expect(alertText(cards)).toContain(`partners[2].url: ${MESSAGES[locale]}`);
    expect(root(cards).querySelectorAll('a, img')).toHaveLength(0);
    expect(errors.map((error) => error.problems)).toEqual([
      [{ path: 'partners[2].url', message: MESSAGES[locale] }],
    ]);
    expect(page.warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(cards);
  });

  it('are refused the same way from the light-DOM list a page wrote for readers without JavaScript', async () => {
    const cards = await mountCards(
      html`<kl-partner-cards lang=${locale}
        ><ul>
          <li data-id="bumdes" data-sector="swasta">
            <a href=${'javascript\u0001:alert(1)'}><strong>BUMDes</strong></a>
          </li>
        </ul></kl-partner-cards
      >`,
    );
    expect(alertText(cards)).toContain('partners[0].url');
    expect(alertText(cards)).toContain('U+0001');
    expect(root(cards).querySelectorAll('a')).toHaveLength(0);
  });
});

describe('a standalone card given an address with a hidden character', () => {
  it.each(HIDING)('shows the name as text and no logo: %j', async (address) => {
    const card = await fixture<KlPartnerCard>(
      html`<kl-partner-card name="Bank Desa" href=${address} logo=${address}></kl-partner-card>`,
    );
    expect(root(card).querySelector('a')).toBeNull();
    expect(root(card).querySelector('img, .card__logo')).toBeNull();
    expect(root(card).querySelector('h3')?.textContent.trim()).toBe('Bank Desa');
  });

  it('links again once the address is plain', async () => {
    const card = await fixture<KlPartnerCard>(
      html`<kl-partner-card name="Bank Desa" href=${'java\u001bscript:alert(1)'}></kl-partner-card>`,
    );
    card.href = 'https:bank.example';
    await card.updateComplete;
    // Normalised: never read against the page, never on an internal placeholder host.
    expect(root(card).querySelector('h3 > a')?.getAttribute('href')).toBe('https://bank.example/');
  });
});
