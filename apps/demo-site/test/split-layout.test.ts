/**
 * terpisah.html: two widgets pasted one by one from the split layout (dist/cdn/split/). The page fetches
 * and runs Lit and the shared core once, every script file it fetches is pinned by SRI on its own script
 * tag, and a file whose bytes changed on the way is refused (the widgets stay their readable fallback).
 * In Chromium; packages/elements' test/cdn-build/split-layout.test.ts runs the same in Firefox and WebKit.
 */
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.js';
import { integrityManifest as manifest, recordScripts } from './support/script-files.js';

const TAGS = ['kl-faq-accordion', 'kl-challenge-explorer'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('two widgets of the split layout on one page', () => {
  let opened: OpenedPage;
  let requested: string[] = [];
  beforeAll(async () => {
    opened = await openPage(browser, '/terpisah.html', {
      before: (page) => {
        requested = recordScripts(page);
        return Promise.resolve();
      },
    });
  });
  afterAll(async () => {
    await opened.close();
  });

  it('fetches the shared core once, and each element’s own file once', () => {
    expect([...requested].sort()).toEqual([
      'split/challenge-explorer.js',
      'split/core.js',
      'split/faq-accordion.js',
    ]);
  });

  it('evaluates Lit once', async () => {
    // Every copy of Lit that runs adds its version to these lists (Lit's own multiple-copies check).
    const copies = await opened.page.evaluate(() => {
      const lit = window as unknown as Record<string, unknown[] | undefined>;
      return ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions'].map(
        (name) => lit[name]?.length ?? 0,
      );
    });
    expect(copies).toEqual([1, 1, 1]);
  });

  it('pins every file it fetches with the SRI hash of integrity.json, asking for CORS', async () => {
    const pinned = await opened.page.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((tag) => ({
        url: tag.src,
        integrity: tag.integrity,
        cors: tag.getAttribute('crossorigin'),
      })),
    );
    for (const file of new Set(requested)) {
      const tags = pinned.filter((tag) => tag.url.endsWith(`/dist/cdn/${file}`));
      expect(tags.length, file).toBeGreaterThan(0);
      for (const tag of tags)
        expect(tag, file).toEqual({ ...tag, integrity: manifest.files[file], cors: 'anonymous' });
    }
  });

  it('defines and renders both widgets without an error', async () => {
    for (const tag of TAGS) {
      const rendered = await opened.page.evaluate(
        (name) =>
          Boolean(customElements.get(name) && document.querySelector(name)?.shadowRoot?.childElementCount),
        tag,
      );
      expect(rendered, tag).toBe(true);
    }
    expect(opened.report.uncaught).toEqual([]);
    expect(opened.report.errors).toEqual([]);
  });
});

describe.each(['split/core.js', 'split/faq-accordion.js'])('when %s was changed on the way', (file) => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, '/terpisah.html', {
      waitForWidgets: false,
      before: (page) =>
        page.route(`**/dist/cdn/${file}`, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: `${await response.text()}\n;globalThis.tampered = true;` });
        }),
    });
    await opened.page.waitForLoadState('load');
  });
  afterAll(async () => {
    await opened.close();
  });

  it('refuses the file: its code never runs and the browser says why', async () => {
    expect(await opened.page.evaluate(() => 'tampered' in globalThis)).toBe(false);
    await expect.poll(() => opened.report.errors.join('\n')).toMatch(/integrity/i);
  });

  it('leaves the widgets that need it undefined, showing their fallback content', async () => {
    const state = await opened.page.evaluate(() => ({
      faqDefined: customElements.get('kl-faq-accordion') !== undefined,
      fallbackText: document.querySelector('kl-faq-accordion')?.textContent.trim().length ?? 0,
    }));
    expect(state.faqDefined).toBe(false);
    expect(state.fallbackText).toBeGreaterThan(100);
  });
});
