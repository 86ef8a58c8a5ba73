/**
 * When a widget's content cannot be used (broken JSON, a 404, a network too slow), the widget says so in
 * the reader's language, in place, and the rest of the page goes on as if nothing happened.
 */
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.js';
import { EXERCISES } from './support/widgets.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const OWN_JSON = '**/data/sukamaju.json';

const alertText = async (page: Page, selector: string): Promise<string> =>
  ((await page.locator(`${selector} [role="alert"]`).textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** The host page around the widget: header, title, sidebar and footer still there and visible. */
async function expectHostPageIntact(page: Page): Promise<void> {
  for (const selector of ['.site-header', 'h1.entry-title', '.widget-area', '.site-footer']) {
    expect(await page.locator(selector).isVisible(), selector).toBe(true);
  }
}

describe('a content file with broken JSON (json-rusak.html)', () => {
  it('shows a localized error naming the line and column, fires kl-error, and the page goes on', async () => {
    const { page, report, close } = await openPage(browser, '/json-rusak.html');
    const text = await alertText(page, 'kl-faq-accordion');
    expect(text).toContain('Konten tidak dapat ditampilkan');
    expect(text).toMatch(/baris 7, kolom 5/);
    await expect
      .poll(() => report.klErrors)
      .toEqual([expect.stringMatching(/^kl-faq-accordion: JSON rusak di baris 7/)]);
    expect(await page.locator('#setelah-widget').isVisible()).toBe(true);
    await EXERCISES['kl-challenge-explorer'](page, page.locator('kl-challenge-explorer'));
    await expectHostPageIntact(page);
    expect(report.uncaught).toEqual([]);
    expect(report.errors).toEqual([]);
    await close();
  });

  it('speaks English when the widget does', async () => {
    const { page, close } = await openPage(browser, '/json-rusak.html');
    await page.locator('kl-faq-accordion').evaluate((element) => {
      element.setAttribute('lang', 'en');
    });
    await expect.poll(() => alertText(page, 'kl-faq-accordion')).toContain('The content cannot be shown');
    expect(await alertText(page, 'kl-faq-accordion')).toMatch(/line 7, column 5/);
    await close();
  });
});

describe('a src that answers 404 (konten-sendiri.html)', () => {
  it('shows the status in each widget that uses it, and nothing else breaks', async () => {
    const { page, report, close } = await openPage(browser, '/konten-sendiri.html', {
      before: (page) => page.route(OWN_JSON, (route) => route.fulfill({ status: 404, body: 'Not found' })),
    });
    for (const tag of ['kl-partner-cards', 'kl-faq-accordion']) {
      expect(await alertText(page, tag)).toContain('Server menjawab dengan status 404.');
    }
    await expect.poll(() => report.klErrors.length).toBe(2);
    await page.locator('kl-faq-accordion').evaluate((element) => {
      element.setAttribute('lang', 'en');
    });
    await expect
      .poll(() => alertText(page, 'kl-faq-accordion'))
      .toContain('The server answered with status 404.');
    await expectHostPageIntact(page);
    expect(report.uncaught).toEqual([]);
    // The browser itself logs the failed request; nothing else may reach the console.
    expect(report.errors.filter((line) => !/status of 404/.test(line))).toEqual([]);
    await close();
  });
});

describe('a slow network', () => {
  it('shows a loading line until the content arrives, then the content', async () => {
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { page, report, close } = await openPage(browser, '/konten-sendiri.html', {
      waitForWidgets: false,
      before: (page) =>
        page.route(OWN_JSON, async (route) => {
          await arrived;
          await route.continue();
        }),
    });
    const loading = page.locator('kl-faq-accordion [part~="loading"]');
    await expect.poll(() => loading.textContent()).toContain('Memuat konten');
    expect(await loading.getAttribute('role')).toBe('status');
    release();
    await expect.poll(() => page.locator('kl-faq-accordion [part~="button"]').count()).toBe(3);
    expect(report.klErrors).toEqual([]);
    await close();
  });

  it('gives up after the timeout with a localized message, and the page goes on', async () => {
    const { page, report, close } = await openPage(browser, '/konten-sendiri.html', {
      waitForWidgets: false,
      before: async (page) => {
        // The site asks for a 1-second timeout; the content never comes.
        await page.route('**/konten-sendiri.html', async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replaceAll(
            'src="/data/sukamaju.json"',
            'src="/data/sukamaju.json" timeout="1000"',
          );
          await route.fulfill({ response, body });
        });
        await page.route(OWN_JSON, () => undefined);
      },
    });
    await expect
      .poll(() => alertText(page, 'kl-faq-accordion'))
      .toContain('Konten tidak selesai diunduh dalam 1 detik.');
    expect(await alertText(page, 'kl-partner-cards')).toContain(
      'Konten tidak selesai diunduh dalam 1 detik.',
    );
    await expectHostPageIntact(page);
    expect(report.uncaught).toEqual([]);
    await close();
  });
});
