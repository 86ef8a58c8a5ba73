// Opens a built framework app in Chromium and reads what a visitor sees: the app's own text and controls,
// and the elements' shadow DOM (Playwright locators pierce open shadow roots).
import type { Browser, Locator, Page } from 'playwright';
import { chromium, errors } from 'playwright';
import { chromiumLaunchOptions } from '../../../../../tools/browser/chromium.mjs';

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** What the page said in the console while it ran, as a developer would see it in devtools. */
export interface ConsoleReport {
  readonly errors: string[];
  readonly warnings: string[];
  readonly uncaught: string[];
}

export interface AppPage {
  readonly page: Page;
  readonly console: ConsoleReport;
  readonly close: () => Promise<void>;
}

export async function openApp(browser: Browser, url: string): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  const report: ConsoleReport = { errors: [], warnings: [], uncaught: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') report.errors.push(message.text());
    if (message.type() === 'warning') report.warnings.push(message.text());
  });
  page.on('pageerror', (error) => report.uncaught.push(error.message));
  await page.goto(url);
  return { page, console: report, close: () => context.close() };
}

/** The questions `<kl-faq-accordion>` shows, in order. */
export function faqQuestions(page: Page): Locator {
  return page.locator('kl-faq-accordion [part~="question"]');
}

/** The names on the `<kl-partner-card>` list, in page order. */
export function partnerCardNames(page: Page): Locator {
  return page.locator('kl-partner-card [part~="name"]');
}

/** The app's status line with this test id (the text its event handlers write). */
export function status(page: Page, testId: string): Locator {
  return page.getByTestId(testId);
}

/**
 * Waits for the element's pending update and returns its question texts: what the element shows once
 * "one update" after a property change has completed.
 */
export function questionsAfterUpdate(page: Page): Promise<string[]> {
  return page
    .locator('kl-faq-accordion')
    .evaluate(async (element: HTMLElement & { updateComplete: Promise<unknown> }) => {
      await element.updateComplete;
      return [...(element.shadowRoot?.querySelectorAll('[part~="question"]') ?? [])].map((question) =>
        question.textContent.trim(),
      );
    });
}

/**
 * The trimmed text of each visible match. Not `innerText`: that is empty for a card the browser skipped
 * rendering (`content-visibility: auto`, off screen) and falls back to the text of hidden ones.
 */
export async function visibleTexts(locator: Locator): Promise<string[]> {
  const texts = await locator.filter({ visible: true }).allTextContents();
  return texts.map((text) => text.trim());
}

/**
 * Presses a toggle button (`aria-pressed`) and waits until the app reports it pressed, as Playwright's
 * `check()` does for a checkbox. Pressing an already pressed button changes nothing, so a second press is
 * safe: it is made only if the first never reached the app, which one CI run on a heavily loaded machine saw
 * (after a click on "Z–A" the list kept its A–Z order for the whole 10 s wait).
 */
export async function press(button: Locator, attempts = 3): Promise<void> {
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    await button.click();
    try {
      await button
        .page()
        .waitForFunction(
          (element) => element.getAttribute('aria-pressed') === 'true',
          await button.elementHandle(),
          { timeout: 5_000 },
        );
      return;
    } catch (error) {
      // Not pressed yet: press again, up to `attempts` times. Any other failure is the test's to report.
      if (!(error instanceof errors.TimeoutError)) throw error;
    }
  }
  throw new Error(`${String(button)} was clicked ${attempts} times and never reported aria-pressed="true".`);
}
