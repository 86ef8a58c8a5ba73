/**
 * What Lighthouse's SEO and layout-stability audits look at, checked directly: every page says its
 * language and has a description for search results, and the home page does not move under a reader's
 * eyes on a phone while it loads, even when the logo arrives after the first paint and the widgets
 * replace their fallback.
 */
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, widgetsSettled } from './support/browser.js';
import { DEMO_PAGES } from './support/pages.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe.each(DEMO_PAGES)('$path', ({ path, lang }) => {
  it('names its language and describes itself for search results', async () => {
    const html = await (await fetch(new URL(path, inject('baseUrl')))).text();
    expect(html).toMatch(new RegExp(`<html lang="${lang}">`));
    const description = /<meta name="description" content="([^"]*)">/.exec(html)?.[1] ?? '';
    expect(description.trim().length).toBeGreaterThan(40);
  });
});

describe.each(['/', '/en/'])('%s on a phone', (path) => {
  it('shifts no layout while it loads, though the logo arrives after the first paint', async () => {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    });
    try {
      const page = await context.newPage();
      // The logo's response waits until the page has painted without it.
      let releaseLogo = () => {};
      const painted = new Promise<void>((resolve) => {
        releaseLogo = resolve;
      });
      await page.route('**/assets/logo.svg', async (route) => {
        await painted;
        await route.continue();
      });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(new URL(path, inject('baseUrl')).href, { waitUntil: 'commit' });
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      releaseLogo();
      await page.waitForLoadState('load');
      await widgetsSettled(page);
      await expect
        .poll(() => page.evaluate(() => document.querySelector('.site-branding img')?.clientWidth))
        .toBe(56);
      expect(
        await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts),
      ).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
