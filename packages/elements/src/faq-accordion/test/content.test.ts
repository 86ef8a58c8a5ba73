import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { html } from 'lit';
import { cleanupFixtures, fixture } from '../../../test/fixture.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import '../../define/faq-accordion.js';
import type { KlErrorDetail } from '../../shared/content-controller.js';
import type { KlFaqAccordion } from '../faq-accordion.js';
import {
  LOCALES,
  articleQuestions,
  questionTexts,
  rendered,
  root,
  toggleAllButton,
} from './faq-accordion-fixture.js';

const own = {
  faq: [
    { id: 'jam-layanan', question: 'Kapan kantor desa buka?', answer: 'Senin sampai Jumat, 08.00–15.00.' },
    { id: 'biaya', question: 'Apakah layanan berbayar?', answer: 'Tidak, semua layanan gratis.' },
  ],
};
const ownQuestions = own.faq.map((item) => item.question);
const jsonUrl = (body: string) => `/__kl/json?body=${encodeURIComponent(body)}`;

let warn: ReturnType<typeof vi.spyOn>;
const pageErrors: unknown[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(event.reason);
const klErrors: KlErrorDetail[] = [];
const onKlError = (event: Event) => klErrors.push((event as CustomEvent<KlErrorDetail>).detail);

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('kl-error', onKlError);
});

afterEach(() => {
  cleanupFixtures();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  document.removeEventListener('kl-error', onKlError);
  vi.restoreAllMocks();
  expect(pageErrors.splice(0), 'uncaught errors on the page').toEqual([]);
  klErrors.length = 0;
});

/** Waits until the element shows questions or an error (src loads asynchronously). */
async function settled(faq: KlFaqAccordion): Promise<void> {
  await expect
    .poll(() => root(faq).querySelector('[part="button"], [role="alert"]'), { timeout: 12_000 })
    .not.toBeNull();
}

describe.each(LOCALES)('content sources, in lang="%s"', (locale) => {
  it('shows the article’s FAQ when given nothing', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang=${locale}></kl-faq-accordion>`);
    expect(questionTexts(faq)).toEqual(articleQuestions(locale));
  });

  it('shows the `content` property', async () => {
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion lang=${locale} .content=${own}></kl-faq-accordion>`,
    );
    expect(questionTexts(faq)).toEqual(ownQuestions);
  });

  it('shows a child <script type="application/json">', async () => {
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion lang=${locale}
        ><script type="application/json">
          ${JSON.stringify(own)}
        </script></kl-faq-accordion
      >`,
    );
    expect(questionTexts(faq)).toEqual(ownQuestions);
  });

  it('loads `src`, showing a polite loading status meanwhile', async () => {
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion lang=${locale} src=${jsonUrl(JSON.stringify(own))}></kl-faq-accordion>`,
    );
    const status = root(faq).querySelector('[role="status"]');
    expect(status?.textContent.trim()).toBe(locale === 'id' ? 'Memuat konten…' : 'Loading content…');
    await settled(faq);
    expect(questionTexts(faq)).toEqual(ownQuestions);
    expect(warn).not.toHaveBeenCalled();
  });

  it('says so when the FAQ list is empty, instead of showing a blank box', async () => {
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion lang=${locale} .content=${{ faq: [] }}></kl-faq-accordion>`,
    );
    expect(root(faq).querySelector('[part="empty"]')?.textContent).toBe(
      locale === 'id' ? 'Belum ada pertanyaan.' : 'There are no questions yet.',
    );
    expect(toggleAllButton(faq)).toBeNull();
  });
});

describe.each(LOCALES)('when the content cannot be used, in lang="%s"', (locale) => {
  const failures: [string, (faq: KlFaqAccordion) => void, RegExp][] = [
    [
      'invalid JSON inline',
      (faq) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = '{"faq": [';
        faq.append(script);
      },
      /JSON/i,
    ],
    [
      'a schema error in the content property',
      (faq) => {
        faq.content = { faq: [{ id: 'a', question: 'Q?', answer: '' }] };
      },
      /faq\[0\]\.answer/,
    ],
    [
      'a duplicate id',
      (faq) => {
        faq.content = { faq: [own.faq[0], own.faq[0]] };
      },
      /faq\[1\]\.id/,
    ],
    [
      'a 404 from src',
      (faq) => {
        faq.src = '/__kl/status/404';
      },
      /404/,
    ],
    [
      'an HTML page from src',
      (faq) => {
        faq.src = '/__kl/html';
      },
      /JSON/,
    ],
    [
      'a src that cannot be reached',
      (faq) => {
        faq.src = 'http://127.0.0.1:9/faq.json';
      },
      /src/,
    ],
    [
      'a src too large to be content',
      (faq) => {
        faq.src = '/__kl/big?mb=5';
      },
      /(besar|large)/,
    ],
    [
      'a src that does not answer in time',
      (faq) => {
        faq.timeout = 200;
        faq.src = '/__kl/hang';
      },
      /1 (detik|seconds)/,
    ],
  ];

  it.each(failures)(
    'shows a localized error state, fires kl-error and warns once, for %s',
    async (_, breakIt, where) => {
      const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang=${locale}></kl-faq-accordion>`);
      breakIt(faq);
      await expect
        .poll(() => root(faq).querySelector('[role="alert"]'), { message: 'error state', timeout: 12_000 })
        .toBeTruthy();
      await rendered(faq);
      const alert = root(faq).querySelector('[role="alert"]');
      expect(alert?.textContent).toContain(
        locale === 'id' ? 'Konten tidak dapat ditampilkan' : 'The content cannot be shown',
      );
      expect(alert?.textContent).toMatch(where);
      expect(root(faq).querySelector('[part="button"]')).toBeNull();
      expect(klErrors).toHaveLength(1);
      expect(klErrors[0]?.problems.length).toBeGreaterThan(0);
      expect(warn).toHaveBeenCalledTimes(1);
      await expectNoAxeViolations();
    },
  );
});

describe('language', () => {
  it('re-renders questions and buttons when `lang` changes on the element', async () => {
    const faq = await fixture<KlFaqAccordion>(html`<kl-faq-accordion lang="id"></kl-faq-accordion>`);
    expect(toggleAllButton(faq)?.textContent.trim()).toBe('Buka semua');
    faq.setAttribute('lang', 'en');
    await rendered(faq);
    expect(questionTexts(faq)).toEqual(articleQuestions('en'));
    expect(toggleAllButton(faq)?.textContent.trim()).toBe('Show all');
  });

  it('follows the `lang` of an ancestor, and its changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-GB"><kl-faq-accordion></kl-faq-accordion></div>`,
    );
    const faq = wrapper.querySelector('kl-faq-accordion');
    if (!faq) throw new Error('no element');
    await rendered(faq);
    expect(questionTexts(faq)).toEqual(articleQuestions('en'));
    wrapper.lang = 'id-ID';
    await expect
      .poll(() => questionTexts(faq)[0], { message: 'Indonesian questions' })
      .toBe(articleQuestions('id')[0]);
  });

  it('localizes an error already shown when the language changes', async () => {
    const faq = await fixture<KlFaqAccordion>(
      html`<kl-faq-accordion lang="id" src="/__kl/status/404"></kl-faq-accordion>`,
    );
    await settled(faq);
    faq.lang = 'en';
    await rendered(faq);
    expect(root(faq).querySelector('[role="alert"]')?.textContent).toContain('The content cannot be shown');
    // One failed load, one report: switching language does not warn or fire again.
    expect(warn).toHaveBeenCalledTimes(1);
    expect(klErrors).toHaveLength(1);
  });
});
