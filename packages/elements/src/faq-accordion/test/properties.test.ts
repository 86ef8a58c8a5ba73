/** Every property and attribute of kl-faq-accordion, used the way frameworks use it (see property-contract.ts). */
import { describe, expect, it } from 'vitest';
import {
  contentContracts,
  attributeContract,
  describeLanguageContract,
  describePropertyContracts,
  describeTimeoutContract,
  mountLikeAFramework,
  sectionHeaderContract,
  type PropertyContract,
} from '../../../test/property-contract.js';
import { faqHeaderSection } from '@ketahanan/model';
import '../../define/faq-accordion.js';
import type { KlFaqAccordion } from '../faq-accordion.js';
import {
  articleQuestions,
  questionButtons,
  questionTexts,
  root,
  toggleAllButton,
} from './faq-accordion-fixture.js';

type Faq = { faq: { id: string; question: string; answer: string }[] };

const documents: [Faq, Faq] = [
  { faq: [{ id: 'pertanyaan-baru', question: 'Pertanyaan baru?', answer: 'Jawaban.' }] },
  {
    faq: [
      { id: 'lagi', question: 'Lagi?', answer: 'Ya.' },
      { id: 'dan-lagi', question: 'Dan lagi?', answer: 'Tentu.' },
    ],
  },
];

const headingTag = (faq: KlFaqAccordion) => root(faq).querySelector('[part="heading"]')?.localName;

const jsonLd = () =>
  [...document.head.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => (JSON.parse(script.textContent) as { mainEntity: { name: string }[] }).mainEntity[0]?.name,
  );

const contracts: PropertyContract<KlFaqAccordion>[] = [
  ...contentContracts<KlFaqAccordion, Faq>(documents, questionTexts, (document, locale) =>
    document ? document.faq.map((item) => item.question) : articleQuestions(locale),
  ),
  attributeContract('heading-level', ['2', '5'], headingTag, (level?: string) => `h${level ?? '3'}`),
  {
    name: 'headingLevel (property)',
    values: [1, 6],
    set: (faq, level: number) => {
      faq.headingLevel = level;
    },
    shown: headingTag,
    expected: (level?: number) => `h${String(level ?? 3)}`,
  },
  {
    name: 'single',
    values: [true, false],
    set: (faq, single: boolean) => {
      faq.single = single;
    },
    unset: (faq) => {
      faq.removeAttribute('single');
    },
    // "Show all" is offered only when several answers may be open at once.
    shown: (faq) => toggleAllButton(faq) !== null,
    expected: (single?: boolean) => !single,
  },
  {
    name: 'structured-data',
    values: [true, false],
    set: (faq, on: boolean) => {
      faq.toggleAttribute('structured-data', on);
    },
    unset: (faq) => {
      faq.removeAttribute('structured-data');
    },
    shown: () => jsonLd(),
    expected: (on: boolean | undefined, locale) => (on ? [articleQuestions(locale)[0]] : []),
  },
];

contracts.push(
  sectionHeaderContract(
    (locale) => faqHeaderSection.defaults[locale],
    (faq) => root(faq).querySelector('[part="heading"]'),
  ),
);

describePropertyContracts('kl-faq-accordion', contracts);

describeLanguageContract(
  'kl-faq-accordion',
  (faq) => [toggleAllButton(faq)?.textContent.trim(), questionTexts(faq)[0]],
  (locale) => [locale === 'id' ? 'Buka semua' : 'Show all', articleQuestions(locale)[0]],
);

describeTimeoutContract('kl-faq-accordion');

describe('kl-faq-accordion `single` set after answers were opened', () => {
  it('leaves at most one answer open', async () => {
    const faq = await mountLikeAFramework('kl-faq-accordion', 'id');
    toggleAllButton(faq)?.click();
    await faq.updateComplete;
    const closed: unknown[] = [];
    faq.addEventListener('kl-toggle', (event) => {
      if (!event.detail.open) closed.push(event.detail.id);
    });
    faq.single = true;
    await faq.updateComplete;
    const open = questionButtons(faq).filter((button) => button.getAttribute('aria-expanded') === 'true');
    expect(open).toHaveLength(1);
    // The page hears of every answer `single` closed, as of any other.
    expect(closed).toHaveLength(questionButtons(faq).length - 1);
  });
});
