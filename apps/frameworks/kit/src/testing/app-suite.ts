// The browser test every framework app passes: the same page, the same controls, the same expectations.
// Each app calls describeFrameworkApp() from its own `npm test`, against its own production build.
import { defaultContent, type Locale } from '@ketahanan/model';
import type { Browser, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIRST_CHALLENGE_ID, regencyFaq, regencyPartners, SITE_TEXT, sortPartners } from '../site/index.js';
import { APP_CHECKS } from './app-checks.js';
import { serveApp, type AppServer } from './app-server.js';
import {
  faqQuestions,
  launchChromium,
  openApp,
  partnerCardNames,
  press,
  questionsAfterUpdate,
  status,
  type AppPage,
  visibleTexts,
} from './app-page.js';
import { axeViolations } from './axe.js';

const faqOf = (locale: Locale, edition: 1 | 2) =>
  regencyFaq(locale, edition).faq?.map((q) => q.question) ?? [];
const text = SITE_TEXT.id;

/** The item at `index`; a list too short is a broken fixture, said so rather than tested with `undefined`. */
function nth<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`expected at least ${index + 1} items, got ${list.length}`);
  return item;
}

/** Computed styles of the first question button: the same before and after a re-insert if styles survive. */
function questionButtonStyle(page: Page): Promise<string> {
  return page
    .locator('kl-faq-accordion [part~="button"]')
    .first()
    .evaluate((button) => {
      const style = getComputedStyle(button);
      return ['display', 'font-weight', 'padding-top', 'cursor', 'color', 'background-color']
        .map((name) => `${name}: ${style.getPropertyValue(name)}`)
        .join('; ');
    });
}

/** Waits until the app has set `content` on the FAQ with this many questions. */
async function faqContentSet(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      (document.querySelector('kl-faq-accordion') as { content?: { faq?: unknown[] } } | null)?.content?.faq
        ?.length === n,
    count,
  );
}

/**
 * @param framework how the app is named in test titles ("React 19")
 * @param distDir the app's Vite build output
 */
export function describeFrameworkApp(framework: string, distDir: URL): void {
  describe(`the ${framework} app, built by Vite, in Chromium`, () => {
    let server: AppServer;
    let browser: Browser;
    let app: AppPage;
    let page: Page;
    /** Console warnings a test expects (documented codes); any other warning fails it. */
    let expectedWarnings: RegExp[] = [];

    beforeAll(async () => {
      server = await serveApp(distDir);
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser.close();
      await server.stop();
    });
    beforeEach(async () => {
      expectedWarnings = [];
      app = await openApp(browser, server.url);
      page = app.page;
      await faqContentSet(page, 2);
    });
    afterEach(async () => {
      await app.close();
      expect(app.console.uncaught, 'uncaught exceptions').toEqual([]);
      expect(app.console.errors, 'console errors').toEqual([]);
      expect(app.console.warnings.filter((w) => !expectedWarnings.some((p) => p.test(w)))).toEqual([]);
    });

    it(APP_CHECKS.contentAfterMount, async () => {
      expect(await questionsAfterUpdate(page)).toEqual(faqOf('id', 1));
      await expect.poll(() => visibleTexts(faqQuestions(page))).toEqual(faqOf('id', 1));
    });

    it(APP_CHECKS.replacedContent, async () => {
      await page.getByRole('button', { name: text.loadLatestFaq }).click();
      await faqContentSet(page, 3);
      expect(await questionsAfterUpdate(page)).toEqual(faqOf('id', 2));
    });

    it(APP_CHECKS.toggleEvent, async () => {
      const first = page.getByRole('button', { name: nth(faqOf('id', 1), 0) });
      await first.click();
      await expect
        .poll(() => status(page, 'faq-status').innerText())
        .toBe(text.toggled(1, 'forum-kemitraan', true));
      await first.press('Enter');
      await expect
        .poll(() => status(page, 'faq-status').innerText())
        .toBe(text.toggled(2, 'forum-kemitraan', false));
      await expect.poll(() => first.getAttribute('aria-expanded')).toBe('false');
    });

    it(APP_CHECKS.singleProperty, async () => {
      await page.getByRole('checkbox', { name: text.oneAnswerAtATime }).check();
      await expect.poll(() => page.locator('kl-faq-accordion [part~="toggle-all"]').count()).toBe(0);
      const [first, second] = [nth(faqOf('id', 1), 0), nth(faqOf('id', 1), 1)];
      await page.getByRole('button', { name: first }).click();
      await page.getByRole('button', { name: second }).click();
      await expect
        .poll(() => page.getByRole('button', { name: second }).getAttribute('aria-expanded'))
        .toBe('true');
      await expect
        .poll(() => page.getByRole('button', { name: first }).getAttribute('aria-expanded'))
        .toBe('false');
    });

    it(APP_CHECKS.conditionalReAdd, async () => {
      const styleBefore = await questionButtonStyle(page);
      const question = page.getByRole('button', { name: nth(faqOf('id', 1), 0) });
      await question.click();
      await expect
        .poll(() => status(page, 'faq-status').innerText())
        .toBe(text.toggled(1, 'forum-kemitraan', true));

      const shown = page.getByRole('checkbox', { name: text.showFaq });
      await shown.uncheck();
      await expect.poll(() => page.locator('kl-faq-accordion').count()).toBe(0);
      await shown.check();
      await expect.poll(() => visibleTexts(faqQuestions(page))).toEqual(faqOf('id', 1));
      expect(await questionButtonStyle(page)).toBe(styleBefore);

      // Re-render the app with new handler functions a few times: still exactly one event per click.
      const single = page.getByRole('checkbox', { name: text.oneAnswerAtATime });
      for (let round = 0; round < 2; round += 1) {
        await single.check();
        await single.uncheck();
      }
      await question.click();
      await expect
        .poll(() => status(page, 'faq-status').innerText())
        .toBe(text.toggled(2, 'forum-kemitraan', true));
      await question.click();
      await expect
        .poll(() => status(page, 'faq-status').innerText())
        .toBe(text.toggled(3, 'forum-kemitraan', false));
    });

    it(APP_CHECKS.errorEvent, async () => {
      expectedWarnings = [/\[ketahanan KL201\]/];
      await page.getByRole('button', { name: text.loadBrokenFaq }).click();
      await expect
        .poll(() => page.locator('kl-faq-accordion [role="alert"]').innerText())
        .toContain('faq[0].id');
      await expect.poll(() => status(page, 'faq-problem').innerText()).toBe(text.contentError('faq[0].id'));
      await page.getByRole('button', { name: text.loadLatestFaq }).click();
      await expect.poll(() => visibleTexts(faqQuestions(page))).toEqual(faqOf('id', 2));
      await expect.poll(() => status(page, 'faq-problem').innerText()).toBe('');
      expect(app.console.warnings.filter((w) => w.includes('KL201'))).toHaveLength(1);
    });

    it(APP_CHECKS.selectEvent, async () => {
      const [first, second] = [nth(defaultContent.id.challenges, 0), nth(defaultContent.id.challenges, 1)];
      expect(first.id).toBe(FIRST_CHALLENGE_ID);
      await page.getByRole('tab', { name: second.title }).click();
      await expect
        .poll(() => status(page, 'challenge-status').innerText())
        .toBe(text.selectedChallenge(second.id));
      await page.getByRole('button', { name: text.selectFirstChallenge }).click();
      await expect
        .poll(() => page.getByRole('tab', { name: first.title }).getAttribute('aria-selected'))
        .toBe('true');
      await expect
        .poll(() => page.getByRole('tab', { name: second.title }).getAttribute('aria-selected'))
        .toBe('false');
      await expect
        .poll(() => status(page, 'challenge-status').innerText())
        .toBe(text.selectedChallenge(first.id));
    });

    it(APP_CHECKS.changeEvent, async () => {
      const [first, second] = [nth(defaultContent.id.principles, 0), nth(defaultContent.id.principles, 1)];
      await page.getByRole('checkbox', { name: first.title }).check();
      await expect
        .poll(() => status(page, 'checklist-status').innerText())
        .toBe(text.checkedPrinciples(1, 4));
      await page.getByRole('checkbox', { name: second.title }).press('Space');
      await expect
        .poll(() => status(page, 'checklist-status').innerText())
        .toBe(text.checkedPrinciples(2, 4));
    });

    it(APP_CHECKS.filterEvent, async () => {
      const content = defaultContent.id;
      const sectorOf = new Map(content.partners.map((partner) => [partner.id, partner.sector]));
      const titlesWith = (sector: string) =>
        content.partnerships
          .filter((p) => p.partners.some((id) => sectorOf.get(id) === sector))
          .map((p) => p.title);
      const cards = page.locator('kl-partner-cards [part~="name"]');
      const ownFilter = page
        .locator('kl-partner-cards')
        .getByRole('combobox', { name: 'Sektor', exact: true });

      await page.getByRole('combobox', { name: text.showSector }).selectOption('swasta');
      await expect.poll(() => visibleTexts(cards)).toEqual(titlesWith('swasta'));
      await expect.poll(() => ownFilter.inputValue()).toBe('swasta');

      await ownFilter.selectOption('masyarakat-sipil');
      const shown = titlesWith('masyarakat-sipil');
      await expect
        .poll(() => status(page, 'filter-status').innerText())
        .toBe(text.readerFilter('masyarakat-sipil', shown.length));
      await expect
        .poll(() => page.getByRole('combobox', { name: text.showSector }).inputValue())
        .toBe('masyarakat-sipil');
      await expect.poll(() => visibleTexts(cards)).toEqual(shown);
    });

    it(APP_CHECKS.reorderedList, async () => {
      const names = (order: 'a-z' | 'z-a') => sortPartners(regencyPartners('id'), order).map((p) => p.name);
      await expect.poll(() => visibleTexts(partnerCardNames(page))).toEqual(names('a-z'));
      const cards = page.locator('kl-partner-card');
      // Tag each element object: after the re-order the same objects must be there (moved, not rebuilt).
      await cards.evaluateAll((elements) => {
        elements.forEach((element) => {
          (element as HTMLElement & { testMark?: string }).testMark = element.getAttribute('lang') ?? '';
        });
      });
      const badgeStyle = () =>
        page
          .locator('kl-partner-card [part~="badge"]')
          .first()
          .evaluate((badge) => getComputedStyle(badge).borderRadius);
      const radiusBefore = await badgeStyle();

      await press(page.getByRole('button', { name: text.sortZToA }));
      await expect.poll(() => visibleTexts(partnerCardNames(page))).toEqual(names('z-a'));
      const marked = await cards.evaluateAll(
        (elements) =>
          elements.filter(
            (element) => (element as HTMLElement & { testMark?: string }).testMark !== undefined,
          ).length,
      );
      expect(marked).toBe(3);
      expect(await badgeStyle()).toBe(radiusBefore);
      await expect.poll(() => page.locator('kl-partner-card [part~="badge"]').count()).toBe(3);
    });

    it(APP_CHECKS.languageSwitch, async () => {
      const en = defaultContent.en;
      await page.getByRole('radio', { name: 'English' }).check();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(SITE_TEXT.en.title);
      await expect.poll(() => visibleTexts(faqQuestions(page))).toEqual(faqOf('en', 1));
      await expect
        .poll(() => page.locator('kl-faq-accordion [part~="toggle-all"]').innerText())
        .toBe('Show all');
      await expect.poll(() => visibleTexts(page.getByRole('tab'))).toEqual(en.challenges.map((c) => c.title));
      await expect
        .poll(() => page.getByRole('checkbox', { name: nth(en.principles, 0).title }).isVisible())
        .toBe(true);
      await expect
        .poll(() => visibleTexts(page.locator('kl-partner-cards [part~="name"]')))
        .toEqual(en.partnerships.map((p) => p.title));
      const partner = nth(sortPartners(regencyPartners('en'), 'a-z'), 0);
      const firstCard = page.locator('kl-partner-card').first();
      await expect.poll(() => firstCard.getByText(partner.description ?? '').count()).toBe(1);
      const sectorName = en.sectors.find((sector) => sector.id === partner.sector)?.name;
      await expect.poll(() => visibleTexts(firstCard.locator('[part~="badge"]'))).toEqual([sectorName]);

      await page.getByRole('radio', { name: 'Bahasa Indonesia' }).check();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
      await expect.poll(() => visibleTexts(faqQuestions(page))).toEqual(faqOf('id', 1));
      await expect
        .poll(() => page.locator('kl-faq-accordion [part~="toggle-all"]').innerText())
        .toBe('Buka semua');
    });

    it(APP_CHECKS.axe, async () => {
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('radio', { name: 'English' }).check();
      await expect.poll(() => visibleTexts(faqQuestions(page))).toEqual(faqOf('en', 1));
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
