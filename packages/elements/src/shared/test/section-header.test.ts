/**
 * `section-header`, implemented once in KlContentElement, in each of the four content elements: the
 * section's title and intro above the content, in the element's language, from the built-in article or the
 * site owner's content, with the element's own headings one level deeper, and no axe violations.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { html, type TemplateResult } from 'lit';
import {
  challengesHeaderSection,
  faqHeaderSection,
  partnershipsHeaderSection,
  principlesHeaderSection,
  type Locale,
  type SectionHeader,
  type SectionName,
} from '@ketahanan/model';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { LOCALES } from '../../../test/property-contract.js';
import '../../define/faq-accordion.js';
import '../../define/challenge-explorer.js';
import '../../define/principle-checklist.js';
import '../../define/partner-cards.js';

afterEach(cleanupFixtures);

interface Case {
  readonly tag: string;
  /** The section header the element shows, and its name in a content document. */
  readonly header: { readonly name: SectionName; readonly defaults: Readonly<Record<Locale, SectionHeader>> };
  /** The element's own headings (a question, a challenge, the advice, a card's name). */
  readonly ownHeading: string;
  readonly mount: (locale: Locale, attributes: { header: boolean; content?: unknown }) => TemplateResult;
}

const CASES: readonly Case[] = [
  {
    tag: 'kl-faq-accordion',
    header: faqHeaderSection,
    ownHeading: '[part="heading"]',
    mount: (locale, { header, content }) =>
      html`<kl-faq-accordion
        lang=${locale}
        ?section-header=${header}
        .content=${content}
      ></kl-faq-accordion>`,
  },
  {
    tag: 'kl-challenge-explorer',
    header: challengesHeaderSection,
    ownHeading: '[part="heading"]',
    mount: (locale, { header, content }) =>
      html`<kl-challenge-explorer
        lang=${locale}
        ?section-header=${header}
        .content=${content}
      ></kl-challenge-explorer>`,
  },
  {
    tag: 'kl-principle-checklist',
    header: principlesHeaderSection,
    ownHeading: '[part="advice-heading"]',
    mount: (locale, { header, content }) =>
      html`<kl-principle-checklist
        lang=${locale}
        persist="none"
        ?section-header=${header}
        .content=${content}
      ></kl-principle-checklist>`,
  },
  {
    tag: 'kl-partner-cards',
    header: partnershipsHeaderSection,
    ownHeading: '[part="name"]',
    mount: (locale, { header, content }) =>
      html`<kl-partner-cards
        lang=${locale}
        ?section-header=${header}
        .content=${content}
      ></kl-partner-cards>`,
  },
];

const part = (element: Element, name: string) => element.shadowRoot?.querySelector(`[part="${name}"]`);
const text = (node: Element | null | undefined) => node?.textContent.trim();

describe.each(LOCALES)('section-header in lang="%s"', (locale) => {
  const other: Locale = locale === 'id' ? 'en' : 'id';

  describe.each(CASES)('<$tag>', ({ header, ownHeading, mount }) => {
    it('shows the article’s section title at heading-level and its intro before the content, the element’s own headings one deeper, with no axe violations', async () => {
      const element = await fixture(mount(locale, { header: true }));
      const title = part(element, 'section-title');
      expect(title?.localName).toBe('h3');
      expect(text(title)).toBe(header.defaults[locale].title);
      expect(text(part(element, 'section-intro'))).toBe(header.defaults[locale].intro);
      const own = element.shadowRoot?.querySelector(ownHeading);
      expect(own?.localName).toBe('h4');
      expect(
        title && own ? title.compareDocumentPosition(own) & Node.DOCUMENT_POSITION_FOLLOWING : 0,
      ).toBeTruthy();
      await expectNoAxeViolations();
    });

    it('follows a language switch', async () => {
      const element = await fixture(mount(locale, { header: true }));
      element.lang = other;
      await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(text(part(element, 'section-title'))).toBe(header.defaults[other].title);
    });

    it('shows the site owner’s own title and intro, and no intro paragraph for a header without one', async () => {
      const own = { title: 'Bagian Kami', intro: 'Kata pengantar kami.' };
      const element = await fixture(mount(locale, { header: true, content: { [header.name]: own } }));
      expect(text(part(element, 'section-title'))).toBe(own.title);
      expect(text(part(element, 'section-intro'))).toBe(own.intro);
      const bare = await fixture(
        mount(locale, { header: true, content: { [header.name]: { title: 'Judul' } } }),
      );
      expect(text(part(bare, 'section-title'))).toBe('Judul');
      expect(part(bare, 'section-intro')).toBeNull();
      await expectNoAxeViolations();
    });

    it('shows no title or intro without the attribute', async () => {
      const element = await fixture(mount(locale, { header: false }));
      expect(part(element, 'section-header')).toBeNull();
      expect(element.shadowRoot?.querySelector(ownHeading)?.localName).toBe('h3');
    });
  });

  it('kl-partner-cards shows no partnerships title over a site owner’s own partners', async () => {
    const content = { partners: [{ id: 'koperasi', name: 'Koperasi Tani', sector: 'komunitas-lokal' }] };
    const cards = await fixture(CASES[3]?.mount(locale, { header: true, content }) ?? html``);
    expect(part(cards, 'section-header')).toBeNull();
    expect(part(cards, 'name')?.localName).toBe('h3');
  });
});
