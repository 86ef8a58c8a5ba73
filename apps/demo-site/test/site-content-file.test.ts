/**
 * site-content.js, the readers and validator of a site's own content, as the script-tag files load it: only
 * on a page that gives a widget content of its own, once, pinned by the SRI hash the element file carries,
 * and refused (the widget's error state, the rest of the page untouched) when its bytes changed on the way.
 */
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.js';
import { integrityManifest as manifest, recordScripts } from './support/script-files.js';

const FILE = 'site-content.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('a page showing only the built-in article', () => {
  it('never downloads the validator', async () => {
    let requested: string[] = [];
    const opened = await openPage(browser, '/', {
      before: (page) => {
        requested = recordScripts(page);
        return Promise.resolve();
      },
    });
    try {
      expect(requested).toEqual(['ketahanan.js']);
    } finally {
      await opened.close();
    }
  });
});

describe('a page with content of its own (konten-sendiri.html)', () => {
  let opened: OpenedPage;
  let requested: string[] = [];
  beforeAll(async () => {
    opened = await openPage(browser, '/konten-sendiri.html', {
      before: (page) => {
        requested = recordScripts(page);
        return Promise.resolve();
      },
    });
  });
  afterAll(async () => {
    await opened.close();
  });

  it('downloads the validator once for both widgets', () => {
    expect(requested.sort()).toEqual(['ketahanan.js', FILE]);
  });

  it('pins it with the SRI hash of integrity.json, in a module script (fetched with CORS)', async () => {
    const scripts = await opened.page.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement>('script[src*="site-content"]')].map((script) => ({
        file: new URL(script.src).pathname.split('/dist/cdn/')[1],
        type: script.type,
        integrity: script.integrity,
        cors: script.getAttribute('crossorigin'),
      })),
    );
    expect(scripts).toEqual([{ file: FILE, type: 'module', integrity: manifest.files[FILE], cors: null }]);
  });

  it('shows the site’s content without an error', async () => {
    expect(await opened.page.locator('kl-faq-accordion [part~="question"]').count()).toBeGreaterThan(0);
    expect(opened.report.klErrors).toEqual([]);
    expect(opened.report.errors).toEqual([]);
  });
});

describe(`when ${FILE} was changed on the way`, () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, '/konten-sendiri.html', {
      before: (page) =>
        page.route(`**/dist/cdn/${FILE}`, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: `${await response.text()}\n;globalThis.tampered = true;` });
        }),
    });
  });
  afterAll(async () => {
    await opened.close();
  });

  it('refuses the file: its code never runs and the browser says why', async () => {
    expect(await opened.page.evaluate(() => 'tampered' in globalThis)).toBe(false);
    await expect.poll(() => opened.report.errors.join('\n')).toMatch(/integrity/i);
  });

  it('shows each widget’s localized error state, and the rest of the page stays', async () => {
    const alerts = opened.page.locator('kl-faq-accordion [role="alert"], kl-partner-cards [role="alert"]');
    expect(await alerts.count()).toBe(2);
    await expect.poll(() => alerts.first().textContent()).toContain('Konten tidak dapat diperiksa');
    expect(opened.report.klErrors).toHaveLength(2);
    expect(opened.report.uncaught).toEqual([]);
    expect(await opened.page.locator('main h1').count()).toBe(1);
  });
});
