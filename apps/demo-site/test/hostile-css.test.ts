/**
 * The main page ships a CMS theme's global CSS (html{font-size:62.5%}, *{box-sizing:content-box},
 * button{all:unset}, h3{font-size:3rem}, [hidden]{display:block!important}, *:focus{outline:none}, resets).
 * polos.html has the same widgets with no theme at all; nothing inside a widget may differ between them.
 */
import type { Browser, Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.js';
import { focusIndicator, guardedStyles } from './support/computed-styles.js';
import type { WidgetTag } from './support/pages.js';

const WIDGETS: readonly WidgetTag[] = [
  'kl-faq-accordion',
  'kl-challenge-explorer',
  'kl-principle-checklist',
  'kl-partner-cards',
];

let browser: Browser;
let themed: OpenedPage;
let plain: OpenedPage;
beforeAll(async () => {
  browser = await launchBrowser();
  themed = await openPage(browser, '/');
  plain = await openPage(browser, '/polos.html');
});
afterAll(async () => {
  await themed.close();
  await plain.close();
  await browser.close();
});

it('the theme really is hostile (the check below would catch it otherwise)', async () => {
  const rootFontSize = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(await rootFontSize(themed.page)).toBe('10px');
  expect(await rootFontSize(plain.page)).toBe('16px');
});

describe.each(WIDGETS)('<%s> under the hostile theme', (tag) => {
  it('keeps every heading, button and control exactly as on the plain page', async () => {
    const onThemed = await guardedStyles(themed.page, tag);
    expect(onThemed.length).toBeGreaterThan(0);
    expect(onThemed).toEqual(await guardedStyles(plain.page, tag));
  });
});

describe('collapsed and filtered-out content stays hidden despite [hidden]{display:block!important}', () => {
  /** Shown = laid out with a size and not skipped (hidden="until-found" skips its content). */
  const visibleCount = (locator: Locator) =>
    locator.evaluateAll(
      (all) => all.filter((e) => e.checkVisibility() && e.getBoundingClientRect().height > 0).length,
    );

  it('closed FAQ answers are not shown', async () => {
    const answers = themed.page.locator('kl-faq-accordion [part~="answer"]');
    expect(await answers.count()).toBeGreaterThan(1);
    expect(await visibleCount(answers)).toBe(0);
    expect(await visibleCount(themed.page.locator('kl-faq-accordion [part~="panel"]'))).toBe(0);
  });

  it('only the selected challenge’s panel is shown', async () => {
    expect(await visibleCount(themed.page.locator('kl-challenge-explorer [role="tabpanel"]'))).toBe(1);
  });

  it('filtered-out partner cards disappear', async () => {
    const widget = themed.page.locator('kl-partner-cards');
    const cards = widget.locator('[part~="card"]');
    const all = await cards.count();
    await widget.locator('select[name="sector"]').selectOption({ index: 2 });
    await expect.poll(() => visibleCount(cards)).toBeLessThan(all);
    await widget.locator('select[name="sector"]').selectOption({ index: 0 });
    await expect.poll(() => visibleCount(cards)).toBe(all);
  });
});

describe('focus stays visible despite *:focus{outline:none}', () => {
  const targets: Record<WidgetTag, string> = {
    'kl-faq-accordion': '[part~="button"]',
    'kl-challenge-explorer': '[role="tab"][aria-selected="true"]',
    'kl-principle-checklist': 'input[type="checkbox"]',
    'kl-partner-cards': 'select[name="sector"]',
  };

  /** Reaches the target with the keyboard (Tab from the control before it), as a keyboard user does. */
  async function tabTo(page: Page, tag: WidgetTag): Promise<void> {
    const target = page.locator(`${tag} ${targets[tag]}`).first();
    await target.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
  }

  it.each(WIDGETS)('<%s> shows the same visible focus ring as on the plain page', async (tag) => {
    await tabTo(themed.page, tag);
    const ring = await focusIndicator(themed.page);
    expect(ring.outlineWidth > 0 || ring.boxShadow !== 'none').toBe(true);
    await tabTo(plain.page, tag);
    expect(ring).toEqual(await focusIndicator(plain.page));
  });
});
