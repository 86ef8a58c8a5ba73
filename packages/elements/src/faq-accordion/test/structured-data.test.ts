import { afterEach, describe, expect, it } from 'vitest';
import { html } from 'lit';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import '../../define/faq-accordion.js';
import type { KlFaqAccordion } from '../faq-accordion.js';
import { articleQuestions, must, rendered } from './faq-accordion-fixture.js';

afterEach(cleanupFixtures);

interface FaqPage {
  '@context': string;
  '@type': string;
  mainEntity: { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[];
}

const blocks = () => [...document.head.querySelectorAll('script[type="application/ld+json"]')];
const faqPage = (): FaqPage => JSON.parse(must(blocks()[0], 'JSON-LD block').textContent) as FaqPage;

describe('structured data', () => {
  it('adds nothing unless asked', async () => {
    await fixture<KlFaqAccordion>(html`<kl-faq-accordion></kl-faq-accordion>`);
    expect(blocks()).toEqual([]);
  });

  it('adds one schema.org FAQPage with every question and answer when `structured-data` is set', async () => {
    await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="id" structured-data></kl-faq-accordion>`);
    expect(blocks()).toHaveLength(1);
    const data = faqPage();
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity.map((entry) => entry.name)).toEqual(articleQuestions('id'));
    expect(data.mainEntity[0]?.acceptedAnswer['@type']).toBe('Answer');
    expect(data.mainEntity[0]?.acceptedAnswer.text).toMatch(/^Ketahanan lokal mengacu/);
  });

  it('keeps one block for several accordions, without repeating a question', async () => {
    const own = { faq: [{ id: 'jam', question: 'Kapan buka?', answer: 'Senin–Jumat.' }] };
    await fixture(
      html`<div>
        <kl-faq-accordion lang="id" structured-data></kl-faq-accordion>
        <kl-faq-accordion lang="id" structured-data></kl-faq-accordion>
        <kl-faq-accordion lang="id" structured-data .content=${own}></kl-faq-accordion>
      </div>`,
    );
    await Promise.all([...document.querySelectorAll('kl-faq-accordion')].map((faq) => rendered(faq)));
    expect(blocks()).toHaveLength(1);
    expect(faqPage().mainEntity.map((entry) => entry.name)).toEqual([
      ...articleQuestions('id'),
      'Kapan buka?',
    ]);
  });

  it('replaces, never duplicates, the block when the element re-renders in another language', async () => {
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion lang="id" structured-data></kl-faq-accordion>`,
    );
    faq.lang = 'en';
    await rendered(faq);
    must(faq.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]'), 'question').click();
    await rendered(faq);
    expect(blocks()).toHaveLength(1);
    expect(faqPage().mainEntity.map((entry) => entry.name)).toEqual(articleQuestions('en'));
  });

  it('removes the block when the last accordion leaves the page or drops the attribute', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <kl-faq-accordion structured-data></kl-faq-accordion>
        <kl-faq-accordion structured-data></kl-faq-accordion>
      </div>`,
    );
    const [first, second] = [...wrapper.querySelectorAll('kl-faq-accordion')];
    if (!first || !second) throw new Error('two elements expected');
    await Promise.all([rendered(first), rendered(second)]);
    first.remove();
    expect(blocks()).toHaveLength(1);
    second.removeAttribute('structured-data');
    await rendered(second);
    expect(blocks()).toEqual([]);
    second.toggleAttribute('structured-data', true);
    await rendered(second);
    expect(blocks()).toHaveLength(1);
    second.remove();
    expect(blocks()).toEqual([]);
  });

  it('cannot be closed early by an answer containing </script>', async () => {
    const sneaky = { faq: [{ id: 'x', question: 'Q?', answer: '</script><script>alert(1)</script>' }] };
    await fixture(html`<kl-faq-accordion structured-data .content=${sneaky}></kl-faq-accordion>`);
    const block = must(blocks()[0], 'JSON-LD block');
    expect(block.textContent).not.toContain('</script');
    expect(faqPage().mainEntity[0]?.acceptedAnswer.text).toBe(sneaky.faq[0]?.answer);
  });
});
