import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.js';
import { launchBrowser, openPage } from './support/browser.js';
import { DEMO_PAGES } from './support/pages.js';
import { EXERCISES } from './support/widgets.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('axe-core finds no violation', () => {
  it.each(DEMO_PAGES.map((demo) => demo.path))('on %s as it loads', async (path) => {
    const { page, close } = await openPage(browser, path);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it.each(['/', '/en/'])('on %s in dark mode', async (path) => {
    const { page, close } = await openPage(browser, path, { colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it.each(['light', 'dark'] as const)('on / after a reader used every widget (%s)', async (colorScheme) => {
    const { page, close } = await openPage(browser, '/', { colorScheme });
    for (const tag of DEMO_PAGES[0]?.widgets ?? []) await EXERCISES[tag](page, page.locator(tag).first());
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
