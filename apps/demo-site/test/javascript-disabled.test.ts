/**
 * When JavaScript is unavailable (turned off, or the CDN is down), the content the snippet generator
 * pre-rendered inside each tag is what the reader gets: it must be there and readable.
 */
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultContent } from '@ketahanan/model';
import { launchBrowser, openPage } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The text inside a widget tag, once it is checked to be on screen (textContent: the theme upper-cases h3). */
async function visibleText(page: Page, selector: string): Promise<string> {
  const element = page.locator(selector).first();
  expect(await element.isVisible()).toBe(true);
  return ((await element.textContent()) ?? '').replace(/\s+/g, ' ');
}

/** The checks a reader would make: every question opens to its answer, every other item is on screen. */
async function expectFallbackReadable(page: Page, lang: 'id' | 'en'): Promise<void> {
  const content = defaultContent[lang];
  expect(await page.evaluate(() => customElements.get('kl-faq-accordion'))).toBeUndefined();

  // The FAQ: native <details>, opened by clicking the question, as without any script.
  for (const item of content.faq) {
    const details = page.locator(`kl-faq-accordion > details[id="${item.id}"]`);
    const summary = details.locator('summary');
    expect(((await summary.textContent()) ?? '').trim()).toBe(item.question);
    await summary.click();
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    expect(await details.innerText()).toContain(item.answer);
  }

  const checklist = await visibleText(page, 'kl-principle-checklist');
  for (const principle of content.principles) {
    expect(checklist).toContain(principle.title);
    expect(checklist).toContain(principle.description);
  }

  const explorer = await visibleText(page, 'kl-challenge-explorer');
  for (const challenge of content.challenges) {
    expect(explorer).toContain(challenge.title);
    expect(explorer).toContain(challenge.solution);
  }

  const cards = await visibleText(page, 'kl-partner-cards');
  const names = new Map(content.partners.map((partner) => [partner.id, partner.name]));
  for (const partnership of content.partnerships) {
    expect(cards).toContain(partnership.title);
    for (const id of partnership.partners) expect(cards).toContain(names.get(id));
  }
}

describe('when JavaScript is turned off', () => {
  it.each([
    ['/', 'id'],
    ['/en/', 'en'],
  ] as const)('%s reads fully from the pre-rendered fallback (%s)', async (path, lang) => {
    const { page, close } = await openPage(browser, path, { javaScriptEnabled: false });
    await expectFallbackReadable(page, lang);
    await close();
  });

  it.each([
    ['faq-accordion', defaultContent.id.faqHeader],
    ['principle-checklist', defaultContent.id.principlesHeader],
    ['challenge-explorer', defaultContent.id.challengesHeader],
    ['partner-cards', defaultContent.id.partnershipsHeader],
  ] as const)(
    'a widget page with section-header shows the article’s section title and intro (%s)',
    async (name, header) => {
      const tag = `kl-${name}`;
      const { page, close } = await openPage(browser, `/widget/${name}.html`, { javaScriptEnabled: false });
      expect(((await page.locator(`${tag} > h3`).textContent()) ?? '').trim()).toBe(header.title);
      if (header.intro)
        expect(((await page.locator(`${tag} > p`).first().textContent()) ?? '').trim()).toBe(header.intro);
      await close();
      // With JavaScript, the widget shows the same title itself.
      const live = await openPage(browser, `/widget/${name}.html`);
      const title = live.page.locator(`${tag} [part="section-title"]`);
      expect(((await title.textContent()) ?? '').trim()).toBe(header.title);
      await live.close();
    },
  );

  it('the site’s own content is pre-rendered too (konten-sendiri.html)', async () => {
    const { page, close } = await openPage(browser, '/konten-sendiri.html', { javaScriptEnabled: false });
    const text = await page.locator('article').innerText();
    expect(text).toContain('Koperasi Tani Makmur');
    expect(text).toContain('Apa itu Forum Kemitraan Sukamaju?');
    expect(text).not.toContain('Program Pertanian Berkelanjutan');
    await close();
  });
});

describe('when the CDN is down', () => {
  it('the page reads from the fallback, and nothing throws', async () => {
    // Requests for the package files fail, as when the CDN is unreachable.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/npm/**', (route) => route.abort('connectionrefused'));
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    await page.goto(new URL('/', inject('baseUrl')).href);
    await expectFallbackReadable(page, 'id');
    expect(uncaught).toEqual([]);
    await context.close();
  });
});
