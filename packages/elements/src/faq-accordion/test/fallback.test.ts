import { afterEach, describe, expect, it, vi } from 'vitest';
import { html } from 'lit';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import '../../define/faq-accordion.js';
import { watchContentFailures } from '../../../test/content-failures.js';
import type { KlFaqAccordion } from '../faq-accordion.js';
import { slugify } from '../faq-markup.js';
import {
  articleQuestions,
  expanded,
  focused,
  panelOf,
  questionButtons,
  questionTexts,
  rendered,
} from './faq-accordion-fixture.js';

afterEach(() => {
  cleanupFixtures();
  if (location.hash) history.replaceState(null, '', `${location.pathname}${location.search}`);
});

/** What a page writes so the FAQ is readable without JavaScript (the snippet generator writes the same). */
const withDetails = (lang = 'id') =>
  html`<kl-faq-accordion lang=${lang}>
    <details id="jam-layanan">
      <summary>Kapan kantor desa buka?</summary>
      <p>Senin sampai Jumat.</p>
      <p>Sabtu hanya untuk layanan darurat.</p>
    </details>
    <details open>
      <summary>Apakah layanan ini berbayar?</summary>
      Tidak, semua layanan gratis.
    </details>
    <details>
      <summary>Apakah layanan ini berbayar?</summary>
      Pertanyaan yang sama, ditulis dua kali.
    </details>
  </kl-faq-accordion>`;

describe('when the page wrote the FAQ as <details> children', () => {
  it('makes them the items when the element upgrades', async () => {
    const faq = await fixture<KlFaqAccordion>(withDetails());
    expect(questionTexts(faq)).toEqual([
      'Kapan kantor desa buka?',
      'Apakah layanan ini berbayar?',
      'Apakah layanan ini berbayar?',
    ]);
    const answers = questionButtons(faq).map((button) => panelOf(faq, button).textContent.trim());
    // Paragraphs stay on their own lines; the page's indentation does not come along.
    expect(answers[0]).toBe('Senin sampai Jumat.\nSabtu hanya untuk layanan darurat.');
    expect(answers[1]).toBe('Tidak, semua layanan gratis.');
    await expectNoAxeViolations();
  });

  it('takes ids from the id attribute, else from the question, never twice the same', async () => {
    const faq = await fixture<KlFaqAccordion>(withDetails());
    const ids = questionButtons(faq).map((button) => button.parentElement?.id);
    expect(ids).toEqual(['jam-layanan', 'apakah-layanan-ini-berbayar', 'apakah-layanan-ini-berbayar-2']);
  });

  it('opens the items whose <details> had `open`', async () => {
    const faq = await fixture<KlFaqAccordion>(withDetails());
    expect(expanded(faq)).toEqual([false, true, false]);
  });

  it('opens them once: an item the reader closed stays closed when the language changes', async () => {
    const faq = await fixture<KlFaqAccordion>(withDetails());
    questionButtons(faq)[1]?.click();
    await faq.updateComplete;
    faq.lang = 'en';
    await faq.updateComplete;
    expect(expanded(faq)).toEqual([false, false, false]);
  });

  it('keeps an item the reader closed closed when the language switch is checked over several tasks', async () => {
    const faq = await fixture<KlFaqAccordion>(withDetails());
    questionButtons(faq)[1]?.click();
    await faq.updateComplete;
    // A clock that jumps a second per reading ends every slice of the check at once, as a loaded machine
    // does: the switch then passes through the loading state before the new language shows.
    let now = performance.now();
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 1_000));
    try {
      faq.lang = 'en';
      await faq.updateComplete;
    } finally {
      clock.mockRestore();
    }
    await expect
      .poll(() => faq.shadowRoot?.querySelector('[part~="toggle-all"]')?.textContent.trim())
      .toBe('Show all');
    expect(expanded(faq)).toEqual([false, false, false]);
  });

  it('no longer shows the <details> themselves, so nothing appears twice', async () => {
    const faq = await fixture<KlFaqAccordion>(withDetails());
    for (const details of faq.querySelectorAll('details')) expect(details.getClientRects()).toHaveLength(0);
  });

  it('keeps the page’s own text when the language changes (only the buttons are translated)', async () => {
    const faq = await fixture<KlFaqAccordion>(withDetails());
    faq.lang = 'en';
    await rendered(faq);
    expect(questionTexts(faq)[0]).toBe('Kapan kantor desa buka?');
  });

  it('follows a deep link to a <details> id', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#jam-layanan`);
    const faq = await fixture<KlFaqAccordion>(withDetails());
    await expect
      .poll(() => questionButtons(faq).findIndex((button) => button === focused(faq)), {
        message: 'focus on the linked question',
      })
      .toBe(0);
    expect(expanded(faq)[0]).toBe(true);
  });

  it('picks up <details> added after the element connected (frameworks, CMS editors)', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="id"></kl-faq-accordion>`);
    expect(questionTexts(faq)).toEqual(articleQuestions('id'));
    const details = document.createElement('details');
    details.innerHTML = '<summary>Di mana kantor desa?</summary>Di Jalan Merdeka 1.';
    faq.append(details);
    await expect
      .poll(() => questionTexts(faq)[0], { message: 'the added question' })
      .toBe('Di mana kantor desa?');
    expect(questionTexts(faq)).toHaveLength(1);
  });

  it('lets explicit content (inline JSON) win over the <details> fallback', async () => {
    const json = JSON.stringify({ faq: [{ id: 'satu', question: 'Dari JSON?', answer: 'Ya.' }] });
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion lang="id"
        ><script type="application/json">
          ${json}
        </script>
        <details>
          <summary>Dari details?</summary>
          Tidak.
        </details></kl-faq-accordion
      >`,
    );
    expect(questionTexts(faq)).toEqual(['Dari JSON?']);
  });

  it('ignores <details> without a question and falls back to the article', async () => {
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion lang="en"
        ><details>
          <summary></summary>
          Kosong.
        </details></kl-faq-accordion
      >`,
    );
    expect(questionTexts(faq)).toEqual(articleQuestions('en'));
  });
});

describe('when the <details> fallback is not valid content', () => {
  const watched = watchContentFailures();
  const cases = [
    [
      'an id that is not an id',
      html`<details id="Jam Layanan">
        <summary>Kapan buka?</summary>
        Senin.
      </details>`,
      /faq\[0\]\.id/,
    ],
    [
      'the same id twice',
      html`<details data-id="jam">
          <summary>Kapan buka?</summary>
          Senin.
        </details>
        <details data-id="jam">
          <summary>Kapan tutup?</summary>
          Jumat.
        </details>`,
      /faq\[1\]\.id/,
    ],
    [
      'a question without an answer',
      html`<details><summary>Kapan buka?</summary></details>`,
      /faq\[0\]\.answer/,
    ],
    [
      'a question longer than any text may be',
      html`<details>
        <summary>${'panjang '.repeat(3000)}</summary>
        Ya.
      </details>`,
      /faq\[0\]\.question/,
    ],
  ] as const;

  describe.each(['id', 'en'] as const)('in lang="%s"', (locale) => {
    it.each(cases)(
      'shows the localized error state and fires kl-error (source: markup) for %s',
      async (_, details, path) => {
        const faq = await fixture<KlFaqAccordion>(
          html`<kl-faq-accordion lang=${locale}>${details}</kl-faq-accordion>`,
        );
        const alert = faq.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';
        expect(alert).toContain(
          locale === 'id' ? 'Konten tidak dapat ditampilkan' : 'The content cannot be shown',
        );
        expect(alert).toMatch(path);
        expect(questionButtons(faq)).toEqual([]);
        expect(watched.failures.map((failure) => failure.source)).toEqual(['markup']);
        await expectNoAxeViolations();
      },
    );
  });

  it('takes data-id over id, as every element’s fallback reader does', async () => {
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion lang="id"
        ><details id="dari-id" data-id="dari-data-id">
          <summary>Kapan buka?</summary>
          Senin.
        </details></kl-faq-accordion
      >`,
    );
    expect(questionButtons(faq)[0]?.parentElement?.id).toBe('dari-data-id');
  });
});

describe('ids made from a question', () => {
  it.each([
    ['Apa itu ketahanan lokal?', 'apa-itu-ketahanan-lokal'],
    ['  Énergie — durable ', 'energie-durable'],
    ['Rp 10.000/bulan?', 'rp-10-000-bulan'],
  ])('%j becomes %j', (question, id) => {
    expect(slugify(question)).toBe(id);
  });
});
