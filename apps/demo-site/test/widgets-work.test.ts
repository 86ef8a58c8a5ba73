import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.js';
import { DEMO_PAGES } from './support/pages.js';
import { EXERCISES } from './support/widgets.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe.each(DEMO_PAGES)('on $path', (demo) => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, demo.path);
  });
  afterAll(async () => {
    await opened.close();
  });

  it.each(demo.widgets)('<%s> renders its content (no error state)', async (tag) => {
    const widget = opened.page.locator(tag).first();
    expect(await widget.locator('[part~="error"]').count()).toBe(0);
    expect(((await widget.evaluate((element) => element.shadowRoot?.textContent)) ?? '').trim()).not.toBe('');
  });

  it.each(demo.widgets)('<%s> works by mouse and by keyboard', async (tag) => {
    await EXERCISES[tag](opened.page, opened.page.locator(tag).first());
  });

  it('leaves no uncaught error and no console error behind', () => {
    expect(opened.report.uncaught).toEqual([]);
    expect(opened.report.errors).toEqual([]);
  });

  it('prints only the documented warnings', () => {
    const unexpected = opened.report.warnings.filter(
      (warning) => !demo.expectedWarnings.some((pattern) => pattern.test(warning)),
    );
    expect(unexpected).toEqual([]);
  });
});
