/**
 * Links and logos from content: a card links its name only when the browser would open the address with
 * https, http, mailto or tel and the address hides no control or invisible character (anything else,
 * disguised or malformed, shows the name as text; a site owner's document holding such an address is
 * refused, naming it), shows a logo only under the same rule, and shows the name's initials when a logo
 * cannot be loaded. What a card writes into `href` and `src` is printable ASCII. Elements whose content is
 * prose never turn text into links at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Partner } from '@ketahanan/model';
import { guardPage } from './page-guard.js';
import { assertProperty } from './fuzz-parameters.js';
import { anyUrl, hiddenCharacterUrl, hidesCharacter } from './hostile-text.js';
import { fuzzDocument, sectionsFor } from './fuzz-content.js';
import { alertText, create, loaded, place, removePlaced, shadowOf } from './widgets.js';

guardPage();

const ALLOWED = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** The scheme the browser reads in `url` on this page (after the trimming the cards do), or null if none. */
function browserScheme(url: string): string | null {
  try {
    return new URL(url.trim(), document.baseURI).protocol;
  } catch {
    return null;
  }
}
/** A blank address is no address, and one hiding a character is refused: the card then has no link or logo. */
const opensSafely = (url: string) =>
  url.trim() !== '' && !hidesCharacter(url) && ALLOWED.has(browserScheme(url) ?? '');

/** Addresses that must become links: real sites, mail and phone, and page-relative paths. */
const allowedUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.emailAddress().map((address) => `mailto:${address}`),
  fc.stringMatching(/^\+?[0-9]{3,14}$/).map((number) => `tel:${number}`),
  fc.constantFrom('/mitra/bank-desa', 'mitra.html', '?sektor=swasta', '#kontak'),
);

/** Checks one rendered card against the URLs it was given; returns what is wrong. */
function cardProblems(card: ParentNode, name: string, url: string, logo: string): string[] {
  const problems: string[] = [];
  const heading = card.querySelector('.card__name');
  const link = heading?.querySelector('a') ?? null;
  if (opensSafely(url) !== (link !== null))
    problems.push(`${JSON.stringify(url)}: link ${link ? 'shown' : 'missing'}`);
  if (link && (!ALLOWED.has(link.protocol) || link.textContent !== name))
    problems.push(`bad link ${link.href}`);
  const written = [link?.getAttribute('href'), card.querySelector('img')?.getAttribute('src')];
  for (const value of written)
    if (value != null && !/^[\x21-\x7e]+$/.test(value)) problems.push(`written as ${JSON.stringify(value)}`);
  if (!link && heading?.textContent.trim() !== name) problems.push('name not shown as text');
  const image = card.querySelector('img');
  const logoShown = card.querySelector('.card__logo') !== null;
  if (opensSafely(logo) !== logoShown)
    problems.push(`${JSON.stringify(logo)}: logo ${logoShown ? 'shown' : 'missing'}`);
  if (image && !ALLOWED.has(image.src ? new URL(image.src).protocol : ''))
    problems.push(`image from ${image.src}`);
  return problems;
}

// Hidden characters weigh less, so that a list of eight addresses is often free of them and shows cards.
const address = fc.oneof(
  { arbitrary: anyUrl, weight: 3 },
  { arbitrary: allowedUrl, weight: 3 },
  { arbitrary: hiddenCharacterUrl, weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 2 },
);

describe('a standalone <kl-partner-card>', () => {
  it('links and shows a logo exactly when the address opens with an allowed scheme, through any sequence of changes', async () => {
    await assertProperty(
      fc.asyncProperty(
        fc.array(fc.tuple(address, address), { minLength: 1, maxLength: 6 }),
        async (steps) => {
          removePlaced();
          const card = place(document.createElement('kl-partner-card'));
          card.name = 'Koperasi Tani Makmur';
          for (const [href, logo] of steps) {
            card.href = href;
            card.logo = logo;
            await card.updateComplete;
            expect(cardProblems(shadowOf(card), 'Koperasi Tani Makmur', href, logo)).toEqual([]);
          }
        },
      ),
      25,
    );
  });

  it('never drops a link or logo whose address is allowed', async () => {
    await assertProperty(
      fc.asyncProperty(allowedUrl, async (url) => {
        removePlaced();
        const card = place(document.createElement('kl-partner-card'));
        card.partner = { id: 'mitra', name: 'Mitra', sector: 'swasta', url, logo: url } satisfies Partner;
        await card.updateComplete;
        expect(shadowOf(card).querySelector('.card__name a')).not.toBeNull();
        expect(shadowOf(card).querySelector('.card__logo')).not.toBeNull();
      }),
      25,
    );
  });
});

describe('<kl-partner-cards> with a site owner’s partners', () => {
  it('applies the same rule to every card, and refuses a document whose address hides a character', async () => {
    await assertProperty(
      fc.asyncProperty(fc.array(address, { minLength: 8, maxLength: 8 }), async (urls) => {
        removePlaced();
        const partners = urls.slice(0, 4).map((url, index) => ({
          id: `mitra-${String(index + 1)}`,
          name: `Mitra ${String(index + 1)}`,
          sector: 'swasta',
          url,
          logo: urls[index + 4] ?? '',
        }));
        // The model refuses blank text, so a blank address is left out, as a site owner would.
        const content = partners.map(({ url, logo, ...partner }) => ({
          ...partner,
          ...(url.trim() ? { url } : {}),
          ...(logo.trim() ? { logo } : {}),
        }));
        const cards = create('kl-partner-cards');
        cards.content = { partners: content };
        await loaded(place(cards));
        const refused = content.flatMap((partner, index) =>
          (['url', 'logo'] as const).flatMap((field) =>
            hidesCharacter(partner[field] ?? '') ? [`partners[${String(index)}].${field}`] : [],
          ),
        );
        if (refused.length > 0) {
          const alert = alertText(cards);
          for (const path of refused) expect(alert).toContain(`${path}:`);
          expect(shadowOf(cards).querySelectorAll('.card')).toHaveLength(0);
          return;
        }
        const shown = [...shadowOf(cards).querySelectorAll('.card')];
        expect(shown).toHaveLength(4);
        shown.forEach((card, index) => {
          const partner = partners[index];
          if (!partner) throw new Error('no partner');
          expect(cardProblems(card, partner.name, partner.url, partner.logo)).toEqual([]);
        });
      }),
      15,
    );
  });
});

describe('a logo that cannot be loaded', () => {
  const LOGOS: [situation: string, logo: string][] = [
    ['an unreachable host', 'https://logo.invalid/mitra.png'],
    ['a closed port', 'http://127.0.0.1:9/mitra.png'],
    ['an HTML page', '/__kl/html'],
    ['an empty 200 answer', '/__kl/status/200'],
  ];
  const NAMES: [name: string, initials: string][] = [
    ['Bank Rakyat Desa', 'BR'],
    ['مصرف القرية', 'ما'],
    ['Ẑ̷alg̈o Koperasi', 'ẐK'],
    ['  "Mitra" — 👩‍👩‍👧‍👦 usaha', 'MU'],
  ];

  it.each(LOGOS)('is replaced by the name’s initials: %s', async (_situation, logo) => {
    const partners = NAMES.map(([name], index) => ({
      id: `mitra-${String(index)}`,
      name,
      sector: 'swasta',
      logo,
    }));
    const cards = create('kl-partner-cards');
    cards.content = { partners };
    await loaded(place(cards));
    const initials = () =>
      [...shadowOf(cards).querySelectorAll('.card__initials')].map((item) => item.textContent);
    await expect.poll(initials, { timeout: 10_000 }).toEqual(NAMES.map(([, letters]) => letters));
    expect(shadowOf(cards).querySelectorAll('img')).toHaveLength(0);
  });

  it.each(LOGOS)('on a standalone card too: %s', async (_situation, logo) => {
    const card = place(document.createElement('kl-partner-card'));
    card.name = 'Bank Rakyat Desa';
    card.logo = logo;
    await expect
      .poll(() => shadowOf(card).querySelector('.card__initials')?.textContent, { timeout: 10_000 })
      .toBe('BR');
  });
});

describe('prose elements', () => {
  it.each(['kl-faq-accordion', 'kl-challenge-explorer', 'kl-principle-checklist'] as const)(
    '<%s> never turns URLs or anchor markup in its text into links',
    async (tag) => {
      const texts = [
        '<a href="javascript:window.__pwned=1">klik</a>',
        'https://desa.example.id/faq',
        'mailto:info@desa.example.id',
        '[tautan](javascript:window.__pwned=1)',
      ];
      const { document: content } = fuzzDocument(sectionsFor(tag, false), 'id', texts, []);
      const widget = create(tag, { lang: 'id' });
      widget.content = content;
      await loaded(place(widget));
      expect(shadowOf(widget).querySelectorAll('a')).toHaveLength(0);
      expect(shadowOf(widget).textContent).toContain(texts[0]);
    },
  );
});
