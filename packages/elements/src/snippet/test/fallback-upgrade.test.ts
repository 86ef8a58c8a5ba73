/**
 * The contract between the snippet generator and the elements: the fallback markup a snippet writes is
 * exactly what each element reads as its content when it upgrades. Site-owner content (not the defaults)
 * is used, so a passing test proves the element read the markup rather than its built-in content.
 */
import { describe, expect, it } from 'vitest';
import { principlesSection } from '@ketahanan/model';
import '../../define/faq-accordion.js';
import '../../define/challenge-explorer.js';
import '../../define/partner-cards.js';
import '../../define/principle-checklist.js';
import { createElementMarkup, type FallbackContent, type SnippetTag } from '../index.js';
import { defaultFallbackContent } from '../element-markup.js';
import { mountMarkup, removeMountedMarkupAfterEach } from './mount-markup.js';

const base = defaultFallbackContent('id');

removeMountedMarkupAfterEach();

/** The element, upgraded from the markup a snippet writes for `content`, once it has rendered. */
function upgraded(tag: SnippetTag, content: FallbackContent, locale: 'id' | 'en' = 'id'): Promise<Element> {
  return mountMarkup(
    createElementMarkup({ tag, locale, content }),
    tag,
    (root) => root.textContent.trim() && !root.querySelector('.loading'),
  );
}

const shadowText = (element: Element): string => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const alerts = (element: Element) => element.shadowRoot?.querySelectorAll('[role="alert"]') ?? [];

describe('kl-faq-accordion reads the snippet’s <details> as its items', () => {
  const faq = [
    { id: 'jam-layanan', question: 'Kapan kantor <desa> buka?', answer: 'Senin & Jumat, 08.00–15.00.' },
    { id: 'biaya', question: 'Apakah berbayar?', answer: 'Tidak.' },
  ];

  it.each(['id', 'en'] as const)('with the same questions, answers and ids (%s)', async (locale) => {
    const element = await upgraded('kl-faq-accordion', { ...base, faq }, locale);
    expect(alerts(element)).toHaveLength(0);
    const buttons = [...(element.shadowRoot?.querySelectorAll('button[aria-controls]') ?? [])];
    const questions = buttons.map((button) => button.textContent.trim()).filter((text) => text.length > 0);
    expect(questions).toEqual(expect.arrayContaining(faq.map((item) => item.question)));
    for (const item of faq) {
      expect(shadowText(element)).toContain(item.answer);
      expect(element.shadowRoot?.getElementById(item.id)).not.toBeNull();
    }
  });
});

describe('kl-challenge-explorer reads the snippet’s <section>s as its challenges', () => {
  const challenges = [
    {
      id: 'rapat-jarang',
      title: 'Rapat <jarang> diadakan',
      description: 'Mitra jarang bertemu & saling menunggu.',
      solution: 'Jadwalkan rapat bulanan.',
      principle: 'komunikasi-terbuka',
    },
  ];

  it.each(['id', 'en'] as const)(
    'with the same title, description, solution and principle (%s)',
    async (locale) => {
      const element = await upgraded('kl-challenge-explorer', { ...base, challenges }, locale);
      expect(alerts(element)).toHaveLength(0);
      const tabs = [...(element.shadowRoot?.querySelectorAll('[role="tab"]') ?? [])];
      expect(tabs.map((tab) => tab.textContent.trim())).toEqual(['Rapat <jarang> diadakan']);
      const text = shadowText(element);
      expect(text).toContain('Mitra jarang bertemu & saling menunggu.');
      expect(text).toContain('Jadwalkan rapat bulanan.');
      // The principle is the model's, resolved from data-principle.
      const principle = principlesSection.defaults[locale].find((item) => item.id === 'komunikasi-terbuka');
      expect(text).toContain(principle?.title);
      // The no-JavaScript label is not taken for part of the solution.
      expect(text).not.toContain('Solusi: Jadwalkan');
    },
  );
});

describe('kl-partner-cards shows what its fallback listed, and the fallback no longer shows', () => {
  it('the article’s partnerships by default', async () => {
    const element = await upgraded('kl-partner-cards', base);
    expect(alerts(element)).toHaveLength(0);
    const text = shadowText(element);
    for (const partnership of base.partnerships) expect(text).toContain(partnership.title);
    for (const item of element.querySelectorAll('li')) expect(item.getClientRects()).toHaveLength(0);
  });
});

describe('kl-principle-checklist shows what its fallback listed, and the fallback no longer shows', () => {
  it('every principle, as a checkbox', async () => {
    const element = await upgraded('kl-principle-checklist', base);
    expect(alerts(element)).toHaveLength(0);
    const labels = [...(element.shadowRoot?.querySelectorAll('input[type="checkbox"]') ?? [])].map((box) =>
      ((box as HTMLInputElement).labels?.[0]?.textContent ?? '').trim(),
    );
    expect(labels).toEqual(base.principles.map((principle) => principle.title));
    for (const item of element.querySelectorAll('li')) expect(item.getClientRects()).toHaveLength(0);
  });
});

describe('with sectionHeader, each element shows the fallback’s section title once, as its own, and reads the rest', () => {
  const tags = [
    'kl-faq-accordion',
    'kl-principle-checklist',
    'kl-challenge-explorer',
    'kl-partner-cards',
  ] as const;

  it.each(tags)('%s', async (tag) => {
    const markup = createElementMarkup({ tag, locale: 'en', content: base, sectionHeader: true });
    const element = await mountMarkup(markup, tag, (root) =>
      Boolean(root.querySelector('[part="section-title"]')),
    );
    expect(alerts(element)).toHaveLength(0);
    const fallbackTitle = element.querySelector(':scope > h3');
    const title = element.shadowRoot?.querySelector('[part="section-title"]');
    expect(title?.textContent.trim()).toBe(fallbackTitle?.textContent.trim());
    // The light-DOM title is not rendered once the element shows its own.
    expect(fallbackTitle?.getClientRects()).toHaveLength(0);
  });
});
